/*
 * test_retry.c - botocore's retry rules (src/retry.c): which service
 * errors are retried in each mode, the backoff bounds, reason phrases.
 * (retry_sleep is exercised by the integration tests' retries.)
 */
#include "check.h"
#include "retry.h"

static const struct {
	int standard, status;
	const char *code, *extra;
	int want;
} cases[] = {
	/* transient statuses, both modes, whatever the code */
	{ 0, 500, "InternalFailure", NULL, 1 }, { 1, 500, "X", NULL, 1 },
	{ 0, 502, "", NULL, 1 }, { 1, 503, "", NULL, 1 },
	{ 0, 504, "", NULL, 1 }, { 1, 504, "", NULL, 1 },
	{ 0, 501, "", NULL, 0 }, { 1, 501, "", NULL, 0 },
	/* legacy only: 509, 429 */
	{ 0, 509, "", NULL, 1 }, { 1, 509, "", NULL, 0 },
	{ 0, 429, "", NULL, 1 }, { 1, 429, "", NULL, 0 },
	/* legacy codes: only with status 400 */
	{ 0, 400, "Throttling", NULL, 1 },
	{ 0, 403, "Throttling", NULL, 0 },
	{ 0, 400, "ProvisionedThroughputExceededException", NULL, 1 },
	{ 0, 400, "TooManyRequestsException", NULL, 0 },
	/* standard codes: any status */
	{ 1, 400, "TooManyRequestsException", NULL, 1 },
	{ 1, 403, "Throttling", NULL, 1 },
	{ 1, 400, "RequestTimeoutException", NULL, 1 },
	{ 1, 400, "UnknownResourceFault", NULL, 0 },
	{ 0, 400, "UnknownResourceFault", NULL, 0 },
	/* a service's own extra code, in both modes */
	{ 0, 400, "IDPCommunicationError", "IDPCommunicationError", 1 },
	{ 1, 403, "IDPCommunicationError", "IDPCommunicationError", 1 },
	{ 0, 400, "IDPCommunicationError", NULL, 0 },
	{ 1, 400, "throttling", NULL, 0 },  /* case matters */
};

int main(void)
{
	size_t i;
	int a, k, over;
	double d, most;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK(retry_service_error(cases[i].standard, cases[i].status,
					  cases[i].code, cases[i].extra) ==
		      cases[i].want, "mode %d status %d code %s: want %d",
		      cases[i].standard, cases[i].status, cases[i].code,
		      cases[i].want);
	for (a = 1; a <= 8; a++) {
		double cap = (double)(1u << (a - 1));
		over = 0;
		most = 0;
		for (k = 0; k < 200; k++) {
			d = retry_backoff(0, a);
			if (d < 0 || d >= cap)
				over++;
			if (d > most)
				most = d;
		}
		CHECK(over == 0, "legacy backoff after attempt %d in [0, %g)",
		      a, cap);
		CHECK(a == 1 || most > cap / 4,
		      "legacy backoff after attempt %d spreads (max %g)", a,
		      most);
		over = 0;
		for (k = 0; k < 200; k++) {
			d = retry_backoff(1, a);
			if (d < 0 || d >= (cap > 20 ? 20 : cap))
				over++;
		}
		CHECK(over == 0, "standard backoff after attempt %d capped", a);
	}
	CHECK_STR(retry_reason_phrase(500), "Internal Server Error", "500");
	CHECK_STR(retry_reason_phrase(503), "Service Unavailable", "503");
	CHECK_STR(retry_reason_phrase(511), "Network Authentication Required",
		  "511");
	CHECK_STR(retry_reason_phrase(509), "", "509 has none");
	CHECK_STR(retry_reason_phrase(404), "", "404: not a 5xx");
	return check_done();
}
