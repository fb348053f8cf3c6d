#!/usr/bin/env python3
"""test_server.py - tests of tests/swf_server.py, the local SWF test endpoint.

Proves that the endpoint the client's tests rely on is right: its SigV4 check
accepts what botocore signs (and the AWS test-suite vectors) and refuses
tampered or wrongly scoped requests; the SWF lifecycle around
RespondActivityTaskCanceled behaves as SWF's; the injected faults put on the
wire what they promise.  Uses the standard library and botocore only.
Runs from the repository root; env VECTORS (shared test vectors), PYTHON.
Last line: "N passed, N failed"; exit status non-zero on any failure.
"""

import datetime
import http.client
import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import traceback

sys.dont_write_bytecode = True  # leave no __pycache__ in the tree
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests"))

import botocore  # noqa: E402
import botocore.session  # noqa: E402
from botocore.auth import SigV4Auth  # noqa: E402
from botocore.awsrequest import AWSRequest  # noqa: E402
from botocore.config import Config  # noqa: E402
from botocore.credentials import Credentials  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402

import swf_client  # noqa: E402
import swf_server  # noqa: E402

AKID = "AKIDEXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION = swf_server.DEFAULT_CREDENTIALS[1]
EXPIRED = swf_server.DEFAULT_CREDENTIALS[3]
TARGET = "SimpleWorkflowService.RespondActivityTaskCanceled"
JSON10 = "application/x-amz-json-1.0"

TMP = tempfile.mkdtemp(prefix="test-swf-server-")
# Independent of the user's AWS set-up, proxies and endpoint overrides.
for _k in list(os.environ):
    if _k.startswith("AWS_") or _k.lower() in ("http_proxy", "https_proxy",
                                                "all_proxy"):
        del os.environ[_k]
for _n in ("config", "credentials"):
    open(os.path.join(TMP, _n), "w").close()
os.environ["AWS_CONFIG_FILE"] = os.path.join(TMP, "config")
os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.path.join(TMP, "credentials")
os.environ["AWS_EC2_METADATA_DISABLED"] = "true"
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost,::1"

PASSED = 0
FAILED = 0
PIDS = []


def check(name, cond, detail=""):
    global PASSED, FAILED
    if cond:
        PASSED += 1
        print("ok   %s" % name)
    else:
        FAILED += 1
        print("FAIL %s%s" % (name, (": " + str(detail)) if detail else ""))
    return cond


def group(fn):
    """Run a group of checks; an exception counts as one failure."""
    try:
        fn()
    except Exception:  # report and go on with the next group
        check(fn.__name__ + " (raised)", False,
              traceback.format_exc().strip().replace("\n", "\n    "))
    return fn


def start(*args):
    port, pid = swf_client.start_server(
        ["--quiet"] + list(args), log=os.path.join(TMP, "server.log"))
    PIDS.append(pid)
    return port, pid


def client(port, key=AKID, secret=SECRET, token=None, region="us-east-1",
           retries=0, host="127.0.0.1", scheme="http", **cfg):
    sess = botocore.session.get_session()
    return sess.create_client(
        "swf", region_name=region, endpoint_url="%s://%s:%d" % (scheme, host, port),
        aws_access_key_id=key, aws_secret_access_key=secret,
        aws_session_token=token, verify=False,
        config=Config(retries={"max_attempts": retries}, connect_timeout=5,
                      read_timeout=cfg.pop("read_timeout", 10), **cfg))


def error_of(fn, *a, **kw):
    """(code, message, http status) of the ClientError fn raises, or None."""
    try:
        fn(*a, **kw)
    except ClientError as e:
        return (e.response["Error"].get("Code"), e.response["Error"].get("Message"),
                e.response["ResponseMetadata"].get("HTTPStatusCode"))
    return None


def sign(port, body, key=AKID, secret=SECRET, token=None, region="us-east-1",
         service="swf", when=None, target=TARGET, host=None):
    """Headers (list of pairs) and body bytes of a botocore-signed request."""
    if isinstance(body, (dict, list)):
        body = json.dumps(body).encode()
    host = host or "127.0.0.1:%d" % port
    req = AWSRequest(method="POST", url="http://%s/" % host, data=body,
                     headers={"Host": host, "X-Amz-Target": target,
                              "Content-Type": "application/x-amz-json-1.0"})
    auth = SigV4Auth(Credentials(key, secret, token), service, region)
    if when is None:
        auth.add_auth(req)
    else:  # sign at a chosen time
        ts = when.strftime("%Y%m%dT%H%M%SZ")
        req.context["timestamp"] = ts
        req.headers["X-Amz-Date"] = ts
        if token:
            req.headers["X-Amz-Security-Token"] = token
        cr = auth.canonical_request(req)
        sig = auth.signature(auth.string_to_sign(req, cr), req)
        hs = auth.headers_to_sign(req)
        req.headers["Authorization"] = (
            "AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=%s, Signature=%s"
            % (key, auth.credential_scope(req), auth.signed_headers(hs), sig))
    return [(k, v) for k, v in req.headers.items()], body


def raw_post(port, headers, body, host="127.0.0.1", timeout=10):
    """Send one request with http.client; (status, headers dict, body)."""
    c = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        c.putrequest("POST", "/", skip_host=True, skip_accept_encoding=True)
        for k, v in headers:
            c.putheader(k, v)
        if not any(k.lower() == "content-length" for k, _ in headers):
            c.putheader("Content-Length", str(len(body)))
        c.endheaders(body)
        r = c.getresponse()
        data = r.read()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, data
    finally:
        c.close()


def raw_exchange(port, payload, timeout=5, until_close=True):
    """Write bytes on a fresh socket; return every byte read until EOF."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(payload)
        out = b""
        while True:
            try:
                d = s.recv(65536)
            except ConnectionResetError:
                return out, "reset"
            except socket.timeout:
                return out, "timeout"
            if not d:
                return out, "eof"
            out += d
            if not until_close and b"\r\n\r\n" in out:
                return out, "open"
    finally:
        s.close()


def wire(port, body, close=False, **kw):
    headers, body = sign(port, body, **kw)
    head = "POST / HTTP/1.1\r\n" + "".join("%s: %s\r\n" % (k, v) for k, v in headers)
    if close:
        head += "Connection: close\r\n"
    head += "Content-Length: %d\r\n\r\n" % len(body)
    return head.encode() + body


# ---------------------------------------------------------------------------

PORT = None
ADM = None


def t_vectors():
    """The verifier agrees with the AWS SigV4 test suite."""
    vdir = os.path.join(os.environ.get("VECTORS") or
                        os.path.join(ROOT, "..", "shared", "vectors"), "sigv4")
    if not check("sigv4 vectors present", os.path.isdir(vdir), vdir):
        return
    now = datetime.datetime(2015, 8, 30, 12, 36, tzinfo=datetime.timezone.utc)
    good, bad, tampered_ok, n = [], [], [], 0
    for root, _, files in sorted(os.walk(vdir)):
        for f in files:
            if not f.endswith(".sreq"):
                continue
            # the signed request, with the suite's expected Authorization
            # (one .sreq of the suite carries a stale signature)
            name = f[:-5]
            base = os.path.join(root, name)
            with open(base + ".sreq", "rb") as fh:
                raw = fh.read().decode("utf-8")
            with open(base + ".authz") as fh:
                authz = fh.read().strip()
            head, _, body = raw.partition("\n\n")
            lines = head.split("\n")
            method, rest = lines[0].split(" ", 1)
            target = rest.rsplit(" ", 1)[0]
            # The suite's paths are decoded (the signer encodes them); a
            # query reaches the server %-encoded.
            path, q, query = target.partition("?")
            target = path + q + "".join(ch if ord(ch) < 128 else "".join(
                "%%%02X" % b for b in ch.encode()) for ch in query)
            hs = []
            for ln in lines[1:]:
                if ln.lower().startswith("authorization:"):
                    continue
                if ln[:1] in (" ", "\t") and hs:
                    hs[-1] = (hs[-1][0], hs[-1][1] + " " + ln.strip())
                    continue
                k, _, v = ln.partition(":")
                hs.append((k, v.strip()))
            hs.append(("Authorization", authz))
            cred = {"accessKeyId": AKID, "secretAccessKey": SECRET}
            tok = [v for k, v in hs if k.lower() == "x-amz-security-token"]
            if tok:
                cred["sessionToken"] = tok[0]
            creds = {AKID: cred}
            n += 1
            try:
                swf_server.verify_sigv4(method, target, hs, body.encode(), creds,
                                        now=now, service="service")
                good.append(name)
            except swf_server.AuthError as e:
                bad.append("%s (%s)" % (name, e.verdict))
            # the same request with one byte of the signature changed
            sig = authz[-1]
            hs2 = hs[:-1] + [("Authorization", authz[:-1] +
                              ("0" if sig != "0" else "1"))]
            try:
                swf_server.verify_sigv4(method, target, hs2, body.encode(), creds,
                                        now=now, service="service")
                tampered_ok.append(name)
            except swf_server.AuthError:
                pass
    check("all %d sigv4 vectors verify" % n, n >= 30 and not bad, bad)
    check("no vector verifies with a changed signature", not tampered_ok,
          tampered_ok)
    # wrong secret, wrong service, wrong clock
    hs = [("Host", "example.amazonaws.com"), ("X-Amz-Date", "20150830T123600Z"),
          ("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/"
           "us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
           "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b")]
    creds = {AKID: {"accessKeyId": AKID, "secretAccessKey": SECRET}}
    swf_server.verify_sigv4("POST", "/", hs, b"", creds, now=now, service="service")
    check("post-vanilla verifies", True)
    for label, kw, verdict in (
            ("wrong secret", dict(credentials={AKID: {"secretAccessKey": "x"}}),
             "invalid"),
            ("wrong body", dict(body=b"x"), "invalid"),
            ("service swf expected", dict(service="swf"), "bad-scope"),
            ("16 min late", dict(now=now + datetime.timedelta(minutes=16)),
             "skewed")):
        args = dict(method="POST", target="/", headers=hs, body=b"",
                    credentials=creds, now=now, service="service")
        args.update(kw)
        try:
            swf_server.verify_sigv4(**args)
            got = "accepted"
        except swf_server.AuthError as e:
            got = e.verdict
        check("vector refused: %s" % label, got == verdict, got)


def t_lifecycle():
    """A full SWF cancel lifecycle driven by botocore's client."""
    c = client(PORT)
    dom = "lifecycle-domain"
    c.register_domain(name=dom, workflowExecutionRetentionPeriodInDays="1")
    e = error_of(c.register_domain, name=dom,
                 workflowExecutionRetentionPeriodInDays="1")
    check("RegisterDomain twice -> DomainAlreadyExistsFault",
          e and e[0] == "DomainAlreadyExistsFault", e)
    c.register_workflow_type(domain=dom, name="wf", version="1",
                             defaultTaskList={"name": "tl"},
                             defaultTaskStartToCloseTimeout="60",
                             defaultExecutionStartToCloseTimeout="600",
                             defaultChildPolicy="TERMINATE")
    c.register_activity_type(domain=dom, name="act", version="1",
                             defaultTaskList={"name": "tl"},
                             defaultTaskScheduleToStartTimeout="60",
                             defaultTaskScheduleToCloseTimeout="600",
                             defaultTaskStartToCloseTimeout="600",
                             defaultTaskHeartbeatTimeout="NONE")
    run = c.start_workflow_execution(domain=dom, workflowId="wf-life",
                                     workflowType={"name": "wf", "version": "1"},
                                     input="start")["runId"]
    check("StartWorkflowExecution returns a runId", len(run) > 10, run)
    d = c.poll_for_decision_task(domain=dom, taskList={"name": "tl"},
                                 identity="decider")
    check("PollForDecisionTask gets the first decision",
          d.get("taskToken") and [ev["eventType"] for ev in d["events"]] ==
          ["WorkflowExecutionStarted", "DecisionTaskScheduled",
           "DecisionTaskStarted"], d.get("events"))
    c.respond_decision_task_completed(taskToken=d["taskToken"], decisions=[{
        "decisionType": "ScheduleActivityTask",
        "scheduleActivityTaskDecisionAttributes": {
            "activityType": {"name": "act", "version": "1"},
            "activityId": "a1", "input": "work"}}])
    empty = c.poll_for_decision_task(domain=dom, taskList={"name": "tl"})
    check("no decision task pending after the decision",
          not empty.get("taskToken") and empty.get("startedEventId") == 0, empty)
    a = c.poll_for_activity_task(domain=dom, taskList={"name": "tl"},
                                 identity="worker")
    check("PollForActivityTask gets the activity",
          a.get("activityId") == "a1" and a.get("input") == "work" and
          a["workflowExecution"] == {"workflowId": "wf-life", "runId": run}, a)
    hb = c.record_activity_task_heartbeat(taskToken=a["taskToken"])
    check("heartbeat: no cancel requested yet", hb["cancelRequested"] is False, hb)
    c.signal_workflow_execution(domain=dom, workflowId="wf-life",
                                signalName="stop")
    d = c.poll_for_decision_task(domain=dom, taskList={"name": "tl"})
    c.respond_decision_task_completed(taskToken=d["taskToken"], decisions=[{
        "decisionType": "RequestCancelActivityTask",
        "requestCancelActivityTaskDecisionAttributes": {"activityId": "a1"}}])
    hb = c.record_activity_task_heartbeat(taskToken=a["taskToken"])
    check("heartbeat: cancel requested", hb["cancelRequested"] is True, hb)
    r = c.respond_activity_task_canceled(taskToken=a["taskToken"],
                                         details="cleaned up")
    check("RespondActivityTaskCanceled -> HTTP 200",
          r["ResponseMetadata"]["HTTPStatusCode"] == 200, r)
    h = c.get_workflow_execution_history(
        domain=dom, execution={"workflowId": "wf-life", "runId": run})["events"]
    types = [ev["eventType"] for ev in h]
    canceled = [ev for ev in h if ev["eventType"] == "ActivityTaskCanceled"]
    sched = [ev["eventId"] for ev in h if ev["eventType"] == "ActivityTaskScheduled"]
    started = [ev["eventId"] for ev in h if ev["eventType"] == "ActivityTaskStarted"]
    creq = [ev["eventId"] for ev in h
            if ev["eventType"] == "ActivityTaskCancelRequested"]
    attrs = canceled[0]["activityTaskCanceledEventAttributes"] if canceled else {}
    check("history has one ActivityTaskCanceled with the details",
          len(canceled) == 1 and attrs.get("details") == "cleaned up", h[-3:])
    check("ActivityTaskCanceled points at its scheduled/started/cancel events",
          attrs.get("scheduledEventId") == sched[0] and
          attrs.get("startedEventId") == started[0] and
          attrs.get("latestCancelRequestedEventId") == creq[0], attrs)
    check("a decision task is scheduled after the cancellation",
          types[-2:] == ["ActivityTaskCanceled", "DecisionTaskScheduled"], types)
    check("history event ids are 1..N", [ev["eventId"] for ev in h] ==
          list(range(1, len(h) + 1)))
    check("history timestamps are numbers",
          all(isinstance(ev["eventTimestamp"], datetime.datetime) for ev in h))
    e = error_of(c.respond_activity_task_canceled, taskToken=a["taskToken"],
                 details="again")
    check("second cancel -> UnknownResourceFault 400",
          e and e[0] == "UnknownResourceFault" and e[2] == 400, e)
    e = error_of(c.respond_activity_task_completed, taskToken=a["taskToken"])
    check("complete after cancel -> UnknownResourceFault",
          e and e[0] == "UnknownResourceFault", e)
    d = c.poll_for_decision_task(domain=dom, taskList={"name": "tl"})
    c.respond_decision_task_completed(taskToken=d["taskToken"], decisions=[{
        "decisionType": "CompleteWorkflowExecution",
        "completeWorkflowExecutionDecisionAttributes": {"result": "done"}}])
    h = c.get_workflow_execution_history(
        domain=dom, execution={"workflowId": "wf-life", "runId": run},
        reverseOrder=True, maximumPageSize=2)
    check("history paging and reverse order",
          [ev["eventType"] for ev in h["events"]] ==
          ["WorkflowExecutionCompleted", "DecisionTaskCompleted"] and
          h.get("nextPageToken"), h)
    e = error_of(c.get_workflow_execution_history, domain=dom,
                 execution={"workflowId": "nope", "runId": "x"})
    check("unknown execution -> UnknownResourceFault",
          e and e[0] == "UnknownResourceFault", e)


def t_cancel_semantics():
    """RespondActivityTaskCanceled: validation, faults, what gets recorded."""
    c = client(PORT)
    t = ADM.task(workflowId="wf-sem")
    check("admin task answers token, ids and names",
          len(t["taskToken"]) == 400 and t["workflowId"] == "wf-sem" and
          t["domain"] == "swf-cancel-test" and t["runId"] and
          t["startedEventId"] == t["scheduledEventId"] + 1, t)
    ADM.reset()
    c.respond_activity_task_canceled(taskToken=t["taskToken"])
    ev = ADM.events("wf-sem", "ActivityTaskCanceled")
    attrs = ev[0]["activityTaskCanceledEventAttributes"] if ev else {}
    check("cancel without details: no details attribute",
          len(ev) == 1 and "details" not in attrs and
          attrs["scheduledEventId"] == t["scheduledEventId"] and
          attrs["startedEventId"] == t["startedEventId"], attrs)
    check("task state CANCELED", ADM.task_state(t["taskToken"]) == "CANCELED")
    reqs = ADM.requests()
    r = reqs[-1] if reqs else {}
    check("request recorded with verdict, scope and key",
          len(reqs) == 1 and r["signature"] == "valid" and
          r["accessKey"] == AKID and r["region"] == "us-east-1" and
          r["service"] == "swf" and r["scopeDate"] == r["amzDate"][:8] and
          r["securityToken"] is False and r["operation"] ==
          "RespondActivityTaskCanceled" and r["status"] == 200 and
          r["json"] == {"taskToken": t["taskToken"]} and
          r["method"] == "POST" and r["path"] == "/", r)
    hdr = {k.lower(): v for k, v in r.get("headers", [])}
    check("recorded headers are the received ones",
          hdr.get("x-amz-target") == TARGET and
          hdr.get("content-type") == "application/x-amz-json-1.0" and
          json.loads(r["body"]) == {"taskToken": t["taskToken"]}, hdr)

    t = ADM.task(details=None)
    cs = client(PORT, key=SESSION["accessKeyId"],
                secret=SESSION["secretAccessKey"], token=SESSION["sessionToken"],
                region="eu-west-1")
    cs.respond_activity_task_canceled(taskToken=t["taskToken"], details="ü €")
    r = ADM.requests()[-1]
    check("session credentials accepted, token recorded, region recorded",
          r["signature"] == "valid" and r["securityToken"] is True and
          r["region"] == "eu-west-1" and r["accessKey"] ==
          SESSION["accessKeyId"] and r["status"] == 200, r)
    d = ADM.events(t["workflowId"], "ActivityTaskCanceled")
    check("non-ASCII details kept",
          d and d[0]["activityTaskCanceledEventAttributes"]["details"] == "ü €")

    t = ADM.task()
    big = "d" * 32768
    c.respond_activity_task_canceled(taskToken=t["taskToken"], details=big)
    d = ADM.events(t["workflowId"], "ActivityTaskCanceled")
    check("details of exactly 32768 characters accepted",
          d and d[0]["activityTaskCanceledEventAttributes"]["details"] == big)
    t = ADM.task()
    e = error_of(c.respond_activity_task_canceled, taskToken=t["taskToken"],
                 details=big + "d")
    check("details of 32769 characters -> ValidationException",
          e and e[0] == "ValidationException" and e[2] == 400 and
          e[1].startswith("1 validation error detected: Value '") and
          e[1].endswith("' at 'details' failed to satisfy constraint: Member "
                        "must have length less than or equal to 32768"),
          e and (e[0], e[1][:60], e[1][-90:]))
    check("... and the task stays open", ADM.task_state(t["taskToken"]) ==
          "STARTED")
    t = ADM.task(tokenLength=1024)
    c.respond_activity_task_canceled(taskToken=t["taskToken"])
    check("1024-character token accepted", ADM.task_state(t["taskToken"]) ==
          "CANCELED")
    t = ADM.task(tokenLength=1025)
    e = error_of(c.respond_activity_task_canceled, taskToken=t["taskToken"],
                 details=big + "x")
    check("1025-character token and long details -> 2 validation errors",
          e and e[0] == "ValidationException" and
          e[1].startswith("2 validation errors detected: ") and
          "at 'taskToken' failed to satisfy constraint: Member must have length "
          "less than or equal to 1024; Value '" in e[1], e and e[1][:80])
    h, b = sign(PORT, {"details": "x"})
    st, _, body = raw_post(PORT, h, b)
    check("missing taskToken -> ValidationException (null)", st == 400 and
          json.loads(body) == {
              "__type": "com.amazon.coral.validate#ValidationException",
              "message": "1 validation error detected: Value null at "
                         "'taskToken' failed to satisfy constraint: Member "
                         "must not be null"}, body)
    h, b = sign(PORT, {"taskToken": ""})
    st, _, body = raw_post(PORT, h, b)
    check("empty taskToken -> ValidationException (min length)", st == 400 and
          json.loads(body)["message"] == "1 validation error detected: Value '' "
          "at 'taskToken' failed to satisfy constraint: Member must have length "
          "greater than or equal to 1", body)
    h, b = sign(PORT, {"taskToken": 12})
    st, _, body = raw_post(PORT, h, b)
    check("numeric taskToken -> SerializationException", st == 400 and
          json.loads(body)["__type"].endswith("#SerializationException"), body)
    h, b = sign(PORT, b"{not json")
    st, _, body = raw_post(PORT, h, b)
    check("malformed JSON -> SerializationException", st == 400 and
          json.loads(body)["__type"] ==
          "com.amazon.coral.service#SerializationException", body)
    h, b = sign(PORT, {}, target="SimpleWorkflowService.NoSuchThing")
    st, _, body = raw_post(PORT, h, b)
    check("unknown operation -> UnknownOperationException", st == 400 and
          json.loads(body)["__type"] ==
          "com.amazon.coral.service#UnknownOperationException", body)
    e = error_of(c.respond_activity_task_canceled, taskToken="no-such-token")
    check("unknown token -> UnknownResourceFault",
          e and e[0] == "UnknownResourceFault", e)
    t = ADM.task(notPermitted=True)
    e = error_of(c.respond_activity_task_canceled, taskToken=t["taskToken"])
    check("not-permitted token -> OperationNotPermittedFault",
          e and e[0] == "OperationNotPermittedFault" and
          "not authorized to perform: swf:RespondActivityTaskCanceled" in e[1], e)
    t = ADM.task(taskToken='tok"with\\odd\u00e9chars')
    c.respond_activity_task_canceled(taskToken='tok"with\\odd\u00e9chars')
    check("caller-chosen token works", ADM.task_state(t["taskToken"]) ==
          "CANCELED")
    t = ADM.task(cancelRequested=True)
    c.respond_activity_task_canceled(taskToken=t["taskToken"], details="x")
    ev = ADM.events(t["workflowId"], "ActivityTaskCanceled")
    req_ev = ADM.events(t["workflowId"], "ActivityTaskCancelRequested")
    check("cancelRequested task: latestCancelRequestedEventId set",
          ev and req_ev and ev[0]["activityTaskCanceledEventAttributes"].get(
              "latestCancelRequestedEventId") == req_ev[0]["eventId"], ev)

    # The void answer on the wire, both flavours.
    t = ADM.task()
    h, b = sign(PORT, {"taskToken": t["taskToken"]})
    st, hdr, body = raw_post(PORT, h, b)
    check("success: 200, empty body, Content-Length 0, JSON 1.0 type, request id",
          st == 200 and body == b"" and hdr.get("content-length") == "0" and
          hdr.get("content-type") == "application/x-amz-json-1.0" and
          len(hdr.get("x-amzn-requestid", "")) == 36, (st, hdr, body))
    ADM.config(voidBody="{}")
    try:
        t = ADM.task()
        h, b = sign(PORT, {"taskToken": t["taskToken"]})
        st, hdr, body = raw_post(PORT, h, b)
        check("voidBody {}: body is {}", st == 200 and body == b"{}" and
              hdr.get("content-length") == "2", (st, hdr, body))
        t = ADM.task()
        r = c.respond_activity_task_canceled(taskToken=t["taskToken"])
        check("botocore accepts the {} body",
              r["ResponseMetadata"]["HTTPStatusCode"] == 200)
    finally:
        ADM.config(voidBody="")


def t_signatures():
    """What the signature check accepts and refuses."""
    def attempt(label, want_status, want_type, want_msg=None, **kw):
        t = ADM.task()
        h, b = sign(PORT, {"taskToken": t["taskToken"], "details": "sig"}, **kw)
        mutate = kw_mut.pop(label, None)
        if mutate:
            h, b = mutate(h, b)
        st, _, body = raw_post(PORT, h, b)
        obj = json.loads(body) if body else {}
        state = ADM.task_state(t["taskToken"])
        ok = st == want_status and (want_type is None or obj.get("__type") ==
                                    "com.amazon.coral.service#" + want_type)
        if want_msg is not None:
            ok = ok and obj.get("message", "").startswith(want_msg)
        ok = ok and state == ("CANCELED" if want_status == 200 else "STARTED")
        check(label, ok, (st, obj, state))
        return ADM.requests()[-1]

    def body_tamper(h, b):
        return h, b.replace(b'"sig"', b'"SIG"')

    def header_tamper(h, b):
        return [(k, v + ";charset=utf-8" if k.lower() == "content-type" else v)
                for k, v in h], b

    def add_unsigned(h, b):
        return h + [("X-Unsigned-Extra", "whatever"), ("User-Agent", "x/1")], b

    def drop_auth(h, b):
        return [(k, v) for k, v in h if k.lower() != "authorization"], b

    def drop_token(h, b):
        return [(k, v) for k, v in h if k.lower() != "x-amz-security-token"], b

    def wrong_token(h, b):
        return [(k, "AQoDYXdzEXAMPLEwrong" if k.lower() == "x-amz-security-token"
                 else v) for k, v in h], b

    def add_token(h, b):
        return h + [("X-Amz-Security-Token", "AQoDYXdzEXAMPLE")], b

    def no_host_signed(h, b):
        out = []
        for k, v in h:
            if k.lower() == "authorization":
                v = v.replace("SignedHeaders=content-type;host;", "SignedHeaders="
                              "content-type;")
            out.append((k, v))
        return out, b

    kw_mut = {"tampered body": body_tamper, "tampered signed header":
              header_tamper, "unsigned extra headers accepted": add_unsigned,
              "no Authorization": drop_auth,
              "session key without its token": drop_token,
              "session key with a wrong token": wrong_token,
              "long-term key with a token": add_token,
              "host not signed": no_host_signed}
    bad_sig = ("The request signature we calculated does not match the "
               "signature you provided.")
    bad_tok = "The security token included in the request is invalid."
    r = attempt("botocore-signed raw request accepted", 200, None)
    check("... verdict valid", r["signature"] == "valid", r["signature"])
    r = attempt("tampered body", 400, "InvalidSignatureException", bad_sig)
    check("... verdict invalid, key still recorded",
          r["signature"] == "invalid" and r["accessKey"] == AKID and
          r["authError"] == "InvalidSignatureException", r["signature"])
    attempt("tampered signed header", 400, "InvalidSignatureException", bad_sig)
    attempt("unsigned extra headers accepted", 200, None)
    r = attempt("no Authorization", 400, "MissingAuthenticationTokenException",
                "Missing Authentication Token")
    check("... verdict unsigned", r["signature"] == "unsigned", r["signature"])
    attempt("wrong secret", 400, "InvalidSignatureException", bad_sig,
            secret="not-the-secret")
    r = attempt("unknown access key", 400, "UnrecognizedClientException", bad_tok,
                key="AKIDUNKNOWN")
    check("... verdict unknown-key", r["signature"] == "unknown-key")
    sk = dict(key=SESSION["accessKeyId"], secret=SESSION["secretAccessKey"],
              token=SESSION["sessionToken"])
    r = attempt("session key with its token", 200, None, **sk)
    check("... token header recorded", r["securityToken"] is True)
    attempt("session key without its token", 400, "UnrecognizedClientException",
            bad_tok, **sk)
    attempt("session key with a wrong token", 400, "UnrecognizedClientException",
            bad_tok, **sk)
    attempt("long-term key with a token", 400, "UnrecognizedClientException",
            bad_tok)
    attempt("expired session token", 400, "ExpiredTokenException",
            "The security token included in the request is expired",
            key=EXPIRED["accessKeyId"], secret=EXPIRED["secretAccessKey"],
            token=EXPIRED["sessionToken"])
    r = attempt("service sqs in scope", 400, "InvalidSignatureException",
                "Credential should be scoped to correct service: 'swf'.",
                service="sqs")
    check("... scope service recorded", r["service"] == "sqs", r["service"])
    now = datetime.datetime.now(datetime.timezone.utc)
    attempt("signed 20 minutes ago", 400, "InvalidSignatureException",
            "Signature expired: ", when=now - datetime.timedelta(minutes=20))
    attempt("signed 20 minutes ahead", 400, "InvalidSignatureException",
            "Signature not yet current: ",
            when=now + datetime.timedelta(minutes=20))
    attempt("signed 10 minutes ago (within 15)", 200, None,
            when=now - datetime.timedelta(minutes=10))
    attempt("host not signed", 400, "InvalidSignatureException")

    # botocore's own client, right and wrong secret
    t = ADM.task()
    e = error_of(client(PORT, secret="wrong").respond_activity_task_canceled,
                 taskToken=t["taskToken"])
    check("botocore client with a wrong secret -> InvalidSignatureException",
          e and e[0] == "InvalidSignatureException" and e[2] == 400, e)
    e = error_of(client(PORT, key="AKIDNOPE").respond_activity_task_canceled,
                 taskToken=t["taskToken"])
    check("botocore client with an unknown key -> UnrecognizedClientException",
          e and e[0] == "UnrecognizedClientException", e)

    # --allow-unsigned, switched at run time
    t = ADM.task()
    unsigned = botocore.session.get_session().create_client(
        "swf", region_name="us-east-1", endpoint_url="http://127.0.0.1:%d" % PORT,
        config=Config(signature_version=botocore.UNSIGNED,
                      retries={"max_attempts": 0}))
    e = error_of(unsigned.respond_activity_task_canceled, taskToken=t["taskToken"])
    check("unsigned request refused by default",
          e and e[0] == "MissingAuthenticationTokenException", e)
    ADM.config(allowUnsigned=True)
    try:
        unsigned.respond_activity_task_canceled(taskToken=t["taskToken"],
                                                details="nosign")
        r = ADM.requests()[-1]
        check("unsigned request accepted with allowUnsigned",
              ADM.task_state(t["taskToken"]) == "CANCELED" and
              r["signature"] == "unsigned" and r["authError"] is None, r)
        t = ADM.task()
        h, b = sign(PORT, {"taskToken": t["taskToken"]}, secret="bad")
        st, _, body = raw_post(PORT, h, b)
        check("a bad signature is still refused with allowUnsigned",
              st == 400 and b"InvalidSignatureException" in body, body)
    finally:
        ADM.config(allowUnsigned=False)


def t_faults():
    """Every injected behaviour, seen on the wire and through botocore."""
    c = client(PORT)
    cr = client(PORT, retries=3)
    op = "RespondActivityTaskCanceled"

    t = ADM.task()
    ADM.reset()
    ADM.faults([{"status": 503}, "throttle"])
    cr.respond_activity_task_canceled(taskToken=t["taskToken"])
    reqs = ADM.requests()
    check("503 then throttling, botocore retries to success",
          [r["status"] for r in reqs] == [503, 400, 200] and
          [r["fault"] and r["fault"]["kind"] for r in reqs] ==
          ["status", "throttle", None] and
          ADM.task_state(t["taskToken"]) == "CANCELED", reqs and
          [(r["status"], r["fault"]) for r in reqs])

    t = ADM.task()
    ADM.faults({"status": 500})
    e = error_of(c.respond_activity_task_canceled, taskToken=t["taskToken"])
    check("500 without retries -> InternalFailure, operation not run",
          e and e[0] == "InternalFailure" and e[2] == 500 and
          ADM.task_state(t["taskToken"]) == "STARTED", e)
    ADM.faults({"status": 500, "process": True})
    error_of(c.respond_activity_task_canceled, taskToken=t["taskToken"])
    check("500 with process: the cancel happened anyway",
          ADM.task_state(t["taskToken"]) == "CANCELED")
    ADM.faults({"status": 400, "type": "com.amazonaws.swf.base.model#"
                "LimitExceededFault", "message": "slow down"})
    e = error_of(c.respond_activity_task_canceled, taskToken="x")
    check("custom error type and message", e == ("LimitExceededFault",
                                                 "slow down", 400), e)

    # Faults wait for the SWF request; admin calls neither see nor use them.
    ADM.faults({"kind": "reset", "op": "GetWorkflowExecutionHistory"})
    ADM.ok("GET", "/__admin/health")
    t = ADM.task()
    c.respond_activity_task_canceled(taskToken=t["taskToken"])
    check("fault for another operation not consumed",
          len(ADM.ok("GET", "/__admin/faults")["faults"]) == 1)
    ADM.reset()
    check("reset clears faults and requests",
          ADM.ok("GET", "/__admin/faults")["faults"] == [] and
          ADM.requests() == [])

    req = lambda: wire(PORT, {"taskToken": ADM.task()["taskToken"]})  # noqa
    ADM.faults("reset")
    data, how = raw_exchange(PORT, req())
    check("reset: RST before any byte", data == b"" and how == "reset",
          (data[:80], how))
    ADM.faults({"kind": "reset", "after": 12})
    data, how = raw_exchange(PORT, req())
    check("reset after 12 bytes", data == b"HTTP/1.1 200" and how == "reset",
          (data, how))
    ADM.faults("close")
    data, how = raw_exchange(PORT, req())
    check("close: EOF without a byte", data == b"" and how == "eof", (data, how))
    ADM.faults("garbage")
    data, how = raw_exchange(PORT, req())
    check("garbage: a non-HTTP status line, then EOF",
          data and not data.startswith(b"HTTP/") and how == "eof", data)
    ADM.faults("html")
    data, how = raw_exchange(PORT, req(), until_close=False)
    check("html: 500 text/html",
          data.startswith(b"HTTP/1.1 500 ") and b"Content-Type: text/html" in data,
          data[:200])
    t = ADM.task()
    ADM.faults("truncate")
    data, how = raw_exchange(PORT, wire(PORT, {"taskToken": t["taskToken"]}))
    head, _, body = data.partition(b"\r\n\r\n")
    cl = [int(ln.split(b":")[1]) for ln in head.split(b"\r\n")
          if ln.lower().startswith(b"content-length:")]
    check("truncate: Content-Length larger than what comes, then EOF",
          head.startswith(b"HTTP/1.1 200 ") and cl and cl[0] > len(body) and
          how == "eof" and ADM.task_state(t["taskToken"]) == "CANCELED",
          (head, body))
    t = ADM.task()
    ADM.faults({"kind": "chunked", "process": True})
    data, how = raw_exchange(PORT, wire(PORT, {"taskToken": "nope"}, close=True))
    head, _, body = data.partition(b"\r\n\r\n")
    sizes = []
    rest = body
    while rest:
        line, _, rest = rest.partition(b"\r\n")
        n = int(line, 16)
        sizes.append(n)
        rest = rest[n + 2:]
        if n == 0:
            break
    check("chunked: Transfer-Encoding chunked, several chunks, no length",
          b"Transfer-Encoding: chunked" in head and
          b"content-length" not in head.lower() and len(sizes) >= 3 and
          sizes[-1] == 0, (head, body[:120]))
    ADM.faults("chunked")
    e = error_of(c.respond_activity_task_canceled, taskToken="nope")
    check("chunked: botocore reads the chunked error",
          e and e[0] == "UnknownResourceFault", e)
    ADM.faults("chunked")
    r = c.get_workflow_execution_history(
        domain="swf-cancel-test", execution={"workflowId": t["workflowId"],
                                             "runId": t["runId"]})
    check("chunked: botocore reads a chunked history",
          [e["eventType"] for e in r["events"]] == [
              "WorkflowExecutionStarted", "DecisionTaskScheduled",
              "DecisionTaskStarted", "DecisionTaskCompleted",
              "ActivityTaskScheduled", "ActivityTaskStarted"], r["events"])
    ADM.faults("close_delimited")
    data, how = raw_exchange(PORT, wire(PORT, {"taskToken": "nope"}))
    head, _, body = data.partition(b"\r\n\r\n")
    check("close_delimited: no length, Connection: close, body until EOF",
          b"connection: close" in head.lower() and
          b"content-length" not in head.lower() and how == "eof" and
          b"UnknownResourceFault" in body, data)
    ADM.faults("close_delimited")
    e = error_of(c.respond_activity_task_canceled, taskToken="nope")
    check("close_delimited: botocore reads the error",
          e and e[0] == "UnknownResourceFault", e)
    t = ADM.task()
    ADM.faults("continue100")
    data, how = raw_exchange(PORT, wire(PORT, {"taskToken": t["taskToken"]},
                                        close=True))
    check("continue100: 100 Continue, then the real 200",
          data.startswith(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n") and
          ADM.task_state(t["taskToken"]) == "CANCELED", data[:120])
    t = ADM.task()
    ADM.faults("continue100")
    c.respond_activity_task_canceled(taskToken=t["taskToken"])
    check("continue100: botocore skips the interim answer",
          ADM.task_state(t["taskToken"]) == "CANCELED")
    t = ADM.task()
    ADM.faults({"kind": "trickle", "interval": 0.002})
    s = socket.create_connection(("127.0.0.1", PORT), timeout=5)
    s.sendall(wire(PORT, {"taskToken": t["taskToken"]}))
    data, reads = b"", 0
    while True:
        d = s.recv(100)
        data += d
        reads += 1
        if not d or data.endswith(b"\r\n\r\n"):
            break
    s.close()
    check("trickle: the real answer, a few bytes at a time",
          reads > 20 and data.startswith(b"HTTP/1.1 200 OK\r\n") and
          ADM.task_state(t["taskToken"]) == "CANCELED", (reads, data[:40]))
    t = ADM.task()
    ADM.faults({"delay": 1})
    t0 = time.time()
    c.respond_activity_task_canceled(taskToken=t["taskToken"])
    dt = time.time() - t0
    check("delay 1 s, then the answer", 1.0 <= dt < 5 and
          ADM.task_state(t["taskToken"]) == "CANCELED", dt)
    t = ADM.task()
    ADM.faults("no_response")
    s = socket.create_connection(("127.0.0.1", PORT), timeout=1)
    s.sendall(wire(PORT, {"taskToken": t["taskToken"]}))
    try:
        got = s.recv(10)
        how = "data" if got else "eof"
    except socket.timeout:
        how = "timeout"
    s.close()
    check("no_response: nothing within 1 s, operation not run",
          how == "timeout" and ADM.task_state(t["taskToken"]) == "STARTED", how)
    ADM.faults("no_response")
    e = None
    t0 = time.time()
    try:
        client(PORT, read_timeout=1).respond_activity_task_canceled(
            taskToken=t["taskToken"])
    except botocore.exceptions.ReadTimeoutError as ex:
        e = ex
    check("no_response: botocore read timeout", e is not None and
          time.time() - t0 < 5, e)
    t = ADM.task()
    ADM.faults("big_headers")
    s = socket.create_connection(("127.0.0.1", PORT), timeout=5)
    s.sendall(wire(PORT, {"taskToken": t["taskToken"]}))
    data = b""
    while b"\r\n\r\n" not in data:
        d = s.recv(1 << 16)
        if not d:
            break
        data += d
    s.close()
    check("big_headers: over 1 MiB of headers before the body",
          data.startswith(b"HTTP/1.1 200 ") and
          data.index(b"\r\n\r\n") >= 1 << 20, len(data))
    # after all that, the server still serves
    t = ADM.task()
    c.respond_activity_task_canceled(taskToken=t["taskToken"])
    check("server healthy after the faults",
          ADM.task_state(t["taskToken"]) == "CANCELED")
    c2 = client(PORT, retries=2)
    t = ADM.task()
    ADM.faults(["reset"])
    c2.respond_activity_task_canceled(taskToken=t["taskToken"])
    check("botocore retries after a reset",
          ADM.task_state(t["taskToken"]) == "CANCELED" and
          len(ADM.requests(op)) >= 2)
    bad = ADM.call("POST", "/__admin/faults", "nonsense")
    check("unknown fault kind refused", bad[0] == 400, bad)


def t_http():
    """Keep-alive, HTTP/1.0, chunked request bodies, Expect: 100-continue."""
    t1, t2 = ADM.task(), ADM.task()
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
    socks = []
    for t in (t1, t2):
        h, b = sign(PORT, {"taskToken": t["taskToken"]})
        c.putrequest("POST", "/", skip_host=True, skip_accept_encoding=True)
        for k, v in h:
            c.putheader(k, v)
        c.putheader("Content-Length", str(len(b)))
        c.endheaders(b)
        r = c.getresponse()
        r.read()
        socks.append(c.sock.getsockname() if c.sock else None)
    c.close()
    check("two requests on one kept-alive connection",
          socks[0] is not None and socks[0] == socks[1] and
          ADM.task_state(t1["taskToken"]) == "CANCELED" and
          ADM.task_state(t2["taskToken"]) == "CANCELED", socks)
    t = ADM.task()
    h, b = sign(PORT, {"taskToken": t["taskToken"]})
    head = "POST / HTTP/1.0\r\n" + "".join("%s: %s\r\n" % kv for kv in h)
    data, how = raw_exchange(PORT, head.encode() + b"Content-Length: %d\r\n\r\n"
                             % len(b) + b)
    check("HTTP/1.0 request answered and closed",
          data.startswith(b"HTTP/1.1 200 ") and how == "eof", (data[:60], how))
    t = ADM.task()
    h, b = sign(PORT, {"taskToken": t["taskToken"]})
    head = "POST / HTTP/1.1\r\n" + "".join("%s: %s\r\n" % kv for kv in h)
    chunked = b"%X\r\n%s\r\n%X\r\n%s\r\n0\r\n\r\n" % (10, b[:10], len(b) - 10,
                                                       b[10:])
    data, how = raw_exchange(PORT, head.encode() +
                             b"Transfer-Encoding: chunked\r\n"
                             b"Connection: close\r\n\r\n" + chunked)
    check("chunked request body", data.startswith(b"HTTP/1.1 200 ") and
          ADM.task_state(t["taskToken"]) == "CANCELED", data[:200])
    t = ADM.task()
    h, b = sign(PORT, {"taskToken": t["taskToken"]})
    s = socket.create_connection(("127.0.0.1", PORT), timeout=5)
    s.sendall(("POST / HTTP/1.1\r\n" + "".join("%s: %s\r\n" % kv for kv in h) +
               "Expect: 100-continue\r\nContent-Length: %d\r\n\r\n" % len(b))
              .encode())
    first = s.recv(100)
    s.sendall(b)
    rest = s.recv(1000)
    s.close()
    check("Expect: 100-continue answered with 100 first",
          first == b"HTTP/1.1 100 Continue\r\n\r\n" and
          rest.startswith(b"HTTP/1.1 200 "), (first, rest[:40]))


def t_process():
    """stdout discipline, loopback-only, IPv6, TLS, the client helper."""
    py = sys.executable
    srv = os.path.join(ROOT, "tests", "swf_server.py")
    p = subprocess.Popen([py, srv], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    try:
        line = p.stdout.readline().decode()
        port = int(line)
        adm = swf_client.Admin(port)
        t = adm.task()
        client(port).respond_activity_task_canceled(taskToken=t["taskToken"])
    finally:
        p.terminate()
        out, err = p.communicate(timeout=10)
    check("no --port-file: the port alone on stdout, then nothing",
          line.strip().isdigit() and out == b"", (line, out))
    check("access log on stderr", b"RespondActivityTaskCanceled -> 200" in err,
          err[-300:])
    check("SIGTERM ends the server cleanly", p.returncode == 0, p.returncode)
    p = subprocess.Popen([py, srv, "--quiet"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    try:
        port = int(p.stdout.readline())
        swf_client.Admin(port).task()
        h, b = sign(port, {"taskToken": "x"})
        raw_post(port, h, b)
    finally:
        p.terminate()
        out, err = p.communicate(timeout=10)
    check("--quiet: nothing on stderr", err == b"", err)
    r = subprocess.run([py, srv, "--host", "0.0.0.0"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=20)
    check("non-loopback address refused", r.returncode != 0 and
          b"non-loopback" in r.stderr and r.stdout == b"", r)

    # options: own credentials, fixed region, unsigned allowed, {} bodies
    cf = os.path.join(TMP, "creds.json")
    with open(cf, "w") as f:
        json.dump([{"accessKeyId": "AKIDMINE", "secretAccessKey": "s3cr3t"}], f)
    po, pido = start("--credentials", cf, "--region", "eu-central-1",
                     "--allow-unsigned", "--void-body", "{}", "--max-skew", "60")
    admo = swf_client.Admin(po)
    t = admo.task()
    h, b = sign(po, {"taskToken": t["taskToken"]}, key="AKIDMINE",
                secret="s3cr3t", region="eu-central-1")
    st, _, body = raw_post(po, h, b)
    check("--credentials/--region/--void-body: own key accepted, {} answered",
          st == 200 and body == b"{}", (st, body))
    e = error_of(client(po, region="eu-central-1").respond_activity_task_canceled,
                 taskToken=t["taskToken"])
    check("--credentials: the built-in keys are gone",
          e and e[0] == "UnrecognizedClientException", e)
    t = admo.task()
    e = error_of(client(po, key="AKIDMINE", secret="s3cr3t",
                        region="us-east-1").respond_activity_task_canceled,
                 taskToken=t["taskToken"])
    check("--region: another region in the scope refused",
          e and e[0] == "InvalidSignatureException" and "region" in e[1], e)
    h, b = sign(po, {"taskToken": t["taskToken"]}, key="AKIDMINE",
                secret="s3cr3t", region="eu-central-1",
                when=datetime.datetime.now(datetime.timezone.utc) -
                datetime.timedelta(minutes=2))
    st, _, body = raw_post(po, h, b)
    check("--max-skew 60: two minutes old refused",
          st == 400 and b"Signature expired" in body, body)
    st, _, body = raw_post(po, [("Host", "127.0.0.1:%d" % po), ("X-Amz-Target",
                                TARGET), ("Content-Type", JSON10)],
                           json.dumps({"taskToken": t["taskToken"]}).encode())
    check("--allow-unsigned: unsigned request served", st == 200 and
          admo.task_state(t["taskToken"]) == "CANCELED", (st, body))
    swf_client.stop_server(pido)

    # IPv6
    port6, pid6 = start("--ipv6")
    adm6 = swf_client.Admin(port6, ipv6=True)
    t = adm6.task()
    client(port6, host="[::1]").respond_activity_task_canceled(
        taskToken=t["taskToken"], details="v6")
    r = adm6.requests()[-1]
    hdr = {k.lower(): v for k, v in r["headers"]}
    check("IPv6: botocore cancel over [::1], Host signed as sent",
          adm6.task_state(t["taskToken"]) == "CANCELED" and
          r["signature"] == "valid" and hdr.get("host") == "[::1]:%d" % port6, r)
    try:
        socket.create_connection(("127.0.0.1", port6), timeout=2).close()
        v4 = "connected"
    except OSError:
        v4 = "refused"
    check("IPv6 server does not listen on 127.0.0.1", v4 == "refused")
    swf_client.stop_server(pid6)

    # TLS
    cert, key = os.path.join(TMP, "cert.pem"), os.path.join(TMP, "key.pem")
    g = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048",
                        "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                        "-subj", "/CN=127.0.0.1"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    if check("openssl made a test certificate", g.returncode == 0, g.stderr):
        ports, pids = start("--tls-cert", cert, "--tls-key", key)
        adms = swf_client.Admin(endpoint="https://127.0.0.1:%d" % ports)
        t = adms.task()
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            client(ports, scheme="https").respond_activity_task_canceled(
                taskToken=t["taskToken"], details="tls")
        ev = adms.events(t["workflowId"], "ActivityTaskCanceled")
        check("TLS: botocore cancel over https",
              ev and ev[0]["activityTaskCanceledEventAttributes"]["details"] ==
              "tls" and adms.requests()[-1]["signature"] == "valid")
        ctx = ssl.create_default_context(cafile=cert)
        ctx.check_hostname = False
        with socket.create_connection(("127.0.0.1", ports), timeout=5) as s:
            with ctx.wrap_socket(s) as ss:
                ss.sendall(b"GET /__admin/health HTTP/1.1\r\nHost: x\r\n"
                           b"Connection: close\r\n\r\n")
                got = ss.recv(1000)
        check("TLS: certificate verifies against itself",
              got.startswith(b"HTTP/1.1 200 "), got[:40])
        data, how = raw_exchange(ports, b"GET /__admin/health HTTP/1.1\r\n"
                                 b"Host: x\r\n\r\n", timeout=3)
        check("TLS: plain HTTP gets no HTTP answer",
              not data.startswith(b"HTTP/1.1 200"), data[:40])
        swf_client.stop_server(pids)

    # the helper's command line, as the shell tests use it
    cl = [py, os.path.join(ROOT, "tests", "swf_client.py")]
    out = subprocess.run(cl + ["start", "--quiet"], stdout=subprocess.PIPE,
                         timeout=30).stdout.decode().split()
    ok = len(out) == 2 and all(x.isdigit() for x in out)
    check("swf_client start prints PORT PID", ok, out)
    if ok:
        PIDS.append(int(out[1]))
        env = dict(os.environ, SWF_PORT=out[0])
        run = lambda *a: subprocess.run(cl + list(a), stdout=subprocess.PIPE,  # noqa
                                        stderr=subprocess.PIPE, env=env,
                                        timeout=30)
        tj = json.loads(run("task", "--workflow-id", "wf-cli", "--json").stdout)
        tok = run("task").stdout.decode().strip()
        client(int(out[0])).respond_activity_task_canceled(
            taskToken=tj["taskToken"], details="from cli test")
        det = run("event", "wf-cli", "ActivityTaskCanceled", "details")
        check("swf_client task/event", len(tok) == 400 and det.returncode == 0 and
              det.stdout == b"from cli test\n", (tok, det))
        miss = run("event", tj["workflowId"], "ActivityTaskFailed")
        check("swf_client event: missing event -> exit 1", miss.returncode == 1)
        st = run("task-state", tj["taskToken"]).stdout.strip()
        n = run("requests", "--count").stdout.strip()
        fld = run("requests", "--field", "accessKey").stdout.strip()
        check("swf_client task-state / requests", st == b"CANCELED" and n == b"1"
              and fld == AKID.encode(), (st, n, fld))
        f = run("faults", '["reset", {"status": 503}]')
        check("swf_client faults", f.returncode == 0 and
              len(json.loads(run("get", "/__admin/faults").stdout)["faults"]) == 2)
        s = run("stop", out[1])
        check("swf_client stop", s.returncode == 0 and
              swf_client._gone(int(out[1])))


def t_aws_cli():
    """AWS CLI v1, when installed, works against the endpoint."""
    aws = shutil.which("aws")
    if not aws:
        print("note: aws not installed; AWS CLI checks not run")
        return
    t = ADM.task()
    env = dict(os.environ, AWS_ACCESS_KEY_ID=AKID, AWS_SECRET_ACCESS_KEY=SECRET)
    cmd = [aws, "swf", "respond-activity-task-canceled", "--endpoint-url",
           "http://127.0.0.1:%d" % PORT, "--region", "us-east-1",
           "--task-token", t["taskToken"], "--details", "from aws cli"]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=env, timeout=60)
    ev = ADM.events(t["workflowId"], "ActivityTaskCanceled")
    check("aws cli: cancel succeeds silently", r.returncode == 0 and
          r.stdout == b"" and ev and ev[0]["activityTaskCanceledEventAttributes"]
          ["details"] == "from aws cli", (r.returncode, r.stdout, r.stderr))
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=env, timeout=60)
    check("aws cli: second cancel -> UnknownResourceFault, exit 255 (v2: 254)",
          r.returncode in (254, 255) and
          b"An error occurred (UnknownResourceFault) when calling the "
          b"RespondActivityTaskCanceled operation: Unknown activity" in r.stderr,
          (r.returncode, r.stderr))
    t = ADM.task()
    env = dict(os.environ, AWS_ACCESS_KEY_ID=SESSION["accessKeyId"],
               AWS_SECRET_ACCESS_KEY=SESSION["secretAccessKey"],
               AWS_SESSION_TOKEN=SESSION["sessionToken"])
    cmd[-3] = t["taskToken"]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=env, timeout=60)
    check("aws cli: session credentials", r.returncode == 0 and
          ADM.requests()[-1]["securityToken"] is True, r.stderr)


def main():
    global PORT, ADM
    try:
        PORT, _ = start()
        ADM = swf_client.Admin(PORT)
        for g in (t_vectors, t_lifecycle, t_cancel_semantics, t_signatures,
                  t_faults, t_http, t_process, t_aws_cli):
            group(g)
    except Exception:
        check("setup", False, traceback.format_exc())
    finally:
        for pid in PIDS:
            swf_client.stop_server(pid)
        log = os.path.join(TMP, "server.log")
        if FAILED and os.path.exists(log):
            with open(log) as f:
                tail = f.read()[-2000:]
            if tail:
                print("server log:\n" + tail)
        shutil.rmtree(TMP, ignore_errors=True)
    print("%d passed, %d failed" % (PASSED, FAILED))
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
