/*
 * session.h - what botocore's session resolves before a call: profile,
 * region, endpoint, timeouts, retry mode, CA bundle, output format and
 * static credentials, from the command line, the environment and the
 * shared config and credentials files, in botocore's precedence.
 *
 * All strings are copied into the caller's session struct (fixed sizes).
 */
#ifndef SWF_SESSION_H
#define SWF_SESSION_H

#include <stddef.h>

#include "cli.h"
#include "creds.h"
#include "limits.h"
#include "sigv4.h"
#include "url.h"
#include "endpoint.h"

/* Return codes besides 0 (each with a message in err). */
#define SESSION_ERROR (-1)          /* printed as "\n<msg>\n" */
#define SESSION_NO_REGION (-2)      /* printed as "<msg>\n" */
#define SESSION_NO_CREDENTIALS (-3) /* printed as "<msg>\n" */

#define SESSION_OUTPUT_JSON 0
#define SESSION_OUTPUT_TEXT 1
#define SESSION_OUTPUT_TABLE 2

/* The credentials of the call (keys, token, expiration, provider name). */
typedef cred_keys session_creds;

typedef struct {
	char config_file[PATH_MAX_BYTES];
	char credentials_file[PATH_MAX_BYTES];
	char profile[NAME_MAX_BYTES];
	int profile_explicit;        /* --profile given on the command line */
	char region[NAME_MAX_BYTES];  /* signing region */
	endpoint_info ep;
	url_endpoint endpoint;
	const char *endpoint_source;
	int endpoint_late;           /* URL_ERR_SIGN/URL_ERR_SEND, or 0 */
	char endpoint_msg[MSG_MAX_BYTES]; /* its message, shown at that step */
	char ca_bundle[PATH_MAX_BYTES];
	int ca_bundle_set;           /* a source gave ca_bundle (maybe ""):
				      * an empty one turns verification off,
				      * as the CLI's falsy verify value */
	int connect_timeout_ms;      /* 0: none */
	int read_timeout_ms;         /* 0: none */
	int standard_retries;
	int max_attempts;
	int output;                  /* SESSION_OUTPUT_* from the config */
	session_creds creds;
	creds_ctx chain;             /* the credential provider chain */
} session;

/*
 * Checks the CLI makes on global options before anything else: the
 * --endpoint-url syntax, then --cli-read-timeout and --cli-connect-timeout
 * as Python int() reads them.
 */
int session_check_args(session *s, const cli_args *a, char *err,
		       size_t errlen);

/*
 * Choose the profile (--profile > AWS_DEFAULT_PROFILE > AWS_PROFILE >
 * "default") and the config/credentials file paths; a named profile found
 * in neither file is "The config profile (NAME) could not be found".
 * Then the settings the session checks when it starts: the EC2 instance
 * metadata ones (creds_check_settings).
 */
int session_load_profile(session *s, const cli_args *a, char *err,
			 size_t errlen);

/*
 * What creating the client resolves: timeouts, region (required, validated
 * like botocore), endpoint (--endpoint-url > AWS_ENDPOINT_URL_SWF >
 * AWS_ENDPOINT_URL > config > derived from the region with FIPS/dual-stack),
 * retry mode and attempts, CA bundle (--ca-bundle > AWS_CA_BUNDLE > config
 * ca_bundle; none: the system bundle, then the built-in anchors), output
 * format.
 */
int session_resolve_client(session *s, const cli_args *a, char *err,
			   size_t errlen);

/*
 * Send --debug lines of the credential chain to fn (NULL: none); call
 * after session_check_args.
 */
void session_set_debug(session *s, creds_debug_fn fn, void *ctx);

/*
 * The credentials, as signing completes them (creds.h): the STS calls of
 * assume-role and web identity profiles, refreshes of expiring
 * credentials.  (The provider chain itself runs inside
 * session_resolve_client, where creating the client runs it, unless
 * --no-sign-request.)  SESSION_NO_CREDENTIALS when there are none.
 */
int session_credentials(session *s, const cli_args *a, char *err,
			size_t errlen);

/* Overwrite the secrets held in s. */
void session_wipe(session *s);

#endif
