/*
 * fetch.c - one HTTP(S) request and response for the credential sources.
 */
#include "fetch.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "net.h"
#include "sha256.h"
#include "tls.h"

#define PAGE 4096

/*
 * The connection of one exchange, on fetch()'s stack: its pages are shared
 * with the other steps of a run.
 */
struct conn {
	net_conn net;
	tls_conn tls;
	/* the request goes out whole before the answer's head comes in */
	union {
		http_writer writer;
		char head[FETCH_HEAD_MAX];
	} u;
	http_response resp;
	url_endpoint url;
};

void fetch_request_init(fetch_request *rq)
{
	memset(rq, 0, sizeof *rq);
	rq->method = "GET";
	rq->body_len = -1;
	rq->verify_ssl = 1;
}

/* Name a stream failure the way botocore does (as call.c). */
static int stream_outcome(long code)
{
	if (code == NET_ETIMEOUT)
		return FETCH_READ_TIMEOUT;
	if (code <= TLS_E_FIRST_VERIFY && code >= TLS_E_LAST_VERIFY)
		return FETCH_TLS_ERROR;
	return FETCH_CLOSED;
}

static int open_stream(struct conn *c, const fetch_request *rq,
		       http_stream *s, fetch_result *res)
{
	tls_options o;
	int rc;

	net_init(&c->net);
	rc = net_connect(&c->net, c->url.host, c->url.port,
			 rq->connect_timeout_ms, rq->read_timeout_ms,
			 res->detail, sizeof res->detail);
	if (rc != NET_OK)
		return rc == NET_ECONNTIMEOUT ? FETCH_CONNECT_TIMEOUT :
		       FETCH_CONNECT_ERROR;
	if (!c->url.https) {
		http_stream_net(s, &c->net);
		return FETCH_OK;
	}
	tls_options_init(&o);
	o.verify = rq->verify_ssl;
	o.host = c->url.host;
	o.ca_bundle = rq->ca_bundle;
	rc = tls_connect(&c->tls, &c->net, &o, res->detail,
			 sizeof res->detail);
	if (rc != TLS_OK) {
		net_close(&c->net);
		return rc == TLS_E_TIMEOUT ? FETCH_READ_TIMEOUT :
		       rc == TLS_E_IO ? FETCH_CLOSED : FETCH_TLS_ERROR;
	}
	http_stream_tls(s, &c->tls);
	return FETCH_OK;
}

static void close_stream(struct conn *c)
{
	if (c->url.https)
		tls_close(&c->tls);
	net_close(&c->net);
}

static int send_request(struct conn *c, const fetch_request *rq,
			const http_stream *s, fetch_result *res)
{
	http_writer_init(&c->u.writer, s);
	if (http_write_request_head(&c->u.writer, rq->method, c->url.target,
				    c->url.host_header, rq->fields,
				    rq->nfields, rq->body_len, res->detail,
				    sizeof res->detail) == HTTP_OK &&
	    (rq->body_len <= 0 ||
	     http_writer_put(&c->u.writer, rq->body, (size_t)rq->body_len,
			     res->detail, sizeof res->detail) == HTTP_OK) &&
	    http_writer_flush(&c->u.writer, res->detail,
			      sizeof res->detail) == HTTP_OK)
		return FETCH_OK;
	if (c->u.writer.stream_err)
		return stream_outcome(c->u.writer.stream_err);
	return FETCH_INTERNAL;
}

static int exchange(struct conn *c, const fetch_request *rq,
		    fetch_result *res);

int fetch(const fetch_request *rq, fetch_result *res)
{
	struct conn conn, *c = &conn;
	int rc;

	tls_init(&conn.tls);
	rc = exchange(c, rq, res);
	secure_wipe(&conn.tls.cc, sizeof conn.tls.cc);  /* session keys */
	return rc;
}

static int exchange(struct conn *c, const fetch_request *rq,
		    fetch_result *res)
{
	http_stream s;
	int rc;

	res->outcome = FETCH_INTERNAL;
	res->status = 0;
	res->url[0] = res->body[0] = res->detail[0] = '\0';
	res->body_len = 0;
	res->truncated = 0;
	if (url_parse(rq->url, &c->url, res->detail,
		      sizeof res->detail) != URL_OK) {
		snprintf(res->url, sizeof res->url, "%s", rq->url);
		return res->outcome = FETCH_BAD_URL;
	}
	snprintf(res->url, sizeof res->url, "%s", c->url.url);
	if (rq->nfields > FETCH_MAX_FIELDS) {
		snprintf(res->detail, sizeof res->detail, "too many header "
			 "fields");
		return res->outcome = FETCH_INTERNAL;
	}
	rc = open_stream(c, rq, &s, res);
	if (rc != FETCH_OK)
		return res->outcome = rc;
	rc = send_request(c, rq, &s, res);
	secure_wipe(c->u.writer.buf, c->u.writer.len);  /* the rest: drained */
	if (rc != FETCH_OK) {
		close_stream(c);
		return res->outcome = rc;
	}
	http_response_init(&c->resp);
	rc = http_read_response(&s, &c->resp, c->u.head, sizeof c->u.head,
				res->body, FETCH_BODY_MAX, res->detail,
				sizeof res->detail);
	close_stream(c);
	if (rc != HTTP_OK)
		return res->outcome = rc == HTTP_E_STREAM ?
		       stream_outcome(c->resp.stream_err) : FETCH_CLOSED;
	res->body[c->resp.body_len] = '\0';
	res->status = c->resp.status;
	res->body_len = c->resp.body_len;
	res->truncated = c->resp.truncated;
	return res->outcome = FETCH_OK;
}

void fetch_forget(void *p, size_t n)
{
	uintptr_t a = (uintptr_t)p, b = a + n;
	uintptr_t start = (a + PAGE - 1) & ~(uintptr_t)(PAGE - 1);
	uintptr_t end = b & ~(uintptr_t)(PAGE - 1);

	if (end <= start) {
		secure_wipe(p, n);
		return;
	}
	/* whole pages are dropped (they read as zeros again, and the old
	 * bytes are no longer the process's); the ends are wiped */
	secure_wipe(p, start - a);
	secure_wipe((void *)end, b - end);
	if (madvise((void *)start, end - start, MADV_DONTNEED) != 0)
		secure_wipe((void *)start, end - start);
}
