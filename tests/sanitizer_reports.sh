#!/bin/sh
# sanitizer_reports.sh KIND DIR - after a test run under sanitizers
# (KIND "sanitizer": ASan/UBSan log_path files, written only on a report)
# or valgrind (KIND "valgrind": one --log-file per process, empty with
# --quiet unless memcheck found something), print every report and a
# count; with reports, a closing "0 passed, N failed" line.
set -u
kind=$1 dir=$2
clean=0 bad=0
for f in "$dir"/*; do
	[ -f "$f" ] || continue
	if [ -s "$f" ]; then
		bad=$((bad + 1))
		echo "FAIL $kind report $f:"
		head -n 60 "$f" | sed 's/^/    /'
	else
		clean=$((clean + 1))
	fi
done
if [ "$kind" = valgrind ] && [ "$clean" -eq 0 ] && [ "$bad" -eq 0 ]; then
	echo "FAIL no process ran under valgrind"
	bad=1
fi
# The test run's own closing line stays the last one when all is clean.
if [ "$kind" = valgrind ]; then
	echo "valgrind: $clean runs clean, $bad with errors"
elif [ "$bad" -eq 0 ]; then
	echo "$kind: no report"
else
	echo "$kind: $bad report(s)"
fi
[ "$bad" -eq 0 ] || echo "0 passed, $bad failed"
[ "$bad" -eq 0 ]
