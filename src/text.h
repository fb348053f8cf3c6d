/*
 * text.h - small text helpers the parsers share: hex digits, and the
 * Python behaviours the CLI's messages show (str.isspace(), repr() of a
 * str, int() of a str, OSError texts).
 */
#ifndef SWF_TEXT_H
#define SWF_TEXT_H

#include <stddef.h>

/* Value of the hex digit c (either case), or -1. */
int hex_digit(int c);

/*
 * Bytes of the Python whitespace character (str.isspace(), UTF-8) that
 * starts p[0..n), or 0 when p does not start with one.
 */
size_t py_space_len(const unsigned char *p, size_t n);

/*
 * Python's repr() of the str s[0..n) into out[0..cap), NUL-terminated:
 * single quotes unless the text holds ' and no ", backslash escapes for
 * the quote, backslash, \n \r \t and other ASCII controls (\xNN).  Text
 * that does not fit is cut, the closing quote kept.
 */
void py_repr(char *out, size_t cap, const char *s, size_t n);

/*
 * Python's int(s) for base 10: surrounding whitespace, a sign, digits with
 * single underscores between them.  Returns 0 with *out (saturated at
 * +-1e9), or -1 when int() would raise ValueError.
 */
int py_int(const char *s, long *out);

/*
 * glibc's strerror() text for errno e, which Python's OSError messages
 * show ("[Errno 36] File name too long"); musl words some apart.
 */
const char *py_strerror(int e);

/*
 * The OSError subclass Python raises for errno e ("BrokenPipeError",
 * "FileNotFoundError", ...), or "OSError".
 */
const char *py_oserror_name(int e);

#endif
