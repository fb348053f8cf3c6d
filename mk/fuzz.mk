# fuzz.mk - libFuzzer harnesses (tests/fuzz/fuzz_*.c), included by the
# top-level Makefile.
#
#   make fuzz                 build every harness with clang
#                             (-fsanitize=fuzzer,address,undefined) and run
#                             each for FUZZ_SECONDS (default 60)
#   make fuzz FUZZ_TARGETS="json http" FUZZ_SECONDS=600
#   make fuzz-smoke           the same, FUZZ_SECONDS=5 (CI)
#   make fuzz-build           build only
#
# Each harness starts from its seed corpus tests/fuzz/corpus/NAME and its
# regression inputs tests/fuzz/regress/NAME (findings, kept for ever); new
# inputs go to $(FUZZ_BUILD)/corpus/NAME.  A crash, leak, sanitizer report,
# timeout or broken invariant stops the target with a non-zero status and
# leaves the reproducer in $(FUZZ_BUILD)/artifacts/NAME/ (replay it with
# `$(FUZZ_BUILD)/fuzz_NAME FILE`; then copy it to tests/fuzz/regress/NAME/).
# Sources are instrumented; BearSSL is compiled with clang but not
# instrumented (it is not ours, and its own fuzzing is upstream's).

FUZZ_BUILD   ?= $(BUILD)/fuzz
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all \
                -fno-omit-frame-pointer
FUZZ_CFLAGS  := -std=c99 -g -O1 -Wall -Wextra -Wshadow -Wno-unused-parameter \
                -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE \
                -DSWF_VERSION='"fuzz"' -I$(BR_DIR)/inc -Isrc -Itests/fuzz
FUZZ_SRC     := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_NAMES   := $(FUZZ_SRC:tests/fuzz/fuzz_%.c=%)
FUZZ_TARGETS ?= $(FUZZ_NAMES)
FUZZ_BIN     := $(FUZZ_NAMES:%=$(FUZZ_BUILD)/fuzz_%)
FUZZ_OBJ     := $(LIB_SRC:src/%.c=$(FUZZ_BUILD)/obj/%.o)
FUZZ_BR_LIB  := $(FUZZ_BUILD)/libbearssl.a

.PHONY: fuzz fuzz-smoke fuzz-build

$(FUZZ_BUILD)/.bootstrap: scripts/packages/fuzz.txt | $(BUILD)/.bootstrap
	@sh scripts/bootstrap.sh fuzz
	@mkdir -p $(dir $@) && touch $@

$(FUZZ_BR_LIB): $(BR_DIR)/.ok | $(FUZZ_BUILD)/.bootstrap
	@echo "  CC      bearssl (clang, for the fuzzers)"
	@rm -rf $(FUZZ_BUILD)/brobj && mkdir -p $(FUZZ_BUILD)/brobj
	@cd $(BR_DIR)/src && find . -name '*.c' | sort | \
		xargs -P $$(nproc 2>/dev/null || echo 2) -I{} sh -c \
		'o=$$(echo {} | sed "s|^\./||; s|/|_|g; s|\.c$$|.o|"); \
		 $(FUZZ_CC) -O2 -g -w -I../inc -I. -c {} -o $(abspath $(FUZZ_BUILD))/brobj/$$o'
	@rm -f $@ && $(AR) rcD $@ $$(ls $(FUZZ_BUILD)/brobj/*.o | sort)

$(FUZZ_BUILD)/obj/%.o: src/%.c $(HDRS) $(BR_DIR)/.ok | $(FUZZ_BUILD)/.bootstrap
	@mkdir -p $(dir $@)
	@echo "  FUZZCC  $<"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_BUILD)/libswf.a: $(FUZZ_OBJ)
	@rm -f $@ && $(AR) rcD $@ $(FUZZ_OBJ)

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_util.h \
		$(FUZZ_BUILD)/libswf.a $(FUZZ_BR_LIB)
	@echo "  FUZZLD  $@"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -Werror $(FUZZ_SAN) -fsanitize=fuzzer \
		-o $@ $< $(FUZZ_BUILD)/libswf.a $(FUZZ_BR_LIB) -lpthread

fuzz-build: $(FUZZ_BIN)

# One harness after the other; the first failure stops the target.
fuzz: fuzz-build
	@p=0; for n in $(FUZZ_TARGETS); do \
		sh tests/fuzz/run.sh $(FUZZ_BUILD) $$n $(FUZZ_SECONDS) || \
			{ echo "$$p passed, 1 failed"; exit 1; }; \
		p=$$((p + 1)); \
	done; echo "$$p passed, 0 failed"

fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=5
