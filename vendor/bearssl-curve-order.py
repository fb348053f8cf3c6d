#!/usr/bin/env python3
"""bearssl-curve-order.py IN.c OUT.c - BearSSL 0.6's ssl_hs_client.c with
the ClientHello's supported_groups list in the order its author meant:
X25519 first (as OpenSSL, so the AWS CLI, offers it).  The Makefile
applies it to the fetched source once its SHA-256 is verified.

In src/ssl/ssl_hs_client.t0 the list is written by

    supported-curves 0
    dup 0x20000000 and if 0xDFFFFFFF and 29 write16 then
    begin dup 32 < while ... repeat

where `dup` copies the loop counter (0), not the curve mask, so the X25519
branch never runs and the loop sends the curves in increasing ID order:
secp256r1 (23) first.  A server that follows the client's order (OpenSSL's
default, so nginx's) then picks P-256, which costs BearSSL's m31 code
~5 M instructions more than X25519 per handshake.

The fix moves the literal 0 after the `if ... then` block.  In the T0
bytecode that is a rotation of 22 bytes: the jump over the block keeps
its offset (it now lands on the literal), and nothing after the block
moves, so no other jump changes.  The bytes are checked before and after;
anything unexpected is an error (the build stops: a source that is not
the pinned BearSSL 0.6 is not patched blindly).  IN and OUT may be the
same file.
"""
import re
import sys

OLD_HEAD = [0x01, 0x00,                          # literal 0
            0x26,                                # dup
            0x01, 0x82, 0x80, 0x80, 0x80, 0x00,  # literal 0x20000000
            0x17,                                # and
            0x06, 0x0A]                          # jump-if-not +10
BLOCK = [0x01, 0xFD, 0xFF, 0xFF, 0xFF, 0x7F,     # literal 0xDFFFFFFF
         0x17,                                   # and
         0x01, 0x1D,                             # literal 29
         0xDC]                                   # write16


def main(src, dst):
    with open(src) as f:
        s = f.read()
    m = re.search(r"t0_codeblock\[\] = \{(.*?)\};", s, re.S)
    if not m:
        sys.exit("bearssl-curve-order: no t0_codeblock in " + src)
    body = m.group(1)
    toks = list(re.finditer(r"0x([0-9A-Fa-f]{2})", body))
    b = [int(t.group(1), 16) for t in toks]
    n = len(OLD_HEAD)
    at = [i for i in range(len(b) - n) if b[i:i + n] == OLD_HEAD]
    if len(at) != 1 or b[at[0] + n:at[0] + n + len(BLOCK)] != BLOCK:
        sys.exit("bearssl-curve-order: code not as in BearSSL 0.6; not patched")
    i = at[0]
    new = (b[:i] + OLD_HEAD[2:] + BLOCK + OLD_HEAD[:2]
           + b[i + n + len(BLOCK):])
    assert len(new) == len(b)
    out, last = [], 0
    for t, v in zip(toks, new):
        out.append(body[last:t.start()])
        out.append("0x%02X" % v)
        last = t.end()
    out.append(body[last:])
    s = s[:m.start(1)] + "".join(out) + s[m.end(1):]
    with open(dst, "w") as f:
        f.write(s)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: bearssl-curve-order.py IN.c OUT.c")
    main(sys.argv[1], sys.argv[2])
