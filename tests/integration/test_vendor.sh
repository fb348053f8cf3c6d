#!/bin/sh
# test_vendor.sh - BearSSL is only accepted with its pinned SHA-256.
# A tarball in vendor/ whose hash differs must stop the build with a clear
# message and unpack nothing; the pins cover both accepted tarballs.
set -u
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/vendor" "$tmp/fake/bearssl-0.6/inc"
cp vendor/fetch-bearssl.sh vendor/bearssl.sha256 "$tmp/vendor/"
echo '/* not BearSSL */' > "$tmp/fake/bearssl-0.6/inc/bearssl.h"
tar -czf "$tmp/vendor/bearssl-0.6.tar.gz" -C "$tmp/fake" bearssl-0.6

out=$(sh "$tmp/vendor/fetch-bearssl.sh" "$tmp/build/bearssl" 2>&1)
rc=$?
[ "$rc" -ne 0 ] && ok || bad "a tampered tarball was accepted"
case "$out" in
*"SHA-256 mismatch for $tmp/vendor/bearssl-0.6.tar.gz"*"refusing to build"*) ok ;;
*) bad "unclear message: $out" ;;
esac
[ ! -e "$tmp/build/bearssl" ] && ok || bad "something was unpacked"

# both accepted tarballs are pinned, each with a 64-hex-digit hash
for name in bearssl-0.6.tar.gz bearssl_0.6+dfsg.1.orig.tar.xz; do
	h=$(awk -v n="$name" '$0 !~ /^#/ && $2 == n { print $1 }' vendor/bearssl.sha256)
	if printf '%s' "$h" | grep -Eq '^[0-9a-f]{64}$'; then ok; else
		bad "no pinned hash for $name"; fi
done

# the unpacked tree the build used came from a verified tarball
if [ -f "${BUILD:-build}/bearssl/.ok" ] &&
   [ -f "${BUILD:-build}/bearssl/inc/bearssl.h" ]; then ok; else
	bad "build/bearssl was not produced by the verified fetch"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
