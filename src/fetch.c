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

/* Everything an exchange needs, in pages of its own (see fetch_release). */
static struct {
	net_conn net;
	tls_conn tls;
	http_writer writer;
	http_response resp;
	url_endpoint url;
	char head[FETCH_HEAD_MAX];
	char body[FETCH_BODY_MAX + 1];
	char req[FETCH_REQ_MAX];
} st __attribute__((aligned(PAGE)));

static int used;

void fetch_request_init(fetch_request *rq)
{
	memset(rq, 0, sizeof *rq);
	rq->method = "GET";
	rq->body_len = -1;
	rq->verify_ssl = 1;
}

const url_endpoint *fetch_parse_url(const char *url, char *err,
				    size_t errlen)
{
	used = 1;
	if (url_parse(url, &st.url, err, errlen) != URL_OK)
		return NULL;
	return &st.url;
}

char *fetch_scratch(void)
{
	used = 1;
	return st.req;
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

static int open_stream(const fetch_request *rq, http_stream *s,
		       fetch_result *res)
{
	tls_options o;
	int rc;

	net_init(&st.net);
	rc = net_connect(&st.net, st.url.host, st.url.port,
			 rq->connect_timeout_ms, rq->read_timeout_ms,
			 res->detail, sizeof res->detail);
	if (rc != NET_OK)
		return rc == NET_ECONNTIMEOUT ? FETCH_CONNECT_TIMEOUT :
		       FETCH_CONNECT_ERROR;
	if (!st.url.https) {
		http_stream_net(s, &st.net);
		return FETCH_OK;
	}
	tls_options_init(&o);
	o.verify = rq->verify_ssl;
	o.host = st.url.host;
	o.ca_bundle = rq->ca_bundle;
	rc = tls_connect(&st.tls, &st.net, &o, res->detail,
			 sizeof res->detail);
	if (rc != TLS_OK) {
		net_close(&st.net);
		return rc == TLS_E_TIMEOUT ? FETCH_READ_TIMEOUT :
		       rc == TLS_E_IO ? FETCH_CLOSED : FETCH_TLS_ERROR;
	}
	http_stream_tls(s, &st.tls);
	return FETCH_OK;
}

static void close_stream(void)
{
	if (st.url.https)
		tls_close(&st.tls);
	net_close(&st.net);
}

static int send_request(const fetch_request *rq, const http_stream *s,
			fetch_result *res)
{
	http_writer_init(&st.writer, s);
	if (http_write_request_head(&st.writer, rq->method, st.url.target,
				    st.url.host_header, rq->fields,
				    rq->nfields, rq->body_len, res->detail,
				    sizeof res->detail) == HTTP_OK &&
	    (rq->body_len <= 0 ||
	     http_writer_put(&st.writer, rq->body, (size_t)rq->body_len,
			     res->detail, sizeof res->detail) == HTTP_OK) &&
	    http_writer_flush(&st.writer, res->detail,
			      sizeof res->detail) == HTTP_OK)
		return FETCH_OK;
	if (st.writer.stream_err)
		return stream_outcome(st.writer.stream_err);
	return FETCH_INTERNAL;
}

int fetch(const fetch_request *rq, fetch_result *res)
{
	http_stream s;
	int rc;

	memset(res, 0, sizeof *res);
	res->body = st.body;
	st.body[0] = '\0';
	used = 1;
	if (url_parse(rq->url, &st.url, res->detail,
		      sizeof res->detail) != URL_OK) {
		res->url = rq->url;
		return res->outcome = FETCH_BAD_URL;
	}
	res->url = st.url.url;
	if (rq->nfields > FETCH_MAX_FIELDS) {
		snprintf(res->detail, sizeof res->detail, "too many header "
			 "fields");
		return res->outcome = FETCH_INTERNAL;
	}
	rc = open_stream(rq, &s, res);
	if (rc != FETCH_OK)
		return res->outcome = rc;
	rc = send_request(rq, &s, res);
	secure_wipe(st.writer.buf, sizeof st.writer.buf);
	if (rc != FETCH_OK) {
		close_stream();
		return res->outcome = rc;
	}
	http_response_init(&st.resp);
	rc = http_read_response(&s, &st.resp, st.head, sizeof st.head,
				st.body, FETCH_BODY_MAX, res->detail,
				sizeof res->detail);
	close_stream();
	if (rc != HTTP_OK)
		return res->outcome = rc == HTTP_E_STREAM ?
		       stream_outcome(st.resp.stream_err) : FETCH_CLOSED;
	st.body[st.resp.body_len] = '\0';
	res->status = st.resp.status;
	res->body_len = st.resp.body_len;
	res->truncated = st.resp.truncated;
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

void fetch_release(void)
{
	if (!used)
		return;
	fetch_forget(&st, sizeof st);
	used = 0;
}
