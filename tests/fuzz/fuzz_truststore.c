/*
 * fuzz_truststore.c - libFuzzer harness for the trust store
 * (src/truststore.c): the PEM reader, the DER walk that finds a
 * certificate's subject DN and key, the index and the anchor lookup.
 *
 * Input: byte 0 bit 0 set: the rest is one DER certificate, parsed
 * directly and also wrapped in a PEM block and loaded as a bundle file;
 * clear: the rest is a bundle file as it is (PEM text, any junk).
 *
 * Invariants: results are documented codes with a message naming the
 * file; views found lie inside the certificate; a certificate that
 * parses loads as exactly one anchor that truststore_find() returns for
 * its DN with the same DN bytes, and one that does not parse does not
 * load; anchors found for any DN carry exactly that DN.
 */
#include "fuzz_util.h"

#include "truststore.h"

#define MAX_IN TRUSTSTORE_CERT_MAX
#define PEM_MAX (MAX_IN * 2 + 256)

static truststore ts;
static char err[1024], text[1024];
static char pem[PEM_MAX];
static br_x509_trust_anchor ta[4];
static unsigned char arena[TRUSTSTORE_ANCHOR_BYTES(4)];

static size_t to_pem(const uint8_t *d, size_t n, char *out)
{
	static const char b64[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		"0123456789+/";
	size_t i, o = 0, col = 0;
	unsigned v;

	o += (size_t)sprintf(out, "junk before\n-----BEGIN CERTIFICATE-----\n");
	for (i = 0; i < n; i += 3) {
		v = (unsigned)d[i] << 16;
		if (i + 1 < n)
			v |= (unsigned)d[i + 1] << 8;
		if (i + 2 < n)
			v |= d[i + 2];
		out[o++] = b64[(v >> 18) & 63];
		out[o++] = b64[(v >> 12) & 63];
		out[o++] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
		out[o++] = i + 2 < n ? b64[v & 63] : '=';
		if ((col += 4) == 64) {
			out[o++] = '\n';
			col = 0;
		}
	}
	o += (size_t)sprintf(out + o, "%s-----END CERTIFICATE-----\n",
			     col ? "\n" : "");
	return o;
}

static int inside(const unsigned char *p, size_t n, const uint8_t *d,
		  size_t size)
{
	return p >= d && p + n <= d + size;
}

static void check_code(int rc)
{
	FUZZ_REQUIRE(rc <= TS_OK && rc >= TS_E_ARG);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc != TS_OK)
		FUZZ_REQUIRE(err[0] != '\0');
	truststore_cli_text(rc, 2, err, text, sizeof text);
	FUZZ_REQUIRE(fuzz_terminated(text, sizeof text));
}

static void check_found(const unsigned char *dn, size_t dn_len, size_t n)
{
	size_t i;

	FUZZ_REQUIRE(n <= 4);
	for (i = 0; i < n; i++)
		FUZZ_REQUIRE(ta[i].dn.len == dn_len &&
			     memcmp(ta[i].dn.data, dn, dn_len) == 0 &&
			     (ta[i].flags & BR_X509_TA_CA));
}

static void der_mode(const uint8_t *d, size_t size)
{
	truststore_cert c;
	const char *path;
	size_t n;
	int rc, lrc;

	rc = truststore_parse_cert(d, size, &c);
	FUZZ_REQUIRE(rc == TS_OK || rc == TS_E_DER || rc == TS_E_KEY);
	if (rc == TS_OK) {
		FUZZ_REQUIRE(c.dn_len > 0 && inside(c.dn, c.dn_len, d, size));
		if (c.pkey.key_type == BR_KEYTYPE_RSA)
			FUZZ_REQUIRE(inside(c.pkey.key.rsa.n,
					    c.pkey.key.rsa.nlen, d, size) &&
				     inside(c.pkey.key.rsa.e,
					    c.pkey.key.rsa.elen, d, size));
		else
			FUZZ_REQUIRE(c.pkey.key_type == BR_KEYTYPE_EC &&
				     inside(c.pkey.key.ec.q,
					    c.pkey.key.ec.qlen, d, size));
	}
	path = fuzz_file(0, pem, to_pem(d, size, pem));
	truststore_init(&ts);
	err[0] = '\0';
	lrc = truststore_load_file(&ts, path, 0, err, sizeof err);
	check_code(lrc);
	if (rc != TS_OK) {
		FUZZ_REQUIRE(lrc != TS_OK && truststore_count(&ts) == 0);
		return;
	}
	FUZZ_REQUIRE(lrc == TS_OK && truststore_count(&ts) == 1);
	n = truststore_find(&ts, c.dn, c.dn_len, ta, 4, arena, sizeof arena);
	FUZZ_REQUIRE(n == 1);
	check_found(c.dn, c.dn_len, n);
	/* a second bundle is refused */
	FUZZ_REQUIRE(truststore_load_file(&ts, path, 0, err, sizeof err)
		     != TS_OK);
}

static void pem_mode(const uint8_t *d, size_t size)
{
	const char *path = fuzz_file(0, d, size);
	unsigned flags;
	size_t n;
	int rc;

	for (flags = 0; flags <= TS_SKIP_UNSUPPORTED; flags++) {
		truststore_init(&ts);
		err[0] = '\0';
		rc = truststore_load_file(&ts, path, flags, err, sizeof err);
		check_code(rc);
		if (rc != TS_OK) {
			FUZZ_REQUIRE(truststore_count(&ts) == 0);
			continue;
		}
		FUZZ_REQUIRE(truststore_count(&ts) >= 1 || ts.skipped > 0);
		/* look the input's leading bytes up as a DN */
		n = truststore_find(&ts, d, size < 64 ? size : 64, ta, 4,
				    arena, sizeof arena);
		check_found(d, size < 64 ? size : 64, n);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1 || size > MAX_IN)
		return 0;
	if (data[0] & 1)
		der_mode(data + 1, size - 1);
	else
		pem_mode(data + 1, size - 1);
	return 0;
}
