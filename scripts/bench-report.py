#!/usr/bin/env python3
"""bench-report.py RESULTS-DIR OUT.md - write BENCHMARKS.md from the raw
results scripts/bench.sh collected (hyperfine JSON, peakmem, callgrind,
ulimit -v bisection, strace, link map, nm, smaps/pagemap at exit).

Every figure in the report comes from RESULTS-DIR; the prose around them
is chosen by what the figures say.  Standard library only.
"""
import bisect
import json
import os
import re
import statistics
import sys

R, OUT = sys.argv[1], sys.argv[2]


def read(name, default=""):
    try:
        with open(os.path.join(R, name), encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return default


meta = dict(l.split("=", 1) for l in read("meta").splitlines() if "=" in l)
subjects = []
for line in read("subjects").splitlines():
    label, measures, desc, cmd = line.split("|", 3)
    subjects.append((label, measures, desc, cmd))
ALL = [s[0] for s in subjects]
# the table's rows: everything timed
LABELS = [s[0] for s in subjects if "T" in s[1]]
DESC = {s[0]: s[2] for s in subjects}
HAVE_CLI = "cli-1ca" in LABELS

# ---- raw figures --------------------------------------------------------------
times = {}        # label -> [seconds]
cpu = {}          # label -> [(user+system) mean per round, weight]
for fn in sorted(os.listdir(R)):
    if not (fn.startswith("time-") and fn.endswith(".json")):
        continue
    with open(os.path.join(R, fn)) as f:
        for res in json.load(f)["results"]:
            label = res["command"]
            times.setdefault(label, []).extend(res["times"])
            cpu.setdefault(label, []).append(
                ((res["user"] + res["system"]), len(res["times"])))


def median_ms(label):
    t = times.get(label)
    return statistics.median(t) * 1e3 if t else None


def cpu_ms(label):
    c = cpu.get(label)
    if not c:
        return None
    return sum(v * n for v, n in c) / sum(n for _, n in c) * 1e3


def rss_kib(label):
    v = [int(m) for m in re.findall(r"VmHWM:\s*(\d+)", read("rss-" + label))]
    return statistics.median(v) if v else None


def num(name):
    s = read(name).strip()
    return int(s) if s.isdigit() else None


def ir(label):
    return num("ir-" + label)


def asfloor(label):
    return num("as-" + label)


def strace_counts(label):
    """{syscall: calls}, total calls."""
    out, total = {}, None
    for line in read("strace-" + label).splitlines():
        f = line.split()
        if len(f) >= 5 and re.match(r"^[\d.]+$", f[0]) and f[-1] != "total":
            try:
                out[f[-1]] = int(f[3])
            except ValueError:
                pass
        elif f and f[-1] == "total" and len(f) >= 4:
            total = int(f[3])
    return out, total


sizes = {}
for line in read("sizes").splitlines():
    k, v = line.split()
    sizes[k] = int(v)

tls = {}
for line in read("tls").splitlines():
    f = line.split()
    if len(f) >= 4:
        tls[f[0]] = (f[1], f[2], f[3])   # protocol, cipher, curve


# ---- formatting ------------------------------------------------------------------
def fms(v):
    if v is None:
        return "—"
    return "%.1f" % v if v >= 10 else "%.2f" % v


def fkib(v):
    if v is None:
        return "—"
    if v >= 10240:
        return "%.1f MiB" % (v / 1024)
    return "%d KiB" % v


def fbytes(v):
    if v is None:
        return "—"
    if v >= 10 * 1048576:
        return "%.1f MiB" % (v / 1048576)
    return "%.1f KiB" % (v / 1024)


def fir(v):
    if v is None:
        return "—"
    if v >= 1e9:
        return "%.2f G" % (v / 1e9)
    if abs(v) < 1e5:
        return "%.0f k" % (v / 1e3)
    return "%.1f M" % (v / 1e6)


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def fx(v):
    if v is None:
        return "—"
    if v < 0.1:
        return "%.2fx" % v
    return "%.0fx" % v if v >= 10 else "%.1fx" % v


# ---- the link map: address -> object, object -> bytes ---------------------------
def parse_map(text):
    """Input sections: list of (addr, size, section, object)."""
    secs = []
    lines = text.splitlines()
    try:
        start = next(i for i, l in enumerate(lines)
                     if l.startswith("Linker script and memory map"))
    except StopIteration:
        return secs
    pending = None
    rx_full = re.compile(r"^ (\.\S+)\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*)$")
    rx_name = re.compile(r"^ (\.\S+)\s*$")
    rx_cont = re.compile(r"^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*)$")
    for l in lines[start:]:
        m = rx_full.match(l)
        if m:
            secs.append((int(m.group(2), 16), int(m.group(3), 16), m.group(1),
                         m.group(4).strip()))
            pending = None
            continue
        m = rx_name.match(l)
        if m:
            pending = m.group(1)
            continue
        if pending:
            m = rx_cont.match(l)
            if m:
                secs.append((int(m.group(1), 16), int(m.group(2), 16), pending,
                             m.group(3).strip()))
            pending = None
    return [s for s in secs if s[1] > 0 and s[0] > 0]


MAP = parse_map(read("swf.map"))
MAP.sort()
MAP_ADDRS = [s[0] for s in MAP]


def obj_at(addr):
    i = bisect.bisect_right(MAP_ADDRS, addr) - 1
    if i >= 0 and MAP[i][0] <= addr < MAP[i][0] + MAP[i][1]:
        return MAP[i][3]
    return None


def short_obj(o):
    """'build/libswf.a(call.o)' -> ('swf', 'call.c'); BearSSL: ('bearssl',
    'ec_p256_m31'); musl: ('libc', name)."""
    if o is None:
        return ("other", "?")
    m = re.search(r"([^/()]+)\.a\(([^)]+)\)$", o)
    if m:
        lib, mem = m.group(1), m.group(2)
        base = re.sub(r"\.l?o$", "", mem)
        if lib == "libswf":
            return ("swf", base + ".c")
        if lib == "libbearssl":
            return ("bearssl", base)
        if lib == "libc":
            return ("libc", base)
        return ("other", lib + ":" + base)
    base = os.path.basename(o)
    if base in ("main.o", "anchors.o"):
        return ("swf", base[:-2] + ".c")
    if "musl" in o or base.startswith("crt"):
        return ("libc", base)
    return ("other", base)


# BearSSL's objects are named DIR_FILE.o (src/DIR/FILE.c).
def bearssl_part(name):
    d = name.split("_", 1)[0]
    f = name.split("_", 1)[1] if "_" in name else name
    return d, f


def category(o):
    kind, name = short_obj(o)
    if kind == "swf":
        if name == "truststore.c":
            return "trust store walk (truststore.c)"
        if name == "tls.c":
            return "TLS glue, certificate walker (tls.c)"
        if name in ("sha256.c", "sigv4.c"):
            return "SigV4 signing (sigv4.c, sha256.c)"
        return "rest of swf-cancel (CLI, config, HTTP, JSON)"
    if kind == "libc":
        return "libc (musl): startup, stdio, getaddrinfo"
    if kind != "bearssl":
        return "other"
    d, f = bearssl_part(name)
    if d == "ec":
        if "p256" in f:
            return "BearSSL ECDHE P-256 (ec_p256_m31)"
        if "c25519" in f:
            return "BearSSL ECDHE X25519 (ec_c25519_m31)"
        return "BearSSL EC, other"
    if d in ("rsa", "int"):
        return "BearSSL RSA verify (rsa_i62, i62/i31 bignum)"
    if d == "codec" and f == "ccopy":
        return "BearSSL br_ccopy (constant-time copy: EC tables)"
    if d in ("hash", "mac", "kdf") and not f.startswith("ghash"):
        return "BearSSL hashing (SHA-2 transcript, PRF, HMAC)"
    if d == "ssl" and (f.startswith("prf") or "prf" in f):
        return "BearSSL hashing (SHA-2 transcript, PRF, HMAC)"
    if d == "x509":
        return "BearSSL X.509 (x509_minimal, decoder)"
    if d == "symcipher" or f.startswith("ghash") or (d == "ssl" and "rec_" in f):
        return "BearSSL record encryption (AES-GCM)"
    if d == "ssl":
        return "BearSSL handshake engine (ssl_hs_client, ssl_engine)"
    if d == "rand":
        return "BearSSL RNG"
    return "BearSSL other (%s)" % d


# ---- nm: name -> address; sized symbols ----------------------------------------
SYM_ADDR = {}
SYMS = []   # (addr, size, type, name)
for line in read("swf.nm-addr").splitlines():
    f = line.split()
    if len(f) == 4:
        a, s, t, n = int(f[0], 16), int(f[1], 16), f[2], f[3]
        SYMS.append((a, s, t, n))
        SYM_ADDR.setdefault(n, a)
    elif len(f) == 3:
        SYM_ADDR.setdefault(f[2], int(f[0], 16))


# ---- callgrind profiles -----------------------------------------------------------
def profile(name):
    """[(ir, function)] from callgrind_annotate output."""
    out = []
    for line in read(name).splitlines():
        m = re.match(r"^\s*([\d,]+)\s+\([\s\d.]+%\)\s+(?:\S*:)?(\S+)", line)
        if m and "PROGRAM" not in line:
            v = int(m.group(1).replace(",", ""))
            fn = m.group(2)
            out.append((v, fn))
    return out


def by_category(prof):
    cats = {}
    for v, fn in prof:
        a = SYM_ADDR.get(fn)
        if a is None and fn.startswith("0x"):
            a = int(fn, 16)
        cats[category(obj_at(a) if a is not None else None)] = \
            cats.get(category(obj_at(a) if a is not None else None), 0) + v
    return sorted(cats.items(), key=lambda kv: -kv[1])


def fn_origin(fn):
    a = SYM_ADDR.get(fn)
    if a is None:
        return ""
    kind, name = short_obj(obj_at(a))
    return name if kind != "libc" else "libc"


# ---- figures ----------------------------------------------------------------------
M = {l: median_ms(l) for l in ALL}
C = {l: cpu_ms(l) for l in ALL}
RSS = {l: rss_kib(l) for l in ALL}
IR = {l: ir(l) for l in ALL}
AS = {l: asfloor(l) for l in ALL}
SC = {l: strace_counts(l) for l in ALL}
for extra in ("swf-1ca-u", "swf-sys-u", "floor-call-u", "floor-x25519-u"):
    IR[extra] = ir(extra)

bin_size = sizes.get("swf-1ca")
static = read("static").strip() == "static"
stripped = read("stripped").strip() == "stripped"

t_curl1 = ratio(M.get("curl-1ca"), M.get("swf-1ca"))
t_curls = ratio(M.get("curl-sys"), M.get("swf-sys"))
t_cli = ratio(M.get("cli-1ca"), M.get("swf-1ca"))
ir_ratio = ratio(IR.get("swf-sys"), IR.get("swf-1ca"))
v1024 = {l: read("v1024-" + l).strip() for l in ("swf-1ca", "swf-sys")}

targets = [
    ("at least 5x faster than curl --aws-sigv4, one-certificate bundle",
     fx(t_curl1), t_curl1 is not None and t_curl1 >= 5),
    ("at least 10x faster than curl --aws-sigv4, system bundle",
     fx(t_curls), t_curls is not None and t_curls >= 10),
    ("at least 200x faster than AWS CLI v1",
     fx(t_cli) if HAVE_CLI else "not measured: AWS CLI v1 not installed",
     (t_cli is not None and t_cli >= 200) if HAVE_CLI else None),
    ("peak RSS at most 256 KiB, one-certificate bundle",
     fkib(RSS.get("swf-1ca")), (RSS.get("swf-1ca") or 1e9) <= 256),
    ("peak RSS at most 256 KiB, system bundle",
     fkib(RSS.get("swf-sys")), (RSS.get("swf-sys") or 1e9) <= 256),
    ("binary at most 160 KiB, static and stripped",
     "%s, %s, %s" % (fbytes(bin_size), "static" if static else "DYNAMIC",
                     "stripped" if stripped else "NOT stripped"),
     bin_size is not None and bin_size <= 160 * 1024 and static and stripped),
    ("instructions, system bundle / one certificate at most 1.3x",
     "%.2fx" % ir_ratio if ir_ratio else "—",
     ir_ratio is not None and ir_ratio <= 1.3),
    ("runs under ulimit -v 1024 (both bundles)",
     "floor %s / %s KiB" % (AS.get("swf-1ca"), AS.get("swf-sys")),
     v1024.get("swf-1ca") == "ok" and v1024.get("swf-sys") == "ok"),
]
met = sum(1 for t in targets if t[2])
counted = sum(1 for t in targets if t[2] is not None)

# ---- report --------------------------------------------------------------------------
o = []
w = o.append


def para(*lines):
    w(" ".join(lines))
    w("")


w("# Benchmarks")
w("")
para("Written by `make bench` (`scripts/bench.sh`, then",
     "`scripts/bench-report.py`); do not edit by hand, run it again.  One run",
     "on one machine: every figure below comes from that run, and the prose",
     "around them is chosen by what they say.  Raw results stay in",
     "`build/bench/`.")
w("- Date: %s; source: %s" % (meta.get("date"), meta.get("git")))
w("- Machine: %s, %s cores, %s; CPU features BearSSL can use: %s" % (
    meta.get("cpu"), meta.get("cores"), meta.get("mem"),
    meta.get("flags", "").strip()))
w("- %s, %s; load average at start: %s (other work on the machine); timed "
  "runs and nginx at %s" % (
      meta.get("os"), meta.get("kernel"), meta.get("load"),
      "SCHED_FIFO priority (`%s`)" % meta["rt"] if meta.get("rt", "none") != "none"
      else "normal priority"))
w("- Endpoint: %s (Debian nginx-light) on 127.0.0.1, TLS 1.2 and 1.3, "
  "RSA-2048 chain leaf <- intermediate (sent) <- test root, as AWS "
  "endpoints have; answers `{}` to the POST" % meta.get("nginx"))
w("- Request: the same RespondActivityTaskCanceled call (task token of %s "
  "characters, %s-byte JSON body), SigV4-signed by each client" % (
      meta.get("token_len"), meta.get("body_len")))
w("- Bundles: *one certificate* = the test root alone; *system* = Debian's "
  "ca-certificates bundle with the test root appended last (%s certificates, "
  "%s bytes), given with `--ca-bundle` / `--cacert`" % (
      meta.get("bundle_certs"), meta.get("bundle_bytes")))
w("- Compared: %s; %s; %s" % (meta.get("curl", "").split(" (")[0],
                             meta.get("aws"), meta.get("openssl")))
w("- Tools: %s (median of %s runs in %s rounds, 3 warm-ups a round; the "
  "CLI: %s runs), %s, peakmem (VmHWM at exit under ptrace), strace" % (
      meta.get("hyperfine"), meta.get("runs"), meta.get("rounds"),
      meta.get("cli_runs"), meta.get("valgrind")))
w("")

# ---- results table
w("## Results")
w("")
w("| command | median wall | CPU (user+sys) | peak RSS | on disk | instructions "
  "| `ulimit -v` floor | syscalls | median vs swf-cancel |")
w("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
REF = {"curl-1ca": "swf-1ca", "curl-sys": "swf-sys", "cli-1ca": "swf-1ca"}
for l in LABELS:
    if l in ("swf-1ca", "swf-sys"):
        rs = "1x"
    else:
        rs = fx(ratio(M.get(l), M.get(REF.get(l, "swf-1ca"))))
    disk_s = fbytes(sizes.get(l))
    if l.startswith("curl"):
        disk_s += " with its libraries"
    elif l.startswith("cli"):
        disk_s += " (awscli + botocore, without Python)"
    w("| %s | %s ms | %s ms | %s | %s | %s | %s | %s | %s |" % (
        DESC[l], fms(M.get(l)), fms(C.get(l)), fkib(RSS.get(l)), disk_s,
        fir(IR.get(l)), fkib(AS.get(l)) if AS.get(l) else "—",
        SC[l][1] if SC[l][1] is not None else "—", rs))
w("")
para("Ratios compare each client with swf-cancel on the same bundle (the CLI",
     "with one certificate).  The floors: an empty static program (what any",
     "process costs here), and a bare BearSSL client",
     "(`tests/bench/hsfloor.c`, the same `libbearssl.a` and TLS profile as",
     "swf-cancel) that connects to 127.0.0.1, completes the handshake",
     "verifying the chain against one DER anchor and, in the second line,",
     "sends the same request in one write and reads the response; nothing",
     "else (no argument parsing, name lookup, config files, PEM, SigV4).")
w("Negotiated, from nginx's log:")
w("")
w("| client | protocol | cipher suite | key exchange |")
w("|---|---|---|---|")
for k in ("swf-1ca", "curl-1ca", "cli-1ca", "floor-call", "floor-x25519", "floor-p256",
          "floor-fixed"):
    if k in tls:
        w("| %s | %s | %s | %s |" % ((DESC.get(k, k),) + tls[k]))
w("")

# ---- targets
w("## Targets")
w("")
w("| target | this run | met |")
w("|---|---|---|")
for name, val, ok in targets:
    w("| %s | %s | %s |" % (name, val, "—" if ok is None else "yes" if ok else "**no**"))
w("")
w("%d of %d targets met." % (met, counted))
w("")

# ---- where the time goes
w("## Where the time goes")
w("")


def d(a, b):
    return None if a is None or b is None else a - b


budget = [
    ("start and exit of a static program", M.get("floor-exec"), C.get("floor-exec"),
     "floor: empty program"),
    ("TLS handshake, chain verified (BearSSL, this server)",
     d(M.get("floor-hs"), M.get("floor-exec")), d(C.get("floor-hs"), C.get("floor-exec")),
     "floor handshake - empty program"),
    ("request and response over TLS", d(M.get("floor-call"), M.get("floor-hs")),
     d(C.get("floor-call"), C.get("floor-hs")), "floor call - floor handshake"),
    ("swf-cancel's own work", d(M.get("swf-1ca"), M.get("floor-call")),
     d(C.get("swf-1ca"), C.get("floor-call")), "swf-cancel - floor call"),
    ("**swf-cancel, one certificate**", M.get("swf-1ca"), C.get("swf-1ca"), ""),
    ("the system bundle's walk", d(M.get("swf-sys"), M.get("swf-1ca")),
     d(C.get("swf-sys"), C.get("swf-1ca")), "system - one certificate"),
]
if M.get("swf-1ca"):
    para("Wall time of one call, step by step (differences of medians; a",
         "step within a few tenths of a millisecond of zero is within the noise):")
    w("| step | wall | client CPU | from |")
    w("|---|--:|--:|---|")
    for name, wall, cpu_, how in budget:
        w("| %s | %s ms | %s ms | %s |" % (name, fms(wall), fms(cpu_), how))
    w("")
    srv = d(d(M.get("floor-call"), M.get("floor-exec")),
            d(C.get("floor-call"), C.get("floor-exec")))
    if srv is not None:
        para("In the floor call the client computes for %s ms of its %s ms;" % (
            fms(d(C.get("floor-call"), C.get("floor-exec"))),
            fms(d(M.get("floor-call"), M.get("floor-exec")))),
             "the other ~%s ms is the server (its RSA-2048 signature and" % fms(srv),
             "ECDHE) and the three round trips, which no client removes.  So the",
             "client's instructions, below, are what is left to cut.")

p1 = profile("profile-swf-1ca")
ps = profile("profile-swf-sys")
tot1 = IR.get("swf-1ca-u") or (sum(v for v, _ in p1) if p1 else None)
if p1:
    para("Instructions of swf-cancel with the one-certificate bundle, %s in all" % fir(tot1),
         "(callgrind on an unstripped link of the same objects), by component:")
    w("| component | instructions | share |")
    w("|---|--:|--:|")
    for cat, v in by_category(p1):
        if v * 500 >= tot1:
            w("| %s | %s | %.1f%% |" % (cat, fir(v), 100.0 * v / tot1))
    w("")
    w("Hottest functions:")
    w("")
    w("| function | from | instructions | share |")
    w("|---|---|--:|--:|")
    for v, fn in p1[:12]:
        w("| `%s` | %s | %s | %.1f%% |" % (fn, fn_origin(fn), fir(v), 100.0 * v / tot1))
    w("")
pin = profile("profile-incl-swf-1ca")
if pin and tot1:
    own = []
    for v, fn in pin:
        a = SYM_ADDR.get(fn)
        if a is None or short_obj(obj_at(a))[0] != "swf":
            continue
        if v * 5 > tot1:      # drivers: main, call_run, tls_connect, ...
            continue
        own.append((v, fn))
    if own:
        para("swf-cancel's own functions by inclusive cost (with the libc and",
             "BearSSL they call; the drivers above 20% of the total, such as",
             "`main` and the TLS loop, left out), one certificate:")
        w("| function | file | instructions, inclusive | share |")
        w("|---|---|--:|--:|")
        for v, fn in own[:10]:
            if v * 1000 < tot1:
                break
            w("| `%s` | %s | %s | %.1f%% |" % (fn, fn_origin(fn), fir(v), 100.0 * v / tot1))
        w("")
if ps and p1:
    tots = IR.get("swf-sys-u") or sum(v for v, _ in ps)
    d1 = dict((fn, v) for v, fn in p1)
    diff = sorted(((v - d1.get(fn, 0), fn) for v, fn in ps), reverse=True)
    extra = tots - tot1
    para("With the system bundle: %s instructions, %s more (%.2fx); the" % (
        fir(tots), fir(extra), tots / tot1),
         "difference by function (the PEM walk of the %s-byte bundle):" % meta.get("bundle_bytes"))
    w("| function | from | extra instructions |")
    w("|---|---|--:|")
    for v, fn in diff[:6]:
        if v > extra / 50:
            w("| `%s` | %s | %s |" % (fn, fn_origin(fn), fir(v)))
    w("")

fc, fx255, fp256 = IR.get("floor-call"), IR.get("floor-x25519"), IR.get("floor-p256")
swf_curve = tls.get("swf-1ca", ("", "", ""))[2]
px = profile("profile-floor-x25519")
mm_ir = sum(v for v, fn in px if fn == "montymul")
mm_calls = None
m = re.search(r"\(([\d,]+)x\)[^\n]*\n[^\n]*\*\s+\S*montymul", read("tree-floor-x25519"))
if m:
    mm_calls = int(m.group(1).replace(",", ""))
w("### The floor, and what BearSSL 0.6 leaves on the table")
w("")
notes = []
if fc and IR.get("swf-1ca"):
    notes.append("swf-cancel runs %s instructions, %.2fx the floor call's %s: "
                 "%s for all that is not TLS." % (
                     fir(IR["swf-1ca"]), IR["swf-1ca"] / fc, fir(fc),
                     fir(IR["swf-1ca"] - fc)))
if fx255 and fp256:
    t = ("Key exchange: offering X25519 only, the floor call runs %s "
         "instructions; offering P-256 only, %s (%s more" % (
             fir(fx255), fir(fp256), fir(fp256 - fx255)))
    if M.get("floor-x25519") and M.get("floor-call"):
        t += "; %s ms of wall time: %s against %s" % (
            fms(M["floor-call"] - M["floor-x25519"]), fms(M["floor-x25519"]),
            fms(M["floor-call"]))
    t += ")."
    if "prime256v1" in swf_curve:
        t += (" swf-cancel gets **P-256** here.  BearSSL 0.6 means to offer "
              "X25519 first, but `ssl_hs_client.t0` tests the loop counter "
              "instead of the curve mask (`supported-curves 0 dup 0x20000000 "
              "and if`), so the list goes out in increasing ID order, "
              "secp256r1 (23) first, and a server that follows the client's "
              "order (OpenSSL's default, so nginx's) picks P-256, whose "
              "`ec_p256_m31` code is the `mul_f256`/`square_f256`/`br_ccopy` "
              "lines above.  The fix moves the literal `0` after the "
              "`if ... then` block: in the generated `ssl_hs_client.c` a "
              "rotation of 22 bytecode bytes with no jump to adjust, which "
              "`vendor/bearssl-curve-order.py` does (checking the bytes "
              "first); this build of BearSSL was made without it.")
        ff = tls.get("floor-fixed", ("", "", ""))[2]
        if ff:
            t += (" The floor client linked with the fixed `ssl_hs_client.c` "
                  "and offering every curve gets **%s** from this server: %s "
                  "instructions, %s ms; P-256 stays in the list for servers "
                  "without X25519." % (ff, fir(IR.get("floor-fixed")),
                                      fms(M.get("floor-fixed"))))
    elif "X25519" in swf_curve:
        t += (" swf-cancel gets **X25519** here: BearSSL 0.6 means to offer "
              "it first, but `ssl_hs_client.t0` tests the loop counter "
              "instead of the curve mask (`supported-curves 0 dup 0x20000000 "
              "and if`) and sends the list in increasing ID order, "
              "secp256r1 (23) first, which a server following the client's "
              "order (OpenSSL's default, so nginx's) takes.  The build fixes "
              "that in the fetched source (`vendor/bearssl-curve-order.py`, "
              "a rotation of 22 bytecode bytes in the generated "
              "`ssl_hs_client.c`, checked first); P-256 stays in the list for "
              "servers without X25519.")
    notes.append(t)
if mm_ir and fx255:
    t = ("RSA: the chain costs three RSA-2048 verifications (two "
         "certificates, the ServerKeyExchange); BearSSL's `montymul` runs %s "
         "instructions, %.0f%% of the X25519 floor" % (fir(mm_ir), 100.0 * mm_ir / fx255))
    if mm_calls:
        per = mm_calls / 3.0
        save = mm_ir * (1 - 51.0 / mm_calls) if mm_calls > 51 else 0
        t += (", in %d Montgomery multiplications, %.0f a signature: "
              "`br_i62_modpow_opt` runs a constant-time 5-bit window over all "
              "24 bits of e = 65537, where 16 squarings and 1 multiplication "
              "suffice (public exponent, nothing secret).  swf-cancel "
              "verifies with its own variable-time code instead (`src/rsa.c`,"
              " square-and-multiply over e, tested against BearSSL's), "
              "~%s instructions fewer than the floor's" % (
                  mm_calls, per, fir(save)))
    alts = [(r, IR.get("floor-rsa-" + r)) for r in ("i31", "i32", "i15")]
    alts = [(r, v) for r, v in alts if v]
    if alts:
        t += ".  The other RSA codes are slower: %s, against %s with i62" % (
            ", ".join("%s %s" % (r, fir(v)) for r, v in alts), fir(fx255))
    notes.append(t + ".")
notes.append("BearSSL 0.6 has no 64-bit (m62/m64) elliptic-curve code; "
             "`ec_all_m31` (with `ec_c25519_m31`, `ec_p256_m31`) is its "
             "fastest, and what the floor client runs.  swf-cancel does "
             "X25519 with its own 64-bit code on 64-bit CPUs (`src/x25519.c`:"
             " constant time, 51-bit limbs, tested against RFC 7748 and "
             "BearSSL's), which is why it can run below the floor; P-256 "
             "and ECDSA stay BearSSL's.  AES-NI and PCLMUL are picked at run time "
             "from one CPUID (`src/tls.c`; BearSSL's `br_ssl_engine_set_"
             "default_aes_gcm()` and RNG seeder ask three times, two CPUIDs "
             "each, and a virtual machine may trap every CPUID: 5 to 7 us "
             "each on this one), and record encryption is a negligible "
             "share for a call this small.")
for n in notes:
    w("- " + n)
w("")
if M.get("curl-1ca") and M.get("floor-call"):
    need1 = M["curl-1ca"] / 5
    needs = M["curl-sys"] / 10 if M.get("curl-sys") else None
    needc = M["cli-1ca"] / 200 if M.get("cli-1ca") else None
    t = ("What the speed targets ask: 5x curl with one certificate is %s ms "
         "or less" % fms(need1))
    if needs:
        t += ", 10x curl with the system bundle %s ms" % fms(needs)
    if needc:
        t += ", 200x the CLI %s ms" % fms(needc)
    t += (".  The bare BearSSL floor call takes %s ms as it negotiates here "
          "(P-256)" % fms(M["floor-call"]) if "prime256v1" in swf_curve else
          ".  The bare BearSSL floor call takes %s ms" % fms(M["floor-call"]))
    if M.get("floor-x25519"):
        t += " and %s ms with X25519" % fms(M["floor-x25519"])
    t += "; the empty program alone, %s ms." % fms(M.get("floor-exec"))
    if M.get("swf-1ca") and M["swf-1ca"] > need1:
        t += (" swf-cancel takes %s ms: what is left above the 5x-curl mark "
              "is mostly the server's RSA-2048 signature and ECDHE and the "
              "round trips (the client computes for %s ms of it)." % (
                  fms(M["swf-1ca"]), fms(C.get("swf-1ca"))))
    para(t)

def wire(name):
    """Socket I/O in order, as runs of sends and receives, and the files
    opened.  The socket is the fd socket() returned, until it is closed."""
    seq, opens, sock = [], {}, None
    for line in read(name).splitlines():
        line = re.sub(r"^\d+\s+", "", line)
        m = re.match(r"^socket\(.*= (\d+)", line)
        if m:
            sock = m.group(1)
            continue
        m = re.match(r"^close\((\d+)\)", line)
        if m and m.group(1) == sock:
            sock = None
            continue
        m = re.match(r"^(sendto|recvfrom|write|read|sendmsg|recvmsg)\((\d+),.*= (-?\d+)", line)
        if m and m.group(2) == sock:
            op = "send" if m.group(1) in ("sendto", "write", "sendmsg") else "recv"
            n = int(m.group(3))
            seq.append((op, n if n >= 0 else "EAGAIN"))
            continue
        m = re.match(r'^(?:open|openat)\((?:AT_FDCWD, )?"([^"]+)"', line)
        if m:
            opens[m.group(1)] = opens.get(m.group(1), 0) + 1
    runs = []
    for op, n in seq:
        if runs and runs[-1][0] == op:
            runs[-1][1].append(n)
        else:
            runs.append((op, [n]))
    return runs, opens


# ---- syscalls
w("## Syscalls")
w("")
s1, t1 = SC.get("swf-1ca", ({}, None))
ss, ts = SC.get("swf-sys", ({}, None))
sf, tf = SC.get("floor-call", ({}, None))
if s1:
    names = sorted(set(s1) | set(ss) | set(sf), key=lambda n: (-s1.get(n, 0), n))
    w("`strace -c -f`, calls per run:")
    w("")
    w("| syscall | swf-cancel, one certificate | swf-cancel, system bundle | floor call |")
    w("|---|--:|--:|--:|")
    for n in names:
        w("| %s | %s | %s | %s |" % (n, s1.get(n, ""), ss.get(n, ""), sf.get(n, "")))
    w("| **total** | **%s** | **%s** | **%s** |" % (t1, ts, tf))
    w("")
    others = "; ".join("%s: %s" % (DESC[l], SC[l][1]) for l in LABELS
                       if (l.startswith("curl") or l.startswith("cli")) and SC[l][1])
    if others:
        para("For comparison, %s." % others)
    if ss.get("read") and s1.get("read"):
        para("The system bundle adds %d `read` calls of 4 KiB (the scan's" % (
            ss["read"] - s1["read"]),
             "buffer); a larger buffer, or reading the bundle while the server",
             "computes its first flight, would take them off the critical path.")
for label in ("swf-1ca", "floor-call"):
    runs, opens = wire("trace-" + label)
    if not runs:
        continue
    txt = " | ".join("%s %s" % (op, "+".join(str(n) for n in ns)) for op, ns in runs)
    w("Socket I/O of %s, in order (bytes per call): `%s`" % (DESC[label], txt))
    w("")
    if label != "swf-1ca":
        continue
    dup = {p: n for p, n in opens.items() if n > 1}
    w("Files opened: %s." % (", ".join(
        "`%s` x%d" % (os.path.basename(p) if "/tmp" in p else p, n)
        for p, n in sorted(opens.items())) if opens else "none"))
    w("")
    fnd = []
    bundle_dup = {p: n for p, n in dup.items() if p.endswith(".pem")}
    other_dup = {p: n for p, n in dup.items() if p not in bundle_dup}
    if other_dup:
        fnd.append("the same file is opened more than once (%s): each config "
                   "file should be read once per run" % ", ".join(
                       "`%s` %d times" % (os.path.basename(p) if "/tmp" in p else p, n)
                       for p, n in other_dup.items()))
    if bundle_dup:
        fnd.append("the CA bundle is opened %s: the second open fetches the "
                   "anchor the chain names (the trust store keeps an index, "
                   "not the certificates), and costs little" % ", ".join(
                       "%d times" % n for n in bundle_dup.values()))
    if s1.get("fcntl"):
        fnd.append("%d `fcntl(F_SETFD, FD_CLOEXEC)`: musl adds one after "
                   "each `open(O_CLOEXEC)`, its own included (`/etc/hosts` "
                   "in the name lookup); swf-cancel's files are opened "
                   "with `openat()`, which does not" % s1["fcntl"])
    sends = [ns for op, ns in runs if op == "send"]
    if len(sends) >= 2 and len(sends[1]) > 1:
        fnd.append("the client's second flight (ClientKeyExchange, "
                   "ChangeCipherSpec, Finished) goes out in %d writes, so %d "
                   "TCP segments with TCP_NODELAY; gathering the engine's "
                   "records until it wants to read would send one (the floor "
                   "does the same: it is BearSSL's record-at-a-time output)"
                   % (len(sends[1]), len(sends[1])))
    recvs = [n for op, ns in runs if op == "recv" for n in ns]
    if recvs.count(5) >= 3:
        fnd.append("each TLS record is read in two `recvfrom` calls (%d of "
                   "the %d reads are 5-byte headers) because BearSSL asks for "
                   "exactly the bytes it needs next; a small read-ahead "
                   "buffer in tls.c would halve the reads" % (
                       recvs.count(5), len(recvs)))
    if len(sends) >= 3 and len(sends[2]) == 1:
        fnd.append("the request goes out in one write of %d bytes, with "
                   "TCP_NODELAY set" % sends[2][0])
    if "EAGAIN" in recvs:
        fnd.append("%d read(s) return EAGAIN before `poll`: the socket is "
                   "read first and waited for after" % recvs.count("EAGAIN"))
    if s1.get("ioctl", 0) > 1:
        fnd.append("`ioctl(TIOCGWINSZ)` %d times on stdout: once is enough"
                   % s1["ioctl"])
    if fnd:
        w("Findings:")
        w("")
        for n in fnd:
            w("- " + n[0].upper() + n[1:] + ".")
        w("")


# ---- where the memory goes
def rssmap(name):
    maps, pages, hwm, faults = [], [], None, None
    for line in read(name).splitlines():
        f = line.split()
        if line.startswith("VmHWM"):
            hwm = int(f[1])
        elif f and f[0] == "faults":
            faults = int(f[1])
        elif f and f[0] == "rss" and len(f) >= 5:
            maps.append((int(f[1]), int(f[2]), f[3], " ".join(f[4:])))
        elif f and f[0] == "page":
            pages.append(int(f[1], 16))
    return hwm, maps, pages, faults


def kind(perms, name):
    if name.startswith("["):
        return name
    if name == "anon":
        return ".bss beyond the file"
    if "x" in perms:
        return "text (file)"
    if "w" in perms:
        return ".data, start of .bss (file)"
    return "rodata, ELF headers (file)"


def by_kind(mp):
    """Resident KiB of an rssmap's mappings, summed by kind()."""
    a = {}
    for rss, dirty, perms, name in mp:
        a[kind(perms, name)] = a.get(kind(perms, name), 0) + rss
    return a


w("## Where the memory goes")
w("")
hwm, maps, pages, flt = rssmap("rssmap-swf-1ca")
hwms, mapss, _, flts = rssmap("rssmap-swf-sys")
fh, fmaps, _, ffl = rssmap("rssmap-floor-call")
eh, emaps, _, efl = rssmap("rssmap-floor-exec")
if maps:
    para("Resident at exit (`/proc/PID/smaps`), swf-cancel: %s KiB with one" % hwm,
         "certificate, %s KiB with the system bundle; the floor call %s KiB," % (hwms, fh),
         "the empty program %s KiB:" % eh)
    w("| mapping | swf-cancel, one certificate | system bundle | floor call |")
    w("|---|--:|--:|--:|")
    aggs = [by_kind(mp) for mp in (maps, mapss, fmaps)]
    for k in sorted(set(aggs[0]) | set(aggs[1]), key=lambda k: -aggs[0].get(k, 0)):
        w("| %s | %s KiB | %s KiB | %s KiB |" % (
            k, aggs[0].get(k, 0), aggs[1].get(k, 0), aggs[2].get(k, 0)))
    w("")
    file_kib = sum(r for r, dd, p, n in maps if n != "anon" and not n.startswith("["))
    secsz = {}
    for line in read("swf.sections").splitlines():
        m = re.match(r"^\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)",
                     line)
        if m:
            secsz[m.group(1)] = int(m.group(2), 16)
    if ".text.call" in secsz:
        layout = ("the link places the code a call runs (`.text.call`, %s of "
                  "the %s of code) first and the constants it uses together "
                  "(`.rodata.call`, %s; `mk/layout.ld`, `make layout`), so "
                  "that a call touches few of those blocks, and `main()` "
                  "first gives the cold code and constants between the two "
                  "a mapping of their own (`madvise(MADV_RANDOM)`), as the "
                  "blocks a fault maps end where its mapping ends" % (
                      fbytes(secsz[".text.call"]),
                      fbytes(secsz[".text.call"] + secsz.get(".text.rest", 0)),
                      fbytes(secsz.get(".rodata.call", 0))))
    else:
        layout = ("nearly all of the text and rodata is resident however "
                  "little of it runs")
    para("File-backed pages: %d KiB for a %s file.  The kernel maps file" % (
        file_kib, fbytes(bin_size)),
         "pages in blocks around each fault (64 KiB fault-around, or a "
         "whole large folio of the page cache); %s." % layout,
         "Page faults taken: %s (one certificate), %s" % (flt, flts),
         "(system), %s (floor call), %s (empty program); each costs a few" % (ffl, efl),
         "microseconds in this VM.")
    data_syms = [x for x in SYMS if x[2] in "bBdDsSvV" and x[1] > 0]
    starts = [x[0] for x in data_syms]
    res = {}
    for pg in pages:
        j = bisect.bisect_right(starts, pg + 4095) - 1
        while j >= 0:
            a, sz, t, n = data_syms[j]
            if a + sz <= pg - (1 << 20):
                break
            lo, hi = max(a, pg), min(a + sz, pg + 4096)
            if hi > lo:
                res[n] = res.get(n, 0) + (hi - lo)
            j -= 1
    if res:
        para("Writable memory that is really touched, by variable (resident",
             "pages at exit, named by `nm`; bytes counted only where the",
             "variable's pages are resident), one certificate:")
        w("| variable | from | resident | size |")
        w("|---|---|--:|--:|")
        sz_of = dict((x[3], x[1]) for x in data_syms)
        for n, v in sorted(res.items(), key=lambda kv: -kv[1])[:14]:
            if v < 2048:
                break
            w("| `%s` | %s | %.1f KiB | %.1f KiB |" % (
                n, fn_origin(n), v / 1024, sz_of.get(n, 0) / 1024))
        w("")
    stack = aggs[0].get("[stack]", 0)
    if stack:
        para("The stack reaches %d KiB; the floor's, %d KiB." % (
            stack, aggs[2].get("[stack]", 0)))
bss = re.search(r"^\.bss\s+(\d+)", read("swf.size-A"), re.M)
data = re.search(r"^\.data\s+(\d+)", read("swf.size-A"), re.M)
if bss:
    para(".bss is %s and .data %s: reserved address space, which the" % (
        fbytes(int(bss.group(1))), fbytes(int(data.group(1)) if data else 0)),
         "`ulimit -v` floor counts in full whether touched or not.  The largest",
         "reservations (`nm --size-sort`):")
    w("| variable | from | size |")
    w("|---|---|--:|")
    for a, sz, t, n in sorted((x for x in SYMS if x[2] in "bBdD"), key=lambda x: -x[1])[:10]:
        w("| `%s` | %s | %.1f KiB |" % (n, fn_origin(n), sz / 1024))
    w("")

# ---- issue 6's case: every option at once
def executed(name):
    """Addresses of the instructions a callgrind run (--dump-instr=yes)
    saw run."""
    seen, pos = set(), 0
    for line in read(name).splitlines():
        if not line or line[0] not in "0123456789+-*":
            continue
        tok = line.split()[0]
        if tok.startswith("0x"):
            pos = int(tok, 16)
        elif tok[0] in "+-":
            d = int(tok[1:], 16) if tok[1:].startswith("0x") else int(tok[1:])
            pos += d if tok[0] == "+" else -d
        seen.add(pos)
    return seen


INSN = [int(x, 16) for x in read("swf.insn").split()]
INSN_LEN = {a: min(INSN[i + 1] - a, 15) for i, a in enumerate(INSN[:-1])}
FUNCS = sorted((a, sz, n) for a, sz, t, n in SYMS if t in "TtWw" and sz > 0)
FSTART = [f[0] for f in FUNCS]


def code_run(name):
    """(functions run, their bytes, instruction bytes run, 4 KiB pages of
    code touched in this link), or None."""
    ran = [a for a in executed(name) if a in INSN_LEN]
    if not ran:
        return None
    fns = set()
    for a in ran:
        j = bisect.bisect_right(FSTART, a) - 1
        if j >= 0 and a < FUNCS[j][0] + FUNCS[j][1]:
            fns.add(j)
    return (len(fns), sum(FUNCS[j][1] for j in fns),
            sum(INSN_LEN[a] for a in ran), len(set(a >> 12 for a in ran)))


ALL_RSS = rss_kib("swf-all")
if ALL_RSS:
    w("### Issue 6's case: every option at once")
    w("")
    ah, amaps, apages, afl = rssmap("rssmap-swf-all")
    dbg = num("debug-bytes-swf-all")
    para("The call issue 6 budgets: a details string of 32768 4-byte",
         "characters (128 KiB) from a file, the system bundle, a profile from",
         "the files, both timeouts, `--query`, `--output table`, `--debug`",
         "(%s of debug lines on stderr).  Peak RSS %s KiB (median of 3," % (
             fbytes(dbg) if dbg else "—", ALL_RSS),
         "target 256 KiB); `ulimit -v` floor %s KiB (target 1024)." % (
             asfloor("swf-all") or "—"))
    if amaps:
        a1, a2 = by_kind(maps), by_kind(amaps)
        w("| mapping | every option | one certificate, no options |")
        w("|---|--:|--:|")
        for k in sorted(set(a1) | set(a2), key=lambda k: -a2.get(k, 0)):
            w("| %s | %s KiB | %s KiB |" % (k, a2.get(k, 0), a1.get(k, 0)))
        w("")
    rows = [(l, code_run("callgrind.%s-u" % l)) for l in ("swf-1ca", "swf-sys", "swf-all")]
    rows = [(l, c) for l, c in rows if c]
    if rows:
        para("The code each call runs (callgrind `--dump-instr=yes` on the",
             "unstripped link; instruction bytes count each instruction run",
             "once, however often):")
        w("| call | functions run | their bytes | instruction bytes run "
          "| 4 KiB pages of code touched |")
        w("|---|--:|--:|--:|--:|")
        names = {"swf-1ca": "one certificate, no options",
                 "swf-sys": "system bundle, no options",
                 "swf-all": "every option"}
        for l, (nf, fb, ib, pg) in rows:
            w("| %s | %d | %s | %s | %d |" % (names[l], nf, fbytes(fb), fbytes(ib), pg))
        w("")
    allc = dict(rows).get("swf-all")
    br = dict(l.split() for l in read("brsizes").splitlines() if len(l.split()) == 2)
    t0 = sum(sz for a, sz, sec, ob in MAP if sec == ".rodata.t0_codeblock"
             and ("ssl_hs_client" in ob or "x509_minimal" in ob))
    if allc and br:
        # the contexts are zeroed whole when set up; of the record buffer,
        # a body of more than 16 KiB fills a whole record's plaintext
        state = int(br["client"]) + int(br["x509"]) + 16384
        items = [("the instruction bytes the call runs, packed with nothing "
                  "between them", allc[2]),
                 ("the details string, wherever it is held (read from a file: "
                  "a buffer; given as an argument: the kernel's copy on the "
                  "stack)", 32768 * 4),
                 ("BearSSL's client context and X.509 validator (zeroed "
                  "whole when set up: `sizeof`) and one 16 KiB record of the "
                  "body (at least 128 KiB) in its record buffer", state),
                 ("the T0 code BearSSL's handshake and X.509 engines "
                  "interpret (their `t0_codeblock` constants)", t0),
                 ("the page the kernel writes the arguments, environment and "
                  "auxiliary vector to", 4096),
                 ("the ELF headers' page (musl's start-up reads the program "
                  "headers) and a page of libc's own variables (`__libc`, "
                  "`__environ`, the thread area), written at start-up", 8192)]
        total = sum(v for _, v in items)
        para("What this call cannot do without, whatever the layout or the",
             "buffer sizes (bytes it must touch, not yet rounded to pages):")
        w("| what | bytes |")
        w("|---|--:|")
        for what, v in items:
            w("| %s | %s |" % (what, fbytes(v)))
        w("| **sum** | **%s** |" % fbytes(total))
        w("")
        para("That is %s %s the 256 KiB target before any" % (
            fbytes(abs(total - 256 * 1024)),
            "over" if total > 256 * 1024 else "under"),
             "stack frame, SigV4 or JSON buffer, config line, debug line or",
             "table row, and before rounding to pages: the target cannot be",
             "met by this call with these features as long as the details",
             "are held.  Reading a details file in passes (hash, then write)",
             "instead would take 128 KiB off the floor for a regular file",
             "only (not a pipe, not an argument); what then stands between",
             "the call and 256 KiB is the code: the functions it runs total",
             "%s, resident in 64 KiB fault-around blocks, against %s of" % (
                 fbytes(allc[1]), fbytes(allc[2])),
             "instructions actually run.")

# ---- where the size goes
w("## Where the size goes")
w("")
groups = {}
for a, sz, sec, ob in MAP:
    if not sec.startswith((".text", ".rodata", ".data", ".init", ".fini",
                           ".eh_frame", ".init_array", ".fini_array")):
        continue
    k, name = short_obj(ob)
    if k == "swf":
        g = "swf-cancel " + name
    elif k == "bearssl":
        g = "BearSSL " + bearssl_part(name)[0] + "/"
    elif k == "libc":
        g = "libc (musl)"
    else:
        g = "other (crt, libgcc)"
    groups[g] = groups.get(g, 0) + sz
total = sum(groups.values())
sw = sum(v for g, v in groups.items() if g.startswith("swf-cancel"))
br = sum(v for g, v in groups.items() if g.startswith("BearSSL"))
lc = groups.get("libc (musl)", 0)
para("`%s` is %s on disk.  Its code and constant data (%s in the" % (
    meta.get("bin"), fbytes(bin_size), fbytes(total)),
     "unstripped link): swf-cancel's own %s, BearSSL %s, musl %s; by" % (
         fbytes(sw), fbytes(br), fbytes(lc)),
     "origin, from the link map:")
w("| origin | bytes | share |")
w("|---|--:|--:|")
for g, v in sorted(groups.items(), key=lambda kv: -kv[1]):
    if v >= 1024:
        w("| %s | %s | %.1f%% |" % (g, fbytes(v), 100.0 * v / total))
w("")
w("Largest functions and tables (`nm --size-sort`):")
w("")
w("| symbol | from | size |")
w("|---|---|--:|")
for a, sz, t, n in sorted((x for x in SYMS if x[2] in "TtRrWw"), key=lambda x: -x[1])[:16]:
    w("| `%s` | %s | %.1f KiB |" % (n, fn_origin(n), sz / 1024))
w("")
if sizes.get("floor-call"):
    para("For scale: the floor client, BearSSL with the same profile and",
         "musl's startup and socket calls, is %s stripped." % fbytes(sizes["floor-call"]))

# ---- what is left
w("## What is left, and what would close it")
w("")
todo = []
if not (targets[0][2] and targets[1][2] and targets[2][2] is not False):
    t = ("Speed (%s / %s / %s against targets 5x / 10x / 200x): "
         % (targets[0][1], targets[1][1], targets[2][1]))
    t += ("swf-cancel's wall time is the floor call's plus %s ms; the "
          "client's CPU goes to the handshake's public-key work, the rest "
          "of the wall time to the server's RSA signature and the round "
          "trips, which no client removes.  %s"
          "The client's share is spread now (RSA verification and X25519 "
          "in our own code, X.509, hashing: the profile above), each a few "
          "tenths of a millisecond at most." % (
              fms(d(M.get("swf-1ca"), M.get("floor-call"))),
              ("offer X25519 first (the build's `vendor/bearssl-curve-order.py`"
               ", missing from this BearSSL: %s instructions); " %
               (fir(fp256 - fx255) if fp256 and fx255 else "—"))
              if "prime256v1" in swf_curve else ""))
    todo.append(t)
if not targets[5][2] and bin_size:
    big = [g for g, v in sorted(groups.items(), key=lambda kv: -kv[1])
           if g.startswith("swf-cancel")][:3]
    have = set(x[3] for x in SYMS)
    libc_parts = [(("fmt_fp",), "printf's floating point (`fmt_fp`)"),
                  (("decfloat", "__floatscan"), "`strtod` (`decfloat`)"),
                  (("__res_msend_rc", "__dns_parse", "name_from_dns_search"),
                   "the DNS resolver behind `getaddrinfo`"),
                  (("__fwritex", "fwrite", "fputs"), "stdio")]
    lp = [txt for names, txt in libc_parts if any(n in have for n in names)]
    t = ("Size (%s, target 160 KiB): swf-cancel's own code is %s, BearSSL %s, "
         "musl %s.  The biggest own pieces: %s (tables above)" % (
             fbytes(bin_size), fbytes(sw), fbytes(br), fbytes(lc),
             ", ".join(x.replace("swf-cancel ", "`") + "`" for x in big)))
    if lp:
        t += ("; from musl: %s, each pulled in by one convenience call "
              "(a format with `%%f`/`%%g`, a float parse, `getaddrinfo` for a "
              "name) that a few lines of our own would replace" % ", ".join(lp))
    todo.append(t + ".")
if not (targets[3][2] and targets[4][2]):
    todo.append("RSS (%s / %s, target 256 KiB): file-backed pages follow "
                "the size of the code a call runs (`.text.call`, resident "
                "in 64 KiB blocks), so trimming that code is also "
                "RSS work; the rest is written pages (variables above) and "
                "the stack, whose deepest step is the SWF call with its TLS "
                "context.  Zeroing whole structures with kilobyte arrays "
                "makes all their pages resident (the session still is)." % (
                    fkib(RSS.get("swf-1ca")), fkib(RSS.get("swf-sys"))))
    if "BIDI" in meta.get("iobuf", ""):
        todo[-1] += (" The TLS I/O buffer is `BR_SSL_BUFSIZE_BIDI` (33 KiB); "
                     "an HTTP/1.1 request followed by its response never needs "
                     "both directions at once, and the floor client runs on "
                     "`BR_SSL_BUFSIZE_MONO` (16.7 KiB).")
    if fh:
        todo[-1] += (" For scale, the floor call peaks at %s KiB with a %s "
                     "binary: a BearSSL client of this profile leaves about "
                     "%d KiB of the 256 for everything else." % (
                         fh, fbytes(sizes.get("floor-call")), 256 - fh))
if not targets[7][2]:
    todo.append("Address space (floor %s KiB, target 1024): binary + .bss "
                "(%s) + stack; .bss counts in full, so the reservations "
                "above (input and query buffers, per-parameter maximum-size "
                "buffers) must shrink or share one arena." % (
                    AS.get("swf-1ca"), fbytes(int(bss.group(1))) if bss else "?"))
if ir_ratio:
    if not targets[6][2]:
        todo.append("Trust store (%.2fx, target 1.3x): decode each PEM block "
                    "only up to its subject DN and skip the rest with "
                    "`memchr`, or look anchors up on demand for the one "
                    "issuer DN the chain names." % ir_ratio)
    elif IR.get("swf-1ca") and IR.get("swf-sys"):
        extra = IR["swf-sys"] - IR["swf-1ca"]
        nb = int(meta.get("bundle_bytes") or 0)
        per = (" (%.1f instructions a byte of its %d)" % (extra / nb, nb)) if nb else ""
        todo.append("Trust store: %.2fx.  The walk base64-decodes every "
                    "block%s, as OpenSSL reads the bundle, so that a block "
                    "OpenSSL refuses is refused too (the CLI's \"[X509] PEM "
                    "lib\"); the margin shrinks as the rest of the call gets "
                    "cheaper.  Indexing the bundle after the ClientHello is "
                    "sent, while the server computes, would take the walk off "
                    "the wall time." % (ir_ratio, per))
for t in todo:
    w("- " + t)
if not todo:
    w("- Every target is met.")
w("")
para("Reproduce: `make bench` (`RUNS=`, `ROUNDS=`, `CLI_RUNS=`, `OUT=`; see",
     "`scripts/bench.sh`).  The floor client takes `-c x25519|p256` (offer one",
     "curve) and `-r i15|i31|i32|i62` (RSA code).")

with open(OUT, "w") as f:
    f.write("\n".join(o).rstrip() + "\n")

# a short summary on stdout
print("%-46s %9s %9s %10s %9s %10s" % ("command", "wall ms", "RSS", "size", "instr", "ulimit -v"))
for l in LABELS:
    print("%-46s %9s %9s %10s %9s %10s" % (
        DESC[l][:46], fms(M.get(l)), fkib(RSS.get(l)), fbytes(sizes.get(l)),
        fir(IR.get(l)), AS.get(l) or "—"))
for name, val, ok in targets:
    print("%-3s %s: %s" % ("--" if ok is None else "ok" if ok else "NO", name, val))
