"""test_proxy.py - build/swf-cancel through HTTP proxies, side by side
with AWS CLI v1.

A recording proxy on 127.0.0.1 (tests/proxy_server.py) tunnels CONNECT
and forwards plain HTTP to loopback targets only; real AWS names get 403
without any connection out.  The cases (tests/net_cases.py): the CONNECT
target for regions of every partition, FIPS and dual-stack endpoints; the
tunnel with and without proxy credentials (Basic, percent-decoded), proxy
refusals (403, 407), a proxy that closes, resets, talks garbage, never
answers or is not there; proxy URLs without a scheme, with a path, with a
bad port or no host; which of HTTPS_PROXY/https_proxy/HTTP_PROXY/ALL_PROXY
counts; NO_PROXY/no_proxy matching; plain HTTP through the proxy (absolute
URL, Proxy-Authorization on the request).  Exit code, stdout, stderr,
requests reaching the server, connections, and each proxy's requests
(method, target, Proxy-Authorization) must equal the CLI's, recorded in
tests/golden/proxy/ by scripts/record-golden-https.py; the CLI is also run
live when installed.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests"))
import net_cases  # noqa: E402
import netcompat  # noqa: E402

if __name__ == "__main__":
    sys.exit(netcompat.run_suite("proxy", net_cases.PROXY_CASES, ROOT))
