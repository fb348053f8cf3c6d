/*
 * fuzz_tls.c - libFuzzer harness for the TLS client's handling of what a
 * server sends during the handshake (src/tls.c over BearSSL): records,
 * ServerHello, and above all the certificate chain, which our X.509
 * engine walks (subject, issuer, SANs, validity) before BearSSL's
 * x509_minimal checks it against the trust anchors.
 *
 * The client talks over a socket pair whose other end holds the fuzzer's
 * bytes as the server's whole answer, then end of stream.  The seeds are
 * a real server flight (TLS 1.2, ECDHE-RSA) with a chain issued by the
 * test root below; the ServerKeyExchange signature never verifies (the
 * client random differs), so a handshake cannot complete: what is fuzzed
 * is everything before that.
 *
 * Input: byte 0 bit 0 verification off, bits 1-2 the host name checked
 * (localhost, 127.0.0.1, a.example.test, other.example); the rest is the
 * server's bytes.
 *
 * Invariants: the result is a tls_status (never success without a
 * verifiable key exchange); every failure has a message; nothing is
 * read beyond the input; the client never hangs.
 */
#include "fuzz_util.h"

#include <sys/socket.h>

#include "net.h"
#include "tls.h"
#include "truststore.h"

#define MAX_IN (64 * 1024)

/* The seeds' root: an EC P-256 test CA (its key was thrown away). */
static const char ca_pem[] =
	"-----BEGIN CERTIFICATE-----\n"
	"MIIBlTCCATugAwIBAgIUTOILXnEGWn2h2J/l8Zc47uIQ5IEwCgYIKoZIzj0EAwIw\n"
	"HzEdMBsGA1UEAwwUc3dmLWNhbmNlbCBmdXp6IHJvb3QwIBcNMjYxMTI1MTc0MzQy\n"
	"WhgPMjEyNjExMDExNzQzNDJaMB8xHTAbBgNVBAMMFHN3Zi1jYW5jZWwgZnV6eiBy\n"
	"b290MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEMpjnrtAGuwiPpWP+wTEV8tRz\n"
	"rs6l02GHHjAc4IajqOIZc4ySRD9RuqoVZFhF1ZCiyE5qfhYiRNrGeGfWk9j1hKNT\n"
	"MFEwHQYDVR0OBBYEFDdg8EUHJ4vJcq9bIqqJNujIkKlHMB8GA1UdIwQYMBaAFDdg\n"
	"8EUHJ4vJcq9bIqqJNujIkKlHMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID\n"
	"SAAwRQIhAMRK6gLsp2BqnlbEg4ePH4K2Xw6yZ77ztUQVedzxKCIbAiBxsxPjMMCc\n"
	"z/NZ3oBuDTOXLEHucxs3vmhwcLUQOizjIg==\n"
	"-----END CERTIFICATE-----\n";

static truststore ts;
static tls_conn t;
static char err[TLS_ERR_LEN];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const hosts[] = {
		"localhost", "127.0.0.1", "a.example.test", "other.example"
	};
	static int loaded;
	tls_options o;
	net_conn c;
	int sv[2], rc;
	char e[256];

	if (size < 1 || size > MAX_IN)
		return 0;
	if (!loaded) {
		truststore_init(&ts);
		if (truststore_load_file(&ts, fuzz_file(0, ca_pem,
							sizeof ca_pem - 1),
					 0, e, sizeof e) != TS_OK)
			abort();
		loaded = 1;
	}
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
		abort();
	fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);
	if (size > 1 && write(sv[1], data + 1, size - 1) != (ssize_t)(size - 1))
		abort();
	shutdown(sv[1], SHUT_WR);
	net_init(&c);
	c.fd = sv[0];
	c.connect_timeout_ms = 3000;
	c.read_timeout_ms = 3000;
	tls_options_init(&o);
	o.verify = !(data[0] & 1);
	o.host = hosts[(data[0] >> 1) & 3];
	o.anchors = &ts;
	err[0] = '\0';
	rc = tls_connect(&t, &c, &o, err, sizeof err);
	FUZZ_REQUIRE(rc != TLS_OK || !o.verify);
	FUZZ_REQUIRE(rc <= TLS_OK && rc >= TLS_E_LAST_VERIFY);
	FUZZ_REQUIRE(rc != TLS_E_ARG && rc != TLS_E_CA_BUNDLE);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	FUZZ_REQUIRE(fuzz_terminated(t.err, sizeof t.err));
	FUZZ_REQUIRE(fuzz_terminated(t.detail, sizeof t.detail));
	if (rc != TLS_OK)
		FUZZ_REQUIRE(err[0] != '\0' && tls_strerror(rc) != NULL);
	else
		tls_close(&t);
	close(sv[0]);
	close(sv[1]);
	return 0;
}
