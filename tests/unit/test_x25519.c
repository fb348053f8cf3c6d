/*
 * test_x25519.c - x25519() and x25519_ec_all (src/x25519.c):
 *
 *   - RFC 7748 section 5.2: the two test vectors, and the iterated one
 *     after 1 and 1000 iterations;
 *   - against BearSSL's br_ec_c25519_m31 (the code it replaces in the
 *     handshake): random scalars of 0 to 32 bytes and random points, points
 *     with the top bit set, u-coordinates p..2^255-1 (not reduced), 0, 1
 *     and p-1, through mul and mulgen: same output, same return value;
 *   - x25519_ec_all: Curve25519's generator, order and offset as BearSSL
 *     has them; every other curve answered as br_ec_all_m31 answers.
 *
 * Where the compiler has no 128-bit integers there is no x25519(): the
 * test then checks that (the TLS layer keeps BearSSL's code).
 * Reproducible: random bytes come from BearSSL's HMAC-DRBG, fixed seed.
 */
#include <string.h>

#include "bearssl.h"
#include "check.h"
#include "x25519.h"

#ifdef X25519_FAST

static br_hmac_drbg_context rng;

static void hex(uint8_t *out, const char *s)
{
	size_t i;
	unsigned v;

	for (i = 0; i < 32; i++) {
		sscanf(s + 2 * i, "%2x", &v);
		out[i] = (uint8_t)v;
	}
}

static void test_rfc7748(void)
{
	static const struct {
		const char *k, *u, *out;
	} v[] = {
		{ "a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
		  "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
		  "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552" },
		{ "4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
		  "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493",
		  "95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957" },
	};
	uint8_t k[32], u[32], want[32], out[32], t[32];
	size_t i;
	int n;

	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		hex(k, v[i].k);
		hex(u, v[i].u);
		hex(want, v[i].out);
		x25519(out, k, u);
		CHECK(memcmp(out, want, 32) == 0, "RFC 7748 vector %zu", i + 1);
	}
	/* k = u = 9; then k, u = X25519(k, u), k */
	memset(k, 0, 32);
	k[0] = 9;
	memcpy(u, k, 32);
	for (n = 1; n <= 1000; n++) {
		x25519(out, k, u);
		memcpy(u, k, 32);
		memcpy(k, out, 32);
		if (n == 1) {
			hex(t, "422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079");
			CHECK(memcmp(k, t, 32) == 0, "RFC 7748 iterated, 1");
		}
	}
	hex(t, "684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51");
	CHECK(memcmp(k, t, 32) == 0, "RFC 7748 iterated, 1000");
}

/* Same answer as BearSSL's c25519_m31 for scalar k[0..klen) and point u. */
static void same_mul(const uint8_t *k, size_t klen, const uint8_t u[32],
		     const char *what)
{
	uint8_t a[32], b[32];
	uint32_t ra, rb;

	memcpy(a, u, 32);
	memcpy(b, u, 32);
	ra = x25519_ec_all.mul(a, 32, k, klen, BR_EC_curve25519);
	rb = br_ec_c25519_m31.mul(b, 32, k, klen, BR_EC_curve25519);
	CHECK(ra == rb && memcmp(a, b, 32) == 0, "%s: mul, scalar of %zu bytes",
	      what, klen);
}

static void test_vs_bearssl(void)
{
	static const uint8_t p[32] = {
		0xed, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f
	};
	uint8_t k[33], u[32], ra[32], rb[32];
	size_t la, lb;
	int i, j;

	br_hmac_drbg_init(&rng, &br_sha256_vtable, "swf-cancel test_x25519",
			  22);
	for (i = 0; i < 2000; i++) {
		size_t klen = (size_t)(i % 33);

		br_hmac_drbg_generate(&rng, k, sizeof k);
		br_hmac_drbg_generate(&rng, u, sizeof u);
		same_mul(k, klen, u, "random");
		u[31] |= 0x80;
		same_mul(k, 32, u, "top bit set");
		la = x25519_ec_all.mulgen(ra, k, klen, BR_EC_curve25519);
		lb = br_ec_c25519_m31.mulgen(rb, k, klen, BR_EC_curve25519);
		CHECK(la == lb && memcmp(ra, rb, 32) == 0, "mulgen %d", i);
	}
	/* u = p + j (not reduced), 0, 1, p - 1 */
	for (j = 0; j < 19; j++) {
		memcpy(u, p, 32);
		u[0] = (uint8_t)(u[0] + j);
		br_hmac_drbg_generate(&rng, k, 32);
		same_mul(k, 32, u, "u >= p");
	}
	memset(u, 0, 32);
	same_mul(k, 32, u, "u = 0");
	u[0] = 1;
	same_mul(k, 32, u, "u = 1");
	memcpy(u, p, 32);
	u[0]--;
	same_mul(k, 32, u, "u = p - 1");
	/* the all-zero and all-one scalars */
	memset(k, 0, 32);
	same_mul(k, 32, u, "k = 0");
	memset(k, 0xff, 32);
	same_mul(k, 32, u, "k = ff..ff");
	/* BearSSL's limits: points of 32 bytes, scalars up to 32 */
	CHECK(x25519_ec_all.mul(u, 31, k, 32, BR_EC_curve25519) == 0,
	      "31-byte point refused");
	CHECK(x25519_ec_all.mul(u, 32, k, 33, BR_EC_curve25519) == 0,
	      "33-byte scalar refused");
}

/* Other curves: br_ec_all_m31's answers. */
static void test_other_curves(void)
{
	const unsigned char *g1, *g2;
	uint8_t k[32], a[65], b[65];
	size_t l1, l2;
	int curve;

	CHECK(x25519_ec_all.supported_curves == br_ec_all_m31.supported_curves,
	      "same curves");
	for (curve = BR_EC_secp256r1; curve <= BR_EC_secp521r1; curve++) {
		g1 = x25519_ec_all.generator(curve, &l1);
		g2 = br_ec_all_m31.generator(curve, &l2);
		CHECK(g1 == g2 && l1 == l2, "generator of curve %d", curve);
		g1 = x25519_ec_all.order(curve, &l1);
		g2 = br_ec_all_m31.order(curve, &l2);
		CHECK(g1 == g2 && l1 == l2, "order of curve %d", curve);
	}
	g1 = x25519_ec_all.generator(BR_EC_curve25519, &l1);
	g2 = br_ec_all_m31.generator(BR_EC_curve25519, &l2);
	CHECK(l1 == 32 && l2 == 32 && memcmp(g1, g2, 32) == 0, "X25519 generator");
	g1 = x25519_ec_all.order(BR_EC_curve25519, &l1);
	g2 = br_ec_all_m31.order(BR_EC_curve25519, &l2);
	CHECK(l1 == 32 && l2 == 32 && memcmp(g1, g2, 32) == 0, "X25519 order");
	CHECK(x25519_ec_all.xoff(BR_EC_curve25519, &l1) ==
	      br_ec_all_m31.xoff(BR_EC_curve25519, &l2) && l1 == l2, "X25519 xoff");
	CHECK(x25519_ec_all.muladd(a, b, 32, k, 32, k, 32, BR_EC_curve25519) == 0,
	      "no muladd on Curve25519");
	br_hmac_drbg_generate(&rng, k, sizeof k);
	k[0] &= 0x7f;
	l1 = x25519_ec_all.mulgen(a, k, 32, BR_EC_secp256r1);
	l2 = br_ec_all_m31.mulgen(b, k, 32, BR_EC_secp256r1);
	CHECK(l1 == l2 && l1 == 65 && memcmp(a, b, 65) == 0, "P-256 mulgen");
	CHECK(x25519_ec_all.mul(a, 65, k, 32, BR_EC_secp256r1) ==
	      br_ec_all_m31.mul(b, 65, k, 32, BR_EC_secp256r1)
	      && memcmp(a, b, 65) == 0, "P-256 mul");
}

int main(void)
{
	test_rfc7748();
	test_vs_bearssl();
	test_other_curves();
	return check_done();
}

#else

int main(void)
{
	CHECK(1, "no 128-bit integers: BearSSL's X25519 is used");
	return check_done();
}

#endif
