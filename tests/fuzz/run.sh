#!/bin/sh
# run.sh FUZZ_BUILD NAME SECONDS - run one libFuzzer harness for SECONDS
# seconds from its seed corpus and regression inputs; print one summary
# line (executions, executions per second, corpus size); on a finding
# print the report's tail and where the reproducer is, and exit 1.
set -u
build=$1 name=$2 secs=$3
bin=$build/fuzz_$name
work=$build/corpus/$name
art=$build/artifacts/$name
log=$build/fuzz_$name.log
mkdir -p "$work" "$art"
dirs="$work tests/fuzz/corpus/$name"
[ -d "tests/fuzz/regress/$name" ] && dirs="$dirs tests/fuzz/regress/$name"
# shellcheck disable=SC2086
"$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	-print_final_stats=1 -artifact_prefix="$art/" $dirs \
	</dev/null >"$log" 2>&1
rc=$?
stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -n 1; }
execs=$(stat number_of_executed_units)
rate=$(stat average_exec_per_sec)
units=$(ls "$work" | wc -l)
if [ "$rc" -ne 0 ]; then
	echo "FAIL fuzz $name (exit $rc) after ${execs:-?} executions:"
	grep -E 'ERROR|SUMMARY|invariant|Test unit written|==[0-9]+==' "$log" |
		head -n 20 | sed 's/^/    /'
	echo "    log: $log; reproducer(s) in $art/"
	exit 1
fi
echo "ok   fuzz $name: ${secs}s, ${execs:-0} executions, ${rate:-0}/s, corpus $units inputs"
