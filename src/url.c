/*
 * url.c - endpoint URLs the way AWS CLI v1 handles them.  See url.h.
 *
 * Python's urllib.parse.urlsplit and ipaddress, botocore's
 * is_valid_endpoint_url / is_valid_ipv6_endpoint_url / _host_from_url and
 * urllib3's parse_url / _encode_target are ported as small functions over
 * byte spans of the URL; nothing is copied except into the result.
 */
#include "url.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "msg.h"

/* A byte range [off, off + len) of a URL; set says whether it exists. */
struct span {
	size_t off;
	size_t len;
	int set;
};

/* urlsplit() of one URL, over a cleaned copy of it. */
struct split {
	char s[URL_MAX + 1];
	size_t n;
	struct span scheme, netloc, path, query, fragment;
};

/* _hostinfo of a netloc: host name and port text, both optional. */
struct hostinfo {
	struct span host;
	struct span port;
};

/* urllib3's character classes (RFC 3986). */
static const char unreserved[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-~";
static const char path_chars[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-~"
	"!$&'()*+,;=:@/";
static const char query_chars[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-~"
	"!$&'()*+,;=:@/?";

static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_hex(int c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static int toupper_hex(int c)
{
	return (c >= 'a' && c <= 'f') ? c - ('a' - 'A') : c;
}

/* First index of c in s[from..to), or to. */
static size_t find(const char *s, size_t from, size_t to, char c)
{
	while (from < to && s[from] != c)
		from++;
	return from;
}

/* Last index of c in s[from..to), or to. */
static size_t rfind(const char *s, size_t from, size_t to, char c)
{
	size_t i;

	for (i = to; i > from; i--)
		if (s[i - 1] == c)
			return i - 1;
	return to;
}

/* ---- Python repr() of a str given as (possibly invalid) UTF-8 ------------ */

/* Decode one UTF-8 character: its length, or 0 when the byte is invalid. */
static size_t utf8_char(const unsigned char *p, size_t n, unsigned long *cp)
{
	size_t need, k;
	unsigned long min;

	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (p[0] >= 0xc2 && p[0] <= 0xdf) {
		need = 1;
		*cp = p[0] & 0x1f;
		min = 0x80;
	} else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		need = 2;
		*cp = p[0] & 0x0f;
		min = 0x800;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		need = 3;
		*cp = p[0] & 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	if (n <= need)
		return 0;
	for (k = 1; k <= need; k++) {
		if ((p[k] & 0xc0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (p[k] & 0x3f);
	}
	if (*cp < min || *cp > 0x10ffff || (*cp >= 0xd800 && *cp <= 0xdfff))
		return 0;
	return need + 1;
}

/* str.isprintable() for one code point (common non-printables only). */
static int py_printable(unsigned long c)
{
	if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0xad)
		return 0;
	if (c == 0x1680 || (c >= 0x2000 && c <= 0x200f) ||
	    (c >= 0x2028 && c <= 0x202f) || (c >= 0x205f && c <= 0x206f) ||
	    c == 0x3000 || c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb) ||
	    (c >= 0xd800 && c <= 0xf8ff) || c >= 0xf0000)
		return 0;
	return 1;
}

/* Python repr() of s[0..n) into out (truncated to fit). */
static void py_repr(const char *s, size_t n, char *out, size_t outlen)
{
	const unsigned char *p = (const unsigned char *)s;
	char quote = (memchr(s, '\'', n) && !memchr(s, '"', n)) ? '"' : '\'';
	size_t i = 0, o, k;
	unsigned long cp;
	char tmp[24];

	if (outlen < 2) {
		if (outlen)
			out[0] = 0;
		return;
	}
	out[0] = quote;
	out[1] = 0;
	o = 1;
	while (i < n && o < outlen) {
		k = utf8_char(p + i, n - i, &cp);
		if (k == 0) {
			cp = 0xdc00 + p[i];
			k = 1;
		}
		if (cp == (unsigned char)quote || cp == '\\')
			snprintf(tmp, sizeof tmp, "\\%c", (int)cp);
		else if (cp == '\t' || cp == '\n' || cp == '\r')
			snprintf(tmp, sizeof tmp, "\\%c",
				 cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r');
		else if (py_printable(cp))
			snprintf(tmp, sizeof tmp, "%.*s", (int)k, s + i);
		else if (cp < 0x100)
			snprintf(tmp, sizeof tmp, "\\x%02lx", cp);
		else if (cp < 0x10000)
			snprintf(tmp, sizeof tmp, "\\u%04lx", cp);
		else
			snprintf(tmp, sizeof tmp, "\\U%08lx", cp);
		o += (size_t)snprintf(out + o, outlen - o, "%s", tmp);
		i += k;
	}
	if (o < outlen)
		snprintf(out + o, outlen - o, "%c", quote);
}

/* ---- ipaddress and RFC 3986 address forms -------------------------------- */

/* ipaddress.IPv4Address: four decimal octets, no leading zeros, <= 255. */
static int py_ipv4(const char *s, size_t n)
{
	size_t i = 0, parts = 0, start, len;
	unsigned v;

	for (;;) {
		start = i;
		while (i < n && s[i] != '.')
			i++;
		len = i - start;
		if (len == 0 || len > 3 || (len > 1 && s[start] == '0'))
			return 0;
		for (v = 0; start < i; start++) {
			if (!is_digit(s[start]))
				return 0;
			v = v * 10 + (unsigned)(s[start] - '0');
		}
		if (v > 255 || ++parts > 4)
			return 0;
		if (i == n)
			return parts == 4;
		i++;
	}
}

/* ipaddress.IPv6Address (with an optional %scope). */
static int py_ipv6(const char *s, size_t n)
{
	size_t off[10], len[10], np = 0, i, start, hi, lo, skip = 0;
	int have_skip = 0, v4 = 0;
	const char *pct = memchr(s, '%', n);

	if (pct) {
		size_t sl = n - (size_t)(pct - s) - 1;
		if (sl == 0 || memchr(pct + 1, '%', sl))
			return 0;
		n = (size_t)(pct - s);
	}
	if (n == 0)
		return 0;
	for (i = 0, start = 0; i <= n; i++) {
		if (i == n || s[i] == ':') {
			if (np == 9)
				return 0;
			off[np] = start;
			len[np++] = i - start;
			start = i + 1;
		}
	}
	if (np < 3)
		return 0;
	if (memchr(s + off[np - 1], '.', len[np - 1])) {
		if (!py_ipv4(s + off[np - 1], len[np - 1]) || np == 9)
			return 0;
		v4 = 1;                 /* it stands for two valid hextets */
		len[np - 1] = 1;
		off[np] = 0;
		len[np++] = 1;
	}
	for (i = 1; i + 1 < np; i++) {
		if (len[i] == 0) {
			if (have_skip)
				return 0;
			have_skip = 1;
			skip = i;
		}
	}
	if (have_skip) {
		hi = skip;
		lo = np - skip - 1;
		if (len[0] == 0 && --hi)
			return 0;
		if (!v4 && len[np - 1] == 0 && --lo)
			return 0;
		if (hi + lo >= 8)
			return 0;
	} else {
		if (np != 8 || len[0] == 0 || (!v4 && len[np - 1] == 0))
			return 0;
		hi = np;
		lo = 0;
	}
	for (i = 0; i < np; i++) {
		size_t j;
		if (i >= hi && i < np - lo)
			continue;
		if (v4 && i >= np - 2)
			continue;
		if (len[i] == 0 || len[i] > 4)
			return 0;
		for (j = 0; j < len[i]; j++)
			if (!is_hex(s[off[i] + j]))
				return 0;
	}
	return 1;
}

/* RFC 3986 dotted quad as botocore/urllib3 match it (no range check). */
static int rfc_ipv4(const char *s, size_t n)
{
	size_t i = 0, parts = 0, d;

	for (;;) {
		for (d = 0; i < n && is_digit(s[i]); i++)
			d++;
		if (d == 0 || d > 3)
			return 0;
		parts++;
		if (i == n)
			return parts == 4;
		if (s[i] != '.' || parts == 4)
			return 0;
		i++;
	}
}

/*
 * Units of a ':'-separated list of h16 (1 each), the last one possibly a
 * dotted quad (2 units); -1 when malformed.  An empty list has 0 units.
 */
static int h16_units(const char *s, size_t n, int allow_v4)
{
	size_t i = 0, start;
	int units = 0;

	if (n == 0)
		return 0;
	for (;;) {
		start = i;
		while (i < n && s[i] != ':')
			i++;
		if (i == n && allow_v4 && rfc_ipv4(s + start, i - start))
			return units + 2;
		if (i == start || i - start > 4)
			return -1;
		for (; start < i; start++)
			if (!is_hex(s[start]))
				return -1;
		units++;
		if (i == n)
			return units;
		i++;
	}
}

/* botocore's IPV6_ADDRZ_RE without the brackets: RFC 3986 + RFC 6874. */
static int rfc_ipv6z(const char *s, size_t n)
{
	const char *pct = memchr(s, '%', n);
	size_t i, dc;
	int l, r;

	if (pct) {
		size_t z = (size_t)(pct - s) + 1;
		if (z == n)
			return 0;
		for (i = z; i < n; i++) {
			if (s[i] == '%') {
				if (i + 2 >= n || !is_hex(s[i + 1]) ||
				    !is_hex(s[i + 2]))
					return 0;
				i += 2;
			} else if (!strchr(unreserved, s[i]) || s[i] == 0) {
				return 0;
			}
		}
		n = (size_t)(pct - s);
	}
	for (dc = 0; dc + 1 < n && !(s[dc] == ':' && s[dc + 1] == ':'); dc++)
		;
	if (dc + 1 >= n)
		return h16_units(s, n, 1) == 8;
	l = h16_units(s, dc, 0);
	r = h16_units(s + dc + 2, n - dc - 2, 1);
	return l >= 0 && r >= 0 && l + r <= 7;
}

/* botocore's host name regex (labels of [A-Za-z0-9-], no edge '-'). */
static int valid_hostname(const char *s, size_t n)
{
	size_t i = 0, start;

	if (n == 0 || n > 255)
		return 0;
	if (s[n - 1] == '.')
		n--;
	for (;;) {
		start = i;
		while (i < n && s[i] != '.') {
			if (!is_alpha(s[i]) && !is_digit(s[i]) && s[i] != '-')
				return 0;
			i++;
		}
		if (i == start || i - start > 63 || s[start] == '-' ||
		    s[i - 1] == '-')
			return 0;
		if (i == n)
			return 1;
		i++;
	}
}

/* ---- urllib.parse.urlsplit ------------------------------------------------ */

static const char *const nfkc_bad[] = {
	/* characters whose NFKC form holds one of / ? # @ : */
	"\xe2\x81\x87", "\xe2\x81\x88", "\xe2\x81\x89", "\xe2\x84\x80",
	"\xe2\x84\x81", "\xe2\x84\x85", "\xe2\x84\x86", "\xe2\xa9\xb4",
	"\xef\xb8\x93", "\xef\xb8\x96", "\xef\xb9\x95", "\xef\xb9\x96",
	"\xef\xb9\x9f", "\xef\xb9\xab", "\xef\xbc\x83", "\xef\xbc\x8f",
	"\xef\xbc\x9a", "\xef\xbc\x9f", "\xef\xbc\xa0",
};

/* urlsplit's _check_bracketed_host: 0, or a ValueError message in err. */
static int check_bracketed(const char *h, size_t n, char *err, size_t errlen)
{
	char r[URL_MAX];
	size_t i;

	if (n > 0 && h[0] == 'v') {
		for (i = 1; i < n && is_hex(h[i]); i++)
			;
		if (i == 1 || i + 1 >= n || h[i] != '.')
			return msg_set(err, errlen, -1,
				       "IPvFuture address is invalid");
		return 0;
	}
	if (py_ipv4(h, n))
		return msg_set(err, errlen, -1,
			       "An IPv4 address cannot be in brackets");
	if (py_ipv6(h, n))
		return 0;
	py_repr(h, n, r, sizeof r);
	return msg_set(err, errlen, -1,
		       "%s does not appear to be an IPv4 or IPv6 address", r);
}

/*
 * urlsplit(in) into sp: 0, -1 with urlsplit's ValueError message, or -2
 * when the URL is longer than URL_MAX.
 */
static int url_split(const char *in, struct split *sp, char *err,
		     size_t errlen)
{
	char *s = sp->s;
	size_t i = 0, n = 0, rest = 0, end, k;
	const char *nl, *open, *close;

	while (in[i] && (unsigned char)in[i] <= 0x20)
		i++;
	for (; in[i]; i++) {
		if (in[i] == '\t' || in[i] == '\r' || in[i] == '\n')
			continue;
		if (n == URL_MAX)
			return -2;
		s[n++] = in[i];
	}
	s[n] = 0;
	sp->n = n;
	memset(&sp->scheme, 0, sizeof sp->scheme);
	sp->netloc = sp->path = sp->query = sp->fragment = sp->scheme;
	k = find(s, 0, n, ':');
	if (k < n && k > 0 && is_alpha(s[0])) {
		for (i = 0; i < k; i++)
			if (!is_alpha(s[i]) && !is_digit(s[i]) &&
			    !strchr("+-.", s[i]))
				break;
		if (i == k) {
			for (i = 0; i < k; i++)
				s[i] = (char)lower(s[i]);
			sp->scheme.len = k;
			rest = k + 1;
		}
	}
	if (n - rest >= 2 && s[rest] == '/' && s[rest + 1] == '/') {
		end = rest + 2;
		while (end < n && s[end] != '/' && s[end] != '?' &&
		       s[end] != '#')
			end++;
		sp->netloc.off = rest + 2;
		sp->netloc.len = end - (rest + 2);
		rest = end;
		nl = s + sp->netloc.off;
		open = memchr(nl, '[', sp->netloc.len);
		close = memchr(nl, ']', sp->netloc.len);
		if (!open != !close)
			return msg_set(err, errlen, -1, "Invalid IPv6 URL");
		if (open) {
			size_t b = (size_t)(open - s) + 1;
			size_t e = find(s, b, sp->netloc.off + sp->netloc.len,
					']');
			if (check_bracketed(s + b, e - b, err, errlen) < 0)
				return -1;
		}
	}
	end = find(s, rest, n, '#');
	if (end < n) {
		sp->fragment.off = end + 1;
		sp->fragment.len = n - end - 1;
	}
	k = find(s, rest, end, '?');
	if (k < end) {
		sp->query.off = k + 1;
		sp->query.len = end - k - 1;
	}
	sp->path.off = rest;
	sp->path.len = k - rest;
	for (i = 0; i < sizeof nfkc_bad / sizeof nfkc_bad[0]; i++) {
		for (k = 0; k + 3 <= sp->netloc.len; k++) {
			if (memcmp(s + sp->netloc.off + k, nfkc_bad[i], 3) == 0)
				return msg_set(err, errlen, -1, "netloc '%.*s' "
					"contains invalid characters under "
					"NFKC normalization",
					(int)sp->netloc.len,
					s + sp->netloc.off);
		}
	}
	return 0;
}

/* SplitResult._hostinfo. */
static void host_info(const struct split *sp, struct hostinfo *hi)
{
	const char *s = sp->s;
	size_t from = sp->netloc.off, to = from + sp->netloc.len, at, open, c;

	memset(hi, 0, sizeof *hi);
	at = rfind(s, from, to, '@');
	if (at < to)
		from = at + 1;
	open = find(s, from, to, '[');
	if (open < to) {
		c = find(s, open + 1, to, ']');
		hi->host.off = open + 1;
		hi->host.len = c - (open + 1);
		from = c < to ? find(s, c, to, ':') : to;
	} else {
		c = find(s, from, to, ':');
		hi->host.off = from;
		hi->host.len = c - from;
		from = c;
	}
	if (from + 1 < to) {
		hi->port.off = from + 1;
		hi->port.len = to - (from + 1);
		hi->port.set = 1;
	}
	hi->host.set = hi->host.len > 0;
}

/* SplitResult.hostname into out: lower-cased up to a '%' zone id. */
static void host_name(const struct split *sp, const struct hostinfo *hi,
		      char *out)
{
	size_t i;
	int zone = 0;

	for (i = 0; i < hi->host.len; i++) {
		char c = sp->s[hi->host.off + i];
		if (c == '%')
			zone = 1;
		out[i] = zone ? c : (char)lower(c);
	}
	out[i] = 0;
}

/* Whether the host name is ASCII (non-ASCII names are not supported). */
static int ascii(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

/* is_valid_endpoint_url(value) or is_valid_ipv6_endpoint_url(value). */
static int botocore_valid(const char *value, struct split *sp, int *ipv6,
			  char *err, size_t errlen)
{
	struct hostinfo hi;
	char name[URL_MAX + 1];
	int rc;

	if (strpbrk(value, "\t\r\n"))
		return 0;
	rc = url_split(value, sp, err, errlen);
	if (rc < 0)
		return rc;
	host_info(sp, &hi);
	if (!hi.host.set || !ascii(sp->s + hi.host.off, hi.host.len))
		return 0;
	host_name(sp, &hi, name);
	*ipv6 = rfc_ipv6z(name, hi.host.len);
	return valid_hostname(name, hi.host.len) || *ipv6;
}

/* ---- botocore: request URL and signing ------------------------------------ */

/* Append n bytes to out (capacity cap) at *o; -1 if they do not fit. */
static int put(char *out, size_t cap, size_t *o, const char *p, size_t n)
{
	if (n >= cap - *o)
		return -1;
	memcpy(out + *o, p, n);
	*o += n;
	out[*o] = 0;
	return 0;
}

/* _urljoin(endpoint, '/'): urlunsplit with the path defaulting to "/". */
static int request_url(const struct split *sp, char *out, size_t cap)
{
	size_t o = 0;
	int rc = 0;

	out[0] = 0;
	if (sp->scheme.len) {
		rc |= put(out, cap, &o, sp->s, sp->scheme.len);
		rc |= put(out, cap, &o, ":", 1);
	}
	rc |= put(out, cap, &o, "//", 2);
	rc |= put(out, cap, &o, sp->s + sp->netloc.off, sp->netloc.len);
	if (sp->path.len)
		rc |= put(out, cap, &o, sp->s + sp->path.off, sp->path.len);
	else
		rc |= put(out, cap, &o, "/", 1);
	if (sp->query.len) {
		rc |= put(out, cap, &o, "?", 1);
		rc |= put(out, cap, &o, sp->s + sp->query.off, sp->query.len);
	}
	if (sp->fragment.len) {
		rc |= put(out, cap, &o, "#", 1);
		rc |= put(out, cap, &o, sp->s + sp->fragment.off,
			  sp->fragment.len);
	}
	return rc ? -1 : 0;
}

/* SplitResult.port: 1 with *port, 0 when absent, -1 with the message. */
static int split_port(const struct split *sp, const struct hostinfo *hi,
		      long *port, char *err, size_t errlen)
{
	const char *p = sp->s + hi->port.off;
	size_t i, n = hi->port.len;
	char r[URL_MAX];

	if (!hi->port.set)
		return 0;
	for (i = 0; i < n; i++)
		if (!is_digit(p[i]))
			break;
	if (i < n) {
		py_repr(p, n, r, sizeof r);
		return msg_set(err, errlen, -1,
			       "Port could not be cast to integer value as %s",
			       r);
	}
	while (n > 1 && *p == '0') {
		p++;
		n--;
	}
	for (*port = 0, i = 0; i < n && *port <= 65535; i++)
		*port = *port * 10 + (p[i] - '0');
	if (*port > 65535)
		return msg_set(err, errlen, -1, "Port out of range 0-65535");
	return 1;
}

/*
 * Where signing hits a character Python cannot encode (a byte that is not
 * UTF-8): the code-point index of the first one in s[0..n) plus base, with
 * its surrogate; -1 when there is none.
 */
static long bad_utf8_at(const char *s, size_t n, long base, unsigned *sur)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long cp;
	size_t i = 0, k;
	long pos = base;

	while (i < n) {
		k = utf8_char(p + i, n - i, &cp);
		if (k == 0) {
			*sur = 0xdc00u + p[i];
			return pos;
		}
		i += k;
		pos++;
	}
	return -1;
}

/* Length of quote(path, safe='/~') in characters. */
static long quoted_len(const char *s, size_t n)
{
	size_t i;
	long len = 0;

	for (i = 0; i < n; i++)
		len += (is_alpha(s[i]) || is_digit(s[i]) ||
			strchr("_.-~/", s[i])) && s[i] ? 1 : 3;
	return len;
}

/* ---- urllib3: parse_url, connection_from_host, _encode_target ------------- */

/* urllib3 _HOST_PORT_RE on host_port; fills host and port spans. */
static int u3_host_port(const char *s, size_t from, size_t to,
			struct span *host, struct span *port)
{
	size_t i = from, c;

	memset(port, 0, sizeof *port);
	if (i < to && s[i] == '[') {
		c = find(s, i, to, ']');
		if (c == to || !rfc_ipv6z(s + i + 1, c - i - 1))
			return 0;
		i = c + 1;
	} else {
		while (i < to && s[i] != ':') {
			if (s[i] == '[' || s[i] == ']')
				return 0;
			if (s[i] == '%') {
				if (i + 2 >= to || !is_hex(s[i + 1]) ||
				    !is_hex(s[i + 2]))
					return 0;
				i += 2;
			}
			i++;
		}
	}
	host->off = from;
	host->len = i - from;
	host->set = 1;
	if (i == to)
		return 1;
	if (s[i] != ':')
		return 0;
	port->off = i + 1;
	port->len = to - (i + 1);
	port->set = port->len > 0;
	for (c = port->off; c < to; c++)
		if (!is_digit(s[c]))
			return 0;
	for (c = port->off; c + 1 < to && s[c] == '0'; c++)
		;
	return to - c <= 5;
}

/* Whether s[i..n) starts with a %XX escape. */
static int escape_at(const char *s, size_t i, size_t n)
{
	return s[i] == '%' && i + 2 < n && is_hex(s[i + 1]) && is_hex(s[i + 2]);
}

/*
 * urllib3 _encode_invalid_chars of s[0..n) into out at *o: %XX escapes
 * upper-cased, and kept as escapes only when every '%' starts one; other
 * bytes outside allowed become %XX.
 */
static int u3_encode(const char *s, size_t n, const char *allowed,
		     char *out, size_t cap, size_t *o)
{
	static const char hexd[] = "0123456789ABCDEF";
	size_t i, pct = 0, valid = 0;
	char e[3];

	for (i = 0; i < n; i++) {
		if (s[i] == '%') {
			pct++;
			if (escape_at(s, i, n)) {
				valid++;
				i += 2;
			}
		}
	}
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '%' && pct == valid) {
			e[0] = '%';
			e[1] = (char)toupper_hex(s[i + 1]);
			e[2] = (char)toupper_hex(s[i + 2]);
			i += 2;
		} else if (c < 128 && c != 0 && strchr(allowed, c)) {
			if (put(out, cap, o, s + i, 1) < 0)
				return -1;
			continue;
		} else {
			e[0] = '%';
			e[1] = hexd[c >> 4];
			e[2] = hexd[c & 15];
			if (c == '%' && escape_at(s, i, n)) {
				if (put(out, cap, o, e, 3) < 0)
					return -1;
				e[0] = (char)toupper_hex(s[i + 1]);
				e[1] = (char)toupper_hex(s[i + 2]);
				i += 2;
				if (put(out, cap, o, e, 2) < 0)
					return -1;
				continue;
			}
		}
		if (put(out, cap, o, e, 3) < 0)
			return -1;
	}
	return 0;
}

/* urllib3 _normalize_host + HTTPConnectionPool: host, Host header. */
static int u3_host(const char *url, const struct span *h, url_endpoint *u)
{
	const char *s = url + h->off;
	size_t n = h->len, i, o = 0, z;
	unsigned dflt = u->https ? 443u : 80u;
	int rc = 0;

	if (n >= URL_HOST_MAX)
		return -1;
	if (s[0] == '[') {
		s++;
		n -= 2;
		z = find(s, 0, n, '%');
		for (i = 0; i < z; i++)
			u->host[o++] = (char)lower(s[i]);
		if (z < n) {
			/* RFC 6874: "%25" before the zone id means '%' */
			i = z + 1;
			if (n - i > 2 && s[i] == '2' && s[i + 1] == '5')
				i += 2;
			u->host[o++] = '%';
			u->host[o] = 0;
			rc |= u3_encode(s + i, n - i, unreserved, u->host,
					URL_HOST_MAX, &o);
		}
		u->host[o] = 0;
	} else {
		for (i = 0; i < n; i++)
			u->host[i] = (char)lower(s[i]);
		u->host[n] = 0;
	}
	if (rc < 0)
		return -1;
	/* http.client: without trailing dots (urllib3) and zone id */
	for (o = strlen(u->host); o > 0 && u->host[o - 1] == '.'; o--)
		;
	if (strchr(u->host, ':'))
		snprintf(u->host_header, sizeof u->host_header, "[%.*s]",
			 (int)find(u->host, 0, o, '%'), u->host);
	else
		snprintf(u->host_header, sizeof u->host_header, "%.*s",
			 (int)o, u->host);
	if (u->port != dflt) {
		o = strlen(u->host_header);
		snprintf(u->host_header + o, sizeof u->host_header - o, ":%u",
			 u->port);
	}
	return 0;
}

static int u3_fail(const char *url, char *err, size_t errlen)
{
	return msg_set(err, errlen, URL_ERR_SEND, "An HTTP Client raised an "
		       "unhandled exception: Failed to parse: %s", url);
}

/*
 * urllib3's handling of the request URL: parse_url, then
 * PoolManager.connection_from_host; fills https, host, port, host_header.
 */
static int u3_connect(const char *url, url_endpoint *u, char *err,
		      size_t errlen)
{
	size_t n = strlen(url), i = 0, from, to, at, k, slen = 0;
	struct span host, port;
	long p = 0;

	memset(&host, 0, sizeof host);
	memset(&port, 0, sizeof port);
	/* _SCHEME_RE; without a match parse_url puts "//" in front */
	for (k = 1; is_alpha(url[0]) && (is_alpha(url[k]) ||
	     is_digit(url[k]) || url[k] == '+' || url[k] == '-'); k++)
		;
	if (url[0] == '/' || (is_alpha(url[0]) && url[k] == ':')) {
		for (k = 1; is_alpha(url[0]) && (is_alpha(url[k]) ||
		     is_digit(url[k]) || strchr("+.-", url[k])) && url[k];
		     k++)
			;
		if (is_alpha(url[0]) && url[k] == ':') {
			slen = k;
			i = k + 1;
		}
		from = (url[i] == '/' && url[i + 1] == '/') ? i + 2 : n + 1;
	} else {
		from = 0;
	}
	if (from <= n) {
		for (to = from; to < n && !strchr("\\/?#", url[to]); to++)
			;
		if (to > from) {
			at = rfind(url, from, to, '@');
			if (at < to)
				from = at + 1;
			if (!u3_host_port(url, from, to, &host, &port))
				return u3_fail(url, err, errlen);
		}
	}
	for (k = port.off; port.set && k < port.off + port.len; k++)
		p = p * 10 + (url[k] - '0');
	if (p > 65535)
		return u3_fail(url, err, errlen);
	if (slen == 0 || (slen == 4 && strncmp(url, "http", 4) == 0) ||
	    (slen == 5 && strncmp(url, "https", 5) == 0)) {
		if (host.set && !ascii(url + host.off, host.len))
			return u3_fail(url, err, errlen);
	}
	if (!host.set || host.len == 0)
		return msg_set(err, errlen, URL_ERR_SEND, "An HTTP Client "
			       "raised an unhandled exception: No host "
			       "specified.");
	if (slen == 5)
		u->https = 1;
	else if (slen == 0 || slen == 4)
		u->https = 0;
	if (!(slen == 0 || (slen == 4 && strncmp(url, "http", 4) == 0) ||
	      (slen == 5 && strncmp(url, "https", 5) == 0)))
		return msg_set(err, errlen, URL_ERR_SEND, "An HTTP Client "
			       "raised an unhandled exception: Not supported "
			       "URL scheme %.*s", (int)slen, url);
	u->port = p ? (unsigned)p : u->https ? 443u : 80u;
	if (u3_host(url, &host, u) < 0)
		return u3_fail(url, err, errlen);
	return URL_OK;
}

/*
 * botocore's request target (_path_url: the path without ";params" of its
 * last segment, "?query" when not empty) percent-encoded by urllib3.
 */
static int make_target(const struct split *sp, url_endpoint *u)
{
	const char *path = sp->path.len ? sp->s + sp->path.off : "/";
	size_t plen = sp->path.len ? sp->path.len : 1, o = 0, semi;

	semi = find(path, rfind(path, 0, plen, '/'), plen, ';');
	if (semi < plen)
		plen = semi;
	u->target[0] = 0;
	if (u3_encode(path, plen, path_chars, u->target, sizeof u->target,
		      &o) < 0)
		return -1;
	if (sp->query.len == 0)
		return 0;
	if (put(u->target, sizeof u->target, &o, "?", 1) < 0)
		return -1;
	return u3_encode(sp->s + sp->query.off, sp->query.len, query_chars,
			 u->target, sizeof u->target, &o);
}

/* ---- public API ------------------------------------------------------------ */

int url_check_cli(const char *value, char *err, size_t errlen)
{
	struct split sp;
	int rc = url_split(value, &sp, err, errlen);

	if (rc == -1)
		return URL_ERR_CLI;
	if (rc == -2)
		return URL_OK;          /* too long: url_parse refuses it */
	if (sp.scheme.len == 0)
		return msg_set(err, errlen, URL_ERR_CLI, "Bad value for "
			       "--endpoint-url \"%s\": scheme is missing.  Must "
			       "be of the form http://<hostname>/ or "
			       "https://<hostname>/", value);
	return URL_OK;
}

int url_parse(const char *value, url_endpoint *u, char *err, size_t errlen)
{
	struct split sp;
	struct hostinfo hi;
	char name[URL_MAX + 1];
	unsigned sur = 0;
	long port = 0, at;
	int ipv6 = 0, rc;
	size_t o;

	memset(u, 0, sizeof *u);
	rc = strlen(value) < URL_MAX ?
	     botocore_valid(value, &sp, &ipv6, err, errlen) : 0;
	if (rc == -1)
		return URL_ERR_INVALID;
	if (rc <= 0 || request_url(&sp, u->url, sizeof u->url) < 0)
		return msg_set(err, errlen, URL_ERR_INVALID,
			       "Invalid endpoint: %s", value);
	/* what botocore's signer reads */
	memcpy(u->path, sp.path.len ? sp.s + sp.path.off : "/",
	       sp.path.len ? sp.path.len : 1);
	memcpy(u->query, sp.s + sp.query.off, sp.query.len);
	at = bad_utf8_at(u->path, strlen(u->path), 0, &sur);
	if (at >= 0)
		return msg_set(err, errlen, URL_ERR_SIGN, "'utf-8' codec "
			       "can't encode character '\\u%04x' in position "
			       "%ld: surrogates not allowed", sur, at);
	host_info(&sp, &hi);
	host_name(&sp, &hi, name);
	rc = split_port(&sp, &hi, &port, err, errlen);
	if (rc < 0)
		return URL_ERR_SIGN;
	snprintf(u->sign_host, sizeof u->sign_host, ipv6 ? "[%s]" : "%s",
		 name);
	if (rc > 0 && !(sp.scheme.len == 4 && port == 80 &&
			memcmp(sp.s, "http", 4) == 0) &&
	    !(sp.scheme.len == 5 && port == 443 &&
	      memcmp(sp.s, "https", 5) == 0)) {
		o = strlen(u->sign_host);
		snprintf(u->sign_host + o, sizeof u->sign_host - o, ":%ld",
			 port);
	}
	at = bad_utf8_at(u->query, strlen(u->query),
			 5 + quoted_len(u->path, strlen(u->path)) + 1, &sur);
	if (at >= 0)
		return msg_set(err, errlen, URL_ERR_SIGN, "'utf-8' codec "
			       "can't encode character '\\u%04x' in position "
			       "%ld: surrogates not allowed", sur, at);
	/* what urllib3 does with it */
	rc = u3_connect(u->url, u, err, errlen);
	if (rc != URL_OK)
		return rc;
	if (make_target(&sp, u) < 0)
		return msg_set(err, errlen, URL_ERR_INVALID,
			       "Invalid endpoint: %s", value);
	return URL_OK;
}
