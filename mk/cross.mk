# cross.mk - target CPUs (make ARCH=...), release artifacts (make dist) and
# the reproducibility check (make check-repro).
#
# Included twice by the top-level Makefile: first near the top, where it
# sets the variables the build rules need (BUILD's default, CC, AR, RUNNER,
# the bootstrap lists), then with the other mk/*.mk at the end, where it
# adds its own rules.
#
#   make ARCH=aarch64          build/aarch64/swf-cancel, static against musl
#   make check ARCH=armhf      unit + integration tests under qemu-arm-static
#   make dist                  dist/swf-cancel-$(VERSION)-linux-<arch> for
#                              every DIST_ARCHS, plus dist/SHA256SUMS
#   make check-repro           a second clean build of the dist in another
#                              directory, compared bit for bit
#
# Without ARCH the build is for this machine's CPU into build/ (as always).
# ARCH names: x86_64 aarch64 armhf i386 riscv64 (Debian's amd64, arm64,
# i686 are accepted as aliases).  A foreign ARCH is built with the cross
# compiler wrapper that Debian's musl-dev:<debian-arch> ships and tested
# under Debian's qemu-user-static; scripts/bootstrap.sh installs both (and
# adds the dpkg architecture) only when such a target is asked for.

ifndef SWF_CROSS_VARS
SWF_CROSS_VARS := 1

# ARCH -> Debian architecture, musl-gcc wrapper (from musl-dev:<debarch>),
# binutils prefix, qemu-user emulator.
SWF_ARCHS        := x86_64 aarch64 armhf i386 riscv64
deb_x86_64       := amd64
deb_aarch64      := arm64
deb_armhf        := armhf
deb_i386         := i386
deb_riscv64      := riscv64
cc_x86_64        := x86_64-linux-musl-gcc
cc_aarch64       := aarch64-linux-musl-gcc
cc_armhf         := arm-linux-musleabihf-gcc
cc_i386          := i386-linux-musl-gcc
cc_riscv64       := riscv64-linux-musl-gcc
binutils_x86_64  := x86_64-linux-gnu-
binutils_aarch64 := aarch64-linux-gnu-
binutils_armhf   := arm-linux-gnueabihf-
binutils_i386    := i686-linux-gnu-
binutils_riscv64 := riscv64-linux-gnu-
qemu_x86_64      := qemu-x86_64-static
qemu_aarch64     := qemu-aarch64-static
qemu_armhf       := qemu-arm-static
qemu_i386        := qemu-i386-static
qemu_riscv64     := qemu-riscv64-static
# Debian architecture (or uname -m) -> ARCH.
swf_arch_amd64   := x86_64
swf_arch_arm64   := aarch64
swf_arch_armhf   := armhf
swf_arch_armv7l  := armhf
swf_arch_i686    := i386
swf_arch_i386    := i386
swf_arch_x86_64  := x86_64
swf_arch_aarch64 := aarch64
swf_arch_riscv64 := riscv64

# This machine's CPU (a userland's architecture, not the kernel's).
HOST_ARCH := $(swf_arch_$(shell dpkg --print-architecture 2>/dev/null || uname -m))

# The target: ARCH as given (aliases mapped), else this machine's.  An ARCH
# from the environment that names no target here (a kernel tree's ARCH=x86,
# say) is ignored with a warning; on the command line it is an error.
ARCH ?=
ifneq ($(strip $(ARCH)),)
  ifeq ($(swf_arch_$(strip $(ARCH))),)
    ifeq ($(origin ARCH),environment)
      $(warning ignoring ARCH=$(ARCH) from the environment (targets: $(SWF_ARCHS)))
      override ARCH :=
    else
      $(error unknown ARCH=$(ARCH); targets: $(SWF_ARCHS))
    endif
  else
    override ARCH := $(swf_arch_$(strip $(ARCH)))
  endif
endif
TARGET_CPU := $(or $(ARCH),$(HOST_ARCH),x86_64)

BOOTSTRAP_LISTS := base
BOOTSTRAP_FILES := scripts/packages/base.txt
RUNNER          ?=
CHECK_ENV       :=
ifneq ($(ARCH),)
  BUILD ?= build/$(ARCH)
  ifneq ($(ARCH),$(HOST_ARCH))
    # Cross: Debian's musl wrapper for the target, its binutils, and qemu
    # to run what was built (this machine has no binfmt handlers, so the
    # tests put RUNNER in front of every command they run).
    CC      := $(cc_$(ARCH))
    AR      := $(binutils_$(ARCH))ar
    RUNNER  := $(qemu_$(ARCH))
    BOOTSTRAP_LISTS += cross:$(ARCH)
    BOOTSTRAP_FILES += scripts/packages/cross.txt
    # the golden tests need not run the real AWS CLI again for every CPU
    CHECK_ENV := SWF_LIVE_CLI=$(or $(SWF_LIVE_CLI),0)
  endif
endif

else # second inclusion: rules ------------------------------------------------

# A build directory holds one CPU's build ($(BUILD)/.arch): building into it
# for another would mix objects of two CPUs.
swf_build_arch := $(strip $(shell cat $(BUILD)/.arch 2>/dev/null))
ifneq ($(swf_build_arch),)
ifneq ($(swf_build_arch),$(TARGET_CPU))
$(error $(BUILD) holds a build for $(swf_build_arch), not $(TARGET_CPU): add ARCH=$(swf_build_arch), or choose another BUILD)
endif
endif

# The tests that show a target works where it runs, quicker than `check`:
# every unit test, the end-to-end tests (a real cancel on the local
# endpoint among them) and the target's own checks (CI, for each CPU).
.PHONY: check-smoke
check-smoke: $(BUILD)/swf-cancel $(UNIT_BIN)
	@SWF_TESTS="unit/* integration/test_e2e.py integration/test_targets.sh" \
		$(RUN_TESTS)

# Release artifacts: one stripped static binary per target, named
# swf-cancel-$(VERSION)-linux-<arch>, and SHA256SUMS.  Each target is built
# in $(DIST_BUILD)/<arch>; file times are set to SOURCE_DATE_EPOCH (the
# last commit's time), so the directory itself can be archived reproducibly.
DIST       ?= dist
DIST_BUILD ?= build
DIST_ARCHS ?= x86_64 aarch64 armhf i386
DIST_NAMES := $(foreach a,$(DIST_ARCHS),swf-cancel-$(VERSION)-linux-$(a))
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: dist check-repro

dist:
	@set -e; for a in $(DIST_ARCHS); do \
		$(MAKE) --no-print-directory ARCH=$$a BUILD=$(DIST_BUILD)/$$a all; \
	done
	@rm -rf $(DIST) && mkdir -p $(DIST)
	@set -e; for a in $(DIST_ARCHS); do \
		f=$(DIST)/swf-cancel-$(VERSION)-linux-$$a; \
		cp $(DIST_BUILD)/$$a/swf-cancel $$f && chmod 755 $$f; \
	done
	@cd $(DIST) && LC_ALL=C sha256sum $(sort $(DIST_NAMES)) > SHA256SUMS
	@touch -d @$(SOURCE_DATE_EPOCH) $(DIST)/* $(DIST)
	@cd $(DIST) && ls -l $(sort $(DIST_NAMES)) | awk '{ printf "  DIST    %-40s %8d bytes\n", $$9, $$5 }'

# Reproducibility: build the dist again in a copy of this tree at another
# path (other umask, time zone, build directory), compare it with this
# tree's, and check that no build path is embedded.
check-repro: dist
	@DIST="$(DIST)" DIST_ARCHS="$(DIST_ARCHS)" VERSION="$(VERSION)" \
		SOURCE_DATE_EPOCH="$(SOURCE_DATE_EPOCH)" sh tests/repro.sh

endif
