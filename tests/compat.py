"""compat.py - run one command-line case against the local SWF endpoint.

Shared by scripts/record-golden.py (which runs the real AWS CLI and writes
tests/golden/*.json) and tests/integration/test_cli_compat.py (which runs
build/swf-cancel and compares, and also the CLI live when it is installed).

A case (see tests/golden_cases.py) is a dict:
  name     unique name, also the golden file's name
  args     argument list after the program name; placeholders:
           {URL} endpoint URL, {TOKEN} the task token, {TMP} the case's
           temporary directory, {PORT} the server's port
  env      extra environment (same placeholders); a value None unsets
  files    {relative path: text} written under {TMP} first
  task     create an activity task with token {TOKEN} (default True)
  faults   list queued with /__admin/faults before the run
  server   "signed" (default) or "unsigned" (accepts unsigned requests)
  timeout  seconds the run may take (default 60)
  stall    also start a TCP listener that accepts connections and never
           sends a byte ({STALL} is its host:port); the result then counts
           the connections it accepted ("connections")
  stdout_only / no_stderr: compare less when the CLI's text is Python's own

The result of a run: {"rc", "stdout", "stderr", "requests"} with the
endpoint URL, port and temporary directory replaced by their placeholders,
and for each SWF request the fields that must agree: target, content type,
parsed body, signature verdict, region, service, token header, access key.
"""

import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import swf_client  # noqa: E402

# Credentials the server knows (tests/swf_server.py built-ins).
AKID = "AKIDEXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION_SECRET = "SessionSecretEXAMPLEKEY/0123456789+abcdef"
SESSION_TOKEN = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN//////////wEaDEXAMPLE+token="
OP = ["swf", "respond-activity-task-canceled"]


_runs = 0


def runner():
    """The command put in front of the binary under test: SWF_RUNNER, e.g.
    qemu-aarch64-static for a cross-built binary (empty: run it directly)."""
    return shlex.split(os.environ.get("SWF_RUNNER", ""))


class Servers:
    """One signed and one unsigned-accepting server for a whole run."""

    def __init__(self, python=None):
        self.python = python or sys.executable
        self.procs = {}

    def get(self, kind):
        if kind not in self.procs:
            extra = ["--quiet"]
            if kind == "unsigned":
                extra.append("--allow-unsigned")
            port, pid = swf_client.start_server(extra, python=self.python)
            self.procs[kind] = (port, pid, swf_client.Admin(port=port))
        return self.procs[kind]

    def stall(self):
        """The listener that accepts and never answers (started once)."""
        if getattr(self, "_stall", None) is None:
            self._stall = StallServer()
        return self._stall

    def close(self):
        for port, pid, _ in self.procs.values():
            swf_client.stop_server(pid)
        self.procs = {}
        if getattr(self, "_stall", None) is not None:
            self._stall.close()
            self._stall = None


class StallServer:
    """Accepts TCP connections on 127.0.0.1 and never sends a byte: a TLS
    handshake (or an HTTP exchange) that stalls.  Counts connections."""

    def __init__(self):
        import socket
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.conns = []
        self.count = 0
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            with self.lock:
                self.conns.append(c)
                self.count += 1

    def reset(self):
        with self.lock:
            for c in self.conns:
                c.close()
            self.conns = []
            self.count = 0

    def close(self):
        self.reset()
        self.sock.close()


def _subst(s, ctx):
    for k, v in ctx.items():
        s = s.replace("{" + k + "}", v)
    return s


def _normalize(text, ctx):
    text = text.replace("swf-cancel: error:", "aws: error:")
    for k in ("URL", "TMP", "TOKEN", "PORT", "STALL"):
        if ctx.get(k):
            text = text.replace(ctx[k], "{" + k + "}")
    return text


def _request_summary(r):
    hdrs = {k.lower(): v for k, v in r.get("headers", [])}
    return {
        "target": hdrs.get("x-amz-target"),
        "contentType": hdrs.get("content-type"),
        "json": r.get("json"),
        "signature": r.get("signature"),
        "region": r.get("region"),
        "service": r.get("service"),
        "accessKey": r.get("accessKey"),
        "securityToken": r.get("securityToken"),
        "path": r.get("path"),
    }


def base_env(tmp):
    """A clean environment: no user config, no instance metadata."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.join(tmp, "home"),
        "LANG": "C.UTF-8",
        "AWS_CONFIG_FILE": os.path.join(tmp, "config"),
        "AWS_SHARED_CREDENTIALS_FILE": os.path.join(tmp, "credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ACCESS_KEY_ID": AKID,
        "AWS_SECRET_ACCESS_KEY": SECRET,
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_PAGER": "",
    }
    for k in ("PYENV_ROOT", "PYENV_VERSION", "PYTHONPATH"):
        if k in os.environ:
            env[k] = os.environ[k]
    return env


def command_args(case, argv0):
    """The arguments: aws grammar, or swf-cancel's own (no service/op)."""
    pre = case.get("pre", [])
    if os.path.basename(argv0[-1]) == "swf-cancel":
        return pre + case["args"]
    return pre + case.get("op", OP) + case["args"]


def run_case(case, argv0, servers):
    """Run argv0 + case args; return the normalized result dict."""
    port, pid, admin = servers.get(case.get("server", "signed"))
    tmp = tempfile.mkdtemp(prefix="swf-compat-")
    try:
        os.makedirs(os.path.join(tmp, "home"))
        global _runs
        _runs += 1
        token = "tok-%s-%d-%d" % (case["name"], os.getpid(), _runs)
        ctx = {"URL": "http://127.0.0.1:%d" % port, "TOKEN": token,
               "TMP": tmp, "PORT": str(port),
               "SESSION_SECRET": SESSION_SECRET,
               "SESSION_TOKEN": SESSION_TOKEN}
        stall = servers.stall() if case.get("stall") else None
        if stall:
            stall.reset()
            ctx["STALL"] = "127.0.0.1:%d" % stall.port
        for rel, text in case.get("files", {}).items():
            path = os.path.join(tmp, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            data = _subst(text, ctx)
            with open(path, "wb") as f:
                f.write(data.encode("utf-8", "surrogateescape"))
        admin.reset()
        if case.get("task", True):
            admin.task(taskToken=token)
        if case.get("faults"):
            admin.faults(case["faults"])
        env = base_env(tmp)
        for k, v in case.get("env", {}).items():
            if v is None:
                env.pop(k, None)
            else:
                env[k] = _subst(v, ctx)
        args = [_subst(a, ctx) for a in command_args(case, argv0)]
        if case.get("pre_cancel"):
            subprocess.run(argv0 + args, env=env, cwd=tmp,
                           stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=case.get("timeout", 60))
            admin.reset()
        p = subprocess.run(argv0 + args, env=env, cwd=tmp,
                           stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=case.get("timeout", 60))
        reqs = [_request_summary(r) for r in admin.requests()]
        out = p.stdout.decode("utf-8", "replace")
        err = p.stderr.decode("utf-8", "replace")
        result = {"rc": p.returncode, "stdout": _normalize(out, ctx),
                  "stderr": _normalize(err, ctx),
                  "requests": json.loads(_normalize(json.dumps(reqs), ctx))}
        if stall:
            result["connections"] = stall.count
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def compare(case, want, got):
    """List of differences between two results (empty when they agree)."""
    diffs = []
    if want["rc"] != got["rc"]:
        diffs.append("exit code: want %r got %r" % (want["rc"], got["rc"]))
    if want["stdout"] != got["stdout"]:
        diffs.append("stdout: want %r got %r" % (want["stdout"], got["stdout"]))
    if not case.get("no_stderr") and want["stderr"] != got["stderr"]:
        diffs.append("stderr: want %r got %r" % (want["stderr"], got["stderr"]))
    if want.get("connections") != got.get("connections"):
        diffs.append("connections: want %r got %r" %
                     (want.get("connections"), got.get("connections")))
    wr, gr = want["requests"], got["requests"]
    if len(wr) != len(gr):
        diffs.append("requests: want %d got %d" % (len(wr), len(gr)))
    for i, (a, b) in enumerate(zip(wr, gr)):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                diffs.append("request %d %s: want %r got %r" %
                             (i + 1, k, a.get(k), b.get(k)))
    return diffs
