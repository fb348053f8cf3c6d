#!/usr/bin/env python3
"""record-golden-https.py - record AWS CLI v1's answers for the HTTPS and
proxy cases of tests/net_cases.py.

Runs the real `aws` (installed here) on every case against loopback
servers (tests/netcompat.py: certificate matrix generated now, TLS
endpoints, recording proxies that never connect out) and writes
tests/golden/https/NAME.json and tests/golden/proxy/NAME.json: exit code,
stdout, stderr, SWF requests received, TCP connections (attempts) and what
each proxy was asked.  Run from the repository root:

    python3 scripts/record-golden-https.py [https|proxy] [NAME ...]

Cases with an "expect" field are deliberate differences and not recorded.
"""
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import net_cases  # noqa: E402
import netcompat  # noqa: E402

SUITES = {"https": net_cases.HTTPS_CASES, "proxy": net_cases.PROXY_CASES}


def main():
    aws = shutil.which("aws")
    if not aws:
        sys.exit("record-golden-https: the AWS CLI (aws) is not installed")
    args = sys.argv[1:]
    suites = [a for a in args if a in SUITES] or list(SUITES)
    only = set(a for a in args if a not in SUITES)
    world = netcompat.World()
    try:
        for suite in suites:
            os.makedirs(os.path.join(ROOT, "tests", "golden", suite),
                        exist_ok=True)
            for case in SUITES[suite]:
                if "expect" in case or (only and case["name"] not in only):
                    continue
                got = netcompat.run_case(world, case, [aws])
                path = netcompat.golden_path(ROOT, suite, case["name"])
                with open(path, "w") as f:
                    json.dump(got, f, indent=1, sort_keys=True)
                    f.write("\n")
                print("%-6s %-36s rc=%d requests=%d connections=%d "
                      "proxy=%s" % (suite, case["name"], got["rc"],
                                    got["requests"], got["connections"],
                                    got["proxy"]))
    finally:
        world.close()


if __name__ == "__main__":
    main()
