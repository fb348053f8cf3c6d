/*
 * fetch.h - one small HTTP(S) exchange for the credential sources (EC2
 * instance metadata, container credentials, STS): connect (net.h, tls.h
 * for https), send one request (http.h), read one response with its body
 * into a bounded buffer, close.  No retries here: each source has its own
 * rules.
 *
 * Memory: the connection, TLS context and parsed URL live on fetch()'s
 * stack (their pages are shared with the other steps of a run); the
 * response body and URL are in the caller's fetch_result.  Nothing stays
 * in the module between calls.
 *
 * Outcomes are named after botocore's exceptions (see fetch_outcome);
 * the message parts are in the result, never a header value or a body
 * byte of the request (which may carry secrets).
 */
#ifndef SWF_FETCH_H
#define SWF_FETCH_H

#include <stddef.h>

#include "http.h"
#include "url.h"

#define FETCH_HEAD_MAX 8192       /* response header block */
#define FETCH_BODY_MAX 8192       /* response body kept (the rest dropped) */
#define FETCH_MAX_FIELDS 12       /* request header fields */
#define FETCH_REQ_MAX 24576       /* request bodies built by callers (STS) */

enum fetch_outcome {
	FETCH_OK = 0,             /* a response (any status) was read */
	FETCH_BAD_URL,            /* the URL does not parse (detail says) */
	FETCH_CONNECT_ERROR,      /* "Could not connect to the endpoint URL" */
	FETCH_CONNECT_TIMEOUT,    /* "Connect timeout on endpoint URL" */
	FETCH_READ_TIMEOUT,       /* "Read timeout on endpoint URL" */
	FETCH_CLOSED,             /* "Connection was closed before we ..." */
	FETCH_TLS_ERROR,          /* "SSL validation failed for URL DETAIL" */
	FETCH_INTERNAL            /* a local failure (detail says) */
};

typedef struct {
	const char *method;       /* "GET", "PUT", "POST" */
	const char *url;          /* absolute http:// or https:// URL */
	const http_field *fields; /* extra request header fields */
	size_t nfields;
	const char *body;         /* request body (may be NULL) */
	long long body_len;       /* its length; < 0: no Content-Length */
	int connect_timeout_ms;   /* <= 0: none */
	int read_timeout_ms;      /* <= 0: none */
	int verify_ssl;           /* https: verify chain and host */
	const char *ca_bundle;    /* https: NULL for the default anchors */
} fetch_request;

typedef struct {
	int outcome;              /* enum fetch_outcome */
	int status;               /* HTTP status (outcome FETCH_OK) */
	char url[URL_MAX + 1];    /* the request URL as botocore prints it */
	char body[FETCH_BODY_MAX + 1]; /* response body, NUL-terminated */
	size_t body_len;          /* bytes kept in body */
	int truncated;            /* the body was longer than FETCH_BODY_MAX */
	char detail[320];         /* what failed, for messages and --debug */
} fetch_result;

/* Set every field of rq to its zero value (no body, no timeouts). */
void fetch_request_init(fetch_request *rq);

/*
 * Make the exchange rq describes.  Always fills res; returns res->outcome.
 * The request carries "Host", rq's fields in order and, when body_len >=
 * 0, "Content-Length".
 */
int fetch(const fetch_request *rq, fetch_result *res);

/*
 * Forget n bytes at p: the whole pages among them go back to the kernel
 * (madvise MADV_DONTNEED: they read as zeros afterwards, their old bytes
 * are no longer the process's) and the bytes at either end are wiped.
 * For the work areas of the credential modules (on their entry points'
 * stacks) once they are done: no extra page is touched.
 */
void fetch_forget(void *p, size_t n);

#endif
