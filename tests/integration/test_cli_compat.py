"""test_cli_compat.py - build/swf-cancel side by side with AWS CLI v1.

For every case of tests/golden_cases.py, run the binary through a symlink
named `aws` (the CLI's grammar) and as `swf-cancel` (without the service and
operation names), against tests/swf_server.py, and compare exit code,
stdout, stderr and the requests the endpoint received (target, content
type, parsed body, signature validity, region, service, access key, token
header) with the CLI's answers recorded in tests/golden/NAME.json.  When
the CLI itself is installed (and SWF_LIVE_CLI is not 0), it is also run
live on the same cases and must agree with the golden files, so a changed
CLI shows up as a failure rather than a silently stale golden file.

Environment: BUILD (build directory), PYTHON.  Optional: SWF_CASES=a,b to
run only some cases; SWF_RUNNER, a command put in front of the binary
(qemu-user for a cross-built one).
"""
import json
import os
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import compat  # noqa: E402
import golden_cases  # noqa: E402

passed = failed = 0


def check(ok, what, details=()):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL %s" % what)
        for d in details:
            print("    " + d[:600])


def main():
    build = os.environ.get("BUILD", "build")
    binary = os.path.abspath(os.path.join(ROOT, build, "swf-cancel"))
    only = set(filter(None, os.environ.get("SWF_CASES", "").split(",")))
    bindir = tempfile.mkdtemp(prefix="swf-bin-")
    aws_link = os.path.join(bindir, "aws")
    os.symlink(binary, aws_link)
    live = shutil.which("aws") if os.environ.get("SWF_LIVE_CLI") != "0" \
        else None
    servers = compat.Servers(python=os.environ.get("PYTHON"))
    valgrind = any("valgrind" in w for w in compat.runner())
    try:
        for case in golden_cases.CASES:
            name = case["name"]
            if only and name not in only:
                continue
            if valgrind and case.get("float_text"):
                # valgrind runs x87 long double arithmetic (musl's strtod
                # and printf) in 64 bits: 0.0001 prints 9.999999999998e-05.
                # The case runs natively in make check and under ASan.
                print("note: %s not run under valgrind (float text)" % name)
                continue
            if "expect" in case:
                want = case["expect"]
            else:
                path = os.path.join(ROOT, "tests", "golden", name + ".json")
                if not os.path.exists(path):
                    check(False, "%s: no golden file (run "
                          "scripts/record-golden.py)" % name)
                    continue
                with open(path) as f:
                    want = json.load(f)
            got = compat.run_case(case, compat.runner() + [aws_link],
                                  servers)
            check(not compat.compare(case, want, got), "%s (as aws)" % name,
                  compat.compare(case, want, got))
            if not case.get("aws_only"):
                got = compat.run_case(case, compat.runner() + [binary],
                                      servers)
                diffs = compat.compare(case, want, got)
                check(not diffs, "%s (as swf-cancel)" % name, diffs)
            if live and "expect" not in case and not case.get("no_live"):
                got = compat.run_case(case, [live], servers)
                diffs = compat.compare(case, want, got)
                check(not diffs, "%s (live AWS CLI vs golden)" % name, diffs)
    finally:
        servers.close()
        shutil.rmtree(bindir, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
