#!/bin/sh
# bootstrap.sh - install what a fresh Debian machine lacks to build and test
# swf-cancel.  Idempotent: when everything is present it installs nothing.
set -eu

need=""
have() { command -v "$1" >/dev/null 2>&1; }
want() { need="$need $1"; }

have make || want make
have gcc || want gcc
have musl-gcc || want musl-tools
have xz || want xz-utils
have tar || want tar
have sha256sum || want coreutils
have python3 || want python3
have openssl || want openssl
[ -f /etc/ssl/certs/ca-certificates.crt ] || want ca-certificates
if have python3; then
	python3 -c 'import botocore' 2>/dev/null || want python3-botocore
else
	want python3-botocore
fi

[ -n "$need" ] || exit 0
echo "bootstrap: installing:$need" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif have sudo; then sudo="sudo"; else
	echo "bootstrap: need root (or sudo) to install:$need" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $need >/dev/null 2>&1 || {
	$sudo apt-get update -q >/dev/null
	# shellcheck disable=SC2086
	$sudo apt-get install -y -q --no-install-recommends $need
}
