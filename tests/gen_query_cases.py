#!/usr/bin/env python3
"""Expected results for tests/unit/test_query.c, from awscli + jmespath.

What `aws swf respond-activity-task-canceled ... --query EXPR --output FMT`
prints is computed with the installed awscli's own code: the --query value
goes through awscli.customizations.globalargs._resolve_query (jmespath.compile
plus the "Bad value for --query" wrapper), the empty response {} (plus the
ResponseMetadata the formatter strips) through awscli.formatter.get_formatter.
stdout is a byte stream with the CLI's strict UTF-8 encoder; for --color on
it is wrapped in colorama's AnsiToWin32(autoreset=True) as colorama.init()
wraps sys.stdout in the CLI; the table width is patched in place of the
terminal's.  An exception gives exit status 255 and its str(), which the CLI
prints between two newlines on stderr.

The one normalisation: str() of a jmespath _Expression shows an address,
replaced by the fixed 0x7f0000000000 that src/query.c shows.

Usage:
  python3 tests/gen_query_cases.py                 print the C case table
  python3 tests/gen_query_cases.py --write FILE    replace the table in FILE
                                                   (between the GENERATED
                                                   marker lines)
  python3 tests/gen_query_cases.py --verify-cli    run the real `aws` CLI on
                                                   every width-80 case against
                                                   a local HTTP server and
                                                   report any difference
  python3 tests/gen_query_cases.py --unicode       print the Unicode tables
                                                   used by src/query.c
"""
import argparse
import http.server
import io
import os
import re
import subprocess
import sys
import threading

OP = 'RespondActivityTaskCanceled'
FMTS = ('json', 'text', 'table')

# Expressions run in all three output formats (colour off, width 80).
EXPRS = [
    # identifiers, sub-expressions, current node
    'foo', '"foo"', 'foo.bar', 'foo."bar"', '@', '@.foo', '"\\u00e9"',
    '"a\\"b"', '"\\\\"',
    # literals, raw strings
    "'x'", "'it\\'s'", "'a\\\\b'", "''", '`1`', '`-7`', '`"s"`', '`true`',
    '`false`', '`null`', '`1.5`', '`-0.0`', '`1e400`', '`-1e400`', '`NaN`',
    '`1e16`', '`123456.789e3`', '`0.0001`', '`0.00001`', '`1E2`',
    '`abc`', '`  x y`', '` "q" `', '`\\`x\\``', '`[1, 2]`', '`[]`', '`{}`',
    '`{"a": [1, {"b": null}], "c": "d"}`', '`{"a": 1, "a": 2, "b": 3}`',
    '`"\\u00e9\\u4e2d\\ud83d\\ude00"`', '`"tab\\there\\nnl\\u0001"`',
    '`"q\'s"`', '`["q\'s", "d\\"q", "b\\\\s", "\\u0085\\u00a0\\u00ad"]`',
    # projections, flatten, index, slice, filter
    '*', 'foo.*', '[*]', 'foo[*]', '[]', 'foo[]', '[0]', 'foo[0]', '[-1]',
    '[0:1]', '[::2]', '[?a]', 'foo[?a == \'b\']',
    '`[[1, 2], [3], 4]`[]', '`[[1, [2]], [3]]`[][]',
    '`{"a": {"b": 1}, "c": {"b": 2}, "d": 3}`.*.b',
    '`[{"a": 1}, {"a": 2}, {"b": 3}]`[*].a',
    '`[{"a": 1}, {"a": 2}, {"a": 3}]`[?a > `1`].a',
    '`[{"a": 1}, {"a": 2}]`[?a == `2`]', '`[1, 2, 3]`[?@ != `2`]',
    '`[1, 2, 3, 4, 5]`[1:4:2]', '`[1, 2, 3]`[::-1]', '`[1, 2, 3]`[-2:]',
    '`[1, 2, 3]`[:-1]', '`[1, 2, 3]`[5:1:-1]', '`[1, 2, 3]`[-10:10]',
    '`[1, 2]`[5]', '`[1, 2]`[-1]', '`[1, 2, 3]`[::0]',
    '`[[0, 1], [2, 3]]`[*][1]', '`[[0, 1], [2, 3]]`[][1]',
    '`[[{"b": 1}, {"b": 2}]]`[0][0:2].b', '`[[{"b": 1}]]`[0:1][0:2].b',
    '`{"a": [1, 2]}`.a[0]', '`[1, 2]`[0][0]',
    # multi-select
    '[a, b]', '{a: a, b: \'x\'}', '{"a b": \'x\', c: `[1]`}',
    '`{"x": 1, "y": 2}`.[x, y]', '`{"x": 1}`.{k: x, "q": @}',
    '{a: \'1\' b: \'2\'}', '[\'a\', `[1, [2]]`]', '{a: \'x\', a: \'y\'}',
    '`[{"a": 1}, {"a": 2}]`[*].[a, \'z\']',
    # pipes, or, and, not, comparators, parentheses
    '`[1, 2]` | [0]', 'a | b', 'a || \'x\'', '\'x\' && \'y\'',
    "'' && 'y'", '`0` || \'x\'', '`[]` || `{}` || \'z\'', '!a', '!`0`',
    '!`0.0`', "!''", '!`[1]`', '!\'x\'', '(a || \'z\').b',
    '`1` == `1.0`', '`0` == `false`', '`1` == `true`', '`[1]` == `[true]`',
    '`{"a": 1}` == `{"a": 1.0}`', '`NaN` == `NaN`', '`1` != `2`',
    '`1` < `2`', "'a' < 'b'", "'b' <= 'a'", '`2` > `1.5`', '`2` >= `3`',
    "'a' < `1`", '`1` >= \'a\'', '`true` < `1`', '`[1]` < `[2]`',
    '`NaN` < `1`', '`9007199254740993` > `9007199254740992.0`',
    'foo == bar', "'x' == 'x'",
    # expression references
    '&foo', '[&foo]', '{a: &foo}',
    # functions
    'abs(`-5`)', 'abs(`-1.5`)', "abs('x')", 'abs(`true`)',
    'avg(`[1, 2, 3, 4]`)', 'avg(`[]`)', 'avg(`[1, "a"]`)', 'avg(`[1.5, 2]`)',
    'ceil(`1.2`)', 'ceil(`1`)', 'ceil(`-0.5`)', 'floor(`-1.5`)',
    'floor(`NaN`)', 'floor(`1e400`)', "floor('1')",
    'contains(`[1, 2]`, `2`)', 'contains(`[1, 2]`, `3`)',
    'contains(`[true]`, `1`)', "contains('abc', 'bc')", "contains('abc', 'x')",
    "contains('abc', `1`)", "contains('abc', `null`)", 'contains(`1`, `1`)',
    "ends_with('abc', 'bc')", "ends_with('abc', 'a')", "ends_with('abc', `1`)",
    "starts_with('abc', 'ab')", "starts_with('', 'a')",
    "join(', ', `[\"a\", \"b\"]`)", "join('', `[]`)", "join(',', `[1]`)",
    "join(`1`, `[]`)",
    'keys(`{"a": 1, "b": 2}`)', 'keys(`1`)', 'values(`{"a": 1, "b": [2]}`)',
    'values(`[1]`)',
    "length('abc')", 'length(`[1, 2]`)', 'length(`{"a": 1}`)',
    "length('\u00e9\u4e2d')", 'length(`1`)', 'length(`null`)', 'length(@)',
    'map(&a, `[{"a": 1}, {"b": 2}]`)', 'map(&[@], `[1, 2]`)',
    'map(&a, `{}`)', "map('a', `[]`)",
    'max(`[1, 3, 2]`)', 'max(`["a", "c", "b"]`)', 'max(`[]`)',
    'max(`[1, "a"]`)', 'max(`[true]`)', 'max(`[1, 2.5]`)', 'min(`[2, 1]`)',
    'min(`["b", "a"]`)',
    'max_by(`[{"a": 1}, {"a": 3}, {"a": 2}]`, &a)',
    'max_by(`[{"a": 1}, {"a": "x"}]`, &a)', 'max_by(`[{"a": 1}]`, &b)',
    'min_by(`[{"a": 2}, {"a": 1}]`, &a)', 'min_by(`[]`, &a)',
    'min_by(`[{"a": "x"}, {"a": 1}]`, &a)',
    'merge(`{"a": 1}`, `{"b": 2}`, `{"a": 3}`)', 'merge()', 'merge(`1`)',
    'merge(@)', 'merge(@, `[["k", "v"]]`)', 'merge(@, `["kv"]`)',
    'merge(@, `1`)', "merge(@, 'ab')", 'merge(@, `[1]`)', 'merge(@, `[[1]]`)',
    'merge(@, `[[[1], 2]]`)',
    "not_null(`null`, 'x')", 'not_null(`null`)', 'not_null()',
    "reverse('abc')", "reverse('a\u00e9\u4e2d')", 'reverse(`[1, 2, 3]`)',
    'reverse(`1`)',
    'sort(`[3, 1, 2]`)', 'sort(`["b", "a", "c"]`)', 'sort(`[1, "a"]`)',
    'sort(`[]`)', 'sort(`[2, 1.5, 1]`)',
    'sort(`[NaN, 3, 1, 2, NaN, 0]`)', 'sort_by(`[3, 2, 2, 1, NaN, 0, 5]`, &@)',
    'sort_by(`[{"a": 2, "i": 0}, {"a": 1, "i": 1}, {"a": 2, "i": 2}]`, &a)',
    'sort_by(`[{"a": {}}]`, &a)', 'sort_by(`[]`, &a)',
    'sort_by(`[{"a": 1}, {"a": "x"}]`, &a)', 'sort_by(`[{"a": "b"}, {"a": "a"}]`, &a)',
    'sum(`[1, 2.5]`)', 'sum(`[]`)', 'sum(`[1, 2]`)', 'sum(`["a"]`)',
    'to_array(`1`)', 'to_array(`[1]`)', 'to_array(`null`)',
    "to_number('12')", "to_number('1.5e3')", "to_number(' 7 ')",
    "to_number('x')", 'to_number(`true`)', "to_number('1_000')",
    "to_number('-0')", "to_number('inf')", "to_number('.5')", 'to_number(`[]`)',
    "to_number(' 1_0 ')", "to_number('1__0')", "to_number('\u0663\u00a0')",
    'to_number(`3.5`)', 'to_number(&a)',
    'to_string(`[1, "\u00e9", {"a": null}]`)', "to_string('x')",
    'to_string(`1.0`)', 'to_string(`NaN`)', 'to_string(&a)',
    'type(`1`)', "type('x')", 'type(`null`)', 'type(`{}`)', 'type(`[]`)',
    'type(`true`)', 'type(&a)', 'type(`1.5`)',
    'foo()', 'foo(bar())', 'length()', 'length(`1`, `2`)',
    "f(a b)", 'length(@,)',
    # table and text shapes
    "{a: 'x', b: 'y'}", "{a: 'x'}", '{a: `1`, b: `null`, c: `true`}',
    '`[{"a": 1, "b": 2}, {"a": 3, "b": 4}]`',
    '`[{"a": 1}, {"b": "x", "c": [1, 2]}]`',
    '`{"a": {"b": [1, 2]}, "c": "d", "e": {"f": {"g": 1}}}`',
    '`[[1, 2], [3, 4]]`', '`[1, [2, 3]]`', '`[1, 2, 3]`', '`[1, {"a": 5}]`',
    '`[[1, [2]], [3]]`', '`[{"a": 1}, 2]`', '`[{"a": 1}, "xy"]`',
    '`[{"a": 1}, ""]`', '`[{"a": 1}, [0]]`', '`[{"a": [1]}, [0]]`',
    '`[{"a": 1}, [5]]`', '`[{"a": 1}, ["a"]]`', '`[{"a": 1}, [1.5]]`',
    '`[{}, []]`', '`[{"a": [1]}, ""]`', '`[{"": [1]}, ""]`',
    '`[{"a": [1]}, [false]]`', '`[{"a": [1]}, ["a"]]`',
    '`[{"a": [1]}, {"a": 2}]`', '`[{"a": {"b": 1}}, {"a": {"b": 2}}]`',
    '`{"k": [{"x": 1, "y": [1]}, {"x": 2, "y": [2, 3]}]}`',
    '`{"a": "\u4e2d\u6587\u5b57", "b": "\u00e9"}`', '`[["\u4e2d", "ab"]]`',
    '`{"long": "%s", "b": 1}`' % ('x' * 70),
    '`{"a": "%s", "b": "%s"}`' % ('y' * 40, 'z' * 40),
    '`[{"a": "%s", "b": 1}]`' % ('w' * 90),
    '`{"a": [1, "x", null, true, 1.5]}`', '`{"straße": [1]}`',
    '`{"\u01c5": [1], "\ufb03": [2], "\u0149": {"a": 1}}`',
    '`{"b": 1, "a": "x", "c": [1, 2], "d": {"e": 3}}`',
    '`[{"a": 1, "b": [1, 2]}, {"a": 2, "c": "z"}]`',
    '`[[1, 2], [3, [4, 5]]]`', '`[1, [2], {"a": 1}]`',
    '`{"x": [[1, 2], [3]], "y": {}}`', '`{"": [1], "a": ""}`',
    '`{"a": [[{"b": 1}]]}`', '`[[{"a": 1}, {"a": 2}]]`',
    '`{"a": [], "b": {}, "c": 0}`', '`[0]`', '`0`', '`[[]]`',
    '`{"a": "\\ud800"}`', '`"a\\ud800b"`', '`[1, "\\ud800\\udc00x"]`',
    '`["\\ud800", "\\udfff\\ud800"]`',
    # lexer and parser errors
    '[foo', 'foo[', 'foo bar', 'foo `1`', '=', 'a = b', 'a =', '!', '"a"(b)',
    '@(', '`1`(', 'foo[0](', 'foo.1', 'foo.[', '{a:b', '{1:b}', '[1:2:3:4]',
    '[1:', '[1 2]', '[:1 2]', '`abc', "'abc", '"abc', '\u00e9', '-', '- 1',
    '~', '"\\q"', '"\\u12"', '"a\tb"', '` "a`', 'a.`1`', '&&', 'a||', '*.',
    '[?]', 'foo.*.', '`{"a":1}` `[1,2]`', "'x' 'y'", '`true` `1.5`', 'f(,)',
    '{a}', '[a,]', 'a.b.c.d.e.f | g[0].h[*].i', '(a', 'a)', 'a]', 'a}',
    'a *', 'a {', 'a !b', '`1` < ', '0', '1', '@[-0007]', 'a[00', '[,]',
    '{a: b,}', '[*', '[*].[*]', '{"a":', '@.@', 'a.*.b[0:2].c',
]

# Extra (expression, format, colour, width) runs: colour and narrow tables.
EXTRA = [
    ("'x'", 'table', True, 80),
    ("{a: 'x', b: 'y'}", 'table', True, 80),
    ('`{"a": {"b": [1, 2]}, "c": "d"}`', 'table', True, 80),
    ('`[{"a": 1, "b": 2}, {"a": 3, "b": 4}]`', 'table', True, 80),
    ('`[[1, 2], [3, 4]]`', 'table', True, 80),
    ('`{"a": "\\ud800"}`', 'table', True, 80),
    ('`{"a": 1}`', 'json', True, 80),
    ("{a: 'x', b: 'y'}", 'table', False, 20),
    ("{a: 'x', b: 'y'}", 'table', False, 10),
    ('`[{"a": 1, "b": 2}]`', 'table', False, 5),
    ('`{"a": {"b": 1, "c": 2}, "d": 3, "e": 4}`', 'table', False, 12),
    ('`{"a": {"b": 1, "c": 2}, "d": 3, "e": 4}`', 'table', True, 12),
    ("'x'", 'table', False, 0),
    ('`[1, 2]`', 'table', False, 300),
    ('`{"ab": "cdefghijkl", "m": "n"}`', 'table', False, 1),
]


def run(expr, fmt, color=False, width=80):
    """(exit status, stdout bytes, error message) as the CLI would give."""
    import colorama
    from colorama.ansitowin32 import AnsiToWin32
    import awscli.table
    from awscli.customizations.globalargs import _resolve_query
    from awscli.formatter import get_formatter

    try:
        query = _resolve_query(expr) if expr is not None else None
    except ValueError as e:
        return 255, b'', str(e)
    args = argparse.Namespace(query=query, color='on' if color else 'off')
    raw = io.BytesIO()

    class Stdout:
        closed = False  # colorama resets only on an open stream

        def write(self, text):
            raw.write(text.encode('utf-8', 'strict'))

        def flush(self):
            pass

    stream = Stdout()
    if color and fmt == 'table':
        # what colorama.init(autoreset=True, strip=False) makes of stdout
        stream = AnsiToWin32(stream, convert=False, strip=False,
                             autoreset=True).stream
    saved = awscli.table.determine_terminal_width
    awscli.table.determine_terminal_width = lambda default_width=80: width
    try:
        formatter = get_formatter(fmt, args)
        formatter(OP, {'ResponseMetadata': {'RequestId': 'r'}}, stream)
        rc, msg = 0, ''
    except Exception as e:  # the CLI's generic handler
        rc, msg = 255, str(e)
    finally:
        awscli.table.determine_terminal_width = saved
        colorama.deinit()
    return rc, fix_expref(raw.getvalue()), fix_expref(msg)


def fix_expref(x):
    if isinstance(x, bytes):
        return re.sub(rb'(_Expression object at )0x[0-9a-f]+>',
                      rb'\g<1>0x7f0000000000>', x)
    return re.sub(r'(_Expression object at )0x[0-9a-f]+>',
                  r'\g<1>0x7f0000000000>', x)


def cases():
    for e in EXPRS:
        for f in FMTS:
            yield e, f, False, 80
    for c in EXTRA:
        yield c


def c_str(b):
    """A C string literal for bytes b (octal escapes for anything odd)."""
    out = ['"']
    for ch in b:
        c = chr(ch)
        if c == '"' or c == '\\':
            out.append('\\' + c)
        elif c == '\n':
            out.append('\\n')
        elif c == '\t':
            out.append('\\t')
        elif c == '?':
            out.append('\\?')  # no trigraphs
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append('\\%03o' % ch)
    out.append('"')
    return ''.join(out)


def table():
    lines = ['/* GENERATED by tests/gen_query_cases.py: do not edit by hand */']
    n = 0
    for expr, fmt, color, width in cases():
        rc, out, msg = run(expr, fmt, color, width)
        lines.append('\t{ %s, QUERY_OUT_%s, %d, %d, %d,' % (
            c_str(expr.encode('utf-8', 'surrogateescape')), fmt.upper(),
            int(color), width, rc))
        lines.append('\t  S(%s),' % c_str(out))
        lines.append('\t  %s },' % c_str(msg.encode('utf-8', 'backslashreplace')))
        n += 1
    lines.append('/* END GENERATED (%d cases) */' % n)
    return '\n'.join(lines) + '\n'


def write(path):
    src = open(path, encoding='utf-8').read()
    a = src.index('/* GENERATED by')
    b = src.index('\n', src.index('/* END GENERATED')) + 1
    open(path, 'w', encoding='utf-8').write(src[:a] + table() + src[b:])


class _Empty(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get('Content-Length', 0)))
        self.send_response(200)
        self.send_header('Content-Length', '0')
        self.end_headers()

    def log_message(self, *a):
        pass


def compiles(expr):
    from awscli.customizations.globalargs import _resolve_query
    try:
        _resolve_query(expr)
        return True
    except ValueError:
        return False


def verify_cli():
    """Compare run() with the real CLI on every width-80 case."""
    srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), _Empty)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    env = dict(os.environ, AWS_ACCESS_KEY_ID='AKID',
               AWS_SECRET_ACCESS_KEY='x', AWS_DEFAULT_REGION='us-east-1',
               AWS_CONFIG_FILE='/dev/null',
               AWS_SHARED_CREDENTIALS_FILE='/dev/null')
    bad = total = 0
    for expr, fmt, color, width in cases():
        if width != 80:
            continue
        cmd = ['aws', 'swf', 'respond-activity-task-canceled',
               '--task-token', 't', '--endpoint-url',
               'http://127.0.0.1:%d' % srv.server_address[1],
               '--output', fmt, '--color', 'on' if color else 'off',
               '--query', expr]
        p = subprocess.run(cmd, env=env, capture_output=True)
        want = run(expr, fmt, color, width)
        got = (p.returncode, fix_expref(p.stdout),
               fix_expref(p.stderr.decode('utf-8', 'replace')))
        exp_err = ('\n' + want[2] + '\n') if want[0] else ''
        if want[0] and color and fmt == 'table' and compiles(expr):
            # colorama.init() wrapped stderr too: a reset after each write
            exp_err = '\n\033[0m' + want[2] + '\033[0m\n\033[0m'
        total += 1
        if got[0] != want[0] or got[1] != want[1] or got[2] != exp_err:
            bad += 1
            print('DIFF %r %s color=%s' % (expr, fmt, color))
            print('  cli: %r' % (got,))
            print('  gen: %r' % ((want[0], want[1], exp_err),))
    srv.shutdown()
    print('%d cases, %d differ' % (total, bad))
    return 1 if bad else 0


def unicode_tables():
    import unicodedata

    def ranges(pred):
        r, s = [], None
        for c in range(0x110000):
            p = pred(c)
            if p and s is None:
                s = c
            if not p and s is not None:
                r.append((s, c - 1))
                s = None
        if s is not None:
            r.append((s, 0x10FFFF))
        return r

    def emit(decl, items, comment):
        print('/* %s */' % comment)
        print(decl + ' = {')
        line = '\t'
        for it in items:
            item = '{' + ','.join('0x%X' % x if x >= 0 else '%d' % x
                                  for x in it) + '},'
            if len(line) + len(item) + 1 > 78:
                print(line.rstrip())
                line = '\t'
            line += item + ' '
        print(line.rstrip())
        print('};')

    emit('static const unsigned int uc_wide[][2]',
         ranges(lambda c: unicodedata.east_asian_width(chr(c)) in 'WFA'),
         'East Asian width W, F or A: two columns in awscli tables.')
    emit('static const unsigned int uc_noprint[][2]',
         ranges(lambda c: not chr(c).isprintable()),
         'Not str.isprintable(): escaped by repr().')
    emit('static const unsigned int uc_space[][2]',
         ranges(lambda c: chr(c).isspace()),
         'str.isspace(): stripped by int() and float().')
    digits = []
    for c in range(0x110000):
        d = unicodedata.decimal(chr(c), None)
        if d is None:
            continue
        if digits and digits[-1][1] == c - 1 and \
                digits[-1][2] + (c - digits[-1][0]) == d:
            digits[-1][1] = c
        else:
            digits.append([c, c, d])
    emit('static const unsigned int uc_digit[][3]', digits,
         'Decimal digits (first, last, value of first): accepted by int().')
    single, multi = [], []
    for c in range(0x110000):
        u = chr(c).upper()
        if u != chr(c):
            if len(u) == 1:
                single.append((c, ord(u) - c))
            else:
                multi.append([c] + [ord(x) for x in u] + [0] * (3 - len(u)))
    runs, i = [], 0
    while i < len(single):
        c, d = single[i]
        j = i
        while j + 1 < len(single) and single[j + 1][0] == single[j][0] + 1 \
                and single[j + 1][1] == d:
            j += 1
        if j == i:
            while j + 1 < len(single) and \
                    single[j + 1][0] == single[j][0] + 2 and \
                    single[j + 1][1] == d:
                j += 1
            runs.append((c, single[j][0], 2, d))
        else:
            runs.append((c, single[j][0], 1, d))
        i = j + 1
    emit('static const long uc_upper1[][4]', runs,
         'str.upper() to one code point: first, last, stride, delta.')
    emit('static const unsigned int uc_upperN[][4]', multi,
         'str.upper() to several code points: source, then up to 3.')


def main():
    if os.environ.get('PYTHONHASHSEED') != '0':
        # set order decides one TypeError's wording: make it repeatable
        os.environ['PYTHONHASHSEED'] = '0'
        os.execv(sys.executable, [sys.executable] + sys.argv)
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--write', metavar='FILE')
    ap.add_argument('--verify-cli', action='store_true')
    ap.add_argument('--unicode', action='store_true')
    a = ap.parse_args()
    if a.unicode:
        unicode_tables()
    elif a.verify_cli:
        return verify_cli()
    elif a.write:
        write(a.write)
    else:
        sys.stdout.write(table())
    return 0


if __name__ == '__main__':
    sys.exit(main())
