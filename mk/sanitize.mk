# sanitize.mk - the whole test suite under clang's ASan+UBSan, and under
# valgrind memcheck; included by the top-level Makefile.
#
#   make check-sanitize   check-asan, then check-valgrind
#   make check-asan       build the tool and the unit tests with clang
#                         -fsanitize=address,undefined (glibc, dynamic: the
#                         sanitizer runtimes need it) into $(SAN_BUILD), run
#                         every unit and integration test with it; any
#                         sanitizer report fails the target
#   make check-valgrind   build the product as `make` does (static, musl)
#                         into $(VG_BUILD) and run every integration test
#                         with each run of the tool under valgrind memcheck
#                         (SWF_RUNNER; unit tests are left to check-asan:
#                         several measure time); any memcheck error fails
#                         the target
#
# Both use their own build directories (with a copy of the verified BearSSL
# tree of $(BR_DIR), so nothing is fetched twice) and skip the live AWS CLI
# comparisons (SWF_LIVE_CLI=0): `make check` makes those.

SAN_BUILD  ?= $(BUILD)/sanitize
VG_BUILD   ?= $(BUILD)/valgrind
SAN_CC     ?= clang
SAN_FLAGS  := -fsanitize=address,undefined -fno-sanitize-recover=all \
              -fno-omit-frame-pointer
# The product's flags, less what only a static musl build wants; warnings
# stay visible but do not stop the build (clang and gcc warn differently).
SAN_CFLAGS := -std=c99 -O1 -g -Wall -Wextra -Wshadow -Wno-unused-parameter \
              -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE \
              -DSWF_VERSION=\"$(VERSION)\" -I$$(BR_DIR)/inc -Isrc $(SAN_FLAGS)
SAN_UNIT   := $(UNIT_SRC:tests/unit/%.c=$(SAN_BUILD)/tests/%)
VALGRIND   := sh $(abspath tests/valgrind.sh) $(abspath $(VG_BUILD))/vglogs

.PHONY: check-sanitize check-asan check-valgrind

check-sanitize: check-asan check-valgrind

# A build directory starts with a copy of the verified BearSSL tree.
define san_seed_bearssl
	@sh scripts/bootstrap.sh fuzz
	@if [ ! -f $(1)/bearssl/.ok ]; then rm -rf $(1)/bearssl && \
		mkdir -p $(1) && cp -a $(BR_DIR) $(1)/bearssl; fi
endef

check-asan: $(BR_DIR)/.ok
	$(call san_seed_bearssl,$(SAN_BUILD))
	@$(MAKE) --no-print-directory BUILD=$(SAN_BUILD) CC=$(SAN_CC) \
		'CFLAGS=$(SAN_CFLAGS)' 'LDFLAGS=$(SAN_FLAGS)' 'LAYOUT=' \
		$(SAN_BUILD)/libswf.a $(SAN_BUILD)/libbearssl.a \
		$(SAN_BUILD)/obj/main.o $(SAN_BUILD)/obj/anchors.o $(SAN_UNIT)
	@echo "  LD      $(SAN_BUILD)/swf-cancel (ASan+UBSan)"
	@$(SAN_CC) $(SAN_FLAGS) -o $(SAN_BUILD)/swf-cancel \
		$(SAN_BUILD)/obj/main.o $(SAN_BUILD)/obj/anchors.o \
		$(SAN_BUILD)/libswf.a $(SAN_BUILD)/libbearssl.a
	@rm -rf $(SAN_BUILD)/reports && mkdir -p $(SAN_BUILD)/reports
	@r=$(abspath $(SAN_BUILD))/reports; \
	ASAN_OPTIONS="log_path=$$r/asan:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1" \
	UBSAN_OPTIONS="log_path=$$r/ubsan:print_stacktrace=1:halt_on_error=1" \
	VECTORS="$(VECTORS)" BUILD="$(SAN_BUILD)" PYTHON="$(PYTHON)" \
	SWF_LIVE_CLI=0 SWF_SANITIZED=1 SWF_CC="$(SAN_CC)" \
	SWF_LDFLAGS="$(SAN_FLAGS)" sh tests/run.sh; rc=$$?; \
	sh tests/sanitizer_reports.sh "sanitizer" $$r || rc=1; exit $$rc

check-valgrind: $(BR_DIR)/.ok
	$(call san_seed_bearssl,$(VG_BUILD))
	@$(MAKE) --no-print-directory BUILD=$(VG_BUILD) $(VG_BUILD)/swf-cancel
	@rm -rf $(VG_BUILD)/vglogs $(VG_BUILD)/tests && mkdir -p $(VG_BUILD)/vglogs
	@VECTORS="$(VECTORS)" BUILD="$(VG_BUILD)" PYTHON="$(PYTHON)" \
	SWF_LIVE_CLI=0 SWF_RUNNER="$(VALGRIND)" \
	sh tests/run.sh; rc=$$?; \
	sh tests/sanitizer_reports.sh valgrind $(VG_BUILD)/vglogs || rc=1; \
	exit $$rc
