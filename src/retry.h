/*
 * retry.h - botocore's retry rules, shared by the SWF call and STS: which
 * service errors are retried (legacy mode's _retry.json or standard
 * mode's checkers), the backoff before the next attempt, and the reason
 * phrase botocore shows for a bare 5xx answer.
 */
#ifndef SWF_RETRY_H
#define SWF_RETRY_H

/*
 * Whether botocore retries a service error with HTTP status and error
 * code: 500, 502-504 and the throttling codes in both modes; in legacy
 * mode also 509, 429 and (only with status 400) the legacy codes.  extra
 * is one more code retried as a throttling one (NULL: none), as STS's
 * "IDPCommunicationError".
 */
int retry_service_error(int standard_mode, int status, const char *code,
			const char *extra);

/*
 * Seconds botocore waits before the attempt after `attempt` (1-based):
 * random in [0, 2^(attempt-1)), capped at 20 in standard mode.
 */
double retry_backoff(int standard_mode, int attempt);

/* Sleep s seconds (through EINTR); nothing when s <= 0. */
void retry_sleep(double s);

/* http.client.responses[status] for the 5xx codes, "" for any other. */
const char *retry_reason_phrase(int status);

#endif
