"""test_credentials.py - every credential source against local fakes,
build/swf-cancel side by side with AWS CLI v1.

For each case of tests/fakes/credential_cases.py, run the binary (through a
symlink named `aws`) against tests/swf_server.py and the fakes of
tests/fakes/cred_server.py (EC2 instance metadata, container credentials,
an STS that checks AssumeRole signatures with botocore), and compare exit
code, stdout, stderr, the key and token the SWF request was signed with,
and the requests the fakes received, with the CLI's answers recorded in
tests/golden/credentials/NAME.json (scripts/record-credentials.py).  When
the CLI is installed (and SWF_LIVE_CLI is not 0) it runs the same cases
live and must agree with the golden files too.

Our binary's output must never hold a secret (secret keys, session tokens,
the web identity token, the container authorization token); a few runs
with --debug check that the credential source is named and still nothing
secret is shown.

Environment: BUILD, PYTHON.  Optional: SWF_CASES=a,b to run only some;
SWF_JOBS=N runs on N independent sets of servers at once (default 3);
SWF_RUNNER, a command put in front of the binary (qemu-user for a
cross-built one).
"""
import json
import os
import queue
import shlex
import shutil
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "fakes"))
import credential_cases  # noqa: E402
import harness  # noqa: E402

# put in front of the binary: qemu-user for a cross-built one (make ARCH=...)
RUNNER = shlex.split(os.environ.get("SWF_RUNNER", ""))

passed = failed = 0


def check(ok, what, details=()):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL %s" % what)
        for d in details:
            print("    " + d[:800])


def no_secrets(name, res):
    text = res.get("raw_stdout", "") + res.get("raw_stderr", "")
    leaked = [s[:12] + "..." for s in harness.secrets() if s in text]
    check(not leaked, "%s: no secret in the output" % name, leaked)


DEBUG_CASES = [
    # (case name, exit status, lines --debug must show)
    ("ar-chain", 0, ["Looking for credentials via: env",
                  "Looking for credentials via: assume-role",
                  "Credentials found in config file:",
                  "Calling STS AssumeRole for role arn:aws:iam::123456789012:"
                  "role/chain-first",
                  "Signing with credentials from assume-role"]),
    ("wi-env", 0, ["Looking for credentials via: assume-role-with-web-identity",
                "Calling STS AssumeRoleWithWebIdentity",
                "Signing with credentials from "
                "assume-role-with-web-identity"]),
    ("pr-session", 0, ["Looking for credentials via: custom-process",
                    "Signing with credentials from custom-process"]),
    ("ct-token", 0, ["Looking for credentials via: container-role",
                  "Signing with credentials from container-role"]),
    ("im-v2", 0, ["Looking for credentials via: iam-role",
               "Found credentials from IAM Role: swf-imds-role",
               "Signing with credentials from iam-role"]),
    ("env-session-token", 0, ["Found credentials in environment variables.",
                           "Signing with credentials from env"]),
    ("env-skipped-for-profile", 255, ["Skipping environment variable credential "
                                 "check because profile name was explicitly "
                                 "set."]),
]


def run_all(tasks, jobs, python, certs):
    """Run (case, argv0) tasks on `jobs` independent sets of fakes; return
    the results in task order."""
    results = [None] * len(tasks)
    todo = queue.Queue()
    for i, t in enumerate(tasks):
        todo.put((i, t))

    def worker():
        fakes = harness.Fakes(python=python, certs=certs)
        try:
            while True:
                try:
                    i, (case, argv0) = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    results[i] = harness.run_case(case, argv0, fakes,
                                                  keep_raw=True)
                except Exception as e:  # reported as a failure below
                    results[i] = {"error": repr(e)}
        finally:
            fakes.close()

    threads = [threading.Thread(target=worker) for _ in range(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def main():
    build = os.environ.get("BUILD", "build")
    binary = os.path.abspath(os.path.join(ROOT, build, "swf-cancel"))
    only = set(filter(None, os.environ.get("SWF_CASES", "").split(",")))
    jobs = int(os.environ.get("SWF_JOBS", "3"))
    bindir = tempfile.mkdtemp(prefix="swf-credbin-")
    aws_link = os.path.join(bindir, "aws")
    os.symlink(binary, aws_link)
    live = shutil.which("aws") if os.environ.get("SWF_LIVE_CLI") != "0" \
        else None
    by_name = {c["name"]: c for c in credential_cases.CASES}
    names = [c["name"] for c in credential_cases.CASES]
    check(len(names) == len(set(names)), "case names are unique")
    tasks, wants = [], []
    for case in credential_cases.CASES:
        name = case["name"]
        if only and name not in only:
            continue
        if "expect" in case:
            want = case["expect"]
        else:
            path = os.path.join(ROOT, "tests", "golden", "credentials",
                                name + ".json")
            if not os.path.exists(path):
                check(False, "%s: no golden file (run "
                      "scripts/record-credentials.py)" % name)
                continue
            with open(path) as f:
                want = json.load(f)
        tasks.append((case, RUNNER + [aws_link]))
        wants.append((case, want, "swf-cancel"))
        if live and "expect" not in case:
            tasks.append((case, [live]))
            wants.append((case, want, "live AWS CLI vs golden"))
    for name, rc, lines in DEBUG_CASES:
        if not only or name in only:
            tasks.append((dict(by_name[name], debug=True),
                          RUNNER + [aws_link]))
            wants.append((by_name[name], (rc, lines), "--debug"))
    certs = harness.make_certs(os.path.join(bindir, "certs"))
    try:
        results = run_all(tasks, jobs, os.environ.get("PYTHON"), certs)
    finally:
        shutil.rmtree(bindir, ignore_errors=True)
    for (case, want, what), got in zip(wants, results):
        name = case["name"]
        if "error" in got:
            check(False, "%s (%s): %s" % (name, what, got["error"]))
            continue
        if what == "--debug":
            rc, lines = want
            check(got["rc"] == rc, "%s --debug: exit %d" % (name, rc),
                  [got["raw_stderr"][-600:]])
            missing = [ln for ln in lines if ln not in got["raw_stderr"]]
            check(not missing, "%s --debug: names the source" % name,
                  missing)
            no_secrets(name + " --debug", got)
            continue
        diffs = harness.compare(case, want, got)
        check(not diffs, "%s (%s)" % (name, what), diffs)
        if what == "swf-cancel":
            no_secrets(name, got)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
