/*
 * pyfmt.h - values written the way Python writes them, for messages the
 * AWS CLI builds with repr(), str() or f-strings: repr of a str and of
 * bytes, repr of a float, str() of a parsed JSON value.
 *
 * Output is always NUL-terminated and cut (never mid-character for
 * UTF-8 input) when the buffer is too small.
 */
#ifndef SWF_PYFMT_H
#define SWF_PYFMT_H

#include <stddef.h>

#include "json.h"

/*
 * repr() of the str whose UTF-8 bytes are s[0..n): quoted with ' (or "
 * when the text holds ' and no "), backslash escapes for the quote, \\,
 * \t \n \r and other ASCII controls (\xNN), non-printable Latin-1
 * characters as \xNN, everything else as is.
 */
void py_str_repr(char *out, size_t cap, const char *s, size_t n);

/* repr() of the bytes s[0..n): b'...' with printable ASCII as is. */
void py_bytes_repr(char *out, size_t cap, const void *s, size_t n);

/* repr() of a float: the shortest text that reads back as v. */
void py_float_repr(char *out, size_t cap, double v);

/*
 * str() of what json.loads makes of token t of d: a string as its text,
 * numbers as int or float, true/false/null as True/False/None, lists
 * and dicts with their elements as repr().
 */
void py_json_str(char *out, size_t cap, const json_doc *d, int t);

/* Python's type name of what json.loads makes of token t: "str", "int",
 * "float", "bool", "NoneType", "list", "dict". */
const char *py_json_type_name(const json_doc *d, int t);

/*
 * The message of Python's UnicodeDecodeError for the first invalid UTF-8
 * in s[0..n) ("'utf-8' codec can't decode byte 0xff in position 0:
 * invalid start byte") into out.  Returns 0 when s is valid UTF-8 (out
 * untouched), -1 otherwise.
 */
int py_utf8_error(const void *s, size_t n, char *out, size_t cap);

/*
 * Python's `value == 1` for token t: the number 1 (1, 1.0, 1e0, ...) or
 * true.
 */
int py_json_equals_one(const json_doc *d, int t);

/*
 * Python's int(s) for base 10: blanks around, a sign, digits with single
 * '_' between them.  Values beyond +-10^15 are clamped.  Returns 0 with
 * *out set, or -1 (Python raises "invalid literal for int() with base 10").
 */
int py_int_parse(const char *s, long *out);

#endif
