#!/bin/sh
# bench.sh - speed, memory and size of swf-cancel beside curl --aws-sigv4,
# the AWS CLI v1 and a bare BearSSL client, for the same cancel request to
# the same HTTPS endpoint on loopback, in one run; writes BENCHMARKS.md.
#
# Run by `make bench` (after the build) from the repository root.  Env:
#   BUILD     build directory (default build)
#   CC        compiler for the BearSSL floor client (default musl-gcc)
#   RUNS      timed runs per command, over all rounds (default 60)
#   ROUNDS    hyperfine rounds, commands interleaved between rounds so that
#             a change of machine load hits them alike (default 3)
#   CLI_RUNS  timed runs of the AWS CLI (default 3; 0 skips the CLI)
#   OUT       report file (default BENCHMARKS.md)
#
# The endpoint is Debian's nginx-light on 127.0.0.1 (never another address)
# with a test CA made here (RSA-2048 root -> intermediate -> leaf with
# DNS:localhost and IP:127.0.0.1, the shape of an AWS endpoint's chain); it
# answers {} to any request.  Nothing leaves the machine.  Every file made
# lives in a temporary directory removed at exit, except the raw results,
# kept in $BUILD/bench/; nginx is stopped by its pid.  With root, nginx and
# the timed runs get SCHED_FIFO priority (chrt) so that other load on the
# machine does not blur the medians.
#
# Compared with two floors: the start of an empty static program, and a
# bare BearSSL client (tests/bench/hsfloor.c) doing the same handshake and
# request and nothing else.
#
# Measured per command: median wall time (hyperfine, -N: no shell), CPU time,
# peak RSS (peakmem: VmHWM at exit under ptrace), instructions (callgrind),
# address-space floor (smallest `ulimit -v` that still succeeds, by
# bisection), syscalls (strace -c), on-disk size.  For swf-cancel also: where
# the instructions go (callgrind on an unstripped link of the same objects),
# where the binary's bytes go (link map, nm), where resident memory is
# (/proc/PID/smaps and pagemap at exit, pages named by nm), the syscall
# sequence on the wire.  The report is written by scripts/bench-report.py.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
BUILD=${BUILD:-build}
CC=${CC:-musl-gcc}
RUNS=${RUNS:-60}
ROUNDS=${ROUNDS:-3}
CLI_RUNS=${CLI_RUNS:-3}
OUT=${OUT:-BENCHMARKS.md}
PYTHON=${PYTHON:-python3}
case $BUILD in
/*) B=$BUILD ;;
*) B=$root/$BUILD ;;
esac
BIN=$B/swf-cancel

load0=$(cut -d' ' -f1-3 /proc/loadavg)
say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: FAILED: %s\n' "$*" >&2; exit 1; }

[ -x "$BIN" ] || die "$BIN missing: run make first"
for f in "$BUILD/libbearssl.a" "$BUILD/libswf.a" "$BUILD/obj/main.o" \
	"$BUILD/obj/anchors.o" "$BUILD/bearssl/inc/bearssl.h"; do
	[ -e "$f" ] || die "$f missing: run make first"
done

# ---- packages ----------------------------------------------------------------
# Installing nginx must not start Debian's default server (port 80 on every
# address): without a policy-rc.d, one that forbids starting services is put
# in place for the install only.
if ! [ -x /usr/sbin/nginx ] && ! [ -e /usr/sbin/policy-rc.d ] && [ "$(id -u)" -eq 0 ]; then
	printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
	chmod 755 /usr/sbin/policy-rc.d
	rc=0
	sh scripts/bootstrap.sh base bench || rc=$?
	rm -f /usr/sbin/policy-rc.d
	[ "$rc" -eq 0 ] || exit "$rc"
else
	sh scripts/bootstrap.sh base bench
fi
NGINX=/usr/sbin/nginx
[ -x "$NGINX" ] || NGINX=$(command -v nginx) || die "nginx not installed"

tmp=$(mktemp -d)
R=$B/bench
rm -rf "$R"
mkdir -p "$R"
ngpid=
cleanup() {
	if [ -n "$ngpid" ]; then
		kill "$ngpid" 2>/dev/null || true
		wait "$ngpid" 2>/dev/null || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$tmp/ng" "$tmp/pki" "$tmp/tools" "$tmp/home"

# ---- tools ---------------------------------------------------------------------
say "building measurement tools"
peaksrc=
for d in ../shared/tools /work/shared/tools; do
	[ -f "$d/peakmem.c" ] && { peaksrc=$d/peakmem.c; break; }
done
gcc -O2 -w -o "$tmp/tools/rssmap" tests/bench/rssmap.c
if [ -n "$peaksrc" ]; then
	gcc -O2 -w -o "$tmp/tools/peakmem" "$peaksrc"
else
	# rssmap prints the same VmHWM/VmRSS lines, measured the same way
	cp "$tmp/tools/rssmap" "$tmp/tools/peakmem"
fi
PEAKMEM=$tmp/tools/peakmem
BRINC=$BUILD/bearssl/inc
BRFLAGS="-std=c99 -Os -Wall -Wextra -Wno-unused-parameter -D_DEFAULT_SOURCE \
 -ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables -I$BRINC"
# shellcheck disable=SC2086
$CC $BRFLAGS -static -Wl,--gc-sections -Wl,--build-id=none -s \
	-o "$tmp/tools/hsfloor" tests/bench/hsfloor.c "$BUILD/libbearssl.a"
FLOOR=$tmp/tools/hsfloor
# BearSSL's fixed state for a client of this profile, from its headers:
# the engine and handshake context, the X.509 validator.
cat >"$tmp/tools/brsizes.c" <<'EOF'
#include <stdio.h>
#include "bearssl.h"
int main(void)
{
	printf("client %zu\nx509 %zu\n", sizeof(br_ssl_client_context),
	       sizeof(br_x509_minimal_context));
	return 0;
}
EOF
gcc -I"$BRINC" -o "$tmp/tools/brsizes" "$tmp/tools/brsizes.c"
"$tmp/tools/brsizes" >"$R/brsizes"
# (libbearssl.a already offers X25519 first: the build applies
# vendor/bearssl-curve-order.py, so there is no separate "fixed" floor.)
FIXED=
# The cost of starting any static program here: exec, exit, wait.
printf 'int main(void) { return 0; }\n' >"$tmp/tools/nop.c"
# shellcheck disable=SC2086
$CC -Os -static -s -o "$tmp/tools/nop" "$tmp/tools/nop.c"
# The same objects as build/swf-cancel, linked without -s, with a map.
UNSTRIPPED=$tmp/tools/swf-cancel
$CC -static -Wl,--gc-sections -Wl,--build-id=none -Wl,-T,mk/layout.ld \
	-Wl,-Map="$R/swf.map" -o "$UNSTRIPPED" \
	"$BUILD/obj/main.o" "$BUILD/obj/anchors.o" "$BUILD/libswf.a" \
	"$BUILD/libbearssl.a"
nm -S --size-sort "$UNSTRIPPED" >"$R/swf.nm"
nm -n -S "$UNSTRIPPED" >"$R/swf.nm-addr"
size -A "$UNSTRIPPED" >"$R/swf.size-A"
size "$BIN" >"$R/swf.size"
readelf -SW "$BIN" >"$R/swf.sections"
readelf -lW "$BIN" >"$R/swf.segments"

# ---- test PKI --------------------------------------------------------------------
say "making the test CA and server certificate"
(
	cd "$tmp/pki"
	cat >ext.cnf <<'EOF'
[req]
distinguished_name = dn
[dn]
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ica]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, digitalSignature, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
authorityKeyIdentifier = keyid
EOF
	key() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }
	key root.key
	openssl req -new -x509 -key root.key -subj "/C=US/O=swf-cancel bench/CN=Bench Root CA 1" \
		-days 3650 -sha256 -config ext.cnf -extensions ca -out root.pem 2>/dev/null
	key ica.key
	openssl req -new -key ica.key -subj "/C=US/O=swf-cancel bench/CN=Bench RSA 2048 M01" \
		-out ica.csr 2>/dev/null
	openssl x509 -req -in ica.csr -CA root.pem -CAkey root.key -CAcreateserial \
		-days 3650 -sha256 -extfile ext.cnf -extensions ica -out ica.pem 2>/dev/null
	key leaf.key
	openssl req -new -key leaf.key -subj "/CN=localhost" -out leaf.csr 2>/dev/null
	openssl x509 -req -in leaf.csr -CA ica.pem -CAkey ica.key -CAcreateserial \
		-days 365 -sha256 -extfile ext.cnf -extensions leaf -out leaf.pem 2>/dev/null
	cat leaf.pem ica.pem >chain.pem
	openssl x509 -in root.pem -outform der -out root.der
	openssl verify -CAfile root.pem -untrusted ica.pem leaf.pem >/dev/null
) || die "test PKI"
CA1=$tmp/pki/root.pem
SYSBUNDLE=/etc/ssl/certs/ca-certificates.crt
[ -f "$SYSBUNDLE" ] || die "$SYSBUNDLE missing (ca-certificates)"
CASYS=$tmp/pki/system+test.pem
# The test CA last: a linear walk of the bundle reads all of it.
cat "$SYSBUNDLE" "$CA1" >"$CASYS"

# ---- endpoint -------------------------------------------------------------------
start_nginx() {
	PORT=$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	cat >"$tmp/ng/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $tmp/ng/nginx.pid;
error_log $tmp/ng/error.log warn;
events { worker_connections 64; }
http {
    log_format tls '\$ssl_protocol \$ssl_cipher \$ssl_curve \$status "\$http_user_agent"';
    access_log $tmp/ng/access.log tls;
    client_body_temp_path $tmp/ng/body;
    proxy_temp_path $tmp/ng/proxy;
    fastcgi_temp_path $tmp/ng/fastcgi;
    uwsgi_temp_path $tmp/ng/uwsgi;
    scgi_temp_path $tmp/ng/scgi;
    server {
        listen 127.0.0.1:$PORT ssl;
        server_name localhost;
        ssl_certificate $tmp/pki/chain.pem;
        ssl_certificate_key $tmp/pki/leaf.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_session_cache off;
        ssl_session_tickets off;
        location / {
            default_type application/x-amz-json-1.0;
            add_header x-amzn-RequestId 0a1b2c3d-0000-4000-8000-000000000000 always;
            return 200 '{}';
        }
    }
}
EOF
	$RT "$NGINX" -p "$tmp/ng/" -c "$tmp/ng/nginx.conf" -e "$tmp/ng/error.log" \
		>"$tmp/ng/stdout" 2>&1 &
	ngpid=$!
	i=0
	while [ $i -lt 50 ]; do
		if curl -q -sk -o /dev/null "https://127.0.0.1:$PORT/" 2>/dev/null; then
			return 0
		fi
		kill -0 "$ngpid" 2>/dev/null || break
		sleep 0.1
		i=$((i + 1))
	done
	kill "$ngpid" 2>/dev/null || true
	wait "$ngpid" 2>/dev/null || true
	ngpid=
	return 1
}
# The endpoint and the timed commands run with SCHED_FIFO priority when
# allowed (root): other load on the machine then delays neither, and the
# spread of wall times drops from milliseconds to tenths.
RT=
if command -v chrt >/dev/null 2>&1 && chrt -f 10 true 2>/dev/null; then
	RT="chrt -f 10"
fi
tries=0
until start_nginx; do
	tries=$((tries + 1))
	[ $tries -lt 5 ] || { cat "$tmp/ng/error.log" >&2 2>/dev/null; die "nginx did not start"; }
done
say "nginx (pid $ngpid) on https://127.0.0.1:$PORT"
URL=https://localhost:$PORT

# ---- the request ------------------------------------------------------------------
# Credentials, region and config files of our own (the CLI reads ~/.aws too:
# HOME points at an empty directory).
: >"$tmp/config"
: >"$tmp/credentials"
export HOME="$tmp/home" AWS_CONFIG_FILE="$tmp/config" \
	AWS_SHARED_CREDENTIALS_FILE="$tmp/credentials" \
	AWS_EC2_METADATA_DISABLED=true AWS_DEFAULT_REGION=us-east-1 \
	AWS_ACCESS_KEY_ID=AKIDEXAMPLE \
	AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN AWS_CA_BUNDLE \
	AWS_ENDPOINT_URL AWS_ENDPOINT_URL_SWF AWS_REGION SSL_CERT_FILE \
	SSL_CERT_DIR AWS_RETRY_MODE AWS_MAX_ATTEMPTS 2>/dev/null || true
# A task token of the size SWF hands out (base64 text, ~600 characters).
TOKEN=$(head -c 450 /dev/zero | tr '\0' 'A' | sed 's/^/AAAAKgAAAAIAAAAAAAAAA/' | cut -c1-600)
printf '{"taskToken": "%s"}' "$TOKEN" >"$tmp/body.json"
# The floor's request: swf-cancel's headers with a dummy signature (nginx
# checks none), as one write.
{
	printf 'POST / HTTP/1.1\r\nHost: localhost:%s\r\nAccept-Encoding: identity\r\n' "$PORT"
	printf 'X-Amz-Target: SimpleWorkflowService.RespondActivityTaskCanceled\r\n'
	printf 'Content-Type: application/x-amz-json-1.0\r\n'
	printf 'User-Agent: hsfloor/1 ua/2.1 os/linux cfg/retry-mode#legacy\r\n'
	printf 'X-Amz-Date: 20250101T000000Z\r\n'
	printf 'Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/swf/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=%s\r\n' \
		"$(printf '%064d' 0)"
	printf 'amz-sdk-invocation-id: 00000000-0000-4000-8000-000000000000\r\n'
	printf 'amz-sdk-request: attempt=1\r\nContent-Length: %s\r\n\r\n' "$(wc -c <"$tmp/body.json" | tr -d ' ')"
	cat "$tmp/body.json"
} >"$tmp/request.http"

SIGV4="--aws-sigv4 aws:amz:us-east-1:swf --user AKIDEXAMPLE:wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
CURLREQ="curl -q -sS --fail -o /dev/null $SIGV4 -H 'Content-Type: application/x-amz-json-1.0' -H 'X-Amz-Target: SimpleWorkflowService.RespondActivityTaskCanceled' --data-binary @$tmp/body.json"
CURL=$(command -v curl)

# The AWS CLI v1, if installed (the interpreter's script, not a pyenv shim).
AWS=
if [ "$CLI_RUNS" -gt 0 ] && command -v aws >/dev/null 2>&1; then
	AWS=$(command -v aws)
	case "$AWS" in
	*/shims/*) AWS=$(pyenv which aws 2>/dev/null) || AWS= ;;
	esac
	if [ -n "$AWS" ] && ! "$AWS" --version 2>&1 | grep -q '^aws-cli/1\.'; then
		say "aws is not AWS CLI v1 ($("$AWS" --version 2>&1 | head -1)); left out"
		AWS=
	fi
fi

# label|measures|description|command (split by the shell, or by hyperfine -N)
# measures: T wall time, M peak RSS, I instructions, A address-space floor,
# S syscalls
F="$FLOOR"
FA="127.0.0.1 $PORT localhost $tmp/pki/root.der"
{
	echo "swf-1ca|TMIAS|swf-cancel, one-certificate bundle|$BIN --task-token $TOKEN --endpoint-url $URL --ca-bundle $CA1"
	echo "swf-sys|TMIAS|swf-cancel, system bundle + test CA|$BIN --task-token $TOKEN --endpoint-url $URL --ca-bundle $CASYS"
	echo "curl-1ca|TMIAS|curl --aws-sigv4, one-certificate bundle|$CURLREQ --cacert $CA1 $URL/"
	echo "curl-sys|TMIAS|curl --aws-sigv4, system bundle + test CA|$CURLREQ --cacert $CASYS $URL/"
	if [ -n "$AWS" ]; then
		echo "cli-1ca|TMAS|AWS CLI v1, one-certificate bundle|$AWS swf respond-activity-task-canceled --task-token $TOKEN --endpoint-url $URL --ca-bundle $CA1"
	fi
	echo "floor-exec|TMI|floor: start and exit of an empty static program|$tmp/tools/nop"
	echo "floor-hs|TMIAS|floor: bare BearSSL handshake|$F $FA"
	echo "floor-call|TMIAS|floor: bare BearSSL handshake + the request|$F $FA $tmp/request.http"
	echo "floor-x25519|TI|floor: handshake + request, offering X25519 only|$F -c x25519 $FA $tmp/request.http"
	if [ -n "$FIXED" ]; then
		echo "floor-fixed|TI|floor: handshake + request, BearSSL's curve order fixed|$FIXED $FA $tmp/request.http"
	fi
	echo "floor-p256|I|floor: handshake + request, offering P-256 only|$F -c p256 $FA $tmp/request.http"
	for r in i15 i31 i32; do
		echo "floor-rsa-$r|I|floor: handshake + request, X25519, RSA $r|$F -c x25519 -r $r $FA $tmp/request.http"
	done
} >"$R/subjects"
cmd_of() { awk -F'|' -v l="$1" '$1 == l { print $4 }' "$R/subjects"; }
labels_with() { awk -F'|' -v m="$1" 'index($2, m) { print $1 }' "$R/subjects"; }
labels=$(cut -d'|' -f1 "$R/subjects")

# Issue 6's case, every option at once: a details string of 32768 4-byte
# characters from a file, the system bundle, a profile from the files,
# timeouts, --query, --output table, --debug.  Not timed (its --debug
# output is most of its work); measured for memory and the code it runs.
# Its own config and credentials files (--profile mem): the other commands'
# stay empty.  run_all BINARY [PREFIX...] runs it under PREFIX (peakmem,
# rssmap, valgrind), output discarded by the caller.
mkdir -p "$tmp/all"
printf '[profile mem]\nregion = us-east-1\noutput = json\ncli_pager =\n' >"$tmp/all/config"
printf '[mem]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = %s\n' \
	"$AWS_SECRET_ACCESS_KEY" >"$tmp/all/credentials"
"$PYTHON" -c 'import sys; sys.stdout.buffer.write("\U0001f600".encode() * 32768)' \
	>"$tmp/all/details.txt"
ALL_QUERY="{a: 'cancelled', b: [\`1\`, \`2.5\`, 'x']}"
run_all() { # BINARY [PREFIX...]
	ab=$1
	shift
	(
		export AWS_CONFIG_FILE="$tmp/all/config" \
			AWS_SHARED_CREDENTIALS_FILE="$tmp/all/credentials"
		"$@" "$ab" --task-token "$TOKEN" --details "file://$tmp/all/details.txt" \
			--endpoint-url "$URL" --ca-bundle "$CASYS" --region us-east-1 \
			--profile mem --cli-connect-timeout 10 --cli-read-timeout 10 \
			--query "$ALL_QUERY" --output table --color off --no-paginate --debug
	)
}

say "checking every command once"
checked=
for l in $(labels_with T) $(labels_with I); do
	case " $checked " in *" $l "*) continue ;; esac
	checked="${checked:-} $l"
	c=$(cmd_of "$l")
	before=$(wc -l <"$tmp/ng/access.log" 2>/dev/null || echo 0)
	out=$(eval "$c" 2>&1) || die "$l failed: $out"
	[ -z "$out" ] || die "$l printed: $out"
	after=$(wc -l <"$tmp/ng/access.log")
	case $l in floor-hs|floor-exec) want=0 ;; *) want=1 ;; esac
	[ $((after - before)) -eq $want ] || die "$l: nginx logged $((after - before)) requests, not $want"
	[ "$want" -eq 0 ] || { printf '%s ' "$l"; tail -n 1 "$tmp/ng/access.log"; } >>"$R/tls"
done

before=$(wc -l <"$tmp/ng/access.log")
run_all "$BIN" >"$R/out-swf-all" 2>"$R/err-swf-all" || die "swf-all failed: $(tail -n 3 "$R/err-swf-all")"
grep -q cancelled "$R/out-swf-all" || die "swf-all printed no table: $(head -c 300 "$R/out-swf-all")"
[ $(($(wc -l <"$tmp/ng/access.log") - before)) -eq 1 ] || die "swf-all: nginx did not log one request"
wc -c <"$R/err-swf-all" | tr -d ' ' >"$R/debug-bytes-swf-all"

# ---- wall time ------------------------------------------------------------------------
per=$(( (RUNS + ROUNDS - 1) / ROUNDS ))
fast=$(labels_with T | grep -v '^cli-' || true)
round=1
while [ $round -le "$ROUNDS" ]; do
	say "wall time, round $round/$ROUNDS ($per runs per command${RT:+, $RT})"
	set --
	for l in $fast; do
		set -- "$@" -n "$l" "$(cmd_of "$l")"
	done
	$RT hyperfine -N --style none --warmup 3 --runs "$per" \
		--export-json "$R/time-$round.json" "$@" >/dev/null 2>"$R/hyperfine-$round.log" ||
		{ cat "$R/hyperfine-$round.log" >&2; die "hyperfine"; }
	round=$((round + 1))
done
if [ -n "$AWS" ]; then
	say "wall time, AWS CLI ($CLI_RUNS runs)"
	$RT hyperfine -N --style none --warmup 1 --runs "$CLI_RUNS" \
		--export-json "$R/time-cli.json" -n cli-1ca "$(cmd_of cli-1ca)" >/dev/null 2>"$R/hyperfine-cli.log" ||
		{ cat "$R/hyperfine-cli.log" >&2; die "hyperfine (CLI)"; }
fi

# ---- peak RSS --------------------------------------------------------------------------
say "peak RSS (peakmem)"
for l in $(labels_with M); do
	c=$(cmd_of "$l")
	n=3
	case $l in cli-*) n=1 ;; esac
	i=0
	while [ $i -lt $n ]; do
		eval "\"$PEAKMEM\" $c" 2>&1 >/dev/null | grep VmHWM >>"$R/rss-$l" || true
		i=$((i + 1))
	done
done
i=0
while [ $i -lt 3 ]; do
	run_all "$BIN" "$PEAKMEM" 2>&1 >/dev/null | grep VmHWM >>"$R/rss-swf-all" || true
	i=$((i + 1))
done
# where it is: the unstripped link (same code and layout), pages named by nm
for l in swf-1ca swf-sys; do
	# shellcheck disable=SC2046
	"$tmp/tools/rssmap" -p $(cmd_of "$l" | sed "s|^$BIN|$UNSTRIPPED|") >/dev/null 2>"$R/rssmap-$l" || true
done
run_all "$UNSTRIPPED" "$tmp/tools/rssmap" -p >/dev/null 2>"$R/rssmap-swf-all" || true
for l in floor-call floor-exec; do
	# shellcheck disable=SC2046
	"$tmp/tools/rssmap" $(cmd_of $l) >/dev/null 2>"$R/rssmap-$l" || true
done

# ---- instructions ---------------------------------------------------------------------
say "instructions (callgrind)"
cg() { # LABEL COMMAND...
	cgl=$1
	shift
	valgrind --tool=callgrind --callgrind-out-file="$R/callgrind.$cgl" "$@" >/dev/null 2>"$R/cg-$cgl.log" || true
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$R/cg-$cgl.log" | head -1 >"$R/ir-$cgl"
}
for l in $(labels_with I); do
	# shellcheck disable=SC2046
	eval "cg $l $(cmd_of "$l")"
done
# the profiles: the same objects, linked with their symbols
$CC $BRFLAGS -static -Wl,--gc-sections -o "$tmp/tools/hsfloor-u" tests/bench/hsfloor.c "$BUILD/libbearssl.a"
for l in swf-1ca swf-sys floor-x25519 floor-call; do
	# shellcheck disable=SC2046
	cg "$l-u" --dump-instr=yes $(cmd_of "$l" | sed "s|^$BIN|$UNSTRIPPED|; s|^$FLOOR|$tmp/tools/hsfloor-u|")
	callgrind_annotate --threshold=100 "$R/callgrind.$l-u" >"$R/profile-$l" 2>/dev/null || true
done
run_all "$UNSTRIPPED" valgrind --tool=callgrind --dump-instr=yes \
	--callgrind-out-file="$R/callgrind.swf-all-u" >/dev/null 2>"$R/cg-swf-all-u.log" || true
# where each instruction of the unstripped link starts, to turn the
# addresses callgrind saw run into bytes and pages of code
objdump -d --no-show-raw-insn "$UNSTRIPPED" |
	awk '/^ *[0-9a-f]+:\t/ { sub(":", "", $1); print $1 }' >"$R/swf.insn"
callgrind_annotate --tree=caller "$R/callgrind.floor-x25519-u" >"$R/tree-floor-x25519" 2>/dev/null || true
callgrind_annotate --inclusive=yes --threshold=100 "$R/callgrind.swf-1ca-u" >"$R/profile-incl-swf-1ca" 2>/dev/null || true

# ---- address-space floor -----------------------------------------------------------
# Smallest `ulimit -v` (KiB) under which the command still exits 0: doubling
# from 256 KiB, then bisection to 1% (4 KiB at least).  The command line is
# expanded before the limit applies.
ok_under() { # KIB COMMAND-STRING
	(ulimit -v "$1" && eval "$2") >/dev/null 2>&1
}
asfloor() { # LABEL
	asfloor_of "$(cmd_of "$1")"
}
asfloor_of() { # COMMAND-STRING
	c=$1
	lo=0
	hi=256
	until ok_under $hi "$c"; do
		lo=$hi
		hi=$((hi * 2))
		[ $hi -le 67108864 ] || { echo "none"; return; }
	done
	while :; do
		step=$((hi / 100))
		[ $step -ge 4 ] || step=4
		[ $((hi - lo)) -gt $step ] || break
		mid=$(( (lo + hi) / 2 ))
		if ok_under $mid "$c"; then hi=$mid; else lo=$mid; fi
	done
	echo "$hi"
}
say "address-space floor (ulimit -v bisection)"
for l in $(labels_with A); do
	asfloor "$l" >"$R/as-$l"
done
# shellcheck disable=SC2016 # expanded by asfloor's eval, under the limit
asfloor_of 'run_all "$BIN" >/dev/null 2>&1' >"$R/as-swf-all"
for l in swf-1ca swf-sys; do
	if ok_under 1024 "$(cmd_of "$l")"; then echo ok; else echo fail; fi >"$R/v1024-$l"
done

# ---- syscalls -------------------------------------------------------------------------
say "syscalls (strace)"
for l in $(labels_with S); do
	c=$(cmd_of "$l")
	eval "strace -f -c -o \"$R/strace-$l\" $c" >/dev/null 2>&1 || true
done
for l in swf-1ca swf-sys floor-call; do
	c=$(cmd_of "$l")
	eval "strace -f -o \"$R/trace-$l\" $c" >/dev/null 2>&1 || true
done

# ---- sizes ------------------------------------------------------------------------------
say "sizes"
{
	echo "swf-1ca $(stat -c %s "$BIN")"
	echo "swf-sys $(stat -c %s "$BIN")"
	for l in floor-hs floor-call floor-x25519; do
		echo "$l $(stat -c %s "$FLOOR")"
	done
	[ -z "$FIXED" ] || echo "floor-fixed $(stat -c %s "$FIXED")"
	echo "floor-exec $(stat -c %s "$tmp/tools/nop")"
	# curl: the program and every shared library it loads
	t=$(stat -L -c %s "$CURL")
	for lib in $(ldd "$CURL" | awk '/=> \// { print $3 } /^\t\// { print $1 }' | sort -u); do
		t=$((t + $(stat -L -c %s "$lib")))
	done
	echo "curl-1ca $t"
	echo "curl-sys $t"
	if [ -n "$AWS" ]; then
		py=$(head -1 "$AWS" | sed 's/^#! *//; s/ .*//')
		b=$("$py" -c 'import os, awscli, botocore
t = 0
for m in (awscli, botocore):
    for r, _, fs in os.walk(os.path.dirname(m.__file__)):
        t += sum(os.path.getsize(os.path.join(r, f)) for f in fs)
print(t)' 2>/dev/null || echo 0)
		echo "cli-1ca $b"
	fi
} >"$R/sizes"
if readelf -d "$BIN" 2>/dev/null | grep -q 'Dynamic section'; then echo dynamic; else echo static; fi >"$R/static"
if readelf -S "$BIN" | grep -q '\.symtab'; then echo unstripped; else echo stripped; fi >"$R/stripped"

# ---- the machine --------------------------------------------------------------------------
{
	echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "cpu=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)"
	echo "cores=$(nproc)"
	echo "flags=$(grep -m1 '^flags' /proc/cpuinfo | tr ' ' '\n' | grep -x 'aes\|pclmulqdq\|sse2\|avx2\|adx\|bmi2' | tr '\n' ' ')"
	echo "mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
	echo "kernel=$(uname -sr)"
	echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
	echo "load=$load0"
	echo "rt=${RT:-none}"
	echo "nginx=$("$NGINX" -v 2>&1 | sed 's/.*: //')"
	echo "curl=$(curl --version | head -1)"
	echo "openssl=$(openssl version)"
	echo "aws=$([ -n "$AWS" ] && "$AWS" --version 2>&1 | head -1 || echo "not installed")"
	echo "hyperfine=$(hyperfine --version)"
	echo "valgrind=$(valgrind --version)"
	echo "runs=$RUNS"
	echo "rounds=$ROUNDS"
	echo "cli_runs=$CLI_RUNS"
	echo "bundle_certs=$(grep -c 'BEGIN CERTIFICATE' "$CASYS")"
	echo "bundle_bytes=$(stat -c %s "$CASYS")"
	echo "token_len=${#TOKEN}"
	echo "body_len=$(wc -c <"$tmp/body.json" | tr -d ' ')"
	echo "bin=$BUILD/swf-cancel"
	echo "iobuf=$(sed -n 's/^#define TLS_IOBUF_BYTES[[:space:]]*\([A-Za-z0-9_()+ ]*\).*/\1/p' src/tls.h | sed 's/[[:space:]]*$//')"
	if command -v git >/dev/null 2>&1 && git rev-parse --git-dir >/dev/null 2>&1; then
		echo "git=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' with uncommitted changes in src/')"
	else
		echo "git=unknown"
	fi
} >"$R/meta"

say "writing $OUT (raw results in $BUILD/bench/)"
"$PYTHON" scripts/bench-report.py "$R" "$OUT"
