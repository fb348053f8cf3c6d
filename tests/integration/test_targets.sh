#!/bin/sh
# test_targets.sh - the binary is built for the CPU it was asked for, with
# the BearSSL code that suits that CPU; ARCH=... picks the right compiler,
# build directory and bootstrap lists; the bootstrap adds a dpkg
# architecture only for a foreign target, and says so when Debian has no
# musl for it.
#
# Environment: BUILD (build directory), SWF_ARCH (target CPU; default this
# machine's), SWF_RUNNER (emulator for a foreign CPU).
set -u
BUILD=${BUILD:-build}
passed=0 failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }
check() { # DESCRIPTION COMMAND... : the command must succeed
	what=$1; shift
	if "$@"; then ok; else bad "$what"; fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

host_arch() {
	case "$(dpkg --print-architecture 2>/dev/null || uname -m)" in
	amd64|x86_64) echo x86_64 ;; arm64|aarch64) echo aarch64 ;;
	armhf|armv7l) echo armhf ;; i386|i686) echo i386 ;; *) uname -m ;;
	esac
}
arch=${SWF_ARCH:-$(host_arch)}
bin=$BUILD/swf-cancel

# make check-sanitize (mk/sanitize.mk) builds no target binary: clang with
# ASan+UBSan, dynamic against glibc.  What this file checks is the
# product's build (make check); here only that the sanitizers are in.
if [ "${SWF_SANITIZED:-}" = 1 ]; then
	case $(readelf -lW "$bin" 2>&1) in *INTERP*) ok ;; *) bad "$bin is static" ;; esac
	grep -q AddressSanitizer "$bin" && ok || bad "$bin has no ASan runtime"
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
fi

# --- the binary: CPU, ABI, static --------------------------------------------
case $arch in
x86_64)  class=ELF64 machine='Advanced Micro Devices X86-64' bits=64 x86=1 ;;
aarch64) class=ELF64 machine='AArch64' bits=64 x86=0 ;;
armhf)   class=ELF32 machine='ARM' bits=32 x86=0 ;;
i386)    class=ELF32 machine='Intel 80386' bits=32 x86=1 ;;
riscv64) class=ELF64 machine='RISC-V' bits=64 x86=0 ;;
*) bad "unknown target '$arch'"; echo "$passed passed, $failed failed"; exit 1 ;;
esac

hdr=$(readelf -h "$bin" 2>&1)
field() { printf '%s\n' "$hdr" | sed -n "s/^ *$1: *//p"; }
[ "$(field Class)" = "$class" ] && ok || bad "$bin: class $(field Class), want $class"
[ "$(field Machine)" = "$machine" ] && ok ||
	bad "$bin: machine $(field Machine), want $machine"
progs=$(readelf -lW "$bin" 2>&1)
case $progs in *INTERP*|*DYNAMIC*) bad "$bin is not static" ;; *) ok ;; esac

if [ "$arch" = armhf ]; then
	# ARMv7-A, hard-float calling convention (VFP registers)
	attrs=$(readelf -A "$bin")
	case $attrs in *"Tag_CPU_arch: v7"*) ok ;; *) bad "armhf: not ARMv7: $attrs" ;; esac
	case $attrs in *"Tag_ABI_VFP_args: VFP registers"*) ok ;;
	*) bad "armhf: not hard-float" ;; esac
	case "$(field Flags)" in *hard-float*) ok ;; *) bad "armhf flags: $(field Flags)" ;; esac
fi

# The target's BearSSL: AES-NI code only on x86, i62 (64x64 multiplies)
# only on 64-bit CPUs.
syms=$(readelf -sW "$BUILD/libbearssl.a" 2>/dev/null |
	awk '$7 != "UND" && $4 == "FUNC" { print $8 }')
has() { printf '%s\n' "$syms" | grep -qx "$1"; }
[ -n "$syms" ] && ok || bad "no symbols read from $BUILD/libbearssl.a"
if [ $x86 = 1 ]; then
	has br_aes_x86ni_keysched_enc && ok || bad "x86 build without AES-NI code"
else
	has br_aes_x86ni_keysched_enc && bad "x86 intrinsics in a $arch build" || ok
fi
if [ $bits = 64 ]; then
	has br_rsa_i62_pkcs1_vrfy && ok || bad "64-bit build without i62 RSA"
else
	has br_rsa_i62_pkcs1_vrfy && bad "i62 RSA in a 32-bit build" || ok
fi

# What the binary links (its link map): AES-GCM in the constant-time code
# of the CPU's word size, plus AES-NI/PCLMUL (chosen at run time) on x86.
map=$bin.map
linked=$(sed -n '/^Linker script and memory map/,$p' "$map" 2>/dev/null |
	sed -n 's/^ \.text\.\(br_[a-z0-9_]*\).*/\1/p' | sort -u)
links() { printf '%s\n' "$linked" | grep -qx "$1"; }
[ -n "$linked" ] && ok || bad "no link map $map"
if [ $bits = 64 ]; then want=br_aes_ct64_ctr_run other=br_aes_ct_ctr_run
	gwant=br_ghash_ctmul64 gother=br_ghash_ctmul
else want=br_aes_ct_ctr_run other=br_aes_ct64_ctr_run
	gwant=br_ghash_ctmul gother=br_ghash_ctmul64
fi
links $want && ok || bad "$arch: $want not linked"
links $other && bad "$arch: $other linked" || ok
links $gwant && ok || bad "$arch: $gwant not linked"
links $gother && bad "$arch: $gother linked" || ok
if [ $x86 = 1 ]; then
	links br_aes_x86ni_ctr_run && ok || bad "x86: AES-NI CTR not linked"
else
	printf '%s\n' "$linked" | grep -q x86ni && bad "$arch: x86 code linked" || ok
fi

# It runs (under the emulator for a foreign CPU).
# shellcheck disable=SC2086 # the runner is a command with arguments
v=$(${SWF_RUNNER:-} "$bin" --version 2>&1)
case $v in swf-cancel/*) ok ;; *) bad "$bin --version: $v" ;; esac

# --- make: ARCH picks compiler, build directory, bootstrap lists -------------
# (a dry run in a scratch build directory, free of the calling make's flags)
mk() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u ARCH -u BUILD make -n -B "$@" 2>&1; }
cc_of() { # ARCH -> the wrapper cross.txt names for it
	awk -v a="$1" '$1 == a && $3 ~ /^musl-dev:/ { print $2 }' scripts/packages/cross.txt
}
host=$(host_arch)
for a in x86_64 aarch64 armhf i386 riscv64; do
	out=$(mk ARCH=$a BUILD="$tmp/b-$a" all)
	cc=$(cc_of $a)
	[ -n "$cc" ] && ok || bad "scripts/packages/cross.txt names no compiler for $a"
	if [ "$a" = "$host" ]; then
		case $out in *"bootstrap.sh base"*cross:*) bad "native $a asks for cross packages" ;;
		*"bootstrap.sh base"*) ok ;; *) bad "make ARCH=$a: no bootstrap: $out" ;; esac
		case $out in *"musl-gcc "*) ok ;; *) bad "make ARCH=$a does not use musl-gcc" ;; esac
	else
		case $out in *"bootstrap.sh base cross:$a"*) ok ;;
		*) bad "make ARCH=$a does not bootstrap cross:$a: $(printf '%s' "$out" | head -n 3)" ;; esac
		case $out in *"$cc "*) ok ;; *) bad "make ARCH=$a does not compile with $cc" ;; esac
	fi
	case $out in *"$tmp/b-$a/swf-cancel"*) ok ;; *) bad "make ARCH=$a: wrong output" ;; esac
done
# without ARCH: this machine's CPU into BUILD, no cross packages
out=$(mk BUILD="$tmp/native" all)
case $out in *"bootstrap.sh base"*cross:*) bad "plain make asks for cross packages" ;;
*"bootstrap.sh base"*) ok ;; *) bad "plain make: no bootstrap" ;; esac
# ARCH=aarch64 alone builds into build/aarch64
out=$(mk ARCH=arm64 all)
case $out in *"build/aarch64/swf-cancel"*) ok ;; *) bad "ARCH=arm64 does not build build/aarch64" ;; esac
out=$(mk ARCH=sparc all); rc=$?
[ $rc -ne 0 ] && case $out in *"unknown ARCH=sparc"*) true ;; *) false ;; esac && ok ||
	bad "ARCH=sparc not refused clearly: $out"
out=$(env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u BUILD ARCH=x86 make -n BUILD="$tmp/envarch" all 2>&1)
case $out in *"ignoring ARCH=x86"*"bootstrap.sh base"*) ok ;;
*) bad "a kernel-style ARCH=x86 in the environment is not ignored: $out" ;; esac
mkdir -p "$tmp/mixed" && echo armhf > "$tmp/mixed/.arch"
other=aarch64; [ "$host" = aarch64 ] && other=i386
out=$(mk ARCH=$other BUILD="$tmp/mixed" all); rc=$?
[ $rc -ne 0 ] && case $out in *"holds a build for armhf"*) true ;; *) false ;; esac && ok ||
	bad "a build directory of another CPU is not refused: $out"

# --- bootstrap: foreign architectures, only when asked for -------------------
mkdir -p "$tmp/bs/packages" "$tmp/stub"
cp scripts/bootstrap.sh "$tmp/bs/"
cat > "$tmp/bs/packages/t.txt" <<'EOF'
sh present-pkg
EOF
cat > "$tmp/bs/packages/cross.txt" <<'EOF'
zz  no-such-command-zz    musl-dev:zzarch
zz  no-such-command-zz2   qemu-user-static
yy  sh                    musl-dev:yyarch
EOF
for c in dpkg apt-get apt-cache; do
	cat > "$tmp/stub/$c" <<EOF
#!/bin/sh
echo "$c \$*" >> "$tmp/calls"
case "$c \$1" in
"dpkg --print-architecture") echo amd64 ;;
"dpkg --print-foreign-architectures") cat "$tmp/foreign" 2>/dev/null ;;
"apt-cache policy") echo "\$2:"; echo "  Candidate: \$(cat "$tmp/candidate")" ;;
esac
exit 0
EOF
	chmod +x "$tmp/stub/$c"
done
bs() { : > "$tmp/calls"; PATH="$tmp/stub:$PATH" sh "$tmp/bs/bootstrap.sh" "$@" 2>"$tmp/err"; }
calls() { cat "$tmp/calls"; }

echo 1.0 > "$tmp/candidate"
bs t && [ ! -s "$tmp/calls" ] && ok || bad "bootstrap with nothing missing ran: $(calls)"
bs cross:yy && [ ! -s "$tmp/calls" ] && ok ||
	bad "bootstrap of a present cross target ran: $(calls)"
: > "$tmp/foreign"
if bs t cross:zz; then ok; else bad "bootstrap cross:zz failed: $(cat "$tmp/err")"; fi
[ "$(grep -c 'dpkg --add-architecture zzarch' "$tmp/calls")" = 1 ] && ok ||
	bad "foreign architecture not added once: $(calls)"
grep -q 'yyarch' "$tmp/calls" && bad "a target not asked for was bootstrapped" || ok
awk '/add-architecture/ { a = NR } /apt-get update/ { u = NR }
	/apt-get install/ { i = NR } END { exit !(a && u > a && i > u) }' "$tmp/calls" &&
	ok || bad "not: add architecture, update, install: $(calls)"
grep -q 'apt-get install .*musl-dev:zzarch.*qemu-user-static' "$tmp/calls" && ok ||
	bad "packages not installed: $(calls)"
echo zzarch > "$tmp/foreign"
bs cross:zz && ! grep -q 'add-architecture\|apt-get update' "$tmp/calls" && ok ||
	bad "an architecture already there was added again: $(calls)"
: > "$tmp/foreign"
echo '(none)' > "$tmp/candidate"
if bs cross:zz; then bad "bootstrap succeeded without musl for the target"; else ok; fi
grep -q 'has no package musl-dev:zzarch' "$tmp/err" && ok ||
	bad "no clear message: $(cat "$tmp/err")"
grep -q 'dpkg --remove-architecture zzarch' "$tmp/calls" && ok ||
	bad "the architecture added for nothing was not removed: $(calls)"
grep -q 'apt-get install' "$tmp/calls" && bad "installed anyway" || ok
bs cross:nosuch && bad "an unknown cross target was accepted" || ok

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
