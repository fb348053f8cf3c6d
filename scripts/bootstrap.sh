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
if [ -n "$added" ]; then
	# A mirror in mid-sync can fail one index; what matters is whether
	# the packages can be had, checked next.
	$sudo apt-get update -q >/dev/null ||
		echo "bootstrap: apt-get update reported errors; going on" >&2
	for pkg in $need; do
		case "$pkg" in *:*) ;; *) continue ;; esac
		cand=$(apt-cache policy "$pkg" 2>/dev/null | sed -n 's/^ *Candidate: *//p')
		[ -n "$cand" ] && [ "$cand" != "(none)" ] && continue
		. /etc/os-release 2>/dev/null || true
		echo "bootstrap: Debian ${VERSION_CODENAME:-here} has no package $pkg;" \
			"this target cannot be built on this machine" >&2
		for arch in $added; do
			$sudo dpkg --remove-architecture "$arch" 2>/dev/null || true
		done
		exit 1
	done
fi
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $need >/dev/null 2>&1 || {
	$sudo apt-get update -q >/dev/null
	# shellcheck disable=SC2086
	$sudo apt-get install -y -q --no-install-recommends $need
}
