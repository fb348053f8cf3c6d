#!/usr/bin/env python3
"""gen-layout.py - write mk/layout.ld: the code and constants a call uses,
placed together, so that fewer of the binary's pages become resident.

Why: the kernel maps a program's file pages 64 KiB at a time around each
page fault (fault-around), so a call that runs 130 KiB of code spread over
a 280 KiB text ends up with nearly all of it resident.  With the functions
that run placed first (and the rest after .fini), and the read-only data
they reference placed together, a call touches the fewest 64 KiB blocks.

How: link the build's objects unstripped with a map, run that binary under
tests/bench/fntrace (a breakpoint on every function, removed when hit)
for the usual calls against the local SWF endpoint (tests/swf_server.py:
HTTPS with a two-certificate chain and the one-certificate bundle, the
same with the system bundle appended, plain HTTP, keys from the
environment and from a credentials file), then name the input sections
of the functions hit and of the read-only data their relocations point at.
The start-up code (what runs before main() gives the cold part between
.text.call and .rodata.call a mapping of its own: see fence_cold_pages in
src/main.c, and the symbols __swf_cold_start/__swf_cold_end written here)
goes first, so that its faults map no cold page.
The list is only an order: an entry that no longer matches (a renamed
function) costs memory, never correctness.  Run it after changes to the
call path: `make layout` (x86-64; the same order serves every target).

Usage: gen-layout.py BUILD OUT
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import swf_client  # noqa: E402

CC = os.environ.get("CC", "musl-gcc")
SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
# constants the call's code refers to but a usual call never reads: the
# --help and usage texts, the built-in anchors (read when no CA bundle is
# found)
UNREAD = re.compile(r"^\.rodata\.(help_text|cli_usage_text|anchor\d+)$")
# the start-up code (musl's, static): crt objects, __libc_start_main and
# what it calls before main (TLS set-up and its memcpy, the stack
# protector's canary), and getauxval for main's fence_cold_pages()
STARTUP = re.compile(r"(^|:)(S?crt1|rcrt1|crtbegin\w*)\.o\(|"
                     r"(__libc_start_main|__init_tls|__set_thread_area|"
                     r"__stack_chk_fail|memcpy|getauxval)\.lo\(|"
                     r"main\.o\(\.text\.startup\.main$")


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def link(build, tmp):
    """The build's objects linked as build/swf-cancel is, unstripped."""
    exe = os.path.join(tmp, "swf-cancel")
    mapf = os.path.join(tmp, "swf.map")
    run([CC, "-static", "-Wl,--gc-sections", "-Wl,--build-id=none",
         "-Wl,-Map=" + mapf, "-o", exe,
         os.path.join(build, "obj", "main.o"),
         os.path.join(build, "obj", "anchors.o"),
         os.path.join(build, "libswf.a"), os.path.join(build, "libbearssl.a")])
    return exe, mapf


def parse_map(mapf):
    """Input sections of the link: [(address, size, section, object)]."""
    secs, pend = [], None
    in_memory_map = False
    with open(mapf) as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("Linker script and memory map"):
                in_memory_map = True
                continue
            if not in_memory_map:
                continue
            m = re.match(r"^ (\.\S+)\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*)$",
                         line)
            if m:
                secs.append((int(m.group(2), 16), int(m.group(3), 16),
                             m.group(1), m.group(4)))
                pend = None
                continue
            m = re.match(r"^ (\.\S+)$", line)
            if m:
                pend = m.group(1)
                continue
            m = re.match(r"^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S.*)$", line)
            if m and pend:
                secs.append((int(m.group(1), 16), int(m.group(2), 16), pend,
                             m.group(3)))
            pend = None
    return [s for s in secs if s[1] > 0]


def member(obj):
    """'libswf.a:call.o' for an archive member, else the object's name."""
    m = re.match(r"^(?:.*/)?(lib[a-z0-9_]+\.a)\((.+)\)$", obj)
    if m:
        return "%s:%s" % (m.group(1), m.group(2))
    return os.path.basename(obj)


def endpoint_pki(tmp):
    """Root CA -> leaf for localhost/127.0.0.1, RSA-2048 (AWS's shape)."""
    def ossl(*a):
        run(["openssl"] + list(a), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, cwd=tmp)
    ext = os.path.join(tmp, "ext.cnf")
    with open(ext, "w") as f:
        f.write("[req]\ndistinguished_name = dn\n[dn]\n"
                "[ca]\nbasicConstraints = critical, CA:TRUE\n"
                "keyUsage = critical, keyCertSign, cRLSign\n"
                "[leaf]\nbasicConstraints = critical, CA:FALSE\n"
                "keyUsage = critical, digitalSignature, keyEncipherment\n"
                "extendedKeyUsage = serverAuth\n"
                "subjectAltName = DNS:localhost, IP:127.0.0.1\n")
    for k in ("root.key", "leaf.key"):
        ossl("genpkey", "-algorithm", "RSA", "-pkeyopt",
             "rsa_keygen_bits:2048", "-out", k)
    ossl("req", "-new", "-x509", "-key", "root.key", "-subj",
         "/CN=layout root", "-days", "2", "-sha256", "-config", ext,
         "-extensions", "ca", "-out", "root.pem")
    ossl("req", "-new", "-key", "leaf.key", "-subj", "/CN=localhost",
         "-out", "leaf.csr")
    ossl("x509", "-req", "-in", "leaf.csr", "-CA", "root.pem", "-CAkey",
         "root.key", "-CAcreateserial", "-days", "2", "-sha256",
         "-extfile", ext, "-extensions", "leaf", "-out", "leaf.pem")
    with open(os.path.join(tmp, "chain.pem"), "w") as out:
        for n in ("leaf.pem", "root.pem"):
            with open(os.path.join(tmp, n)) as f:
                out.write(f.read())
    bundle = os.path.join(tmp, "system+root.pem")
    with open(bundle, "w") as out:
        if os.path.exists(SYSTEM_BUNDLE):
            with open(SYSTEM_BUNDLE) as f:
                out.write(f.read())
        with open(os.path.join(tmp, "root.pem")) as f:
            out.write(f.read())
    return (os.path.join(tmp, "chain.pem"), os.path.join(tmp, "leaf.key"),
            os.path.join(tmp, "root.pem"), bundle)


def trace(exe, tmp):
    """Addresses of the functions the usual calls run."""
    fntrace = os.path.join(tmp, "fntrace")
    run(["gcc", "-O2", "-w", "-o", fntrace,
         os.path.join(ROOT, "tests", "bench", "fntrace.c")])
    nm = run(["nm", "-n", exe], capture_output=True, text=True).stdout
    addrs = os.path.join(tmp, "addrs")
    with open(addrs, "w") as f:
        for line in nm.splitlines():
            p = line.split()
            if len(p) == 3 and p[1] in "tTwW":
                f.write(p[0] + "\n")
    chain, key, root, bundle = endpoint_pki(tmp)
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    creds = os.path.join(tmp, "credentials")
    config = os.path.join(tmp, "config")
    with open(creds, "w") as f:
        f.write("[default]\naws_access_key_id = AKIDEXAMPLE\n"
                "aws_secret_access_key = "
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n")
    with open(config, "w") as f:
        f.write("[default]\nregion = us-east-1\n")
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home,
            "AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": creds,
            "AWS_EC2_METADATA_DISABLED": "true"}
    env_keys = dict(base, AWS_ACCESS_KEY_ID="AKIDEXAMPLE",
                    AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMP"
                    "LEKEY", AWS_DEFAULT_REGION="us-east-1")
    hit = set()
    servers = []
    try:
        # AES-128-GCM with SHA-256 (nginx's and AWS's choice), answering {}
        tport, tpid = swf_client.start_server([
            "--quiet", "--tls-cert", chain, "--tls-key", key,
            "--tls-ciphers", "ECDHE-RSA-AES128-GCM-SHA256",
            "--void-body", "{}"])
        servers.append(tpid)
        port, pid = swf_client.start_server(["--quiet"])
        servers.append(pid)
        https = "https://localhost:%d" % tport
        http = "http://127.0.0.1:%d" % port
        admin = swf_client.Admin(port=port)
        tadmin = swf_client.Admin(endpoint=https.replace("localhost",
                                                         "127.0.0.1"))
        calls = [(https, ["--ca-bundle", root], env_keys),
                 (https, ["--ca-bundle", bundle], env_keys),
                 (https, ["--ca-bundle", root], base),
                 (http, [], env_keys),
                 (http, [], base)]
        for url, extra, env in calls:
            a = tadmin if url.startswith("https") else admin
            token = a.task()["taskToken"]
            out = run([fntrace, addrs, exe, "--task-token", token,
                       "--endpoint-url", url] + extra, env=env,
                      capture_output=True, text=True, timeout=120).stdout
            hit.update(int(x, 16) for x in out.split())
    finally:
        for p in servers:
            swf_client.stop_server(p)
    return hit


def readelf(opt, path):
    """(member, line) for each line `readelf opt` prints about path (an
    object, or an archive's members)."""
    cur = member(path)
    out = run(["readelf", opt, path], capture_output=True, text=True).stdout
    for line in out.splitlines():
        m = re.match(r"^File: (.*)$", line)
        if m:
            cur = member(m.group(1))
            continue
        yield cur, line


def elf_tables(objects):
    """relocs {(member, section): [symbol named]}, syms {member: {symbol:
    section}} and globs {global symbol: (member, section)}."""
    relocs, syms, globs, names = {}, {}, {}, {}
    for o in objects:
        for mem, line in readelf("-SW", o):
            m = re.match(r"^\s*\[\s*(\d+)\]\s+(\S+)", line)
            if m:
                names.setdefault(mem, {})[m.group(1)] = m.group(2)
        for mem, line in readelf("-sW", o):
            p = line.split()
            sec = len(p) >= 8 and p[0].endswith(":") and \
                names.get(mem, {}).get(p[6])
            if sec:
                syms.setdefault(mem, {})[p[7]] = sec
                if p[4] in ("GLOBAL", "WEAK"):
                    globs.setdefault(p[7], (mem, sec))
        rsec = None
        for mem, line in readelf("-rW", o):
            m = re.match(r"^Relocation section '\.rela?(\S+)'", line)
            if m:
                rsec = m.group(1)
                continue
            p = line.split()
            if rsec and len(p) >= 5 and re.match(r"^[0-9a-f]{8,}$", p[0]):
                relocs.setdefault((mem, rsec), []).append(p[4])
    return relocs, syms, globs


def referenced_data(text, relocs, syms, globs, linked):
    """Read-only sections the code in text refers to, directly or through
    tables of pointers (.data.rel.ro), in the order first met."""
    seen, order, todo = set(text), [], list(text)
    while todo:
        mem, sec = todo.pop(0)
        for name in relocs.get((mem, sec), ()):
            own = syms.get(mem, {})
            if name in own:
                target = (mem, own[name])
            elif name in globs:
                target = globs[name]
            else:
                continue
            if target in seen or target not in linked:
                continue
            seen.add(target)
            if target[1].startswith(".rodata"):
                order.append(target)
            if target[1].startswith((".rodata", ".data.rel.ro")):
                todo.append(target)
    return order


def main():
    build, out = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="swf-layout-")
    try:
        exe, mapf = link(build, tmp)
        secs = parse_map(mapf)
        hit = sorted(trace(exe, tmp))
        text = []
        for addr, size, sec, obj in secs:
            # (never .init or .fini: crti/crtn split one function over them)
            mem = member(obj)
            if not sec.startswith(".text") or obj.startswith("*"):
                continue
            if any(addr <= h < addr + size for h in hit):
                text.append((mem, sec))
        # what runs before main() fences the cold pages off goes first,
        # in the first 64 KiB block, away from the cold code after the end
        text.sort(key=lambda ms: not STARTUP.search(ms[0] + "(" + ms[1]))
        libc = None
        for _, _, _, obj in secs:
            m = re.match(r"^(.*/libc\.a)\(", obj)
            if m:
                libc = m.group(1)
                break
        objects = [os.path.join(build, "obj", "main.o"),
                   os.path.join(build, "obj", "anchors.o"),
                   os.path.join(build, "libswf.a"),
                   os.path.join(build, "libbearssl.a")] + ([libc] if libc
                                                           else [])
        relocs, syms, globs = elf_tables(objects)
        linked = set((member(o), sec) for _, _, sec, o in secs)
        ro = [x for x in referenced_data(text, relocs, syms, globs, linked)
              if not UNREAD.search(x[1])]
        write(out, text, ro)
        print("gen-layout: %d functions run (%d KiB), %d read-only data "
              "sections (%d KiB) -> %s" % (
                  len(text), sum(s for a, s, sec, o in secs
                                 if (member(o), sec) in set(text)) // 1024,
                  len(ro), sum(s for a, s, sec, o in secs
                               if (member(o), sec) in set(ro)) // 1024, out))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def output_section(f, name, lines, where):
    f.write("SECTIONS\n{\n  %s : {\n" % name)
    for line in lines:
        f.write("    %s\n" % line)
    f.write("  }\n}\nINSERT %s;\n\n" % where)


def write(out, text, ro):
    with open(out, "w") as f:
        f.write("/*\n * layout.ld - generated by scripts/gen-layout.py "
                "(`make layout`); do not edit.\n"
                " * The code a call runs first, the rest after .fini; the "
                "read-only data\n * it uses together.  Stale entries only "
                "cost memory.\n */\n")
        output_section(f, ".text.call",
                       ["*%s(%s)" % ms for ms in text], "BEFORE .text")
        # everything else the default script would put in .text
        output_section(f, ".text.rest", [
            "*(.text.unlikely .text.*_unlikely .text.unlikely.*)",
            "*(.text.exit .text.exit.*)",
            "*(.text.startup .text.startup.*)",
            "*(.text.hot .text.hot.*)",
            "*(.text .stub .text.* .gnu.linkonce.t.*)"], "AFTER .fini")
        # what lies between .text.call and .rodata.call is cold: the rest
        # of the code and of the constants (main.c fences it off)
        output_section(f, ".rodata.call",
                       ["__swf_cold_start = ADDR(.text.rest);",
                        "__swf_cold_end = .;"] +
                       ["*%s(%s)" % ms for ms in ro], "AFTER .rodata")


if __name__ == "__main__":
    main()
