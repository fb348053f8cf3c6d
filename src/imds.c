/*
 * imds.c - EC2 instance metadata and container credentials.  See imds.h.
 */
#include "imds.h"
#include "text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "fetch.h"
#include "isotime.h"
#include "json.h"
#include "msg.h"
#include "pyfmt.h"
#include "sha256.h"

#define USER_AGENT "swf-cancel/" SWF_VERSION
#define DOC_TOKENS 64             /* JSON values in a credentials document */
#define DOC_DEPTH 8
#define CREDS_PATH "latest/meta-data/iam/security-credentials/"
#define AUTH_TOKEN_MAX 4096       /* container authorization token */
#define CONTAINER_ATTEMPTS 3
#define CONTAINER_TIMEOUT_MS 2000
#define REFRESH_WINDOW 600        /* ec2_credential_refresh_window */

struct work {
	json_tok tok[DOC_TOKENS];
	char url[URL_MAX];
	char line[512];
	char token[IMDS_TOKEN_MAX];   /* IMDSv2 session token */
	char auth[AUTH_TOKEN_MAX];    /* container authorization token */
	char why[1024];
};

/*
 * The work area of the running entry point, which holds it on its stack
 * (so that its pages are shared with the other steps of a run) and
 * forgets it on return (fetch_forget); NULL outside.
 */
static struct work *st;

static void debugf(imds_debug_fn fn, void *ctx, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void debugf(imds_debug_fn fn, void *ctx, const char *fmt, ...)
{
	va_list ap;

	if (!fn)
		return;
	va_start(ap, fmt);
	vsnprintf(st->line, sizeof st->line, fmt, ap);
	va_end(ap);
	fn(ctx, st->line);
}

/* base + path, as botocore's _construct_url; tab, CR, LF dropped as
 * Python's urlsplit drops them. */
static int build_url(const char *base, const char *path, const char *extra)
{
	size_t o, n = strlen(base);
	const char *p;

	if (n + strlen(path) + (extra ? strlen(extra) : 0) + 2 >=
	    sizeof st->url)
		return -1;
	memcpy(st->url, base, n);
	o = n;
	if (n && base[n - 1] != '/')
		st->url[o++] = '/';
	for (p = path; *p; p++)
		st->url[o++] = *p;
	for (p = extra; p && *p; p++)
		if (*p != '\t' && *p != '\r' && *p != '\n')
			st->url[o++] = *p;
	st->url[o] = '\0';
	return 0;
}

/* ---- EC2 instance metadata ----------------------------------------------- */

static void imds_request(const imds_config *c, fetch_request *rq,
			 http_field *f, size_t *n, const char *method)
{
	fetch_request_init(rq);
	rq->method = method;
	rq->url = st->url;
	rq->connect_timeout_ms = (int)(c->timeout_s * 1000);
	rq->read_timeout_ms = (int)(c->timeout_s * 1000);
	f[(*n)].name = "Accept-Encoding";
	f[(*n)++].value = "identity";
	f[(*n)].name = "User-Agent";
	f[(*n)++].value = USER_AGENT;
	rq->fields = f;
}

/* IMDSv2 token: 1 got one, 0 none (use v1), -1 "no credentials". */
static int imds_token(const imds_config *c)
{
	fetch_request rq;
	fetch_result res;
	http_field f[4];
	size_t n = 0;
	long i;

	if (build_url(c->base_url, "latest/api/token", NULL) != 0)
		return 0;
	imds_request(c, &rq, f, &n, "PUT");
	f[n].name = "x-aws-ec2-metadata-token-ttl-seconds";
	f[n++].value = "21600";
	rq.nfields = n;
	rq.body_len = 0;
	for (i = 0; i < c->attempts; i++) {
		fetch(&rq, &res);
		if (res.outcome == FETCH_OK) {
			if (res.status == 200 && !res.truncated &&
			    res.body_len < sizeof st->token) {
				memcpy(st->token, res.body, res.body_len + 1);
				return 1;
			}
			if (res.status == 404 || res.status == 403 ||
			    res.status == 405)
				return 0;
			if (res.status == 400) {
				debugf(c->debug, c->debug_ctx, "Bad IMDS request:"
				       " PUT %s", st->url);
				return -1;
			}
			continue;
		}
		debugf(c->debug, c->debug_ctx, "Caught retryable HTTP exception "
		       "while making metadata service request to %s: %s",
		       st->url, res.detail);
		if (res.outcome == FETCH_READ_TIMEOUT)
			return 0;
	}
	return 0;
}

/* One GET with retries: 1 with the body in res, 0 retries exhausted. */
static int imds_get(const imds_config *c, int token, int want_json,
		    fetch_result *res)
{
	fetch_request rq;
	http_field f[4];
	size_t n = 0;
	long i;
	json_doc d;
	char err[64];

	imds_request(c, &rq, f, &n, "GET");
	if (token) {
		f[n].name = "x-aws-ec2-metadata-token";
		f[n++].value = st->token;
	}
	rq.nfields = n;
	for (i = 0; i < c->attempts; i++) {
		fetch(&rq, res);
		if (res->outcome != FETCH_OK) {
			debugf(c->debug, c->debug_ctx, "Caught retryable HTTP "
			       "exception while making metadata service "
			       "request to %s: %s", st->url, res->detail);
			continue;
		}
		if (res->status != 200 || res->body_len == 0 ||
		    res->truncated) {
			debugf(c->debug, c->debug_ctx, "Metadata service "
			       "returned %s response with status code of %d "
			       "for url: %s", res->status != 200 ? "non-200" :
			       "no body", res->status, st->url);
			continue;
		}
		if (want_json) {
			json_init(&d, st->tok, DOC_TOKENS, DOC_DEPTH,
				  JSON_PYCONST);
			if (json_parse(&d, res->body, res->body_len, err,
				       sizeof err) != 0) {
				debugf(c->debug, c->debug_ctx, "Metadata "
				       "service returned invalid json "
				       "response with status code of %d for "
				       "url: %s", res->status, st->url);
				continue;
			}
		}
		return 1;
	}
	return 0;
}

static long jitter(void)
{
	unsigned v = 0;

	if (getrandom(&v, sizeof v, 0) != (ssize_t)sizeof v)
		v = (unsigned)time(NULL);
	return 120 + (long)(v % 481);
}

/* strptime(s, "%Y-%m-%dT%H:%M:%SZ") accepts s (digits where it wants). */
static int strict_utc(const char *s)
{
	static const char form[] = "dddd-dd-ddTdd:dd:ddZ";
	size_t i;

	for (i = 0; form[i]; i++) {
		if (form[i] == 'd' ? (s[i] < '0' || s[i] > '9') :
		    s[i] != form[i])
			return 0;
	}
	return s[i] == '\0';
}

/* botocore's _evaluate_expiration: keep expired credentials usable. */
static void extend_expiration(cred_keys *out, const imds_config *c)
{
	struct tm tm;
	time_t exp, now = time(NULL);
	long offset;
	char err[128];

	if (!strict_utc(out->expiration) ||
	    isotime_parse(out->expiration, &exp, err, sizeof err) !=
	    ISOTIME_OK) {
		debugf(c->debug, c->debug_ctx, "Unable to parse expiry_time in "
		       "%s", out->expiration);
		return;
	}
	offset = REFRESH_WINDOW + jitter();
	if (now >= exp - offset) {
		now += offset;
		gmtime_r(&now, &tm);
		strftime(out->expiration, sizeof out->expiration,
			 "%Y-%m-%dT%H:%M:%SZ", &tm);
		debugf(c->debug, c->debug_ctx, "Attempting credential "
		       "expiration extension due to a credential service "
		       "availability issue. A refresh of these credentials "
		       "will be attempted again within the next %.0f minutes.",
		       offset / 60.0);
	}
}

static int imds_fetch_work(const imds_config *c, cred_keys *out, char *role,
	       size_t rolecap, char *err, size_t errlen)
{
	static const char *const fields[] = {
		"AccessKeyId", "SecretAccessKey", "Token", "Expiration"
	};
	fetch_result res;
	json_doc d;
	int token, i, t[4];
	char jerr[64];

	if (c->disabled) {
		debugf(c->debug, c->debug_ctx, "Access to EC2 metadata has "
		       "been disabled.");
		return IMDS_NONE;
	}
	token = imds_token(c);
	if (token < 0)
		return IMDS_NONE;
	if (!token && c->v1_disabled)
		return msg_set(err, errlen, IMDS_ERROR, "Error retrieving metadata: Unable to "
			   "retrieve token for use in IMDSv2 call and IMDSv1 "
			   "has been disabled");
	if (build_url(c->base_url, CREDS_PATH, NULL) != 0 ||
	    !imds_get(c, token, 0, &res) || res.body_len >= rolecap)
		goto none;
	memcpy(role, res.body, res.body_len + 1);
	if (build_url(c->base_url, CREDS_PATH, role) != 0 ||
	    !imds_get(c, token, 1, &res))
		goto none;
	json_init(&d, st->tok, DOC_TOKENS, DOC_DEPTH, JSON_PYCONST);
	if (json_parse(&d, res.body, res.body_len, jerr, sizeof jerr) != 0)
		goto none;
	for (i = 0; i < 4; i++) {
		t[i] = json_object_get(&d, 0, fields[i], strlen(fields[i]));
		if (t[i] < 0) {
			debugf(c->debug, c->debug_ctx, "Retrieved credentials "
			       "is missing required field: %s", fields[i]);
			goto none;
		}
	}
	if (cred_keys_set_json(out, CRED_FIELD_ACCESS_KEY, &d, t[0], err,
			       errlen) ||
	    cred_keys_set_json(out, CRED_FIELD_SECRET, &d, t[1], err,
			       errlen) ||
	    cred_keys_set_json(out, CRED_FIELD_TOKEN, &d, t[2], err, errlen) ||
	    cred_keys_set_json(out, CRED_FIELD_EXPIRATION, &d, t[3], err,
			       errlen)) {
		secure_wipe(st->token, sizeof st->token);
		return IMDS_ERROR;
	}
	secure_wipe(st->token, sizeof st->token);
	extend_expiration(out, c);
	return IMDS_FOUND;
none:
	secure_wipe(st->token, sizeof st->token);
	debugf(c->debug, c->debug_ctx, "Max number of attempts exceeded (%ld)"
	       " when attempting to retrieve data from metadata service.",
	       c->attempts);
	return IMDS_NONE;
}

int imds_fetch(const imds_config *c, cred_keys *out, char *role,
	       size_t rolecap, char *err, size_t errlen)
{
	struct work w, *up = st;
	int rc;

	st = &w;
	rc = imds_fetch_work(c, out, role, rolecap, err, errlen);
	fetch_forget(&w, sizeof w);
	st = up;
	return rc;
}

/* ---- container credentials ------------------------------------------------- */

int container_url(char *url, size_t cap)
{
	const char *rel = getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
	const char *full = getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI");
	int n;

	if (rel)
		n = snprintf(url, cap, "http://" CONTAINER_HOST "%s", rel);
	else if (full)
		n = snprintf(url, cap, "%s", full);
	else
		return -1;
	return n >= 0 && (size_t)n < cap ? 0 : -1;
}

/* ipaddress.ip_address(h).is_loopback */
static int loopback(const char *h)
{
	int parts = 0, v, digits;

	if (strcmp(h, "::1") == 0)
		return 1;
	for (;;) {
		v = 0;
		digits = 0;
		while (*h >= '0' && *h <= '9') {
			if (digits && v == 0)
				return 0;       /* no leading zeros */
			v = v * 10 + (*h++ - '0');
			if (++digits > 3 || v > 255)
				return 0;
		}
		if (!digits)
			return 0;
		if (parts == 0 && v != 127)
			return 0;
		parts++;
		if (!*h)
			break;
		if (*h++ != '.')
			return 0;
	}
	return parts == 4;
}

int container_url_allowed(const char *url, char *err, size_t errlen)
{
	static const char *const allowed[] = {
		"169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost",
		NULL
	};
	char host[URL_HOST_MAX] = "";
	const char *p = url, *s, *e, *at;
	size_t n, i;
	int have = 0;

	/* urlparse: scheme, then //netloc */
	for (s = p; *s && ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')
			   || (s > p && ((*s >= '0' && *s <= '9') ||
					 *s == '+' || *s == '-' ||
					 *s == '.'))); s++)
		;
	if (s > p && *s == ':') {
		if ((size_t)(s - p) == 5 && strncasecmp(p, "https", 5) == 0)
			return 0;
		p = s + 1;
	}
	if (p[0] == '/' && p[1] == '/') {
		p += 2;
		e = p + strcspn(p, "/?#");
		at = NULL;
		for (s = p; s < e; s++)
			if (*s == '@')
				at = s;
		if (at)
			p = at + 1;
		if (*p == '[') {
			s = memchr(p, ']', (size_t)(e - p));
			if (s) {
				p++;
				e = s;
			}
		} else {
			s = memchr(p, ':', (size_t)(e - p));
			if (s)
				e = s;
		}
		n = (size_t)(e - p);
		if (n && n < sizeof host) {
			for (i = 0; i < n; i++)
				host[i] = (char)((p[i] >= 'A' && p[i] <= 'Z') ?
						 p[i] + 32 : p[i]);
			host[n] = '\0';
			have = 1;
		}
	}
	if (have) {
		if (loopback(host))
			return 0;
		for (i = 0; allowed[i]; i++)
			if (strcmp(host, allowed[i]) == 0)
				return 0;
	}
	snprintf(err, errlen, "Unsupported host '%s'.  Can only retrieve "
		 "metadata from a loopback address or one of these hosts: "
		 "169.254.170.2, 169.254.170.23, fd00:ec2::23, localhost",
		 have ? host : "None");
	return -1;
}

/* The authorization token: 1 found, 0 none, -1 error (message). */
static int auth_token(char *err, size_t errlen)
{
	const char *file = getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE");
	const char *env = getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN");
	size_t n = 0, i, o = 0;
	ssize_t r;
	int fd, e;

	if (file) {
		fd = open(file, O_RDONLY | O_CLOEXEC);
		if (fd < 0) {
			e = errno;
			py_str_repr(st->why, sizeof st->why, file, strlen(file));
			msg_set(err, errlen, IMDS_ERROR, "[Errno %d] %s: %s", e,
			    py_strerror(e), st->why);
			return -1;
		}
		while ((r = read(fd, st->auth + n, sizeof st->auth - 1 - n)) > 0)
			n += (size_t)r;
		e = errno;
		close(fd);
		if (r < 0) {
			py_str_repr(st->why, sizeof st->why, file, strlen(file));
			msg_set(err, errlen, IMDS_ERROR, "[Errno %d] %s: %s", e,
			    py_strerror(e), st->why);
			return -1;
		}
		if (n == sizeof st->auth - 1) {
			msg_set(err, errlen, IMDS_ERROR, "The container authorization token in "
			    "%s is longer than %d bytes", file,
			    AUTH_TOKEN_MAX - 2);
			return -1;
		}
		/* text mode: CRLF and CR read as LF */
		for (i = 0, o = 0; i < n; i++) {
			if (st->auth[i] == '\r' && i + 1 < n &&
			    st->auth[i + 1] == '\n')
				continue;
			st->auth[o++] = st->auth[i] == '\r' ? '\n' : st->auth[i];
		}
		st->auth[o] = '\0';
	} else if (env) {
		if (strlen(env) >= sizeof st->auth) {
			msg_set(err, errlen, IMDS_ERROR, "AWS_CONTAINER_AUTHORIZATION_TOKEN is "
			    "longer than %d bytes", AUTH_TOKEN_MAX - 1);
			return -1;
		}
		snprintf(st->auth, sizeof st->auth, "%s", env);
	} else {
		return 0;
	}
	if (strchr(st->auth, '\r') || strchr(st->auth, '\n') ||
	    strlen(st->auth) != (file ? o : strlen(env))) {
		secure_wipe(st->auth, sizeof st->auth);
		msg_set(err, errlen, IMDS_ERROR, "Auth token value is not a legal header value");
		return -1;
	}
	return 1;
}

/* One attempt: 0 with the document parsed into d, -1 with why set. */
static int container_once(const fetch_request *rq, json_doc *d,
			  fetch_result *res, char *err, size_t errlen,
			  int *fatal)
{
	char jerr[64];

	fetch(rq, res);
	if (res->outcome != FETCH_OK) {
		switch (res->outcome) {
		case FETCH_CONNECT_ERROR:
			msg_set(st->why, sizeof st->why, 0, "Received error when "
				 "attempting to retrieve container metadata: "
				 "Could not connect to the endpoint URL: \"%s\"",
				 res->url);
			break;
		case FETCH_CONNECT_TIMEOUT:
			msg_set(st->why, sizeof st->why, 0, "Received error when "
				 "attempting to retrieve container metadata: "
				 "Connect timeout on endpoint URL: \"%s\"",
				 res->url);
			break;
		case FETCH_READ_TIMEOUT:
			msg_set(st->why, sizeof st->why, 0, "Received error when "
				 "attempting to retrieve container metadata: "
				 "Read timeout on endpoint URL: \"%s\"",
				 res->url);
			break;
		case FETCH_CLOSED:
			msg_set(st->why, sizeof st->why, 0, "Received error when "
				 "attempting to retrieve container metadata: "
				 "Connection was closed before we received a "
				 "valid response from endpoint URL: \"%s\".",
				 res->url);
			break;
		default:
			msg_set(st->why, sizeof st->why, 0, "Received error when "
				 "attempting to retrieve container metadata: "
				 "%s", res->detail);
			break;
		}
		return -1;
	}
	if (res->truncated) {
		*fatal = 1;
		return msg_set(err, errlen, IMDS_ERROR, "The container credentials from %s are "
			   "longer than %d bytes", res->url, FETCH_BODY_MAX);
	}
	if (py_utf8_error(res->body, res->body_len, err, errlen) != 0) {
		*fatal = 1;
		return -1;
	}
	if (res->status != 200) {
		msg_set(st->why, sizeof st->why, 0, "Received non 200 response %d "
			 "from container metadata: %s", res->status, res->body);
		return -1;
	}
	json_init(d, st->tok, DOC_TOKENS, DOC_DEPTH, JSON_PYCONST);
	if (json_parse(d, res->body, res->body_len, jerr, sizeof jerr) != 0) {
		msg_set(st->why, sizeof st->why, 0, "Unable to parse JSON returned "
			 "from container metadata services");
		return -1;
	}
	return 0;
}

static int container_fetch_work(cred_keys *out, imds_debug_fn debug, void *debug_ctx,
		    char *err, size_t errlen)
{
	static const char *const fields[] = {
		"AccessKeyId", "SecretAccessKey", "Token", "Expiration"
	};
	static const int slots[] = {
		CRED_FIELD_ACCESS_KEY, CRED_FIELD_SECRET, CRED_FIELD_TOKEN,
		CRED_FIELD_EXPIRATION
	};
	fetch_request rq;
	fetch_result res;
	http_field f[4];
	size_t n = 0;
	json_doc d;
	int rc, attempt, fatal = 0, i, t;
	const char *type;

	if (container_url(st->url, sizeof st->url) != 0)
		return msg_set(err, errlen, IMDS_ERROR, "The container credentials URL is "
			   "longer than %d bytes", URL_MAX - 1);
	rc = auth_token(err, errlen);
	if (rc < 0)
		return IMDS_ERROR;
	if (container_url_allowed(st->url, err, errlen) != 0)
		goto fail;
	fetch_request_init(&rq);
	rq.url = st->url;
	rq.connect_timeout_ms = CONTAINER_TIMEOUT_MS;
	rq.read_timeout_ms = CONTAINER_TIMEOUT_MS;
	f[n].name = "Accept-Encoding";
	f[n++].value = "identity";
	f[n].name = "Accept";
	f[n++].value = "application/json";
	f[n].name = "User-Agent";
	f[n++].value = USER_AGENT;
	if (rc > 0) {
		f[n].name = "Authorization";
		f[n++].value = st->auth;
	}
	rq.fields = f;
	rq.nfields = n;
	for (attempt = 1;; attempt++) {
		if (container_once(&rq, &d, &res, err, errlen, &fatal) == 0)
			break;
		if (fatal)
			goto fail;
		debugf(debug, debug_ctx, "Received error when attempting to "
		       "retrieve container metadata: %s", st->why);
		if (attempt >= CONTAINER_ATTEMPTS) {
			msg_set(err, errlen, IMDS_ERROR, "Error when retrieving credentials "
			    "from container-role: Error retrieving metadata: "
			    "%s", st->why);
			goto fail;
		}
		sleep(1);
	}
	secure_wipe(st->auth, sizeof st->auth);
	if (st->tok[0].type != JSON_OBJECT) {
		type = py_json_type_name(&d, 0);
		if (strcmp(type, "list") == 0)
			return msg_set(err, errlen, IMDS_ERROR, "list indices must be integers "
				   "or slices, not str");
		if (strcmp(type, "str") == 0)
			return msg_set(err, errlen, IMDS_ERROR, "string indices must be "
				   "integers, not 'str'");
		return msg_set(err, errlen, IMDS_ERROR, "'%s' object is not subscriptable",
			   type);
	}
	for (i = 0; i < 4; i++) {
		t = json_object_get(&d, 0, fields[i], strlen(fields[i]));
		if (t < 0)
			return msg_set(err, errlen, IMDS_ERROR, "'%s'", fields[i]);
		if (cred_keys_set_json(out, slots[i], &d, t, err, errlen) != 0)
			return IMDS_ERROR;
	}
	return IMDS_FOUND;
fail:
	secure_wipe(st->auth, sizeof st->auth);
	return IMDS_ERROR;
}

int container_fetch(cred_keys *out, imds_debug_fn debug, void *debug_ctx,
		    char *err, size_t errlen)
{
	struct work w, *up = st;
	int rc;

	st = &w;
	rc = container_fetch_work(out, debug, debug_ctx, err, errlen);
	fetch_forget(&w, sizeof w);
	st = up;
	return rc;
}
