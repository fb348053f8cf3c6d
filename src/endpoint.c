/*
 * endpoint.c - region checks and the SWF endpoint rules.  See endpoint.h.
 *
 * The partition table is partitions.json of botocore 1.43.11, in its
 * order; tests/gen_endpoint_cases.py checks it against botocore over every
 * listed region and many others.
 */
#include "endpoint.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "msg.h"

static const char *const aws_regions[] = { "aws-global", NULL };
static const char *const cn_regions[] = { "aws-cn-global", NULL };
static const char *const none_regions[] = { NULL };
static const char *const iso_regions[] = { "aws-iso-global", NULL };
static const char *const isob_regions[] = { "aws-iso-b-global", NULL };
static const char *const isoe_regions[] = { "aws-iso-e-global", NULL };
static const char *const isof_regions[] = { "aws-iso-f-global", NULL };
static const char *const gov_regions[] = { "aws-us-gov-global", NULL };

static const endpoint_partition partitions[] = {
	{ "aws", "us|eu|ap|sa|ca|me|af|il|mx", aws_regions,
	  "amazonaws.com", "api.aws", 1, 1, 1 },
	{ "aws-cn", "cn", cn_regions,
	  "amazonaws.com.cn", "api.amazonwebservices.com.cn", 1, 1, 1 },
	{ "aws-eusc", "eusc-de", none_regions,
	  "amazonaws.eu", "api.amazonwebservices.eu", 1, 1, 1 },
	{ "aws-iso", "us-iso", iso_regions,
	  "c2s.ic.gov", "api.aws.ic.gov", 1, 1, 0 },
	{ "aws-iso-b", "us-isob", isob_regions,
	  "sc2s.sgov.gov", "api.aws.scloud", 1, 1, 0 },
	{ "aws-iso-e", "eu-isoe", isoe_regions,
	  "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk", 1, 1, -1 },
	{ "aws-iso-f", "us-isof", isof_regions,
	  "csp.hci.ic.gov", "api.aws.hci.ic.gov", 1, 1, -1 },
	{ "aws-us-gov", "us-gov", gov_regions,
	  "amazonaws.com", "api.aws", 1, 1, 1 },
};

#define NPARTITIONS (sizeof partitions / sizeof partitions[0])

/*
 * endpoints.json "swf" entries whose credentialScope renames the region,
 * with the index of their partition in partitions[]
 */
static const struct {
	const char *name;
	const char *scope;
	size_t partition;
} scope_map[] = {
	{ "fips-ca-central-1", "ca-central-1", 0 },
	{ "fips-ca-west-1", "ca-west-1", 0 },
	{ "fips-us-east-1", "us-east-1", 0 },
	{ "fips-us-east-2", "us-east-2", 0 },
	{ "fips-us-west-1", "us-west-1", 0 },
	{ "fips-us-west-2", "us-west-2", 0 },
	{ "us-gov-east-1-fips", "us-gov-east-1", 7 },
	{ "us-gov-west-1-fips", "us-gov-west-1", 7 },
	{ "fips-us-iso-east-1", "us-iso-east-1", 3 },
	{ "fips-us-iso-west-1", "us-iso-west-1", 3 },
	{ "fips-us-isob-east-1", "us-isob-east-1", 4 },
};

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_word(int c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') ||
	       (c >= 'A' && c <= 'Z') || c == '_';
}

/* Length of s without one trailing '\n' (where Python's '$' matches). */
static size_t dollar_len(const char *s)
{
	size_t n = strlen(s);

	return (n > 0 && s[n - 1] == '\n') ? n - 1 : n;
}

/* botocore's validate_region_name regex
 * ^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{,63}(?<!-)$ */
static int valid_region(const char *r)
{
	size_t n = dollar_len(r), i, digits = 0;

	if (n > 63 || (n > 0 && (r[0] == '-' || r[n - 1] == '-')))
		return 0;
	for (i = 0; i < n; i++) {
		if (!is_word(r[i]) && r[i] != '-')
			return 0;
		if (r[i] == '_')
			return 0;
		digits += is_digit(r[i]);
	}
	return n == 0 || digits < n;
}

/* Whether r matches ^(prefixes)\-\w+\-\d+$ of p. */
static int regex_match(const endpoint_partition *p, const char *r)
{
	size_t n = dollar_len(r), plen, i, w, d;
	const char *alt = p->prefixes, *bar;

	for (; ; alt = bar + 1) {
		bar = strchr(alt, '|');
		plen = bar ? (size_t)(bar - alt) : strlen(alt);
		if (n > plen && strncmp(r, alt, plen) == 0 && r[plen] == '-') {
			for (i = plen + 1, w = 0; i < n && is_word(r[i]); i++)
				w++;
			if (w > 0 && i < n && r[i] == '-') {
				for (i++, d = 0; i < n && is_digit(r[i]); i++)
					d++;
				if (d > 0 && i == n)
					return 1;
			}
		}
		if (bar == NULL)
			return 0;
	}
}

const endpoint_partition *endpoint_partition_of(const char *region)
{
	const char *const *name;
	size_t i;

	for (i = 0; region && i < NPARTITIONS; i++) {
		for (name = partitions[i].regions; *name; name++)
			if (strcmp(*name, region) == 0)
				return &partitions[i];
		if (regex_match(&partitions[i], region))
			return &partitions[i];
	}
	return &partitions[0];
}

/* Format "https://<host>.<region>.<suffix>" into url. */
static int make_url(char *url, size_t urllen, int fips, const char *region,
		    const char *suffix)
{
	int n = snprintf(url, urllen, "https://%s.%s.%s",
			 fips ? "swf-fips" : "swf", region, suffix);

	return (n < 0 || (size_t)n >= urllen) ? -1 : 0;
}

int endpoint_rules(const endpoint_partition *p, const char *region,
		   int use_fips, int use_dualstack, char *url, size_t urllen,
		   char *err, size_t errlen)
{
	int gov = strcmp(p->id, "aws-us-gov") == 0, rc;

	if (region == NULL)
		return msg_set(err, errlen, ENDPOINT_ERR_RULES,
			       "Invalid Configuration: Missing Region");
	if (gov && use_fips && !use_dualstack)
		rc = make_url(url, urllen, 0, region, p->dns_suffix);
	else if (gov && !use_fips && use_dualstack)
		rc = make_url(url, urllen, 1, region, p->dualstack_dns_suffix);
	else if (use_fips && use_dualstack) {
		if (!p->supports_fips || !p->supports_dualstack)
			return msg_set(err, errlen, ENDPOINT_ERR_RULES,
				       "FIPS and DualStack are enabled, but "
				       "this partition does not support one "
				       "or both");
		rc = make_url(url, urllen, 1, region, p->dualstack_dns_suffix);
	} else if (use_fips) {
		if (!p->supports_fips)
			return msg_set(err, errlen, ENDPOINT_ERR_RULES,
				       "FIPS is enabled but this partition "
				       "does not support FIPS");
		rc = make_url(url, urllen, 1, region, p->dns_suffix);
	} else if (use_dualstack) {
		if (!p->supports_dualstack)
			return msg_set(err, errlen, ENDPOINT_ERR_RULES,
				       "DualStack is enabled but this "
				       "partition does not support DualStack");
		rc = make_url(url, urllen, 0, region, p->dualstack_dns_suffix);
	} else {
		rc = make_url(url, urllen, 0, region, p->dns_suffix);
	}
	if (rc < 0)
		return msg_set(err, errlen, ENDPOINT_ERR_RULES,
			       "Endpoint URL too long for region %s", region);
	return ENDPOINT_OK;
}

/* Remove every non-overlapping pat from s in place; whether any was. */
static int remove_all(char *s, const char *pat)
{
	size_t pl = strlen(pat), o = 0, i = 0, n = strlen(s);
	int changed = 0;

	while (i < n) {
		if (strncmp(s + i, pat, pl) == 0) {
			i += pl;
			changed = 1;
		} else {
			s[o++] = s[i++];
		}
	}
	s[o] = 0;
	return changed;
}

int endpoint_prepare(endpoint_info *ep, const char *region, int use_fips,
		     int use_dualstack, char *err, size_t errlen)
{
	int a, b;

	memset(ep, 0, sizeof *ep);
	if (region == NULL)
		return msg_set(err, errlen, ENDPOINT_ERR_NO_REGION,
			       "You must specify a region. You can also "
			       "configure your region by running \"aws "
			       "configure\".");
	if (!valid_region(region))
		return msg_set(err, errlen, ENDPOINT_ERR_REGION,
			       "Provided region_name '%s' doesn't match a "
			       "supported format.", region);
	memcpy(ep->region, region, strlen(region) + 1);
	a = remove_all(ep->region, "fips-");
	b = remove_all(ep->region, "-fips");
	memcpy(ep->signing_region, ep->region, sizeof ep->region);
	ep->use_fips = use_fips || a || b;
	ep->use_dualstack = use_dualstack;
	return ENDPOINT_OK;
}

int endpoint_resolve(endpoint_info *ep, char *url, size_t urllen,
		     char *err, size_t errlen)
{
	const endpoint_partition *p = &partitions[0];
	const char *suffix;
	size_t i;

	/* the legacy resolver (regions.py), run when the client is made */
	for (i = 0; i < NPARTITIONS; i++)
		if (regex_match(&partitions[i], ep->region))
			p = &partitions[i];
	if (ep->use_dualstack && p->legacy_dualstack < 0)
		return msg_set(err, errlen, ENDPOINT_ERR_INVALID,
			       "Unable to construct a modeled endpoint with "
			       "the following variant(s) [%s]: ", ep->use_fips ?
			       "'dualstack', 'fips'" : "'dualstack'");
	if (ep->use_dualstack && p->legacy_dualstack == 0)
		p = &partitions[0];
	if (ep->region[0] == 0 || strchr(ep->region, '\n')) {
		suffix = ep->use_dualstack ? p->dualstack_dns_suffix :
			 p->dns_suffix;
		return msg_set(err, errlen, ENDPOINT_ERR_INVALID,
			       "Invalid endpoint: https://%s.%s.%s",
			       ep->use_fips ? "swf-fips" : "swf", ep->region,
			       suffix);
	}
	for (i = 0; i < sizeof scope_map / sizeof scope_map[0]; i++) {
		/* a partition skipped for dual-stack does not supply it */
		if (strcmp(ep->region, scope_map[i].name) != 0 ||
		    (ep->use_dualstack &&
		     partitions[scope_map[i].partition].legacy_dualstack == 0))
			continue;
		memcpy(ep->signing_region, scope_map[i].scope,
		       strlen(scope_map[i].scope) + 1);
	}
	/* the rule set, run for each request */
	return endpoint_rules(endpoint_partition_of(ep->region), ep->region,
			      ep->use_fips, ep->use_dualstack, url, urllen,
			      err, errlen);
}
