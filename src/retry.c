/*
 * retry.c - botocore's retry rules (see retry.h).
 */
#include "retry.h"

#include <errno.h>
#include <string.h>
#include <time.h>

#include "random.h"

/* Codes retried in either mode (botocore's throttling and legacy lists). */
static const char *const legacy_codes[] = {
	"Throttling", "ThrottlingException", "ThrottledException",
	"RequestThrottledException", "ProvisionedThroughputExceededException",
	NULL
};

static const char *const standard_codes[] = {
	"Throttling", "ThrottlingException", "ThrottledException",
	"RequestThrottledException", "TooManyRequestsException",
	"ProvisionedThroughputExceededException",
	"TransactionInProgressException", "RequestLimitExceeded",
	"BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
	"SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
	"RequestTimeout", "RequestTimeoutException", NULL
};

static int in_list(const char *code, const char *const *list,
		   const char *extra)
{
	if (extra && strcmp(code, extra) == 0)
		return 1;
	for (; *list; list++)
		if (strcmp(code, *list) == 0)
			return 1;
	return 0;
}

int retry_service_error(int standard_mode, int status, const char *code,
			const char *extra)
{
	if (status == 500 || status == 502 || status == 503 || status == 504)
		return 1;
	if (standard_mode)
		return in_list(code, standard_codes, extra);
	return status == 509 || status == 429 ||
	       (status == 400 && in_list(code, legacy_codes, extra));
}

double retry_backoff(int standard_mode, int attempt)
{
	double cap = (double)(1u << (attempt - 1 < 20 ? attempt - 1 : 20));

	if (standard_mode && cap > 20)
		cap = 20;
	return random_unit() * cap;
}

void retry_sleep(double s)
{
	struct timespec ts;

	if (s <= 0)
		return;
	ts.tv_sec = (time_t)s;
	ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

const char *retry_reason_phrase(int status)
{
	switch (status) {
	case 500: return "Internal Server Error";
	case 501: return "Not Implemented";
	case 502: return "Bad Gateway";
	case 503: return "Service Unavailable";
	case 504: return "Gateway Timeout";
	case 505: return "HTTP Version Not Supported";
	case 506: return "Variant Also Negotiates";
	case 507: return "Insufficient Storage";
	case 508: return "Loop Detected";
	case 510: return "Not Extended";
	case 511: return "Network Authentication Required";
	default: return "";
	}
}
