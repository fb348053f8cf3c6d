/*
 * creds.h - botocore's credential provider chain, as AWS CLI v1 runs it
 * for one call.
 *
 * Order (create_credential_resolver): environment keys (left out when a
 * profile is named with --profile), assume-role profiles (role_arn with
 * source_profile or credential_source, chained, cycles detected), web
 * identity (AWS_WEB_IDENTITY_TOKEN_FILE / AWS_ROLE_ARN /
 * AWS_ROLE_SESSION_NAME, or the profile's keys), SSO and login profiles
 * (refused: not supported here), the shared credentials file,
 * credential_process, the config file's keys, AWS_CREDENTIAL_FILE, the
 * boto config, container credentials, EC2 instance metadata.
 *
 * Timing follows botocore too: creds_check_settings() is what creating
 * the session checks (the instance metadata settings), creds_load() what
 * creating the client does (walk the chain; static keys, processes,
 * container and instance metadata are read now), creds_get() what signing
 * does (the STS calls of assume-role and web identity, innermost first,
 * and the refresh of credentials that expire within 15 minutes: a failed
 * refresh is an error within 10 minutes of expiry, and credentials still
 * expired after it are "Credentials were refreshed, but the refreshed
 * credentials are still expired.").
 *
 * Nothing is cached between runs (the CLI keeps assumed-role credentials
 * in ~/.aws/cli/cache; this does not).  Messages are the CLI's; secrets
 * never appear in them or in a debug line.
 */
#ifndef SWF_CREDS_H
#define SWF_CREDS_H

#include <stddef.h>
#include <time.h>

#include "config.h"
#include "credkeys.h"
#include "imds.h"
#include "limits.h"

#define CREDS_MAX_ROLES 8          /* assume-role profiles in one chain */
#define CREDS_PROCESS_TIMEOUT 60   /* s; SWF_CREDENTIAL_PROCESS_TIMEOUT */

enum {
	CREDS_OK = 0,
	CREDS_NONE = 1,            /* no credentials anywhere */
	CREDS_ERROR = -1           /* message in err */
};

typedef void (*creds_debug_fn)(void *ctx, const char *line);

/* What signing needs to reach STS (the session's client settings). */
typedef struct {
	const char *region;        /* client region after the fips- rewrite */
	int use_fips;
	int use_dualstack;
	const char *ca_bundle;     /* NULL: default anchors */
	int max_attempts;
	int standard_mode;
} creds_client;

typedef struct {
	/* set by the caller before creds_check_settings */
	config_reader *reader;
	const char *config_file;
	const char *credentials_file;
	const char *profile;
	int profile_explicit;      /* --profile: no environment keys */
	creds_debug_fn debug;
	void *debug_ctx;
	/* instance metadata settings (creds_check_settings) */
	imds_config imds;
	/* what creds_load found; internal */
	int found;
	int base;                  /* where the innermost keys come from */
	int base_env;              /* web identity read from the environment */
	char base_profile[NAME_MAX_BYTES];
	int has_expiry;            /* the base keys expire */
	int nroles;                /* assume-role steps, outermost first */
	char roles[CREDS_MAX_ROLES][NAME_MAX_BYTES];
} creds_ctx;

/* Prepare c (everything zero); then set the caller fields. */
void creds_init(creds_ctx *c);

/*
 * The instance metadata settings botocore reads when the session starts
 * (and fails on even when they are not used): metadata_service_timeout
 * and metadata_service_num_attempts (Python int()), the endpoint and its
 * mode, imds_use_ipv6, ec2_metadata_v1_disabled, AWS_EC2_METADATA_DISABLED.
 * Returns CREDS_OK or CREDS_ERROR ("Invalid endpoint EC2 Instance Metadata
 * endpoint: foo", "invalid literal for int() with base 10: 'x'", ...).
 */
int creds_check_settings(creds_ctx *c, char *err, size_t errlen);

/*
 * Walk the chain as creating the client does; out receives the keys read
 * so far (out->source names the provider).  Returns CREDS_OK (found or
 * not) or CREDS_ERROR with the CLI's message.
 */
int creds_load(creds_ctx *c, cred_keys *out, char *err, size_t errlen);

/*
 * Complete the credentials as signing does: STS calls, refreshes,
 * expiry checks.  Returns CREDS_OK with out ready, CREDS_NONE ("Unable to
 * locate credentials"), or CREDS_ERROR with the CLI's message.  Either
 * way the work areas of the chain (transport, TLS, documents, process
 * output) are wiped and their pages given back (fetch_forget), so none
 * stays resident during the SWF call.
 */
int creds_get(creds_ctx *c, const creds_client *cl, cred_keys *out,
	      char *err, size_t errlen);

#endif
