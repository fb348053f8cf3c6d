#!/usr/bin/env python3
"""record-golden.py - record AWS CLI v1's answers for tests/golden_cases.py.

Runs the real `aws` (installed here) for every case against the local SWF
endpoint (tests/swf_server.py) and writes tests/golden/NAME.json: exit
code, stdout, stderr and the requests the endpoint received.  Run from the
repository root:  python3 scripts/record-golden.py [NAME ...]
Cases with an "expect" field are deliberate differences and not recorded.
"""
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import compat  # noqa: E402
import golden_cases  # noqa: E402


def main():
    aws = shutil.which("aws")
    if not aws:
        sys.exit("record-golden: the AWS CLI (aws) is not installed")
    only = set(sys.argv[1:])
    outdir = os.path.join(ROOT, "tests", "golden")
    os.makedirs(outdir, exist_ok=True)
    servers = compat.Servers()
    try:
        for case in golden_cases.CASES:
            if "expect" in case or (only and case["name"] not in only):
                continue
            got = compat.run_case(case, [aws], servers)
            with open(os.path.join(outdir, case["name"] + ".json"), "w") as f:
                json.dump(got, f, indent=1, sort_keys=True)
                f.write("\n")
            print("%-40s rc=%d requests=%d" % (case["name"], got["rc"],
                                               len(got["requests"])))
    finally:
        servers.close()


if __name__ == "__main__":
    main()
