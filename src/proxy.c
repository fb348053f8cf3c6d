/*
 * proxy.c - the HTTP proxy of a request, chosen and used as AWS CLI v1
 * does it (see proxy.h for the rules and where each comes from).
 *
 * Nothing is copied out of the environment but the proxy host: the
 * variable's value is kept by pointer, the masked URL and the
 * Proxy-Authorization value are computed into caller buffers when needed.
 */
#include "proxy.h"

#include <stdio.h>
#include <string.h>

#include "msg.h"
#include "text.h"

#define HTTP_PREFIX "http://"

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* ---- the environment, as getproxies_environment() reads it ------------- */

/* Length of the name of "NAME=value" (the whole entry when no '='). */
static size_t name_len(const char *e)
{
	const char *eq = strchr(e, '=');

	return eq ? (size_t)(eq - e) : strlen(e);
}

/*
 * Whether envp[i] repeats the name of an earlier entry: Python's
 * os.environ keeps the first of several entries with one name.
 */
static int repeated(char *const *envp, size_t i)
{
	size_t n = name_len(envp[i]), j;

	for (j = 0; j < i; j++)
		if (name_len(envp[j]) == n && memcmp(envp[j], envp[i], n) == 0)
			return 1;
	return 0;
}

/* Whether name[0..n) lower-cased is key + "_proxy". */
static int proxy_name(const char *name, size_t n, const char *key)
{
	size_t k = strlen(key), i;

	if (n != k + 6)
		return 0;
	for (i = 0; i < k; i++)
		if (lower((unsigned char)name[i]) != key[i])
			return 0;
	for (i = 0; i < 6; i++)
		if (lower((unsigned char)name[k + i]) != "_proxy"[i])
			return 0;
	return 1;
}

const char *proxy_env_value(char *const *envp, const char *key)
{
	const char *v = NULL;
	size_t i, n;

	if (!envp || !key)
		return NULL;
	/* first pass: any case, non-empty values */
	for (i = 0; envp[i]; i++) {
		n = name_len(envp[i]);
		if (envp[i][n] != '=' || !proxy_name(envp[i], n, key)
		    || repeated(envp, i))
			continue;
		if (envp[i][n + 1])
			v = envp[i] + n + 1;
	}
	/* CGI: a "Proxy:" request header must not become HTTP_PROXY */
	if (strcmp(key, "http") == 0)
		for (i = 0; envp[i]; i++)
			if (name_len(envp[i]) == 14 && envp[i][14] == '='
			    && memcmp(envp[i], "REQUEST_METHOD", 14) == 0)
				v = NULL;
	/* second pass: names ending in lower-case "_proxy" decide */
	for (i = 0; envp[i]; i++) {
		n = name_len(envp[i]);
		if (envp[i][n] != '=' || n < 6
		    || memcmp(envp[i] + n - 6, "_proxy", 6) != 0
		    || !proxy_name(envp[i], n, key) || repeated(envp, i))
			continue;
		v = envp[i][n + 1] ? envp[i] + n + 1 : NULL;
	}
	return v;
}

/* ---- no_proxy, as proxy_bypass_environment() reads it ------------------- */

/* Bytes of a Python whitespace character ending p[0..n), or 0. */
static size_t trailing_space(const char *p, size_t n)
{
	size_t k;

	for (k = 1; k <= 4 && k <= n; k++)
		if (py_space_len((const unsigned char *)p + n - k, k) == k)
			return k;
	return 0;
}

/* Case-insensitive: the entry e[0..en) (already lower-case) against the
 * lower-cased s[0..sn). */
static int eq_lower(const char *s, size_t sn, const char *e, size_t en)
{
	size_t i;

	if (sn != en)
		return 0;
	for (i = 0; i < sn; i++)
		if (lower((unsigned char)s[i]) != e[i])
			return 0;
	return 1;
}

static int suffix_lower(const char *s, size_t sn, const char *e, size_t en)
{
	size_t i;

	if (sn <= en || s[sn - en - 1] != '.')
		return 0;
	for (i = 0; i < en; i++)
		if (lower((unsigned char)s[sn - en + i]) != e[i])
			return 0;
	return 1;
}

/* One no_proxy entry e[0..en) (trimmed, dots dropped, lower-case). */
static int entry_matches(const char *host, size_t hn, size_t only,
			 const char *e, size_t en)
{
	return eq_lower(host, only, e, en) || eq_lower(host, hn, e, en)
	       || suffix_lower(host, only, e, en)
	       || suffix_lower(host, hn, e, en);
}

int proxy_bypass(const char *netloc, size_t hn, const char *no_proxy)
{
	char e[NET_HOST_MAX + 16];
	const char *p, *end, *colon = NULL;
	size_t only = hn, i, n, sp;

	if (!no_proxy)
		return 0;
	if (strcmp(no_proxy, "*") == 0)
		return 1;
	/* urllib's _splitport(): "host:digits", the digits may be none */
	for (i = hn; i > 0; i--)
		if (netloc[i - 1] == ':') {
			colon = netloc + i - 1;
			break;
		}
	if (colon) {
		for (p = colon + 1; p < netloc + hn && *p >= '0' && *p <= '9'; p++)
			;
		if (p == netloc + hn)
			only = (size_t)(colon - netloc);
	}
	for (p = no_proxy; *p; p = *end ? end + 1 : end) {
		end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		/* str.strip(), then lstrip('.') */
		while (p < end && (sp = py_space_len((const unsigned char *)p,
						     (size_t)(end - p))) > 0)
			p += sp;
		n = (size_t)(end - p);
		while ((sp = trailing_space(p, n)) > 0)
			n -= sp;
		if (n == 0)
			continue;
		while (n > 0 && *p == '.') {
			p++;
			n--;
		}
		if (n >= sizeof e)
			continue;      /* longer than any host: cannot match */
		for (i = 0; i < n; i++)
			e[i] = (char)lower((unsigned char)p[i]);
		if (entry_matches(netloc, hn, only, e, n))
			return 1;
	}
	return 0;
}

/* ---- the proxy URL -------------------------------------------------------- */

/* The parts of the fixed URL prefix + value that matter. */
typedef struct {
	const char *auth;       /* userinfo (before the last '@'), or NULL */
	size_t auth_len;
	const char *hostport;   /* after the userinfo */
	size_t hostport_len;
	int has_authority;      /* "//" present */
} url_parts;

/* Split value (after prefix) like urlsplit()/urllib3's _URI_RE. */
static void split_url(const char *prefix, const char *value, url_parts *u)
{
	const char *s = value, *a, *end, *at = NULL;

	memset(u, 0, sizeof *u);
	/* the authority starts after "scheme://"; prefix "http://" leaves
	 * it at the start of value, "http:" before "//value" */
	if (strcmp(prefix, HTTP_PREFIX) == 0) {
		a = s;
	} else if (strcmp(prefix, "http:") == 0) {
		a = s + 2;
	} else {
		a = strchr(s, ':') + 1;
		if (a[0] != '/' || a[1] != '/')
			return;
		a += 2;
	}
	u->has_authority = 1;
	end = a + strcspn(a, "/?#\\");
	for (s = a; s < end; s++)
		if (*s == '@')
			at = s;
	if (at) {
		u->auth = a;
		u->auth_len = (size_t)(at - a);
		a = at + 1;
	}
	u->hostport = a;
	u->hostport_len = (size_t)(end - a);
}

static int reg_name_char(int c)
{
	return c != '[' && c != ']' && c != '%' && c != ':' && c != '/'
	       && c != '?' && c != '#';
}

/* urllib3's _HOST_PORT_RE and port check; fills p->host and p->port. */
static int parse_hostport(proxy_config *p, const char *hp, size_t n)
{
	const char *h = hp, *end = hp + n, *q;
	size_t hl;
	unsigned long port = 0;
	size_t digits = 0;

	if (n > 0 && hp[0] == '[') {
		q = memchr(hp, ']', n);
		if (!q)
			return PROXY_E_PARSE;
		for (h = hp + 1; h < q; h++)
			if (!(hex_digit((unsigned char)*h) >= 0 || *h == ':'
			      || *h == '.'))
				return PROXY_E_PARSE;
		h = hp + 1;
		hl = (size_t)(q - h);
		q++;
	} else {
		for (q = hp; q < end && *q != ':'; q++) {
			if (*q == '%' && end - q >= 3
			    && hex_digit((unsigned char)q[1]) >= 0
			    && hex_digit((unsigned char)q[2]) >= 0) {
				q += 2;
				continue;
			}
			if (!reg_name_char((unsigned char)*q)
			    || (unsigned char)*q >= 0x80)
				return PROXY_E_PARSE;
		}
		hl = (size_t)(q - hp);
	}
	if (q < end) {
		if (*q != ':')
			return PROXY_E_PARSE;
		for (q++; q < end && *q == '0' && end - q > 1; q++)
			;
		for (; q < end; q++, digits++) {
			if (*q < '0' || *q > '9' || digits >= 5)
				return PROXY_E_PARSE;
			port = port * 10 + (unsigned long)(*q - '0');
		}
		if (port > 65535)
			return PROXY_E_PARSE;
	}
	if (hl > NET_HOST_MAX)
		return PROXY_E_LIMIT;
	for (q = h; q < h + hl; q++)
		p->host[q - h] = (char)lower((unsigned char)*q);
	p->host[hl] = '\0';
	p->port = digits && port ? (unsigned)port : 80; /* urllib3: 0 too */
	return hl ? PROXY_OK : PROXY_E_NO_HOST;
}

/* urllib.parse.unquote() of s[0..n) into out; returns the length or -1
 * when it does not fit. */
static long unquote(const char *s, size_t n, char *out, size_t cap)
{
	size_t i, o = 0;
	int a, b;

	for (i = 0; i < n; i++) {
		if (o >= cap)
			return -1;
		if (s[i] == '%' && i + 2 < n
		    && (a = hex_digit((unsigned char)s[i + 1])) >= 0
		    && (b = hex_digit((unsigned char)s[i + 2])) >= 0) {
			out[o++] = (char)(a << 4 | b);
			i += 2;
		} else {
			out[o++] = s[i];
		}
	}
	return (long)o;
}

/* Raw user name and password of the userinfo (urlparse's username and
 * password: the password is absent without ':'). */
static void userinfo(const url_parts *u, const char **user, size_t *ul,
		     const char **pass, size_t *pl, int *has_pass)
{
	const char *c = u->auth ? memchr(u->auth, ':', u->auth_len) : NULL;

	*user = u->auth;
	*ul = c ? (size_t)(c - u->auth) : u->auth_len;
	*pass = c ? c + 1 : NULL;
	*pl = c ? u->auth_len - *ul - 1 : 0;
	*has_pass = c != NULL;
}

/* Decode "user:password" into out; returns its length, -1 when too long,
 * -2 when not ASCII. */
static long credentials(const proxy_config *p, char *out, size_t cap)
{
	url_parts u;
	const char *user, *pass;
	size_t ul, pl, i;
	long a, b;
	int hp;

	split_url(p->prefix, p->value, &u);
	userinfo(&u, &user, &ul, &pass, &pl, &hp);
	if (!u.auth || !hp)
		return 0;
	a = unquote(user, ul, out, cap);
	if (a < 0 || (size_t)a + 1 > cap)
		return -1;
	out[a] = ':';
	b = unquote(pass, pl, out + a + 1, cap - (size_t)a - 1);
	if (b < 0)
		return -1;
	if (a == 0 || b == 0)
		return 0;
	for (i = 0; i < (size_t)(a + 1 + b); i++)
		if ((unsigned char)out[i] >= 0x80)
			return -2;
	return a + 1 + b;
}

void proxy_init(proxy_config *p)
{
	memset(p, 0, sizeof *p);
	p->prefix = "";
	p->value = "";
}

/* botocore's ProxyConfiguration._fix_proxy_url(). */
static const char *fix_prefix(const char *v)
{
	if (strncmp(v, "http:", 5) == 0 || strncmp(v, "https:", 6) == 0)
		return "";
	if (strncmp(v, "//", 2) == 0)
		return "http:";
	return HTTP_PREFIX;
}

int proxy_select(proxy_config *p, const char *url, char *const *envp,
		 char *err, size_t errlen)
{
	char cred[PROXY_CRED_MAX + 1], masked[PROXY_VALUE_MAX + 16];
	const char *scheme, *netloc, *v;
	size_t nl;
	long c;
	url_parts u;
	int r;

	if (!p || !url)
		return msg_set(err, errlen, PROXY_E_ARG, "no URL to proxy");
	proxy_init(p);
	if (strncmp(url, "https://", 8) == 0)
		scheme = "https";
	else if (strncmp(url, "http://", 7) == 0)
		scheme = "http";
	else
		return PROXY_OK;
	netloc = url + strlen(scheme) + 3;
	nl = strcspn(netloc, "/?#");
	if (proxy_bypass(netloc, nl, proxy_env_value(envp, "no")))
		return PROXY_OK;
	v = proxy_env_value(envp, scheme);
	if (!v)
		return PROXY_OK;
	p->enabled = 1;
	p->value = v;
	p->prefix = fix_prefix(v);
	if (strlen(v) > PROXY_VALUE_MAX) {
		p->status = PROXY_E_LIMIT;
		return msg_set(err, errlen, PROXY_E_LIMIT, "The %s proxy URL is "
			       "longer than %d bytes", scheme, PROXY_VALUE_MAX);
	}
	proxy_masked_url(p, masked, sizeof masked);
	/* urllib3 builds the Proxy-Authorization header first */
	c = credentials(p, cred, sizeof cred);
	memset(cred, 0, sizeof cred);
	if (c == -1) {
		p->status = PROXY_E_LIMIT;
		return msg_set(err, errlen, PROXY_E_LIMIT, "The credentials of "
			       "the proxy URL \"%s\" are longer than %d bytes",
			       masked, PROXY_CRED_MAX);
	}
	if (c == -2) {
		p->status = PROXY_E_CRED;
		return msg_set(err, errlen, PROXY_E_CRED, "An HTTP Client "
			       "raised an unhandled exception: 'ascii' codec "
			       "can't encode the credentials of the proxy URL "
			       "\"%s\"", masked);
	}
	p->has_auth = c > 0;
	if (strncmp(v, "https:", 6) == 0) {
		p->status = PROXY_E_HTTPS;
		return msg_set(err, errlen, PROXY_E_HTTPS, "HTTPS proxies are "
			       "not supported (proxy URL: \"%s\"); use an "
			       "http:// proxy URL", masked);
	}
	split_url(p->prefix, v, &u);
	if (!u.has_authority) {
		p->status = PROXY_E_NO_HOST;
		return PROXY_OK;
	}
	r = parse_hostport(p, u.hostport, u.hostport_len);
	if (r == PROXY_E_PARSE || r == PROXY_E_LIMIT) {
		p->status = r;
		return msg_set(err, errlen, r, "An HTTP Client raised an "
			       "unhandled exception: Failed to parse: %s",
			       masked);
	}
	p->status = r;
	return PROXY_OK;
}

/* Copy s[0..n) to the builder. */
static void put(char *out, size_t outlen, size_t *o, const char *s, size_t n)
{
	while (n-- > 0) {
		if (*o + 1 < outlen)
			out[*o] = *s;
		(*o)++;
		s++;
	}
}

/* str.replace(old, "***", 1) over s[0..n) into out (builder at *o). */
static void replace_first(const char *s, size_t n, const char *old,
			  size_t oldn, char *out, size_t outlen, size_t *o)
{
	size_t i;

	for (i = 0; oldn > 0 && i + oldn <= n; i++)
		if (memcmp(s + i, old, oldn) == 0) {
			put(out, outlen, o, s, i);
			put(out, outlen, o, "***", 3);
			put(out, outlen, o, s + i + oldn, n - i - oldn);
			return;
		}
	put(out, outlen, o, s, n);
}

void proxy_masked_url(const proxy_config *p, char *out, size_t outlen)
{
	char tmp[PROXY_VALUE_MAX + 16], tmp2[PROXY_VALUE_MAX + 16];
	const char *user, *pass;
	size_t ul, pl, o = 0, n;
	int hp;
	url_parts u;

	if (!out || outlen == 0)
		return;
	n = strlen(p->prefix);
	put(tmp, sizeof tmp, &o, p->prefix, n);
	put(tmp, sizeof tmp, &o, p->value, strlen(p->value));
	n = o < sizeof tmp ? o : sizeof tmp - 1;
	tmp[n] = '\0';
	split_url(p->prefix, p->value, &u);
	userinfo(&u, &user, &ul, &pass, &pl, &hp);
	o = 0;
	if (u.auth && ul > 0)
		replace_first(tmp, n, user, ul, tmp2, sizeof tmp2, &o);
	else
		put(tmp2, sizeof tmp2, &o, tmp, n);
	n = o < sizeof tmp2 ? o : sizeof tmp2 - 1;
	tmp2[n] = '\0';
	o = 0;
	if (u.auth && hp && pl > 0)
		replace_first(tmp2, n, pass, pl, out, outlen, &o);
	else
		put(out, outlen, &o, tmp2, n);
	out[o < outlen ? o : outlen - 1] = '\0';
	memset(tmp, 0, sizeof tmp);
	memset(tmp2, 0, sizeof tmp2);
}

static void base64(const unsigned char *s, size_t n, char *out)
{
	static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		"abcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i;
	unsigned v;

	for (i = 0; i + 2 < n; i += 3) {
		v = (unsigned)s[i] << 16 | (unsigned)s[i + 1] << 8 | s[i + 2];
		*out++ = tab[v >> 18];
		*out++ = tab[v >> 12 & 63];
		*out++ = tab[v >> 6 & 63];
		*out++ = tab[v & 63];
	}
	if (n - i == 1) {
		v = (unsigned)s[i] << 16;
		*out++ = tab[v >> 18];
		*out++ = tab[v >> 12 & 63];
		*out++ = '=';
		*out++ = '=';
	} else if (n - i == 2) {
		v = (unsigned)s[i] << 16 | (unsigned)s[i + 1] << 8;
		*out++ = tab[v >> 18];
		*out++ = tab[v >> 12 & 63];
		*out++ = tab[v >> 6 & 63];
		*out++ = '=';
	}
	*out = '\0';
}

int proxy_auth_value(const proxy_config *p, char out[PROXY_AUTH_MAX])
{
	char cred[PROXY_CRED_MAX + 1];
	long c;

	out[0] = '\0';
	if (!p->enabled || !p->has_auth)
		return 0;
	c = credentials(p, cred, sizeof cred);
	if (c > 0) {
		memcpy(out, "Basic ", 6);
		base64((const unsigned char *)cred, (size_t)c, out + 6);
	}
	memset(cred, 0, sizeof cred);
	return c > 0;
}

/* ---- the tunnel ------------------------------------------------------------ */

static long net_stream_read(void *ctx, void *buf, size_t n)
{
	return net_read(ctx, buf, n);
}

static int net_stream_write(void *ctx, const void *buf, size_t n)
{
	return net_write_all(ctx, buf, n);
}

/*
 * Read one line, through its '\n' or to the end of the stream, one byte
 * at a time (no byte of the tunnel may be taken) into buf[0..cap).
 * Returns its length (0: the stream ended first), a negative net_status,
 * or PROXY_E_BAD_REPLY when it does not fit.
 */
static long read_line(net_conn *c, char *buf, size_t cap)
{
	size_t n = 0;
	long r;

	for (;;) {
		if (n == cap)
			return PROXY_E_BAD_REPLY;
		r = net_read(c, buf + n, 1);
		if (r < 0)
			return r;
		if (r == 0)
			return (long)n;
		if (buf[n++] == '\n')
			return (long)n;
	}
}

/* The answer as http.client's _tunnel() reads it: the status line, then
 * for 200 the header lines up to an empty line or the end of the stream
 * (which the CLI also takes as the end). */
static int read_answer(net_conn *c, char *head, size_t cap, long *net_err,
		       char *err, size_t errlen)
{
	const char *reason;
	size_t reason_len;
	long n;
	int minor, status;

	n = read_line(c, head, cap);
	if (n < 0 && n != PROXY_E_BAD_REPLY) {
		*net_err = n;
		return msg_set(err, errlen, PROXY_E_STREAM, "reading the "
			       "proxy's answer to CONNECT: %s", c->err);
	}
	if (n <= 0)
		return msg_set(err, errlen, PROXY_E_BAD_REPLY, n == 0 ?
			       "the proxy closed the connection without an "
			       "answer" : "the proxy's status line is too long");
	while (n > 0 && (head[n - 1] == '\n' || head[n - 1] == '\r'))
		n--;
	if (http_parse_status_line(head, (size_t)n, &minor, &status, &reason,
				   &reason_len) != HTTP_OK)
		return msg_set(err, errlen, PROXY_E_BAD_REPLY, "the proxy's "
			       "answer is not HTTP");
	if (status != 200)
		return msg_set(err, errlen, PROXY_E_REFUSED, "Tunnel connection "
			       "failed: %d %.*s", status, (int)reason_len,
			       reason);
	for (;;) {
		n = read_line(c, head, cap);
		if (n < 0 && n != PROXY_E_BAD_REPLY) {
			*net_err = n;
			return msg_set(err, errlen, PROXY_E_STREAM, "reading "
				       "the proxy's answer to CONNECT: %s",
				       c->err);
		}
		if (n < 0)
			return msg_set(err, errlen, PROXY_E_BAD_REPLY, "a header "
				       "line of the proxy's answer is too long");
		if (n == 0 || (n == 1 && head[0] == '\n')
		    || (n == 2 && head[0] == '\r' && head[1] == '\n'))
			return PROXY_OK;
	}
}

int proxy_tunnel(const proxy_config *p, net_conn *c, const char *host,
		 unsigned port, http_writer *w, char *head, size_t headcap,
		 long *net_err, char *err, size_t errlen)
{
	char target[PROXY_TARGET_MAX], auth[PROXY_AUTH_MAX];
	http_stream s;
	http_field f[1];
	size_t n = 0;
	int saved, r;

	*net_err = 0;
	if (!p || !p->enabled || !c || !host || strlen(host) > NET_HOST_MAX
	    || !head || headcap == 0)
		return msg_set(err, errlen, PROXY_E_ARG, "invalid tunnel "
			       "arguments");
	snprintf(target, sizeof target, strchr(host, ':') ? "[%s]:%u" :
		 "%s:%u", host, port);
	if (proxy_auth_value(p, auth)) {
		f[0].name = "Proxy-Authorization";
		f[0].value = auth;
		n = 1;
	}
	s.ctx = c;
	s.read = net_stream_read;
	s.write = net_stream_write;
	saved = c->read_timeout_ms;
	c->read_timeout_ms = c->connect_timeout_ms;
	http_writer_init(w, &s);
	r = http_write_request_head(w, "CONNECT", target, target, f, n, -1,
				    err, errlen);
	if (r == HTTP_OK)
		r = http_writer_flush(w, err, errlen);
	memset(auth, 0, sizeof auth);
	memset(w->buf, 0, sizeof w->buf);
	if (r == HTTP_E_STREAM) {
		*net_err = w->stream_err;
		r = msg_set(err, errlen, PROXY_E_STREAM, "sending CONNECT to "
			    "the proxy: %s", c->err);
	} else if (r != HTTP_OK) {
		r = PROXY_E_ARG;
	} else {
		r = read_answer(c, head, headcap, net_err, err, errlen);
	}
	c->read_timeout_ms = saved;
	return r;
}

const char *proxy_strerror(int code)
{
	switch (code) {
	case PROXY_OK:          return "success";
	case PROXY_E_PARSE:     return "proxy URL cannot be parsed";
	case PROXY_E_HTTPS:     return "HTTPS proxies are not supported";
	case PROXY_E_LIMIT:     return "proxy URL too long";
	case PROXY_E_CRED:      return "proxy credentials are not ASCII";
	case PROXY_E_NO_HOST:   return "proxy URL has no host";
	case PROXY_E_REFUSED:   return "proxy refused the tunnel";
	case PROXY_E_BAD_REPLY: return "proxy answer is not HTTP";
	case PROXY_E_STREAM:    return "proxy connection failed";
	case PROXY_E_ARG:       return "invalid argument";
	}
	return "unknown proxy error";
}
