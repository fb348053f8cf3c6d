#!/bin/sh
# run.sh - run every unit and integration test; print the closing
# "N passed, N failed" line over all of them; exit non-zero on any failure.
#
# Each test program prints its own "N passed, N failed" as its last line.
# A program that exits non-zero or prints no such line counts as one failure.
set -u
BUILD=${BUILD:-build}
PYTHON=${PYTHON:-python3}
export BUILD PYTHON VECTORS

if [ -z "${VECTORS:-}" ] || [ ! -d "$VECTORS" ]; then
	echo "tests: test vectors not found (set VECTORS=/path/to/shared/vectors)" >&2
	echo "0 passed, 1 failed"
	exit 1
fi

total_p=0
total_f=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

run() { # NAME COMMAND...
	name=$1; shift
	"$@" >"$log" 2>&1
	rc=$?
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
		echo "FAIL $name (exit $rc)"
		sed 's/^/    /' "$log" | tail -n 40
	else
		echo "ok   $name: $line"
	fi
}

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	run "unit/$(basename "$t")" "$t"
done
for t in tests/integration/test_*.sh; do
	[ -f "$t" ] || continue
	run "integration/$(basename "$t")" sh "$t"
done
for t in tests/integration/test_*.py; do
	[ -f "$t" ] || continue
	run "integration/$(basename "$t")" "$PYTHON" "$t"
done

echo "$total_p passed, $total_f failed"
[ "$total_f" -eq 0 ]
