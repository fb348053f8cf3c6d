"""netcompat.py - run one HTTPS/proxy case (tests/net_cases.py) against
local servers, for the CLI (scripts/record-golden-https.py) and for
build/swf-cancel (tests/integration/test_https.py, test_proxy.py).

World sets up, once per test run, under a temporary directory:
  - the certificate matrix of tests/tls_certs.sh (generated now, new keys),
    plus bundles made from it: an Ed25519 root next to the RSA root, the
    system bundle with the test root appended, malformed bundles;
  - one tests/swf_server.py per server certificate (HTTPS, 127.0.0.1 or
    ::1) and one plain HTTP server, each behind a counting relay (the
    endpoint URL names the relay, so the number of TCP connections, that
    is of attempts, is known for the CLI and for us alike);
  - two recording proxies (tests/proxy_server.py) and a port nothing
    listens on.
Nothing but loopback is ever contacted: DNS-name certificates are served as
"localhost"; names under .test (wildcard certificates) are only ever reached
through the proxy, which maps them to 127.0.0.1; endpoints derived from a
region (real AWS names) are only used with a proxy that records the CONNECT
and refuses it.

A case is a dict:
  name     unique; the golden file tests/golden/SUITE/NAME.json
  cert     server certificate (tls_certs.sh name); None: plain HTTP server
  host     host put in the endpoint URL (with the relay's port); None: no
           --endpoint-url (the region decides)
  ipv6     the server listens on ::1
  scheme   of the endpoint URL (default: https with cert, else http)
  dead     the endpoint URL names a port nothing listens on
  args     more arguments; env: more environment (None unsets); config:
           text of the config file.  Placeholders: {CERTS} {TMP} {PORT}
           {PROXY} (proxy URL) {PROXY_PORT} {PROXY2} {PROXY2_PORT}
           {DEAD_PORT} {SYSTEM_PLUS_TEST}
  proxy    proxy mode (proxy_server.py: tunnel, 403, 407, close, reset,
           garbage, slow); proxy_auth "user:password" the proxy requires
  attempts AWS_MAX_ATTEMPTS (default 1)
  expect   a deliberate difference from the CLI: not recorded; the fields
           given (and stderr_has / stderr_lacks lists) are checked instead

A result: rc, stdout, stderr (placeholders put back, the CLI's Python
warning prefix and the _ssl.c line number normalised), requests (SWF
requests the server received), connections (TCP connections the relay
accepted), proxy and proxy2 ([method, target, Proxy-Authorization or
null] for each request each proxy received).
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import compat  # noqa: E402
import proxy_server  # noqa: E402
import swf_client  # noqa: E402

SYSTEM_BUNDLES = ["/etc/ssl/certs/ca-certificates.crt",
                  "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/ca-bundle.pem",
                  "/var/lib/ca-certificates/ca-bundle.pem",
                  "/etc/pki/tls/cacert.pem",
                  "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
                  "/etc/ca-certificates/extracted/tls-ca-bundle.pem",
                  "/etc/ssl/cert.pem"]

WARN_RE = re.compile(r"^\S*connectionpool\.py:\d+: (InsecureRequestWarning: "
                     r"[^\n]*)\n  warnings\.warn\(\n", re.M)
SSL_LINE_RE = re.compile(r"\(_ssl\.c:\d+\)")


class Relay:
    """TCP relay on loopback in front of a server; counts connections."""

    def __init__(self, target_port, ipv6=False):
        self.addr = "::1" if ipv6 else "127.0.0.1"
        self.target = (self.addr, target_port)
        fam = socket.AF_INET6 if ipv6 else socket.AF_INET
        self.sock = socket.socket(fam, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((self.addr, 0))
        self.sock.listen(32)
        self.port = self.sock.getsockname()[1]
        self.count = 0
        self.lock = threading.Lock()
        threading.Thread(target=self._loop, daemon=True).start()

    def _loop(self):
        while True:
            try:
                s, _ = self.sock.accept()
            except OSError:
                return
            with self.lock:
                self.count += 1
            threading.Thread(target=self._serve, args=(s,),
                             daemon=True).start()

    def _serve(self, s):
        try:
            up = socket.create_connection(self.target, timeout=10)
        except OSError:
            s.close()
            return
        proxy_server.Proxy._relay(s, up)
        s.close()

    def reset(self):
        with self.lock:
            self.count = 0

    def close(self):
        self.sock.close()


def _sh(cmd, cwd=None):
    subprocess.run(cmd, shell=True, check=True, cwd=cwd,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class World:
    def __init__(self, python=None):
        self.python = python or sys.executable
        self.tmp = tempfile.mkdtemp(prefix="swf-net-")
        self.certs = os.path.join(self.tmp, "certs")
        _sh("sh %s %s" % (os.path.join(HERE, "tls_certs.sh"), self.certs))
        self._bundles()
        self.servers = {}
        self.proxy = proxy_server.Proxy()
        self.proxy2 = proxy_server.Proxy()
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.dead_port = s.getsockname()[1]
        s.close()
        self.runs = 0

    def _bundles(self):
        c = self.certs

        def read(name):
            with open(os.path.join(c, name)) as f:
                return f.read()

        def write(name, text):
            with open(os.path.join(c, name), "w") as f:
                f.write(text)

        _sh("openssl req -x509 -newkey ed25519 -keyout ed25519.key.pem "
            "-out ed25519.pem -subj '/CN=Test Root Ed25519' -days 30 "
            "-nodes", cwd=c)
        rsa = read("ca-rsa.pem")
        write("ca-ed25519-rsa.pem", read("ed25519.pem") + rsa)
        system = next((p for p in SYSTEM_BUNDLES if os.path.exists(p)), None)
        if system is None:
            raise SystemExit("netcompat: no system CA bundle (install "
                             "ca-certificates)")
        with open(system) as f:
            write("system-plus-test.pem", f.read() + rsa)
        write("bad-empty.pem", "")
        write("bad-text.pem", "just some text\nno certificate here\n")
        write("bad-base64.pem", "-----BEGIN CERTIFICATE-----\nnot base64 "
              "!!!\n-----END CERTIFICATE-----\n")
        write("bad-truncated.pem", rsa[:300])
        write("bad-no-end.pem", rsa.replace("-----END CERTIFICATE-----", ""))
        lines = rsa.split("\n")   # a blank line inside the base64
        write("bad-blank-line.pem", "\n".join(lines[:3] + [""] + lines[3:]))

    def server(self, cert, ipv6=False):
        """(relay, admin) of the server with this certificate."""
        key = (cert, ipv6)
        if key not in self.servers:
            extra = ["--quiet"]
            if cert:
                extra += ["--tls-cert", os.path.join(self.certs,
                                                     cert + ".chain.pem"),
                          "--tls-key", os.path.join(self.certs,
                                                    cert + ".key.pem")]
            if ipv6:
                extra.append("--ipv6")
            port, pid = swf_client.start_server(extra, python=self.python)
            host = "[::1]" if ipv6 else "127.0.0.1"
            admin = swf_client.Admin(endpoint="%s://%s:%d" % (
                "https" if cert else "http", host, port))
            self.servers[key] = (Relay(port, ipv6), admin, pid)
        relay, admin, _ = self.servers[key]
        return relay, admin

    def close(self):
        for relay, _, pid in self.servers.values():
            relay.close()
            swf_client.stop_server(pid)
        self.servers = {}
        self.proxy.close()
        self.proxy2.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def _proxy_log(p):
    out = []
    for r in p.records:
        auth = [v for k, v in r["headers"]
                if k.lower() == "proxy-authorization"]
        out.append([r["method"], r["target"], auth[0] if auth else None])
    return out


def _replace_number(text, number, name):
    return re.sub(r"(?<!\d)%d(?!\d)" % number, "{%s}" % name, text)


def normalize(text, ctx):
    text = WARN_RE.sub(r"\1\n", text)
    text = SSL_LINE_RE.sub("(_ssl.c:N)", text)
    for k in ("CERTS", "TMP", "TOKEN"):
        text = text.replace(ctx[k], "{%s}" % k)
    for k in ("PORT", "PROXY_PORT", "PROXY2_PORT", "DEAD_PORT"):
        text = _replace_number(text, int(ctx[k]), k)
    return text


def _subst(s, ctx):
    for k, v in ctx.items():
        s = s.replace("{" + k + "}", v)
    return s


def run_case(world, case, argv0):
    """Run argv0 on case; return the normalized result."""
    relay, admin = world.server(case.get("cert"), case.get("ipv6", False))
    world.runs += 1
    tmp = tempfile.mkdtemp(prefix="case-", dir=world.tmp)
    try:
        os.makedirs(os.path.join(tmp, "home"))
        token = "tok-%s-%d-%d" % (case["name"], os.getpid(), world.runs)
        ctx = {"CERTS": world.certs, "TMP": tmp, "TOKEN": token,
               "PORT": str(relay.port), "PROXY": world.proxy.url,
               "PROXY_PORT": str(world.proxy.port),
               "PROXY2": world.proxy2.url,
               "PROXY2_PORT": str(world.proxy2.port),
               "DEAD_PORT": str(world.dead_port),
               "SYSTEM_PLUS_TEST": os.path.join(world.certs,
                                                "system-plus-test.pem")}
        admin.reset(state=True)
        admin.task(taskToken=token)
        relay.reset()
        world.proxy.reset(case.get("proxy", "tunnel"), case.get("proxy_auth"))
        world.proxy2.reset("tunnel")
        env = compat.base_env(tmp)
        env["AWS_MAX_ATTEMPTS"] = str(case.get("attempts", 1))
        for k, v in case.get("env", {}).items():
            if v is None:
                env.pop(k, None)
            else:
                env[k] = _subst(v, ctx)
        if "config" in case:
            with open(env["AWS_CONFIG_FILE"], "w") as f:
                f.write(_subst(case["config"], ctx))
        args = ["--task-token", token]
        if case.get("host"):
            args += ["--endpoint-url", "%s://%s:%d" % (
                case.get("scheme", "https" if case.get("cert") else "http"),
                case["host"], world.dead_port if case.get("dead")
                else relay.port)]
        args += [_subst(a, ctx) for a in case.get("args", [])]
        if os.path.basename(argv0[-1]) != "swf-cancel":
            args = compat.OP + args
        p = subprocess.run(argv0 + args, env=env, cwd=tmp,
                           stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=case.get("timeout", 120))
        reqs = admin.requests()
        res = {"rc": p.returncode,
               "stdout": normalize(p.stdout.decode("utf-8", "replace"), ctx),
               "stderr": normalize(p.stderr.decode("utf-8", "replace"), ctx),
               "requests": len(reqs), "connections": relay.count,
               "proxy": _proxy_log(world.proxy),
               "proxy2": _proxy_log(world.proxy2)}
        return json.loads(normalize(json.dumps(res), ctx))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


FIELDS = ("rc", "stdout", "stderr", "requests", "connections", "proxy",
          "proxy2")


def compare(want, got, fields=FIELDS):
    """Differences between two results over fields (empty: they agree)."""
    return ["%s: want %r got %r" % (k, want.get(k), got.get(k))
            for k in fields if k in want and want.get(k) != got.get(k)]


def check_expect(case, got):
    """Differences between a deliberate-difference case and its result."""
    exp = case["expect"]
    diffs = compare(exp, got, [k for k in FIELDS if k in exp])
    for s in exp.get("stderr_has", []):
        if s not in got["stderr"]:
            diffs.append("stderr lacks %r: %r" % (s, got["stderr"]))
    for s in exp.get("stderr_lacks", []):
        if s in got["stderr"]:
            diffs.append("stderr has %r: %r" % (s, got["stderr"]))
    return diffs


def golden_path(root, suite, name):
    return os.path.join(root, "tests", "golden", suite, name + ".json")


def run_suite(suite, cases, root):
    """The body of test_https.py / test_proxy.py: build/swf-cancel on every
    case against the golden file (or the case's expectation), and the CLI
    itself when installed (SWF_LIVE_CLI=0: not).  Environment: BUILD,
    PYTHON, SWF_CASES=a,b (only these), SWF_RUNNER (qemu-user prefix).
    Prints "N passed, N failed" last; returns the exit status."""
    build = os.environ.get("BUILD", "build")
    binary = os.path.abspath(os.path.join(root, build, "swf-cancel"))
    only = set(filter(None, os.environ.get("SWF_CASES", "").split(",")))
    live = shutil.which("aws") if os.environ.get("SWF_LIVE_CLI") != "0" \
        else None
    counts = [0, 0]

    def check(ok, what, details=()):
        counts[0 if ok else 1] += 1
        if not ok:
            print("FAIL %s" % what)
            for d in details:
                print("    " + d[:800])

    world = World(python=os.environ.get("PYTHON"))
    try:
        for case in cases:
            name = case["name"]
            if only and name not in only:
                continue
            got = run_case(world, case, compat.runner() + [binary])
            if "expect" in case:
                diffs = check_expect(case, got)
                check(not diffs, "%s (deliberate difference)" % name, diffs)
                continue
            path = golden_path(root, suite, name)
            if not os.path.exists(path):
                check(False, "%s: no golden file (run "
                      "scripts/record-golden-https.py %s %s)" %
                      (name, suite, name))
                continue
            with open(path) as f:
                want = json.load(f)
            diffs = compare(want, got)
            check(not diffs, name, diffs)
            if live:
                diffs = compare(want, run_case(world, case, [live]))
                check(not diffs, "%s (live AWS CLI vs golden)" % name, diffs)
    finally:
        world.close()
    print("%d passed, %d failed" % (counts[0], counts[1]))
    return 1 if counts[1] else 0
