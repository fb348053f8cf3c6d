#!/bin/sh
# fetch-bearssl.sh DEST - obtain BearSSL 0.6, verify it, unpack it into DEST.
#
# Sources, in order:
#   1. a tarball the user placed in vendor/ (bearssl-0.6.tar.gz or
#      bearssl_0.6+dfsg.1.orig.tar.xz);
#   2. Debian's source package, downloaded with `apt-get source` using
#      deb-src entries derived from this machine's own apt sources, written
#      only under the build directory.
# Every tarball is checked against the SHA-256 pinned in vendor/bearssl.sha256;
# a mismatch stops the build.  Nothing is ever committed.
set -eu

mkdir -p "$(dirname "$1")"
dest=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
vendor=$(cd "$(dirname "$0")" && pwd)
pins="$vendor/bearssl.sha256"
work="$dest.fetch"

die() { echo "fetch-bearssl: $*" >&2; exit 1; }

pinned_hash() { # NAME -> pinned hash
	awk -v n="$1" '$0 !~ /^#/ && $2 == n { print $1 }' "$pins"
}

verify() { # FILE NAME
	want=$(pinned_hash "$2")
	[ -n "$want" ] || die "no pinned SHA-256 for $2 in $pins"
	got=$(sha256sum "$1" | cut -d' ' -f1)
	if [ "$got" != "$want" ]; then
		die "SHA-256 mismatch for $1: expected $want, got $got; refusing to build with it"
	fi
}

unpack() { # FILE
	rm -rf "$dest" "$work.x"
	mkdir -p "$work.x"
	case "$1" in
	*.tar.gz) tar -xzf "$1" -C "$work.x" ;;
	*.tar.xz) tar -xJf "$1" -C "$work.x" ;;
	esac
	[ -f "$work.x/bearssl-0.6/inc/bearssl.h" ] || die "$1 does not hold bearssl-0.6/inc/bearssl.h"
	mv "$work.x/bearssl-0.6" "$dest"
	rm -rf "$work.x"
	echo "fetch-bearssl: using $1 (SHA-256 verified)"
}

for name in bearssl-0.6.tar.gz bearssl_0.6+dfsg.1.orig.tar.xz; do
	if [ -f "$vendor/$name" ]; then
		verify "$vendor/$name" "$name"
		unpack "$vendor/$name"
		exit 0
	fi
done

# Debian source package.  Derive deb-src entries from the machine's apt
# sources (deb822 .sources files and one-line .list files).
command -v apt-get >/dev/null || die "no tarball in vendor/ and no apt-get: place bearssl-0.6.tar.gz in vendor/"
rm -rf "$work"
mkdir -p "$work/sources.d" "$work/lists/partial" "$work/archives/partial" "$work/dl"
for f in /etc/apt/sources.list.d/*.sources; do
	[ -f "$f" ] || continue
	sed 's/^Types:.*/Types: deb-src/' "$f" > "$work/sources.d/$(basename "$f")"
done
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
	[ -f "$f" ] || continue
	sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' "$f" > "$work/sources.d/$(basename "$f" .list).list"
done
: > "$work/sources.list"
aptopts="-o Dir::Etc::SourceList=$work/sources.list -o Dir::Etc::SourceParts=$work/sources.d
 -o Dir::State::Lists=$work/lists -o Dir::Cache::archives=$work/archives
 -o Debug::NoLocking=1 -o APT::Sandbox::User=root"
# shellcheck disable=SC2086
apt-get $aptopts -qq update >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; die "apt-get update (deb-src) failed"; }
# shellcheck disable=SC2086
(cd "$work/dl" && apt-get $aptopts -qq source --download-only bearssl) >>"$work/apt.log" 2>&1 ||
	{ cat "$work/apt.log" >&2; die "apt-get source bearssl failed; place bearssl-0.6.tar.gz in vendor/"; }
tarball="$work/dl/bearssl_0.6+dfsg.1.orig.tar.xz"
[ -f "$tarball" ] || die "apt-get source bearssl did not provide bearssl_0.6+dfsg.1.orig.tar.xz (got: $(ls "$work/dl"))"
verify "$tarball" bearssl_0.6+dfsg.1.orig.tar.xz
unpack "$tarball"
rm -rf "$work"
