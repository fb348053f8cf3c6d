# swf-cancel - static `aws swf respond-activity-task-canceled` in C.
#
#   make            build build/swf-cancel (static, musl, stripped)
#   make check      build and run every test
#   make demo       build, then cancel a task on the built-in local endpoint
#   make install    install to $(PREFIX)/bin (AWS_LINK=1 adds an `aws` symlink)
#   make ARCH=aarch64         build/aarch64/swf-cancel (also armhf, i386, ...:
#                             mk/cross.mk); `make check ARCH=...` runs the
#                             tests under qemu-user
#   make dist                 dist/swf-cancel-VERSION-linux-ARCH + SHA256SUMS
#   make check-repro          rebuild the dist elsewhere, compare bit for bit
#   make layout               regenerate mk/layout.ld (what a call runs, placed
#                             together: fewer resident pages)

PREFIX  ?= /usr/local
CC      := musl-gcc
AR      ?= ar
PYTHON  ?= python3
VERSION := 0.1.0

# Target CPU: ARCH, BUILD (build/ARCH when ARCH is given), the cross
# compiler, RUNNER (qemu-user for foreign CPUs), bootstrap lists.
include mk/cross.mk
BUILD   ?= build

# Test vectors shared by the workplace (see README).
VECTORS ?= $(firstword $(wildcard ../shared/vectors /work/shared/vectors))

BR_DIR  := $(BUILD)/bearssl
BR_LIB  := $(BUILD)/libbearssl.a

OPT      := -Os
# No build path or time may reach the binaries (reproducible builds).
REPRO    := -ffile-prefix-map=$(CURDIR)/= -ffile-prefix-map=$(abspath $(BUILD))/=build/
CFLAGS   := -std=c99 $(OPT) $(REPRO) -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter \
            -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables \
            -fno-stack-protector -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
            -DSWF_VERSION='"$(VERSION)"' -I$(BR_DIR)/inc -Isrc
LDFLAGS  := -static -Wl,--gc-sections -Wl,--build-id=none
# The code and constants a call uses placed together (fewer resident pages;
# mk/layout.ld, made by `make layout`).  Empty for other toolchains.
LAYOUT   := -Wl,-T,mk/layout.ld
# BearSSL is third-party code: our flags, but its own warnings are not ours.
BR_CFLAGS := $(OPT) $(REPRO) -w -ffunction-sections -fdata-sections \
             -fno-asynchronous-unwind-tables -I$(BR_DIR)/inc -I$(BR_DIR)/src

SRC      := $(sort $(wildcard src/*.c))
LIB_SRC  := $(filter-out src/main.c,$(SRC))
LIB_OBJ  := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
HDRS     := $(wildcard src/*.h)

UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all check unit integration demo install clean bootstrap distclean

all: $(BUILD)/swf-cancel

bootstrap: $(BUILD)/.bootstrap
$(BUILD)/.bootstrap: scripts/bootstrap.sh $(BOOTSTRAP_FILES)
	@sh scripts/bootstrap.sh $(BOOTSTRAP_LISTS)
	@mkdir -p $(BUILD) && echo $(TARGET_CPU) > $(BUILD)/.arch && touch $@

# --- BearSSL: fetched, verified, compiled here --------------------------------
# Then one fix: the ClientHello offers X25519 first, as BearSSL means to
# (and OpenSSL does); see vendor/bearssl-curve-order.py.
$(BR_DIR)/.ok: vendor/fetch-bearssl.sh vendor/bearssl.sha256 \
	       vendor/bearssl-curve-order.py | $(BUILD)/.bootstrap
	@sh vendor/fetch-bearssl.sh $(BR_DIR)
	@$(PYTHON) vendor/bearssl-curve-order.py \
		$(BR_DIR)/src/ssl/ssl_hs_client.c $(BR_DIR)/src/ssl/ssl_hs_client.c
	@touch $@

$(BR_LIB): $(BR_DIR)/.ok
	@echo "  CC      bearssl (static library)"
	@rm -rf $(BUILD)/brobj && mkdir -p $(BUILD)/brobj
	@cd $(BR_DIR)/src && find . -name '*.c' | LC_ALL=C sort | \
		xargs -P $$(nproc 2>/dev/null || echo 2) -I{} sh -c \
		'o=$$(echo {} | sed "s|^\./||; s|/|_|g; s|\.c$$|.o|"); \
		 $(CC) $(BR_CFLAGS:-I$(BR_DIR)/%=-I../%) -c {} -o $(abspath $(BUILD))/brobj/$$o'
	@rm -f $@ && $(AR) rcD $@ $$(ls $(BUILD)/brobj/*.o | LC_ALL=C sort)

# --- our code ----------------------------------------------------------------
$(BUILD)/obj/%.o: src/%.c $(HDRS) $(BR_DIR)/.ok
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -c $< -o $@

# The handshake's arithmetic (RSA verification, X25519) is where a call's
# client time goes: optimised for speed (20% fewer instructions, 9 KiB
# more code), the rest for size.
$(BUILD)/obj/rsa.o $(BUILD)/obj/x25519.o: CFLAGS += -O2 -funroll-loops

$(BUILD)/libswf.a: $(LIB_OBJ)
	@rm -f $@ && $(AR) rcD $@ $(LIB_OBJ)

# Trust anchors compiled in (default: the Amazon Trust Services roots from
# this machine's CA certificates; CA_BUNDLE=path.pem embeds another set).
CA_BUNDLE ?=
$(BUILD)/anchors.c: scripts/gen-anchors.sh | $(BUILD)/.bootstrap
	@mkdir -p $(dir $@)
	@echo "  GEN     $@"
	@sh scripts/gen-anchors.sh $(CA_BUNDLE) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/anchors.o: $(BUILD)/anchors.c src/truststore.h $(BR_DIR)/.ok
	@mkdir -p $(dir $@)
	@$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/swf-cancel: $(BUILD)/obj/main.o $(BUILD)/obj/anchors.o $(BUILD)/libswf.a $(BR_LIB) \
		mk/layout.ld
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) $(LAYOUT) -Wl,-Map=$@.map -s -o $@ $(filter-out mk/layout.ld,$^)
	@! readelf -d $@ 2>/dev/null | grep -q 'Dynamic section' || { echo "$@ is not static" >&2; exit 1; }

# --- tests -------------------------------------------------------------------
$(BUILD)/tests/%: tests/unit/%.c tests/unit/check.h $(BUILD)/libswf.a $(BR_LIB)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -Wno-shadow -Itests/unit $(LDFLAGS) -o $@ $< $(BUILD)/libswf.a $(BR_LIB)

RUN_TESTS = VECTORS="$(VECTORS)" BUILD="$(BUILD)" PYTHON="$(PYTHON)" \
	SWF_ARCH="$(TARGET_CPU)" SWF_RUNNER="$(RUNNER)" $(CHECK_ENV) sh tests/run.sh

check: $(BUILD)/swf-cancel $(UNIT_BIN)
	@$(RUN_TESTS)

demo: $(BUILD)/swf-cancel
	@BUILD="$(BUILD)" PYTHON="$(PYTHON)" \
		$(if $(RUNNER),SWF_CANCEL="$(RUNNER) $(BUILD)/swf-cancel") sh scripts/demo.sh

install: $(BUILD)/swf-cancel
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BUILD)/swf-cancel $(DESTDIR)$(PREFIX)/bin/swf-cancel
	@if [ "$(AWS_LINK)" = 1 ]; then ln -sf swf-cancel $(DESTDIR)$(PREFIX)/bin/aws; \
		echo "ln -s swf-cancel $(DESTDIR)$(PREFIX)/bin/aws"; fi

clean:
	rm -rf $(BUILD)/obj $(BUILD)/tests $(BUILD)/swf-cancel $(BUILD)/swf-cancel.map $(BUILD)/libswf.a

distclean:
	rm -rf $(BUILD)

# Further targets (fuzzing, sanitizers, benchmarks, cross builds) live in
# mk/*.mk, one file per concern.
-include $(sort $(wildcard mk/*.mk))
