#!/usr/bin/env python3
"""swf_server.py - a local, loopback-only, SWF-like endpoint for swf-cancel tests.

Speaks the Amazon SWF JSON 1.0 protocol (POST, X-Amz-Target:
SimpleWorkflowService.<Op>, Content-Type: application/x-amz-json-1.0), checks
every request's SigV4 signature with botocore (an implementation independent of
ours), keeps domains, workflow executions, decision/activity tasks and their
histories in memory, and can misbehave on request for the client's tests.
Python standard library + botocore only (botocore.auth.SigV4Auth,
botocore.awsrequest, botocore.credentials: long-stable APIs).

Command line:
  swf_server.py [--port N] [--port-file FILE] [--ipv6] [--host ADDR]
                [--tls-cert PEM --tls-key PEM [--tls-ciphers LIST]]
                [--credentials FILE]
                [--allow-unsigned] [--region REGION] [--max-skew SECONDS]
                [--void-body ''|'{}'] [--quiet]

  --port 0 (default) picks a free port.  The bound port is written to
  --port-file (atomically) or, without it, printed alone on stdout: nothing
  else ever goes to stdout.  Access logs go to stderr unless --quiet.
  --host must be a loopback address (127.0.0.0/8 or ::1); --ipv6 means ::1.
  --credentials FILE: JSON list of {"accessKeyId", "secretAccessKey",
  "sessionToken"?, "expired"?}; default: the built-ins in DEFAULT_CREDENTIALS.
  --region: if given, the credential scope's region must equal it (default:
  any region is accepted).  --max-skew: allowed X-Amz-Date distance from now
  (default 900 s, 0 = unlimited).  --void-body: body of successful responses
  of operations without output (default: empty, Content-Length: 0).

Test control API (plain JSON over the same listener, never signed, never
subject to faults, never recorded):
  GET  /__admin/health              {"ok": true, "port": N}
  POST /__admin/task  {...}         create domain + workflow + scheduled and
       started activity task; returns {"taskToken", "domain", "workflowId",
       "runId", "activityId", "scheduledEventId", "startedEventId"}.
       Optional input keys: domain, workflowId, activityId, taskList, input,
       taskToken (exact token to use), tokenLength, notPermitted (cancel ->
       OperationNotPermittedFault), cancelRequested (adds
       ActivityTaskCancelRequested first).
  GET  /__admin/task?taskToken=T    state of one activity task
  GET  /__admin/history?workflowId=W[&runId=R]   {"events": [...]}
  GET  /__admin/requests[?op=Op]    {"requests": [...]} every SWF request
       received: method, path, headers, body (text), json, operation,
       signature verdict, accessKey, region, service, scopeDate, amzDate,
       securityToken (header present), authError, fault, status, ...
  POST /__admin/reset [{"state": true}]  forget requests and queued faults
       (and, with state, every domain/execution/task)
  POST /__admin/faults  F | [F, ...] | {"faults": [...]}   queue behaviours,
       one per SWF request, in order.  F is a name or an object:
         {"status": 500|503|400|..., "body": "...", "contentType": "...",
          "type": "<__type>", "message": "...", "headers": {...}}
         "throttle"        400 ThrottlingException "Rate exceeded"
         {"delay": S}      wait S seconds, then answer normally
                           (add "processFirst": true to run the operation
                           before waiting)
         "reset"           read the request, close with RST (SO_LINGER 0)
                           before any byte ({"kind": "reset", "after": N}:
                           after the first N bytes of the answer)
         "close"           read the request, close without answering
                           ("after": N as for reset)
         "truncate"        Content-Length larger than the body, then close
         "chunked"         real answer, Transfer-Encoding: chunked
         "close_delimited" real answer, no Content-Length, Connection: close
         "continue100"     send "HTTP/1.1 100 Continue" first, then answer
         "garbage"         a non-HTTP status line, then close
         "html"            500 with an HTML body
         "no_response"     read the request, never answer until the client
                           goes away
         "big_headers"     real answer preceded by 1 MiB of headers ("size")
         "trickle"         real answer, one byte every "interval" s (0.05)
       Objects take {"kind": NAME} plus options; any fault may also carry
       "op": "<Operation>" (only consumed by that operation), "delay": S and
       "process": true|false (whether the operation really runs; default true
       for delay/truncate/chunked/close_delimited/continue100/big_headers).
  GET  /__admin/faults              faults still queued
  POST /__admin/config {"voidBody", "allowUnsigned", "maxSkew", "region"}
  GET  /__admin/credentials         the credentials the server accepts
  GET  /__admin/tasks               every activity task
"""

import argparse
import base64
import datetime
import email.utils
import hashlib
import hmac
import http
import ipaddress
import json
import os
import select
import signal
import socket
import ssl
import struct
import sys
import threading
import time
import traceback
import uuid
from urllib.parse import parse_qs, urlsplit

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest, HTTPHeaders
from botocore.credentials import Credentials

DEFAULT_CREDENTIALS = [
    {"accessKeyId": "AKIDEXAMPLE",
     "secretAccessKey": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"},
    {"accessKeyId": "ASIAEXAMPLESESSION1",
     "secretAccessKey": "SessionSecretEXAMPLEKEY/0123456789+abcdef",
     "sessionToken": "FwoGZXIvYXdzEXAMPLESESSIONTOKEN//////////wEaDEXAMPLE+token="},
    {"accessKeyId": "AKIAIOSFODNN7EXAMPLE",
     "secretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
    {"accessKeyId": "ASIAEXAMPLEEXPIRED01",
     "secretAccessKey": "ExpiredSecretEXAMPLEKEY/0123456789abcdef",
     "sessionToken": "FwoGZXIvYXdzEXAMPLEEXPIREDTOKEN", "expired": True},
]

SERVICE = "swf"
TARGET_PREFIX = "SimpleWorkflowService."
JSON_CT = "application/x-amz-json-1.0"
SWF_FAULT = "com.amazonaws.swf.base.model#"
CORAL = "com.amazon.coral.service#"
VALIDATION = "com.amazon.coral.validate#ValidationException"
MAX_HEAD = 1 << 20
MAX_BODY = 16 << 20
ACCOUNT = "123456789012"

KNOWN_OPS = {
    "CountClosedWorkflowExecutions", "CountOpenWorkflowExecutions",
    "CountPendingActivityTasks", "CountPendingDecisionTasks",
    "DeprecateActivityType", "DeprecateDomain", "DeprecateWorkflowType",
    "DescribeActivityType", "DescribeDomain", "DescribeWorkflowExecution",
    "DescribeWorkflowType", "GetWorkflowExecutionHistory", "ListActivityTypes",
    "ListClosedWorkflowExecutions", "ListDomains", "ListOpenWorkflowExecutions",
    "ListTagsForResource", "ListWorkflowTypes", "PollForActivityTask",
    "PollForDecisionTask", "RecordActivityTaskHeartbeat", "RegisterActivityType",
    "RegisterDomain", "RegisterWorkflowType", "RequestCancelWorkflowExecution",
    "RespondActivityTaskCanceled", "RespondActivityTaskCompleted",
    "RespondActivityTaskFailed", "RespondDecisionTaskCompleted",
    "SignalWorkflowExecution", "StartWorkflowExecution", "TagResource",
    "TerminateWorkflowExecution", "UndeprecateActivityType",
    "UndeprecateDomain", "UndeprecateWorkflowType", "UntagResource",
}

# Faults that, by default, let the operation really run.
PROCESSING_FAULTS = {"delay", "truncate", "chunked", "close_delimited",
                     "continue100", "big_headers", "trickle"}
FAULT_KINDS = PROCESSING_FAULTS | {"status", "throttle", "reset", "close",
                                   "garbage", "html", "no_response"}

QUIET = False


def log(msg):
    if not QUIET:
        sys.stderr.write("swf_server: %s\n" % msg)
        sys.stderr.flush()


# ---------------------------------------------------------------------------
# SigV4 verification (botocore does the cryptography and canonicalisation)
# ---------------------------------------------------------------------------

class AuthError(Exception):
    def __init__(self, verdict, code, message):
        Exception.__init__(self, message)
        self.verdict = verdict
        self.code = code
        self.message = message


class _FixedHeadersSigV4(SigV4Auth):
    """SigV4Auth that signs exactly the headers the client listed."""

    def __init__(self, credentials, service, region, signed):
        SigV4Auth.__init__(self, credentials, service, region)
        self._signed = signed  # [(lowercase name, [values])]

    def headers_to_sign(self, request):
        hm = HTTPHeaders()
        for name, values in self._signed:
            for v in values or [""]:
                hm[name] = v
        return hm


def _hget(headers, name, default=None):
    name = name.lower()
    for k, v in headers:
        if k.lower() == name:
            return v
    return default


def _hall(headers, name):
    name = name.lower()
    return [v for k, v in headers if k.lower() == name]


def parse_authorization(value):
    """'AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...'."""
    value = value.strip()
    algo, _, rest = value.partition(" ")
    params = {}
    for part in rest.split(","):
        k, eq, v = part.strip().partition("=")
        if eq:
            params[k.strip()] = v.strip()
    return algo, params


def _amz_time(s):
    try:
        return datetime.datetime.strptime(s, "%Y%m%dT%H%M%SZ").replace(
            tzinfo=datetime.timezone.utc)
    except (ValueError, TypeError):
        return None


def _fmt_time(dt):
    return dt.strftime("%Y%m%dT%H%M%SZ")


def verify_sigv4(method, target, headers, body, credentials, now=None,
                 max_skew=900, service=SERVICE, region=None, scheme="http",
                 info=None):
    """Check one request's SigV4 Authorization header.

    headers: list of (name, value) as received; body: bytes; credentials:
    {accessKeyId: {...}}.  Returns a dict describing the scope (also filled
    into `info` when given, as far as parsing got, even on failure); raises
    AuthError(verdict, code, message) when the request must be refused.
    """
    if info is None:
        info = {}
    info.update({"accessKey": None, "scopeDate": None, "region": None,
                 "service": None, "signedHeaders": None, "amzDate": None,
                 "securityToken":
                     _hget(headers, "x-amz-security-token") is not None,
                 "canonicalRequest": None, "stringToSign": None})
    auth = _hget(headers, "authorization")
    if auth is None:
        raise AuthError("unsigned", "MissingAuthenticationTokenException",
                        "Missing Authentication Token")
    algo, params = parse_authorization(auth)
    missing = [p for p in ("Credential", "Signature", "SignedHeaders")
               if p not in params]
    if algo != "AWS4-HMAC-SHA256" or missing:
        msg = "".join("Authorization header requires '%s' parameter. " % p
                      for p in (missing or ["Credential", "Signature",
                                            "SignedHeaders"]))
        raise AuthError("malformed", "IncompleteSignatureException",
                        msg + "Authorization=" + auth)
    cred = params["Credential"].split("/")
    if len(cred) != 5:
        raise AuthError("malformed", "IncompleteSignatureException",
                        "Credential must have exactly 5 slash-delimited "
                        "elements, e.g. keyid/date/region/service/term, got '%s'"
                        % params["Credential"])
    key, sdate, sregion, sservice, term = cred
    signed_names = [n.strip().lower() for n in params["SignedHeaders"].split(";")]
    info.update(accessKey=key, scopeDate=sdate, region=sregion,
                service=sservice, signedHeaders=signed_names)
    amz = _hget(headers, "x-amz-date")
    stamp = _amz_time(amz) if amz is not None else None
    if amz is None:
        d = _hget(headers, "date")
        if d is None:
            raise AuthError("malformed", "IncompleteSignatureException",
                            "Authorization header requires existence of either "
                            "a 'X-Amz-Date' or a 'Date' header. Authorization="
                            + auth)
        amz = d
        stamp = _amz_time(d)
        if stamp is None:
            try:
                stamp = email.utils.parsedate_to_datetime(d)
                if stamp.tzinfo is None:
                    stamp = stamp.replace(tzinfo=datetime.timezone.utc)
                stamp = stamp.astimezone(datetime.timezone.utc)
            except (TypeError, ValueError, IndexError):
                stamp = None
    info["amzDate"] = amz
    if stamp is None:
        raise AuthError("malformed", "IncompleteSignatureException",
                        "Date must be in ISO-8601 'basic format'. Got '%s'. "
                        "See http://en.wikipedia.org/wiki/ISO_8601" % amz)
    ts = _fmt_time(stamp)
    if term != "aws4_request":
        raise AuthError("bad-scope", "InvalidSignatureException",
                        "Credential should be scoped with a valid terminator: "
                        "'aws4_request', not '%s'. " % term)
    if sdate != ts[:8]:
        raise AuthError("bad-scope", "InvalidSignatureException",
                        "Date in Credential scope does not match YYYYMMDD from "
                        "ISO-8601 version of date from HTTP: '%s' != '%s', from "
                        "'%s'." % (sdate, ts[:8], ts))
    if sservice != service:
        raise AuthError("bad-scope", "InvalidSignatureException",
                        "Credential should be scoped to correct service: '%s'. "
                        % service)
    if region is not None and sregion != region:
        raise AuthError("bad-scope", "InvalidSignatureException",
                        "Credential should be scoped to a valid region. ")
    if max_skew:
        now = now or datetime.datetime.now(datetime.timezone.utc)
        skew = datetime.timedelta(seconds=max_skew)
        mins = "%d min." % (max_skew // 60) if max_skew % 60 == 0 else \
            "%d s." % max_skew
        if stamp < now - skew:
            raise AuthError("skewed", "InvalidSignatureException",
                            "Signature expired: %s is now earlier than %s "
                            "(%s - %s)" % (ts, _fmt_time(now - skew),
                                           _fmt_time(now), mins))
        if stamp > now + skew:
            raise AuthError("skewed", "InvalidSignatureException",
                            "Signature not yet current: %s is still later than "
                            "%s (%s + %s)" % (ts, _fmt_time(now + skew),
                                              _fmt_time(now), mins))
    c = credentials.get(key)
    if c is None:
        raise AuthError("unknown-key", "UnrecognizedClientException",
                        "The security token included in the request is invalid.")
    token = _hget(headers, "x-amz-security-token")
    if (c.get("sessionToken") or None) != token:
        raise AuthError("bad-token", "UnrecognizedClientException",
                        "The security token included in the request is invalid.")
    if c.get("expired"):
        raise AuthError("expired-token", "ExpiredTokenException",
                        "The security token included in the request is expired")
    if "host" not in signed_names:
        raise AuthError("bad-scope", "InvalidSignatureException",
                        "'Host' or ':authority' must be a 'SignedHeader' in the "
                        "AWS Authorization.")
    actual_hash = hashlib.sha256(body).hexdigest()
    declared = _hget(headers, "x-amz-content-sha256")
    if declared is not None and declared != actual_hash and \
            declared != "UNSIGNED-PAYLOAD":
        raise AuthError("bad-payload-hash", "InvalidSignatureException",
                        "The provided 'x-amz-content-sha256' header does not "
                        "match what was computed.")
    # Rebuild the request for botocore and sign it at the request's time.
    hdrs = HTTPHeaders()
    for k, v in headers:
        if k.lower() != "authorization":
            hdrs[k] = v
    host = _hget(headers, "host", "localhost")
    req = AWSRequest(method=method, url="%s://%s%s" % (scheme, host, target),
                     data=body)
    req.headers = hdrs
    req.context["timestamp"] = ts
    signed = [(n, [v for v in _hall(headers, n)]) for n in signed_names if n]
    signer = _FixedHeadersSigV4(
        Credentials(key, c["secretAccessKey"], c.get("sessionToken")),
        sservice, sregion, signed)
    creq = signer.canonical_request(req)
    sts = signer.string_to_sign(req, creq)
    want = signer.signature(sts, req)
    info["canonicalRequest"] = creq
    info["stringToSign"] = sts
    if not hmac.compare_digest(want.encode(), params["Signature"].encode()):
        raise AuthError("invalid", "InvalidSignatureException",
                        "The request signature we calculated does not match the "
                        "signature you provided. Check your AWS Secret Access "
                        "Key and signing method. Consult the service "
                        "documentation for details.")
    return info


# ---------------------------------------------------------------------------
# SWF model
# ---------------------------------------------------------------------------

class SWFError(Exception):
    def __init__(self, type_, message=None, status=400):
        Exception.__init__(self, message or type_)
        self.type = type_
        self.message = message
        self.status = status

    def body(self):
        d = {"__type": self.type}
        if self.message is not None:
            d["message"] = self.message
        return d


def fault(name, message=None):
    return SWFError(SWF_FAULT + name, message)


def serialization_error(message=None):
    return SWFError(CORAL + "SerializationException", message)


class Validator:
    def __init__(self, body):
        self.body = body
        self.errors = []

    def string(self, field, required=False, min_len=None, max_len=None):
        v = self.body.get(field)
        if v is None:
            if required:
                self.errors.append("Value null at '%s' failed to satisfy "
                                   "constraint: Member must not be null" % field)
            return None
        if not isinstance(v, str):
            raise serialization_error(
                "%s can not be converted to a String"
                % ("NUMBER_VALUE" if isinstance(v, (int, float)) else
                   "START_OBJECT" if isinstance(v, dict) else
                   "START_ARRAY" if isinstance(v, list) else "BOOLEAN_VALUE"))
        if min_len is not None and len(v) < min_len:
            self.errors.append("Value '%s' at '%s' failed to satisfy constraint: "
                               "Member must have length greater than or equal to "
                               "%d" % (v, field, min_len))
        if max_len is not None and len(v) > max_len:
            self.errors.append("Value '%s' at '%s' failed to satisfy constraint: "
                               "Member must have length less than or equal to %d"
                               % (v, field, max_len))
        return v

    def struct(self, field, required=False):
        v = self.body.get(field)
        if v is None:
            if required:
                self.errors.append("Value null at '%s' failed to satisfy "
                                   "constraint: Member must not be null" % field)
            return None
        if not isinstance(v, dict):
            raise serialization_error("Expected a structure at '%s'" % field)
        return v

    def done(self):
        if self.errors:
            n = len(self.errors)
            raise SWFError(VALIDATION, "%d validation error%s detected: %s" % (
                n, "" if n == 1 else "s", "; ".join(self.errors)))


def _now():
    return round(time.time(), 3)


def make_token(length=None):
    raw = b"\x00\x00\x00\x2a\x00\x00\x00\x02" + os.urandom(
        max(16, ((length or 400) * 3) // 4 + 3))
    tok = base64.b64encode(raw).decode("ascii")
    if length is not None:
        tok = tok[:length]
        while len(tok) < length:
            tok += "A"
    else:
        tok = tok[:400]
    return tok


class Execution:
    def __init__(self, domain, workflow_id, wtype, task_list, input_=None):
        self.domain = domain
        self.workflow_id = workflow_id
        self.run_id = base64.b64encode(os.urandom(33)).decode()
        self.wtype = wtype
        self.task_list = task_list
        self.input = input_
        self.events = []
        self.open = True
        self.close_status = None
        self.decision = "none"        # none | scheduled | started
        self.decision_pending = False  # new events arrived while started
        self.decision_sched_id = None
        self.decision_started_id = 0
        self.prev_started_id = 0
        self.activities = {}          # activityId -> ActivityTask

    def add(self, etype, **attrs):
        eid = len(self.events) + 1
        ev = {"eventTimestamp": _now(), "eventType": etype, "eventId": eid,
              etype[0].lower() + etype[1:] + "EventAttributes":
                  {k: v for k, v in attrs.items() if v is not None}}
        self.events.append(ev)
        return eid

    def short(self):
        return {"workflowId": self.workflow_id, "runId": self.run_id}

    def schedule_decision(self):
        if not self.open:
            return
        if self.decision == "none":
            self.decision_sched_id = self.add(
                "DecisionTaskScheduled", taskList={"name": self.task_list},
                startToCloseTimeout=self.wtype.get("defaultTaskStartToCloseTimeout")
                or "NONE")
            self.decision = "scheduled"
        elif self.decision == "started":
            self.decision_pending = True


class ActivityTask:
    def __init__(self, exe, activity_id, atype, task_list, input_, sched_id):
        self.exe = exe
        self.activity_id = activity_id
        self.atype = atype
        self.task_list = task_list
        self.input = input_
        self.scheduled_event_id = sched_id
        self.started_event_id = None
        self.cancel_requested_event_id = None
        self.state = "SCHEDULED"
        self.token = None
        self.not_permitted = False

    def to_dict(self):
        return {"taskToken": self.token, "activityId": self.activity_id,
                "state": self.state, "domain": self.exe.domain,
                "workflowId": self.exe.workflow_id, "runId": self.exe.run_id,
                "scheduledEventId": self.scheduled_event_id,
                "startedEventId": self.started_event_id,
                "cancelRequested": self.cancel_requested_event_id is not None,
                "notPermitted": self.not_permitted}


class Backend:
    def __init__(self):
        self.lock = threading.RLock()
        self.clear()

    def clear(self):
        self.domains = {}
        self.workflow_types = {}
        self.activity_types = {}
        self.executions = []
        self.activity_tokens = {}
        self.decision_tokens = {}

    # -- helpers ------------------------------------------------------------
    def _domain(self, name):
        d = self.domains.get(name)
        if d is None:
            raise fault("UnknownResourceFault", "Unknown domain: %s" % name)
        if d["status"] != "REGISTERED":
            raise fault("DomainDeprecatedFault", name)
        return d

    def _exe(self, domain, workflow_id, run_id=None):
        for e in reversed(self.executions):
            if e.domain == domain and e.workflow_id == workflow_id and \
                    (run_id is None or e.run_id == run_id):
                return e
        raise fault("UnknownResourceFault",
                    "Unknown execution: WorkflowExecution=[workflowId=%s, "
                    "runId=%s]" % (workflow_id, run_id))

    @staticmethod
    def _type_key(domain, t, what):
        if not isinstance(t, dict):
            raise serialization_error("Expected a structure at '%s'" % what)
        return (domain, t.get("name"), t.get("version"))

    def _register_domain(self, name, retention="1", description=None):
        if name in self.domains:
            raise fault("DomainAlreadyExistsFault", name)
        self.domains[name] = {"name": name, "status": "REGISTERED",
                              "description": description,
                              "workflowExecutionRetentionPeriodInDays": retention}

    # -- operations -----------------------------------------------------------
    def RegisterDomain(self, b):
        v = Validator(b)
        name = v.string("name", True, 1, 256)
        ret = v.string("workflowExecutionRetentionPeriodInDays", True, 1, 8)
        desc = v.string("description", False, None, 1024)
        v.done()
        self._register_domain(name, ret, desc)
        return None

    def _register_type(self, b, table, kind):
        v = Validator(b)
        domain = v.string("domain", True, 1, 256)
        name = v.string("name", True, 1, 256)
        version = v.string("version", True, 1, 64)
        v.done()
        self._domain(domain)
        key = (domain, name, version)
        if key in table:
            raise fault("TypeAlreadyExistsFault",
                        "%s=[name=%s, version=%s]" % (kind, name, version))
        t = dict(b)
        t["status"] = "REGISTERED"
        t["creationDate"] = _now()
        table[key] = t
        return None

    def RegisterWorkflowType(self, b):
        return self._register_type(b, self.workflow_types, "WorkflowType")

    def RegisterActivityType(self, b):
        return self._register_type(b, self.activity_types, "ActivityType")

    def StartWorkflowExecution(self, b):
        v = Validator(b)
        domain = v.string("domain", True, 1, 256)
        wid = v.string("workflowId", True, 1, 256)
        wt = v.struct("workflowType", True)
        v.string("input", False, None, 32768)
        v.done()
        self._domain(domain)
        wtype = self.workflow_types.get(self._type_key(domain, wt, "workflowType"))
        if wtype is None:
            raise fault("UnknownResourceFault",
                        "Unknown type: WorkflowType=[name=%s, version=%s]"
                        % (wt.get("name"), wt.get("version")))
        for e in self.executions:
            if e.domain == domain and e.workflow_id == wid and e.open:
                raise fault("WorkflowExecutionAlreadyStartedFault")
        tl = (b.get("taskList") or wtype.get("defaultTaskList") or {}).get("name")
        if not tl:
            raise fault("DefaultUndefinedFault", "taskList")
        return {"runId": self._start(domain, wid, wtype, tl, b.get("input"),
                                     b).run_id}

    def _start(self, domain, wid, wtype, tl, input_, b=None):
        b = b or {}
        exe = Execution(domain, wid, wtype, tl, input_)
        exe.add("WorkflowExecutionStarted",
                input=input_,
                executionStartToCloseTimeout=b.get("executionStartToCloseTimeout")
                or wtype.get("defaultExecutionStartToCloseTimeout") or "3600",
                taskStartToCloseTimeout=b.get("taskStartToCloseTimeout")
                or wtype.get("defaultTaskStartToCloseTimeout") or "NONE",
                childPolicy=b.get("childPolicy") or
                wtype.get("defaultChildPolicy") or "TERMINATE",
                taskList={"name": tl},
                workflowType={"name": wtype["name"], "version": wtype["version"]},
                tagList=b.get("tagList"))
        exe.schedule_decision()
        self.executions.append(exe)
        return exe

    def PollForDecisionTask(self, b):
        v = Validator(b)
        domain = v.string("domain", True, 1, 256)
        tl = v.struct("taskList", True)
        v.done()
        self._domain(domain)
        for exe in self.executions:
            if exe.open and exe.domain == domain and exe.decision == "scheduled" \
                    and exe.task_list == tl.get("name"):
                return self._start_decision(exe, b.get("identity"),
                                            b.get("reverseOrder"))
        return {"previousStartedEventId": 0, "startedEventId": 0}

    def _start_decision(self, exe, identity=None, reverse=False):
        sid = exe.add("DecisionTaskStarted",
                      scheduledEventId=exe.decision_sched_id, identity=identity)
        exe.decision = "started"
        exe.decision_started_id = sid
        token = make_token()
        self.decision_tokens[token] = (exe, exe.decision_sched_id, sid)
        events = list(exe.events)
        if reverse:
            events.reverse()
        out = {"taskToken": token, "startedEventId": sid,
               "previousStartedEventId": exe.prev_started_id,
               "workflowExecution": exe.short(),
               "workflowType": {"name": exe.wtype["name"],
                                "version": exe.wtype["version"]},
               "events": events}
        exe.prev_started_id = sid
        return out

    def RespondDecisionTaskCompleted(self, b):
        v = Validator(b)
        token = v.string("taskToken", True, 1, 1024)
        v.string("executionContext", False, None, 32768)
        v.done()
        decisions = b.get("decisions") or []
        if not isinstance(decisions, list):
            raise serialization_error("Expected a list at 'decisions'")
        errs = []
        for i, d in enumerate(decisions):
            if not isinstance(d, dict) or not d.get("decisionType"):
                errs.append("Value null at 'decisions.%d.member.decisionType' "
                            "failed to satisfy constraint: Member must not be "
                            "null" % (i + 1))
        if errs:
            raise SWFError(VALIDATION, "%d validation error%s detected: %s" % (
                len(errs), "" if len(errs) == 1 else "s", "; ".join(errs)))
        entry = self.decision_tokens.get(token)
        if entry is None or entry[0].decision != "started" or \
                entry[2] != entry[0].decision_started_id or not entry[0].open:
            raise fault("UnknownResourceFault", "Unknown decision task, "
                        "scheduledEventId = %s" % (entry[1] if entry else 0))
        exe, sched, started = entry
        del self.decision_tokens[token]
        done = exe.add("DecisionTaskCompleted", scheduledEventId=sched,
                       startedEventId=started,
                       executionContext=b.get("executionContext"))
        exe.decision = "none"
        need = exe.decision_pending
        exe.decision_pending = False
        for d in decisions:
            need |= self._decision(exe, d, done)
        if need and exe.open:
            exe.schedule_decision()
        return None

    def _decision(self, exe, d, done):
        dt = d["decisionType"]
        attrs = d.get(dt[0].lower() + dt[1:] + "DecisionAttributes") or {}
        if dt == "ScheduleActivityTask":
            at = attrs.get("activityType") or {}
            aid = attrs.get("activityId")
            atype = self.activity_types.get((exe.domain, at.get("name"),
                                             at.get("version")))
            cause = None
            if atype is None:
                cause = "ACTIVITY_TYPE_DOES_NOT_EXIST"
            elif aid in exe.activities and exe.activities[aid].state in (
                    "SCHEDULED", "STARTED"):
                cause = "ACTIVITY_ID_ALREADY_IN_USE"
            tl = (attrs.get("taskList") or (atype or {}).get("defaultTaskList")
                  or {}).get("name")
            if cause is None and not tl:
                cause = "DEFAULT_TASK_LIST_UNDEFINED"
            if cause:
                exe.add("ScheduleActivityTaskFailed", activityType=at,
                        activityId=aid, cause=cause,
                        decisionTaskCompletedEventId=done)
                return True
            self._schedule_activity(exe, aid, atype, tl, attrs, done)
            return False
        if dt == "RequestCancelActivityTask":
            aid = attrs.get("activityId")
            task = exe.activities.get(aid)
            if task is None or task.state not in ("SCHEDULED", "STARTED"):
                exe.add("RequestCancelActivityTaskFailed", activityId=aid,
                        cause="ACTIVITY_ID_UNKNOWN",
                        decisionTaskCompletedEventId=done)
                return True
            self._request_cancel(exe, task, done)
            return False
        if dt == "CompleteWorkflowExecution":
            exe.add("WorkflowExecutionCompleted", result=attrs.get("result"),
                    decisionTaskCompletedEventId=done)
            self._close(exe, "COMPLETED")
            return False
        if dt == "FailWorkflowExecution":
            exe.add("WorkflowExecutionFailed", reason=attrs.get("reason"),
                    details=attrs.get("details"),
                    decisionTaskCompletedEventId=done)
            self._close(exe, "FAILED")
            return False
        if dt == "CancelWorkflowExecution":
            exe.add("WorkflowExecutionCanceled", details=attrs.get("details"),
                    decisionTaskCompletedEventId=done)
            self._close(exe, "CANCELED")
            return False
        if dt == "RecordMarker":
            exe.add("MarkerRecorded", markerName=attrs.get("markerName"),
                    details=attrs.get("details"),
                    decisionTaskCompletedEventId=done)
            return False
        raise SWFError(VALIDATION, "1 validation error detected: decision type "
                       "'%s' is not supported by this test server" % dt)

    def _close(self, exe, status):
        exe.open = False
        exe.close_status = status
        exe.decision = "none"

    def _schedule_activity(self, exe, aid, atype, tl, attrs, done):
        def dflt(k):
            return attrs.get(k) or atype.get("defaultTask" + k[0].upper() + k[1:]) \
                or "NONE"
        sid = exe.add(
            "ActivityTaskScheduled",
            activityType={"name": atype["name"], "version": atype["version"]},
            activityId=aid, input=attrs.get("input"), control=attrs.get("control"),
            scheduleToStartTimeout=dflt("scheduleToStartTimeout"),
            scheduleToCloseTimeout=dflt("scheduleToCloseTimeout"),
            startToCloseTimeout=dflt("startToCloseTimeout"),
            heartbeatTimeout=dflt("heartbeatTimeout"),
            taskList={"name": tl}, decisionTaskCompletedEventId=done)
        task = ActivityTask(exe, aid, atype, tl, attrs.get("input"), sid)
        exe.activities[aid] = task
        return task

    def _request_cancel(self, exe, task, done):
        task.cancel_requested_event_id = exe.add(
            "ActivityTaskCancelRequested", activityId=task.activity_id,
            decisionTaskCompletedEventId=done)

    def PollForActivityTask(self, b):
        v = Validator(b)
        domain = v.string("domain", True, 1, 256)
        tl = v.struct("taskList", True)
        v.done()
        self._domain(domain)
        for exe in self.executions:
            if not exe.open or exe.domain != domain:
                continue
            for task in exe.activities.values():
                if task.state == "SCHEDULED" and task.task_list == tl.get("name"):
                    self._start_activity(task, b.get("identity"))
                    out = {"taskToken": task.token, "activityId": task.activity_id,
                           "startedEventId": task.started_event_id,
                           "workflowExecution": exe.short(),
                           "activityType": {"name": task.atype["name"],
                                            "version": task.atype["version"]}}
                    if task.input is not None:
                        out["input"] = task.input
                    return out
        return {"startedEventId": 0}

    def _start_activity(self, task, identity=None, token=None, token_len=None):
        task.started_event_id = task.exe.add(
            "ActivityTaskStarted", scheduledEventId=task.scheduled_event_id,
            identity=identity)
        task.state = "STARTED"
        task.token = token or make_token(token_len)
        self.activity_tokens[task.token] = task

    def _open_task(self, b, op):
        v = Validator(b)
        token = v.string("taskToken", True, 1, 1024)
        fields = {"RespondActivityTaskCanceled": [("details", 32768)],
                  "RespondActivityTaskCompleted": [("result", 32768)],
                  "RespondActivityTaskFailed": [("reason", 256),
                                                ("details", 32768)],
                  "RecordActivityTaskHeartbeat": [("details", 2048)]}[op]
        vals = {f: v.string(f, False, None, m) for f, m in fields}
        v.done()
        task = self.activity_tokens.get(token)
        if task is None:
            raise fault("UnknownResourceFault", "Unknown activity task token")
        if task.state != "STARTED" or not task.exe.open:
            raise fault("UnknownResourceFault",
                        "Unknown activity, scheduledEventId = %d"
                        % task.scheduled_event_id)
        if task.not_permitted:
            raise fault("OperationNotPermittedFault",
                        "User: arn:aws:iam::%s:user/swf-test is not authorized "
                        "to perform: swf:%s on resource: arn:aws:swf:us-east-1:"
                        "%s:/domain/%s" % (ACCOUNT, op, ACCOUNT, task.exe.domain))
        return task, vals

    def RespondActivityTaskCanceled(self, b):
        task, vals = self._open_task(b, "RespondActivityTaskCanceled")
        exe = task.exe
        exe.add("ActivityTaskCanceled", details=vals["details"],
                scheduledEventId=task.scheduled_event_id,
                startedEventId=task.started_event_id,
                latestCancelRequestedEventId=task.cancel_requested_event_id)
        task.state = "CANCELED"
        exe.schedule_decision()
        return None

    def RespondActivityTaskCompleted(self, b):
        task, vals = self._open_task(b, "RespondActivityTaskCompleted")
        task.exe.add("ActivityTaskCompleted", result=vals["result"],
                     scheduledEventId=task.scheduled_event_id,
                     startedEventId=task.started_event_id)
        task.state = "COMPLETED"
        task.exe.schedule_decision()
        return None

    def RespondActivityTaskFailed(self, b):
        task, vals = self._open_task(b, "RespondActivityTaskFailed")
        task.exe.add("ActivityTaskFailed", reason=vals["reason"],
                     details=vals["details"],
                     scheduledEventId=task.scheduled_event_id,
                     startedEventId=task.started_event_id)
        task.state = "FAILED"
        task.exe.schedule_decision()
        return None

    def RecordActivityTaskHeartbeat(self, b):
        task, _ = self._open_task(b, "RecordActivityTaskHeartbeat")
        return {"cancelRequested": task.cancel_requested_event_id is not None}

    def SignalWorkflowExecution(self, b):
        v = Validator(b)
        domain = v.string("domain", True, 1, 256)
        wid = v.string("workflowId", True, 1, 256)
        name = v.string("signalName", True, 1, 256)
        v.string("input", False, None, 32768)
        v.done()
        self._domain(domain)
        exe = self._exe(domain, wid, b.get("runId"))
        if not exe.open:
            raise fault("UnknownResourceFault",
                        "Unknown execution: WorkflowExecution=[workflowId=%s, "
                        "runId=%s]" % (wid, exe.run_id))
        exe.add("WorkflowExecutionSignaled", signalName=name,
                input=b.get("input"))
        exe.schedule_decision()
        return None

    def GetWorkflowExecutionHistory(self, b):
        v = Validator(b)
        domain = v.string("domain", True, 1, 256)
        ex = v.struct("execution", True)
        v.done()
        self._domain(domain)
        exe = self._exe(domain, ex.get("workflowId"), ex.get("runId"))
        events = list(exe.events)
        if b.get("reverseOrder"):
            events.reverse()
        start = 0
        if b.get("nextPageToken"):
            try:
                start = int(b["nextPageToken"])
            except (TypeError, ValueError):
                raise SWFError(VALIDATION, "Invalid nextPageToken")
        size = b.get("maximumPageSize") or 1000
        out = {"events": events[start:start + size]}
        if start + size < len(events):
            out["nextPageToken"] = str(start + size)
        return out

    # -- admin ------------------------------------------------------------------
    def admin_task(self, b):
        domain = b.get("domain") or "swf-cancel-test"
        if domain not in self.domains:
            self._register_domain(domain, "1", "swf-cancel test domain")
        wname = b.get("workflowType", {}).get("name", "demo-workflow") \
            if isinstance(b.get("workflowType"), dict) else "demo-workflow"
        aname = "demo-activity"
        tl = b.get("taskList") or "demo-tasks"
        wkey = (domain, wname, "1")
        if wkey not in self.workflow_types:
            self.workflow_types[wkey] = {
                "domain": domain, "name": wname, "version": "1",
                "defaultTaskList": {"name": tl}, "status": "REGISTERED",
                "defaultTaskStartToCloseTimeout": "60",
                "defaultExecutionStartToCloseTimeout": "3600",
                "defaultChildPolicy": "TERMINATE", "creationDate": _now()}
        akey = (domain, aname, "1")
        if akey not in self.activity_types:
            self.activity_types[akey] = {
                "domain": domain, "name": aname, "version": "1",
                "defaultTaskList": {"name": tl}, "status": "REGISTERED",
                "defaultTaskScheduleToStartTimeout": "300",
                "defaultTaskScheduleToCloseTimeout": "3600",
                "defaultTaskStartToCloseTimeout": "3600",
                "defaultTaskHeartbeatTimeout": "NONE", "creationDate": _now()}
        wid = b.get("workflowId") or "wf-" + uuid.uuid4().hex[:12]
        for e in self.executions:
            if e.domain == domain and e.workflow_id == wid and e.open:
                raise fault("WorkflowExecutionAlreadyStartedFault")
        token = b.get("taskToken")
        if token is not None and (not isinstance(token, str) or
                                  token in self.activity_tokens):
            raise SWFError("AdminError", "taskToken must be a new string")
        exe = self._start(domain, wid, self.workflow_types[wkey], tl,
                          b.get("input"))
        self._start_decision(exe, "swf_server-admin")
        done = exe.add("DecisionTaskCompleted",
                       scheduledEventId=exe.decision_sched_id,
                       startedEventId=exe.decision_started_id)
        exe.decision = "none"
        aid = b.get("activityId") or "activity-1"
        task = self._schedule_activity(exe, aid, self.activity_types[akey], tl,
                                       {"input": b.get("activityInput")}, done)
        self._start_activity(task, "swf_server-admin-worker", token,
                             b.get("tokenLength"))
        if b.get("cancelRequested"):
            # A second decision asks for the cancellation.
            exe.schedule_decision()
            self._start_decision(exe, "swf_server-admin")
            done2 = exe.add("DecisionTaskCompleted",
                            scheduledEventId=exe.decision_sched_id,
                            startedEventId=exe.decision_started_id)
            exe.decision = "none"
            self._request_cancel(exe, task, done2)
        task.not_permitted = bool(b.get("notPermitted"))
        return {"taskToken": task.token, "domain": domain, "workflowId": wid,
                "runId": exe.run_id, "activityId": aid,
                "scheduledEventId": task.scheduled_event_id,
                "startedEventId": task.started_event_id}


# ---------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------

class ClientGone(Exception):
    pass


class Request:
    def __init__(self, method, target, version, headers):
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = b""

    def header(self, name, default=None):
        return _hget(self.headers, name, default)

    @property
    def path(self):
        return urlsplit(self.target).path

    def wants_close(self):
        conn = (self.header("connection") or "").lower()
        if self.version == "HTTP/1.0":
            return "keep-alive" not in conn
        return "close" in conn


def _reason(status):
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _decode_header(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


class Server:
    def __init__(self, args):
        self.args = args
        self.backend = Backend()
        self.lock = threading.Lock()
        self.requests = []
        self.faults = []
        self.seq = 0
        self.void_body = args.void_body.encode()
        self.allow_unsigned = args.allow_unsigned
        self.max_skew = args.max_skew
        self.region = args.region
        self.credentials = {}
        creds = DEFAULT_CREDENTIALS
        if args.credentials:
            with open(args.credentials) as f:
                creds = json.load(f)
        for c in creds:
            self.credentials[c["accessKeyId"]] = c
        self.tls = None
        if args.tls_cert:
            self.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.tls.load_cert_chain(args.tls_cert, args.tls_key or None)
            if args.tls_ciphers:
                self.tls.set_ciphers(args.tls_ciphers)
        self.stopping = threading.Event()
        host = args.host or ("::1" if args.ipv6 else "127.0.0.1")
        if not ipaddress.ip_address(host).is_loopback:
            raise SystemExit("swf_server: refusing non-loopback address %s" % host)
        fam = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.sock = socket.socket(fam, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, args.port))
        self.sock.listen(128)
        self.port = self.sock.getsockname()[1]

    # -- faults -------------------------------------------------------------
    def pop_fault(self, op):
        with self.lock:
            for i, f in enumerate(self.faults):
                if f.get("op") in (None, op):
                    return self.faults.pop(i)
        return None

    @staticmethod
    def normalize_fault(f):
        if isinstance(f, str):
            f = {"kind": f}
        if not isinstance(f, dict):
            raise ValueError("a fault is a name or an object")
        f = dict(f)
        kind = f.get("kind")
        if kind in ("throttling", "ThrottlingException"):
            kind = "throttle"
        if kind is None:
            if "status" in f:
                kind = "status"
            elif "delay" in f:
                kind = "delay"
        if kind not in FAULT_KINDS:
            raise ValueError("unknown fault kind %r" % (kind,))
        f["kind"] = kind
        f.setdefault("process", kind in PROCESSING_FAULTS)
        return f

    # -- serving --------------------------------------------------------------
    def serve(self):
        while not self.stopping.is_set():
            try:
                r, _, _ = select.select([self.sock], [], [], 0.5)
                if not r:
                    continue
                conn, addr = self.sock.accept()
            except OSError:
                if self.stopping.is_set():
                    break
                continue
            t = threading.Thread(target=Connection(self, conn, addr).run)
            t.daemon = True
            t.start()

    def stop(self):
        self.stopping.set()
        try:
            self.sock.close()
        except OSError:
            pass

    # -- SWF dispatch -----------------------------------------------------------
    def authenticate(self, req, rec):
        info = {}
        try:
            verify_sigv4(req.method, req.target, req.headers, req.body,
                         self.credentials, max_skew=self.max_skew,
                         region=self.region,
                         scheme="https" if self.tls else "http", info=info)
            rec.update(info)
            rec["signature"] = "valid"
            return None
        except AuthError as e:
            rec.update(info)
            rec["signature"] = e.verdict
            if e.verdict == "unsigned" and self.allow_unsigned:
                return None
            rec["authError"] = e.code
            return SWFError(CORAL + e.code, e.message)

    def dispatch(self, req, rec):
        """Run one SWF request: (status, body bytes, content type)."""
        err = self.authenticate(req, rec)
        try:
            if err:
                raise err
            op = rec["operation"]
            if req.method != "POST" or op is None or op not in KNOWN_OPS:
                raise SWFError(CORAL + "UnknownOperationException")
            handler = getattr(self.backend, op, None)
            if handler is None:
                raise SWFError(CORAL + "UnknownOperationException",
                               "%s is not implemented by this test server" % op)
            if req.body.strip() == b"":
                body = {}
            else:
                try:
                    body = json.loads(req.body.decode("utf-8"))
                except (UnicodeDecodeError, ValueError):
                    raise serialization_error()
                if not isinstance(body, dict):
                    raise serialization_error(
                        "Start of structure or map found where not expected.")
            with self.backend.lock:
                out = handler(body)
            if out is None:
                return 200, self.void_body, JSON_CT
            return 200, json.dumps(out, separators=(",", ":")).encode(), JSON_CT
        except SWFError as e:
            rec["errorType"] = e.type.split("#")[-1]
            return e.status, json.dumps(e.body(), separators=(",", ":")).encode(), \
                JSON_CT
        except Exception:  # a bug here: answer like AWS, keep serving
            sys.stderr.write(traceback.format_exc())
            rec["errorType"] = "InternalFailure"
            return 500, json.dumps({"__type": CORAL + "InternalFailure"}).encode(), \
                JSON_CT

    def record(self, req, client, fault_):
        target = req.header("x-amz-target")
        op = None
        if target and target.startswith(TARGET_PREFIX):
            op = target[len(TARGET_PREFIX):]
        try:
            parsed = json.loads(req.body.decode("utf-8")) if req.body else None
        except (UnicodeDecodeError, ValueError):
            parsed = None
        with self.lock:
            self.seq += 1
            rec = {"seq": self.seq, "time": time.time(), "client": client,
                   "method": req.method, "path": req.path, "target": req.target,
                   "httpVersion": req.version,
                   "headers": [[k, v] for k, v in req.headers],
                   "body": req.body.decode("utf-8", "replace"),
                   "bodyLength": len(req.body), "json": parsed,
                   "xAmzTarget": target, "operation": op,
                   "signature": None, "authError": None, "errorType": None,
                   "accessKey": None, "region": None, "service": None,
                   "scopeDate": None, "amzDate": None, "signedHeaders": None,
                   "securityToken": req.header("x-amz-security-token") is not None,
                   "fault": fault_, "status": None}
            self.requests.append(rec)
        return rec

    # -- admin --------------------------------------------------------------------
    def admin(self, req):
        u = urlsplit(req.target)
        q = {k: v[-1] for k, v in parse_qs(u.query).items()}
        path = u.path[len("/__admin/"):].strip("/")
        try:
            body = json.loads(req.body.decode("utf-8")) if req.body.strip() else {}
        except (UnicodeDecodeError, ValueError):
            return 400, {"error": "body is not JSON"}
        m = req.method
        try:
            if path == "health":
                return 200, {"ok": True, "port": self.port}
            if path == "task" and m == "POST":
                if not isinstance(body, dict):
                    return 400, {"error": "expected a JSON object"}
                with self.backend.lock:
                    return 200, self.backend.admin_task(body)
            if path == "task" and m == "GET":
                with self.backend.lock:
                    t = self.backend.activity_tokens.get(q.get("taskToken"))
                    return (200, t.to_dict()) if t else (404, {"error": "unknown"})
            if path == "tasks":
                with self.backend.lock:
                    return 200, {"tasks": [t.to_dict() for t in
                                           self.backend.activity_tokens.values()]}
            if path == "history":
                with self.backend.lock:
                    for e in reversed(self.backend.executions):
                        if e.workflow_id == q.get("workflowId") and \
                                q.get("runId") in (None, e.run_id) and \
                                q.get("domain") in (None, e.domain):
                            return 200, {"events": e.events, "open": e.open,
                                         "domain": e.domain, "runId": e.run_id,
                                         "closeStatus": e.close_status}
                return 404, {"error": "unknown workflow execution"}
            if path == "requests":
                with self.lock:
                    reqs = [r for r in self.requests
                            if q.get("op") in (None, r["operation"])]
                    return 200, {"requests": reqs}
            if path == "reset" and m == "POST":
                with self.lock:
                    self.requests = []
                    self.faults = []
                if isinstance(body, dict) and body.get("state"):
                    with self.backend.lock:
                        self.backend.clear()
                return 200, {"ok": True}
            if path == "faults" and m == "POST":
                if isinstance(body, dict) and "faults" in body:
                    body = body["faults"]
                items = body if isinstance(body, list) else [body]
                try:
                    items = [self.normalize_fault(f) for f in items]
                except ValueError as e:
                    return 400, {"error": str(e)}
                with self.lock:
                    self.faults.extend(items)
                    return 200, {"queued": len(self.faults)}
            if path == "faults":
                with self.lock:
                    return 200, {"faults": list(self.faults)}
            if path == "config" and m == "POST":
                if "voidBody" in body:
                    self.void_body = body["voidBody"].encode()
                if "allowUnsigned" in body:
                    self.allow_unsigned = bool(body["allowUnsigned"])
                if "maxSkew" in body:
                    self.max_skew = body["maxSkew"]
                if "region" in body:
                    self.region = body["region"]
                return 200, {"voidBody": self.void_body.decode(),
                             "allowUnsigned": self.allow_unsigned,
                             "maxSkew": self.max_skew, "region": self.region}
            if path == "credentials":
                return 200, {"credentials": list(self.credentials.values())}
        except SWFError as e:
            return 400, {"error": e.type, "message": e.message}
        return 404, {"error": "no such admin endpoint: %s %s" % (m, u.path)}


class Connection:
    def __init__(self, server, sock, addr):
        self.server = server
        self.sock = sock
        self.client = "%s:%s" % (addr[0], addr[1])
        self.closed = False

    # -- low level --------------------------------------------------------------
    def send(self, data):
        try:
            self.sock.sendall(data)
        except (OSError, ssl.SSLError) as e:
            raise ClientGone(str(e))

    def close(self, rst=False):
        if self.closed:
            return
        self.closed = True
        try:
            if rst:
                self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                     struct.pack("ii", 1, 0))
            else:
                try:
                    self.sock.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
            self.sock.close()
        except OSError:
            pass

    def run(self):
        try:
            self.sock.settimeout(120)
            if self.server.tls:
                self.sock = self.server.tls.wrap_socket(self.sock,
                                                        server_side=True)
            self.rfile = self.sock.makefile("rb")
            while not self.server.stopping.is_set():
                req = self.read_head()
                if req is None:
                    break
                if not self.handle(req):
                    break
        except (ClientGone, OSError, ssl.SSLError, ValueError):
            pass
        finally:
            self.close()

    def readline(self, limit=65537):
        try:
            return self.rfile.readline(limit)
        except (OSError, ssl.SSLError) as e:
            raise ClientGone(str(e))

    def read_exact(self, n):
        try:
            data = self.rfile.read(n)
        except (OSError, ssl.SSLError) as e:
            raise ClientGone(str(e))
        if data is None or len(data) != n:
            raise ClientGone("short body")
        return data

    def read_head(self):
        line = self.readline()
        while line in (b"\r\n", b"\n"):
            line = self.readline()
        if not line:
            return None
        parts = line.decode("latin-1").strip().split()
        if len(parts) != 3 or not parts[2].startswith("HTTP/"):
            self.simple(400, b"bad request line\n", "text/plain", close=True)
            return None
        headers = []
        total = len(line)
        while True:
            h = self.readline()
            total += len(h)
            if total > MAX_HEAD:
                self.simple(431, b"headers too large\n", "text/plain", close=True)
                return None
            if not h:
                return None
            if h in (b"\r\n", b"\n"):
                break
            if h[:1] in (b" ", b"\t") and headers:
                k, v = headers[-1]
                headers[-1] = (k, v + " " + _decode_header(h).strip())
                continue
            k, sep, v = _decode_header(h).partition(":")
            if not sep:
                self.simple(400, b"bad header line\n", "text/plain", close=True)
                return None
            headers.append((k.strip(), v.strip()))
        return Request(parts[0], parts[1], parts[2], headers)

    def read_body(self, req):
        te = (req.header("transfer-encoding") or "").lower()
        if "chunked" in te:
            out = b""
            while True:
                size_line = self.readline()
                if not size_line:
                    raise ClientGone("eof in chunked body")
                size = int(size_line.split(b";")[0].strip(), 16)
                if size == 0:
                    while self.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                out += self.read_exact(size)
                self.readline()
                if len(out) > MAX_BODY:
                    raise ClientGone("body too large")
            return out
        cl = req.header("content-length")
        if cl is None:
            return b""
        n = int(cl)
        if n < 0 or n > MAX_BODY:
            raise ClientGone("bad content-length")
        return self.read_exact(n) if n else b""

    def head(self, status, headers):
        lines = ["HTTP/1.1 %d %s" % (status, _reason(status))]
        lines += ["%s: %s" % (k, v) for k, v in headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")

    def std_headers(self, ctype, extra=None):
        h = [("x-amzn-RequestId", str(uuid.uuid4())),
             ("Content-Type", ctype),
             ("Date", email.utils.formatdate(usegmt=True))]
        if extra:
            h += list(extra.items()) if isinstance(extra, dict) else list(extra)
        return h

    def response(self, status, body, ctype, extra=None, keep=True):
        h = self.std_headers(ctype, extra)
        h.append(("Content-Length", str(len(body))))
        if not keep:
            h.append(("Connection", "close"))
        return self.head(status, h) + body

    def simple(self, status, body, ctype, close=False, extra=None):
        try:
            self.send(self.response(status, body, ctype, extra, not close))
        except ClientGone:
            return False
        return not close

    # -- request handling -----------------------------------------------------
    def handle(self, req):
        expect = (req.header("expect") or "").lower() == "100-continue"
        if req.path.startswith("/__admin/"):
            if expect:
                self.send(b"HTTP/1.1 100 Continue\r\n\r\n")
            req.body = self.read_body(req)
            status, obj = self.server.admin(req)
            return self.simple(status, json.dumps(obj).encode() + b"\n",
                               "application/json", close=req.wants_close())
        target = req.header("x-amz-target") or ""
        op = target[len(TARGET_PREFIX):] if target.startswith(TARGET_PREFIX) \
            else None
        f = self.server.pop_fault(op)
        early = f is not None and not f["process"] and \
            f["kind"] not in PROCESSING_FAULTS
        if expect and not early:
            self.send(b"HTTP/1.1 100 Continue\r\n\r\n")
        if not (expect and early):
            req.body = self.read_body(req)
        rec = self.server.record(req, self.client, f)
        keep = not req.wants_close() and not (expect and early)
        try:
            if f is None:
                status, body, ctype = self.server.dispatch(req, rec)
                rec["status"] = status
                log("%s %s %s -> %d" % (self.client, req.method, op, status))
                return self.simple(status, body, ctype, close=not keep) and keep
            log("%s %s %s -> fault %s" % (self.client, req.method, op, f["kind"]))
            return self.apply_fault(f, req, rec, keep)
        except ClientGone:
            return False

    def _canned(self, f):
        kind = f["kind"]
        if kind == "throttle":
            return 400, json.dumps({
                "__type": "com.amazon.coral.availability#ThrottlingException",
                "message": "Rate exceeded"}).encode(), JSON_CT
        if kind == "html":
            return (f.get("status", 500), f.get("body", (
                "<html>\n<head><title>500 Internal Server Error</title></head>\n"
                "<body>\n<h1>Internal Server Error</h1>\n<p>The server "
                "encountered an internal error.</p>\n</body>\n</html>\n")).encode(),
                f.get("contentType", "text/html"))
        status = int(f.get("status", 500))
        if "body" in f:
            body = f["body"]
            body = body.encode() if isinstance(body, str) else \
                json.dumps(body).encode()
        else:
            typ = f.get("type") or {
                500: CORAL + "InternalFailure",
                503: CORAL + "ServiceUnavailableException",
                400: VALIDATION}.get(status, CORAL + "InternalFailure")
            msg = f.get("message") or {
                500: "Internal Failure", 503: "Service Unavailable"}.get(
                    status, "injected fault")
            body = json.dumps({"__type": typ, "message": msg}).encode()
        return status, body, f.get("contentType", JSON_CT)

    def apply_fault(self, f, req, rec, keep):
        kind = f["kind"]
        result = None
        if f["process"] and f.get("processFirst"):
            result = self.server.dispatch(req, rec)
        if f.get("delay"):
            time.sleep(float(f["delay"]))
        if f["process"] and result is None:
            result = self.server.dispatch(req, rec)
        if kind in ("status", "throttle", "html"):
            result = self._canned(f)
        if result is None:
            result = (200, self.server.void_body, JSON_CT)
        status, body, ctype = result
        rec["status"] = status
        extra = f.get("headers")
        if kind in ("reset", "close"):
            n = int(f.get("after", 0))
            rec["status"] = None
            if n > 0:
                self.send(self.response(status, body, ctype, extra, False)[:n])
            self.close(rst=kind == "reset")
            return False
        if kind == "trickle":
            interval = float(f.get("interval", 0.05))
            for i in self.response(status, body, ctype, extra, keep):
                self.send(bytes([i]))
                time.sleep(interval)
            return keep
        if kind == "garbage":
            rec["status"] = None
            raw = f.get("body", "SSH-2.0-OpenSSH_9.2 this is not HTTP\r\n\r\n")
            self.send(raw.encode() if isinstance(raw, str) else raw)
            self.close()
            return False
        if kind == "no_response":
            rec["status"] = None
            limit = time.time() + float(f.get("seconds", 600))
            while time.time() < limit and not self.server.stopping.is_set():
                r, _, _ = select.select([self.sock], [], [], 0.2)
                if r:
                    try:
                        if not self.sock.recv(65536):
                            break
                    except (OSError, ssl.SSLError):
                        break
            self.close()
            return False
        if kind == "truncate":
            h = self.std_headers(ctype, extra)
            h.append(("Content-Length", str(len(body) + int(f.get("missing", 64)))))
            self.send(self.head(status, h) + body)
            self.close()
            return False
        if kind == "chunked":
            h = self.std_headers(ctype, extra)
            h.append(("Transfer-Encoding", "chunked"))
            if not keep:
                h.append(("Connection", "close"))
            self.send(self.head(status, h))
            n = int(f.get("chunkSize", 0)) or max(1, (len(body) + 2) // 3)
            for i in range(0, len(body), n):
                piece = body[i:i + n]
                self.send(b"%X\r\n%s\r\n" % (len(piece), piece))
            self.send(b"0\r\n\r\n")
            return keep
        if kind == "close_delimited":
            h = self.std_headers(ctype, extra)
            h.append(("Connection", "close"))
            self.send(self.head(status, h) + body)
            self.close()
            return False
        if kind == "continue100":
            self.send(b"HTTP/1.1 100 Continue\r\n\r\n")
            return self.simple(status, body, ctype, close=not keep,
                               extra=extra) and keep
        if kind == "big_headers":
            size = int(f.get("size", 1 << 20))
            h = self.std_headers(ctype, extra)
            h.append(("Content-Length", str(len(body))))
            if not keep:
                h.append(("Connection", "close"))
            head = self.head(status, h)[:-2]
            self.send(head)
            filler = "x" * 1000
            sent, i = 0, 0
            while sent < size:
                line = ("X-Filler-%05d: %s\r\n" % (i, filler)).encode()
                self.send(line)
                sent += len(line)
                i += 1
            self.send(b"\r\n" + body)
            return keep
        # status / throttle / html / delay
        return self.simple(status, body, ctype, close=not keep,
                           extra=extra) and keep


def main(argv=None):
    global QUIET
    ap = argparse.ArgumentParser(description="local SWF-like test endpoint")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--port-file")
    ap.add_argument("--ipv6", action="store_true")
    ap.add_argument("--host")
    ap.add_argument("--tls-cert")
    ap.add_argument("--tls-key")
    ap.add_argument("--tls-ciphers")
    ap.add_argument("--credentials")
    ap.add_argument("--allow-unsigned", action="store_true")
    ap.add_argument("--region")
    ap.add_argument("--max-skew", type=int, default=900)
    ap.add_argument("--void-body", default="")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    QUIET = args.quiet
    server = Server(args)

    def on_signal(signum, frame):
        server.stop()
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    if args.port_file:
        tmp = args.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write("%d\n" % server.port)
        os.replace(tmp, args.port_file)
    else:
        sys.stdout.write("%d\n" % server.port)
        sys.stdout.flush()
    log("listening on %s port %d%s" % (server.sock.getsockname()[0],
                                       server.port, " (TLS)" if server.tls else ""))
    server.serve()
    return 0


if __name__ == "__main__":
    sys.exit(main())
