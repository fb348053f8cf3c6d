#!/bin/sh
# bootstrap.sh - install what a fresh Debian machine lacks to build and test
# swf-cancel.  Idempotent: when everything is present it installs nothing.
#
# Needs are listed in scripts/packages/*.txt, one per line:
#   COMMAND PACKAGE    install PACKAGE when COMMAND is not on PATH
#   /PATH PACKAGE      install PACKAGE when the file PATH does not exist
#   py:MODULE PACKAGE  install PACKAGE when python3 cannot import MODULE
# Lines starting with '#' are comments.  `bootstrap.sh LIST...` checks only
# the named lists (e.g. `bootstrap.sh bench`); no argument: base.txt.
# LIST:SEL reads LIST.txt's lines whose first word is SEL, the rest of each
# being COMMAND PACKAGE (`bootstrap.sh base cross:aarch64`, cross.txt).
#
# A PACKAGE:ARCH of an architecture dpkg does not have yet (Debian
# multiarch, e.g. musl-dev:arm64 for cross builds) makes the bootstrap add
# that architecture and update the package lists first; when Debian has no
# such package for it, the architecture is removed again and the bootstrap
# fails with a clear message.  Nothing of the kind happens for lists that
# name no foreign package, so the native build never adds architectures.
#
# Mirrors: an `apt-get update` that fails some index (a mirror in mid-sync,
# typically bookworm-security for armhf/i386) is reported, index by index,
# and the bootstrap goes on with the lists apt has; it updates again (up to
# SWF_APT_TRIES runs, default 3, waiting SWF_APT_WAIT seconds, default 15,
# doubled each time) only while a needed package has no candidate, and says
# whether a missing package is the mirror's fault (try again later) or
# Debian's (no such package).  Only the machine's own apt sources are used.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
need=""
have() { command -v "$1" >/dev/null 2>&1; }

check_list() { # FILE [SELECTOR]
	while read -r sel what pkg; do
		case "$sel" in ''|'#'*) continue ;; esac
		if [ -n "${2:-}" ]; then
			[ "$sel" = "$2" ] || continue
		else
			pkg="$what${pkg:+ $pkg}" what=$sel
		fi
		case "$what" in
		/*) [ -e "$what" ] && continue ;;
		py:*) have python3 && python3 -c "import ${what#py:}" 2>/dev/null &&
			continue ;;
		*) have "$what" && continue ;;
		esac
		case " $need " in *" $pkg "*) ;; *) need="$need $pkg" ;; esac
	done < "$1"
}

[ $# -gt 0 ] || set -- base
for list in "$@"; do
	case "$list" in
	*:*) sel=${list#*:} file=$here/packages/${list%%:*}.txt
		[ -f "$file" ] && grep -q "^${sel}[[:space:]]" "$file" || {
			echo "bootstrap: no '$sel' in $file" >&2; exit 1; }
		check_list "$file" "$sel" ;;
	*) check_list "$here/packages/$list.txt" ;;
	esac
done

[ -n "$need" ] || exit 0
echo "bootstrap: installing:$need" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif have sudo; then sudo="sudo"; else
	echo "bootstrap: need root (or sudo) to install:$need" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive

# Foreign architectures the needed packages name (musl-dev:arm64 ...).
native=$(dpkg --print-architecture)
foreign=$(dpkg --print-foreign-architectures)
added=""
for pkg in $need; do
	case "$pkg" in *:*) ;; *) continue ;; esac
	arch=${pkg##*:}
	[ "$arch" = "$native" ] && continue
	case " $(echo $foreign) $added " in *" $arch "*) continue ;; esac
	echo "bootstrap: dpkg --add-architecture $arch" >&2
	$sudo dpkg --add-architecture "$arch"
	added="$added $arch"
done
# apt-get, quietly, its output kept for the messages below.  Acquire::Retries
# covers a dropped connection; a mirror in mid-sync (its Release file names
# index files it does not serve yet: "File has unexpected size ... Mirror
# sync in progress?", "Hash Sum mismatch", by-hash 404s) fails the same
# index every time, and apt then keeps the lists it had for that whole suite
# (e.g. bookworm-security) - which is harmless as long as the packages
# needed can still be had from the others.  So a failed update is reported
# and the bootstrap goes on; it updates again, waiting in between, only
# while a needed package has no candidate.  Only the machine's own apt
# sources are used.
tries=${SWF_APT_TRIES:-3}     # apt-get update runs at most, while a package is missing
wait=${SWF_APT_WAIT:-15}      # seconds before the 2nd run, doubled for each next one
aptlog=$(mktemp)
trap 'rm -f "$aptlog"' EXIT
updates=0 update_ok=0 failed_archs=""

apt_update() {
	updates=$((updates + 1))
	if $sudo apt-get update -q -o Acquire::Retries=3 >"$aptlog" 2>&1; then
		update_ok=1 failed_archs=""
		return 0
	fi
	update_ok=0
	failed_archs=$(sed -n 's|^[EW]: Failed to fetch .*/binary-\([^/]*\)/.*|\1|p' "$aptlog" |
		sort -u | tr '\n' ' ')
	failed_archs=${failed_archs% }
	echo "bootstrap: apt-get update could not fetch every index:" >&2
	if grep -q '^[EW]: Failed to fetch' "$aptlog"; then
		sed -n 's/^[EW]: Failed to fetch \([^ ]*\) *\(.*\)/  \1\n    \2/p' "$aptlog" |
			sed 's/ *\[IP: [^]]*\]//; /^ *$/d' >&2
	else
		grep -E '^(E|W|Err):' "$aptlog" | head -n 10 | sed 's/^/  /' >&2
	fi
	if grep -qiE 'Mirror sync in progress|Hash Sum mismatch|unexpected size' "$aptlog"; then
		echo "  (the mirror is in mid-sync: it names index files it does not serve" \
			"yet; apt keeps that suite's previous lists)" >&2
	fi
	return 1
}

no_candidate() { # PACKAGE... -> those apt has no installation candidate for
	for p in "$@"; do
		c=$(apt-cache policy "$p" 2>/dev/null | sed -n 's/^ *Candidate: *//p')
		[ -n "$c" ] && [ "$c" != "(none)" ] || printf '%s ' "$p"
	done
}

undo_archs() {
	for arch in $added; do
		echo "bootstrap: dpkg --remove-architecture $arch" >&2
		$sudo dpkg --remove-architecture "$arch" 2>/dev/null || true
	done
}

# A new architecture has no package lists yet.
[ -z "$added" ] || apt_update || echo "bootstrap: going on with the lists apt has" >&2

# Lists missing or stale (never updated, an architecture added by hand, a
# mirror in mid-sync): update, again after a wait while indexes failed.
# shellcheck disable=SC2086
missing=$(no_candidate $need)
while [ -n "$missing" ]; do
	[ "$updates" -gt 0 ] && [ "$update_ok" = 1 ] && break  # a clean update: no such package
	[ "$updates" -ge "$tries" ] && break
	if [ "$updates" -gt 0 ]; then
		echo "bootstrap: no candidate for ${missing% }; apt-get update again in ${wait}s" \
			"(run $((updates + 1)) of $tries)" >&2
		sleep "$wait"
		wait=$((wait * 2))
	fi
	apt_update || true
	# shellcheck disable=SC2086
	missing=$(no_candidate $need)
done
# A foreign package with no candidate: the target cannot be built here.
# (A native name without one may be virtual: apt-get install decides.)
. /etc/os-release 2>/dev/null || true
fail=0
for pkg in $missing; do
	case "$pkg" in *:*) ;; *) continue ;; esac
	arch=${pkg##*:}
	if [ "$update_ok" = 0 ] && { [ -z "$failed_archs" ] ||
		case " $failed_archs " in *" $arch "*) true ;; *) false ;; esac; }; then
		echo "bootstrap: no package $pkg: the mirror's $arch package index could not" \
			"be fetched ($updates tries, see above); try again later" >&2
	else
		echo "bootstrap: Debian ${VERSION_CODENAME:-here} has no package $pkg;" \
			"this target cannot be built on this machine" >&2
	fi
	fail=1
done
[ "$fail" = 0 ] || { undo_archs; exit 1; }

# shellcheck disable=SC2086
apt_install() { $sudo apt-get install -y -q --no-install-recommends -o Acquire::Retries=3 $need; }
if ! apt_install >"$aptlog" 2>&1; then
	# lists older than the mirror's pool (a .deb that is gone), or never fetched
	echo "bootstrap: apt-get install failed; apt-get update, then once more" >&2
	apt_update || true
	apt_install || {
		echo "bootstrap: could not install:$need" >&2
		[ "$update_ok" = 1 ] || echo "bootstrap: (apt-get update failed for:" \
			"${failed_archs:-some indexes}; the mirror may be in mid-sync - try again later)" >&2
		exit 1
	}
fi
