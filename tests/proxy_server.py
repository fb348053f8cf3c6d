#!/usr/bin/env python3
"""proxy_server.py - a loopback HTTP proxy for the proxy and HTTPS tests.

Import it and start a Proxy (a thread serving 127.0.0.1 on an ephemeral
port), or run it: `python3 tests/proxy_server.py [--mode M]` prints the port
and serves until stdin reaches end of file, logging each request as a JSON
line on stderr.

Every request is recorded (Proxy.records: method, target, version, headers
as [name, value] pairs, and what the proxy did).  It never connects to
anything but loopback: a target host is "local" when it is localhost, a
127.0.0.0/8 or ::1 address, or a name under .test (RFC 2606, never a real
host; mapped to 127.0.0.1 so certificates for such names can be served
locally).  Any other target gets 403 Forbidden without a connection, so an
AWS region's real endpoint name can be recorded safely.

Modes (Proxy.mode, changeable between runs):
  tunnel   CONNECT to a local target: "200 Connection established", then
           bytes are relayed both ways; absolute-form plain HTTP requests to
           a local target are forwarded (origin-form) and answered back
  403      every request: 403 Forbidden
  407      every request: 407 Proxy Authentication Required
  close    the connection is closed without an answer
  reset    the connection is reset (RST) without an answer
  partial  half a response head, then the connection is closed
  garbage  the answer is not HTTP
  slow     nothing is answered until the client gives up (read timeout)
With Proxy.auth set to "user:password", a request without that
Proxy-Authorization (Basic) gets 407 in tunnel mode.
"""

import base64
import ipaddress
import json
import socket
import struct
import sys
import threading

LOCAL_SUFFIX = ".test"


def is_local(host):
    """Whether host may be reached; returns the address to use, or None."""
    h = host.lower()
    if h.startswith("[") and h.endswith("]"):
        h = h[1:-1]
    if h == "localhost":
        return "127.0.0.1"
    if h.endswith(LOCAL_SUFFIX):
        return "127.0.0.1"
    try:
        ip = ipaddress.ip_address(h)
    except ValueError:
        return None
    return h if ip.is_loopback else None


def split_hostport(hp, default_port):
    """'host:port' or '[v6]:port' -> (host, port) or raise ValueError."""
    if hp.startswith("["):
        end = hp.index("]")
        host, rest = hp[1:end], hp[end + 1:]
        port = int(rest[1:]) if rest.startswith(":") else default_port
        return host, port
    if ":" in hp:
        host, port = hp.rsplit(":", 1)
        return host, int(port)
    return hp, default_port


class Proxy:
    def __init__(self, mode="tunnel", auth=None, log=None):
        self.mode = mode
        self.auth = auth
        self.log = log
        self.records = []
        self.lock = threading.Lock()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(32)
        self.port = self.sock.getsockname()[1]
        self.url = "http://127.0.0.1:%d" % self.port
        self.stopping = False
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def reset(self, mode="tunnel", auth=None):
        with self.lock:
            self.records = []
        self.mode = mode
        self.auth = auth

    def targets(self):
        with self.lock:
            return [(r["method"], r["target"]) for r in self.records]

    def close(self):
        self.stopping = True
        try:
            self.sock.close()
        except OSError:
            pass

    def _loop(self):
        while not self.stopping:
            try:
                s, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(s,),
                             daemon=True).start()

    def _record(self, rec):
        with self.lock:
            self.records.append(rec)
        if self.log:
            self.log.write(json.dumps(rec) + "\n")
            self.log.flush()

    @staticmethod
    def _read_head(s):
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                return None, b""
            data += chunk
            if len(data) > 65536:
                return None, b""
        head, rest = data.split(b"\r\n\r\n", 1)
        return head, rest

    @staticmethod
    def _answer(s, status, reason, extra=b""):
        body = ("%d %s\n" % (status, reason)).encode()
        s.sendall(b"HTTP/1.1 %d %s\r\n%sContent-Length: %d\r\n"
                  b"Connection: close\r\n\r\n%s" %
                  (status, reason.encode(), extra, len(body), body))

    def _serve(self, s):
        try:
            s.settimeout(30)
            head, rest = self._read_head(s)
            if head is None:
                return
            lines = head.decode("latin-1").split("\r\n")
            parts = lines[0].split(" ")
            method = parts[0]
            target = parts[1] if len(parts) > 1 else ""
            version = parts[2] if len(parts) > 2 else ""
            headers = []
            for ln in lines[1:]:
                if ":" in ln:
                    k, v = ln.split(":", 1)
                    headers.append([k, v.strip()])
            rec = {"method": method, "target": target, "version": version,
                   "headers": headers, "action": ""}
            rec["action"] = self._act(s, rec, rest)
        except (OSError, ValueError):
            pass
        finally:
            try:
                s.close()
            except OSError:
                pass

    def _authorized(self, rec):
        if not self.auth:
            return True
        want = "Basic " + base64.b64encode(self.auth.encode()).decode()
        got = [v for k, v in rec["headers"]
               if k.lower() == "proxy-authorization"]
        return got == [want]

    def _act(self, s, rec, rest):
        mode = self.mode
        self._record(rec)
        if mode == "close":
            return "closed"
        if mode == "reset":
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                         struct.pack("ii", 1, 0))
            return "reset"
        if mode == "partial":
            s.sendall(b"HTTP/1.1 200 OK\r\nContent-Le")
            return "partial"
        if mode == "garbage":
            s.sendall(b"SSH-2.0-OpenSSH_9.2\r\n")
            return "garbage"
        if mode == "slow":
            s.settimeout(60)
            while s.recv(4096):
                pass
            return "slow"
        if mode == "403":
            self._answer(s, 403, "Forbidden")
            return "403"
        if mode == "407" or not self._authorized(rec):
            self._answer(s, 407, "Proxy Authentication Required",
                         b"Proxy-Authenticate: Basic realm=\"test\"\r\n")
            return "407"
        if rec["method"] == "CONNECT":
            return self._tunnel(s, rec, rest)
        return self._forward(s, rec, rest)

    def _tunnel(self, s, rec, rest):
        try:
            host, port = split_hostport(rec["target"], 443)
        except ValueError:
            self._answer(s, 400, "Bad Request")
            return "400"
        addr = is_local(host)
        if addr is None:
            self._answer(s, 403, "Forbidden")
            return "403"
        try:
            up = socket.create_connection((addr, port), timeout=10)
        except OSError:
            self._answer(s, 502, "Bad Gateway")
            return "502"
        s.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        if rest:
            up.sendall(rest)
        self._relay(s, up)
        return "tunnel"

    def _forward(self, s, rec, rest):
        t = rec["target"]
        if not t.startswith("http://"):
            self._answer(s, 400, "Bad Request")
            return "400"
        hostport, _, path = t[7:].partition("/")
        try:
            host, port = split_hostport(hostport, 80)
        except ValueError:
            self._answer(s, 400, "Bad Request")
            return "400"
        addr = is_local(host)
        if addr is None:
            self._answer(s, 403, "Forbidden")
            return "403"
        try:
            up = socket.create_connection((addr, port), timeout=10)
        except OSError:
            self._answer(s, 502, "Bad Gateway")
            return "502"
        head = ["%s /%s %s" % (rec["method"], path, rec["version"])]
        head += ["%s: %s" % (k, v) for k, v in rec["headers"]
                 if k.lower() not in ("proxy-authorization",
                                      "proxy-connection")]
        up.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + rest)
        self._relay(s, up)
        return "forward"

    @staticmethod
    def _relay(a, b):
        def pump(src, dst):
            try:
                while True:
                    data = src.recv(65536)
                    if not data:
                        break
                    dst.sendall(data)
            except OSError:
                pass
            try:
                dst.shutdown(socket.SHUT_WR)
            except OSError:
                pass

        a.settimeout(60)
        b.settimeout(60)
        t = threading.Thread(target=pump, args=(b, a), daemon=True)
        t.start()
        pump(a, b)
        t.join(60)
        b.close()


def main():
    mode = "tunnel"
    if len(sys.argv) > 2 and sys.argv[1] == "--mode":
        mode = sys.argv[2]
    p = Proxy(mode=mode, log=sys.stderr)
    sys.stdout.write("%d\n" % p.port)
    sys.stdout.flush()
    sys.stdin.read()
    p.close()


if __name__ == "__main__":
    main()
