/*
 * test_rsa.c - rsa_public and rsa_pkcs1_vrfy (src/rsa.c) against BearSSL's
 * br_rsa_i31_* and, where the CPU has them, br_rsa_i62_* engines:
 *
 *   - random odd moduli of 1 to 4096 bits, exponents 0, 1, 2, 3, 17,
 *     65537, random short and full-length ones (with and without leading
 *     zero bytes), x = 0, 1, n-1, n-small, random: same result, same output;
 *   - what BearSSL rejects (x >= n, xlen != modulus length, even modulus,
 *     empty or over-long modulus) is rejected, leading zero bytes of the
 *     modulus skipped as BearSSL does;
 *   - keys from BearSSL's key generator (1024 to 4096 bits, e = 3, 17,
 *     65537, 2^31-1): PKCS#1 v1.5 signatures made by BearSSL for SHA-1 to
 *     SHA-512 and bare hashes verify, with the same hash out; corrupted
 *     ones, wrong OIDs and wrong hash lengths do not.
 *
 * Both limb sizes every time: src/rsa.c as built into libswf.a (64-bit
 * limbs where the compiler has 128-bit products) and src/rsa.c compiled
 * again below with RSA_FORCE_32 (32-bit limbs).  Reproducible: every
 * random byte comes from BearSSL's HMAC-DRBG with fixed seeds.
 */
#include <stdlib.h>

#include "bearssl.h"
#include "check.h"
#include "rsa.h"

/* src/rsa.c again, 32-bit limbs, as rsa32_public and rsa32_pkcs1_vrfy. */
#define RSA_FORCE_32 1
#define rsa_public rsa32_public
#define rsa_pkcs1_vrfy rsa32_pkcs1_vrfy
#include "rsa.c"
#undef rsa_public
#undef rsa_pkcs1_vrfy

#define SEED "swf-cancel test_rsa"
#define MAX_LEN (RSA_MAX_BYTES + 2)   /* room for over-long inputs */

typedef struct {
	const char *name;
	br_rsa_public pub;
	br_rsa_pkcs1_vrfy vrfy;
} engine;

static const engine engines[] = {
#ifdef __SIZEOF_INT128__
	{ "64-bit limbs", rsa_public, rsa_pkcs1_vrfy },
#else
	{ "32-bit limbs (native)", rsa_public, rsa_pkcs1_vrfy },
#endif
	{ "32-bit limbs", rsa32_public, rsa32_pkcs1_vrfy },
};
#define N_ENGINES (sizeof engines / sizeof engines[0])

static br_hmac_drbg_context rng;
static unsigned long cases;       /* rsa_public comparisons made */

static void rnd(void *buf, size_t len)
{
	br_hmac_drbg_generate(&rng, buf, len);
}

static unsigned rnd_below(unsigned bound)
{
	unsigned char b[4];

	rnd(b, sizeof b);
	return ((unsigned)b[0] << 24 | (unsigned)b[1] << 16
		| (unsigned)b[2] << 8 | b[3]) % bound;
}

/* ---- x^e mod n: every engine against BearSSL ------------------------ */

/*
 * Run x through BearSSL's i31 (and i62) and every engine: same return
 * value, and on success the same output.
 */
static void diff_public(const br_rsa_public_key *pk, const unsigned char *x,
			size_t xlen, const char *what)
{
	unsigned char want[MAX_LEN], got[MAX_LEN];
	br_rsa_public i62 = br_rsa_i62_public_get();
	uint32_t rw, rg;
	size_t i;

	memcpy(want, x, xlen);
	rw = br_rsa_i31_public(want, xlen, pk);
	/* BearSSL's engines differ on x^0 mod 1: i31 (and we) 0, i62 1 */
	if (i62 && !(pk->nlen == 1 && pk->n[0] == 1)) {
		memcpy(got, x, xlen);
		rg = i62(got, xlen, pk);
		CHECK(rg == rw && (!rw || !memcmp(got, want, xlen)),
		      "%s: BearSSL i62 and i31 differ", what);
	}
	for (i = 0; i < N_ENGINES; i++) {
		memcpy(got, x, xlen);
		rg = engines[i].pub(got, xlen, pk);
		CHECK(rg == rw, "%s, %s: returned %u, BearSSL %u", what,
		      engines[i].name, (unsigned)rg, (unsigned)rw);
		if (rw && rg)
			CHECK_MEM(got, want, xlen, "%s, %s: x^e differs", what,
				  engines[i].name);
	}
	cases++;
}

/* A random odd modulus of exactly bits bits (big-endian; bits 1: n = 1). */
static size_t rand_modulus(unsigned char *n, unsigned bits)
{
	size_t len = (bits + 7) / 8;
	unsigned top = (bits - 1) % 8;

	rnd(n, len);
	n[0] &= (unsigned char)((2u << top) - 1);
	n[0] |= (unsigned char)(1u << top);
	n[len - 1] |= 1;
	return len;
}

/* x < n of n's length: kind 0 random, 1 n-1, 2 zero, 3 one, 4 n-small. */
static void pick_x(unsigned char *x, const unsigned char *n, size_t len,
		   int kind)
{
	unsigned borrow;
	size_t i;

	switch (kind) {
	case 0:
		rnd(x, len);
		x[0] &= (unsigned char)(n[0] >> 1);     /* x[0] < n[0] */
		break;
	case 1:
	case 4:
		memcpy(x, n, len);
		borrow = kind == 1 ? 1 : 1 + rnd_below(200);
		for (i = len; i-- > 0 && borrow;) {
			unsigned v = x[i];
			x[i] = (unsigned char)(v - borrow);
			borrow = v < borrow;
		}
		if (borrow)                             /* n tiny: use 0 */
			memset(x, 0, len);
		break;
	default:
		memset(x, 0, len);
		x[len - 1] = (unsigned char)(kind == 3);
		if (len == 1 && n[0] == 1)
			x[0] = 0;
		break;
	}
}

/* Exponent number k of the list below, written to e; returns its length. */
static size_t pick_e(unsigned char *e, size_t cap, size_t nlen, int k)
{
	static const struct {
		size_t len;
		const char *bytes;
	} fixed[] = {
		{ 0, "" }, { 2, "\0\0" }, { 1, "\1" }, { 1, "\2" },
		{ 1, "\3" }, { 1, "\x11" }, { 3, "\1\0\1" }, { 4, "\0\1\0\1" },
		{ 4, "\x7f\xff\xff\xff" }, { 2, "\x80\0" },
	};
	size_t len;

	if (k < (int)(sizeof fixed / sizeof fixed[0])) {
		memcpy(e, fixed[k].bytes, fixed[k].len);
		return fixed[k].len;
	}
	if (k == 10) {                          /* full length (small n only) */
		len = nlen <= 128 ? nlen : 8;
	} else {
		len = 1 + rnd_below(8);
	}
	if (len > cap)
		len = cap;
	rnd(e, len);
	if (k == 11)
		e[0] = 0;                       /* a leading zero byte */
	return len;
}

#define N_EXPONENTS 13

/* Random moduli of many sizes, every exponent kind, every x kind. */
static void test_random_moduli(void)
{
	static const unsigned sizes[] = {
		1, 2, 7, 8, 9, 31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128,
		129, 255, 256, 257, 511, 512, 513, 1023, 1024, 1025, 1536,
		2047, 2048, 2049, 3071, 3072, 4095, 4096
	};
	unsigned char n[MAX_LEN], x[MAX_LEN], e[MAX_LEN];
	br_rsa_public_key pk;
	char what[96];
	size_t i, nlen;
	int k, kind;

	for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		for (k = 0; k < N_EXPONENTS; k++) {
			nlen = rand_modulus(n, sizes[i]);
			pk.n = n;
			pk.nlen = nlen;
			pk.e = e;
			pk.elen = pick_e(e, sizeof e, nlen, k);
			/* every x kind up to 1024 bits, one above (time) */
			for (kind = sizes[i] <= 1024 ? 0 : k % 5; kind < 5;
			     kind += sizes[i] <= 1024 ? 1 : 5) {
				pick_x(x, n, nlen, kind);
				snprintf(what, sizeof what,
					 "%u bits, exponent %d, x kind %d",
					 sizes[i], k, kind);
				diff_public(&pk, x, nlen, what);
			}
		}
	}
}

/* What BearSSL rejects is rejected; leading zero bytes of n skipped. */
static void test_rejects(void)
{
	unsigned char n[MAX_LEN], x[MAX_LEN], e[4] = { 0, 1, 0, 1 };
	br_rsa_public_key pk = { n, 0, e, sizeof e };
	size_t len, i;
	unsigned bits;

	for (bits = 1000; bits <= 4096; bits += 1000) {
		len = rand_modulus(n, bits);
		pk.nlen = len;
		memcpy(x, n, len);                      /* x = n */
		diff_public(&pk, x, len, "x = n");
		memset(x, 0xff, len);                   /* x > n */
		diff_public(&pk, x, len, "x = 2^8len - 1");
		memcpy(x, n, len);                      /* x = n + 1 */
		for (i = len; i-- > 0 && ++x[i] == 0;)
			;
		diff_public(&pk, x, len, "x = n + 1");
		pick_x(x, n, len, 0);
		diff_public(&pk, x, len - 1, "xlen = nlen - 1");
		x[len] = 0;
		diff_public(&pk, x, len + 1, "xlen = nlen + 1");
		n[len - 1] &= 0xfe;                     /* even modulus */
		diff_public(&pk, x, len, "even modulus");
	}
	/* leading zero bytes: skipped; xlen is the length without them */
	n[0] = 0;
	n[1] = 0;
	rand_modulus(n + 2, 2048);
	pk.nlen = 2 + 256;
	pick_x(x, n + 2, 256, 0);
	diff_public(&pk, x, 256, "modulus with two leading zero bytes");
	memmove(x + 2, x, 256);
	x[0] = x[1] = 0;
	diff_public(&pk, x, 258, "same, xlen counting them");
	/* empty and all-zero moduli */
	pk.nlen = 0;
	diff_public(&pk, x, 0, "empty modulus");
	memset(n, 0, 8);
	pk.nlen = 8;
	diff_public(&pk, x, 0, "zero modulus, xlen 0");
	diff_public(&pk, x, 8, "zero modulus, xlen 8");
	/* the largest modulus, and one byte more */
	rand_modulus(n, RSA_MAX_BITS);
	pk.nlen = RSA_MAX_BYTES;
	pick_x(x, n, RSA_MAX_BYTES, 0);
	diff_public(&pk, x, RSA_MAX_BYTES, "largest modulus");
	rand_modulus(n, RSA_MAX_BITS + 8);
	pk.nlen = RSA_MAX_BYTES + 1;
	pick_x(x, n, RSA_MAX_BYTES + 1, 0);
	diff_public(&pk, x, RSA_MAX_BYTES + 1, "modulus one byte too long");
}

/* ---- PKCS#1 v1.5 signatures with generated keys ---------------------- */

static const struct {
	const char *name;
	const unsigned char *oid;       /* NULL: bare hash */
	size_t len;
} hashes[] = {
	{ "SHA-1", BR_HASH_OID_SHA1, 20 },
	{ "SHA-224", BR_HASH_OID_SHA224, 28 },
	{ "SHA-256", BR_HASH_OID_SHA256, 32 },
	{ "SHA-384", BR_HASH_OID_SHA384, 48 },
	{ "SHA-512", BR_HASH_OID_SHA512, 64 },
	{ "bare MD5+SHA-1", NULL, 36 },
};
#define N_HASHES (sizeof hashes / sizeof hashes[0])

/*
 * Verify sig with every engine and BearSSL's i31 (and i62) verifiers:
 * want_ok says whether it must pass; passing ones yield hash.
 */
static void diff_vrfy(const br_rsa_public_key *pk, const unsigned char *sig,
		      size_t len, const unsigned char *oid, size_t hlen,
		      const unsigned char *hash, int want_ok, const char *what)
{
	br_rsa_pkcs1_vrfy i62 = br_rsa_i62_pkcs1_vrfy_get();
	unsigned char out[64];
	uint32_t r;
	size_t i;

	r = br_rsa_i31_pkcs1_vrfy(sig, len, oid, hlen, pk, out);
	CHECK((int)r == want_ok, "%s: BearSSL i31 says %u", what, (unsigned)r);
	if (i62) {
		r = i62(sig, len, oid, hlen, pk, out);
		CHECK((int)r == want_ok, "%s: BearSSL i62 says %u", what,
		      (unsigned)r);
	}
	for (i = 0; i < N_ENGINES; i++) {
		memset(out, 0, sizeof out);
		r = engines[i].vrfy(sig, len, oid, hlen, pk, out);
		CHECK((int)r == want_ok, "%s, %s: returned %u", what,
		      engines[i].name, (unsigned)r);
		if (r && want_ok)
			CHECK_MEM(out, hash, hlen, "%s, %s: hash out differs",
				  what, engines[i].name);
	}
}

/*
 * Signatures of key number k: good ones pass, altered ones fail.  Three
 * hashes a key (signing is slow under qemu): SHA-256 and, in turns, two
 * of the five others.
 */
static void test_key(const br_rsa_private_key *sk, const br_rsa_public_key *pk,
		     size_t k)
{
	br_rsa_pkcs1_sign i62 = br_rsa_i62_pkcs1_sign_get();
	unsigned char hash[64], sig[MAX_LEN], bad[MAX_LEN], x[MAX_LEN];
	size_t len = (sk->n_bitlen + 7) / 8, h, i, j;
	const unsigned char *oid, *n;
	char what[96];

	for (j = 0; j < 3; j++) {
		h = j ? (3 + (k + 2 * j) % 5) % N_HASHES : 2;
		oid = hashes[h].oid;
		rnd(hash, hashes[h].len);
		/* BearSSL's signers, in turns */
		CHECK(((j & 1) && i62 ? i62 : br_rsa_i31_pkcs1_sign)(oid, hash,
		      hashes[h].len, sk, sig), "signing failed");
		snprintf(what, sizeof what, "%u-bit key, %s",
			 (unsigned)sk->n_bitlen, hashes[h].name);
		diff_vrfy(pk, sig, len, oid, hashes[h].len, hash, 1, what);
		/* one bit flipped anywhere */
		memcpy(bad, sig, len);
		i = rnd_below((unsigned)len * 8);
		bad[i / 8] ^= (unsigned char)(1u << (i % 8));
		diff_vrfy(pk, bad, len, oid, hashes[h].len, hash, 0, what);
		/* the wrong hash length, the wrong OID */
		diff_vrfy(pk, sig, len, oid, hashes[h].len - 1, hash, 0, what);
		diff_vrfy(pk, sig, len, oid ? NULL : BR_HASH_OID_SHA256,
			  hashes[h].len, hash, 0, what);
		diff_vrfy(pk, sig, len, hashes[(h + 1) % N_HASHES].oid,
			  hashes[h].len, hash, 0, what);
		/* one byte short, one (zero) byte long */
		diff_vrfy(pk, sig + 1, len - 1, oid, hashes[h].len, hash, 0,
			  what);
		bad[0] = 0;
		memcpy(bad + 1, sig, len);
		diff_vrfy(pk, bad, len + 1, oid, hashes[h].len, hash, 0, what);
	}
	/* the modulus itself, and a random x < n, as signatures */
	n = pk->n;
	diff_vrfy(pk, n, len, BR_HASH_OID_SHA256, 32, hash, 0, "x = n");
	pick_x(x, n, len, 0);
	diff_vrfy(pk, x, len, BR_HASH_OID_SHA256, 32, hash, 0, "random x");
	/* and the raw operation on random x */
	for (i = 0; i < 4; i++) {
		pick_x(x, n, len, i ? 0 : 1);
		snprintf(what, sizeof what, "%u-bit key, x^e",
			 (unsigned)sk->n_bitlen);
		diff_public(pk, x, len, what);
	}
}

/*
 * Keys from BearSSL's generator, each from its own DRBG seed.  The time a
 * key takes varies tenfold with the seed (the prime searches): these seeds
 * were picked, among 40 to 90 tried for each size and exponent, for short
 * searches, which keeps this test quick under qemu on 32-bit targets.
 */
static void test_keys(void)
{
	static const struct {
		unsigned bits;
		uint32_t e;
		const char *seed;
	} keys[] = {
		{ 1024, 3, "k1024-3-39" },
		{ 1024, 17, "k1024-17-10" },
		{ 1024, 65537, "k1024-13" },
		{ 1024, 65537, "k1024-18" },
		{ 1024, 0x7fffffff, "k1024-0x7fffffff-26" },
		{ 2048, 3, "k2048-3-36" },
		{ 2048, 65537, "k2048-24" },
		{ 2048, 65537, "k2048-9" },
		{ 3072, 65537, "k3072-15" },
		{ 4096, 65537, "k4096-62" },
	};
	static unsigned char kpriv[BR_RSA_KBUF_PRIV_SIZE(RSA_MAX_BITS)];
	static unsigned char kpub[BR_RSA_KBUF_PUB_SIZE(RSA_MAX_BITS)];
	br_rsa_keygen keygen = br_rsa_keygen_get_default();
	br_hmac_drbg_context krng;
	br_rsa_private_key sk;
	br_rsa_public_key pk;
	size_t i;

	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		br_hmac_drbg_init(&krng, &br_sha256_vtable, keys[i].seed,
				  strlen(keys[i].seed));
		if (!keygen(&krng.vtable, &sk, kpriv, &pk, kpub, keys[i].bits,
			    keys[i].e)) {
			CHECK(0, "keygen %u bits failed", keys[i].bits);
			continue;
		}
		CHECK(sk.n_bitlen == keys[i].bits, "key %zu: %u bits", i,
		      (unsigned)sk.n_bitlen);
		test_key(&sk, &pk, i);
	}
}

int main(void)
{
	br_hmac_drbg_init(&rng, &br_sha256_vtable, SEED, sizeof SEED - 1);
	printf("engines: %s and %s; BearSSL references: i31%s\n",
	       engines[0].name, engines[1].name,
	       br_rsa_i62_public_get() ? ", i62" : "");
	test_random_moduli();
	test_rejects();
	test_keys();
	printf("%lu x^e comparisons\n", cases);
	return check_done();
}
