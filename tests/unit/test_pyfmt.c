/*
 * test_pyfmt.c - Python's repr()/str() texts for messages (expected
 * values produced with Python 3.11).
 */
#include <string.h>

#include "check.h"
#include "json.h"
#include "pyfmt.h"

static void test_float(void)
{
	static const struct { double v; const char *want; } t[] = {
		{0.0, "0.0"}, {-0.0, "-0.0"}, {1.0, "1.0"}, {1.5, "1.5"},
		{0.1, "0.1"}, {1e+16, "1e+16"},
		{1000000000000000.0, "1000000000000000.0"},
		{1.2345678901234568e+17, "1.2345678901234568e+17"},
		{1e-05, "1e-05"}, {0.0001, "0.0001"}, {2.5e-07, "2.5e-07"},
		{1e+300, "1e+300"}, {3.141592653589793, "3.141592653589793"},
		{100.0, "100.0"}, {1e+22, "1e+22"}, {12345.678, "12345.678"},
		{5e-324, "5e-324"},
		{1.7976931348623157e+308, "1.7976931348623157e+308"},
	};
	char out[64];
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		py_float_repr(out, sizeof out, t[i].v);
		CHECK_STR(out, t[i].want, "repr(%s) gave %s", t[i].want, out);
	}
}

static void test_str_repr(void)
{
	static const struct { const char *s, *want; } t[] = {
		{"a", "'a'"}, {"it's", "\"it's\""}, {"say \"hi\"", "'say \"hi\"'"},
		{"both ' and \"", "'both \\' and \"'"},
		{"tab\tnl\n", "'tab\\tnl\\n'"}, {"\x01\x7f", "'\\x01\\x7f'"},
		{"\xc3\xa9", "'\xc3\xa9'"},
		{"\xc2\x85\xc2\xa0\xc2\xad", "'\\x85\\xa0\\xad'"},
		{"back\\slash", "'back\\\\slash'"},
	};
	static const struct { const char *s; size_t n; const char *want; } b[] = {
		{"oops", 4, "b'oops'"}, {"it's", 4, "b\"it's\""},
		{"a\"b", 3, "b'a\"b'"}, {"\0\xff\n", 3, "b'\\x00\\xff\\n'"},
		{"both ' \"", 8, "b'both \\' \"'"},
	};
	char out[64];
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		py_str_repr(out, sizeof out, t[i].s, strlen(t[i].s));
		CHECK_STR(out, t[i].want, "repr #%zu: %s", i, out);
	}
	for (i = 0; i < sizeof b / sizeof b[0]; i++) {
		py_bytes_repr(out, sizeof out, b[i].s, b[i].n);
		CHECK_STR(out, b[i].want, "bytes repr #%zu: %s", i, out);
	}
	py_str_repr(out, 6, "abcdefgh", 8);
	CHECK(strlen(out) < 6, "cut to the buffer: %s", out);
}

static void test_json_str(void)
{
	static const struct { const char *doc, *str, *type; int one; } t[] = {
		{"1", "1", "int", 1}, {"1.0", "1.0", "float", 1},
		{"1e0", "1.0", "float", 1}, {"true", "True", "bool", 1},
		{"false", "False", "bool", 0}, {"null", "None", "NoneType", 0},
		{"\"1\"", "1", "str", 0}, {"2", "2", "int", 0},
		{"-0", "0", "int", 0}, {"1.50", "1.5", "float", 0},
		{"1e400", "inf", "float", 0}, {"NaN", "nan", "float", 0},
		{"[1, \"x\"]", "[1, 'x']", "list", 0},
		{"{\"a\": 1.50, \"b\": \"c\\u00e9\"}", "{'a': 1.5, 'b': 'c\xc3\xa9'}",
		 "dict", 0},
		{"{}", "{}", "dict", 0}, {"[[]]", "[[]]", "list", 0},
	};
	json_tok tok[16];
	json_doc d;
	char out[64], err[64];
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		json_init(&d, tok, 16, 4, JSON_PYCONST);
		if (json_parse(&d, t[i].doc, strlen(t[i].doc), err,
			       sizeof err) != 0) {
			CHECK(0, "parse %s: %s", t[i].doc, err);
			continue;
		}
		py_json_str(out, sizeof out, &d, 0);
		CHECK_STR(out, t[i].str, "str(%s) gave %s", t[i].doc, out);
		CHECK_STR(py_json_type_name(&d, 0), t[i].type, "type of %s",
			  t[i].doc);
		CHECK(py_json_equals_one(&d, 0) == t[i].one, "%s == 1",
		      t[i].doc);
	}
}

static void test_utf8_error(void)
{
	static const struct { const char *s; size_t n; const char *want; } t[] = {
		{"\xff", 1, "'utf-8' codec can't decode byte 0xff in position "
		 "0: invalid start byte"},
		{"a\xff" "b", 3, "'utf-8' codec can't decode byte 0xff in "
		 "position 1: invalid start byte"},
		{"\xe2\x82", 2, "'utf-8' codec can't decode bytes in position "
		 "0-1: unexpected end of data"},
		{"\xe2", 1, "'utf-8' codec can't decode byte 0xe2 in position "
		 "0: unexpected end of data"},
		{"\xe2(", 2, "'utf-8' codec can't decode byte 0xe2 in position "
		 "0: invalid continuation byte"},
		{"\xc0\x80", 2, "'utf-8' codec can't decode byte 0xc0 in "
		 "position 0: invalid start byte"},
		{"\xed\xa0\x80", 3, "'utf-8' codec can't decode byte 0xed in "
		 "position 0: invalid continuation byte"},
		{"\xf4\x90\x80\x80", 4, "'utf-8' codec can't decode byte 0xf4 "
		 "in position 0: invalid continuation byte"},
		{"\xe2\x82(", 3, "'utf-8' codec can't decode bytes in position "
		 "0-1: invalid continuation byte"},
		{"\xf0\x9f\x98", 3, "'utf-8' codec can't decode bytes in "
		 "position 0-2: unexpected end of data"},
		{"ok\xf5", 3, "'utf-8' codec can't decode byte 0xf5 in position "
		 "2: invalid start byte"},
	};
	char out[128];
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		out[0] = '\0';
		CHECK(py_utf8_error(t[i].s, t[i].n, out, sizeof out) == -1 &&
		      strcmp(out, t[i].want) == 0, "utf8 #%zu: %s", i, out);
	}
	CHECK(py_utf8_error("ok \xc3\xa9 \xf0\x9f\x98\x80", 10, out,
			    sizeof out) == 0, "valid UTF-8");
}

static void test_int(void)
{
	long v = 0;

	CHECK(py_int_parse(" 900 ", &v) == 0 && v == 900, "blanks");
	CHECK(py_int_parse("+9_00", &v) == 0 && v == 900, "sign, underscore");
	CHECK(py_int_parse("-5", &v) == 0 && v == -5, "negative");
	CHECK(py_int_parse("12a", &v) == -1, "12a");
	CHECK(py_int_parse("1.5", &v) == -1, "1.5");
	CHECK(py_int_parse("", &v) == -1, "empty");
	CHECK(py_int_parse("9__0", &v) == -1, "double underscore");
	CHECK(py_int_parse("_9", &v) == -1, "leading underscore");
}

int main(void)
{
	test_float();
	test_str_repr();
	test_json_str();
	test_utf8_error();
	test_int();
	return check_done();
}
