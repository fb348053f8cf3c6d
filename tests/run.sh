#!/bin/sh
# run.sh - run every unit and integration test; print the closing
# "N passed, N failed" line over all of them; exit non-zero on any failure.
#
# Each test program prints its own "N passed, N failed" as its last line.
# A program that exits non-zero or prints no such line counts as one failure.
#
# SWF_RUNNER (set by `make check ARCH=...` for a foreign CPU, e.g.
# qemu-aarch64-static) is put in front of every unit test program, and the
# integration tests put it in front of every run of $BUILD/swf-cancel: this
# machine has no binfmt handlers.  SWF_ARCH names the target CPU.
set -u
BUILD=${BUILD:-build}
PYTHON=${PYTHON:-python3}
SWF_RUNNER=${SWF_RUNNER:-}
SWF_ARCH=${SWF_ARCH:-}
export BUILD PYTHON VECTORS SWF_RUNNER SWF_ARCH

if [ -n "$SWF_RUNNER" ]; then
	if ! command -v "${SWF_RUNNER%% *}" >/dev/null 2>&1; then
		echo "tests: runner '$SWF_RUNNER' not found (scripts/bootstrap.sh cross:$SWF_ARCH)" >&2
		echo "0 passed, 1 failed"
		exit 1
	fi
	echo "tests: target $SWF_ARCH, run under $SWF_RUNNER"
fi

if [ -z "${VECTORS:-}" ] || [ ! -d "$VECTORS" ]; then
	echo "tests: test vectors not found (set VECTORS=/path/to/shared/vectors)" >&2
	echo "0 passed, 1 failed"
	exit 1
fi

# SWF_TESTS: only the tests whose names (unit/test_json,
# integration/test_e2e.py, ...) match one of these patterns.
selected() {
	[ -n "${SWF_TESTS:-}" ] || return 0
	set -f
	for pat in $SWF_TESTS; do
		# shellcheck disable=SC2254 # a pattern on purpose
		case "$1" in $pat) set +f; return 0 ;; esac
	done
	set +f
	return 1
}

[ -z "${SWF_TESTS:-}" ] || echo "tests: only those matching: $SWF_TESTS"

ran=0
total_p=0
total_f=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

run() { # NAME COMMAND...
	name=$1; shift
	selected "$name" || return 0
	ran=$((ran + 1))
	t0=$(date +%s)
	"$@" >"$log" 2>&1
	rc=$?
	secs=$(($(date +%s) - t0))
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
	if [ -z "$line" ]; then
		p=0; f=1
	else
		p=${line%% passed*}
		f=${line#*, }; f=${f%% failed}
		[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	fi
	total_p=$((total_p + p))
	total_f=$((total_f + f))
	if [ "$f" -ne 0 ]; then
		echo "FAIL $name (exit $rc, ${secs}s)"
		sed 's/^/    /' "$log" | tail -n 40
	else
		echo "ok   $name: $line (${secs}s)"
	fi
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	# shellcheck disable=SC2086 # the runner is a command with arguments
	run "unit/$(basename "$t")" $SWF_RUNNER "$t"
done
for t in tests/integration/test_*.sh; do
	[ -f "$t" ] || continue
	run "integration/$(basename "$t")" sh "$t"
done
for t in tests/integration/test_*.py; do
	[ -f "$t" ] || continue
	run "integration/$(basename "$t")" "$PYTHON" "$t"
done

if [ "$ran" -eq 0 ]; then
	echo "FAIL no test matched SWF_TESTS=${SWF_TESTS:-}"
	total_f=$((total_f + 1))
fi
echo "$total_p passed, $total_f failed"
[ "$total_f" -eq 0 ]
