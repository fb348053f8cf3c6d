/*
 * json.c - JSON string-literal encoder and strict, non-allocating parser.
 *
 * The parser is an explicit state machine over the token array: the open
 * containers form a chain through each token's parent index, so nesting
 * costs no C stack and is bounded by the caller's depth limit alone.
 * Where the grammar leaves a choice of error position, it follows the C
 * scanner of Python's json module, so json_error_python() can reproduce
 * json.loads messages.
 */
#include "json.h"

#include <stdio.h>
#include <string.h>
#include "text.h"

/* ---- UTF-8 ----------------------------------------------------------- */

/*
 * Length (1..4) of the valid UTF-8 sequence at s[0..n), n >= 1, or 0 if
 * it is invalid or truncated (Unicode 15, table 3-7).
 */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0], lo = 0x80, hi = 0xBF;
	size_t k, i;

	if (c < 0x80)
		return 1;
	if (c < 0xC2 || c > 0xF4)
		return 0;
	if (c < 0xE0) {
		k = 2;
	} else if (c < 0xF0) {
		k = 3;
		if (c == 0xE0)
			lo = 0xA0;  /* overlong */
		else if (c == 0xED)
			hi = 0x9F;  /* surrogates */
	} else {
		k = 4;
		if (c == 0xF0)
			lo = 0x90;  /* overlong */
		else if (c == 0xF4)
			hi = 0x8F;  /* above U+10FFFF */
	}
	if (n < k || s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < k; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	return k;
}

/* Code point of the valid k-byte sequence at s. */
static uint32_t utf8_cp(const unsigned char *s, size_t k)
{
	static const unsigned char lead_mask[5] = { 0, 0x7F, 0x1F, 0x0F, 0x07 };
	uint32_t cp = s[0] & lead_mask[k];
	size_t i;

	for (i = 1; i < k; i++)
		cp = cp << 6 | (s[i] & 0x3F);
	return cp;
}

/* Write cp (a scalar value) as UTF-8 to out; returns its length. */
static size_t utf8_put(uint32_t cp, unsigned char *out)
{
	if (cp < 0x80) {
		out[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (unsigned char)(0xC0 | cp >> 6);
		out[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (unsigned char)(0xE0 | cp >> 12);
		out[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
		out[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (unsigned char)(0xF0 | cp >> 18);
	out[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
	out[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
	out[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

int utf8_validate(const char *s, size_t n, size_t *bad_offset)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k;

	while (i < n) {
		k = utf8_seq(u + i, n - i);
		if (k == 0) {
			if (bad_offset)
				*bad_offset = i;
			return JSON_EUTF8;
		}
		i += k;
	}
	return 0;
}

size_t utf8_count_chars(const char *s, size_t n)
{
	size_t i, count = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			count++;
	return count;
}

/* ---- encoder --------------------------------------------------------- */

static const char HEX[] = "0123456789abcdef";

/* The letter of the two-character escape of ASCII c, or 0 if it has none. */
static char short_escape(unsigned c)
{
	switch (c) {
	case '"':  return '"';
	case '\\': return '\\';
	case '\b': return 'b';
	case '\f': return 'f';
	case '\n': return 'n';
	case '\r': return 'r';
	case '\t': return 't';
	default:   return 0;
	}
}

/* Length of the literal form of ASCII byte c. */
static size_t ascii_len(unsigned c, int ascii)
{
	if (short_escape(c))
		return 2;
	if (c < 0x20 || (ascii && c == 0x7F))
		return 6;
	return 1;
}

/* Write \u and the four lower-case hex digits of unit u; returns 6. */
static size_t put_u(unsigned u, unsigned char *out)
{
	out[0] = '\\';
	out[1] = 'u';
	out[2] = (unsigned char)HEX[u >> 12 & 15];
	out[3] = (unsigned char)HEX[u >> 8 & 15];
	out[4] = (unsigned char)HEX[u >> 4 & 15];
	out[5] = (unsigned char)HEX[u & 15];
	return 6;
}

/* Write the literal form of ASCII byte c; returns its length (1..6). */
static size_t put_ascii(unsigned c, int ascii, unsigned char *out)
{
	char e = short_escape(c);

	if (e) {
		out[0] = '\\';
		out[1] = (unsigned char)e;
		return 2;
	}
	if (c < 0x20 || (ascii && c == 0x7F))
		return put_u(c, out);
	out[0] = (unsigned char)c;
	return 1;
}

/* Write non-ASCII cp as \uxxxx, or a surrogate pair; returns 6 or 12. */
static size_t put_cp_escape(uint32_t cp, unsigned char *out)
{
	if (cp < 0x10000)
		return put_u(cp, out);
	cp -= 0x10000;
	put_u(0xD800 | cp >> 10, out);
	return 6 + put_u(0xDC00 | (cp & 0x3FF), out + 6);
}

/* Validate s and size its literal; ascii selects the *_ascii escaping. */
static int string_len(const char *s, size_t n, int ascii, size_t *enc_len,
		      size_t *bad_offset)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, len = 2, k, add;

	while (i < n) {
		if (u[i] < 0x80) {
			k = 1;
			add = ascii_len(u[i], ascii);
		} else {
			k = utf8_seq(u + i, n - i);
			if (k == 0) {
				if (bad_offset)
					*bad_offset = i;
				return JSON_EUTF8;
			}
			add = !ascii ? k : k == 4 ? 12 : 6;
		}
		if (len > (size_t)-1 - add)
			return JSON_ETOOBIG;
		len += add;
		i += k;
	}
	if (enc_len)
		*enc_len = len;
	return 0;
}

/* Escape s into a stack buffer, handing it to sink whenever it fills. */
static int string_write(const char *s, size_t n, int ascii, json_sink sink,
			void *ctx)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char buf[JSON_CHUNK];
	size_t i = 0, used = 0, k;
	int rc = string_len(s, n, ascii, NULL, NULL);

	if (rc)
		return rc;
	buf[used++] = '"';
	while (i < n) {
		if (used > JSON_CHUNK - 12) {  /* room for the longest form */
			if (sink(ctx, buf, used))
				return JSON_ESINK;
			used = 0;
		}
		if (u[i] < 0x80) {
			used += put_ascii(u[i++], ascii, buf + used);
		} else if (!ascii) {
			buf[used++] = u[i++];
		} else {
			k = utf8_seq(u + i, n - i);
			used += put_cp_escape(utf8_cp(u + i, k), buf + used);
			i += k;
		}
	}
	if (used == JSON_CHUNK) {
		if (sink(ctx, buf, used))
			return JSON_ESINK;
		used = 0;
	}
	buf[used++] = '"';
	return sink(ctx, buf, used) ? JSON_ESINK : 0;
}

int json_string_len(const char *s, size_t n, size_t *enc_len,
		    size_t *bad_offset)
{
	return string_len(s, n, 0, enc_len, bad_offset);
}

int json_string_write(const char *s, size_t n, json_sink sink, void *ctx)
{
	return string_write(s, n, 0, sink, ctx);
}

int json_string_len_ascii(const char *s, size_t n, size_t *enc_len,
			  size_t *bad_offset)
{
	return string_len(s, n, 1, enc_len, bad_offset);
}

int json_string_write_ascii(const char *s, size_t n, json_sink sink,
			    void *ctx)
{
	return string_write(s, n, 1, sink, ctx);
}

/* ---- messages -------------------------------------------------------- */

const char *json_strerror(int code)
{
	switch (code) {
	case JSON_OK:            return "no error";
	case JSON_EVALUE:        return "expected a value";
	case JSON_EKEY:          return "expected a member name in double quotes";
	case JSON_ECOLON:        return "expected ':' after a member name";
	case JSON_ECOMMA:        return "expected ',' or a closing bracket";
	case JSON_EUNTERMINATED: return "string has no closing quote";
	case JSON_ECONTROL:      return "unescaped control character in a string";
	case JSON_EESCAPE:       return "invalid backslash escape in a string";
	case JSON_EUESCAPE:      return "\\u must be followed by four hex digits";
	case JSON_EEXTRA:        return "unexpected data after the value";
	case JSON_EBOM:          return "document starts with a byte order mark";
	case JSON_EUTF8:         return "invalid UTF-8";
	case JSON_EDEPTH:        return "arrays and objects nested too deeply";
	case JSON_ETOKENS:       return "too many values (token limit)";
	case JSON_ETOOBIG:       return "input too large";
	case JSON_ESPACE:        return "output buffer too small";
	case JSON_ESURROGATE:    return "unpaired surrogate escape in a string";
	case JSON_ETYPE:         return "value of the wrong type";
	case JSON_ESINK:         return "output aborted";
	default:                 return "unknown error";
	}
}

const char *json_type_name(int type)
{
	switch (type) {
	case JSON_OBJECT: return "object";
	case JSON_ARRAY:  return "array";
	case JSON_STRING: return "string";
	case JSON_NUMBER: return "number";
	case JSON_TRUE:   return "true";
	case JSON_FALSE:  return "false";
	case JSON_NULL:   return "null";
	default:          return "none";
	}
}

/* Write the plain message for the parse error recorded in d. */
static void format_plain(const json_doc *d, char *out, size_t outlen)
{
	const char *what = json_strerror(d->error);
	size_t off = d->err_off;

	if (!out || outlen == 0)
		return;
	switch (d->error) {
	case JSON_ECOMMA:
		if (d->err_ctx == JSON_OBJECT)
			what = "expected ',' or '}' after an object member";
		else
			what = "expected ',' or ']' after an array element";
		break;
	case JSON_EDEPTH:
		snprintf(out, outlen, "invalid JSON at byte %zu: arrays and "
			 "objects nested more than %d deep", off, d->max_depth);
		return;
	case JSON_ETOKENS:
		snprintf(out, outlen, "JSON at byte %zu: more than %d values "
			 "(token limit)", off, d->cap);
		return;
	case JSON_ETOOBIG:
		snprintf(out, outlen, "JSON document of %zu bytes is larger "
			 "than the limit of %u", d->len, JSON_MAX_INPUT);
		return;
	}
	snprintf(out, outlen, "invalid JSON at byte %zu: %s", off, what);
}

/* json.loads wording of a document error, NULL for the others. */
static const char *python_message(int code)
{
	switch (code) {
	case JSON_EVALUE:        return "Expecting value";
	case JSON_EKEY:
		return "Expecting property name enclosed in double quotes";
	case JSON_ECOLON:        return "Expecting ':' delimiter";
	case JSON_ECOMMA:        return "Expecting ',' delimiter";
	case JSON_EUNTERMINATED: return "Unterminated string starting at";
	case JSON_ECONTROL:      return "Invalid control character at";
	case JSON_EESCAPE:       return "Invalid \\escape";
	/* written in two pieces so the source never has three X in a row */
	case JSON_EUESCAPE:      return "Invalid \\uXX" "XX escape";
	case JSON_EEXTRA:        return "Extra data";
	case JSON_EBOM:
		return "Unexpected UTF-8 BOM (decode using utf-8-sig)";
	default:                 return NULL;
	}
}

void json_error_python(const json_doc *d, char *out, size_t outlen)
{
	const char *msg = python_message(d->error);
	size_t off = d->err_off, i, line = 1, pos, col;
	size_t last_nl = 0;
	int have_nl = 0;

	if (!out || outlen == 0)
		return;
	if (!msg) {
		if (d->error)
			format_plain(d, out, outlen);
		else
			out[0] = '\0';
		return;
	}
	if (off > d->len)
		off = d->len;
	for (i = 0; i < off; i++) {
		if (d->js[i] == '\n') {
			line++;
			last_nl = i;
			have_nl = 1;
		}
	}
	pos = utf8_count_chars(d->js, off);
	col = have_nl ? pos - utf8_count_chars(d->js, last_nl) : pos + 1;
	snprintf(out, outlen, "%s: line %zu column %zu (char %zu)", msg, line,
		 col, pos);
}

/* ---- parser ---------------------------------------------------------- */

enum {
	ST_VALUE,        /* a value must follow */
	ST_FIRST_VALUE,  /* after '[': a value or ']' */
	ST_KEY,          /* after ',' in an object: a member name */
	ST_FIRST_KEY,    /* after '{': a member name or '}' */
	ST_COLON,        /* after a member name */
	ST_COMMA,        /* after a value inside a container */
	ST_END           /* after the top-level value */
};

typedef struct {
	json_doc *d;
	const unsigned char *s;
	size_t len;
	size_t pos;      /* next byte to read */
	int cur;         /* innermost open container, -1 at top level */
	int depth;       /* number of open containers */
	int state;       /* ST_* */
} parser;

static int is_digit(unsigned c)
{
	return c >= '0' && c <= '9';
}

/* Record error code at byte off; returns code. */
static int fail(parser *p, int code, size_t off)
{
	p->d->error = code;
	p->d->err_off = off;
	p->d->err_ctx = p->cur >= 0 ? p->d->tok[p->cur].type : JSON_NONE;
	return code;
}

static void skip_ws(parser *p)
{
	while (p->pos < p->len) {
		unsigned c = p->s[p->pos];
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
		p->pos++;
	}
}

/* Append a token of the given type spanning [start, end); -1 when full. */
static int new_tok(parser *p, int type, size_t start, size_t end)
{
	json_doc *d = p->d;
	json_tok *t;

	if (d->count >= d->cap) {
		fail(p, JSON_ETOKENS, start);
		return -1;
	}
	t = &d->tok[d->count];
	t->start = (uint32_t)start;
	t->end = (uint32_t)end;
	t->parent = p->cur;
	t->next = d->count + 1;
	t->size = 0;
	t->type = (unsigned char)type;
	t->esc = 0;
	return d->count++;
}

/* A new value went into the current container: count it if an array. */
static void count_element(parser *p)
{
	if (p->cur >= 0 && p->d->tok[p->cur].type == JSON_ARRAY)
		p->d->tok[p->cur].size++;
}

/* Check the escape whose backslash is at *i and step past it. */
static int scan_escape(parser *p, size_t *i)
{
	size_t b = *i, j;
	unsigned c;

	if (b + 1 >= p->len)
		return fail(p, JSON_EUNTERMINATED, p->pos);
	c = p->s[b + 1];
	if (c != 'u') {
		if (c == 0 || !memchr("\"\\/bfnrt", (int)c, 8))
			return fail(p, JSON_EESCAPE, b);
		*i = b + 2;
		return 0;
	}
	/* As in json.loads, a character must follow the four hex digits. */
	if (b + 6 >= p->len)
		return fail(p, JSON_EUESCAPE, b + 1);
	for (j = b + 2; j < b + 6; j++)
		if (hex_digit(p->s[j]) < 0)
			return fail(p, JSON_EUESCAPE, b + 1);
	*i = b + 6;
	return 0;
}

/* Scan the string opening at p->pos; set *end past its closing quote. */
static int scan_string(parser *p, size_t *end, int *esc)
{
	size_t i = p->pos + 1, k;
	unsigned c;
	int rc;

	*esc = 0;
	for (;;) {
		if (i >= p->len)
			return fail(p, JSON_EUNTERMINATED, p->pos);
		c = p->s[i];
		if (c == '"') {
			*end = i + 1;
			return 0;
		}
		if (c == '\\') {
			rc = scan_escape(p, &i);
			if (rc)
				return rc;
			*esc = 1;
		} else if (c < 0x20) {
			return fail(p, JSON_ECONTROL, i);
		} else if (c < 0x80) {
			i++;
		} else {
			k = utf8_seq(p->s + i, p->len - i);
			if (k == 0)
				return fail(p, JSON_EUTF8, i);
			i += k;
		}
	}
}

static size_t skip_digits(const unsigned char *s, size_t len, size_t i)
{
	while (i < len && is_digit(s[i]))
		i++;
	return i;
}

/*
 * End of the longest RFC 8259 number starting at s[i], or i if there is
 * none (json.loads reads the same prefix and leaves the rest).
 */
static size_t scan_number(const unsigned char *s, size_t len, size_t i)
{
	size_t start = i, j;

	if (i < len && s[i] == '-')
		i++;
	if (i < len && s[i] == '0')
		i++;
	else if (i < len && s[i] >= '1' && s[i] <= '9')
		i = skip_digits(s, len, i + 1);
	else
		return start;
	if (i + 1 < len && s[i] == '.' && is_digit(s[i + 1]))
		i = skip_digits(s, len, i + 2);
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		j = i + 1;
		if (j < len && (s[j] == '+' || s[j] == '-'))
			j++;
		if (j < len && is_digit(s[j]))
			i = skip_digits(s, len, j + 1);
	}
	return i;
}

/* Length of the literal at p->pos, its type in *type; 0 if none. */
static size_t scan_literal(const parser *p, int *type)
{
	static const struct {
		const char *text;
		unsigned char len, type, pyconst;
	} lit[] = {
		{ "true", 4, JSON_TRUE, 0 },
		{ "false", 5, JSON_FALSE, 0 },
		{ "null", 4, JSON_NULL, 0 },
		{ "NaN", 3, JSON_NUMBER, 1 },
		{ "Infinity", 8, JSON_NUMBER, 1 },
		{ "-Infinity", 9, JSON_NUMBER, 1 },
	};
	size_t i, left = p->len - p->pos;

	for (i = 0; i < sizeof lit / sizeof lit[0]; i++) {
		if (lit[i].pyconst && !(p->d->flags & JSON_PYCONST))
			continue;
		if (left >= lit[i].len
		    && memcmp(p->s + p->pos, lit[i].text, lit[i].len) == 0) {
			*type = lit[i].type;
			return lit[i].len;
		}
	}
	return 0;
}

static void after_value(parser *p)
{
	p->state = p->cur < 0 ? ST_END : ST_COMMA;
}

static int open_container(parser *p, int type)
{
	int t;

	if (p->depth >= p->d->max_depth)
		return fail(p, JSON_EDEPTH, p->pos);
	t = new_tok(p, type, p->pos, p->pos + 1);
	if (t < 0)
		return JSON_ETOKENS;
	count_element(p);
	p->cur = t;
	p->depth++;
	p->pos++;
	p->state = type == JSON_OBJECT ? ST_FIRST_KEY : ST_FIRST_VALUE;
	return 0;
}

/* The byte at p->pos closes the current container. */
static void close_container(parser *p)
{
	json_tok *t = &p->d->tok[p->cur];

	p->pos++;
	t->end = (uint32_t)p->pos;
	t->next = p->d->count;
	p->cur = t->parent;
	p->depth--;
	after_value(p);
}

static int parse_value(parser *p)
{
	size_t start = p->pos, end, n;
	int type = JSON_STRING, esc = 0, t, rc;
	unsigned c;

	if (start >= p->len)
		return fail(p, JSON_EVALUE, start);
	c = p->s[start];
	if (c == '{')
		return open_container(p, JSON_OBJECT);
	if (c == '[')
		return open_container(p, JSON_ARRAY);
	if (c == '"') {
		rc = scan_string(p, &end, &esc);
		if (rc)
			return rc;
	} else if ((n = scan_literal(p, &type)) != 0) {
		end = start + n;
	} else {
		type = JSON_NUMBER;
		end = scan_number(p->s, p->len, start);
		if (end == start)
			return fail(p, JSON_EVALUE, start);
	}
	t = new_tok(p, type, start, end);
	if (t < 0)
		return JSON_ETOKENS;
	p->d->tok[t].esc = (unsigned char)esc;
	count_element(p);
	p->pos = end;
	after_value(p);
	return 0;
}

static int parse_key(parser *p)
{
	size_t end;
	int esc, t, rc;

	if (p->pos >= p->len || p->s[p->pos] != '"')
		return fail(p, JSON_EKEY, p->pos);
	rc = scan_string(p, &end, &esc);
	if (rc)
		return rc;
	t = new_tok(p, JSON_STRING, p->pos, end);
	if (t < 0)
		return JSON_ETOKENS;
	p->d->tok[t].esc = (unsigned char)esc;
	p->d->tok[p->cur].size++;
	p->pos = end;
	p->state = ST_COLON;
	return 0;
}

/* After a value inside a container: ',' or the matching closing bracket. */
static int parse_separator(parser *p, unsigned c)
{
	int obj = p->d->tok[p->cur].type == JSON_OBJECT;

	if (c == ',') {
		p->pos++;
		p->state = obj ? ST_KEY : ST_VALUE;
		return 0;
	}
	if (c == (obj ? '}' : ']')) {
		close_container(p);
		return 0;
	}
	return fail(p, JSON_ECOMMA, p->pos);
}

/* One step of the state machine at p->pos (whitespace already skipped). */
static int step(parser *p)
{
	unsigned c = p->pos < p->len ? p->s[p->pos] : 0;

	switch (p->state) {
	case ST_FIRST_VALUE:
		if (c == ']') {
			close_container(p);
			return 0;
		}
		return parse_value(p);
	case ST_VALUE:
		return parse_value(p);
	case ST_FIRST_KEY:
		if (c == '}') {
			close_container(p);
			return 0;
		}
		return parse_key(p);
	case ST_KEY:
		return parse_key(p);
	case ST_COLON:
		if (c != ':' || p->pos >= p->len)
			return fail(p, JSON_ECOLON, p->pos);
		p->pos++;
		p->state = ST_VALUE;
		return 0;
	case ST_COMMA:
		return parse_separator(p, c);
	default:
		if (p->pos < p->len)
			return fail(p, JSON_EEXTRA, p->pos);
		return 0;
	}
}

void json_init(json_doc *d, json_tok *tok, int cap, int max_depth,
	       unsigned flags)
{
	memset(d, 0, sizeof *d);
	d->tok = tok;
	d->cap = tok && cap > 0 ? cap : 0;
	d->max_depth = max_depth > 0 ? max_depth : 0;
	d->flags = flags;
	d->js = "";
}

int json_parse(json_doc *d, const char *js, size_t len, char *err,
	       size_t errlen)
{
	parser p;
	int rc = 0;

	d->js = js;
	d->len = len;
	d->count = 0;
	d->error = 0;
	d->err_off = 0;
	d->err_ctx = JSON_NONE;
	if (err && errlen)
		err[0] = '\0';
	memset(&p, 0, sizeof p);
	p.d = d;
	p.s = (const unsigned char *)js;
	p.len = len;
	p.cur = -1;
	p.state = ST_VALUE;
	if (len > JSON_MAX_INPUT)
		rc = fail(&p, JSON_ETOOBIG, 0);
	else if (len >= 3 && memcmp(js, "\xEF\xBB\xBF", 3) == 0)
		rc = fail(&p, JSON_EBOM, 0);
	while (rc == 0) {
		skip_ws(&p);
		rc = step(&p);
		if (p.state == ST_END && p.pos >= len)
			break;
	}
	if (rc) {
		d->count = 0;
		format_plain(d, err, errlen);
	}
	return rc;
}

/* ---- access ---------------------------------------------------------- */

/* Token t if it is a string of d, else NULL. */
static const json_tok *string_tok(const json_doc *d, int t)
{
	if (t < 0 || t >= d->count || d->tok[t].type != JSON_STRING)
		return NULL;
	return &d->tok[t];
}

static uint32_t hex4(const unsigned char *s)
{
	return (uint32_t)(hex_digit(s[0]) << 12 | hex_digit(s[1]) << 8
			  | hex_digit(s[2]) << 4 | hex_digit(s[3]));
}

/*
 * Decode the character at s[*i] of a parsed string body that ends at
 * s[end] (the closing quote) into out, stepping *i past it.  Returns its
 * UTF-8 length, or 0 for an unpaired surrogate escape.
 */
static size_t next_char(const unsigned char *s, size_t *i, size_t end,
			unsigned char out[4])
{
	size_t k, at = *i;
	uint32_t cp, lo;

	if (s[at] != '\\') {
		k = utf8_seq(s + at, end - at);
		if (k == 0)
			return 0;
		memcpy(out, s + at, k);
		*i = at + k;
		return k;
	}
	if (s[at + 1] != 'u') {
		switch (s[at + 1]) {
		case 'b': out[0] = '\b'; break;
		case 'f': out[0] = '\f'; break;
		case 'n': out[0] = '\n'; break;
		case 'r': out[0] = '\r'; break;
		case 't': out[0] = '\t'; break;
		default:  out[0] = s[at + 1]; break;  /* " \ / */
		}
		*i = at + 2;
		return 1;
	}
	cp = hex4(s + at + 2);
	at += 6;
	if (cp >= 0xD800 && cp <= 0xDBFF && at + 6 <= end && s[at] == '\\'
	    && s[at + 1] == 'u') {
		lo = hex4(s + at + 2);
		if (lo >= 0xDC00 && lo <= 0xDFFF) {
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			at += 6;
		}
	}
	*i = at;
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return 0;
	return utf8_put(cp, out);
}

int json_string_eq(const json_doc *d, int t, const char *s, size_t n)
{
	const json_tok *tk = string_tok(d, t);
	const unsigned char *js = (const unsigned char *)d->js;
	unsigned char u[4];
	size_t i, end, k, m = 0;

	if (!tk)
		return 0;
	i = tk->start + 1;
	end = tk->end - 1;
	if (!tk->esc)
		return end - i == n && memcmp(js + i, s, n) == 0;
	while (i < end) {
		k = next_char(js, &i, end, u);
		if (k == 0 || k > n - m || memcmp(s + m, u, k) != 0)
			return 0;
		m += k;
	}
	return m == n;
}

int json_string_decode(const json_doc *d, int t, char *buf, size_t cap,
		       size_t *outlen, char *err, size_t errlen)
{
	const json_tok *tk = string_tok(d, t);
	const unsigned char *js = (const unsigned char *)d->js;
	unsigned char u[4];
	size_t i, end, k, at, n = 0;

	if (!tk) {
		if (err && errlen)
			snprintf(err, errlen, "JSON token %d is not a string", t);
		return JSON_ETYPE;
	}
	i = tk->start + 1;
	end = tk->end - 1;
	while (i < end) {
		at = i;
		k = next_char(js, &i, end, u);
		if (k == 0) {
			if (err && errlen)
				snprintf(err, errlen, "JSON string at byte %zu "
					 "has an unpaired surrogate escape at "
					 "byte %zu", (size_t)tk->start, at);
			return JSON_ESURROGATE;
		}
		if (!buf || cap < 1 || k > cap - 1 - n) {
			if (err && errlen)
				snprintf(err, errlen, "JSON string at byte %zu "
					 "is longer than %zu bytes",
					 (size_t)tk->start, cap ? cap - 1 : 0);
			return JSON_ESPACE;
		}
		memcpy(buf + n, u, k);
		n += k;
	}
	if (!buf || cap < 1) {
		if (err && errlen)
			snprintf(err, errlen, "no room to decode the JSON "
				 "string at byte %zu", (size_t)tk->start);
		return JSON_ESPACE;
	}
	buf[n] = '\0';
	if (outlen)
		*outlen = n;
	return 0;
}

void json_iter_init(json_iter *it, const json_doc *d, int t)
{
	it->cur = -1;
	it->left = 0;
	it->object = 0;
	if (t < 0 || t >= d->count)
		return;
	if (d->tok[t].type != JSON_OBJECT && d->tok[t].type != JSON_ARRAY)
		return;
	it->cur = t + 1;
	it->left = d->tok[t].size;
	it->object = d->tok[t].type == JSON_OBJECT;
}

int json_iter_next(json_iter *it, const json_doc *d, int *key, int *val)
{
	int v;

	if (it->left <= 0 || it->cur < 0 || it->cur + it->object >= d->count)
		return 0;
	v = it->cur + it->object;
	if (key)
		*key = it->object ? it->cur : -1;
	if (val)
		*val = v;
	it->cur = d->tok[v].next;
	it->left--;
	return 1;
}

int json_object_get(const json_doc *d, int obj, const char *key,
		    size_t klen)
{
	json_iter it;
	int k, v, found = -1;

	json_iter_init(&it, d, obj);
	if (!it.object)
		return -1;
	while (json_iter_next(&it, d, &k, &v))
		if (json_string_eq(d, k, key, klen))
			found = v;
	return found;
}
