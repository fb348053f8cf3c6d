"""net_cases.py - HTTPS and proxy cases compared with AWS CLI v1.

HTTPS_CASES (tests/integration/test_https.py, golden files in
tests/golden/https/) and PROXY_CASES (test_proxy.py, tests/golden/proxy/);
the fields are described in tests/netcompat.py.  Recorded from the real
CLI by scripts/record-golden-https.py.
"""

CA = ["--ca-bundle", "{CERTS}/ca-all.pem"]
NV = ["--no-verify-ssl"]
VIA_PROXY = {"HTTPS_PROXY": "{PROXY}"}

# name, server certificate, endpoint host, through the proxy, IPv6 server
_MATRIX = [
    ("chain", "chain", "localhost", False, False),       # with intermediate
    ("chain-ip", "chain", "127.0.0.1", False, False),    # IP SAN
    ("direct", "direct", "localhost", False, False),     # leaf under root
    ("ec", "ec", "localhost", False, False),             # ECDSA
    ("ip", "ip", "127.0.0.1", False, False),             # IP SANs only
    ("ip-by-name", "ip", "localhost", False, False),     # no DNS SAN
    ("ip6", "ip", "[::1]", False, True),                 # IPv6 SAN
    ("cnonly", "cnonly", "localhost", False, False),     # subject CN only
    ("wildcard", "wildcard", "swf.example.test", True, False),
    ("wildcard-two-labels", "wildcard", "a.swf.example.test", True, False),
    ("wildcard-apex", "wildcard", "example.test", True, False),
    ("multi", "multi", "b.example.test", True, False),
    ("expired", "expired", "localhost", False, False),
    ("notyet", "notyet", "localhost", False, False),
    ("wronghost", "wronghost", "localhost", False, False),
    ("ipnotsan", "ipnotsan", "127.0.0.1", False, False),
    ("selfsigned", "selfsigned", "localhost", False, False),
    ("untrusted", "untrusted", "localhost", False, False),
    ("missingica", "missingica", "localhost", False, False),
]

HTTPS_CASES = []
for _n, _cert, _host, _proxied, _v6 in _MATRIX:
    _env = dict(VIA_PROXY) if _proxied else {}
    # verification failures are retried: two attempts show the count
    HTTPS_CASES.append(dict(name=_n + "-verify", cert=_cert, host=_host,
                            ipv6=_v6, args=CA, env=_env, attempts=2))
    HTTPS_CASES.append(dict(name=_n + "-noverify", cert=_cert, host=_host,
                            ipv6=_v6, args=NV, env=_env))

_C = dict(cert="chain", host="localhost")
HTTPS_CASES += [
    # where the trust anchors come from
    dict(name="bundle-system-plus-test", args=["--ca-bundle",
                                               "{SYSTEM_PLUS_TEST}"], **_C),
    dict(name="bundle-rsa-only", args=["--ca-bundle", "{CERTS}/ca-rsa.pem"],
         **_C),
    dict(name="bundle-ec-only", args=["--ca-bundle", "{CERTS}/ca-ec.pem"],
         **_C),
    dict(name="bundle-with-ed25519", args=[
        "--ca-bundle", "{CERTS}/ca-ed25519-rsa.pem"], **_C),
    dict(name="default-trust", attempts=2, **_C),
    dict(name="env-bundle", env={"AWS_CA_BUNDLE": "{CERTS}/ca-rsa.pem"},
         **_C),
    dict(name="config-bundle", config="[default]\nca_bundle = "
         "{CERTS}/ca-rsa.pem\n", **_C),
    dict(name="arg-over-env", args=["--ca-bundle", "{CERTS}/ca-rsa.pem"],
         env={"AWS_CA_BUNDLE": "{CERTS}/missing.pem"}, **_C),
    dict(name="env-over-config", env={"AWS_CA_BUNDLE": "{CERTS}/ca-rsa.pem"},
         config="[default]\nca_bundle = {CERTS}/missing.pem\n", **_C),
    dict(name="env-bad-over-config", env={"AWS_CA_BUNDLE":
                                          "{CERTS}/missing.pem"},
         config="[default]\nca_bundle = {CERTS}/ca-rsa.pem\n", **_C),
    dict(name="profile-bundle", args=["--profile", "p"],
         config="[default]\nca_bundle = {CERTS}/missing.pem\n"
         "[profile p]\nca_bundle = {CERTS}/ca-rsa.pem\n"
         "aws_access_key_id = AKIDEXAMPLE\n"
         "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n",
         **_C),
    # empty values: the CLI's verify value is falsy, nothing is verified
    dict(name="empty-arg-bundle", args=["--ca-bundle", ""], **_C),
    dict(name="empty-env-bundle", env={"AWS_CA_BUNDLE": ""}, **_C),
    dict(name="empty-config-bundle", config="[default]\nca_bundle =\n", **_C),
    # malformed bundles
    dict(name="bundle-missing", attempts=2,
         args=["--ca-bundle", "{CERTS}/missing.pem"], **_C),
    dict(name="bundle-directory", args=["--ca-bundle", "{CERTS}"], **_C),
    dict(name="bundle-empty", args=["--ca-bundle", "{CERTS}/bad-empty.pem"],
         **_C),
    dict(name="bundle-text", args=["--ca-bundle", "{CERTS}/bad-text.pem"],
         **_C),
    dict(name="bundle-bad-base64", attempts=2,
         args=["--ca-bundle", "{CERTS}/bad-base64.pem"], **_C),
    dict(name="bundle-truncated",
         args=["--ca-bundle", "{CERTS}/bad-truncated.pem"], **_C),
    dict(name="bundle-no-end", args=["--ca-bundle",
                                     "{CERTS}/bad-no-end.pem"], **_C),
    dict(name="bundle-blank-line", args=["--ca-bundle",
                                         "{CERTS}/bad-blank-line.pem"], **_C),
    # the warning comes only after an unverified handshake succeeded
    dict(name="noverify-refused", cert="chain", host="localhost", dead=True,
         args=NV),
    dict(name="noverify-not-tls", cert=None, scheme="https",
         host="localhost", args=NV),
    dict(name="noverify-bad-bundle",
         args=NV + ["--ca-bundle", "{CERTS}/bad-base64.pem"], **_C),
    # deliberate differences: SSL_CERT_FILE is read (the CLI uses certifi's
    # bundle and ignores it); a bad bundle is named in --debug
    dict(name="ssl-cert-file", env={"SSL_CERT_FILE": "{CERTS}/ca-rsa.pem"},
         expect={"rc": 0, "requests": 1, "connections": 1, "stderr": ""},
         **_C),
    dict(name="ssl-cert-file-bad", env={"SSL_CERT_FILE":
                                        "{CERTS}/bad-base64.pem"},
         expect={"rc": 255, "requests": 0, "connections": 1,
                 "stderr_has": ["\nSSL validation failed for "
                                "https://localhost:{PORT}/ [X509] PEM lib "
                                "(_ssl.c:N)\n"]}, **_C),
    dict(name="debug-names-bad-bundle", args=[
        "--debug", "--ca-bundle", "{CERTS}/bad-truncated.pem"],
         expect={"rc": 255, "requests": 0,
                 "stderr_has": ["{CERTS}/bad-truncated.pem",
                                "\nSSL validation failed for "
                                "https://localhost:{PORT}/ [X509] PEM lib "
                                "(_ssl.c:N)\n"]}, **_C),
]

# ---- proxies -------------------------------------------------------------

_R = dict(cert=None, host=None, proxy="403", env=dict(VIA_PROXY))


def _region(name, region, **env):
    e = dict(VIA_PROXY)
    e["AWS_DEFAULT_REGION"] = region
    e.update(env)
    return dict(name=name, cert=None, host=None, proxy="403", env=e)


_T = dict(cert="chain", host="localhost", args=CA)     # https via tunnel
_H = dict(cert=None, host="localhost")                  # plain http


def _t(name, env, **kw):
    c = dict(_T)
    c.update(kw)
    return dict(name=name, env=env, **c)


def _h(name, env, **kw):
    c = dict(_H)
    c.update(kw)
    return dict(name=name, env=env, **c)


def _np(name, no, host="localhost", **kw):
    e = dict(VIA_PROXY)
    e.update(no)
    return _t(name, e, host=host, **kw)


PROXY_CASES = [
    # the CONNECT target of each partition and endpoint variant (the proxy
    # refuses: nothing goes further than the proxy)
    _region("region-us-east-1", "us-east-1"),
    _region("region-cn-north-1", "cn-north-1"),
    _region("region-us-gov-west-1", "us-gov-west-1"),
    _region("region-eu-west-1", "eu-west-1"),
    _region("region-fips-us-east-1", "us-east-1",
            AWS_USE_FIPS_ENDPOINT="true"),
    _region("region-fips-us-gov-west-1", "us-gov-west-1",
            AWS_USE_FIPS_ENDPOINT="true"),
    _region("region-fips-ca-central-1", "ca-central-1",
            AWS_USE_FIPS_ENDPOINT="true"),
    _region("region-dualstack-us-east-1", "us-east-1",
            AWS_USE_DUALSTACK_ENDPOINT="true"),
    _region("region-dualstack-cn-north-1", "cn-north-1",
            AWS_USE_DUALSTACK_ENDPOINT="true"),
    _region("region-fips-dualstack-us-east-1", "us-east-1",
            AWS_USE_FIPS_ENDPOINT="true", AWS_USE_DUALSTACK_ENDPOINT="true"),
    dict(name="region-407-masked", cert=None, host=None, proxy="407",
         env={"HTTPS_PROXY": "http://user:pa%3Ass@127.0.0.1:{PROXY_PORT}"}),
    dict(name="region-403-retried", attempts=3, **_R),

    # HTTPS through a CONNECT tunnel
    _t("tunnel", dict(VIA_PROXY)),
    # the CLI (Python 3.11.7, urllib3 2.7) sends "Host: [[::1]]:PORT"
    # through a tunnel, which the server refuses: a CPython/urllib3 bug
    _t("tunnel-ipv6", dict(VIA_PROXY), cert="ip", host="[::1]", ipv6=True,
       expect={"rc": 0, "stderr": "", "requests": 1, "connections": 1,
               "proxy": [["CONNECT", "[::1]:{PORT}", None]]}),
    _t("tunnel-auth", {"HTTPS_PROXY": "http://user:pa%3Ass@127.0.0.1:"
                                      "{PROXY_PORT}"}, proxy_auth="user:pa:ss"),
    _t("tunnel-auth-missing", dict(VIA_PROXY), proxy_auth="user:pa:ss"),
    _t("tunnel-auth-wrong", {"HTTPS_PROXY": "http://user:wrong@127.0.0.1:"
                                            "{PROXY_PORT}"},
       proxy_auth="user:pa:ss"),
    _t("tunnel-user-only", {"HTTPS_PROXY": "http://user@127.0.0.1:"
                                           "{PROXY_PORT}"}, proxy="403"),
    _t("tunnel-403", dict(VIA_PROXY), proxy="403", attempts=2),
    _t("tunnel-close", dict(VIA_PROXY), proxy="close"),
    _t("tunnel-reset", dict(VIA_PROXY), proxy="reset"),
    _t("tunnel-garbage", dict(VIA_PROXY), proxy="garbage"),
    _t("tunnel-partial", dict(VIA_PROXY), proxy="partial"),
    _t("tunnel-slow", dict(VIA_PROXY), proxy="slow",
       args=CA + ["--cli-connect-timeout", "1"]),
    _t("tunnel-untrusted", dict(VIA_PROXY), args=[]),
    _t("tunnel-noverify", dict(VIA_PROXY), args=NV),
    _t("proxy-down", {"HTTPS_PROXY": "http://127.0.0.1:{DEAD_PORT}"},
       attempts=2),
    _t("proxy-no-scheme", {"HTTPS_PROXY": "127.0.0.1:{PROXY_PORT}"}),
    _t("proxy-slashes", {"HTTPS_PROXY": "//127.0.0.1:{PROXY_PORT}"}),
    _t("proxy-with-path", {"HTTPS_PROXY": "{PROXY}/some/path?q#f"}),
    _t("proxy-bad-port", {"HTTPS_PROXY": "http://127.0.0.1:abc"}),
    _t("proxy-port-too-big", {"HTTPS_PROXY": "http://127.0.0.1:99999"}),
    # no host at all: urllib3 connects to the endpoint itself and sends
    # it the CONNECT; here the proxy simply cannot be reached
    _t("proxy-no-host", {"HTTPS_PROXY": "http://"},
       expect={"rc": 255, "requests": 0, "connections": 0, "proxy": [],
               "stderr": "\nFailed to connect to proxy URL: \"http://\"\n"}),
    _t("proxy-port-only", {"HTTPS_PROXY": "http://:{PROXY_PORT}"}),

    # which variable counts
    _t("lower-over-upper", {"HTTPS_PROXY": "{PROXY2}",
                            "https_proxy": "{PROXY}"}),
    _t("upper-empty-lower-set", {"HTTPS_PROXY": "", "https_proxy": "{PROXY}"}),
    _t("lower-empty-removes", {"HTTPS_PROXY": "{PROXY}", "https_proxy": ""}),
    _t("mixed-case-name", {"Https_Proxy": "{PROXY}"}),
    _t("http-proxy-not-for-https", {"HTTP_PROXY": "{PROXY}"}),
    _t("all-proxy-ignored", {"ALL_PROXY": "{PROXY}", "all_proxy": "{PROXY}"}),

    # NO_PROXY
    _np("no-proxy-host", {"NO_PROXY": "localhost"}),
    _np("no-proxy-star", {"NO_PROXY": "*"}),
    _np("no-proxy-star-in-list", {"NO_PROXY": "other.test,*"}),
    _np("no-proxy-dot", {"NO_PROXY": ".localhost"}),
    _np("no-proxy-case", {"NO_PROXY": "LOCALHOST"}),
    _np("no-proxy-list", {"NO_PROXY": " other.test , localhost "}),
    _np("no-proxy-host-port", {"NO_PROXY": "localhost:{PORT}"}),
    _np("no-proxy-other-port", {"NO_PROXY": "localhost:1"}),
    _np("no-proxy-partial-label", {"NO_PROXY": "calhost"}),
    _np("no-proxy-lower-wins", {"NO_PROXY": "localhost",
                                "no_proxy": "other.test"}),
    _np("no-proxy-lower-empty", {"NO_PROXY": "localhost", "no_proxy": ""}),
    _np("no-proxy-ip", {"NO_PROXY": "127.0.0.1"}, host="127.0.0.1"),
    _np("no-proxy-cidr", {"NO_PROXY": "127.0.0.0/8"}, host="127.0.0.1"),
    _np("no-proxy-ip-suffix", {"NO_PROXY": "0.0.1"}, host="127.0.0.1"),
    _np("no-proxy-ipv6-bare", {"NO_PROXY": "::1"}, host="[::1]", cert="ip",
        ipv6=True, expect={"rc": 0, "requests": 1, "connections": 1,
                           "proxy": [["CONNECT", "[::1]:{PORT}", None]]}),
    _np("no-proxy-ipv6-brackets", {"NO_PROXY": "[::1]"}, host="[::1]",
        cert="ip", ipv6=True),

    # plain HTTP through the proxy
    _h("http-forward", {"HTTP_PROXY": "{PROXY}"}),
    _h("http-forward-auth", {"HTTP_PROXY": "http://user:pa%3Ass@127.0.0.1:"
                                           "{PROXY_PORT}"},
       proxy_auth="user:pa:ss"),
    _h("http-forward-403", {"HTTP_PROXY": "{PROXY}"}, proxy="403"),
    _h("http-forward-407", {"HTTP_PROXY": "{PROXY}"}, proxy="407"),
    _h("http-forward-close", {"HTTP_PROXY": "{PROXY}"}, proxy="close",
       attempts=2),
    _h("http-forward-reset", {"HTTP_PROXY": "{PROXY}"}, proxy="reset"),
    _h("http-forward-garbage", {"HTTP_PROXY": "{PROXY}"}, proxy="garbage"),
    _h("http-forward-slow", {"HTTP_PROXY": "{PROXY}"}, proxy="slow",
       args=["--cli-read-timeout", "1"]),
    _h("http-proxy-down", {"HTTP_PROXY": "http://127.0.0.1:{DEAD_PORT}"}),
    _h("https-proxy-not-for-http", {"HTTPS_PROXY": "{PROXY}"}),
    _h("http-no-proxy", {"HTTP_PROXY": "{PROXY}", "no_proxy": "localhost"}),
    _h("cgi-ignores-upper", {"HTTP_PROXY": "{PROXY}",
                             "REQUEST_METHOD": "GET"}),
    _h("cgi-lower-counts", {"http_proxy": "{PROXY}",
                            "REQUEST_METHOD": "GET"}),

    # deliberate differences
    _t("https-proxy-url", {"HTTPS_PROXY": "https://user:secret@127.0.0.1:"
                                          "{PROXY_PORT}"},
       expect={"rc": 255, "requests": 0, "connections": 0, "proxy": [],
               "stderr": "\nHTTPS proxies are not supported (proxy URL: "
                         "\"https://***:***@127.0.0.1:{PROXY_PORT}\"); use "
                         "an http:// proxy URL\n"}),
    _t("debug-no-proxy-secret", {"HTTPS_PROXY": "http://user:S3cr3tPw@"
                                                "127.0.0.1:{PROXY_PORT}"},
       args=CA + ["--debug"], proxy_auth="user:S3cr3tPw",
       expect={"rc": 0, "requests": 1, "connections": 1,
               "proxy": [["CONNECT", "localhost:{PORT}",
                          "Basic dXNlcjpTM2NyM3RQdw=="]],
               "stderr_has": ["http://***:***@127.0.0.1:{PROXY_PORT}"],
               "stderr_lacks": ["S3cr3tPw", "dXNlcjpTM2NyM3RQdw"]}),
    _h("debug-no-proxy-secret-http", {"HTTP_PROXY": "http://user:S3cr3tPw@"
                                                    "127.0.0.1:{PROXY_PORT}"},
       args=["--debug"], proxy_auth="user:S3cr3tPw",
       expect={"rc": 0, "requests": 1, "connections": 1,
               "proxy": [["POST", "http://localhost:{PORT}/",
                          "Basic dXNlcjpTM2NyM3RQdw=="]],
               "stderr_lacks": ["S3cr3tPw", "dXNlcjpTM2NyM3RQdw"]}),
]
