/*
 * fuzz_url.c - libFuzzer harness for endpoint URLs (src/url.c):
 * url_check_cli (awscli's --endpoint-url check) and url_parse (botocore's
 * and urllib3's checks, and what is sent and signed).
 *
 * Input: the URL (up to the first NUL byte).
 *
 * Invariants: status codes as documented with a message on failure;
 * url_check_cli only ever fails with URL_ERR_CLI; on success TLS means an
 * https: scheme, the host is non-empty, the port is 1..65535, the path
 * starts with '/', the request-target starts with the path's first byte
 * and holds only printable ASCII, and every string is terminated inside
 * its field; parsing is deterministic.
 */
#include "fuzz_util.h"

#include <strings.h>

#include "url.h"

static char in[URL_MAX + 64];
static char err[2048], err2[2048];
static url_endpoint u, u2;

#define TERM(f) FUZZ_REQUIRE(fuzz_terminated(f, sizeof f))

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char scheme[8];
	size_t i, k, n = size < sizeof in - 1 ? size : sizeof in - 1;
	int rc, rc2;

	memcpy(in, data, n);
	in[n] = '\0';

	err[0] = '\0';
	rc = url_check_cli(in, err, sizeof err);
	FUZZ_REQUIRE(rc == URL_OK || rc == URL_ERR_CLI);
	TERM(err);
	if (rc)
		FUZZ_REQUIRE(err[0] != '\0');

	err[0] = '\0';
	rc = url_parse(in, &u, err, sizeof err);
	FUZZ_REQUIRE(rc >= URL_OK && rc <= URL_ERR_SEND);
	TERM(err);
	rc2 = url_parse(in, &u2, err2, sizeof err2);
	FUZZ_REQUIRE(rc2 == rc);
	if (rc) {
		FUZZ_REQUIRE(err[0] != '\0' && strcmp(err, err2) == 0);
		return 0;
	}
	TERM(u.host);
	TERM(u.host_header);
	TERM(u.sign_host);
	TERM(u.path);
	TERM(u.query);
	TERM(u.target);
	TERM(u.url);
	FUZZ_REQUIRE(strcmp(u.url, u2.url) == 0 &&
		     strcmp(u.target, u2.target) == 0);
	/* urlsplit strips leading C0 controls and spaces and drops tabs and
	 * line ends; a scheme urllib3 does not see as one ("httpsx.://h/")
	 * makes an http URL */
	for (i = 0; in[i] > 0 && in[i] <= ' '; i++)
		;
	for (k = 0; in[i] && k < 6; i++)
		if (in[i] != '\t' && in[i] != '\r' && in[i] != '\n')
			scheme[k++] = in[i];
	scheme[k] = '\0';
	if (u.https)
		FUZZ_REQUIRE(strcasecmp(scheme, "https:") == 0);
	FUZZ_REQUIRE(u.host[0] != '\0');
	FUZZ_REQUIRE(u.port >= 1 && u.port <= 65535);
	FUZZ_REQUIRE(u.path[0] == '/');
	FUZZ_REQUIRE(u.target[0] == '/');
	for (i = 0; u.target[i]; i++)
		FUZZ_REQUIRE(u.target[i] > 0x20 && u.target[i] < 0x7f);
	return 0;
}
