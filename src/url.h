/*
 * url.h - endpoint URLs (--endpoint-url, AWS_ENDPOINT_URL[_SWF], the
 * config file's endpoint_url) accepted, rejected and turned into a
 * connection exactly as AWS CLI v1 does it.  That takes four libraries'
 * rules, each applied at its own moment of the CLI's run, so each failure
 * is reported with the stage it belongs to:
 *
 *   URL_ERR_CLI      awscli, while parsing --endpoint-url (only
 *                    url_check_cli): scheme missing, or a ValueError from
 *                    Python's urlsplit (bad brackets, bad bracketed host);
 *   URL_ERR_INVALID  botocore, creating the client: "Invalid endpoint: URL"
 *                    (no valid host name, IPv4 or bracketed IPv6), or the
 *                    same urlsplit ValueErrors for a URL from elsewhere;
 *   URL_ERR_SIGN     botocore, signing the request: a port that is not a
 *                    number or is out of range;
 *   URL_ERR_SEND     urllib3, sending it: scheme other than http/https,
 *                    or an authority urllib3 cannot parse.
 *
 * The messages are the CLI's own text, printed by it after an empty line
 * with exit status 255.  The endpoint keeps its path (botocore POSTs to the
 * endpoint's path, "/" when empty) and its query; a fragment and ";params"
 * of the last path segment are dropped from what is sent.  Host names with
 * non-ASCII characters are rejected as "Invalid endpoint" (a deviation:
 * Python's case-insensitive regex accepts a few of them).
 */
#ifndef SWF_URL_H
#define SWF_URL_H

#include <stddef.h>

#define URL_MAX 2048                /* longest URL accepted, with NUL */
#define URL_HOST_MAX 256            /* longest host, with NUL */
#define URL_TARGET_MAX (3 * URL_MAX) /* request-target after %-encoding */

enum url_status {
	URL_OK = 0,
	URL_ERR_CLI,
	URL_ERR_INVALID,
	URL_ERR_SIGN,
	URL_ERR_SEND
};

/* A parsed endpoint: where to connect and what to send and sign. */
typedef struct {
	int https;                      /* 1: TLS (scheme https) */
	char host[URL_HOST_MAX];        /* to connect to: lower-case name,
					   IPv4, or IPv6 without brackets */
	unsigned port;                  /* to connect to (80/443 by default,
					   also for an explicit port 0) */
	char host_header[URL_HOST_MAX + 8]; /* Host header sent */
	char sign_host[URL_HOST_MAX + 8];   /* host value botocore signs */
	char path[URL_MAX];             /* path botocore signs, "/" if empty */
	char query[URL_MAX];            /* query botocore signs, may be "" */
	char target[URL_TARGET_MAX];    /* request-target sent */
	char url[URL_MAX + 1];          /* request URL, as in the CLI's
					   "Could not connect to the endpoint
					   URL" messages */
} url_endpoint;

/*
 * The check awscli makes on --endpoint-url before anything else: URL_OK,
 * or URL_ERR_CLI with e.g. `Bad value for --endpoint-url "foo": scheme is
 * missing.  Must be of the form http://<hostname>/ or https://<hostname>/`
 * or "Invalid IPv6 URL" in err.
 */
int url_check_cli(const char *value, char *err, size_t errlen);

/*
 * Parse an endpoint URL for use, applying botocore's and urllib3's checks
 * in the order they run: URL_OK with u filled, or the url_status of the
 * first failure with the CLI's message in err.  u is meaningful only for
 * URL_OK.
 */
int url_parse(const char *value, url_endpoint *u, char *err, size_t errlen);

#endif
