/*
 * imds.h - credentials served over HTTP by the platform: the EC2
 * instance metadata service (botocore's InstanceMetadataFetcher: IMDSv2
 * session token, IMDSv1 fallback, attempts and timeout from the config)
 * and the container credentials endpoint (ContainerMetadataFetcher: ECS,
 * EKS Pod Identity; the hosts botocore allows, authorization token, 3
 * attempts of 2 seconds, 1 second apart).
 *
 * Documents are fetched with fetch.h and parsed with json.h; the
 * credentials land in the caller's cred_keys.  Messages are the CLI's.
 */
#ifndef SWF_IMDS_H
#define SWF_IMDS_H

#include <stddef.h>

#include "credkeys.h"
#include "url.h"

#define IMDS_TOKEN_MAX 256        /* IMDSv2 session token kept */
#define IMDS_ROLE_MAX 256         /* role name kept */
#define IMDS_DEFAULT_V4 "http://169.254.169.254/"
#define IMDS_DEFAULT_V6 "http://[fd00:ec2::254]/"
#define CONTAINER_HOST "169.254.170.2"

enum {
	IMDS_FOUND = 0,
	IMDS_NONE = 1,            /* no credentials there (not an error) */
	IMDS_ERROR = -1           /* message in err */
};

typedef void (*imds_debug_fn)(void *ctx, const char *line);

/* EC2 instance metadata settings (botocore's session variables). */
typedef struct {
	int disabled;             /* AWS_EC2_METADATA_DISABLED=true */
	char base_url[URL_MAX];   /* custom endpoint, or the v4/v6 default */
	long timeout_s;           /* metadata_service_timeout */
	long attempts;            /* metadata_service_num_attempts */
	int v1_disabled;          /* ec2_metadata_v1_disabled */
	imds_debug_fn debug;
	void *debug_ctx;
} imds_config;

/*
 * The instance role's credentials: PUT latest/api/token (404, 403, 405,
 * a timeout or failures mean IMDSv1; 400 means no credentials), GET
 * latest/meta-data/iam/security-credentials/ for the role name, then the
 * role's document, each GET tried up to attempts times.  Expired
 * credentials get their expiration moved as botocore does (static
 * stability).  Returns IMDS_FOUND (role name in role), IMDS_NONE, or
 * IMDS_ERROR ("Error retrieving metadata: ... IMDSv1 has been disabled",
 * an unparsable expiration).
 */
int imds_fetch(const imds_config *c, cred_keys *out, char *role,
	       size_t rolecap, char *err, size_t errlen);

/*
 * The container credentials URL: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI
 * (even empty) appended to http://169.254.170.2, else
 * AWS_CONTAINER_CREDENTIALS_FULL_URI.  Returns 0, or -1 when neither is
 * set or the URL does not fit.
 */
int container_url(char *url, size_t cap);

/*
 * Whether botocore lets credentials be fetched from url: https, or a host
 * that is a loopback address or one of 169.254.170.2, 169.254.170.23,
 * fd00:ec2::23, localhost.  Returns 0, or -1 with the CLI's message
 * ("Unsupported host 'h'.  Can only retrieve metadata from ...").
 */
int container_url_allowed(const char *url, char *err, size_t errlen);

/*
 * Fetch the container credentials (AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE
 * or AWS_CONTAINER_AUTHORIZATION_TOKEN sent as Authorization).  Returns
 * IMDS_FOUND or IMDS_ERROR with the CLI's message, e.g. "Error when
 * retrieving credentials from container-role: Error retrieving metadata:
 * Received non 200 response 500 from container metadata: ...", or
 * "'Token'" for a missing field.
 */
int container_fetch(cred_keys *out, imds_debug_fn debug, void *debug_ctx,
		    char *err, size_t errlen);

#endif
