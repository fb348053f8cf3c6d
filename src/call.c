/*
 * call.c - the RespondActivityTaskCanceled exchange and botocore's retries.
 */
#include "call.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "http.h"
#include "random.h"
#include "retry.h"
#include "json.h"
#include "net.h"
#include "proxy.h"
#include "pyfmt.h"
#include "sha256.h"
#include "sigv4.h"
#include "tls.h"

#define USER_AGENT "swf-cancel/" SWF_VERSION " ua/2.1 os/linux " \
	"cfg/retry-mode#%s"
#define ERROR_TOKENS 512          /* JSON values of an error body */

/* Everything the call needs: on call_run's stack (see st below). */
struct call_work {
	proxy_config proxy;
	int forward;               /* plain HTTP through the proxy */
	int warned;                /* the insecure warning was given */
	net_conn net;
	tls_conn tls;
	http_writer writer;
	http_response resp;
	sigv4_result sig;
	char head[RESPONSE_HEAD_MAX_BYTES];
	char body[RESPONSE_BODY_MAX_BYTES + 1];
	json_tok tok[ERROR_TOKENS];
	char line[MSG_MAX_BYTES];
};

/*
 * The work area of the running call_run, which holds it on its stack: its
 * pages are the same that the other steps of a run use for theirs (the
 * parameters before, the output after), so the call costs no memory of its
 * own.  NULL outside call_run.
 */
static struct call_work *st;

/* ---- small helpers -------------------------------------------------------- */

static void debugf(const call_config *cfg, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void debugf(const call_config *cfg, const char *fmt, ...)
{
	va_list ap;

	if (!cfg->debug)
		return;
	va_start(ap, fmt);
	vsnprintf(st->line, sizeof st->line, fmt, ap);
	va_end(ap);
	cfg->debug(cfg->debug_ctx, st->line);
}

/* ---- the body: hashed in one pass, written in another ------------------ */

static int sink_hash(void *ctx, const void *data, size_t len)
{
	sha256_update(ctx, data, len);
	return 0;
}

static int sink_write(void *ctx, const void *data, size_t len)
{
	return http_writer_put(ctx, data, len, NULL, 0) != HTTP_OK;
}

/* ---- streams -------------------------------------------------------------- */

/* Classify a stream failure the way botocore names it. */
static int stream_outcome(long code)
{
	if (code == NET_ETIMEOUT)
		return CALL_READ_TIMEOUT;
	if (code <= TLS_E_FIRST_VERIFY && code >= TLS_E_LAST_VERIFY)
		return CALL_TLS_ERROR;
	return CALL_CLOSED;
}

/* The proxy failed: "Failed to connect to proxy URL" with the masked URL. */
static int proxy_failed(const call_config *cfg, call_result *res,
			const char *why)
{
	debugf(cfg, "proxy %s:%u: %s", st->proxy.host, st->proxy.port, why);
	proxy_masked_url(&st->proxy, res->detail, sizeof res->detail);
	return CALL_PROXY_ERROR;
}

/* CONNECT through the proxy to the endpoint (st->net is connected to it). */
static int open_tunnel(const call_config *cfg, call_result *res)
{
	long ne;
	int rc;

	debugf(cfg, "CONNECT %s port %u through the proxy", cfg->host,
	       cfg->port);
	rc = proxy_tunnel(&st->proxy, &st->net, cfg->host, cfg->port, &st->writer,
			  st->head, sizeof st->head, &ne, res->detail,
			  sizeof res->detail);
	switch (rc) {
	case PROXY_OK:
		return CALL_OK;
	case PROXY_E_REFUSED:
		return proxy_failed(cfg, res, res->detail);
	case PROXY_E_STREAM:
		debugf(cfg, "%s", res->detail);
		return ne == NET_ETIMEOUT ? CALL_READ_TIMEOUT : CALL_CLOSED;
	case PROXY_E_BAD_REPLY:
		debugf(cfg, "the proxy's answer to CONNECT: %s", res->detail);
		return CALL_CLOSED;
	default:
		return CALL_INTERNAL;
	}
}

static int open_stream(const call_config *cfg, http_stream *s,
		       call_result *res)
{
	const char *host = st->proxy.enabled ? st->proxy.host : cfg->host;
	unsigned port = st->proxy.enabled ? st->proxy.port : cfg->port;
	tls_options o;
	int rc;

	net_init(&st->net);
	st->forward = 0;
	if (st->proxy.enabled && st->proxy.status == PROXY_E_NO_HOST)
		return proxy_failed(cfg, res, "the proxy URL has no host");
	rc = net_connect(&st->net, host, port, cfg->connect_timeout_ms,
			 cfg->read_timeout_ms, res->detail, sizeof res->detail);
	if (rc != NET_OK) {
		debugf(cfg, "connect to %s port %u failed: %s", host, port,
		       res->detail);
		if (st->proxy.enabled)
			return proxy_failed(cfg, res, "connect failed");
		return rc == NET_ECONNTIMEOUT ? CALL_CONNECT_TIMEOUT :
		       CALL_CONNECT_ERROR;
	}
	if (!cfg->https) {
		st->forward = st->proxy.enabled;
		http_stream_net(s, &st->net);
		return CALL_OK;
	}
	if (st->proxy.enabled) {
		rc = open_tunnel(cfg, res);
		if (rc != CALL_OK) {
			net_close(&st->net);
			return rc;
		}
	}
	tls_options_init(&o);
	o.verify = cfg->verify_ssl;
	o.host = cfg->host;
	o.ca_bundle = cfg->ca_bundle;
	rc = tls_connect(&st->tls, &st->net, &o, res->detail,
			 sizeof res->detail);
	if (rc != TLS_OK) {
		debugf(cfg, "TLS handshake with %s failed: %s", cfg->host,
		       res->detail);
		if (st->tls.detail[0])
			debugf(cfg, "TLS: %s", st->tls.detail);
		net_close(&st->net);
		return rc == TLS_E_TIMEOUT ? CALL_READ_TIMEOUT :
		       rc == TLS_E_IO ? CALL_CLOSED : CALL_TLS_ERROR;
	}
	if (!cfg->verify_ssl && !st->warned && cfg->insecure) {
		st->warned = 1;
		cfg->insecure(cfg->insecure_ctx, st->proxy.enabled ?
			      st->proxy.host : cfg->host);
	}
	http_stream_tls(s, &st->tls);
	return CALL_OK;
}

static void close_stream(const call_config *cfg)
{
	if (cfg->https)
		tls_close(&st->tls);
	net_close(&st->net);
}

/*
 * A failure of plain HTTP through the proxy that urllib3 blames on the
 * proxy: the connection reset or closed before any byte of an answer.
 */
static int forward_failure(int http_rc, long stream_err, uint64_t received)
{
	if (!st->forward || received > 0)
		return 0;
	return http_rc == HTTP_E_NO_RESPONSE ||
	       (http_rc == HTTP_E_STREAM && stream_err == NET_ERESET);
}

/* ---- one attempt ------------------------------------------------------------ */

static int sign_request(const call_config *cfg, const char *date,
			const char *payload_hash, call_result *res)
{
	sigv4_request rq;
	sigv4_header h[4];

	h[0].name = "Content-Type";
	h[0].value = "application/x-amz-json-1.0";
	h[1].name = "Host";
	h[1].value = cfg->sign_host;
	h[2].name = "X-Amz-Date";
	h[2].value = date;
	h[3].name = "X-Amz-Target";
	h[3].value = CALL_TARGET;
	sigv4_request_init(&rq);
	rq.method = "POST";
	rq.path = cfg->path;
	rq.query = cfg->query;
	rq.headers = h;
	rq.nheaders = 4;
	rq.payload_sha256 = payload_hash;
	rq.access_key_id = cfg->access_key;
	rq.secret_key = cfg->secret_key;
	rq.session_token = cfg->session_token;
	rq.region = cfg->region;
	rq.service = "swf";
	rq.amz_date = date;
	if (sigv4_sign(&rq, &st->sig, res->detail, sizeof res->detail) != 0)
		return -1;
	debugf(cfg, "CanonicalRequest:\n%s", st->sig.creq);
	debugf(cfg, "StringToSign:\n%s", st->sig.sts);
	debugf(cfg, "Signature:\n%s", strrchr(st->sig.authz, '=') + 1);
	return 0;
}

/* The request headers for --debug, the session token left out. */
static void debug_fields(const call_config *cfg, const http_field *f,
			 size_t n)
{
	size_t i;

	if (!cfg->debug)
		return;
	for (i = 0; i < n; i++)
		debugf(cfg, "Request header %s: %s", f[i].name,
		       strcmp(f[i].name, "X-Amz-Security-Token") == 0 ||
		       strcmp(f[i].name, "Proxy-Authorization") == 0 ?
		       "<redacted>" : f[i].value);
}

static int send_request(const call_config *cfg, const params *p,
			const http_stream *s, int attempt, call_result *res)
{
	http_field f[10];
	size_t n = 0, body_len = params_body_len(p);
	char date[SIGV4_DATE_LEN + 1], hash_hex[SHA256_HEX_LEN + 1];
	char ua[128], sdk[64], inv[37], auth[PROXY_AUTH_MAX];
	int rc;
	unsigned char digest[SHA256_LEN];
	sha256_ctx h;

	sha256_init(&h);
	params_write_body(p, sink_hash, &h);
	sha256_final(&h, digest);
	hex_encode(digest, SHA256_LEN, hash_hex);
	sigv4_amz_date(time(NULL), date);
	snprintf(ua, sizeof ua, USER_AGENT,
		 cfg->standard_mode ? "standard" : "legacy");
	uuid4(inv);
	if (attempt == 1)
		snprintf(sdk, sizeof sdk, "attempt=1");
	else
		snprintf(sdk, sizeof sdk, "attempt=%d; max=%d", attempt,
			 cfg->max_attempts);

	f[n].name = "Accept-Encoding"; f[n++].value = "identity";
	f[n].name = "X-Amz-Target"; f[n++].value = CALL_TARGET;
	f[n].name = "Content-Type";
	f[n++].value = "application/x-amz-json-1.0";
	f[n].name = "User-Agent"; f[n++].value = ua;
	if (cfg->sign) {
		if (sign_request(cfg, date, hash_hex, res) != 0)
			return CALL_INTERNAL;
		f[n].name = "X-Amz-Date"; f[n++].value = date;
		if (cfg->session_token) {
			f[n].name = "X-Amz-Security-Token";
			f[n++].value = cfg->session_token;
		}
		f[n].name = "Authorization"; f[n++].value = st->sig.authz;
	}
	f[n].name = "amz-sdk-invocation-id"; f[n++].value = inv;
	f[n].name = "amz-sdk-request"; f[n++].value = sdk;
	if (st->forward && proxy_auth_value(&st->proxy, auth)) {
		f[n].name = "Proxy-Authorization";
		f[n++].value = auth;
	}
	debugf(cfg, "Sending http request: POST %s (attempt %d), "
	       "Content-Length: %zu", cfg->url, attempt, body_len);
	debug_fields(cfg, f, n);

	/* through a proxy, plain HTTP names the absolute URL */
	http_writer_init(&st->writer, s);
	rc = CALL_OK;
	if (http_write_request_head(&st->writer, "POST", st->forward ? cfg->url :
				    cfg->target, cfg->host_header, f, n,
				    (long long)body_len, res->detail,
				    sizeof res->detail) != HTTP_OK ||
	    params_write_body(p, sink_write, &st->writer) != 0 ||
	    http_writer_flush(&st->writer, res->detail,
			      sizeof res->detail) != HTTP_OK) {
		rc = CALL_INTERNAL;
		if (forward_failure(HTTP_E_STREAM, st->writer.stream_err, 0))
			rc = proxy_failed(cfg, res, "reset while sending");
		else if (st->writer.stream_err)
			rc = stream_outcome(st->writer.stream_err);
	}
	secure_wipe(&st->sig, sizeof st->sig);
	secure_wipe(auth, sizeof auth);
	secure_wipe(st->writer.buf, st->writer.len);  /* the rest: drained */
	return rc;
}

/* Python's `s in v` for a list (elements) or dict (keys) v. */
static int py_contains(const json_doc *d, int v, const char *s)
{
	json_iter it;
	int key, val;

	json_iter_init(&it, d, v);
	while (json_iter_next(&it, d, &key, &val))
		if (json_string_eq(d, key >= 0 ? key : val, s, strlen(s)))
			return 1;
	return 0;
}

/*
 * The error code from a non-string "__type" (token t), as botocore's
 * `if ':' in code: ...; if '#' in code: ...` and later use as a dict key
 * leave it: None keeps the empty code; a list or dict holding ':' or '#'
 * fails in .split/.rsplit, any other is unhashable; numbers and booleans
 * are not iterable.  Returns CALL_SERVICE_ERROR, or CALL_INTERNAL with
 * Python's message in res->detail.
 */
static int odd_type(const json_doc *d, int t, call_result *res)
{
	const char *name = py_json_type_name(d, t);
	int ty = d->tok[t].type, colon;

	if (ty == JSON_NULL) {
		res->code[0] = '\0';
		return CALL_SERVICE_ERROR;
	}
	if (ty != JSON_ARRAY && ty != JSON_OBJECT) {
		snprintf(res->detail, sizeof res->detail, "argument of type "
			 "'%s' is not iterable", name);
		return CALL_INTERNAL;
	}
	colon = py_contains(d, t, ":");
	if (colon || py_contains(d, t, "#"))
		snprintf(res->detail, sizeof res->detail, "'%s' object has no "
			 "attribute '%s'", name, colon ? "split" : "rsplit");
	else
		snprintf(res->detail, sizeof res->detail, "unhashable type: "
			 "'%s'", name);
	return CALL_INTERNAL;
}

/*
 * Fill res->code and res->message from an error response, as botocore.
 * Returns CALL_SERVICE_ERROR, or CALL_INTERNAL (res->detail) where
 * botocore's parser raises: a JSON body that is not an object ("'list'
 * object has no attribute 'get'"), an odd "__type" (see odd_type).
 */
static int parse_error(const http_response *r, call_result *res)
{
	json_doc d;
	char err[128];
	size_t len;
	const char *b = st->body;
	size_t blen = r->body_len;
	int t, hash;
	const http_header *q;
	char *c;

	snprintf(res->code, sizeof res->code, "%d", r->status);
	res->message[0] = '\0';
	while (blen && (*b == ' ' || *b == '\t' || *b == '\r' || *b == '\n')) {
		b++;
		blen--;
	}
	if (r->status >= 500 && (blen == 0 || (blen >= 6 &&
					      memcmp(b, "<html>", 6) == 0))) {
		snprintf(res->message, sizeof res->message, "%s",
			 retry_reason_phrase(r->status));
		return CALL_SERVICE_ERROR;
	}
	if (r->body_len == 0)
		return CALL_SERVICE_ERROR;
	json_init(&d, st->tok, ERROR_TOKENS, 32, JSON_PYCONST);
	if (json_parse(&d, st->body, r->body_len, err, sizeof err) != 0) {
		/* not JSON: the body is the message */
		snprintf(res->message, sizeof res->message, "%.*s",
			 (int)r->body_len, st->body);
		return CALL_SERVICE_ERROR;
	}
	if (st->tok[0].type != JSON_OBJECT) {
		snprintf(res->detail, sizeof res->detail, "'%s' object has no "
			 "attribute 'get'", py_json_type_name(&d, 0));
		return CALL_INTERNAL;
	}
	t = json_object_get(&d, 0, "message", 7);
	if (t < 0)
		t = json_object_get(&d, 0, "Message", 7);
	if (t >= 0 && st->tok[t].type != JSON_STRING)
		py_json_str(res->message, sizeof res->message, &d, t);
	else if (t >= 0 && json_string_decode(&d, t, res->message,
					      sizeof res->message, &len, err,
					      sizeof err) != 0)
		snprintf(res->message, sizeof res->message, "%.*s",
			 (int)(st->tok[t].end - st->tok[t].start),
			 st->body + st->tok[t].start);
	t = json_object_get(&d, 0, "__type", 6);
	if (t >= 0 && st->tok[t].type != JSON_STRING) {
		if (odd_type(&d, t, res) != CALL_SERVICE_ERROR)
			return CALL_INTERNAL;
	} else if (t >= 0 && json_string_decode(&d, t, res->code,
					 sizeof res->code, &len, err,
					 sizeof err) == 0) {
		c = strchr(res->code, ':');
		if (c)
			*c = '\0';
		c = strrchr(res->code, '#');
		if (c)
			memmove(res->code, c + 1, strlen(c + 1) + 1);
	}
	q = http_header_get(r, "x-amzn-query-error");
	if (q) {
		for (hash = 0; (size_t)hash < q->value_len &&
		     q->value[hash] != ';'; hash++)
			;
		snprintf(res->code, sizeof res->code, "%.*s", hash, q->value);
	}
	return CALL_SERVICE_ERROR;
}

static int one_attempt(const call_config *cfg, const params *p, int attempt,
		       call_result *res)
{
	http_stream s;
	int rc;

	res->detail[0] = '\0';
	rc = open_stream(cfg, &s, res);
	if (rc != CALL_OK)
		return rc;
	rc = send_request(cfg, p, &s, attempt, res);
	if (rc != CALL_OK) {
		close_stream(cfg);
		return rc;
	}
	http_response_init(&st->resp);
	rc = http_read_response(&s, &st->resp, st->head, sizeof st->head,
				st->body, sizeof st->body - 1, res->detail,
				sizeof res->detail);
	close_stream(cfg);
	if (rc == HTTP_E_BODY_TOO_BIG) {
		/* an answer all the same: its first bytes are kept (limits.h) */
		debugf(cfg, "response body cut: %s", res->detail);
		res->detail[0] = '\0';
		rc = HTTP_OK;
	}
	if (rc != HTTP_OK) {
		debugf(cfg, "reading the response failed: %s", res->detail);
		if (forward_failure(rc, st->resp.stream_err, st->resp.received))
			return proxy_failed(cfg, res, "closed without an answer");
		if (rc == HTTP_E_STREAM)
			return stream_outcome(st->resp.stream_err);
		return CALL_CLOSED;
	}
	st->body[st->resp.body_len] = '\0';
	res->status = st->resp.status;
	debugf(cfg, "Response headers:\n%.*s", (int)st->resp.head_len,
	       st->resp.head);
	debugf(cfg, "Response body:\n%.*s", (int)st->resp.body_len, st->body);
	if (st->resp.status < 300)
		return CALL_OK;
	return parse_error(&st->resp, res);
}

/* ---- retries ---------------------------------------------------------------- */

/* Whether botocore retries this outcome (retry.h for service errors). */
static int retryable(const call_config *cfg, int outcome,
		     const call_result *res)
{
	switch (outcome) {
	case CALL_CONNECT_ERROR:
	case CALL_CONNECT_TIMEOUT:
	case CALL_READ_TIMEOUT:
	case CALL_CLOSED:
	case CALL_TLS_ERROR:       /* SSLError is a ConnectionError */
	case CALL_PROXY_ERROR:     /* and so is ProxyConnectionError */
		return 1;
	case CALL_SERVICE_ERROR:
		return retry_service_error(cfg->standard_mode, res->status,
					   res->code, NULL);
	default:
		return 0;
	}
}

int call_run(const call_config *cfg, const params *p, call_result *res)
{
	int attempt, outcome = CALL_INTERNAL;
	double delay;
	struct call_work work;

	st = &work;
	tls_init(&st->tls);
	/* (fields, not the whole struct: its message buffer stays untouched
	 * memory unless an error fills it) */
	res->outcome = res->status = res->attempts = res->max_reached = 0;
	res->code[0] = res->message[0] = res->detail[0] = '\0';
	st->warned = 0;
	if (proxy_select(&st->proxy, cfg->url, cfg->envp, res->detail,
			 sizeof res->detail) != PROXY_OK) {
		/* botocore meets these while sending: no retry */
		res->attempts = 1;
		res->outcome = CALL_INTERNAL;
		st = NULL;
		return CALL_INTERNAL;
	}
	if (st->proxy.enabled) {
		proxy_masked_url(&st->proxy, res->detail, sizeof res->detail);
		debugf(cfg, "Using proxy %s for %s", res->detail, cfg->url);
		res->detail[0] = '\0';
	}
	for (attempt = 1; attempt <= cfg->max_attempts; attempt++) {
		res->attempts = attempt;
		outcome = one_attempt(cfg, p, attempt, res);
		if (outcome == CALL_OK || !retryable(cfg, outcome, res))
			break;
		if (attempt == cfg->max_attempts) {
			res->max_reached = 1;
			debugf(cfg, "Max attempts of %d reached.",
			       cfg->max_attempts);
			break;
		}
		delay = retry_backoff(cfg->standard_mode, attempt);
		debugf(cfg, "Retry needed, retrying request after delay of: %f",
		       delay);
		retry_sleep(delay);
	}
	res->outcome = outcome;
	secure_wipe(&work.tls.cc, sizeof work.tls.cc);  /* session keys */
	st = NULL;
	return outcome;
}
