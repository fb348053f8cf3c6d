#!/bin/sh
# valgrind.sh LOGDIR PROGRAM [ARG...] - the SWF_RUNNER of `make
# check-valgrind`: run PROGRAM under valgrind memcheck, exit status 99 on
# any memcheck error, the report in a log file of its own in LOGDIR (named
# by time and pid: pids wrap during a long test run).  An empty log file
# means a clean run (--quiet).
dir=$1
shift
exec valgrind --quiet --tool=memcheck --error-exitcode=99 --track-origins=yes \
	--log-file="$dir/$(date +%s%N)-%p.log" "$@"
