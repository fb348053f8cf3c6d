"""test_memory.py - the fixed memory budget, proven: whole calls under
`ulimit -v 1024` (1 MiB of address space for everything: the binary, its
.data/.bss, the stack, the vDSO).

Each case runs build/swf-cancel twice against local endpoints (HTTPS, the
test chain with an intermediate, RSA-2048): once without a limit and once
under the limit, each cancelling its own task; both must succeed with the
same stdout and the server must receive the same details.  The cases cover
the phases that need the most memory: a 32768-character details string of
4-byte characters from a file with every global option in use and the
system CA bundle plus the test root; the same through --cli-input-json as
\\u escapes (a 200 KiB document); credentials from an STS AssumeRole over
HTTPS; credentials from the container provider; --output table with a query.
Inputs beyond the limits are rejected with a message within the budget.

The limited runs use 1 MiB less HEADROOM_KIB: the kernel starts the stack
at a random offset (the same case's floor moves by 8 KiB from run to run
here), so a case within a few KiB of 1024 would pass or fail by chance, as
AssumeRole over HTTPS did in CI once (floor 1020-1028 KiB).  Failing here
means the budget is nearly spent, before it is missed by chance.

With SWF_MEM_FLOOR=1 it also prints each case's smallest working
`ulimit -v` (KiB), found by bisection (information, not asserted).

Environment: BUILD (build directory), PYTHON.  With SWF_RUNNER (qemu-user,
valgrind) or SWF_SANITIZED (an ASan build) set, nothing can run in 1 MiB:
the test says so and runs the cases without the limit only.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests"))
sys.path.insert(0, os.path.join(ROOT, "tests", "fakes"))
import compat  # noqa: E402
import harness  # noqa: E402
import swf_client  # noqa: E402

BIN = os.path.abspath(os.path.join(ROOT, os.environ.get("BUILD", "build"),
                                   "swf-cancel"))
LIMIT_KIB = 1024
HEADROOM_KIB = 16        # more than the stack's random offset moves a floor
SYSTEM_BUNDLES = ["/etc/ssl/certs/ca-certificates.crt",
                  "/etc/pki/tls/certs/ca-bundle.crt",
                  "/etc/ssl/cert.pem"]
passed = failed = 0


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (what, str(detail)[:800]))


def run(args, env, limit=None):
    cmd = compat.runner() + [BIN] + args
    if limit:
        cmd = ["sh", "-c", 'ulimit -v %d && exec "$@"' % limit, "sh"] + cmd
    return subprocess.run(cmd, env=env, capture_output=True, timeout=120)


def floor(args_fn, env):
    """Smallest ulimit -v (KiB, to 8 KiB) under which the case succeeds."""
    lo, hi = 64, 8192
    if run(args_fn(), env, hi).returncode != 0:
        return None
    while hi - lo > 8:
        mid = (lo + hi) // 2
        if run(args_fn(), env, mid).returncode == 0:
            hi = mid
        else:
            lo = mid
    return hi


class World:
    """Certificates, the HTTPS SWF endpoint and the credential fakes."""

    def __init__(self):
        self.tmp = tempfile.mkdtemp(prefix="swf-memory-")
        self.fakes = harness.Fakes()
        certs = self.fakes.certs
        creds = os.path.join(self.tmp, "swf-credentials.json")
        with open(creds, "w") as f:
            json.dump(harness.swf_client_credentials(), f)
        self.port, self.pid = swf_client.start_server(
            ["--quiet", "--credentials", creds,
             "--tls-cert", os.path.join(certs, "chain.chain.pem"),
             "--tls-key", os.path.join(certs, "chain.key.pem")])
        self.url = "https://localhost:%d" % self.port
        self.admin = swf_client.Admin(endpoint="https://127.0.0.1:%d" %
                                      self.port)
        with open(os.path.join(certs, "ca-rsa.pem")) as f:
            root = f.read()
        system = ""
        for p in SYSTEM_BUNDLES:
            if os.path.exists(p):
                with open(p) as f:
                    system = f.read()
                break
        self.has_system = bool(system)
        self.bundle = os.path.join(self.tmp, "system-plus-test.pem")
        with open(self.bundle, "w") as f:
            f.write(system + root)
        self.root = os.path.join(certs, "ca-rsa.pem")

    def env(self, **extra):
        env = compat.base_env(self.tmp)
        os.makedirs(env["HOME"], exist_ok=True)
        for k in ("AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
            if not os.path.exists(env[k]):
                open(env[k], "w").close()
        env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost,::1"
        env.update(extra)
        return env

    def write(self, name, text):
        p = os.path.join(self.tmp, name)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
        return p

    def close(self):
        swf_client.stop_server(self.pid)
        self.fakes.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


DETAILS = ("\U0001f600" * 32768)   # 32768 characters, 131072 UTF-8 bytes
DETAILS_BMP = ("caf\u00e9 \u2603 \"q\" \\ \n" * 2400)[:32768]


def case_every_option(w):
    w.write("config", "[profile mem]\nregion = us-east-1\n"
            "output = json\ncli_pager =\n")
    # --profile given: botocore skips the environment's keys
    w.write("credentials", "[mem]\naws_access_key_id = AKIDEXAMPLE\n"
            "aws_secret_access_key = "
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n")
    dfile = w.write("details.txt", DETAILS)

    def args(token="T"):
        return ["--task-token", token, "--details", "file://" + dfile,
                "--endpoint-url", w.url, "--ca-bundle", w.bundle,
                "--region", "us-east-1", "--profile", "mem",
                "--cli-connect-timeout", "10", "--cli-read-timeout", "10",
                "--query", "{a: 'cancelled', b: [`1`, `2.5`, 'x']}",
                "--output", "table", "--color", "off", "--no-paginate",
                "--debug"]
    return args, w.env(), DETAILS


def case_input_json(w):
    doc = {"taskToken": "T", "details": DETAILS_BMP}
    # Python's json.dumps escapes every non-ASCII character: \uXXXX
    text = json.dumps(doc)
    jfile = w.write("input.json", text)

    def args(token="T"):
        with open(jfile, "w") as f:
            f.write(text.replace('"T"', json.dumps(token), 1))
        return ["--cli-input-json", "file://" + jfile,
                "--endpoint-url", w.url, "--output", "text"]
    return args, w.env(AWS_CA_BUNDLE=w.bundle), DETAILS_BMP


def case_assume_role(w):
    creds = w.write("credentials", "[base]\naws_access_key_id = AKIDEXAMPLE\n"
                    "aws_secret_access_key = "
                    "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n")
    w.write("config", "[profile role]\nrole_arn = arn:aws:iam::123456789012:"
            "role/swf-role\nsource_profile = base\nregion = us-east-1\n")
    env = w.env(AWS_SHARED_CREDENTIALS_FILE=creds,
                AWS_ENDPOINT_URL_STS="https://localhost:%d/" %
                w.fakes.tls_port,
                AWS_CA_BUNDLE=w.root)
    for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        env.pop(k, None)

    def args(token="T"):
        return ["--task-token", token, "--details", "assumed",
                "--endpoint-url", w.url, "--profile", "role"]
    return args, env, "assumed"


def case_container(w):
    env = w.env(AWS_CONTAINER_CREDENTIALS_FULL_URI="http://127.0.0.1:%d/"
                "container/v1/creds" % w.fakes.cred_port,
                AWS_CA_BUNDLE=w.bundle)
    for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        env.pop(k, None)

    def args(token="T"):
        return ["--task-token", token, "--details", "from a container",
                "--endpoint-url", w.url]
    return args, env, "from a container"


CASES = [("every option, 32768 4-byte characters, system bundle",
          case_every_option),
         ("--cli-input-json of 200 KiB, AWS_CA_BUNDLE", case_input_json),
         ("AssumeRole over HTTPS", case_assume_role),
         ("container credentials", case_container)]


def run_case(w, name, make, limited):
    args, env, details = make(w)
    results = []
    for limit in (None, LIMIT_KIB - HEADROOM_KIB) if limited else (None,):
        task = w.admin.task()
        r = run(args(task["taskToken"]), env, limit)
        tag = "%s%s" % (name, " under ulimit -v %d" % limit if limit else "")
        check(r.returncode == 0, tag + ": exit 0",
              (r.returncode, r.stderr[-600:]))
        ev = w.admin.events(task["workflowId"], "ActivityTaskCanceled")
        got = ev[0]["activityTaskCanceledEventAttributes"].get("details") \
            if ev else None
        check(got == details, tag + ": task cancelled, details intact",
              (len(ev), len(got or "")))
        results.append(r)
    if len(results) == 2:
        check(results[0].stdout == results[1].stdout,
              name + ": same stdout with and without the limit",
              (results[0].stdout[:200], results[1].stdout[:200]))
    if os.environ.get("SWF_MEM_FLOOR") and limited:
        f = floor(lambda: args(w.admin.task()["taskToken"]), env)
        print("floor %s: %s KiB" % (name, f))


def test_oversize(w, limited):
    """Inputs beyond the limits: a clear message, within the budget."""
    big = w.write("big.json", '{"taskToken": "T", "details": "' +
                  "x" * (1024 * 1024) + '"}')
    bigcfg = w.write("bigconfig", "[default]\n" + ("# filler\n" * 1200000))
    cases = [
        (["--cli-input-json", "file://" + big, "--endpoint-url", w.url],
         w.env(), b"cli-input-json"),
        (["--task-token", "T", "--endpoint-url", w.url],
         w.env(AWS_CONFIG_FILE=bigcfg), None),
    ]
    # a 100 MiB CA bundle (the system bundle and the test root, over and
    # over): used or refused with one message; a 2 MiB error body: read
    # up to HTTP_BODY_LIMIT, its first RESPONSE_BODY_MAX_BYTES shown, no
    # retry (the CLI shows it whole)
    huge = os.path.join(w.tmp, "huge-bundle.pem")
    with open(w.bundle, "rb") as f:
        one = f.read()
    with open(huge, "wb") as f:
        for _ in range(100 * 1024 * 1024 // len(one) + 1):
            f.write(one)
    for limit in (None, LIMIT_KIB) if limited else (None,):
        task = w.admin.task()
        r = run(["--task-token", task["taskToken"], "--endpoint-url", w.url,
                 "--ca-bundle", huge], w.env(), limit)
        tag = "100 MiB CA bundle%s" % (" (limited)" if limit else "")
        check(r.returncode == 0 or (r.returncode == 255 and
                                    r.stderr.count(b"\n") == 2 and
                                    b"a limit of this tool" in r.stderr),
              tag + ": used, or refused saying which limit",
              (r.returncode, r.stderr[-300:]))
        if r.returncode == 0:
            check(w.admin.task_state(task["taskToken"]) == "CANCELED",
                  tag + ": task cancelled")
        w.admin.reset()
        w.admin.faults([{"status": 400, "body": '{"__type": "X#Big", '
                         '"message": "' + "m" * (2 * 1024 * 1024) + '"}'}])
        r = run(["--task-token", "T", "--endpoint-url", w.url,
                 "--ca-bundle", w.root], w.env(), limit)
        tag = "2 MiB error body%s" % (" (limited)" if limit else "")
        check(r.returncode == 255 and r.stderr.startswith(
            b"\nAn error occurred (400) when calling the RespondActivity"
            b"TaskCanceled operation: {\"__type\": \"X#Big\"") and
              r.stderr.count(b"\n") == 2 and len(r.stderr) < 20000,
              tag + ": one message, the body's first bytes",
              (r.returncode, r.stderr[:200]))
        check(len(w.admin.requests()) == 1, tag + ": no retry",
              len(w.admin.requests()))
    os.unlink(huge)
    for args, env, word in cases:
        for limit in (None, LIMIT_KIB) if limited else (None,):
            r = run(args, env, limit)
            tag = "oversize %s%s" % (args[0], " (limited)" if limit else "")
            check(r.returncode in (252, 254, 255), tag + ": refused or "
                  "failed cleanly", (r.returncode, r.stderr[-300:]))
            lines = r.stderr.decode(errors="replace").strip().splitlines()
            check(len(lines) >= 1 and "Traceback" not in r.stderr.decode(
                errors="replace") and b"Segmentation" not in r.stderr,
                tag + ": one clear message", r.stderr[-300:])
            if word:
                check(word in r.stderr, tag + ": names the input",
                      r.stderr[-300:])


def main():
    limited = not compat.runner() and not os.environ.get("SWF_SANITIZED")
    if not limited:
        print("note: SWF_RUNNER or SWF_SANITIZED set; cases run without the "
              "address-space limit (qemu-user, valgrind and ASan need far "
              "more than 1 MiB)")
    w = World()
    try:
        check(w.has_system, "a system CA bundle exists",
              "none of " + ", ".join(SYSTEM_BUNDLES))
        for name, make in CASES:
            run_case(w, name, make, limited)
        test_oversize(w, limited)
    finally:
        w.close()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
