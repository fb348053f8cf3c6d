#!/bin/sh
# test_fuzz_replay.sh - every fuzz harness (tests/fuzz/fuzz_*.c), built
# with the product's compiler against $BUILD/libswf.a (no libFuzzer), runs
# once over its seed corpus and its regression inputs
# (tests/fuzz/regress/NAME: findings of `make fuzz`, kept for ever).  A
# broken invariant or a crash fails the harness.
#
# Environment: BUILD; SWF_CC / SWF_LDFLAGS to build as that build was
# built (make check-sanitize sets clang with ASan+UBSan); SWF_ARCH, the
# target CPU (a foreign one is built with Debian's musl cross wrapper, as
# mk/cross.mk does); SWF_RUNNER, put in front of each replay (qemu-user,
# valgrind).
set -u
BUILD=${BUILD:-build}
SWF_RUNNER=${SWF_RUNNER:-}
host=$(case "$(dpkg --print-architecture 2>/dev/null || uname -m)" in
	amd64|x86_64) echo x86_64 ;; arm64|aarch64) echo aarch64 ;;
	armhf|armv7l) echo armhf ;; i386|i686) echo i386 ;; *) uname -m ;; esac)
CC=musl-gcc
if [ -n "${SWF_ARCH:-}" ] && [ "$SWF_ARCH" != "$host" ]; then
	case $SWF_ARCH in
	x86_64) CC=x86_64-linux-musl-gcc ;; aarch64) CC=aarch64-linux-musl-gcc ;;
	armhf) CC=arm-linux-musleabihf-gcc ;; i386) CC=i386-linux-musl-gcc ;;
	riscv64) CC=riscv64-linux-musl-gcc ;;
	esac
fi
CC=${SWF_CC:-$CC}
LDFLAGS=${SWF_LDFLAGS:--static}
passed=0 failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for src in tests/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	name=${name#fuzz_}
	bin=$tmp/replay_$name
	# shellcheck disable=SC2086
	if ! $CC -std=c99 -O1 -g -Wall -Wextra -Werror -Wno-unused-parameter \
		-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
		-I"$BUILD/bearssl/inc" -Isrc -Itests/fuzz $LDFLAGS -o "$bin" \
		"$src" tests/fuzz/replay.c "$BUILD/libswf.a" \
		"$BUILD/libbearssl.a" >"$tmp/cc.log" 2>&1; then
		failed=$((failed + 1))
		echo "FAIL build $name:"; sed 's/^/    /' "$tmp/cc.log" | head -20
		continue
	fi
	dirs="tests/fuzz/corpus/$name"
	[ -d "tests/fuzz/regress/$name" ] && dirs="$dirs tests/fuzz/regress/$name"
	n=$(find $dirs -type f | wc -l)
	# shellcheck disable=SC2086
	if out=$(TMPDIR=$tmp $SWF_RUNNER "$bin" $dirs 2>&1) &&
	   [ "$(printf '%s\n' "$out" | tail -n 1)" = "$n passed, 0 failed" ] &&
	   [ "$n" -gt 0 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL replay $name ($n inputs):"
		printf '%s\n' "$out" | tail -n 20 | sed 's/^/    /'
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
