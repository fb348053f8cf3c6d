/*
 * pyfmt.c - Python's repr() and str() for messages.
 */
#include "pyfmt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PY_NUM_MAX 64              /* longest number text handled */

/* A bounded writer that never splits what it is given. */
typedef struct {
	char *out;
	size_t cap, len;
	int full;
} sink;

static void sink_init(sink *k, char *out, size_t cap)
{
	k->out = out;
	k->cap = cap;
	k->len = 0;
	k->full = cap == 0;
	if (cap)
		out[0] = '\0';
}

static void put(sink *k, const char *s, size_t n)
{
	if (k->full || k->len + n + 1 > k->cap) {
		k->full = 1;
		return;
	}
	memcpy(k->out + k->len, s, n);
	k->len += n;
	k->out[k->len] = '\0';
}

static void puts_(sink *k, const char *s)
{
	put(k, s, strlen(s));
}

static void put_hex(sink *k, const char *pre, unsigned v, int digits)
{
	char b[12];

	snprintf(b, sizeof b, "%s%0*x", pre, digits, v);
	puts_(k, b);
}

/* Length of the UTF-8 sequence at s (1 when invalid) and its value. */
static size_t utf8_next(const unsigned char *s, size_t n, unsigned *cp)
{
	size_t len, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	len = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc0 ? 2 : 1;
	if (len == 1 || len > n) {
		*cp = s[0];
		return 1;
	}
	*cp = s[0] & (0x7f >> len);
	for (i = 1; i < len; i++)
		*cp = (*cp << 6) | (s[i] & 0x3f);
	return len;
}

static void str_repr(sink *k, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	char q = (memchr(s, '\'', n) && !memchr(s, '"', n)) ? '"' : '\'';
	size_t i = 0, len;
	unsigned cp;

	put(k, &q, 1);
	while (i < n) {
		len = utf8_next(p + i, n - i, &cp);
		if (cp == (unsigned char)q || cp == '\\') {
			put(k, "\\", 1);
			put(k, (const char *)p + i, 1);
		} else if (cp == '\n') {
			puts_(k, "\\n");
		} else if (cp == '\r') {
			puts_(k, "\\r");
		} else if (cp == '\t') {
			puts_(k, "\\t");
		} else if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) ||
			   cp == 0xad) {
			put_hex(k, "\\x", cp, 2);
		} else {
			put(k, (const char *)p + i, len);
		}
		i += len;
	}
	put(k, &q, 1);
}

void py_str_repr(char *out, size_t cap, const char *s, size_t n)
{
	sink k;

	sink_init(&k, out, cap);
	str_repr(&k, s, n);
}

void py_bytes_repr(char *out, size_t cap, const void *data, size_t n)
{
	const unsigned char *p = data;
	char q = (memchr(p, '\'', n) && !memchr(p, '"', n)) ? '"' : '\'';
	sink k;
	size_t i;

	sink_init(&k, out, cap);
	put(&k, "b", 1);
	put(&k, &q, 1);
	for (i = 0; i < n; i++) {
		if (p[i] == (unsigned char)q || p[i] == '\\') {
			put(&k, "\\", 1);
			put(&k, (const char *)p + i, 1);
		} else if (p[i] == '\n') {
			puts_(&k, "\\n");
		} else if (p[i] == '\r') {
			puts_(&k, "\\r");
		} else if (p[i] == '\t') {
			puts_(&k, "\\t");
		} else if (p[i] < 0x20 || p[i] >= 0x7f) {
			put_hex(&k, "\\x", p[i], 2);
		} else {
			put(&k, (const char *)p + i, 1);
		}
	}
	put(&k, &q, 1);
}

void py_float_repr(char *out, size_t cap, double v)
{
	char digits[40], *e, buf[PY_NUM_MAX];
	int prec, exp, ndig, i;
	const char *m;
	size_t o = 0;

	if (isnan(v)) {
		snprintf(out, cap, "nan");
		return;
	}
	if (isinf(v)) {
		snprintf(out, cap, "%sinf", v < 0 ? "-" : "");
		return;
	}
	for (prec = 1; prec <= 17; prec++) {
		snprintf(digits, sizeof digits, "%.*e", prec - 1, v);
		if (strtod(digits, NULL) == v)
			break;
	}
	/* digits: [-]D[.DDD]e[+-]XX -> mantissa digits and exponent */
	e = strchr(digits, 'e');
	exp = atoi(e + 1);
	*e = '\0';
	m = digits;
	if (*m == '-') {
		buf[o++] = '-';
		m++;
	}
	{
		char md[24];
		ndig = 0;
		for (; *m; m++)
			if (*m != '.')
				md[ndig++] = *m;
		while (ndig > 1 && md[ndig - 1] == '0')
			ndig--;
		if (exp < -4 || exp >= 16) {
			buf[o++] = md[0];
			if (ndig > 1) {
				buf[o++] = '.';
				for (i = 1; i < ndig; i++)
					buf[o++] = md[i];
			}
			o += (size_t)snprintf(buf + o, sizeof buf - o, "e%c%02d",
					      exp < 0 ? '-' : '+',
					      exp < 0 ? -exp : exp);
		} else if (exp < 0) {
			buf[o++] = '0';
			buf[o++] = '.';
			for (i = 0; i < -exp - 1; i++)
				buf[o++] = '0';
			for (i = 0; i < ndig; i++)
				buf[o++] = md[i];
		} else {
			for (i = 0; i <= exp; i++)
				buf[o++] = i < ndig ? md[i] : '0';
			buf[o++] = '.';
			if (ndig > exp + 1)
				for (i = exp + 1; i < ndig; i++)
					buf[o++] = md[i];
			else
				buf[o++] = '0';
		}
	}
	buf[o] = '\0';
	snprintf(out, cap, "%s", buf);
}

/* The JSON number text of t, or NULL when longer than PY_NUM_MAX. */
static const char *number_text(const json_doc *d, int t, char *buf)
{
	size_t n = d->tok[t].end - d->tok[t].start;

	if (n >= PY_NUM_MAX)
		return NULL;
	memcpy(buf, d->js + d->tok[t].start, n);
	buf[n] = '\0';
	return buf;
}

static int is_float_text(const char *s)
{
	return strpbrk(s, ".eEIN") != NULL;
}

static void number_str(sink *k, const json_doc *d, int t)
{
	char txt[PY_NUM_MAX], out[PY_NUM_MAX];
	const char *s = number_text(d, t, txt);
	const char *p;

	if (!s) {
		put(k, d->js + d->tok[t].start, d->tok[t].end - d->tok[t].start);
		return;
	}
	if (strcmp(s, "NaN") == 0) {
		puts_(k, "nan");
	} else if (strcmp(s, "Infinity") == 0) {
		puts_(k, "inf");
	} else if (strcmp(s, "-Infinity") == 0) {
		puts_(k, "-inf");
	} else if (is_float_text(s)) {
		py_float_repr(out, sizeof out, strtod(s, NULL));
		puts_(k, out);
	} else {
		/* an int: "-0" is 0, the digits otherwise as they are */
		p = s[0] == '-' ? s + 1 : s;
		puts_(k, strcmp(p, "0") == 0 ? "0" : s);
	}
}

static void value_str(sink *k, const json_doc *d, int t, int nested,
		      int depth)
{
	json_iter it;
	int key, val, first = 1;
	const json_tok *tk = &d->tok[t];

	switch (tk->type) {
	case JSON_STRING: {
		static char dec[1024];
		size_t n;
		char err[64];
		if (json_string_decode(d, t, dec, sizeof dec, &n, err,
				       sizeof err) != 0) {
			puts_(k, "...");
			return;
		}
		if (nested)
			str_repr(k, dec, n);
		else
			put(k, dec, n);
		return;
	}
	case JSON_NUMBER:
		number_str(k, d, t);
		return;
	case JSON_TRUE:
		puts_(k, "True");
		return;
	case JSON_FALSE:
		puts_(k, "False");
		return;
	case JSON_NULL:
		puts_(k, "None");
		return;
	default:
		break;
	}
	if (depth > 16) {
		puts_(k, "...");
		return;
	}
	puts_(k, tk->type == JSON_OBJECT ? "{" : "[");
	json_iter_init(&it, d, t);
	while (json_iter_next(&it, d, &key, &val)) {
		if (!first)
			puts_(k, ", ");
		first = 0;
		if (key >= 0) {
			value_str(k, d, key, 1, depth + 1);
			puts_(k, ": ");
		}
		value_str(k, d, val, 1, depth + 1);
	}
	puts_(k, tk->type == JSON_OBJECT ? "}" : "]");
}

void py_json_str(char *out, size_t cap, const json_doc *d, int t)
{
	sink k;

	sink_init(&k, out, cap);
	value_str(&k, d, t, 0, 0);
}

int py_json_equals_one(const json_doc *d, int t)
{
	char txt[PY_NUM_MAX];
	const char *s;

	if (d->tok[t].type == JSON_TRUE)
		return 1;
	if (d->tok[t].type != JSON_NUMBER)
		return 0;
	s = number_text(d, t, txt);
	return s && strtod(s, NULL) == 1.0;
}

/* str.isspace() for ASCII: what int() strips. */
static int py_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f' || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f;
}

int py_int_parse(const char *s, long *out)
{
	const char *p = s, *end;
	long v = 0;
	int neg = 0, digits = 0;

	while (py_space(*p))
		p++;
	end = p + strlen(p);
	while (end > p && py_space(end[-1]))
		end--;
	if (p < end && (*p == '+' || *p == '-'))
		neg = *p++ == '-';
	for (; p < end; p++) {
		if (*p == '_' && digits && p + 1 < end && p[1] >= '0' &&
		    p[1] <= '9')
			continue;
		if (*p < '0' || *p > '9')
			return -1;
		if (v < 100000000L)     /* saturate: fits a 32-bit long */
			v = v * 10 + (*p - '0');
		digits++;
	}
	if (!digits)
		return -1;
	*out = neg ? -v : v;
	return 0;
}

const char *py_json_type_name(const json_doc *d, int t)
{
	char txt[PY_NUM_MAX];
	const char *s;

	switch (d->tok[t].type) {
	case JSON_STRING: return "str";
	case JSON_TRUE:
	case JSON_FALSE: return "bool";
	case JSON_NULL: return "NoneType";
	case JSON_ARRAY: return "list";
	case JSON_OBJECT: return "dict";
	default:
		s = number_text(d, t, txt);
		return s && !is_float_text(s) ? "int" : "float";
	}
}

/* Bytes of the sequence at p that CPython's decoder accepts, or 0. */
static size_t utf8_ok(const unsigned char *p, size_t n, size_t *bad_len,
		      const char **why)
{
	unsigned c = p[0];
	size_t need, i;
	unsigned lo = 0x80, hi = 0xbf;

	*why = "invalid start byte";
	*bad_len = 1;
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		need = 2;
	else if (c >= 0xe0 && c <= 0xef)
		need = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		need = 4;
	else
		return 0;
	if (c == 0xe0)
		lo = 0xa0;
	else if (c == 0xed)
		hi = 0x9f;
	else if (c == 0xf0)
		lo = 0x90;
	else if (c == 0xf4)
		hi = 0x8f;
	for (i = 1; i < need; i++) {
		if (i >= n) {
			*why = "unexpected end of data";
			*bad_len = i;
			return 0;
		}
		if (p[i] < (i == 1 ? lo : 0x80) || p[i] > (i == 1 ? hi : 0xbf)) {
			*why = "invalid continuation byte";
			*bad_len = i;
			return 0;
		}
	}
	return need;
}

int py_utf8_error(const void *s, size_t n, char *out, size_t cap)
{
	const unsigned char *p = s;
	size_t i = 0, len, bad;
	const char *why;

	while (i < n) {
		len = utf8_ok(p + i, n - i, &bad, &why);
		if (len) {
			i += len;
			continue;
		}
		if (bad == 1)
			snprintf(out, cap, "'utf-8' codec can't decode byte "
				 "0x%02x in position %zu: %s", p[i], i, why);
		else
			snprintf(out, cap, "'utf-8' codec can't decode bytes "
				 "in position %zu-%zu: %s", i, i + bad - 1, why);
		return -1;
	}
	return 0;
}
