/*
 * sigv4.h - AWS Signature Version 4 (header-based, HMAC-SHA256).
 *
 * The caller fills a sigv4_request (all strings NUL-terminated, borrowed,
 * not copied) and a sigv4_result receives the canonical request, string to
 * sign, signed-headers list and Authorization header value in fixed-size
 * buffers.  No allocation.
 *
 * Canonicalisation follows botocore's SigV4Auth and the AWS test suite:
 *  - method: upper-cased.
 *  - path: the path as sent on the wire (must be empty or start with '/').
 *    Empty and "." segments are dropped, ".." removes the previous segment,
 *    runs of '/' collapse; then every byte except A-Z a-z 0-9 - . _ ~ and '/'
 *    is percent-encoded (so a '%' already in the path becomes %25, the double
 *    encoding non-S3 services expect).
 *  - query: the raw query string without '?'.  Split on '&' (empty pieces
 *    ignored) and at the first '='; each key and value is percent-decoded
 *    (valid %XX only) and re-encoded with the unreserved set and upper-case
 *    hex; pairs sorted by encoded key, then encoded value.
 *  - headers: names lower-cased (must be RFC 7230 tokens); values trimmed and
 *    runs of spaces/tabs collapsed to one space (any other control character
 *    is rejected); duplicates joined with ',' in the order given; sorted by
 *    name.  Headers botocore never signs are skipped: authorization,
 *    connection, expect, keep-alive, proxy-authenticate, proxy-authorization,
 *    te, trailer, transfer-encoding, upgrade, user-agent, x-amzn-trace-id.
 *    A Host header is required.
 *  - x-amz-date is signed with the value amz_date.  If the caller lists an
 *    X-Amz-Date header its value must equal amz_date; otherwise the signer
 *    signs it anyway and the caller must send "X-Amz-Date: <amz_date>".
 *  - session token: when session_token is set, X-Amz-Security-Token is
 *    signed with it (as botocore does).  If the caller also lists that header
 *    its value must be identical; otherwise the caller must send
 *    "X-Amz-Security-Token: <token>" itself.  A token header listed without
 *    session_token is signed like any other header.
 *
 * Secrets: the result never holds the secret key, the signing key or the
 * session token.  In result->creq the value of x-amz-security-token is
 * replaced by SIGV4_REDACTED; the string to sign is computed over the real
 * canonical request.  Derived keys and key copies are wiped before return.
 */
#ifndef SWF_SIGV4_H
#define SWF_SIGV4_H

#include <stddef.h>
#include <time.h>

/* Input limits (bytes, excluding the NUL). */
#define SIGV4_MAX_METHOD 16
#define SIGV4_MAX_PATH 1024
#define SIGV4_MAX_QUERY 2048
#define SIGV4_MAX_PARAMS 64         /* query parameters */
#define SIGV4_MAX_HEADERS 32        /* entries in sigv4_request.headers */
#define SIGV4_MAX_HEADER_NAME 128
#define SIGV4_MAX_HEADER_VALUE 8192
#define SIGV4_MAX_KEY_ID 128        /* access key id */
#define SIGV4_MAX_SECRET 128        /* secret access key */
#define SIGV4_MAX_TOKEN 8192        /* session token */
#define SIGV4_MAX_SCOPE_PART 64     /* region, service */
#define SIGV4_DATE_LEN 16           /* YYYYMMDDTHHMMSSZ */
#define SIGV4_HASH_HEX_LEN 64

/* Result buffer sizes (bytes, including the NUL). */
#define SIGV4_MAX_CREQ 4096
#define SIGV4_MAX_SIGNED_HEADERS 1024
#define SIGV4_MAX_SCOPE (8 + 1 + SIGV4_MAX_SCOPE_PART + 1 + \
			 SIGV4_MAX_SCOPE_PART + 1 + 12 + 1)
#define SIGV4_MAX_STS (17 + SIGV4_DATE_LEN + 1 + SIGV4_MAX_SCOPE + \
		       SIGV4_HASH_HEX_LEN + 1)
#define SIGV4_MAX_AUTHZ (28 + SIGV4_MAX_KEY_ID + 1 + SIGV4_MAX_SCOPE + 16 + \
			 SIGV4_MAX_SIGNED_HEADERS + 12 + SIGV4_HASH_HEX_LEN + 1)

/* Stands in for the session token inside result->creq. */
#define SIGV4_REDACTED "<redacted>"

/* Error codes returned by sigv4_sign. */
#define SIGV4_OK 0
#define SIGV4_EINVAL (-1)           /* malformed or oversize input */
#define SIGV4_ESPACE (-2)           /* a result buffer is too small */

typedef struct {
	const char *name;
	const char *value;
} sigv4_header;

typedef struct {
	const char *method;          /* "POST" */
	const char *path;            /* "/" */
	const char *query;           /* raw query without '?'; NULL or "" */
	const sigv4_header *headers; /* must include Host */
	size_t nheaders;
	const char *payload_sha256;  /* 64 lower-case hex chars */
	const char *access_key_id;
	const char *secret_key;
	const char *session_token;   /* NULL or "" for none */
	const char *region;          /* "us-east-1" */
	const char *service;         /* "swf" */
	const char *amz_date;        /* "YYYYMMDDTHHMMSSZ" */
} sigv4_request;

typedef struct {
	char creq[SIGV4_MAX_CREQ];   /* canonical request, token redacted */
	char sts[SIGV4_MAX_STS];     /* string to sign */
	char signed_headers[SIGV4_MAX_SIGNED_HEADERS]; /* "host;x-amz-date" */
	char authz[SIGV4_MAX_AUTHZ]; /* Authorization header value */
} sigv4_result;

/* Set every field of rq to NULL/0. */
void sigv4_request_init(sigv4_request *rq);

/* Empty every buffer of res. */
void sigv4_result_init(sigv4_result *res);

/*
 * Sign rq into res.  Returns SIGV4_OK, or SIGV4_EINVAL / SIGV4_ESPACE with
 * a message (never containing a secret) in err[0..errlen); on error res
 * holds empty strings.
 */
int sigv4_sign(const sigv4_request *rq, sigv4_result *res,
	       char *err, size_t errlen);

/*
 * Format t (seconds since the epoch) as the UTC amz date YYYYMMDDTHHMMSSZ
 * into out.  Returns 0, or -1 (out set to "") when the year is not 0..9999.
 */
int sigv4_amz_date(time_t t, char out[SIGV4_DATE_LEN + 1]);

#endif
