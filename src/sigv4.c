/*
 * sigv4.c - AWS Signature Version 4; see sigv4.h for the rules followed.
 *
 * The canonical request is built once, in res->creq, with the session token
 * replaced by SIGV4_REDACTED; its hash is taken over the same bytes with the
 * real token streamed in at the recorded offset, so the token is never
 * copied.  Headers and query parameters are sorted through small index
 * arrays that point into the caller's strings.
 */
#include "sigv4.h"
#include "sha256.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "msg.h"
#include "text.h"

static const char ALGORITHM[] = "AWS4-HMAC-SHA256";
static const char TERMINATOR[] = "aws4_request";
static const char HEXUP[] = "0123456789ABCDEF";

/* Headers botocore leaves unsigned (SIGNED_HEADERS_BLACKLIST + Authorization). */
static const char *const UNSIGNED[] = {
	"authorization", "connection", "expect", "keep-alive",
	"proxy-authenticate", "proxy-authorization", "te", "trailer",
	"transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id"
};

/* ---- output sink: a bounded string buffer, or a running hash ----------- */

struct out {
	char *buf;           /* NUL-terminated text; unused when sha is set */
	size_t cap;          /* size of buf including the NUL */
	size_t len;
	sha256_ctx *sha;
	int full;            /* sticky: something did not fit */
};

static void out_init(struct out *o, char *buf, size_t cap)
{
	o->buf = buf;
	o->cap = cap;
	o->len = 0;
	o->sha = NULL;
	o->full = 0;
	buf[0] = '\0';
}

static void put(struct out *o, const char *s, size_t n)
{
	if (o->sha) {
		sha256_update(o->sha, s, n);
		o->len += n;
		return;
	}
	if (o->full || n >= o->cap - o->len) {
		o->full = 1;
		return;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
	o->buf[o->len] = '\0';
}

static void putch(struct out *o, char c)
{
	put(o, &c, 1);
}

static void putstr(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

/* ---- character classes ------------------------------------------------- */

static int is_alnum(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
	       || (c >= '0' && c <= '9');
}

static int is_unreserved(int c)
{
	return is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

/* RFC 7230 tchar. */
static int is_tchar(int c)
{
	return is_alnum(c) || (c && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

static int is_ws(int c)
{
	return c == ' ' || c == '\t';
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* ---- errors and input checks ------------------------------------------- */

/* Length of s if s is non-NULL and at most max bytes, else -1. */
static long bounded_len(const char *s, size_t max)
{
	size_t n;

	if (!s)
		return -1;
	n = strnlen(s, max + 1);
	return n > max ? -1 : (long)n;
}

/* 1 when every byte of s is printable ASCII other than space. */
static int is_visible(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s <= 0x20 || (unsigned char)*s >= 0x7f)
			return 0;
	return 1;
}

/* 1 when s is non-empty and made of A-Z a-z 0-9 . _ - only. */
static int is_scope_part(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!is_alnum((unsigned char)*s) && !strchr("._-", *s))
			return 0;
	return 1;
}

static int is_amz_date(const char *s)
{
	int i;

	if (strnlen(s, SIGV4_DATE_LEN + 1) != SIGV4_DATE_LEN)
		return 0;
	for (i = 0; i < SIGV4_DATE_LEN; i++) {
		int c = (unsigned char)s[i];
		if (i == 8 ? c != 'T' : i == 15 ? c != 'Z' : !(c >= '0' && c <= '9'))
			return 0;
	}
	return 1;
}

static int is_lower_hex64(const char *s)
{
	int i;

	for (i = 0; i < SIGV4_HASH_HEX_LEN; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[SIGV4_HASH_HEX_LEN] == '\0';
}

/* 1 when a header value holds no control character other than tab. */
static int is_header_value(const char *v)
{
	for (; *v; v++) {
		unsigned char c = (unsigned char)*v;
		if ((c < 0x20 && c != '\t') || c == 0x7f)
			return 0;
	}
	return 1;
}

/* Case-insensitive equality of a header name with a lower-case constant. */
static int name_is(const char *name, const char *lc)
{
	for (; *name && *lc; name++, lc++)
		if (lower((unsigned char)*name) != *lc)
			return 0;
	return *name == '\0' && *lc == '\0';
}

static int name_cmp(const char *a, const char *b)
{
	for (; *a && lower((unsigned char)*a) == lower((unsigned char)*b); a++, b++)
		;
	return lower((unsigned char)*a) - lower((unsigned char)*b);
}

/* 1 when v with leading and trailing spaces/tabs removed equals s. */
static int trimmed_eq(const char *v, const char *s)
{
	size_t n;

	while (is_ws((unsigned char)*v))
		v++;
	n = strlen(v);
	while (n && is_ws((unsigned char)v[n - 1]))
		n--;
	return n == strlen(s) && memcmp(v, s, n) == 0;
}

/* ---- path --------------------------------------------------------------- */

/* Percent-encode n bytes, keeping the unreserved set. */
static void put_encoded(struct out *o, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (is_unreserved(c)) {
			putch(o, (char)c);
		} else {
			char e[3] = { '%', HEXUP[c >> 4], HEXUP[c & 15] };
			put(o, e, 3);
		}
	}
}

/* Normalised, encoded path; segments are written as "seg/" and ".." pops. */
static void put_path(struct out *o, const char *path)
{
	size_t base = o->len, plen = strlen(path);
	const char *p = path;

	putch(o, '/');
	while (*p) {
		const char *seg;
		size_t n;

		while (*p == '/')
			p++;
		seg = p;
		while (*p && *p != '/')
			p++;
		n = (size_t)(p - seg);
		if (n == 0 || (n == 1 && seg[0] == '.'))
			continue;
		if (n == 2 && seg[0] == '.' && seg[1] == '.') {
			if (!o->full && o->len > base + 1) {
				size_t k = o->len - 1;
				while (k > base + 1 && o->buf[k - 1] != '/')
					k--;
				o->len = k;
				o->buf[k] = '\0';
			}
			continue;
		}
		put_encoded(o, seg, n);
		putch(o, '/');
	}
	if (!o->full && o->len > base + 1 && (plen == 0 || path[plen - 1] != '/')) {
		o->len--;
		o->buf[o->len] = '\0';
	}
}

/* ---- query -------------------------------------------------------------- */

struct param {
	const char *k, *v;
	size_t kl, vl;
};

/* Yields the canonical (decoded, re-encoded) bytes of a raw query piece. */
struct qcur {
	const char *p, *end;
	char pend[2];
	int npend;
};

static void qcur_init(struct qcur *c, const char *s, size_t n)
{
	c->p = s;
	c->end = s + n;
	c->npend = 0;
}

/* Next canonical byte, or -1 at the end. */
static int qcur_next(struct qcur *c)
{
	unsigned char b;

	if (c->npend)
		return (unsigned char)c->pend[2 - c->npend--];
	if (c->p >= c->end)
		return -1;
	if (c->p[0] == '%' && c->end - c->p >= 3 && hex_digit((unsigned char)c->p[1]) >= 0
	    && hex_digit((unsigned char)c->p[2]) >= 0) {
		b = (unsigned char)(hex_digit((unsigned char)c->p[1]) << 4
				    | hex_digit((unsigned char)c->p[2]));
		c->p += 3;
	} else {
		b = (unsigned char)*c->p++;
	}
	if (is_unreserved(b))
		return b;
	c->pend[0] = HEXUP[b >> 4];
	c->pend[1] = HEXUP[b & 15];
	c->npend = 2;
	return '%';
}

static int qcmp(const char *a, size_t al, const char *b, size_t bl)
{
	struct qcur x, y;
	int cx, cy;

	qcur_init(&x, a, al);
	qcur_init(&y, b, bl);
	do {
		cx = qcur_next(&x);
		cy = qcur_next(&y);
	} while (cx == cy && cx != -1);
	return cx - cy;
}

static int param_cmp(const struct param *a, const struct param *b)
{
	int r = qcmp(a->k, a->kl, b->k, b->kl);

	return r ? r : qcmp(a->v, a->vl, b->v, b->vl);
}

static void put_qpiece(struct out *o, const char *s, size_t n)
{
	struct qcur c;
	int ch;

	qcur_init(&c, s, n);
	while ((ch = qcur_next(&c)) != -1)
		putch(o, (char)ch);
}

/* Split, sort and write the canonical query string. */
static int put_query(struct out *o, const char *q, char *err, size_t errlen)
{
	struct param ps[SIGV4_MAX_PARAMS];
	size_t n = 0, i, j;

	while (q && *q) {
		const char *amp = strchr(q, '&'), *eq;
		size_t len = amp ? (size_t)(amp - q) : strlen(q);

		if (len) {
			if (n == SIGV4_MAX_PARAMS)
				return msg_set(err, errlen, SIGV4_EINVAL,
					    "sigv4: more than %d query parameters",
					    SIGV4_MAX_PARAMS);
			eq = memchr(q, '=', len);
			ps[n].k = q;
			ps[n].kl = eq ? (size_t)(eq - q) : len;
			ps[n].v = eq ? eq + 1 : q + len;
			ps[n].vl = eq ? len - ps[n].kl - 1 : 0;
			/* Stable insertion sort. */
			for (j = n; j > 0 && param_cmp(&ps[j - 1], &ps[n]) > 0; j--)
				;
			if (j < n) {
				struct param t = ps[n];
				memmove(&ps[j + 1], &ps[j], (n - j) * sizeof ps[0]);
				ps[j] = t;
			}
			n++;
		}
		q = amp ? amp + 1 : q + len;
	}
	for (i = 0; i < n; i++) {
		if (i)
			putch(o, '&');
		put_qpiece(o, ps[i].k, ps[i].kl);
		putch(o, '=');
		put_qpiece(o, ps[i].v, ps[i].vl);
	}
	return SIGV4_OK;
}

/* ---- headers ------------------------------------------------------------ */

struct hent {
	const char *name, *value;
	int is_token;
};

/* Write v trimmed, with inner runs of spaces/tabs collapsed to one space. */
static void put_trimmed(struct out *o, const char *v)
{
	int gap = 0;

	while (is_ws((unsigned char)*v))
		v++;
	for (; *v; v++) {
		if (is_ws((unsigned char)*v)) {
			gap = 1;
			continue;
		}
		if (gap)
			putch(o, ' ');
		gap = 0;
		putch(o, *v);
	}
}

static void put_lower(struct out *o, const char *s)
{
	for (; *s; s++)
		putch(o, (char)lower((unsigned char)*s));
}

static int is_unsigned_header(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof UNSIGNED / sizeof UNSIGNED[0]; i++)
		if (name_is(name, UNSIGNED[i]))
			return 1;
	return 0;
}

/* Stable insertion of e into the sorted array hs[0..n). */
static void insert_sorted(struct hent *hs, size_t n, struct hent e)
{
	size_t j = n;

	while (j > 0 && name_cmp(hs[j - 1].name, e.name) > 0) {
		hs[j] = hs[j - 1];
		j--;
	}
	hs[j] = e;
}

/*
 * Check the caller's headers and collect the ones to sign, sorted, plus
 * x-amz-date and x-amz-security-token when the caller did not list them.
 */
static int collect_headers(const sigv4_request *rq, const char *token,
			   struct hent *hs, size_t *np, char *err, size_t errlen)
{
	size_t i, n = 0;
	int host = 0, date = 0, tok = 0;
	struct hent e;

	if (rq->nheaders > SIGV4_MAX_HEADERS)
		return msg_set(err, errlen, SIGV4_EINVAL,
			    "sigv4: more than %d headers", SIGV4_MAX_HEADERS);
	if (rq->nheaders && !rq->headers)
		return msg_set(err, errlen, SIGV4_EINVAL, "sigv4: header list missing");
	for (i = 0; i < rq->nheaders; i++) {
		const char *name = rq->headers[i].name, *v = rq->headers[i].value;
		long nl = bounded_len(name, SIGV4_MAX_HEADER_NAME);
		const char *s;

		if (nl <= 0)
			return msg_set(err, errlen, SIGV4_EINVAL,
				    "sigv4: header %zu: name missing or longer than %d bytes",
				    i + 1, SIGV4_MAX_HEADER_NAME);
		for (s = name; *s; s++)
			if (!is_tchar((unsigned char)*s))
				return msg_set(err, errlen, SIGV4_EINVAL,
					    "sigv4: header %zu: invalid character in name", i + 1);
		if (bounded_len(v, SIGV4_MAX_HEADER_VALUE) < 0)
			return msg_set(err, errlen, SIGV4_EINVAL,
				    "sigv4: header %s: value missing or longer than %d bytes",
				    name, SIGV4_MAX_HEADER_VALUE);
		if (!is_header_value(v))
			return msg_set(err, errlen, SIGV4_EINVAL,
				    "sigv4: header %s: control character in value", name);
		if (is_unsigned_header(name))
			continue;
		e.name = name;
		e.value = v;
		e.is_token = name_is(name, "x-amz-security-token");
		host |= name_is(name, "host");
		if (name_is(name, "x-amz-date")) {
			if (date++ || !trimmed_eq(v, rq->amz_date))
				return msg_set(err, errlen, SIGV4_EINVAL,
					    "sigv4: X-Amz-Date header repeated or not equal to the signing date");
		}
		if (e.is_token) {
			if (tok++ || (token && !trimmed_eq(v, token)))
				return msg_set(err, errlen, SIGV4_EINVAL,
					    "sigv4: X-Amz-Security-Token header repeated or not equal to the session token");
		}
		insert_sorted(hs, n++, e);
	}
	if (!host)
		return msg_set(err, errlen, SIGV4_EINVAL, "sigv4: no Host header");
	if (!date) {
		e.name = "x-amz-date";
		e.value = rq->amz_date;
		e.is_token = 0;
		insert_sorted(hs, n++, e);
	}
	if (token && !tok) {
		e.name = "x-amz-security-token";
		e.value = token;
		e.is_token = 1;
		insert_sorted(hs, n++, e);
	}
	*np = n;
	return SIGV4_OK;
}

/*
 * Write the canonical headers block (each "name:value\n") to o and the
 * signed-headers list to sh.  The token value is replaced by SIGV4_REDACTED;
 * *tok_off receives its offset in o and *tok_val the value it stands for.
 */
static void put_headers(struct out *o, struct out *sh, const struct hent *hs,
			size_t n, size_t *tok_off, const char **tok_val)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i == 0 || name_cmp(hs[i - 1].name, hs[i].name) != 0) {
			if (i) {
				putch(o, '\n');
				putch(sh, ';');
			}
			put_lower(o, hs[i].name);
			putch(o, ':');
			put_lower(sh, hs[i].name);
		} else {
			putch(o, ',');
		}
		if (hs[i].is_token) {
			*tok_off = o->len;
			*tok_val = hs[i].value;
			putstr(o, SIGV4_REDACTED);
		} else {
			put_trimmed(o, hs[i].value);
		}
	}
	putch(o, '\n');
}

/* ---- validation of the request ------------------------------------------ */

static int check_request(const sigv4_request *rq, char *err, size_t errlen)
{
	long n;
	const char *s;

	n = bounded_len(rq->method, SIGV4_MAX_METHOD);
	if (n <= 0)
		return msg_set(err, errlen, SIGV4_EINVAL,
			    "sigv4: method missing or longer than %d bytes", SIGV4_MAX_METHOD);
	for (s = rq->method; *s; s++)
		if (!is_tchar((unsigned char)*s))
			return msg_set(err, errlen, SIGV4_EINVAL, "sigv4: invalid method");
	n = bounded_len(rq->path, SIGV4_MAX_PATH);
	if (n < 0 || (n > 0 && rq->path[0] != '/'))
		return msg_set(err, errlen, SIGV4_EINVAL,
			    "sigv4: path must start with '/' and be at most %d bytes",
			    SIGV4_MAX_PATH);
	if (rq->query && bounded_len(rq->query, SIGV4_MAX_QUERY) < 0)
		return msg_set(err, errlen, SIGV4_EINVAL,
			    "sigv4: query string longer than %d bytes", SIGV4_MAX_QUERY);
	if (!rq->payload_sha256 || !is_lower_hex64(rq->payload_sha256))
		return msg_set(err, errlen, SIGV4_EINVAL,
			    "sigv4: payload hash must be 64 lower-case hex digits");
	n = bounded_len(rq->access_key_id, SIGV4_MAX_KEY_ID);
	if (n <= 0 || !is_visible(rq->access_key_id))
		return msg_set(err, errlen, SIGV4_EINVAL,
			    "sigv4: access key id must be 1..%d visible ASCII characters",
			    SIGV4_MAX_KEY_ID);
	n = bounded_len(rq->secret_key, SIGV4_MAX_SECRET);
	if (n <= 0)
		return msg_set(err, errlen, SIGV4_EINVAL,
			    "sigv4: secret key must be 1..%d bytes", SIGV4_MAX_SECRET);
	if (rq->session_token) {
		n = bounded_len(rq->session_token, SIGV4_MAX_TOKEN);
		if (n < 0 || !is_visible(rq->session_token))
			return msg_set(err, errlen, SIGV4_EINVAL,
				    "sigv4: session token must be at most %d visible ASCII characters",
				    SIGV4_MAX_TOKEN);
	}
	if (bounded_len(rq->region, SIGV4_MAX_SCOPE_PART) < 0 || !is_scope_part(rq->region))
		return msg_set(err, errlen, SIGV4_EINVAL,
			    "sigv4: region must be 1..%d characters of A-Z a-z 0-9 . _ -",
			    SIGV4_MAX_SCOPE_PART);
	if (bounded_len(rq->service, SIGV4_MAX_SCOPE_PART) < 0 || !is_scope_part(rq->service))
		return msg_set(err, errlen, SIGV4_EINVAL,
			    "sigv4: service must be 1..%d characters of A-Z a-z 0-9 . _ -",
			    SIGV4_MAX_SCOPE_PART);
	if (!rq->amz_date || !is_amz_date(rq->amz_date))
		return msg_set(err, errlen, SIGV4_EINVAL,
			    "sigv4: date must have the form YYYYMMDDTHHMMSSZ");
	return SIGV4_OK;
}

/* ---- signing ------------------------------------------------------------ */

/* Hash the canonical request, putting the real token back at tok_off. */
static void hash_creq(const struct out *c, size_t tok_off, const char *token,
		      char hex[SHA256_HEX_LEN + 1])
{
	sha256_ctx ctx;
	struct out h;
	unsigned char d[SHA256_LEN];
	size_t skip = sizeof SIGV4_REDACTED - 1;

	sha256_init(&ctx);
	if (tok_off == (size_t)-1) {
		sha256_update(&ctx, c->buf, c->len);
	} else {
		h.buf = NULL;
		h.cap = h.len = 0;
		h.full = 0;
		h.sha = &ctx;
		sha256_update(&ctx, c->buf, tok_off);
		put_trimmed(&h, token);
		sha256_update(&ctx, c->buf + tok_off + skip, c->len - tok_off - skip);
	}
	sha256_final(&ctx, d);
	hex_encode(d, sizeof d, hex);
}

/* signature = hex(HMAC(kSigning, sts)); every key is wiped. */
static void signature(const sigv4_request *rq, const char *sts,
		      char hex[SHA256_HEX_LEN + 1])
{
	unsigned char kbuf[4 + SIGV4_MAX_SECRET], ka[SHA256_LEN], kb[SHA256_LEN];
	size_t slen = strlen(rq->secret_key);

	memcpy(kbuf, "AWS4", 4);
	memcpy(kbuf + 4, rq->secret_key, slen);
	hmac_sha256(kbuf, 4 + slen, rq->amz_date, 8, ka);
	secure_wipe(kbuf, sizeof kbuf);
	hmac_sha256(ka, sizeof ka, rq->region, strlen(rq->region), kb);
	hmac_sha256(kb, sizeof kb, rq->service, strlen(rq->service), ka);
	hmac_sha256(ka, sizeof ka, TERMINATOR, sizeof TERMINATOR - 1, kb);
	hmac_sha256(kb, sizeof kb, sts, strlen(sts), ka);
	hex_encode(ka, sizeof ka, hex);
	secure_wipe(ka, sizeof ka);
	secure_wipe(kb, sizeof kb);
}

void sigv4_request_init(sigv4_request *rq)
{
	memset(rq, 0, sizeof *rq);
}

void sigv4_result_init(sigv4_result *res)
{
	res->creq[0] = '\0';
	res->sts[0] = '\0';
	res->signed_headers[0] = '\0';
	res->authz[0] = '\0';
}

/* Canonical request and signed headers into res; hash of the real one. */
static int canonical(const sigv4_request *rq, const char *token,
		     sigv4_result *res, char hash[SHA256_HEX_LEN + 1],
		     char *err, size_t errlen)
{
	struct hent hs[SIGV4_MAX_HEADERS + 2];
	struct out c, sh;
	const char *s, *tok_val = NULL;
	size_t nh = 0, tok_off = (size_t)-1;
	int rc;

	if ((rc = collect_headers(rq, token, hs, &nh, err, errlen)) != SIGV4_OK)
		return rc;
	out_init(&c, res->creq, sizeof res->creq);
	out_init(&sh, res->signed_headers, sizeof res->signed_headers);
	for (s = rq->method; *s; s++)
		putch(&c, (char)(*s >= 'a' && *s <= 'z' ? *s - ('a' - 'A') : *s));
	putch(&c, '\n');
	put_path(&c, rq->path);
	putch(&c, '\n');
	if ((rc = put_query(&c, rq->query, err, errlen)) != SIGV4_OK)
		return rc;
	putch(&c, '\n');
	put_headers(&c, &sh, hs, nh, &tok_off, &tok_val);
	putch(&c, '\n');
	putstr(&c, res->signed_headers);
	putch(&c, '\n');
	putstr(&c, rq->payload_sha256);
	if (sh.full)
		return msg_set(err, errlen, SIGV4_ESPACE,
			    "sigv4: signed headers exceed %d bytes",
			    SIGV4_MAX_SIGNED_HEADERS - 1);
	if (c.full)
		return msg_set(err, errlen, SIGV4_ESPACE,
			    "sigv4: canonical request exceeds %d bytes",
			    SIGV4_MAX_CREQ - 1);
	hash_creq(&c, tok_off, tok_val, hash);
	return SIGV4_OK;
}

int sigv4_sign(const sigv4_request *rq, sigv4_result *res,
	       char *err, size_t errlen)
{
	char hash[SHA256_HEX_LEN + 1], sig[SHA256_HEX_LEN + 1];
	char scope[SIGV4_MAX_SCOPE];
	const char *token;
	struct out st, az;
	int rc;

	sigv4_result_init(res);
	if ((rc = check_request(rq, err, errlen)) != SIGV4_OK)
		return rc;
	token = rq->session_token && *rq->session_token ? rq->session_token : NULL;
	if ((rc = canonical(rq, token, res, hash, err, errlen)) != SIGV4_OK) {
		sigv4_result_init(res);
		return rc;
	}

	snprintf(scope, sizeof scope, "%.8s/%s/%s/%s", rq->amz_date,
		 rq->region, rq->service, TERMINATOR);
	out_init(&st, res->sts, sizeof res->sts);
	putstr(&st, ALGORITHM);
	putch(&st, '\n');
	putstr(&st, rq->amz_date);
	putch(&st, '\n');
	putstr(&st, scope);
	putch(&st, '\n');
	putstr(&st, hash);

	signature(rq, res->sts, sig);
	out_init(&az, res->authz, sizeof res->authz);
	putstr(&az, ALGORITHM);
	putstr(&az, " Credential=");
	putstr(&az, rq->access_key_id);
	putch(&az, '/');
	putstr(&az, scope);
	putstr(&az, ", SignedHeaders=");
	putstr(&az, res->signed_headers);
	putstr(&az, ", Signature=");
	putstr(&az, sig);
	secure_wipe(sig, sizeof sig);
	if (st.full || az.full) {
		sigv4_result_init(res);
		return msg_set(err, errlen, SIGV4_ESPACE,
			    "sigv4: string to sign or Authorization value too long");
	}
	return SIGV4_OK;
}

/* Write v as exactly n decimal digits at p. */
static void put_digits(char *p, int v, int n)
{
	while (n--) {
		p[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

int sigv4_amz_date(time_t t, char out[SIGV4_DATE_LEN + 1])
{
	struct tm tm;

	out[0] = '\0';
	if (!gmtime_r(&t, &tm) || tm.tm_year < -1900 || tm.tm_year > 9999 - 1900)
		return -1;
	put_digits(out, tm.tm_year + 1900, 4);
	put_digits(out + 4, tm.tm_mon + 1, 2);
	put_digits(out + 6, tm.tm_mday, 2);
	out[8] = 'T';
	put_digits(out + 9, tm.tm_hour, 2);
	put_digits(out + 11, tm.tm_min, 2);
	put_digits(out + 13, tm.tm_sec, 2);
	out[15] = 'Z';
	out[16] = '\0';
	return 0;
}
