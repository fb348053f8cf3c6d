"""harness.py - run one credentials scenario against the local fakes.

Shared by scripts/record-credentials.py (runs the real AWS CLI and writes
tests/golden/credentials/NAME.json) and tests/integration/
test_credentials.py (runs build/swf-cancel and compares; also the CLI live
when it is installed).

Two servers serve a whole run: tests/swf_server.py, knowing every
credential the fakes issue (so it checks that the SWF request is signed
with the key the CLI would use), and tests/fakes/cred_server.py (IMDS,
container credentials, STS).

A case (tests/fakes/credential_cases.py) is a dict:
  name      unique name, also the golden file's name
  files     {relative path: text} written under {TMP} first; "config" and
            "credentials" are the shared files
  scripts   {relative path: text} written like files, mode 0755
  env       extra environment; a value None unsets
  args      extra arguments (after --task-token and --endpoint-url)
  imds, container, sts   cred_server configuration (see its docstring)
  faults    cred_server one-shot faults
  read      files whose content after the run is part of the result
  debug     add --debug: stderr is then not compared (the CLI's log lines
            are its own), only the rest
  stdin     text given on standard input (default: none, /dev/null)
  timeout   seconds the run may take (default 60)
  expect    a deliberate difference: the fields given are what must come
            out (no golden file)
  stderr_tail       compare only the end of the CLI's stderr
  compare_fake      False: the requests the fakes saw are not compared
Placeholders in files, scripts, env and args: {TMP}, {CRED} (the fake's
URL, http://127.0.0.1:PORT), {TLSCRED} (the same over HTTPS,
https://localhost:PORT, certificate chain.chain.pem of tests/tls_certs.sh),
{CERTS} (that certificate directory: ca-rsa.pem trusts it), {SWF} (the SWF
endpoint URL), {PYTHON},
{WEB_TOKEN}, {CONTAINER_TOKEN}, {IN5MIN} and {IN12MIN} (ISO times from
now).

Safety: every run gets AWS_EC2_METADATA_SERVICE_ENDPOINT and
AWS_ENDPOINT_URL_STS pointing at the fake (IMDS also disabled unless the
case removes AWS_EC2_METADATA_DISABLED), BOTO_CONFIG in {TMP}, no proxy
variables; check_safe() refuses a case that would reach past loopback.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, TESTS)
sys.path.insert(0, HERE)
import swf_client  # noqa: E402
import cred_server  # noqa: E402

OP = ["swf", "respond-activity-task-canceled"]
CRED_SERVER = os.path.join(HERE, "cred_server.py")


class Fakes:
    """The SWF endpoint and the credential fakes, for a whole run."""

    def __init__(self, python=None, certs=None):
        self.python = python or sys.executable
        self.dir = tempfile.mkdtemp(prefix="swf-credfakes-")
        creds = os.path.join(self.dir, "swf-credentials.json")
        with open(creds, "w") as f:
            json.dump(swf_client_credentials(), f)
        self.swf_port, self.swf_pid = swf_client.start_server(
            ["--quiet", "--credentials", creds], python=self.python)
        self.swf = swf_client.Admin(port=self.swf_port)
        self.certs = certs or make_certs(os.path.join(self.dir, "certs"))
        self.cred_port, self.tls_port, self.cred_pid = self._start_cred()
        self.cred = swf_client.Admin(port=self.cred_port)

    def _start_cred(self):
        import time
        port_file = os.path.join(self.dir, "cred.port")
        p = subprocess.Popen([self.python, CRED_SERVER, "--quiet",
                              "--port-file", port_file, "--tls-cert",
                              os.path.join(self.certs, "chain.chain.pem"),
                              "--tls-key",
                              os.path.join(self.certs, "chain.key.pem")],
                             stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL,
                             start_new_session=True)
        deadline = time.time() + 15
        while time.time() < deadline:
            if p.poll() is not None:
                raise RuntimeError("cred_server exited with %d" % p.returncode)
            if os.path.exists(port_file):
                with open(port_file) as f:
                    plain, tls = f.read().split()
                return int(plain), int(tls), p.pid
            time.sleep(0.02)
        p.kill()
        raise RuntimeError("cred_server did not start")

    def close(self):
        swf_client.stop_server(self.swf_pid)
        swf_client.stop_server(self.cred_pid)
        shutil.rmtree(self.dir, ignore_errors=True)


def make_certs(path):
    """The TLS test certificates of tests/tls_certs.sh, in path."""
    subprocess.run(["sh", os.path.join(TESTS, "tls_certs.sh"), path],
                   check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return path


def swf_client_credentials():
    """Everything swf_server must accept: its built-ins and the fakes'."""
    import swf_server
    return swf_server.DEFAULT_CREDENTIALS + cred_server.all_credentials()


def secrets():
    """Every secret a run may hold (none may show in stderr or stdout)."""
    out = []
    for c in swf_client_credentials():
        out.append(c["secretAccessKey"])
        if c.get("sessionToken"):
            out.append(c["sessionToken"])
    return out + [WEB_TOKEN, CONTAINER_TOKEN]


WEB_TOKEN = "eyJhbGciOiJSUzI1NiJ9.WEBIDENTITYTOKENEXAMPLE.c2lnbmF0dXJl"
CONTAINER_TOKEN = "Basic Q09OVEFJTkVSQVVUSFRPS0VORVhBTVBMRQ=="

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _loopback_url(u):
    try:
        h = urlsplit(u).hostname
    except ValueError:
        return True      # refused before any connection
    return h is None or h in LOOPBACK or h.startswith("127.") or \
        h.endswith(".invalid")


_CFG_IMDS = re.compile(r"^\s*ec2_metadata_service_endpoint\s*=\s*(\S+)",
                       re.M)


_CFG_EP = re.compile(r"^\s*endpoint_url\s*=\s*(\S+)", re.M)


def check_safe(env, config_text=""):
    """Refuse environments that could reach a real address."""
    if env.get("AWS_EC2_METADATA_DISABLED", "").lower() != "true":
        ep = env.get("AWS_EC2_METADATA_SERVICE_ENDPOINT")
        m = _CFG_IMDS.search(config_text)
        if not ep and m:
            ep = m.group(1)
        if not ep or not _loopback_url(ep):
            raise RuntimeError("IMDS enabled without a loopback endpoint")
    if "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI" in env:
        raise RuntimeError("RELATIVE_URI means 169.254.170.2")
    full = env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI")
    if full is not None and not _loopback_url(full):
        raise RuntimeError("container URL not loopback: %s" % full)
    sts = [env.get("AWS_ENDPOINT_URL_STS") or env.get("AWS_ENDPOINT_URL")]
    if not sts[0]:
        sts = _CFG_EP.findall(config_text)
    if not sts or not all(_loopback_url(u) for u in sts):
        raise RuntimeError("STS endpoint not loopback")
    if env.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "").lower() == "true":
        raise RuntimeError("configured endpoints must stay in force")
    for k in env:
        if k.lower().endswith("_proxy"):
            raise RuntimeError("proxy variables are not allowed")


def _subst(s, ctx):
    for k, v in ctx.items():
        s = s.replace("{" + k + "}", v)
    return s


def base_env(tmp, ctx):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.join(tmp, "home"),
        "LANG": "C.UTF-8",
        "AWS_CONFIG_FILE": os.path.join(tmp, "config"),
        "AWS_SHARED_CREDENTIALS_FILE": os.path.join(tmp, "credentials"),
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_EC2_METADATA_SERVICE_ENDPOINT": ctx["CRED"] + "/",
        "AWS_ENDPOINT_URL_STS": ctx["CRED"] + "/",
        "BOTO_CONFIG": os.path.join(tmp, "boto"),
        "AWS_PAGER": "",
    }
    for k in ("PYENV_ROOT", "PYENV_VERSION", "PYTHONPATH"):
        if k in os.environ:
            env[k] = os.environ[k]
    return env


def command_args(case, argv0, ctx, token):
    args = ["--task-token", token, "--endpoint-url", ctx["SWF"]]
    args += [_subst(a, ctx) for a in case.get("args", [])]
    if case.get("debug"):
        args.append("--debug")
    if os.path.basename(argv0[-1]) == "swf-cancel":
        return args
    return OP + args


_SESSION_RE = re.compile(r"botocore-session-\d+")


def _normalize(text, ctx):
    text = text.replace("swf-cancel: error:", "aws: error:")
    for k in ("SWF", "CRED", "TLSCRED", "CERTS", "TMP", "CPORT", "SPORT",
              "TOKEN"):
        if ctx.get(k):
            text = text.replace(ctx[k], "{" + k + "}")
    return _SESSION_RE.sub("botocore-session-{TIME}", text)


def _fake_summary(r):
    h = r.get("headers", {})
    s = {"method": r["method"], "path": r["path"]}
    if r["path"].startswith("/latest/"):
        s["ttl"] = h.get("x-aws-ec2-metadata-token-ttl-seconds")
        s["imdsToken"] = "x-aws-ec2-metadata-token" in h
    elif r["path"].startswith("/container"):
        s["authorization"] = h.get("authorization")
        s["accept"] = h.get("accept")
    else:
        s["form"] = r.get("form")
        s["contentType"] = h.get("content-type")
        s["signed"] = "authorization" in h
        s["accessKey"] = r.get("accessKey")
        s["signature"] = r.get("signature")
        s["securityToken"] = r.get("securityToken")
        s["region"] = r.get("region")
    return s


def _swf_summary(r):
    return {"accessKey": r.get("accessKey"),
            "securityToken": r.get("securityToken"),
            "signature": r.get("signature")}


_runs = 0


def run_case(case, argv0, fakes, keep_raw=False):
    """Run argv0 for the case; return the normalized result dict."""
    tmp = tempfile.mkdtemp(prefix="swf-cred-")
    try:
        os.makedirs(os.path.join(tmp, "home"))
        ctx = {"TMP": tmp, "CRED": "http://127.0.0.1:%d" % fakes.cred_port,
               "SWF": "http://127.0.0.1:%d" % fakes.swf_port,
               "CPORT": str(fakes.cred_port), "SPORT": str(fakes.swf_port),
               "TLSCRED": "https://localhost:%d" % fakes.tls_port,
               "CERTS": fakes.certs,
               "PYTHON": sys.executable, "WEB_TOKEN": WEB_TOKEN,
               "CONTAINER_TOKEN": CONTAINER_TOKEN,
               "IN5MIN": cred_server.later(300),
               "IN12MIN": cred_server.later(720)}
        for kind in ("files", "scripts"):
            for rel, text in case.get(kind, {}).items():
                path = os.path.join(tmp, rel)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                data = _subst(text, ctx)
                with open(path, "wb") as f:
                    f.write(data.encode("utf-8", "surrogateescape"))
                if kind == "scripts":
                    os.chmod(path, 0o755)
        fakes.swf.reset()
        global _runs
        _runs += 1
        token = "tok-%s-%d-%d" % (case["name"], os.getpid(), _runs)
        ctx["TOKEN"] = token
        fakes.swf.task(taskToken=token)
        fakes.cred.ok("POST", "/__admin/reset", {})
        conf = {k: case.get(k, {}) for k in ("imds", "container", "sts")}
        fakes.cred.ok("POST", "/__admin/config",
                      json.loads(_subst(json.dumps(conf), ctx)))
        if case.get("faults"):
            fakes.cred.ok("POST", "/__admin/faults",
                          json.loads(_subst(json.dumps(case["faults"]), ctx)))
        env = base_env(tmp, ctx)
        for k, v in case.get("env", {}).items():
            if v is None:
                env.pop(k, None)
            else:
                env[k] = _subst(v, ctx)
        check_safe(env, _subst(case.get("files", {}).get("config", ""),
                               ctx))
        args = command_args(case, argv0, ctx, token)
        # a session of its own: no controlling terminal to prompt on
        stdin = case.get("stdin")
        p = subprocess.run(argv0 + args, env=env, cwd=tmp,
                           input=stdin.encode() if stdin else None,
                           stdin=None if stdin else subprocess.DEVNULL,
                           capture_output=True, start_new_session=True,
                           timeout=case.get("timeout", 60))
        swf = [_swf_summary(r) for r in fakes.swf.requests()]
        fake = [_fake_summary(r) for r in
                fakes.cred.ok("GET", "/__admin/requests")["requests"]]
        out = p.stdout.decode("utf-8", "replace")
        err = p.stderr.decode("utf-8", "replace")
        res = {"rc": p.returncode, "stdout": _normalize(out, ctx),
               "stderr": _normalize(err, ctx),
               "swf": swf,
               "fake": json.loads(_normalize(json.dumps(fake), ctx))}
        if case.get("read"):
            res["files"] = {}
            for rel in case["read"]:
                try:
                    with open(os.path.join(tmp, rel)) as f:
                        res["files"][rel] = _normalize(f.read(), ctx)
                except OSError:
                    res["files"][rel] = None
        if keep_raw:
            res["raw_stderr"] = err
            res["raw_stdout"] = out
        return res
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def compare(case, want, got):
    """Differences between two results (empty when they agree).  want may
    be partial (a case's "expect"): only its fields are compared."""
    diffs = []
    keys = ["rc", "stdout", "swf", "files"]
    if case.get("compare_fake", True):
        keys.append("fake")
    for k in keys:
        if k in want and want.get(k) != got.get(k):
            diffs.append("%s: want %r got %r" % (k, want.get(k), got.get(k)))
    if case.get("debug") or "stderr" not in want:
        return diffs
    if case.get("stderr_tail"):
        if not got["stderr"] or not want["stderr"].endswith(got["stderr"]):
            diffs.append("stderr: want the end of %r, got %r" %
                         (want["stderr"], got["stderr"]))
    elif want["stderr"] != got["stderr"]:
        diffs.append("stderr: want %r got %r" % (want["stderr"],
                                                 got["stderr"]))
    return diffs
