#!/usr/bin/env python3
"""cred_server.py - local fakes of the services credentials come from.

One loopback HTTP/1.1 listener (and with --tls-cert/--tls-key a second
one speaking HTTPS, sharing its state; the port file then holds both
ports) plays three parts, told apart by method and path:

  EC2 instance metadata (IMDS)
    PUT  /latest/api/token                          IMDSv2 session token
    GET  /latest/meta-data/iam/security-credentials/        role name
    GET  /latest/meta-data/iam/security-credentials/ROLE    credentials JSON
  Container credentials (ECS, EKS Pod Identity)
    GET  /container/...                             credentials JSON
  STS (Query protocol, form-encoded POST to any other path)
    Action=AssumeRole                  SigV4 checked with botocore (service
                                       sts) against KNOWN_CREDENTIALS
    Action=AssumeRoleWithWebIdentity   unsigned; the token is checked

Every answer can be changed through the admin API (never recorded):
  POST /__admin/reset                 forget requests, config and faults
  POST /__admin/config {"imds": {...}, "container": {...}, "sts": {...}}
        imds:      token: "ok" | STATUS | "hang"  (PUT answer; default ok)
                   requireToken: true -> GETs without a valid token get 401
                   role: name (default "swf-imds-role"), roleStatus, roleBody
                   creds: fields merged into the credentials document,
                   credsBody: raw body instead, credsStatus
        container: authorization: the Authorization value required
                   (absent: none required), creds / body / status as imds
        sts:       webIdentityToken: the token required (default: any)
                   error: {"status", "code", "message"} answered instead
                   body: raw XML answered instead (status 200)
                   expiration: ISO time of the issued credentials
  POST /__admin/faults [F, ...]      one-shot answers, matched in order:
        {"path": prefix, "method": M?, "status": N, "body": "..."},
        {"path": prefix, "hang": seconds} (answer after that long),
        {"path": prefix, "close": true} (close without answering)
  GET  /__admin/requests              every request: method, path, headers,
        body, form (STS), action, signature verdict, accessKey, region,
        securityToken (header present), authError

Credentials issued are fixed (ISSUED, by part and by role name) so that
tests/swf_server.py can be started knowing them all: see
all_credentials().  Standard library + botocore only (through
tests/swf_server.py's verifier).
"""

import argparse
import datetime
import json
import os
import signal
import ssl
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import swf_server  # noqa: E402

IMDS_PREFIX = "/latest/"
CRED_PATH = "/latest/meta-data/iam/security-credentials/"
CONTAINER_PREFIX = "/container"
ACCOUNT = "123456789012"


def _cred(akid, secret, token):
    return {"accessKeyId": akid, "secretAccessKey": secret,
            "sessionToken": token}


# What each fake hands out.  Session tokens are long on purpose.
ISSUED = {
    "imds": _cred("ASIAIMDSEXAMPLE00001", "imdsSecretEXAMPLEKEY/0123456789+abcdefgh",
                  "IMDSsessionTOKEN/" + "i" * 300 + "=="),
    "container": _cred("ASIACONTAINEREXAMPLE", "containerSecretEXAMPLEKEY/0123456789+abc",
                       "CONTAINERsessionTOKEN/" + "c" * 300 + "=="),
    "process": _cred("ASIAPROCESSEXAMPLE01", "processSecretEXAMPLEKEY/0123456789+abcd",
                     "PROCESSsessionTOKEN/" + "p" * 200 + "=="),
    "process-static": _cred("AKIAPROCESSSTATIC001", "processStaticSecretEXAMPLEKEY/0123456789",
                            None),
    "env-expiring": _cred("ASIAENVEXPIRING00001", "envExpiringSecretEXAMPLEKEY/0123456789+",
                          "ENVsessionTOKEN/" + "e" * 100),
}
# STS: one set per role name (the part of the ARN after "role/").
ROLES = ["swf-role", "chain-first", "chain-second", "web-role", "eks-role",
         "source-role"]


def role_credentials(role):
    tag = "".join(c for c in role.upper() if c.isalnum())[:12]
    return _cred("ASIASTS" + tag.ljust(13, "0"),
                 "stsSecret/" + role + "/EXAMPLEKEY+0123456789",
                 "STSsessionTOKEN/" + role + "/" + "s" * 400 + "==")


def all_credentials():
    """Every credential the fakes issue (for swf_server --credentials)."""
    out = list(ISSUED.values()) + [role_credentials(r) for r in ROLES]
    return [{k: v for k, v in c.items() if v is not None} for c in out]


def known_credentials():
    """Credentials STS accepts as AssumeRole callers."""
    out = {}
    for c in swf_server.DEFAULT_CREDENTIALS + all_credentials():
        if not c.get("expired"):
            out[c["accessKeyId"]] = c
    return out


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def later(seconds=6 * 3600):
    return iso(datetime.datetime.now(datetime.timezone.utc) +
               datetime.timedelta(seconds=seconds))


QUIET = False


def log(msg):
    if not QUIET:
        sys.stderr.write("cred_server: %s\n" % msg)
        sys.stderr.flush()


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        with getattr(self, "lock", threading.Lock()):
            self.requests = []
            self.config = {"imds": {}, "container": {}, "sts": {}}
            self.faults = []
            self.tokens = set()

    def pop_fault(self, method, path):
        with self.lock:
            for i, f in enumerate(self.faults):
                if path.startswith(f.get("path", "/")) and \
                        f.get("method", method) == method:
                    return self.faults.pop(i)
        return None


STATE = State()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "cred_server/1"

    def log_message(self, fmt, *args):
        log(fmt % args)

    # -- plumbing --------------------------------------------------------------
    def body_bytes(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n > 0 else b""

    def answer(self, status, body, ctype="application/json", extra=None):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.dispatch("GET")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_POST(self):
        self.dispatch("POST")

    def dispatch(self, method):
        path = self.path
        body = self.body_bytes()
        if path.startswith("/__admin/"):
            return self.admin(method, path, body)
        rec = {"method": method, "path": path,
               "headers": {k.lower(): v for k, v in self.headers.items()},
               "body": body.decode("utf-8", "replace")}
        with STATE.lock:
            STATE.requests.append(rec)
        f = STATE.pop_fault(method, path)
        if f is not None:
            rec["fault"] = f
            if f.get("hang"):
                time.sleep(float(f["hang"]))
            if f.get("close"):
                self.close_connection = True
                return
            if "status" in f:
                return self.answer(int(f["status"]), f.get("body", ""),
                                   f.get("contentType", "text/plain"))
        if path.startswith(IMDS_PREFIX):
            return self.imds(method, path, rec)
        if path.startswith(CONTAINER_PREFIX) and method == "GET":
            return self.container(rec)
        if method == "POST":
            return self.sts(path, body, rec)
        self.answer(404, "not found", "text/plain")

    def admin(self, method, path, body):
        try:
            obj = json.loads(body.decode()) if body else None
        except ValueError:
            return self.answer(400, '{"error": "bad json"}')
        if path == "/__admin/reset":
            STATE.reset()
            return self.answer(200, "{}")
        if path == "/__admin/config" and method == "POST":
            with STATE.lock:
                for k in ("imds", "container", "sts"):
                    STATE.config[k] = dict((obj or {}).get(k) or {})
            return self.answer(200, "{}")
        if path == "/__admin/faults" and method == "POST":
            with STATE.lock:
                STATE.faults.extend(obj if isinstance(obj, list) else [obj])
            return self.answer(200, "{}")
        if path == "/__admin/requests":
            with STATE.lock:
                return self.answer(200, json.dumps(
                    {"requests": STATE.requests}))
        if path == "/__admin/health":
            return self.answer(200, '{"ok": true}')
        return self.answer(404, '{"error": "unknown admin path"}')

    # -- IMDS -----------------------------------------------------------------------
    def imds(self, method, path, rec):
        cfg = STATE.config["imds"]
        if method == "PUT" and path == IMDS_PREFIX + "api/token":
            mode = cfg.get("token", "ok")
            if self.headers.get("x-aws-ec2-metadata-token-ttl-seconds") is None:
                return self.answer(400, "missing ttl", "text/plain")
            if mode == "hang":
                time.sleep(float(cfg.get("hangSeconds", 3)))
                mode = "ok"
            if mode != "ok":
                return self.answer(int(mode), "", "text/plain")
            tok = "IMDSv2TOKEN-" + uuid.uuid4().hex
            with STATE.lock:
                STATE.tokens.add(tok)
            return self.answer(200, tok, "text/plain",
                               {"x-aws-ec2-metadata-token-ttl-seconds":
                                "21600"})
        if method != "GET":
            return self.answer(405, "", "text/plain")
        tok = self.headers.get("x-aws-ec2-metadata-token")
        rec["imdsToken"] = tok is not None
        if tok is not None and tok not in STATE.tokens:
            return self.answer(401, "", "text/plain")
        if cfg.get("requireToken") and tok is None:
            return self.answer(401, "", "text/plain")
        role = cfg.get("role", "swf-imds-role")
        if path == CRED_PATH:
            if "roleBody" in cfg or "roleStatus" in cfg:
                return self.answer(int(cfg.get("roleStatus", 200)),
                                   cfg.get("roleBody", role), "text/plain")
            return self.answer(200, role, "text/plain")
        if path == CRED_PATH + role:
            if "credsBody" in cfg or "credsStatus" in cfg:
                return self.answer(int(cfg.get("credsStatus", 200)),
                                   cfg.get("credsBody", ""), "text/plain")
            c = ISSUED["imds"]
            doc = {"Code": "Success", "LastUpdated": later(-60),
                   "Type": "AWS-HMAC", "AccessKeyId": c["accessKeyId"],
                   "SecretAccessKey": c["secretAccessKey"],
                   "Token": c["sessionToken"], "Expiration": later()}
            doc.update(cfg.get("creds") or {})
            doc = {k: v for k, v in doc.items() if v is not None}
            return self.answer(200, json.dumps(doc, indent=2), "text/plain")
        return self.answer(404, "", "text/plain")

    # -- container --------------------------------------------------------------------
    def container(self, rec):
        cfg = STATE.config["container"]
        want = cfg.get("authorization")
        got = self.headers.get("Authorization")
        rec["authorization"] = got
        if want is not None and got != want:
            return self.answer(401, '{"code": "AccessDenied", "message": '
                               '"Invalid authorization token"}')
        if "body" in cfg or "status" in cfg:
            return self.answer(int(cfg.get("status", 200)),
                               cfg.get("body", ""))
        c = ISSUED["container"]
        doc = {"RoleArn": "arn:aws:iam::%s:role/container-role" % ACCOUNT,
               "AccessKeyId": c["accessKeyId"],
               "SecretAccessKey": c["secretAccessKey"],
               "Token": c["sessionToken"], "Expiration": later()}
        doc.update(cfg.get("creds") or {})
        doc = {k: v for k, v in doc.items() if v is not None}
        return self.answer(200, json.dumps(doc))

    # -- STS --------------------------------------------------------------------------------
    def sts_error(self, status, code, message, typ="Sender"):
        body = ('<ErrorResponse xmlns="https://sts.amazonaws.com/doc/'
                '2011-06-15/">\n  <Error>\n    <Type>%s</Type>\n'
                '    <Code>%s</Code>\n    <Message>%s</Message>\n  </Error>\n'
                '  <RequestId>%s</RequestId>\n</ErrorResponse>\n'
                % (typ, escape(code), escape(message), uuid.uuid4()))
        return self.answer(status, body, "text/xml")

    def sts(self, path, body, rec):
        cfg = STATE.config["sts"]
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"),
                                              keep_blank_values=True).items()}
        rec["form"] = form
        action = form.get("Action")
        rec["action"] = action
        hdrs = [(k, v) for k, v in self.headers.items()]
        if action == "AssumeRole":
            info = {}
            try:
                swf_server.verify_sigv4("POST", path, hdrs, body,
                                        known_credentials(), service="sts",
                                        info=info)
                rec["signature"] = "valid"
            except swf_server.AuthError as e:
                rec["signature"] = e.verdict
                rec["authError"] = e.code
            rec["accessKey"] = info.get("accessKey")
            rec["region"] = info.get("region")
            rec["securityToken"] = info.get("securityToken")
            if rec["signature"] != "valid":
                code = {"unknown-key": "InvalidClientTokenId",
                        "bad-token": "InvalidClientTokenId",
                        "expired-token": "ExpiredToken"}.get(
                            rec["signature"], "SignatureDoesNotMatch")
                return self.sts_error(403, code, "The security token "
                                      "included in the request is invalid."
                                      if code != "SignatureDoesNotMatch" else
                                      "The request signature we calculated "
                                      "does not match the signature you "
                                      "provided.")
        elif action == "AssumeRoleWithWebIdentity":
            rec["signed"] = "authorization" in rec["headers"]
            want = cfg.get("webIdentityToken")
            if not form.get("WebIdentityToken") or (
                    want is not None and form["WebIdentityToken"] != want):
                return self.sts_error(400, "InvalidIdentityToken",
                                      "Couldn't retrieve verification key "
                                      "from your identity provider,  please "
                                      "reference AssumeRoleWithWebIdentity "
                                      "documentation for requirements")
        else:
            return self.sts_error(400, "InvalidAction", "Could not find "
                                  "operation %s for version NO_VERSION_SPECIFIED"
                                  % action)
        if cfg.get("error"):
            e = cfg["error"]
            return self.sts_error(int(e.get("status", 403)),
                                  e.get("code", "AccessDenied"),
                                  e.get("message", "Not authorized"))
        if "body" in cfg:
            return self.answer(int(cfg.get("status", 200)), cfg["body"],
                               "text/xml")
        arn = form.get("RoleArn", "")
        role = arn.rsplit("/", 1)[-1]
        if role not in ROLES:
            return self.sts_error(403, "AccessDenied", "Not authorized to "
                                  "perform sts:%s on %s" % (action, arn))
        c = role_credentials(role)
        session = form.get("RoleSessionName", "")
        result = action + "Result"
        extra = ""
        if action == "AssumeRoleWithWebIdentity":
            extra = ("    <SubjectFromWebIdentityToken>system:serviceaccount:"
                     "default:swf</SubjectFromWebIdentityToken>\n"
                     "    <Audience>sts.amazonaws.com</Audience>\n"
                     "    <Provider>arn:aws:iam::%s:oidc-provider/example"
                     "</Provider>\n" % ACCOUNT)
        xml = ('<%sResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">'
               '\n  <%s>\n%s    <AssumedRoleUser>\n'
               '      <AssumedRoleId>AROAEXAMPLE:%s</AssumedRoleId>\n'
               '      <Arn>arn:aws:sts::%s:assumed-role/%s/%s</Arn>\n'
               '    </AssumedRoleUser>\n    <Credentials>\n'
               '      <AccessKeyId>%s</AccessKeyId>\n'
               '      <SecretAccessKey>%s</SecretAccessKey>\n'
               '      <SessionToken>%s</SessionToken>\n'
               '      <Expiration>%s</Expiration>\n    </Credentials>\n'
               '  </%s>\n  <ResponseMetadata>\n'
               '    <RequestId>%s</RequestId>\n  </ResponseMetadata>\n'
               '</%sResponse>\n'
               % (action, result, extra, escape(session), ACCOUNT, role,
                  escape(session), c["accessKeyId"],
                  escape(c["secretAccessKey"]), escape(c["sessionToken"]),
                  cfg.get("expiration") or later(3600), result, uuid.uuid4(),
                  action))
        return self.answer(200, xml, "text/xml")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main(argv=None):
    global QUIET
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--port-file")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--tls-cert", help="also listen for HTTPS with this "
                    "certificate chain (PEM)")
    ap.add_argument("--tls-key")
    args = ap.parse_args(argv)
    QUIET = args.quiet
    servers = [Server(("127.0.0.1", args.port), Handler)]
    if args.tls_cert:
        tls = Server(("127.0.0.1", 0), Handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(args.tls_cert, args.tls_key)
        tls.socket = ctx.wrap_socket(tls.socket, server_side=True)
        servers.append(tls)
    ports = " ".join("%d" % s.server_address[1] for s in servers)

    def on_signal(signum, frame):
        for s in servers:
            threading.Thread(target=s.shutdown, daemon=True).start()
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    for s in servers[1:]:
        threading.Thread(target=s.serve_forever, args=(0.2,),
                         daemon=True).start()
    if args.port_file:
        tmp = args.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write(ports + "\n")
        os.replace(tmp, args.port_file)
    else:
        sys.stdout.write(ports + "\n")
        sys.stdout.flush()
    servers[0].serve_forever(poll_interval=0.2)
    for s in servers:
        s.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
