"""test_https.py - build/swf-cancel over HTTPS side by side with AWS CLI v1.

A certificate matrix is generated now (tests/tls_certs.sh: chain with an
intermediate, leaf under the root, ECDSA, IP SANs, wildcard, CN only,
expired, not yet valid, wrong host, IP not in the SANs, self-signed,
untrusted root, missing intermediate) and served by tests/swf_server.py
over TLS on loopback; every certificate is tried with --ca-bundle and with
--no-verify-ssl, and the trust sources (--ca-bundle, AWS_CA_BUNDLE, the
config's ca_bundle, empty values, the system bundle plus the test root,
malformed bundles) one by one.  Exit code, stdout, stderr, SWF requests
that reached the server and TCP connections made (the attempts) must equal
the CLI's, recorded in tests/golden/https/ by
scripts/record-golden-https.py; the CLI is also run live when installed.
Wildcard names (under .test) are reached through the recording proxy,
which maps them to 127.0.0.1: nothing is ever resolved or contacted
outside loopback.  See tests/net_cases.py and tests/netcompat.py.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import net_cases  # noqa: E402
import netcompat  # noqa: E402

if __name__ == "__main__":
    sys.exit(netcompat.run_suite("https", net_cases.HTTPS_CASES, ROOT))
