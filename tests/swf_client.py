#!/usr/bin/env python3
"""swf_client.py - drive tests/swf_server.py from shell tests and the demo.

Usage (python3 tests/swf_client.py COMMAND ...):

  start [--log FILE] [SERVER-OPTIONS...]
        Launch swf_server.py in the background (its own session, stdout and
        stdin detached, stderr to FILE or /dev/null), wait until it answers,
        print "PORT PID".  Server options pass through, e.g. --ipv6,
        --allow-unsigned, --tls-cert C --tls-key K, --quiet.
          set -- $($PYTHON tests/swf_client.py start --quiet); PORT=$1 PID=$2
  stop PID
        SIGTERM the server started with `start`, wait (5 s) for it to exit,
        then SIGKILL.  Exit 0 once it is gone.

  The commands below talk to a running server, found by --port P (or env
  SWF_PORT) on 127.0.0.1 (--ipv6: ::1), or by --endpoint URL (or env
  SWF_ENDPOINT, e.g. https://127.0.0.1:PORT; certificates are not checked).
  Options go before the command: swf_client.py --port P task ...

  task [--domain D] [--workflow-id W] [--activity-id A] [--token T]
       [--token-length N] [--not-permitted] [--cancel-requested] [--json]
        Create domain + workflow + started activity task; print the task
        token (with --json: the whole answer, which also holds workflowId,
        runId, domain, activityId, scheduledEventId, startedEventId).
  history WORKFLOWID [--type EVENTTYPE]
        Print the history events as JSON (only those of EVENTTYPE).
  event WORKFLOWID EVENTTYPE [FIELD]
        Print the attributes of the last EVENTTYPE event as JSON, or only
        FIELD of them (strings raw, without quotes).  Exit 1 if none.
  task-state TOKEN     Print the task's state (STARTED, CANCELED, ...).
  requests [--op OP] [--last] [--count] [--field F]
        Print the recorded SWF requests as JSON (--last: only the last one,
        --count: how many, --field F: that field of the last one).
  faults JSON          Queue faults, e.g. '["reset", {"status": 503}]'.
  reset [--all]        Forget requests and faults (--all: state too).
  config JSON          Change settings, e.g. '{"voidBody": "{}"}'.
  get PATH | post PATH [JSON]    Raw admin call; prints the JSON answer.

Exit status: 0 on success, 1 on a failed request or a missing item, 2 on
bad usage.
"""

import argparse
import http.client
import json
import os
import signal
import ssl
import subprocess
import sys
import tempfile
import time
from urllib.parse import quote, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "swf_server.py")


class Admin:
    """Tiny client for the server's /__admin/ API."""

    def __init__(self, port=None, endpoint=None, ipv6=False, timeout=30):
        if endpoint is None:
            host = "[::1]" if ipv6 else "127.0.0.1"
            endpoint = "http://%s:%s" % (host, port)
        u = urlsplit(endpoint)
        self.https = u.scheme == "https"
        self.host = u.hostname
        self.port = u.port
        self.timeout = timeout

    def call(self, method, path, body=None):
        if self.https:
            ctx = ssl.create_default_context()
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            c = http.client.HTTPSConnection(self.host, self.port,
                                            timeout=self.timeout, context=ctx)
        else:
            c = http.client.HTTPConnection(self.host, self.port,
                                           timeout=self.timeout)
        try:
            data = None if body is None else json.dumps(body).encode()
            c.request(method, path, body=data,
                      headers={"Content-Type": "application/json"})
            r = c.getresponse()
            raw = r.read()
            try:
                obj = json.loads(raw.decode()) if raw else None
            except ValueError:
                obj = raw.decode("utf-8", "replace")
            return r.status, obj
        finally:
            c.close()

    def ok(self, method, path, body=None):
        status, obj = self.call(method, path, body)
        if status != 200:
            raise RuntimeError("%s %s: HTTP %d %s" % (method, path, status, obj))
        return obj

    # conveniences for Python tests
    def task(self, **kw):
        return self.ok("POST", "/__admin/task", kw)

    def history(self, workflow_id):
        return self.ok("GET", "/__admin/history?workflowId=" +
                       quote(workflow_id, safe=""))["events"]

    def events(self, workflow_id, etype):
        return [e for e in self.history(workflow_id) if e["eventType"] == etype]

    def requests(self, op=None):
        path = "/__admin/requests" + ("?op=" + op if op else "")
        return self.ok("GET", path)["requests"]

    def faults(self, faults):
        return self.ok("POST", "/__admin/faults", faults)

    def reset(self, state=False):
        return self.ok("POST", "/__admin/reset", {"state": state})

    def config(self, **kw):
        return self.ok("POST", "/__admin/config", kw)

    def task_state(self, token):
        return self.ok("GET", "/__admin/task?taskToken=" +
                       quote(token, safe=""))["state"]


def start_server(server_args, log=None, python=None, timeout=15):
    """Start swf_server.py detached; return (port, pid)."""
    d = tempfile.mkdtemp(prefix="swf-server-")
    port_file = os.path.join(d, "port")
    err = open(log, "ab") if log else subprocess.DEVNULL
    try:
        p = subprocess.Popen([python or sys.executable, SERVER, "--port-file",
                              port_file] + list(server_args),
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=err, start_new_session=True)
    finally:
        if log:
            err.close()
    try:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if p.poll() is not None:
                raise RuntimeError("swf_server exited with status %d" %
                                   p.returncode)
            if os.path.exists(port_file):
                with open(port_file) as f:
                    port = int(f.read().strip())
                return port, p.pid
            time.sleep(0.02)
        p.kill()
        raise RuntimeError("swf_server did not start within %d s" % timeout)
    finally:
        try:
            if os.path.exists(port_file):
                os.unlink(port_file)
            os.rmdir(d)
        except OSError:
            pass


def _gone(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def stop_server(pid, timeout=5):
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return True
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return True
        except ChildProcessError:
            pass
        if _gone(pid):
            return True
        time.sleep(0.02)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return False


def _print_json(obj):
    print(json.dumps(obj, indent=2, sort_keys=True))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "start":
        rest = argv[1:]
        log = None
        if len(rest) >= 2 and rest[0] == "--log":
            log, rest = rest[1], rest[2:]
        try:
            port, pid = start_server(rest, log)
        except RuntimeError as e:
            sys.stderr.write("swf_client: %s\n" % e)
            return 1
        print("%d %d" % (port, pid))
        return 0

    ap = argparse.ArgumentParser(prog="swf_client.py")
    ap.add_argument("--port", default=os.environ.get("SWF_PORT"))
    ap.add_argument("--endpoint", default=os.environ.get("SWF_ENDPOINT"))
    ap.add_argument("--ipv6", action="store_true")
    sub = ap.add_subparsers(dest="cmd")
    p = sub.add_parser("stop")
    p.add_argument("pid", type=int)
    p = sub.add_parser("task")
    p.add_argument("--domain")
    p.add_argument("--workflow-id")
    p.add_argument("--activity-id")
    p.add_argument("--token")
    p.add_argument("--token-length", type=int)
    p.add_argument("--input")
    p.add_argument("--not-permitted", action="store_true")
    p.add_argument("--cancel-requested", action="store_true")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("history")
    p.add_argument("workflow_id")
    p.add_argument("--type")
    p = sub.add_parser("event")
    p.add_argument("workflow_id")
    p.add_argument("event_type")
    p.add_argument("field", nargs="?")
    p = sub.add_parser("task-state")
    p.add_argument("token")
    p = sub.add_parser("requests")
    p.add_argument("--op")
    p.add_argument("--last", action="store_true")
    p.add_argument("--count", action="store_true")
    p.add_argument("--field")
    p = sub.add_parser("faults")
    p.add_argument("json")
    p = sub.add_parser("reset")
    p.add_argument("--all", action="store_true")
    p = sub.add_parser("config")
    p.add_argument("json")
    p = sub.add_parser("get")
    p.add_argument("path")
    p = sub.add_parser("post")
    p.add_argument("path")
    p.add_argument("json", nargs="?")
    a = ap.parse_args(argv)
    if a.cmd is None:
        ap.print_usage(sys.stderr)
        return 2
    if a.cmd == "stop":
        return 0 if stop_server(a.pid) else 1
    if not a.port and not a.endpoint:
        sys.stderr.write("swf_client: give --port, SWF_PORT or SWF_ENDPOINT\n")
        return 2
    adm = Admin(a.port, a.endpoint, a.ipv6)
    try:
        if a.cmd == "task":
            kw = {}
            for k, v in (("domain", a.domain), ("workflowId", a.workflow_id),
                         ("activityId", a.activity_id), ("taskToken", a.token),
                         ("tokenLength", a.token_length),
                         ("activityInput", a.input)):
                if v is not None:
                    kw[k] = v
            if a.not_permitted:
                kw["notPermitted"] = True
            if a.cancel_requested:
                kw["cancelRequested"] = True
            t = adm.task(**kw)
            if a.json:
                _print_json(t)
            else:
                print(t["taskToken"])
        elif a.cmd == "history":
            ev = adm.history(a.workflow_id)
            if a.type:
                ev = [e for e in ev if e["eventType"] == a.type]
            _print_json(ev)
        elif a.cmd == "event":
            ev = adm.events(a.workflow_id, a.event_type)
            if not ev:
                sys.stderr.write("swf_client: no %s event\n" % a.event_type)
                return 1
            e = ev[-1]
            attrs = e[a.event_type[0].lower() + a.event_type[1:] +
                      "EventAttributes"]
            if a.field:
                if a.field not in attrs:
                    sys.stderr.write("swf_client: no field %s\n" % a.field)
                    return 1
                v = attrs[a.field]
                sys.stdout.write(v if isinstance(v, str) else json.dumps(v))
                sys.stdout.write("\n")
            else:
                _print_json(attrs)
        elif a.cmd == "task-state":
            print(adm.task_state(a.token))
        elif a.cmd == "requests":
            reqs = adm.requests(a.op)
            if a.count:
                print(len(reqs))
            elif a.field or a.last:
                if not reqs:
                    sys.stderr.write("swf_client: no request recorded\n")
                    return 1
                r = reqs[-1]
                if a.field:
                    v = r.get(a.field)
                    print(v if isinstance(v, str) else json.dumps(v))
                else:
                    _print_json(r)
            else:
                _print_json(reqs)
        elif a.cmd == "faults":
            _print_json(adm.faults(json.loads(a.json)))
        elif a.cmd == "reset":
            adm.reset(a.all)
        elif a.cmd == "config":
            _print_json(adm.ok("POST", "/__admin/config", json.loads(a.json)))
        elif a.cmd == "get":
            _print_json(adm.ok("GET", a.path))
        elif a.cmd == "post":
            _print_json(adm.ok("POST", a.path,
                               json.loads(a.json) if a.json else {}))
    except (RuntimeError, OSError, ValueError, KeyError) as e:
        sys.stderr.write("swf_client: %s\n" % e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
