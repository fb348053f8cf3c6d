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

typedef struct {
	char access_key[SIGV4_MAX_KEY_ID + 1];
	char secret_key[SIGV4_MAX_SECRET + 1];
	char session_token[SIGV4_MAX_TOKEN + 1];
	const char *source;          /* "environment", "shared-credentials-file", ... */
} session_creds;

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
	int connect_timeout_ms;      /* 0: none */
	int read_timeout_ms;         /* 0: none */
	int standard_retries;
	int max_attempts;
	int output;                  /* SESSION_OUTPUT_* from the config */
	session_creds creds;
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
 */
int session_load_profile(session *s, const cli_args *a, char *err,
			 size_t errlen);

/*
 * What creating the client resolves: timeouts, region (required, validated
 * like botocore), endpoint (--endpoint-url > AWS_ENDPOINT_URL_SWF >
 * AWS_ENDPOINT_URL > config > derived from the region with FIPS/dual-stack),
 * retry mode and attempts, CA bundle, output format.
 */
int session_resolve_client(session *s, const cli_args *a, char *err,
			   size_t errlen);

/*
 * Static credentials in botocore's order: environment (unless --profile
 * was given), shared credentials file, config file.  SESSION_NO_CREDENTIALS
 * when there are none.
 */
int session_credentials(session *s, const cli_args *a, char *err,
			size_t errlen);

/* Overwrite the secrets held in s. */
void session_wipe(session *s);

#endif
