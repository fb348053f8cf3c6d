/*
 * xml.c - bounded XML reader: expat's well-formedness verdicts and
 * ElementTree's view of element text, without allocation.
 */
#include "xml.h"

#include <stdio.h>
#include <string.h>

#define NS_MAX 16                 /* prefixes declared at once */

/* expat's messages for the errors this reader reports. */
enum {
	E_NONE = 0,
	E_NO_ELEMENT,             /* "no element found" */
	E_SYNTAX,                 /* "syntax error" */
	E_INVALID,                /* "not well-formed (invalid token)" */
	E_UNCLOSED,               /* "unclosed token" */
	E_MISMATCH,               /* "mismatched tag" */
	E_JUNK,                   /* "junk after document element" */
	E_ENTITY,                 /* "undefined entity" */
	E_CHARREF,                /* "reference to invalid character number" */
	E_CDATA,                  /* "unclosed CDATA section" */
	E_PREFIX,                 /* "unbound prefix" */
	E_DUP_ATTR,               /* "duplicate attribute" */
	E_DEPTH,                  /* ours: nesting beyond XML_MAX_DEPTH */
	E_LIMIT                   /* ours: a name or attribute list too big */
};

static const char *const messages[] = {
	"", "no element found", "syntax error",
	"not well-formed (invalid token)", "unclosed token", "mismatched tag",
	"junk after document element", "undefined entity",
	"reference to invalid character number", "unclosed CDATA section",
	"unbound prefix", "duplicate attribute",
	"elements nested too deeply for this reader",
	"names or attributes beyond this reader's limits"
};

/* Events of the pull parser. */
enum { EV_EOF, EV_START, EV_END, EV_TEXT, EV_CDATA };

typedef struct {
	size_t off, len;          /* a view into the document */
} span;

typedef struct {
	const unsigned char *s;
	size_t len, pos;
	int depth;
	int root_seen, root_done;
	int pending_end;          /* an empty-element tag's END is due */
	span open[XML_MAX_DEPTH];
	span ns[NS_MAX];          /* declared prefixes */
	int ns_depth[NS_MAX];
	int nns;
	int err;
	size_t err_off;
	/* the current event */
	span name;                /* START/END: qualified name */
	span text;                /* TEXT/CDATA: raw bytes */
} parser;

/* ---- characters ------------------------------------------------------------ */

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/*
 * Length of the valid UTF-8 character XML allows at p (1..4), or 0.
 * Allowed: tab, LF, CR, 0x20..0x10FFFF except surrogates, U+FFFE, U+FFFF.
 */
static size_t xml_char(const unsigned char *p, size_t left)
{
	unsigned c = p[0], cp;
	size_t n, i;

	if (c < 0x80)
		return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') ? 1 : 0;
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (left < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 ||
						  cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe || cp == 0xffff)
		return 0;
	return n;
}

static int name_start(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
	       c >= 0x80;
}

static int name_char(unsigned char c)
{
	return name_start(c) || (c >= '0' && c <= '9') || c == '-' ||
	       c == '.';
}

static int fail(parser *p, int err, size_t off)
{
	if (!p->err) {
		p->err = err;
		p->err_off = off;
	}
	return -1;
}

/* ---- names and namespaces ------------------------------------------------- */

/*
 * Scan a qualified name at p->pos (Name with at most one ':' that is
 * neither first nor last).  Returns 0 with *n set, or -1.
 */
static int scan_name(parser *p, span *n)
{
	size_t i = p->pos, colon = 0;
	size_t len;

	if (i >= p->len)
		return fail(p, E_UNCLOSED, 0);
	if (!name_start(p->s[i]))
		return fail(p, E_INVALID, i);
	for (;;) {
		if (p->s[i] >= 0x80) {
			len = xml_char(p->s + i, p->len - i);
			if (!len)
				return fail(p, E_INVALID, i);
			i += len;
		} else {
			i++;
		}
		if (i >= p->len)
			return fail(p, E_UNCLOSED, 0);
		if (p->s[i] == ':' && !colon) {
			colon = i;
			i++;
			if (i >= p->len)
				return fail(p, E_UNCLOSED, 0);
			if (!name_start(p->s[i]))
				return fail(p, E_INVALID, i);
			continue;
		}
		if (!name_char(p->s[i]))
			break;
	}
	if (i - p->pos > XML_NAME_MAX)
		return fail(p, E_LIMIT, p->pos);
	n->off = p->pos;
	n->len = i - p->pos;
	p->pos = i;
	return 0;
}

/* The prefix of a qualified name (len 0 when none). */
static span prefix_of(const parser *p, span n)
{
	span r = { n.off, 0 };
	const unsigned char *c = memchr(p->s + n.off, ':', n.len);

	if (c)
		r.len = (size_t)(c - (p->s + n.off));
	return r;
}

static int span_eq(const parser *p, span a, span b)
{
	return a.len == b.len && memcmp(p->s + a.off, p->s + b.off, a.len) == 0;
}

static int span_is(const parser *p, span a, const char *lit)
{
	size_t n = strlen(lit);

	return a.len == n && memcmp(p->s + a.off, lit, n) == 0;
}

static int prefix_bound(const parser *p, span pre)
{
	int i;

	if (!pre.len || span_is(p, pre, "xml") || span_is(p, pre, "xmlns"))
		return 1;
	for (i = 0; i < p->nns; i++)
		if (span_eq(p, p->ns[i], pre))
			return 1;
	return 0;
}

/* ---- markup ------------------------------------------------------------------ */

static int at(const parser *p, size_t i, const char *lit)
{
	size_t n = strlen(lit);

	return i + n <= p->len && memcmp(p->s + i, lit, n) == 0;
}

/* Characters up to the end marker (exclusive), all valid. */
static int skip_until(parser *p, size_t start, const char *end, int unclosed)
{
	size_t n;

	while (p->pos < p->len) {
		if (at(p, p->pos, end)) {
			p->pos += strlen(end);
			return 0;
		}
		n = xml_char(p->s + p->pos, p->len - p->pos);
		if (!n)
			return fail(p, E_INVALID, p->pos);
		p->pos += n;
	}
	return fail(p, unclosed, unclosed == E_CDATA ? p->len : start);
}

static int comment(parser *p, size_t start)
{
	size_t n;

	p->pos = start + 4;
	while (p->pos < p->len) {
		if (at(p, p->pos, "--")) {
			if (p->pos + 2 >= p->len)
				break;
			if (p->s[p->pos + 2] != '>')
				return fail(p, E_INVALID, p->pos + 2);
			p->pos += 3;
			return 0;
		}
		n = xml_char(p->s + p->pos, p->len - p->pos);
		if (!n)
			return fail(p, E_INVALID, p->pos);
		p->pos += n;
	}
	return fail(p, E_UNCLOSED, start);
}

static int pi(parser *p, size_t start)
{
	span n;

	p->pos = start + 2;
	if (scan_name(p, &n) != 0) {
		if (p->err == E_UNCLOSED)
			p->err_off = start;
		return -1;
	}
	return skip_until(p, start, "?>", E_UNCLOSED);
}

/* <!DOCTYPE name ...> without an internal subset, before the root. */
static int doctype(parser *p, size_t start)
{
	p->pos = start + 9;
	while (p->pos < p->len && p->s[p->pos] != '>') {
		if (p->s[p->pos] == '[')
			return fail(p, E_LIMIT, p->pos);
		p->pos++;
	}
	if (p->pos >= p->len)
		return fail(p, E_UNCLOSED, start);
	p->pos++;
	return 0;
}

/*
 * An entity or character reference at p->pos ('&').  Writes the
 * replacement (UTF-8) to out when not NULL, its length to *n.  start:
 * where an undefined entity is reported (the '&', or the tag's '<' in an
 * attribute value).
 */
static int reference(parser *p, size_t report, unsigned char out[4],
		     size_t *n)
{
	size_t i = p->pos + 1;
	unsigned long v = 0;
	int hex = 0, digits = 0;
	span name;

	if (i >= p->len)
		return fail(p, E_UNCLOSED, p->pos);
	if (p->s[i] == '#') {
		i++;
		if (i < p->len && p->s[i] == 'x') {
			hex = 1;
			i++;
		}
		for (; i < p->len && p->s[i] != ';'; i++, digits++) {
			unsigned c = p->s[i], d;
			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
				d = (c | 0x20) - 'a' + 10;
			else
				return fail(p, E_INVALID, i);
			if (v < 0x110000)
				v = v * (hex ? 16 : 10) + d;
		}
		if (i >= p->len)
			return fail(p, E_UNCLOSED, p->pos);
		if (!digits)
			return fail(p, E_INVALID, i);
		if (v == 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff) ||
		    v == 0xfffe || v == 0xffff ||
		    (v < 0x20 && v != 9 && v != 10 && v != 13))
			return fail(p, E_CHARREF, report);
		if (v < 0x80) {
			out[0] = (unsigned char)v;
			*n = 1;
		} else if (v < 0x800) {
			out[0] = (unsigned char)(0xc0 | (v >> 6));
			out[1] = (unsigned char)(0x80 | (v & 0x3f));
			*n = 2;
		} else if (v < 0x10000) {
			out[0] = (unsigned char)(0xe0 | (v >> 12));
			out[1] = (unsigned char)(0x80 | ((v >> 6) & 0x3f));
			out[2] = (unsigned char)(0x80 | (v & 0x3f));
			*n = 3;
		} else {
			out[0] = (unsigned char)(0xf0 | (v >> 18));
			out[1] = (unsigned char)(0x80 | ((v >> 12) & 0x3f));
			out[2] = (unsigned char)(0x80 | ((v >> 6) & 0x3f));
			out[3] = (unsigned char)(0x80 | (v & 0x3f));
			*n = 4;
		}
		p->pos = i + 1;
		return 0;
	}
	p->pos = i;
	if (scan_name(p, &name) != 0) {
		if (p->err == E_UNCLOSED)
			p->err_off = i - 1;
		return -1;
	}
	if (p->s[p->pos] != ';')
		return fail(p, E_INVALID, p->pos);
	p->pos++;
	*n = 1;
	if (span_is(p, name, "amp"))
		out[0] = '&';
	else if (span_is(p, name, "lt"))
		out[0] = '<';
	else if (span_is(p, name, "gt"))
		out[0] = '>';
	else if (span_is(p, name, "quot"))
		out[0] = '"';
	else if (span_is(p, name, "apos"))
		out[0] = '\'';
	else
		return fail(p, E_ENTITY, report);
	return 0;
}

/* A quoted attribute value at p->pos; tag: offset of the tag's '<'. */
static int attr_value(parser *p, size_t tag)
{
	unsigned char q, buf[4];
	size_t n;

	if (p->pos >= p->len)
		return fail(p, E_UNCLOSED, tag);
	q = p->s[p->pos];
	if (q != '"' && q != '\'')
		return fail(p, E_INVALID, p->pos);
	p->pos++;
	while (p->pos < p->len && p->s[p->pos] != q) {
		if (p->s[p->pos] == '<')
			return fail(p, E_INVALID, p->pos);
		if (p->s[p->pos] == '&') {
			if (reference(p, tag, buf, &n) != 0)
				return -1;
			continue;
		}
		n = xml_char(p->s + p->pos, p->len - p->pos);
		if (!n)
			return fail(p, E_INVALID, p->pos);
		p->pos += n;
	}
	if (p->pos >= p->len)
		return fail(p, E_UNCLOSED, tag);
	p->pos++;
	return 0;
}

static void skip_spaces(parser *p)
{
	while (p->pos < p->len && is_space(p->s[p->pos]))
		p->pos++;
}

/* Attributes of a start tag, then '>' or "/>"; *empty set for "/>". */
static int attributes(parser *p, size_t tag, int *empty)
{
	span names[XML_MAX_ATTRS], a;
	int na = 0, i;
	size_t before;

	for (;;) {
		before = p->pos;
		skip_spaces(p);
		if (p->pos >= p->len)
			return fail(p, E_UNCLOSED, tag);
		if (p->s[p->pos] == '>') {
			p->pos++;
			*empty = 0;
			break;
		}
		if (p->s[p->pos] == '/') {
			if (p->pos + 1 >= p->len)
				return fail(p, E_UNCLOSED, tag);
			if (p->s[p->pos + 1] != '>')
				return fail(p, E_INVALID, p->pos + 1);
			p->pos += 2;
			*empty = 1;
			break;
		}
		if (p->pos == before)    /* attributes need a space before */
			return fail(p, E_INVALID, p->pos);
		if (scan_name(p, &a) != 0) {
			if (p->err == E_UNCLOSED)
				p->err_off = tag;
			return -1;
		}
		for (i = 0; i < na; i++)
			if (span_eq(p, names[i], a))
				return fail(p, E_DUP_ATTR, a.off);
		if (na == XML_MAX_ATTRS)
			return fail(p, E_LIMIT, a.off);
		names[na++] = a;
		skip_spaces(p);
		if (p->pos >= p->len)
			return fail(p, E_UNCLOSED, tag);
		if (p->s[p->pos] != '=')
			return fail(p, E_INVALID, p->pos);
		p->pos++;
		skip_spaces(p);
		if (attr_value(p, tag) != 0)
			return -1;
		if (a.len > 6 && memcmp(p->s + a.off, "xmlns:", 6) == 0) {
			if (p->nns == NS_MAX)
				return fail(p, E_LIMIT, a.off);
			p->ns[p->nns].off = a.off + 6;
			p->ns[p->nns].len = a.len - 6;
			p->ns_depth[p->nns++] = p->depth + 1;
		}
	}
	/* every prefix must be bound, declarations of this tag included */
	for (i = 0; i < na; i++)
		if (!prefix_bound(p, prefix_of(p, names[i])))
			return fail(p, E_PREFIX, tag);
	return 0;
}

static int start_tag(parser *p, size_t tag)
{
	int empty;

	p->pos = tag + 1;
	if (scan_name(p, &p->name) != 0) {
		if (p->err == E_UNCLOSED)
			p->err_off = tag;
		return -1;
	}
	if (attributes(p, tag, &empty) != 0)
		return -1;
	if (!prefix_bound(p, prefix_of(p, p->name)))
		return fail(p, E_PREFIX, tag);
	if (p->depth == XML_MAX_DEPTH)
		return fail(p, E_DEPTH, tag);
	p->open[p->depth++] = p->name;
	p->root_seen = 1;
	p->pending_end = empty;
	return EV_START;
}

static int close_element(parser *p)
{
	p->depth--;
	while (p->nns > 0 && p->ns_depth[p->nns - 1] > p->depth)
		p->nns--;
	if (p->depth == 0)
		p->root_done = 1;
	return EV_END;
}

static int end_tag(parser *p, size_t tag)
{
	span n;

	p->pos = tag + 2;
	if (scan_name(p, &n) != 0) {
		if (p->err == E_UNCLOSED)
			p->err_off = tag;
		return -1;
	}
	skip_spaces(p);
	if (p->pos >= p->len)
		return fail(p, E_UNCLOSED, tag);
	if (p->s[p->pos] != '>')
		return fail(p, E_INVALID, p->pos);
	if (!span_eq(p, n, p->open[p->depth - 1]))
		return fail(p, E_MISMATCH, tag + 2);
	p->pos++;
	p->name = n;
	return close_element(p);
}

/* ---- the pull parser ---------------------------------------------------------- */

/* Outside the document element: prolog or epilog. */
static int outside(parser *p)
{
	size_t start;

	for (;;) {
		skip_spaces(p);
		if (p->pos >= p->len)
			return p->root_done ? EV_EOF :
			       fail(p, E_NO_ELEMENT, p->len);
		start = p->pos;
		if (p->s[start] != '<') {
			if (p->root_done)
				return fail(p, E_JUNK, start);
			while (p->pos < p->len && p->s[p->pos] != '<')
				p->pos++;
			return fail(p, p->pos < p->len ? E_INVALID : E_SYNTAX,
				    p->pos < p->len ? p->pos : start);
		}
		if (at(p, start, "<!--")) {
			if (comment(p, start) != 0)
				return -1;
		} else if (at(p, start, "<?")) {
			if (pi(p, start) != 0)
				return -1;
		} else if (!p->root_seen && at(p, start, "<!DOCTYPE")) {
			if (doctype(p, start) != 0)
				return -1;
		} else if (start + 1 >= p->len) {
			return fail(p, E_UNCLOSED, start);
		} else if (p->root_done) {
			return fail(p, E_JUNK, start);
		} else {
			return start_tag(p, start);
		}
	}
}

/* Character data up to the next '<', validated; a TEXT event. */
static int text(parser *p)
{
	size_t start = p->pos, n;
	unsigned char buf[4];

	while (p->pos < p->len && p->s[p->pos] != '<') {
		if (p->s[p->pos] == '&') {
			if (reference(p, p->pos, buf, &n) != 0)
				return -1;
			continue;
		}
		if (at(p, p->pos, "]]>"))
			return fail(p, E_INVALID, p->pos + 2);
		n = xml_char(p->s + p->pos, p->len - p->pos);
		if (!n)
			return fail(p, E_INVALID, p->pos);
		p->pos += n;
	}
	p->text.off = start;
	p->text.len = p->pos - start;
	return EV_TEXT;
}

/* Next event: EV_* or -1 (p->err set). */
static int next(parser *p)
{
	size_t start;

	if (p->err)
		return -1;
	if (p->pending_end) {
		p->pending_end = 0;
		p->name = p->open[p->depth - 1];
		return close_element(p);
	}
	if (p->depth == 0)
		return outside(p);
	if (p->pos >= p->len)
		return fail(p, E_NO_ELEMENT, p->len);
	start = p->pos;
	if (p->s[start] != '<')
		return text(p);
	if (start + 1 >= p->len)
		return fail(p, E_UNCLOSED, start);
	if (p->s[start + 1] == '/')
		return end_tag(p, start);
	if (at(p, start, "<!--"))
		return comment(p, start) != 0 ? -1 : next(p);
	if (at(p, start, "<![CDATA[")) {
		p->pos = start + 9;
		if (skip_until(p, start, "]]>", E_CDATA) != 0)
			return -1;
		p->text.off = start + 9;
		p->text.len = p->pos - 3 - p->text.off;
		return EV_CDATA;
	}
	if (p->s[start + 1] == '!')
		return fail(p, E_INVALID, start + 2);
	if (p->s[start + 1] == '?')
		return pi(p, start) != 0 ? -1 : next(p);
	return start_tag(p, start);
}

static void parser_init(parser *p, const char *doc, size_t len)
{
	memset(p, 0, sizeof *p);
	p->s = (const unsigned char *)doc;
	p->len = len;
	if (at(p, 0, "\xef\xbb\xbf"))
		p->pos = 3;
}

/* expat's position: line from 1, column from 0, in code points. */
static void position(const parser *p, size_t off, unsigned long *line,
		     unsigned long *col)
{
	size_t i;

	*line = 1;
	*col = 0;
	for (i = 0; i < off && i < p->len; i++) {
		unsigned char c = p->s[i];
		if (c == '\n' || (c == '\r' && !(i + 1 < p->len &&
						p->s[i + 1] == '\n'))) {
			(*line)++;
			*col = 0;
		} else if (c != '\r' && (c & 0xc0) != 0x80) {
			(*col)++;
		}
	}
}

/* ---- public ------------------------------------------------------------------ */

int xml_check(const char *doc, size_t len, char *err, size_t errlen)
{
	parser p;
	unsigned long line, col;
	int ev;

	parser_init(&p, doc, len);
	while ((ev = next(&p)) > 0)
		;
	if (ev == EV_EOF)
		return XML_OK;
	position(&p, p.err_off, &line, &col);
	snprintf(err, errlen, "%s: line %lu, column %lu", messages[p.err],
		 line, col);
	return XML_ERR;
}

static span local_name(const parser *p, span n)
{
	span pre = prefix_of(p, n);

	if (pre.len) {
		n.off += pre.len + 1;
		n.len -= pre.len + 1;
	}
	return n;
}

int xml_root_name(const char *doc, size_t len, char *root, size_t cap)
{
	parser p;
	span n;
	int ev;

	parser_init(&p, doc, len);
	while ((ev = next(&p)) > 0 && ev != EV_START)
		;
	if (ev != EV_START)
		return XML_ERR;
	n = local_name(&p, p.name);
	if (n.len + 1 > cap)
		return XML_ESPACE;
	memcpy(root, doc + n.off, n.len);
	root[n.len] = '\0';
	return XML_OK;
}

/* Append bytes to out; -1 when they do not fit (with the NUL). */
static int put(char *out, size_t cap, size_t *o, const void *b, size_t n)
{
	if (*o + n + 1 > cap)
		return -1;
	memcpy(out + *o, b, n);
	*o += n;
	return 0;
}

/* Decode character data (line ends normalized, references replaced). */
static int decode_text(parser *p, span t, int cdata, char *out, size_t cap,
		       size_t *o)
{
	size_t i = t.off, end = t.off + t.len, n, saved = p->pos;
	int rc = 0;
	unsigned char buf[4];

	while (i < end && rc == 0) {
		unsigned char c = p->s[i];
		if (c == '\r') {
			rc = put(out, cap, o, "\n", 1);
			i += (i + 1 < end && p->s[i + 1] == '\n') ? 2 : 1;
		} else if (c == '&' && !cdata) {
			p->pos = i;
			rc = reference(p, i, buf, &n);
			if (rc == 0)
				rc = put(out, cap, o, buf, n);
			i = p->pos;
		} else {
			rc = put(out, cap, o, &c, 1);
			i++;
		}
	}
	p->pos = saved;
	return rc;
}

/*
 * Walk to the element named by path; on success p is positioned just
 * after its start tag.
 */
static int find(parser *p, const char *doc, size_t len, const char *path)
{
	const char *seg = path, *slash;
	size_t seglen;
	int ev, target_depth = 1;
	span n;

	parser_init(p, doc, len);
	while ((ev = next(p)) > 0 && ev != EV_START)
		;
	if (ev != EV_START)
		return XML_ERR;
	while (*seg) {
		slash = strchr(seg, '/');
		seglen = slash ? (size_t)(slash - seg) : strlen(seg);
		if (target_depth >= XML_MAX_DEPTH)
			return XML_ERR;
		for (;;) {
			if (p->pending_end && p->depth == target_depth)
				return XML_NOT_FOUND;   /* empty element */
			ev = next(p);
			if (ev <= 0)
				return XML_ERR;
			if (ev == EV_END && p->depth < target_depth)
				return XML_NOT_FOUND;
			if (ev != EV_START || p->depth != target_depth + 1)
				continue;
			n = local_name(p, p->name);
			if (n.len == seglen && memcmp(doc + n.off, seg,
						      seglen) == 0)
				break;
		}
		target_depth++;
		seg += seglen;
		if (*seg == '/')
			seg++;
	}
	return XML_OK;
}

int xml_child_text(const char *doc, size_t len, const char *path,
		   char *out, size_t cap, size_t *outlen)
{
	parser p;
	size_t o = 0;
	int rc, ev, depth;

	if (cap == 0)
		return XML_ESPACE;
	rc = find(&p, doc, len, path);
	if (rc != XML_OK)
		return rc;
	depth = p.depth;
	while (!p.pending_end) {
		ev = next(&p);
		if (ev <= 0)
			return XML_ERR;
		if (ev == EV_START || (ev == EV_END && p.depth < depth))
			break;
		if ((ev == EV_TEXT || ev == EV_CDATA) &&
		    decode_text(&p, p.text, ev == EV_CDATA, out, cap, &o) != 0)
			return p.err ? XML_ERR : XML_ESPACE;
	}
	out[o] = '\0';
	if (outlen)
		*outlen = o;
	return XML_OK;
}

int xml_has_child(const char *doc, size_t len, const char *path)
{
	parser p;

	return find(&p, doc, len, path);
}
