/*
 * fuzz_endpoint.c - libFuzzer harness for the region checks and the SWF
 * endpoint rules (src/endpoint.c): endpoint_prepare (botocore's region
 * validation and fips- rewriting), endpoint_resolve (the legacy
 * resolver's checks and the rule set) and endpoint_rules per partition.
 *
 * Input: byte 0 bit 0 FIPS, bit 1 dual-stack, bit 2 no region at all;
 * the rest (up to a NUL byte) is the region.
 *
 * Invariants: documented codes with messages on failure; a prepared
 * region fits and is no longer than the one given (the rewrite only
 * removes); a resolved URL is an https:// URL that url_parse() accepts
 * (port 443) or refuses only as "Invalid endpoint"; the signing region
 * is non-empty.
 */
#include "fuzz_util.h"

#include "endpoint.h"
#include "url.h"

static char region[512];
static char err[1024];
static char url[ENDPOINT_URL_MAX + 64];
static endpoint_info ep;
static url_endpoint u;
static char uerr[1024];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const endpoint_partition *p;
	size_t n;
	int rc, fips, ds;

	if (size < 1)
		return 0;
	fips = data[0] & 1;
	ds = (data[0] >> 1) & 1;
	n = size - 1 < sizeof region - 1 ? size - 1 : sizeof region - 1;
	memcpy(region, data + 1, n);
	region[n] = '\0';

	err[0] = '\0';
	rc = endpoint_prepare(&ep, (data[0] & 4) ? NULL : region, fips, ds,
			      err, sizeof err);
	FUZZ_REQUIRE(rc == ENDPOINT_OK || rc == ENDPOINT_ERR_NO_REGION ||
		     rc == ENDPOINT_ERR_REGION);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (data[0] & 4)
		FUZZ_REQUIRE(rc == ENDPOINT_ERR_NO_REGION);
	if (rc != ENDPOINT_OK) {
		FUZZ_REQUIRE(err[0] != '\0');
		return 0;
	}
	FUZZ_REQUIRE(fuzz_terminated(ep.region, sizeof ep.region));
	FUZZ_REQUIRE(strlen(ep.region) <= n);
	FUZZ_REQUIRE(ep.use_fips >= fips);

	p = endpoint_partition_of(ep.region);
	FUZZ_REQUIRE(p != NULL && p->id != NULL);
	rc = endpoint_rules(p, ep.region, ep.use_fips, ep.use_dualstack, url,
			    sizeof url, err, sizeof err);
	FUZZ_REQUIRE(rc == ENDPOINT_OK || rc == ENDPOINT_ERR_RULES);
	rc = endpoint_rules(p, NULL, 0, 0, url, sizeof url, err, sizeof err);
	FUZZ_REQUIRE(rc == ENDPOINT_ERR_RULES && err[0] != '\0');

	err[0] = '\0';
	rc = endpoint_resolve(&ep, url, sizeof url, err, sizeof err);
	FUZZ_REQUIRE(rc == ENDPOINT_OK || rc == ENDPOINT_ERR_INVALID ||
		     rc == ENDPOINT_ERR_RULES);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc != ENDPOINT_OK) {
		FUZZ_REQUIRE(err[0] != '\0');
		return 0;
	}
	FUZZ_REQUIRE(strncmp(url, "https://", 8) == 0);
	FUZZ_REQUIRE(ep.signing_region[0] != '\0');
	/* the session parses the URL next: it is a host name botocore may
	 * still find invalid ("Invalid endpoint: URL", as for region
	 * "fips--p"), never anything else */
	rc = url_parse(url, &u, uerr, sizeof uerr);
	FUZZ_REQUIRE(rc == URL_OK || rc == URL_ERR_INVALID);
	if (rc == URL_OK)
		FUZZ_REQUIRE(u.https && u.port == 443);
	else
		FUZZ_REQUIRE(strncmp(uerr, "Invalid endpoint: https://", 26)
			     == 0);
	return 0;
}
