#!/bin/sh
# demo.sh - cancel an Amazon SWF activity task with swf-cancel, against the
# local test endpoint (tests/swf_server.py), and show the history it leaves.
#
# Run by `make demo` from the repository root, env BUILD (build directory)
# and PYTHON (python3 with botocore).  SWF_CANCEL overrides the command run
# (split on blanks), e.g.
#   SWF_CANCEL="aws swf respond-activity-task-canceled" sh scripts/demo.sh
# Independent of ~/.aws and of AWS_* in the environment; talks to 127.0.0.1
# only.  Exit status 0 when every step did what it should.
set -u

BUILD=${BUILD:-build}
PYTHON=${PYTHON:-python3}
root=$(cd "$(dirname "$0")/.." && pwd) || exit 1
client=$root/tests/swf_client.py

say() { printf '%s\n' "$*"; }
fail() {
	printf 'demo: FAILED: %s\n' "$*" >&2
	if [ -s "$tmp/server.log" ]; then
		printf 'demo: server log (last lines):\n' >&2
		tail -n 20 "$tmp/server.log" | sed 's/^/    /' >&2
	fi
	exit 1
}

tmp=$(mktemp -d) || { echo "demo: mktemp failed" >&2; exit 1; }
pid=
cmd=
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
	if [ -n "$cmd" ]; then
		kill "$cmd" 2>/dev/null
	fi
	if [ -n "$pid" ]; then
		"$PYTHON" "$client" stop "$pid" >/dev/null 2>&1
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# The command under demonstration.
if [ -n "${SWF_CANCEL:-}" ]; then
	# shellcheck disable=SC2086 # split on purpose
	set -- $SWF_CANCEL
else
	[ -x "$BUILD/swf-cancel" ] ||
		fail "$BUILD/swf-cancel not found (build it with make)"
	set -- "$BUILD/swf-cancel"
fi

# A clean AWS environment: no profile, config file, proxy or endpoint
# override of the user's may take part.
for v in $(env | sed -n 's/^\(AWS_[A-Za-z0-9_]*\)=.*/\1/p'); do
	unset "$v"
done
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
: >"$tmp/config"
: >"$tmp/credentials"
AWS_CONFIG_FILE=$tmp/config
AWS_SHARED_CREDENTIALS_FILE=$tmp/credentials
AWS_EC2_METADATA_DISABLED=true
AWS_ACCESS_KEY_ID=AKIDEXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
NO_PROXY=127.0.0.1,localhost,::1
no_proxy=$NO_PROXY
export AWS_CONFIG_FILE AWS_SHARED_CREDENTIALS_FILE AWS_EC2_METADATA_DISABLED \
	AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY NO_PROXY no_proxy

limit=
if command -v timeout >/dev/null 2>&1; then
	limit="timeout 60"
fi

# run ARGS...: run the command under demonstration (at most 60 s), stdout
# and stderr to $tmp/out and $tmp/err, status in $rc.  In the background
# with `wait`, so that an interrupt reaches the traps (and the cleanup)
# at once.
run() {
	$limit "$@" >"$tmp/out" 2>"$tmp/err" </dev/null &
	cmd=$!
	wait "$cmd"
	rc=$?
	cmd=
}

# 1. the endpoint
out=$("$PYTHON" "$client" start --log "$tmp/server.log") ||
	fail "could not start the local SWF endpoint"
port=${out% *}
pid=${out#* }
endpoint=http://127.0.0.1:$port
say "==> local SWF endpoint listening on $endpoint (pid $pid)"

# 2. a started activity task
wid=demo-workflow-$$
token=$("$PYTHON" "$client" --port "$port" task --workflow-id "$wid") ||
	fail "could not create an activity task"
[ -n "$token" ] || fail "empty task token"
say "==> started activity task 'activity-1' of workflow '$wid' in domain 'swf-cancel-test'"
say "    task token: $(printf '%.32s' "$token")... (${#token} characters)"

# 3. the cancellation
details="demo: the user pressed cancel at $(date -u +%Y-%m-%dT%H:%M:%SZ)"
say "==> $* --task-token <token> --details '$details' --endpoint-url $endpoint --region us-east-1"
run "$@" --task-token "$token" --details "$details" \
	--endpoint-url "$endpoint" --region us-east-1
[ -s "$tmp/out" ] && sed 's/^/    stdout: /' "$tmp/out"
[ -s "$tmp/err" ] && sed 's/^/    stderr: /' "$tmp/err"
say "    exit status $rc"
[ "$rc" -eq 0 ] || fail "the cancel command exited with status $rc"

# 4. what SWF recorded
say "==> the workflow history now holds:"
"$PYTHON" "$client" --port "$port" history "$wid" --type ActivityTaskCanceled \
	>"$tmp/event" || fail "could not read the history"
sed 's/^/    /' "$tmp/event"
got=$("$PYTHON" "$client" --port "$port" event "$wid" ActivityTaskCanceled details) ||
	fail "no ActivityTaskCanceled event in the history"
[ "$got" = "$details" ] || fail "recorded details '$got' differ from '$details'"
state=$("$PYTHON" "$client" --port "$port" task-state "$token") ||
	fail "could not read the task state"
[ "$state" = CANCELED ] || fail "task state is $state, not CANCELED"
sig=$("$PYTHON" "$client" --port "$port" requests --field signature) ||
	fail "could not read the request log"
[ "$sig" = valid ] || fail "request signature verdict: $sig"
say "    (request signature checked by botocore: $sig; task state: $state)"

# 5. a closed task cannot be canceled again
say "==> canceling the same task again must be refused:"
run "$@" --task-token "$token" --endpoint-url "$endpoint" --region us-east-1
[ -s "$tmp/err" ] && grep -v '^$' "$tmp/err" | sed 's/^/    stderr: /'
say "    exit status $rc"
[ "$rc" -ne 0 ] || fail "the second cancel succeeded"
grep -q 'UnknownResourceFault' "$tmp/err" ||
	fail "the second cancel did not report UnknownResourceFault"

say "==> demo passed"
exit 0
