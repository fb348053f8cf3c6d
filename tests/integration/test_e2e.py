"""test_e2e.py - end-to-end behaviour of build/swf-cancel beyond the golden
comparisons: the task lifecycle on the endpoint, large and multi-byte
details, IPv6, --debug without secrets, SIGINT, --version, install.

Environment: BUILD (build directory), PYTHON; SWF_RUNNER, a command put in
front of the binary (qemu-user for a cross-built one).
"""
import json
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import compat  # noqa: E402
import swf_client  # noqa: E402

BIN = os.path.abspath(os.path.join(ROOT, os.environ.get("BUILD", "build"),
                                   "swf-cancel"))
RUN = compat.runner() + [BIN]
passed = failed = 0


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (what, str(detail)[:800]))


def env_for(tmp, **extra):
    env = compat.base_env(tmp)
    env.update(extra)
    return env


def run(args, env, timeout=60, **kw):
    return subprocess.run(RUN + args, env=env, capture_output=True,
                          timeout=timeout, **kw)


def ipv6_available():
    try:
        s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        s.bind(("::1", 0))
        s.close()
        return True
    except OSError:
        return False


def test_lifecycle(admin, url, tmp):
    env = env_for(tmp)
    task = admin.task()
    details = "caf\u00e9 \u2603 \U0001f600 \"quoted\" back\\slash\n" * 700
    details = details[:32768]
    r = run(["--task-token", task["taskToken"], "--details", details,
             "--endpoint-url", url], env)
    check(r.returncode == 0, "max-size multi-byte details: exit 0",
          r.stderr.decode(errors="replace"))
    check(r.stdout == b"" and r.stderr == b"", "success prints nothing",
          (r.stdout, r.stderr[:200]))
    ev = admin.events(task["workflowId"], "ActivityTaskCanceled")
    check(len(ev) == 1, "one ActivityTaskCanceled event", ev)
    if ev:
        attrs = ev[0]["activityTaskCanceledEventAttributes"]
        check(attrs.get("details") == details,
              "details arrive intact (32768 characters, 4-byte UTF-8)")
    reqs = admin.requests()
    check(reqs and reqs[-1]["signature"] == "valid", "signature valid",
          reqs and reqs[-1].get("signature"))
    check(admin.task_state(task["taskToken"]) == "CANCELED",
          "task closed")
    # a second cancel: the service says the token is unknown
    r = run(["--task-token", task["taskToken"], "--endpoint-url", url], env)
    check(r.returncode == 255 and b"UnknownResourceFault" in r.stderr,
          "second cancel refused", r.stderr)


def test_not_permitted(admin, url, tmp):
    task = admin.task(notPermitted=True)
    r = run(["--task-token", task["taskToken"], "--endpoint-url", url],
            env_for(tmp))
    check(r.returncode == 255 and b"(OperationNotPermittedFault)" in r.stderr,
          "OperationNotPermittedFault", r.stderr)


def test_debug_no_secrets(admin, url, tmp):
    task = admin.task()
    env = env_for(tmp, AWS_ACCESS_KEY_ID="ASIAEXAMPLESESSION1",
                  AWS_SECRET_ACCESS_KEY=compat.SESSION_SECRET,
                  AWS_SESSION_TOKEN=compat.SESSION_TOKEN)
    r = run(["--task-token", task["taskToken"], "--endpoint-url", url,
             "--debug"], env)
    err = r.stderr.decode(errors="replace")
    check(r.returncode == 0, "--debug call succeeds", err[-500:])
    check(compat.SESSION_SECRET not in err, "--debug hides the secret key")
    check(compat.SESSION_TOKEN not in err, "--debug hides the session token")
    for what in ("CanonicalRequest", "StringToSign", "Endpoint",
                 "credentials", "Response headers"):
        check(what in err, "--debug shows %s" % what)
    # what the server sends reaches the terminal without control bytes
    task = admin.task()
    admin.faults([{"kind": "garbage", "body": "HTTP/1.1 200 OK\r\n"
                   "X-Evil: \x1b]0;title\x07\x1b[2J\r\nContent-Length: 7"
                   "\r\n\r\n\x1b[31m{}"}])
    r = run(["--task-token", task["taskToken"], "--endpoint-url", url,
             "--debug"], env)
    check(r.returncode == 0 and b"\x1b" not in r.stderr
          and b"\x07" not in r.stderr
          and b"X-Evil: \\x1b]0;title\\x07\\x1b[2J" in r.stderr
          and b"\\x1b[31m{}" in r.stderr,
          "--debug escapes control bytes from the server", r.stderr[-600:])
    admin.reset()
    # without --debug nothing at all on stderr
    task = admin.task()
    r = run(["--task-token", task["taskToken"], "--endpoint-url", url], env)
    check(r.returncode == 0 and r.stderr == b"", "quiet without --debug",
          r.stderr)


def test_ipv6(tmp):
    if not ipv6_available():
        check(False, "IPv6 loopback unavailable on this machine")
        return
    port, pid = swf_client.start_server(["--quiet", "--ipv6"])
    try:
        admin = swf_client.Admin(port=port, ipv6=True)
        task = admin.task()
        r = run(["--task-token", task["taskToken"], "--endpoint-url",
                 "http://[::1]:%d" % port], env_for(tmp))
        check(r.returncode == 0, "cancel over IPv6", r.stderr)
        check(admin.task_state(task["taskToken"]) == "CANCELED",
              "IPv6 cancel took effect")
    finally:
        swf_client.stop_server(pid)


def test_sigint(admin, url, tmp):
    task = admin.task()
    admin.reset()
    admin.faults(["no_response"])
    p = subprocess.Popen(RUN + ["--task-token", task["taskToken"],
                          "--endpoint-url", url], env=env_for(tmp),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # interrupt it while it waits for the answer (however slowly it
    # started: valgrind, qemu)
    limit = time.time() + 60
    while not admin.requests() and time.time() < limit:
        time.sleep(0.1)
    time.sleep(0.2)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=20)
    check(p.returncode == 130, "SIGINT exits 130", (p.returncode, err))
    check(out == b"\n", "SIGINT prints a newline on stdout like the CLI", out)
    admin.reset()


def test_sigpipe(admin, url, tmp):
    # stdout closed: the tool must not die of SIGPIPE while printing
    task = admin.task()
    r = subprocess.run("%s --task-token %s --endpoint-url %s --query "
                       "\"'x'\" | true" % (" ".join(RUN), task["taskToken"],
                                           url),
                       shell=True, env=env_for(tmp), capture_output=True,
                       timeout=60)
    # (`true` may exit before or after the write: the CLI's two answers)
    broken = (b"Exception ignored in: <_io.TextIOWrapper name='<stdout>' "
              b"mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] "
              b"Broken pipe\n")
    # (the pipeline's status is true's)
    check(r.stderr in (b"", broken), "no SIGPIPE death", r.stderr)


def test_version_help(tmp):
    r = run(["--version"], env_for(tmp))
    check(r.returncode == 0 and r.stdout.startswith(b"swf-cancel/"),
          "--version", r.stdout)
    r = run(["help"], env_for(tmp))
    check(r.returncode == 0 and b"RESPOND-ACTIVITY-TASK-CANCELED" in r.stdout,
          "help page", r.stdout[:100])


def test_static_binary():
    with open(BIN, "rb") as f:
        elf = f.read()
    check(elf[:4] == b"\x7fELF", "binary is ELF")
    out = subprocess.run(["readelf", "-lS", BIN], capture_output=True,
                         text=True).stdout
    if os.environ.get("SWF_SANITIZED") == "1":
        # make check-sanitize: clang ASan+UBSan, dynamic against glibc
        check(b"AddressSanitizer" in elf and "INTERP" in out,
              "sanitized binary (ASan runtime, dynamic)")
        return
    check("INTERP" not in out and ".dynamic" not in out,
          "binary is static (no interpreter, no dynamic section)")
    check(".symtab" not in out, "binary is stripped")


def test_install(tmp):
    dest = os.path.join(tmp, "inst")
    arch = ["ARCH=" + os.environ["SWF_ARCH"]] \
        if os.environ.get("SWF_ARCH") else []
    r = subprocess.run(["make", "-s", "install", "PREFIX=" + dest,
                        "AWS_LINK=1", "BUILD=" + os.path.dirname(BIN)] + arch,
                       cwd=ROOT, capture_output=True, timeout=300)
    check(r.returncode == 0, "make install", r.stderr[-300:])
    link = os.path.join(dest, "bin", "aws")
    check(os.path.islink(link) and os.readlink(link) == "swf-cancel",
          "AWS_LINK=1 adds the aws symlink")
    if not os.path.islink(link):
        return
    r = subprocess.run(compat.runner() + [link, "swf",
                                          "respond-activity-task-canceled"],
                       env=env_for(tmp), capture_output=True, timeout=30)
    check(r.returncode == 2 and b"aws: error: the following arguments are "
          b"required: --task-token" in r.stderr, "installed aws symlink works",
          r.stderr[-200:])


def client_hello_groups(data):
    """The supported_groups of a TLS ClientHello record, or None."""
    try:
        if data[0] != 22 or data[5] != 1:
            return None
        i = 5 + 4 + 2 + 32                      # headers, version, random
        i += 1 + data[i]                        # session id
        i += 2 + int.from_bytes(data[i:i + 2], "big")   # cipher suites
        i += 1 + data[i]                        # compression methods
        end = i + 2 + int.from_bytes(data[i:i + 2], "big")
        i += 2
        while i + 4 <= end:
            t = int.from_bytes(data[i:i + 2], "big")
            n = int.from_bytes(data[i + 2:i + 4], "big")
            if t == 10:                         # supported_groups
                body = data[i + 6:i + 4 + n]
                return [int.from_bytes(body[k:k + 2], "big")
                        for k in range(0, len(body) - 1, 2)]
            i += 4 + n
    except IndexError:
        return None
    return None


def test_client_hello(tmp):
    """X25519 offered first (as OpenSSL does), P-256 still offered: the
    build's fix to BearSSL 0.6's group order (vendor/bearssl-curve-order.py)."""
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    ls.settimeout(30)
    port = ls.getsockname()[1]
    p = subprocess.Popen(RUN + ["--task-token", "T", "--endpoint-url",
                                "https://127.0.0.1:%d" % port,
                                "--cli-read-timeout", "5"],
                         env=env_for(tmp), stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    data = b""
    try:
        c, _ = ls.accept()
        c.settimeout(10)
        while len(data) < 5 or len(data) < 5 + int.from_bytes(data[3:5],
                                                             "big"):
            chunk = c.recv(4096)
            if not chunk:
                break
            data += chunk
        c.close()
    except OSError as e:
        data = b""
        check(False, "ClientHello received", e)
    finally:
        ls.close()
        p.wait(timeout=60)
    groups = client_hello_groups(data)
    check(groups is not None and groups[:1] == [29],
          "ClientHello offers X25519 first", groups)
    check(groups is not None and 23 in groups,
          "ClientHello still offers P-256", groups)


def layout_sections(mapf):
    """The input code sections of the link ([(address, size, name)]) and
    the address range of .text.call, from the binary's link map."""
    secs, call, pend, started = [], None, None, False
    with open(mapf) as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("Linker script and memory map"):
                started = True
            if not started:
                continue
            m = re.match(r"^\.text\.call\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)", line)
            if m:
                call = (int(m.group(1), 16),
                        int(m.group(1), 16) + int(m.group(2), 16))
                continue
            m = re.match(r"^ (\.text\S*)(?:\s+0x([0-9a-f]+)\s+0x([0-9a-f]+))?",
                         line)
            if m and m.group(2):
                secs.append((int(m.group(2), 16), int(m.group(3), 16),
                             m.group(1)))
                pend = None
            elif m:
                pend = m.group(1)
            else:
                m = re.match(r"^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s", line)
                if m and pend:
                    secs.append((int(m.group(1), 16), int(m.group(2), 16),
                                 pend))
                pend = None
    return [x for x in secs if x[1] > 0], call


def test_layout(admin, url, tmp):
    # The code a call runs sits in .text.call (mk/layout.ld), so that few
    # of the binary's pages become resident.  Functions are watched with
    # breakpoints (tests/bench/fntrace.c: x86 only, natively; an ASan
    # build has no layout).
    if compat.runner() or os.environ.get("SWF_SANITIZED") == "1" or \
            platform.machine() not in ("x86_64", "i686"):
        return
    secs, call = layout_sections(BIN + ".map")
    check(call is not None and call[1] - call[0] > 65536,
          "the binary has a .text.call section", call)
    if call is None:
        return
    tracer = os.path.join(tmp, "fntrace")
    addrs = os.path.join(tmp, "addrs")
    subprocess.run(["gcc", "-O2", "-w", "-o", tracer,
                    os.path.join(ROOT, "tests", "bench", "fntrace.c")],
                   check=True)
    with open(addrs, "w") as f:
        for a, _, _ in secs:
            f.write("%x\n" % a)
    task = admin.task()
    r = subprocess.run([tracer, addrs, BIN, "--task-token",
                        task["taskToken"], "--endpoint-url", url],
                       env=env_for(tmp), capture_output=True, text=True,
                       timeout=120)
    check(r.returncode == 0, "traced call succeeds", r.stderr[-300:])
    hits = set(int(x, 16) for x in r.stdout.split())
    outside = [n for a, sz, n in secs if a in hits
               and not call[0] <= a < call[1]]
    check(len(hits) > 100 and not outside,
          "the functions a call runs are all in .text.call (if not: `make "
          "layout`)", (len(hits), outside[:20]))
    test_cold_fence(secs, call, tmp)


def cold_range(mapf):
    """The page-aligned range main() fences off (mk/layout.ld's
    __swf_cold_start .. __swf_cold_end), from the link map, or None."""
    got = {}
    with open(mapf) as f:
        for line in f:
            m = re.match(r"^\s+0x([0-9a-f]+)\s+(__swf_cold_(?:start|end)) = ",
                         line)
            if m:
                got[m.group(2)] = int(m.group(1), 16)
    if len(got) != 2:
        return None
    return ((got["__swf_cold_start"] + 4095) & ~4095,
            got["__swf_cold_end"] & ~4095)


# functions that run before main() fences the cold pages off
STARTUP_SECTIONS = (".text.__libc_start_main", ".text.static_init_tls",
                    ".text.__init_libc", ".text.__getauxval")


def test_cold_fence(secs, call, tmp):
    # The start-up code runs before main() fences the cold pages off: it
    # sits in the first 64 KiB block of .text.call, so that the blocks
    # its faults map hold no cold code.
    startup = [(a, n) for a, sz, n in secs if n in STARTUP_SECTIONS]
    late = [n for a, n in startup if a >= call[0] + 65536]
    check(len(startup) == len(STARTUP_SECTIONS) and not late,
          "start-up code in the first 64 KiB of .text.call", (startup, late))
    # While a call waits for its answer, the cold code and constants are
    # a mapping of their own (madvise(MADV_RANDOM) in main()).
    cold = cold_range(BIN + ".map")
    check(cold is not None and cold[1] - cold[0] > 65536,
          "the link map names the cold range", cold)
    if cold is None:
        return
    lsn = socket.socket()
    lsn.bind(("127.0.0.1", 0))
    lsn.listen(1)
    p = subprocess.Popen([BIN, "--task-token", "T", "--endpoint-url",
                          "http://127.0.0.1:%d" % lsn.getsockname()[1],
                          "--cli-read-timeout", "20"], env=env_for(tmp),
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    conn, _ = lsn.accept()
    conn.settimeout(20)
    conn.recv(65536)            # the request is out: the call is waiting
    maps = []
    with open("/proc/%d/maps" % p.pid) as f:
        for line in f:
            lo, hi = (int(x, 16) for x in line.split()[0].split("-"))
            maps.append((lo, hi, line.split()[1]))
    p.kill()
    p.wait()
    conn.close()
    lsn.close()
    check(any(lo == cold[0] for lo, _, _ in maps) and
          any(hi == cold[1] for _, hi, _ in maps),
          "the cold pages are mappings of their own (code, constants)",
          ["%x-%x %s" % m for m in maps if m[1] > cold[0] - 0x100000 and
           m[0] < cold[1] + 0x100000])


def main():
    servers = compat.Servers(python=os.environ.get("PYTHON"))
    tmp = tempfile.mkdtemp(prefix="swf-e2e-")
    os.makedirs(os.path.join(tmp, "home"))
    try:
        port, pid, admin = servers.get("signed")
        url = "http://127.0.0.1:%d" % port
        test_lifecycle(admin, url, tmp)
        test_not_permitted(admin, url, tmp)
        test_debug_no_secrets(admin, url, tmp)
        test_ipv6(tmp)
        test_sigint(admin, url, tmp)
        test_sigpipe(admin, url, tmp)
        test_version_help(tmp)
        test_static_binary()
        test_install(tmp)
        test_client_hello(tmp)
        test_layout(admin, url, tmp)
    finally:
        servers.close()
        subprocess.run(["rm", "-rf", tmp])
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
