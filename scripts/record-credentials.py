#!/usr/bin/env python3
"""record-credentials.py - record AWS CLI v1's answers for the credential
scenarios of tests/fakes/credential_cases.py.

Runs the real `aws` (installed here) for every case against the local
fakes (tests/fakes/cred_server.py for IMDS, container credentials and STS;
tests/swf_server.py for SWF) and writes tests/golden/credentials/NAME.json:
exit code, stdout, stderr, the SWF requests (access key, token, signature
verdict) and the requests the fakes saw.  Run from the repository root:
    python3 scripts/record-credentials.py [NAME ...]
Cases with an "expect" field are deliberate differences and not recorded.
"""
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "fakes"))
import credential_cases  # noqa: E402
import harness  # noqa: E402


def main():
    aws = shutil.which("aws")
    if not aws:
        sys.exit("record-credentials: the AWS CLI (aws) is not installed")
    only = set(sys.argv[1:])
    outdir = os.path.join(ROOT, "tests", "golden", "credentials")
    os.makedirs(outdir, exist_ok=True)
    fakes = harness.Fakes()
    try:
        for case in credential_cases.CASES:
            if "expect" in case or (only and case["name"] not in only):
                continue
            got = harness.run_case(case, [aws], fakes)
            with open(os.path.join(outdir, case["name"] + ".json"), "w") as f:
                json.dump(got, f, indent=1, sort_keys=True)
                f.write("\n")
            print("%-45s rc=%d swf=%d fake=%d" % (case["name"], got["rc"],
                                                  len(got["swf"]),
                                                  len(got["fake"])))
    finally:
        fakes.close()


if __name__ == "__main__":
    main()
