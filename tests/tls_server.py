#!/usr/bin/env python3
"""tls_server.py DIR - loopback TLS servers for the TLS tests.

DIR holds the certificate matrix of tests/tls_certs.sh.  One listener on
127.0.0.1 (ephemeral port) per case; the first and only line on stdout is a
JSON object {"case": port, ...}.  Runs until stdin reaches end of file.

Certificate cases (TLS 1.2 and 1.3, default ciphers), each serving
NAME.chain.pem with NAME.key.pem: chain direct ec ip wildcard multi cnonly
expired notyet wronghost ipnotsan selfsigned untrusted missingica.

Behaviour cases (certificate of "direct"):
  rsakx    TLS 1.2 with RSA key exchange only (no ECDHE): handshake_failure
  tls11    TLS 1.1 at most
  tls13    TLS 1.3 only
  plain    answers with a plain HTTP response instead of TLS
  eof      reads the ClientHello and closes
  silent   accepts and never sends a byte

After a handshake, each connection reads one request head and answers
"HTTP/1.1 200 OK" with body "{}", or, for a path starting "/big/N", N bytes
of a repeating pattern; the connection is then closed after close_notify.
"""
import json
import os
import socket
import ssl
import sys
import threading
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

CERT_CASES = ["chain", "direct", "ec", "ip", "wildcard", "multi", "cnonly",
              "expired", "notyet", "wronghost", "ipnotsan", "selfsigned",
              "untrusted", "missingica"]
BEHAVIOUR_CASES = ["rsakx", "tls11", "tls13", "plain", "eof", "silent",
                   "closenotify", "closenotify-cut"]
# Raw answers to the ClientHello: a close_notify alert, whole or in a record
# cut short (the fuzzer's find: BearSSL reads the alert before the record
# ends and then can neither send nor receive)
RAW = {"closenotify": bytes.fromhex("15030300020100"),
       "closenotify-cut": bytes.fromhex("15030001030100fd")}
PATTERN = bytes(range(256))


def make_context(d, name, case):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.path.join(d, name + ".chain.pem"),
                        os.path.join(d, name + ".key.pem"))
    if case == "rsakx":
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
        ctx.set_ciphers("AES128-GCM-SHA256")
    elif case == "tls11":
        ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    elif case == "tls13":
        ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    return ctx


def read_head(conn):
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 65536:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def respond(conn, head):
    line = head.split(b"\r\n", 1)[0].split(b" ")
    path = line[1].decode("latin-1") if len(line) > 1 else "/"
    if path.startswith("/big/"):
        n = int(path[5:])
        body = (PATTERN * (n // 256 + 1))[:n]
    else:
        body = b"{}"
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0"
                 b"\r\nContent-Length: " + str(len(body)).encode()
                 + b"\r\nConnection: close\r\n\r\n" + body)


def serve_conn(sock, case, ctx):
    try:
        if case == "silent":
            sock.settimeout(60)
            while sock.recv(4096):
                pass
            return
        if case == "eof":
            sock.settimeout(10)
            sock.recv(4096)     # the ClientHello: then FIN, not RST
            return
        if case in RAW:
            sock.settimeout(10)
            sock.recv(4096)
            sock.sendall(RAW[case])
            sock.shutdown(socket.SHUT_WR)
            sock.recv(4096)
            return
        if case == "plain":
            sock.settimeout(10)
            sock.recv(4096)
            sock.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            return
        sock.settimeout(10)
        conn = ctx.wrap_socket(sock, server_side=True)
        head = read_head(conn)
        if head:
            respond(conn, head)
        try:
            conn.unwrap()
        except (OSError, ssl.SSLError):
            pass
        conn.close()
    except (OSError, ssl.SSLError, ValueError):
        pass
    finally:
        try:
            sock.close()
        except OSError:
            pass


def listen(d, case):
    name = case if case in CERT_CASES else "direct"
    ctx = make_context(d, name, case)
    lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(16)

    def loop():
        while True:
            s, _ = lsock.accept()
            threading.Thread(target=serve_conn, args=(s, case, ctx),
                             daemon=True).start()

    threading.Thread(target=loop, daemon=True).start()
    return lsock.getsockname()[1]


def main():
    d = sys.argv[1]
    ports = {c: listen(d, c) for c in CERT_CASES + BEHAVIOUR_CASES}
    sys.stdout.write(json.dumps(ports) + "\n")
    sys.stdout.flush()
    sys.stdin.read()


if __name__ == "__main__":
    main()
