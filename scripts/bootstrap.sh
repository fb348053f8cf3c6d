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
set -eu
here=$(cd "$(dirname "$0")" && pwd)
need=""
have() { command -v "$1" >/dev/null 2>&1; }

check_list() {
	while read -r what pkg; do
		case "$what" in ''|'#'*) continue ;; esac
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
	check_list "$here/packages/$list.txt"
done

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
