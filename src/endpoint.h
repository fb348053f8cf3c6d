/*
 * endpoint.h - the region and the default SWF endpoint, as botocore
 * 1.43 derives them for `aws swf ...` (no --endpoint-url): region checks
 * and "fips-" pseudo-region rewriting at client creation, the legacy
 * endpoint resolver's URL check, then the SWF endpoint rule set
 * (data/swf/2012-01-25/endpoint-rule-set-1.json) over the partitions of
 * data/partitions.json.
 *
 * With an endpoint override botocore passes UseFIPS and UseDualStack as
 * false to the rule set, so its "Invalid Configuration: FIPS and custom
 * endpoint are not supported" errors never occur; only endpoint_prepare
 * applies then.
 */
#ifndef SWF_ENDPOINT_H
#define SWF_ENDPOINT_H

#include <stddef.h>

#define ENDPOINT_REGION_MAX 64      /* 63 + a trailing '\n' botocore lets by */
#define ENDPOINT_URL_MAX 160

enum endpoint_status {
	ENDPOINT_OK = 0,
	/* no region: the CLI prints the message WITHOUT the usual blank line
	 * before it, exit status 255 */
	ENDPOINT_ERR_NO_REGION,
	/* "Provided region_name 'R' doesn't match a supported format." */
	ENDPOINT_ERR_REGION,
	/* the legacy resolver refuses the client: "Invalid endpoint: URL"
	 * (empty region, or one ending in a newline) or "Unable to construct
	 * a modeled endpoint with the following variant(s) ['dualstack']: "
	 * (dual-stack in aws-iso-e, aws-iso-f; note the trailing space) */
	ENDPOINT_ERR_INVALID,
	/* an error rule of the rule set (at request time) */
	ENDPOINT_ERR_RULES
};

/* One partition of partitions.json, as the SWF rules use it. */
typedef struct {
	const char *id;                 /* "aws", "aws-cn", ... */
	/* regionRegex ^(P1|P2...)\-\w+\-\d+$ given as "P1|P2..." */
	const char *prefixes;
	const char *const *regions;     /* listed names the regex misses */
	const char *dns_suffix;
	const char *dualstack_dns_suffix;
	int supports_fips;
	int supports_dualstack;
	/* dual-stack in endpoints.json (the legacy resolver): 1 supported,
	 * 0 partition skipped (aws host names used), -1 refused */
	int legacy_dualstack;
} endpoint_partition;

/* Region and variant flags of a client, filled by endpoint_prepare. */
typedef struct {
	char region[ENDPOINT_REGION_MAX + 1];
	/* region of the SigV4 scope: region, except that endpoint_resolve
	 * maps legacy pseudo regions left by the rewrite (e.g.
	 * "fips-us-east-1" from "fifips-ps-us-east-1") to their
	 * credentialScope */
	char signing_region[ENDPOINT_REGION_MAX + 1];
	int use_fips;
	int use_dualstack;
} endpoint_info;

/*
 * Client-creation checks of region (NULL: none configured) and, when it
 * is valid, botocore's pseudo-region rewrite: every "fips-" then every
 * "-fips" removed, which sets use_fips.  Returns ENDPOINT_OK,
 * ENDPOINT_ERR_NO_REGION or ENDPOINT_ERR_REGION with the CLI's message.
 */
int endpoint_prepare(endpoint_info *ep, const char *region, int use_fips,
		     int use_dualstack, char *err, size_t errlen);

/*
 * The SWF endpoint URL for a prepared ep, with no override, e.g.
 * "https://swf.us-east-1.amazonaws.com" (no trailing '/'): first the
 * legacy resolver's checks (ENDPOINT_ERR_INVALID, client creation), then
 * the rule set (ENDPOINT_ERR_RULES, request time).  Updates
 * ep->signing_region.
 */
int endpoint_resolve(endpoint_info *ep, char *url, size_t urllen,
		     char *err, size_t errlen);

/* aws.partition(region): the first partition that lists or matches it,
 * else the first one ("aws"). */
const endpoint_partition *endpoint_partition_of(const char *region);

/*
 * The rule set for a region known to be in partition p: ENDPOINT_OK with
 * the URL, or ENDPOINT_ERR_RULES with the rule's message (region NULL:
 * "Invalid Configuration: Missing Region").
 */
int endpoint_rules(const endpoint_partition *p, const char *region,
		   int use_fips, int use_dualstack, char *url, size_t urllen,
		   char *err, size_t errlen);

#endif
