/*
 * sts.h - AWS STS AssumeRole (SigV4-signed) and AssumeRoleWithWebIdentity
 * (unsigned) over the Query protocol, as botocore's STS client makes them:
 * endpoint choice, form-encoded body, parameter validation, retries (the
 * client's legacy or standard mode, plus STS's IDPCommunicationError),
 * and the XML answer read with xml.h.
 *
 * Every failure comes back as the text the CLI prints for it (without
 * the surrounding blank lines); secrets never appear in it or in a debug
 * line.  The web identity token is streamed from its file into the
 * request.
 */
#ifndef SWF_STS_H
#define SWF_STS_H

#include <stddef.h>
#include <time.h>

#include "credkeys.h"
#include "sigv4.h"
#include "url.h"

#define STS_VERSION "2011-06-15"
#define STS_BODY_MAX 24576        /* form body (the token is up to 20000) */
#define STS_WEB_TOKEN_MAX 20000   /* botocore's model: clientTokenType max */

enum {
	STS_OK = 0,
	STS_ERROR = -1            /* message in err */
};

/* Debug sink: one line, never holding a secret. */
typedef void (*sts_debug_fn)(void *ctx, const char *line);

/* Where STS answers, as botocore's endpoint rules decide it. */
typedef struct {
	const char *configured;   /* AWS_ENDPOINT_URL_STS & co., or NULL */
	const char *region;       /* client region (after the fips- rewrite) */
	int use_fips;
	int use_dualstack;
	const char *regional;     /* sts_regional_endpoints, NULL: regional */
} sts_endpoint_in;

typedef struct {
	char url[URL_MAX];
	char signing_region[SIGV4_MAX_SCOPE_PART + 1];
} sts_endpoint;

typedef struct {
	/* operation */
	int web_identity;          /* 0: AssumeRole, 1: ...WithWebIdentity */
	const char *role_arn;
	const char *role_session_name;
	const char *external_id;   /* NULL: not sent (AssumeRole) */
	const char *serial_number; /* NULL: not sent (AssumeRole) */
	const char *token_code;    /* NULL: not sent (AssumeRole) */
	long duration_seconds;     /* < 0: not sent */
	const char *token_file;    /* web identity token file */
	int session_name_first;    /* RoleSessionName configured: sent before
				    * the other parameters, as botocore does */
	/* caller (AssumeRole only) */
	const char *access_key;
	const char *secret_key;
	const char *session_token; /* NULL: none */
	/* client */
	const sts_endpoint *endpoint;
	const char *ca_bundle;     /* NULL: default anchors */
	int max_attempts;          /* >= 1 */
	int standard_mode;
	sts_debug_fn debug;
	void *debug_ctx;
} sts_request;

/*
 * botocore's STS endpoint for in: the configured URL when there is one
 * (signed for the client region); else the rule set (aws.partition of the
 * region, FIPS, dual-stack, the legacy global endpoint for the regions
 * that had it when sts_regional_endpoints is "legacy").  Returns STS_OK or
 * STS_ERROR with the rule's or the option's message.
 */
int sts_resolve_endpoint(const sts_endpoint_in *in, sts_endpoint *out,
			 char *err, size_t errlen);

/*
 * Make the call rq describes and parse the credentials into out (which
 * may hold the caller keys rq points to: they are read before out is
 * written; out->source is left as it is).
 * Returns STS_OK or STS_ERROR with the CLI's message in err, e.g.
 * "An error occurred (AccessDenied) when calling the AssumeRole
 * operation: ...", "Parameter validation failed:\n...", "'Credentials'"
 * (a missing answer field, as Python's KeyError prints), "Could not
 * connect to the endpoint URL: ...".
 */
int sts_call(const sts_request *rq, cred_keys *out, char *err,
	     size_t errlen);

/*
 * Append to out (size cap, NUL-terminated, length *len) the
 * application/x-www-form-urlencoded form of s[0..n): unreserved bytes as
 * they are, space as '+', every other byte %XX (Python's quote_plus).
 * Returns 0, or -1 when it does not fit.
 */
int sts_form_encode(char *out, size_t cap, size_t *len, const char *s,
		    size_t n);

#endif
