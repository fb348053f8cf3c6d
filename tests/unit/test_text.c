/*
 * test_text.c - hex digits, Python's str.isspace(), repr() and int(), with
 * expectations taken from CPython 3.11 (python3 -c "print(repr(s))", int(s)).
 */
#include <errno.h>
#include <string.h>

#include "check.h"
#include "msg.h"
#include "text.h"

static void test_hex(void)
{
	const char *digits = "0123456789abcdefABCDEF";
	int i;

	for (i = 0; digits[i]; i++)
		CHECK(hex_digit(digits[i]) == (i < 16 ? i : i - 6),
		      "hex_digit(%c)", digits[i]);
	CHECK(hex_digit('g') == -1 && hex_digit('/') == -1 &&
	      hex_digit(':') == -1 && hex_digit('G') == -1 &&
	      hex_digit(0) == -1, "non-hex characters");
}

static void test_space(void)
{
	/* ' '.isspace() ... '\u3000'.isspace() are True; others False */
	static const char *const yes[] = { " ", "\t", "\n", "\v", "\f", "\r",
		"\x1c", "\x1f", "\xc2\x85", "\xc2\xa0", "\xe1\x9a\x80",
		"\xe2\x80\x80", "\xe2\x80\x8a", "\xe2\x80\xa8", "\xe2\x80\xaf",
		"\xe2\x81\x9f", "\xe3\x80\x80" };
	static const char *const no[] = { "a", "\x08", "\x7f", "\xc2\xa1",
		"\xe2\x80\x8b", "\xe3\x80\x81", "" };
	size_t i;

	for (i = 0; i < sizeof yes / sizeof yes[0]; i++)
		CHECK(py_space_len((const unsigned char *)yes[i],
				   strlen(yes[i])) == strlen(yes[i]),
		      "whitespace %zu", i);
	for (i = 0; i < sizeof no / sizeof no[0]; i++)
		CHECK(py_space_len((const unsigned char *)no[i],
				   strlen(no[i])) == 0, "not whitespace %zu", i);
	CHECK(py_space_len((const unsigned char *)"\xe3\x80", 2) == 0,
	      "truncated sequence is not whitespace");
}

static void test_repr(void)
{
	static const struct { const char *in, *want; } t[] = {
		{ "x", "'x'" },
		{ "", "''" },
		{ "it's", "\"it's\"" },
		{ "'\"", "'\\'\"'" },
		{ "a\\b", "'a\\\\b'" },
		{ "l1\nl2\tt\rr", "'l1\\nl2\\tt\\rr'" },
		{ "\x01\x7f", "'\\x01\\x7f'" },
		{ "caf\xc3\xa9", "'caf\xc3\xa9'" },
	};
	char out[64];
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		py_repr(out, sizeof out, t[i].in, strlen(t[i].in));
		CHECK_STR(out, t[i].want, "repr %zu: %s", i, out);
	}
	py_repr(out, 8, "abcdefghij", 10);
	CHECK(strlen(out) < 8 && out[0] == '\'' && out[strlen(out) - 1] == '\'',
	      "cut text keeps both quotes: %s", out);
}

static void test_int(void)
{
	static const struct { const char *in; int ok; long v; } t[] = {
		{ "5", 1, 5 }, { " 5 ", 1, 5 }, { "+1_0", 1, 10 },
		{ "-1", 1, -1 }, { "\t42\n", 1, 42 }, { "0", 1, 0 },
		{ "\xe3\x80\x80" "7\xc2\xa0", 1, 7 }, { "007", 1, 7 },
		{ "x", 0, 0 }, { "", 0, 0 }, { " ", 0, 0 }, { "1_", 0, 0 },
		{ "_1", 0, 0 }, { "1__0", 0, 0 }, { "1.5", 0, 0 },
		{ "--1", 0, 0 }, { "1 2", 0, 0 }, { "+", 0, 0 },
	};
	size_t i;
	long v;
	int rc;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		v = -99;
		rc = py_int(t[i].in, &v);
		CHECK(t[i].ok ? rc == 0 && v == t[i].v : rc == -1,
		      "int(%s): rc %d v %ld", t[i].in, rc, v);
	}
	CHECK(py_int("99999999999999999999", &v) == 0 && v == 1000000000L,
	      "huge values saturate: %ld", v);
}

static void test_msg(void)
{
	char err[16];

	CHECK(msg_set(err, sizeof err, -7, "code %d", 42) == -7 &&
	      strcmp(err, "code 42") == 0, "msg_set formats and returns");
	CHECK(msg_set(NULL, 0, 3, "x") == 3, "msg_set without a buffer");
	msg_set(err, sizeof err, 0, "%s", "a message longer than sixteen");
	CHECK(strlen(err) == sizeof err - 1, "msg_set truncates");
}

/* The texts Python prints for OSError, from glibc, where musl's differ. */
static void test_oserror(void)
{
	CHECK(strcmp(py_strerror(ENAMETOOLONG), "File name too long") == 0,
	      "ENAMETOOLONG: %s", py_strerror(ENAMETOOLONG));
	CHECK(strcmp(py_strerror(EIO), "Input/output error") == 0, "EIO");
	CHECK(strcmp(py_strerror(ELOOP), "Too many levels of symbolic links")
	      == 0, "ELOOP");
	CHECK(strcmp(py_strerror(EPIPE), "Broken pipe") == 0, "EPIPE");
	CHECK(strcmp(py_strerror(ENOSPC), "No space left on device") == 0,
	      "ENOSPC");
	CHECK(strcmp(py_oserror_name(EPIPE), "BrokenPipeError") == 0, "EPIPE class");
	CHECK(strcmp(py_oserror_name(ENOENT), "FileNotFoundError") == 0,
	      "ENOENT class");
	CHECK(strcmp(py_oserror_name(EPERM), "PermissionError") == 0, "EPERM class");
	CHECK(strcmp(py_oserror_name(ENOSPC), "OSError") == 0, "ENOSPC class");
}

int main(void)
{
	test_hex();
	test_space();
	test_repr();
	test_int();
	test_msg();
	test_oserror();
	return check_done();
}
