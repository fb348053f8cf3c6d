/*
 * sts.c - STS AssumeRole / AssumeRoleWithWebIdentity for the credential
 * chain.  See sts.h.
 */
#include "sts.h"
#include "text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "endpoint.h"
#include "fetch.h"
#include "json.h"
#include "msg.h"
#include "limits.h"
#include "pyfmt.h"
#include "sha256.h"
#include "xml.h"
#include "random.h"
#include "retry.h"

#define USER_AGENT "swf-cancel/" SWF_VERSION " ua/2.1 os/linux " \
	"cfg/retry-mode#%s"
#define CONTENT_TYPE "application/x-www-form-urlencoded; charset=utf-8"
#define VALIDATION_MAX 1024       /* "Parameter validation failed" lines */
#define REPR_MAX 2048             /* body shown in a parse error message */

/* Regions whose legacy STS endpoint was the global one. */
static const char *const legacy_global[] = {
	"ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2",
	"aws-global", "ca-central-1", "eu-central-1", "eu-north-1",
	"eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1",
	"us-east-2", "us-west-1", "us-west-2", NULL
};

/*
 * What lives across the whole call, fetch included.  Buffers needed only
 * before or after the fetch (the signature's workings, the parsed URL,
 * debug lines, message reprs) are on the frames of the functions that use
 * them, so that the fetch's own stack reuses their pages: the address
 * space a call needs is its deepest chain of frames (test_memory.py).
 */
struct work {
	char authz[SIGV4_MAX_AUTHZ];        /* Authorization header value */
	char req[FETCH_REQ_MAX];            /* the request body */
	fetch_result res;                   /* the last answer */
};

/*
 * The work area of the running entry point, which holds it on its stack
 * and forgets it on return (fetch_forget); NULL outside.
 */
static struct work *st;

/* ---- small helpers ---------------------------------------------------------- */

static void debugf(const sts_request *rq, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void debugf(const sts_request *rq, const char *fmt, ...)
{
	char line[MSG_MAX_BYTES];
	va_list ap;

	if (!rq->debug)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	rq->debug(rq->debug_ctx, line);
}

/* ---- endpoint ------------------------------------------------------------- */

static int in_list(const char *s, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(s, *list) == 0)
			return 1;
	return 0;
}

int sts_resolve_endpoint(const sts_endpoint_in *in, sts_endpoint *out,
			 char *err, size_t errlen)
{
	const endpoint_partition *p;
	const char *r = in->region, *sign = in->region;
	int n;

	memset(out, 0, sizeof *out);
	if (in->regional && *in->regional &&
	    strcmp(in->regional, "legacy") != 0 &&
	    strcmp(in->regional, "regional") != 0)
		return msg_set(err, errlen, STS_ERROR, "STS regional endpoints option %s is "
			   "invalid. Valid options are: \"legacy\", "
			   "\"regional\"", in->regional);
	if (in->configured) {
		if (!r || !*r)
			return msg_set(err, errlen, STS_ERROR, "Invalid Configuration: "
				   "Missing Region");
		n = snprintf(out->url, sizeof out->url, "%s", in->configured);
		snprintf(out->signing_region, sizeof out->signing_region, "%s",
			 r);
		return n < (int)sizeof out->url ? STS_OK :
		       msg_set(err, errlen, STS_ERROR, "The STS endpoint URL is too long");
	}
	if (!r || !*r)
		return msg_set(err, errlen, STS_ERROR, "Invalid Configuration: Missing Region");
	p = endpoint_partition_of(r);
	if (in->regional && strcmp(in->regional, "legacy") == 0 &&
	    !in->use_fips && !in->use_dualstack && in_list(r, legacy_global)) {
		snprintf(out->url, sizeof out->url, "https://sts.amazonaws.com");
		sign = "us-east-1";
	} else if (in->use_fips && in->use_dualstack) {
		if (!p->supports_fips || !p->supports_dualstack)
			return msg_set(err, errlen, STS_ERROR, "FIPS and DualStack are "
				   "enabled, but this partition does not "
				   "support one or both");
		snprintf(out->url, sizeof out->url, "https://sts-fips.%s.%s", r,
			 p->dualstack_dns_suffix);
	} else if (in->use_fips) {
		if (!p->supports_fips)
			return msg_set(err, errlen, STS_ERROR, "FIPS is enabled but this "
				   "partition does not support FIPS");
		if (strcmp(p->id, "aws-us-gov") == 0)
			snprintf(out->url, sizeof out->url,
				 "https://sts.%s.amazonaws.com", r);
		else
			snprintf(out->url, sizeof out->url,
				 "https://sts-fips.%s.%s", r, p->dns_suffix);
	} else if (in->use_dualstack) {
		if (!p->supports_dualstack)
			return msg_set(err, errlen, STS_ERROR, "DualStack is enabled but this "
				   "partition does not support DualStack");
		snprintf(out->url, sizeof out->url, "https://sts.%s.%s", r,
			 p->dualstack_dns_suffix);
	} else if (strcmp(r, "aws-global") == 0) {
		snprintf(out->url, sizeof out->url, "https://sts.amazonaws.com");
		sign = "us-east-1";
	} else {
		snprintf(out->url, sizeof out->url, "https://sts.%s.%s", r,
			 p->dns_suffix);
	}
	snprintf(out->signing_region, sizeof out->signing_region, "%s", sign);
	return STS_OK;
}

/* ---- the form body ---------------------------------------------------------- */

int sts_form_encode(char *out, size_t cap, size_t *len, const char *s,
		    size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i, o = *len;
	unsigned char c;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == '.' || c == '~') {
			if (o + 2 > cap)
				return -1;
			out[o++] = (char)c;
		} else if (c == ' ') {
			if (o + 2 > cap)
				return -1;
			out[o++] = '+';
		} else {
			if (o + 4 > cap)
				return -1;
			out[o++] = '%';
			out[o++] = hex[c >> 4];
			out[o++] = hex[c & 15];
		}
	}
	out[o] = '\0';
	*len = o;
	return 0;
}

typedef struct {
	char *buf;
	size_t len;
	int full;
	char problems[VALIDATION_MAX];
	size_t plen;
} form;

static void add_raw(form *f, const char *s)
{
	size_t n = strlen(s);

	if (f->full || f->len + n + 1 > FETCH_REQ_MAX) {
		f->full = 1;
		return;
	}
	memcpy(f->buf + f->len, s, n + 1);
	f->len += n;
}

static void problem(form *f, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void problem(form *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (f->plen + 2 >= sizeof f->problems)
		return;
	f->problems[f->plen++] = '\n';
	va_start(ap, fmt);
	n = vsnprintf(f->problems + f->plen, sizeof f->problems - f->plen,
		      fmt, ap);
	va_end(ap);
	if (n > 0)
		f->plen += (size_t)n < sizeof f->problems - f->plen ?
			   (size_t)n : sizeof f->problems - f->plen - 1;
}

/* "&Name=value", with botocore's length check (min in code points). */
static void add_param(form *f, const char *name, const char *v, size_t min)
{
	size_t chars;

	if (!v)
		return;
	chars = utf8_count_chars(v, strlen(v));
	if (chars < min)
		problem(f, "Invalid length for parameter %s, value: %zu, valid "
			"min length: %zu", name, chars, min);
	add_raw(f, "&");
	add_raw(f, name);
	add_raw(f, "=");
	if (!f->full && sts_form_encode(f->buf, FETCH_REQ_MAX, &f->len, v,
					strlen(v)) != 0)
		f->full = 1;
}

/* Python's open(path).read() text mode: the token, CRLF as LF. */
static int add_token_file(form *f, const char *path, char *err,
			  size_t errlen)
{
	char chunk[512], fixed[512], rep[REPR_MAX];
	size_t rcap = sizeof rep;
	size_t total = 0, chars = 0, i, n;
	ssize_t r;
	int fd, pending_cr = 0, e;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		/* reading a directory fails with EISDIR, as Python's does */
		r = read(fd, chunk, 0);
		if (r < 0) {
			e = errno;
			close(fd);
			errno = e;
			fd = -1;
		}
	}
	if (fd < 0) {
		e = errno;
		py_str_repr(rep, rcap, path, strlen(path));
		return msg_set(err, errlen, STS_ERROR, "[Errno %d] %s: %s", e,
			   py_strerror(e), rep);
	}
	add_raw(f, "&WebIdentityToken=");
	for (;;) {
		r = read(fd, chunk, sizeof chunk);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			e = errno;
			close(fd);
			py_str_repr(rep, rcap, path, strlen(path));
			return msg_set(err, errlen, STS_ERROR, "[Errno %d] %s: %s", e,
				   py_strerror(e), rep);
		}
		if (r == 0)
			break;
		for (i = 0, n = 0; i < (size_t)r; i++) {
			if (pending_cr && chunk[i] == '\n') {
				pending_cr = 0;
				continue;
			}
			pending_cr = chunk[i] == '\r';
			fixed[n++] = pending_cr ? '\n' : chunk[i];
		}
		total += n;
		chars += utf8_count_chars(fixed, n);
		if (total > STS_WEB_TOKEN_MAX)
			break;
		if (!f->full && sts_form_encode(f->buf, FETCH_REQ_MAX, &f->len,
						fixed, n) != 0)
			f->full = 1;
		secure_wipe(chunk, sizeof chunk);
		secure_wipe(fixed, sizeof fixed);
	}
	close(fd);
	secure_wipe(chunk, sizeof chunk);
	secure_wipe(fixed, sizeof fixed);
	if (total > STS_WEB_TOKEN_MAX)
		return msg_set(err, errlen, STS_ERROR, "The web identity token in %s is longer "
			   "than %d bytes", path, STS_WEB_TOKEN_MAX);
	if (chars < 4)
		problem(f, "Invalid length for parameter WebIdentityToken, "
			"value: %zu, valid min length: 4", chars);
	return STS_OK;
}

static int build_body(const sts_request *rq, form *f, char *err,
		      size_t errlen)
{
	char num[32];

	f->buf = st->req;
	f->len = 0;
	f->full = 0;
	f->plen = 0;
	f->buf[0] = '\0';
	add_raw(f, rq->web_identity ? "Action=AssumeRoleWithWebIdentity" :
		"Action=AssumeRole");
	add_raw(f, "&Version=" STS_VERSION);
	if (rq->session_name_first)
		add_param(f, "RoleSessionName", rq->role_session_name, 2);
	if (!rq->web_identity) {
		add_param(f, "ExternalId", rq->external_id, 2);
		add_param(f, "SerialNumber", rq->serial_number, 9);
		if (rq->duration_seconds >= 0) {
			snprintf(num, sizeof num, "%ld", rq->duration_seconds);
			if (rq->duration_seconds < 900)
				problem(f, "Invalid value for parameter "
					"DurationSeconds, value: %ld, valid "
					"min value: 900", rq->duration_seconds);
			add_raw(f, "&DurationSeconds=");
			add_raw(f, num);
		}
	}
	add_param(f, "RoleArn", rq->role_arn, 20);
	if (!rq->session_name_first)
		add_param(f, "RoleSessionName", rq->role_session_name, 2);
	if (!rq->web_identity)
		add_param(f, "TokenCode", rq->token_code, 6);
	else if (add_token_file(f, rq->token_file, err, errlen) != STS_OK)
		return STS_ERROR;
	if (f->plen) {
		f->problems[f->plen] = '\0';
		return msg_set(err, errlen, STS_ERROR, "Parameter validation failed:%s",
			   f->problems);
	}
	if (f->full)
		return msg_set(err, errlen, STS_ERROR, "The STS request is longer than %d "
			   "bytes", FETCH_REQ_MAX);
	return STS_OK;
}

/* ---- one attempt ---------------------------------------------------------------- */

enum { A_OK, A_SERVICE, A_TRANSPORT, A_FATAL };

/*
 * Check the endpoint URL and, for AssumeRole, sign body[0..len) at date
 * into st->authz.  Not inlined: the parsed URL and the signature's
 * workings are on this frame only, gone before the fetch.
 */
static __attribute__((noinline)) int prepare_request(const sts_request *rq,
						     const char *body,
						     size_t len,
						     const char *date,
						     char *err, size_t errlen)
{
	url_endpoint url, *u = &url;
	sigv4_result sig;
	sigv4_request s;
	sigv4_header h[3];
	unsigned char digest[SHA256_LEN];
	char hash[SHA256_HEX_LEN + 1];
	int rc;

	if (url_parse(rq->endpoint->url, u, err, errlen) != URL_OK)
		return -1;
	if (rq->web_identity)
		return 0;          /* AssumeRoleWithWebIdentity is not signed */

	sha256(body, len, digest);
	hex_encode(digest, SHA256_LEN, hash);
	h[0].name = "Content-Type";
	h[0].value = CONTENT_TYPE;
	h[1].name = "Host";
	h[1].value = u->sign_host;
	h[2].name = "X-Amz-Date";
	h[2].value = date;
	sigv4_request_init(&s);
	s.method = "POST";
	s.path = u->path;
	s.query = u->query;
	s.headers = h;
	s.nheaders = 3;
	s.payload_sha256 = hash;
	s.access_key_id = rq->access_key;
	s.secret_key = rq->secret_key;
	s.session_token = rq->session_token;
	s.region = rq->endpoint->signing_region;
	s.service = "sts";
	s.amz_date = date;
	rc = sigv4_sign(&s, &sig, err, errlen) == SIGV4_OK ? 0 : -1;
	if (rc == 0) {
		debugf(rq, "CanonicalRequest:\n%s", sig.creq);
		debugf(rq, "StringToSign:\n%s", sig.sts);
		memcpy(st->authz, sig.authz, sizeof st->authz);
	}
	secure_wipe(&sig, sizeof sig);
	return rc;
}

static int send_once(const sts_request *rq, const char *body, size_t len,
		     int attempt, fetch_result *res, char *err, size_t errlen)
{
	fetch_request fr;
	http_field f[9];
	size_t n = 0;
	char date[SIGV4_DATE_LEN + 1] = "", ua[128], inv[37], sdk[64];

	if (!rq->web_identity)
		sigv4_amz_date(time(NULL), date);
	if (prepare_request(rq, body, len, date, err, errlen) != 0)
		return A_FATAL;
	snprintf(ua, sizeof ua, USER_AGENT,
		 rq->standard_mode ? "standard" : "legacy");
	uuid4(inv);
	if (attempt == 1)
		snprintf(sdk, sizeof sdk, "attempt=1");
	else
		snprintf(sdk, sizeof sdk, "attempt=%d; max=%d", attempt,
			 rq->max_attempts);
	f[n].name = "Accept-Encoding"; f[n++].value = "identity";
	f[n].name = "Content-Type"; f[n++].value = CONTENT_TYPE;
	f[n].name = "User-Agent"; f[n++].value = ua;
	if (!rq->web_identity) {
		f[n].name = "X-Amz-Date"; f[n++].value = date;
		if (rq->session_token) {
			f[n].name = "X-Amz-Security-Token";
			f[n++].value = rq->session_token;
		}
		f[n].name = "Authorization"; f[n++].value = st->authz;
	}
	f[n].name = "amz-sdk-invocation-id"; f[n++].value = inv;
	f[n].name = "amz-sdk-request"; f[n++].value = sdk;
	fetch_request_init(&fr);
	fr.method = "POST";
	fr.url = rq->endpoint->url;
	fr.fields = f;
	fr.nfields = n;
	fr.body = body;
	fr.body_len = (long long)len;
	fr.connect_timeout_ms = 60000;
	fr.read_timeout_ms = 60000;
	fr.ca_bundle = rq->ca_bundle;
	debugf(rq, "Sending STS %s request: POST %s (attempt %d)",
	       rq->web_identity ? "AssumeRoleWithWebIdentity" : "AssumeRole",
	       rq->endpoint->url, attempt);
	fetch(&fr, res);
	secure_wipe(st->authz, sizeof st->authz);
	if (res->outcome != FETCH_OK) {
		debugf(rq, "STS request failed: %s", res->detail);
		return A_TRANSPORT;
	}
	debugf(rq, "STS response: HTTP %d, %zu body bytes", res->status,
	       res->body_len);
	return res->status >= 301 ? A_SERVICE : A_OK;
}

static int transport_message(const fetch_result *res, char *err,
			     size_t errlen)
{
	switch (res->outcome) {
	case FETCH_CONNECT_ERROR:
		return msg_set(err, errlen, STS_ERROR, "Could not connect to the endpoint "
			   "URL: \"%s\"", res->url);
	case FETCH_CONNECT_TIMEOUT:
		return msg_set(err, errlen, STS_ERROR, "Connect timeout on endpoint URL: "
			   "\"%s\"", res->url);
	case FETCH_READ_TIMEOUT:
		return msg_set(err, errlen, STS_ERROR, "Read timeout on endpoint URL: \"%s\"",
			   res->url);
	case FETCH_CLOSED:
		return msg_set(err, errlen, STS_ERROR, "Connection was closed before we "
			   "received a valid response from endpoint URL: "
			   "\"%s\".", res->url);
	case FETCH_TLS_ERROR:
		return msg_set(err, errlen, STS_ERROR, "SSL validation failed for %s %s",
			   res->url, res->detail);
	default:
		return msg_set(err, errlen, STS_ERROR, "%s", res->detail);
	}
}

/*
 * Blank the text of <SecretAccessKey> and <SessionToken> elements in
 * body[0..n) (a copy): a broken answer may still hold credentials, and a
 * message must not.
 */
static void redact(char *body, size_t n)
{
	static const char *const tags[] = {
		"<SecretAccessKey>", "<SessionToken>", NULL
	};
	size_t i, j, t;

	for (t = 0; tags[t]; t++) {
		size_t len = strlen(tags[t]);
		for (i = 0; i + len <= n; i++) {
			if (memcmp(body + i, tags[t], len) != 0)
				continue;
			for (j = i + len; j < n && body[j] != '<'; j++)
				body[j] = '*';
		}
	}
}

/* botocore's ResponseParserError for a body that is not XML. */
static int parse_failure(const fetch_result *res, const char *why,
			 char *err, size_t errlen)
{
	char *copy = st->req, repr[REPR_MAX];
	size_t n = res->body_len < FETCH_REQ_MAX ? res->body_len :
		   FETCH_REQ_MAX;

	memcpy(copy, res->body, n);
	redact(copy, n);
	py_bytes_repr(repr, sizeof repr, copy, n);
	secure_wipe(copy, n);
	return msg_set(err, errlen, STS_ERROR, "Unable to parse response (%s), invalid XML "
		   "received. Further retries may succeed:\n%s", why, repr);
}

static int xml_or_fail(const fetch_result *res, char *err, size_t errlen)
{
	char why[160];

	if (res->truncated)
		return msg_set(err, errlen, STS_ERROR, "The response from %s is longer than "
			   "%d bytes", res->url, FETCH_BODY_MAX);
	if (xml_check(res->body, res->body_len, why, sizeof why) != XML_OK)
		return parse_failure(res, why, err, errlen);
	return STS_OK;
}

/* Error code and message of an error answer, as botocore parses them. */
static int error_fields(const fetch_result *res, char *code, size_t ccap,
			char *message, size_t mcap, char *err, size_t errlen)
{
	const char *b = res->body;
	size_t n = res->body_len;
	const char *base;
	char path[32];
	int rc;

	while (n && (*b == ' ' || *b == '\t' || *b == '\r' || *b == '\n')) {
		b++;
		n--;
	}
	if (res->status >= 500 && (n == 0 || (n >= 6 &&
					     memcmp(b, "<html>", 6) == 0))) {
		snprintf(code, ccap, "%d", res->status);
		snprintf(message, mcap, "%s", retry_reason_phrase(res->status));
		return STS_OK;
	}
	if (xml_or_fail(res, err, errlen) != STS_OK)
		return STS_ERROR;
	base = xml_has_child(res->body, res->body_len, "Errors/Error") ==
	       XML_OK ? "Errors/Error/" : "Error/";
	snprintf(path, sizeof path, "%sCode", base);
	rc = xml_child_text(res->body, res->body_len, path, code, ccap,
			    NULL);
	if (rc == XML_NOT_FOUND)
		snprintf(code, ccap, "Unknown");
	else if (rc == XML_OK && !code[0])
		snprintf(code, ccap, "None");
	snprintf(path, sizeof path, "%sMessage", base);
	rc = xml_child_text(res->body, res->body_len, path, message, mcap,
			    NULL);
	if (rc == XML_NOT_FOUND)
		snprintf(message, mcap, "Unknown");
	else if (rc == XML_OK && !message[0])
		snprintf(message, mcap, "None");
	return STS_OK;
}

static int retryable_error(const sts_request *rq, int status,
			   const char *code)
{
	return retry_service_error(rq->standard_mode, status, code,
				   "IDPCommunicationError");
}

/* One answer field into dst; KeyError text when absent. */
static int field(const fetch_result *res, const char *result,
		 const char *name, char *dst, size_t cap, char *err,
		 size_t errlen)
{
	char path[128];
	int rc;

	snprintf(path, sizeof path, "%s/Credentials/%s", result, name);
	rc = xml_child_text(res->body, res->body_len, path, dst, cap, NULL);
	if (rc == XML_NOT_FOUND)
		return msg_set(err, errlen, STS_ERROR, "'%s'", name);
	if (rc != XML_OK) {
		secure_wipe(dst, cap);
		return msg_set(err, errlen, STS_ERROR, "The %s in the STS answer is longer "
			   "than %zu bytes", name, cap - 1);
	}
	return STS_OK;
}

static int parse_success(const sts_request *rq, const fetch_result *res,
			 cred_keys *out, char *err, size_t errlen)
{
	const char *result = rq->web_identity ?
			     "AssumeRoleWithWebIdentityResult" :
			     "AssumeRoleResult";
	char path[96];

	if (xml_or_fail(res, err, errlen) != STS_OK)
		return STS_ERROR;
	if (xml_has_child(res->body, res->body_len, result) != XML_OK)
		return msg_set(err, errlen, STS_ERROR, "'%s'", result);
	snprintf(path, sizeof path, "%s/Credentials", result);
	if (xml_has_child(res->body, res->body_len, path) != XML_OK)
		return msg_set(err, errlen, STS_ERROR, "'Credentials'");
	if (field(res, result, "Expiration", out->expiration,
		  sizeof out->expiration, err, errlen) ||
	    field(res, result, "AccessKeyId", out->access_key,
		  sizeof out->access_key, err, errlen) ||
	    field(res, result, "SecretAccessKey", out->secret_key,
		  sizeof out->secret_key, err, errlen) ||
	    field(res, result, "SessionToken", out->session_token,
		  sizeof out->session_token, err, errlen))
		return STS_ERROR;
	return STS_OK;
}

static int sts_call_work(const sts_request *rq, cred_keys *out, char *err,
	     size_t errlen)
{
	fetch_result *res = &st->res;
	static char code[256], message[1024];
	const char *op = rq->web_identity ? "AssumeRoleWithWebIdentity" :
			 "AssumeRole";
	form *f;
	static form fm;
	int attempt, a, rc = STS_ERROR;

	f = &fm;
	if (build_body(rq, f, err, errlen) != STS_OK)
		goto done;
	for (attempt = 1; attempt <= rq->max_attempts; attempt++) {
		a = send_once(rq, f->buf, f->len, attempt, res, err, errlen);
		if (a == A_FATAL)
			goto done;
		if (a == A_OK) {
			rc = parse_success(rq, res, out, err, errlen);
			goto done;
		}
		if (a == A_SERVICE) {
			if (error_fields(res, code, sizeof code, message,
					 sizeof message, err, errlen) != STS_OK)
				goto done;
			if (!retryable_error(rq, res->status, code)) {
				msg_set(err, errlen, STS_ERROR, "An error occurred (%s) when "
				    "calling the %s operation: %s", code, op,
				    message);
				goto done;
			}
			if (attempt == rq->max_attempts) {
				msg_set(err, errlen, STS_ERROR, "An error occurred (%s) when "
				    "calling the %s operation (reached max "
				    "retries: %d): %s", code, op, attempt - 1,
				    message);
				goto done;
			}
		} else if (attempt == rq->max_attempts) {
			transport_message(res, err, errlen);
			goto done;
		}
		debugf(rq, "Retry needed, retrying request");
		retry_sleep(retry_backoff(rq->standard_mode, attempt));
	}
done:
	secure_wipe(fm.buf, FETCH_REQ_MAX);
	if (rc != STS_OK) {
		const char *source = out->source;
		secure_wipe(out, sizeof *out);
		out->source = source;
	}
	return rc;
}

int sts_call(const sts_request *rq, cred_keys *out, char *err,
	     size_t errlen)
{
	struct work w, *up = st;
	int rc;

	st = &w;
	rc = sts_call_work(rq, out, err, errlen);
	fetch_forget(&w, sizeof w);
	st = up;
	return rc;
}
