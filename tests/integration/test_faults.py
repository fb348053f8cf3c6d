"""test_faults.py - build/swf-cancel against misbehaving endpoints, beyond
the golden comparisons (tests/golden_cases.py records the CLI's answer to
each fault of the matrix; this file checks what goldens cannot):

  - a wide fault matrix over http and https (tests/swf_server.py faults,
    with offsets inside the status line, the headers and the body): never
    a crash, a hang or a partial request; exit 0 or 255; nothing on
    stdout; on failure one of the CLI's messages as the last line; never
    more attempts than configured, each a complete, validly signed
    request;
  - time bounds: the read timeout is honoured per attempt, and the whole
    run is bounded by attempts x timeout plus the backoff (loose bounds);
    the same for a TLS handshake that stalls (connect timeout);
  - SIGINT in every phase (TLS handshake, waiting for the answer, a
    trickling answer, the retry backoff) ends the tool as the CLI: exit
    130 and a newline on stdout;
  - SIGPIPE never kills it: stdout or stderr a pipe nobody reads.

Environment: BUILD (build directory), PYTHON, SWF_RUNNER (a command put in
front of the binary: qemu-user, valgrind).
"""
import os
import re
import shutil
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
# Slack for slow runners (valgrind, qemu) in the loose time bounds.
SLACK = 30 if compat.runner() else 10
passed = failed = 0

# The last line of every failure the matrix may cause, in the CLI's words.
MESSAGES = re.compile(
    r'^(Connection was closed before we received a valid response from '
    r'endpoint URL: "[^"]+"\.'
    r'|Read timeout on endpoint URL: "[^"]+"'
    r'|Could not connect to the endpoint URL: "[^"]+"'
    r'|An error occurred \([^)]+\) when calling the '
    r'RespondActivityTaskCanceled operation( \(reached max retries: \d+\))?'
    r': .*'
    # botocore's parser on a JSON error body that is not an object
    r"|'(list|str|int|float|bool|NoneType)' object has no attribute 'get')$")

# Faults, each queued twice (one per attempt, AWS_MAX_ATTEMPTS=2).
MATRIX = [
    "throttle", {"status": 500}, {"status": 503}, {"status": 400},
    {"status": 500, "body": ""}, {"status": 502, "body": "<html>x</html>"},
    {"status": 429, "body": "{}"}, {"status": 404, "body": "null"},
    "html", "truncate", {"kind": "truncate", "missing": 1},
    "chunked", {"kind": "chunked", "chunkSize": 1}, "close_delimited",
    "continue100", "garbage", "big_headers",
    {"kind": "big_headers", "size": 17000}, {"kind": "trickle",
                                              "interval": 0.002},
    {"delay": 0.3}, "reset", "close",
] + [{"kind": k, "after": n} for k in ("reset", "close")
     for n in (1, 5, 12, 17, 30, 60, 100, 150)] + [
    {"kind": "garbage", "body": b} for b in (
        "HTTP/1.1 200 OK\r\n",
        "HTTP/1.1 999 Weird\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        "fffffffffffffffffffff\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
        "HTTP/1.1 100 Continue\r\n\r\n" * 20,
        "HTTP/1.1 500 Oops\r\nContent-Length: 10\r\n\r\n\u00e9\u00e9\u00e9\u00e9\u00e9",
        "HTTP/1.1 400 Bad\r\nContent-Length: 2\r\n\r\n[]",
        "HTTP/1.1 200 OK\r\nBad Header Line\r\n\r\n",
        "\r\n\r\n", "\x00\x01\x02\x03\r\n\r\n",
        "HTTP/1.0 200 OK\r\n\r\n" + "x" * 5000,
    )
]


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (what[:200], str(detail)[:400]))


def env_for(tmp, **extra):
    env = compat.base_env(tmp)
    env.update(extra)
    return env


def make_cert(tmp):
    key = os.path.join(tmp, "key.pem")
    cert = os.path.join(tmp, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048",
                    "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                    "-subj", "/CN=localhost", "-addext",
                    "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


def run_fault(admin, url, tmp, fault, extra_args=(), scheme="http"):
    """Queue fault twice, run with 2 attempts; check the invariants."""
    what = "%s fault %r" % (scheme, fault)
    admin.reset()
    task = admin.task()
    admin.faults([fault, fault])
    t0 = time.time()
    try:
        r = subprocess.run(RUN + ["--task-token", task["taskToken"],
                                  "--endpoint-url", url,
                                  "--cli-read-timeout", "2"] +
                           list(extra_args),
                           env=env_for(tmp, AWS_MAX_ATTEMPTS="2"),
                           stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=60 + SLACK)
    except subprocess.TimeoutExpired:
        check(False, what + ": hangs")
        return
    took = time.time() - t0
    err = r.stderr.decode("utf-8", "replace")
    check(r.returncode in (0, 255), what + ": exit 0 or 255",
          (r.returncode, err[-300:]))
    check(r.stdout == b"", what + ": nothing on stdout", r.stdout[:200])
    if r.returncode == 0:
        check(err == "", what + ": quiet on success", err[-300:])
    else:
        last = err.rstrip("\n").split("\n")[-1]
        check(err.startswith("\n") and MESSAGES.match(last) is not None,
              what + ": the CLI's message", err[-300:])
    reqs = admin.requests()
    check(1 <= len(reqs) <= 2, what + ": 1 or 2 attempts", len(reqs))
    for q in reqs:
        # (the endpoint checks signatures only of requests it processes)
        auth = dict((k.lower(), v) for k, v in q.get("headers", [])).get(
            "authorization", "")
        check(q.get("json") == {"taskToken": task["taskToken"]} and
              auth.startswith("AWS4-HMAC-SHA256 Credential=%s/" %
                              compat.AKID),
              what + ": complete signed request",
              (q.get("body", "")[:60], auth[:60]))
    check(took < 2 * 2 + 1 + SLACK + 10, what + ": bounded time", took)


def test_matrix(admin, url, tmp, scheme, extra=()):
    for f in MATRIX:
        run_fault(admin, url, tmp, f, extra, scheme)


def test_read_timeout_bounds(admin, url, tmp):
    """No answer at all: each attempt waits the read timeout, the whole run
    at most attempts x timeout + backoff (legacy: <= 1 + 2 s)."""
    for mode in ("legacy", "standard"):
        admin.reset()
        task = admin.task()
        admin.faults(["no_response"] * 3)
        t0 = time.time()
        r = subprocess.run(RUN + ["--task-token", task["taskToken"],
                                  "--endpoint-url", url,
                                  "--cli-read-timeout", "1"],
                           env=env_for(tmp, AWS_MAX_ATTEMPTS="3",
                                       AWS_RETRY_MODE=mode),
                           capture_output=True, timeout=60 + SLACK)
        took = time.time() - t0
        check(r.returncode == 255 and r.stderr.endswith(
            b"\nRead timeout on endpoint URL: \"" + url.encode() +
            b"/\"\n"), "%s: read timeout message" % mode, r.stderr[-200:])
        check(len(admin.requests()) == 3, "%s: 3 attempts" % mode,
              len(admin.requests()))
        check(took >= 3.0, "%s: each attempt waits its read timeout" % mode,
              took)
        check(took <= 3 * 1 + 3 + SLACK, "%s: total time bounded" % mode,
              took)


class Stall:
    """Accepts TCP connections and never answers."""

    def __init__(self):
        self.s = compat.StallServer()
        self.url = "https://127.0.0.1:%d" % self.s.port


def test_tls_stall(tmp):
    st = Stall()
    try:
        t0 = time.time()
        r = subprocess.run(RUN + ["--task-token", "t", "--endpoint-url",
                                  st.url, "--cli-connect-timeout", "1",
                                  "--cli-read-timeout", "30"],
                           env=env_for(tmp, AWS_MAX_ATTEMPTS="3"),
                           capture_output=True, timeout=60 + SLACK)
        took = time.time() - t0
        check(r.returncode == 255 and r.stderr.endswith(
            b"\nRead timeout on endpoint URL: \"" + st.url.encode() +
            b"/\"\n"), "TLS stall: the CLI's message", r.stderr[-200:])
        check(st.s.count == 3, "TLS stall: 3 connections", st.s.count)
        check(3.0 <= took <= 3 + 3 + SLACK,
              "TLS stall: handshake bounded by the connect timeout", took)
    finally:
        st.s.close()


def interrupt(cmd, env, ready, what):
    """Start cmd, wait until ready() (max 60 s), SIGINT it: 130 and "\\n"."""
    p = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    limit = time.time() + 60
    while not ready() and time.time() < limit and p.poll() is None:
        time.sleep(0.05)
    time.sleep(0.2)
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=20 + SLACK)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        check(False, "SIGINT %s: still running" % what)
        return
    check(p.returncode == 130, "SIGINT %s: exit 130" % what,
          (p.returncode, err[-300:]))
    check(out == b"\n", "SIGINT %s: a newline on stdout" % what, out)


def test_sigint(admin, url, tmp):
    env = env_for(tmp)
    # waiting for an answer that never comes
    admin.reset()
    task = admin.task()
    admin.faults(["no_response"])
    interrupt(RUN + ["--task-token", task["taskToken"], "--endpoint-url",
                     url], env, lambda: admin.requests(), "waiting")
    # in the middle of a trickling answer
    admin.reset()
    task = admin.task()
    admin.faults([{"kind": "trickle", "interval": 0.5}])
    interrupt(RUN + ["--task-token", task["taskToken"], "--endpoint-url",
                     url], env, lambda: admin.requests(), "reading")
    # sleeping between attempts (legacy backoff after a throttle: up to 1 s,
    # then 2 s, ...; the third attempt is never reached)
    admin.reset()
    task = admin.task()
    admin.faults([{"kind": "throttle"}] * 5)
    interrupt(RUN + ["--task-token", task["taskToken"], "--endpoint-url",
                     url], env_for(tmp, AWS_MAX_ATTEMPTS="5"),
              lambda: len(admin.requests()) >= 2, "backoff")
    admin.reset()
    # during a TLS handshake that stalls
    st = Stall()
    try:
        interrupt(RUN + ["--task-token", "t", "--endpoint-url", st.url],
                  env, lambda: st.s.count >= 1, "TLS handshake")
    finally:
        st.s.close()


def closed_pipe():
    r, w = os.pipe()
    os.close(r)
    return w


def test_sigpipe(admin, url, tmp):
    env = env_for(tmp)
    cases = [
        ("stdout", ["--query", "'x'"], True, 120),
        ("stdout", ["--output", "table", "--query", "{a: 'x', b: `[1,2]`}"],
         True, 120),
        ("stderr", [], False, 255),
        ("stderr", ["--debug"], True, 0),
    ]
    for which, extra, real_token, want in cases:
        task = admin.task()
        token = task["taskToken"] if real_token else "no-such-token"
        w = closed_pipe()
        kw = {"stdout": w, "stderr": subprocess.DEVNULL} if which == "stdout" \
            else {"stdout": subprocess.DEVNULL, "stderr": w}
        try:
            p = subprocess.run(RUN + ["--task-token", token,
                                      "--endpoint-url", url] + extra,
                               env=env, stdin=subprocess.DEVNULL,
                               timeout=60 + SLACK, **kw)
        finally:
            os.close(w)
        what = "closed %s %s" % (which, " ".join(extra))
        check(p.returncode != -signal.SIGPIPE,
              "%s: not killed by SIGPIPE" % what, p.returncode)
        check(p.returncode == want, "%s: exit %d" % (what, want),
              p.returncode)


# When stdout fails: Python's stdout is block-buffered (st_blksize bytes,
# 4096 for a pipe or /dev/full); output that fits is flushed at exit, where
# the failure turns the status into 120 with this text on stderr; longer
# output fails during the run, where awscli's formatter ignores it.
# Answers of aws-cli/1.45.11 (Python 3.11), checked live when installed.
EXC = ("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
       "encoding='utf-8'>\n%s\n")
EXC_COLOR = ("Exception ignored in: \033[0m<colorama.ansitowin32.StreamWrapper "
             "object at 0x...>\033[0m\n\033[0m%s\033[0m: \033[0m%s\033[0m\n"
             "\033[0m")
EPIPE = "[Errno 32] Broken pipe"
BIG = "[" * 30 + "'" + "x" * 400 + "'" + "]" * 30      # 4124 bytes of JSON
FIT = "[" * 30 + "'" + "x" * 373 + "'" + "]" * 30      # 4096 bytes
STDOUT_CASES = [
    # (stdout, arguments, environment, real token, status, stderr)
    ("pipe", ["--query", "'x'"], {}, True, 120,
     EXC % ("BrokenPipeError: " + EPIPE)),
    ("pipe", ["--query", FIT], {}, True, 120,
     EXC % ("BrokenPipeError: " + EPIPE)),
    ("pipe", ["--query", BIG], {}, True, 0, ""),
    ("pipe", [], {}, True, 0, ""),
    ("pipe", ["--output", "text", "--query", "'x'"], {}, True, 120,
     EXC % ("BrokenPipeError: " + EPIPE)),
    ("pipe", ["--output", "table", "--query", "{a: 'x'}"], {}, True, 120,
     EXC % ("BrokenPipeError: " + EPIPE)),
    ("pipe", ["--output", "table", "--color", "on", "--query", "{a: 'x'}"],
     {}, True, 120, EXC_COLOR % ("BrokenPipeError", EPIPE)),
    ("full", ["--query", "'x'"], {}, True, 120,
     EXC % "OSError: [Errno 28] No space left on device"),
    ("pipe", ["--generate-cli-skeleton"], {}, True, 120,
     EXC % ("BrokenPipeError: " + EPIPE)),
    ("pipe", ["--generate-cli-skeleton"], {"PYTHONUNBUFFERED": "1"}, True,
     255, "\n%s\n" % EPIPE),
    ("pipe", ["--query", "'x'"], {"PYTHONUNBUFFERED": "1"}, True, 0, ""),
    ("pipe", ["--query", "'x'"], {}, False, 255,
     "\nAn error occurred (UnknownResourceFault) when calling the "
     "RespondActivityTaskCanceled operation: Unknown activity "
     "task token\n"),
]


def run_stdout_case(cmd, admin, url, tmp, case):
    out, extra, more_env, real_token, _, _ = case
    token = admin.task()["taskToken"] if real_token else "no-such-token"
    w = closed_pipe() if out == "pipe" else os.open("/dev/full", os.O_WRONLY)
    try:
        p = subprocess.run(cmd + ["--task-token", token, "--endpoint-url",
                                  url] + extra,
                           env=env_for(tmp, **more_env),
                           stdin=subprocess.DEVNULL, stdout=w,
                           stderr=subprocess.PIPE, timeout=60 + SLACK)
    finally:
        os.close(w)
    err = re.sub(r"object at 0x[0-9a-f]+>", "object at 0x...>",
                 p.stderr.decode("utf-8", "replace"))
    return p.returncode, err


def test_stdout_failures(admin, url, tmp):
    aws = shutil.which("aws") if os.environ.get("SWF_LIVE_CLI") != "0" \
        else None
    for case in STDOUT_CASES:
        what = "stdout %s %s %s" % (case[0], " ".join(case[1])[:40],
                                    case[2] or "")
        want = case[4], case[5]
        got = run_stdout_case(RUN, admin, url, tmp, case)
        check(got == want, what + ": the CLI's status and message",
              (got, want))
        if aws:
            live = run_stdout_case([aws, "swf",
                                    "respond-activity-task-canceled"],
                                   admin, url, tmp, case)
            check(live == want, what + ": the live CLI agrees", live)


def main():
    servers = compat.Servers(python=os.environ.get("PYTHON"))
    tmp = tempfile.mkdtemp(prefix="swf-faults-")
    os.makedirs(os.path.join(tmp, "home"))
    tls_pid = None
    try:
        port, pid, admin = servers.get("signed")
        url = "http://127.0.0.1:%d" % port
        test_matrix(admin, url, tmp, "http")
        test_read_timeout_bounds(admin, url, tmp)
        test_tls_stall(tmp)
        test_sigint(admin, url, tmp)
        test_sigpipe(admin, url, tmp)
        test_stdout_failures(admin, url, tmp)
        # the same matrix over TLS
        cert, key = make_cert(tmp)
        tport, tls_pid = swf_client.start_server(
            ["--quiet", "--tls-cert", cert, "--tls-key", key],
            python=os.environ.get("PYTHON"))
        tadmin = swf_client.Admin(endpoint="https://127.0.0.1:%d" % tport)
        test_matrix(tadmin, "https://127.0.0.1:%d" % tport, tmp, "https",
                    ["--ca-bundle", cert])
    finally:
        if tls_pid:
            swf_client.stop_server(tls_pid)
        servers.close()
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
