#!/bin/sh
# repro.sh - reproducible builds: `make dist` done again from scratch in a
# copy of this tree at another path, with another build directory, umask,
# time zone and locale, gives the same files bit for bit as this tree's
# dist/, and no binary holds a build path.  Run by `make check-repro`
# (after `make dist`), from the repository root.
#
# Environment: DIST (this tree's dist directory), DIST_ARCHS, VERSION,
# SOURCE_DATE_EPOCH (all set by mk/cross.mk).  KEEP=1 keeps the copy.
set -u
DIST=${DIST:-dist}
: "${DIST_ARCHS:?}" "${VERSION:?}" "${SOURCE_DATE_EPOCH:?}"
root=$(pwd)
passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $*"; }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }
finish() {
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
}

tmp=$(mktemp -d /tmp/swf-repro.XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$tmp"' EXIT
copy=$tmp/another/place/swf-cancel-rebuilt

# The tree as it stands (tracked and new files, not what git ignores), plus
# any BearSSL tarball the user put in vendor/.
mkdir -p "$copy"
if [ -d .git ] && command -v git >/dev/null; then
	git ls-files -z --cached --others --exclude-standard |
		tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$copy"
else
	tar --exclude=./build --exclude="./$DIST" --exclude=./.git -cf - . |
		tar -xf - -C "$copy"
fi
for f in vendor/*.tar.gz vendor/*.tar.xz; do
	[ -f "$f" ] && cp "$f" "$copy/vendor/"
done
[ -f "$copy/Makefile" ] && ok "tree copied to $copy" || { bad "copy failed"; finish; }

echo "repro: make dist in $copy (DIST_ARCHS=$DIST_ARCHS)"
(
	cd "$copy" && umask 077 &&
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u ARCH -u BUILD \
		TZ=Asia/Kathmandu LC_ALL=C.UTF-8 \
		make dist DIST_ARCHS="$DIST_ARCHS" DIST_BUILD=out \
		SOURCE_DATE_EPOCH="$SOURCE_DATE_EPOCH"
) > "$tmp/build.log" 2>&1
rc=$?
if [ $rc -eq 0 ]; then ok "second build"; else
	bad "second build failed (exit $rc)"; tail -n 30 "$tmp/build.log"; finish
fi

for a in $DIST_ARCHS; do
	name=swf-cancel-$VERSION-linux-$a
	mine=$DIST/$name theirs=$copy/dist/$name
	if [ ! -f "$mine" ] || [ ! -f "$theirs" ]; then
		bad "$name missing ($mine or $theirs)"
		continue
	fi
	if cmp -s "$mine" "$theirs"; then ok "$name identical"; else
		bad "$name differs: $(sha256sum "$mine" | cut -c1-16) vs $(sha256sum "$theirs" | cut -c1-16)"
	fi
	# no build path in the binaries
	for p in "$root" "$copy" "$tmp"; do
		if grep -qaF "$p" "$theirs" || grep -qaF "$p" "$mine"; then
			bad "$name holds the path $p"
		else ok "$name holds no $p"; fi
	done
	[ "$(stat -c %Y "$mine")" = "$SOURCE_DATE_EPOCH" ] && ok "$name dated SOURCE_DATE_EPOCH" ||
		bad "$name mtime $(stat -c %Y "$mine"), want $SOURCE_DATE_EPOCH"
done
if cmp -s "$DIST/SHA256SUMS" "$copy/dist/SHA256SUMS"; then ok "SHA256SUMS identical"; else
	bad "SHA256SUMS differ"; diff "$DIST/SHA256SUMS" "$copy/dist/SHA256SUMS"
fi
(cd "$DIST" && sha256sum --quiet -c SHA256SUMS) && ok "SHA256SUMS verifies" ||
	bad "SHA256SUMS does not match the files"
[ "$(wc -l < "$DIST/SHA256SUMS")" -eq "$(echo $DIST_ARCHS | wc -w)" ] &&
	ok "one checksum per target" || bad "SHA256SUMS: $(cat "$DIST/SHA256SUMS")"
finish
