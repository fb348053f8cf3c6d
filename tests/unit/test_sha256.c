/*
 * test_sha256.c - SHA-256 and HMAC-SHA256: FIPS 180-4 and RFC 4231
 * examples, the Wycheproof HMAC-SHA256 vectors, and a randomized
 * differential test against BearSSL.
 */
#include <stdlib.h>

#include "bearssl.h"
#include "check.h"
#include "sha256.h"

/* ---- helpers ----------------------------------------------------------- */

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode hex text of n characters; returns byte count or -1. */
static long unhex(const char *s, size_t n, unsigned char *out, size_t cap)
{
	size_t i;

	if (n % 2 || n / 2 > cap)
		return -1;
	for (i = 0; i < n; i += 2) {
		int hi = hexval(s[i]), lo = hexval(s[i + 1]);
		if (hi < 0 || lo < 0)
			return -1;
		out[i / 2] = (unsigned char)(hi << 4 | lo);
	}
	return (long)(n / 2);
}

static void digest_hex(const void *data, size_t len, char out[65])
{
	unsigned char d[SHA256_LEN];

	sha256(data, len, d);
	hex_encode(d, sizeof d, out);
}

static void hmac_hex(const void *key, size_t klen, const void *data,
		     size_t len, char out[65])
{
	unsigned char d[SHA256_LEN];

	hmac_sha256(key, klen, data, len, d);
	hex_encode(d, sizeof d, out);
}

/* ---- FIPS 180-4 ------------------------------------------------------------ */

static void test_fips(void)
{
	static char million[1000000];
	char hex[65];
	sha256_ctx ctx;
	unsigned char d[SHA256_LEN];
	int i;

	digest_hex("", 0, hex);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
		  "sha256(\"\") = %s", hex);
	digest_hex("abc", 3, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
		  "sha256(abc) = %s", hex);
	{
		const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
		digest_hex(m, strlen(m), hex);
		CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
			  "sha256(448-bit) = %s", hex);
	}
	{
		const char *m = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
				"hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
		digest_hex(m, strlen(m), hex);
		CHECK_STR(hex, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
			  "sha256(896-bit) = %s", hex);
	}
	memset(million, 'a', sizeof million);
	digest_hex(million, sizeof million, hex);
	CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
		  "sha256(1e6 x 'a') one-shot = %s", hex);
	/* The same million in 1000 updates of 1000 bytes. */
	sha256_init(&ctx);
	for (i = 0; i < 1000; i++)
		sha256_update(&ctx, million, 1000);
	sha256_final(&ctx, d);
	hex_encode(d, sizeof d, hex);
	CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
		  "sha256(1e6 x 'a') streamed = %s", hex);
}

/* A copied context continues independently (documented in sha256.h). */
static void test_fork(void)
{
	sha256_ctx a, b;
	unsigned char d[SHA256_LEN];
	char hex[65];

	sha256_init(&a);
	sha256_update(&a, "ab", 2);
	b = a;
	sha256_update(&a, "c", 1);
	sha256_update(&b, "", 0);
	sha256_final(&a, d);
	hex_encode(d, sizeof d, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
		  "forked context a = %s", hex);
	sha256_final(&b, d);
	hex_encode(d, sizeof d, hex);
	CHECK_STR(hex, "fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603",
		  "forked context b (\"ab\") = %s", hex);
}

/* ---- RFC 4231 ---------------------------------------------------------- */

static void test_rfc4231(void)
{
	unsigned char key[131], data[152], tag[SHA256_LEN];
	char hex[65];
	const char *m;

	memset(key, 0x0b, 20);
	hmac_hex(key, 20, "Hi There", 8, hex);
	CHECK_STR(hex, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
		  "RFC 4231 case 1: %s", hex);

	hmac_hex("Jefe", 4, "what do ya want for nothing?", 28, hex);
	CHECK_STR(hex, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
		  "RFC 4231 case 2: %s", hex);

	memset(key, 0xaa, 20);
	memset(data, 0xdd, 50);
	hmac_hex(key, 20, data, 50, hex);
	CHECK_STR(hex, "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
		  "RFC 4231 case 3: %s", hex);

	unhex("0102030405060708090a0b0c0d0e0f10111213141516171819", 50, key, sizeof key);
	memset(data, 0xcd, 50);
	hmac_hex(key, 25, data, 50, hex);
	CHECK_STR(hex, "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
		  "RFC 4231 case 4: %s", hex);

	/* Case 5: truncated to 128 bits. */
	memset(key, 0x0c, 20);
	hmac_sha256(key, 20, "Test With Truncation", 20, tag);
	hex_encode(tag, 16, hex);
	CHECK_STR(hex, "a3b6167473100ee06e0c796c2955552b", "RFC 4231 case 5: %s", hex);
	{
		unsigned char exp[16];
		unhex("a3b6167473100ee06e0c796c2955552b", 32, exp, sizeof exp);
		CHECK(hmac_sha256_verify(tag, exp, 16) == 1, "case 5 truncated verify");
		exp[15] ^= 1;
		CHECK(hmac_sha256_verify(tag, exp, 16) == 0, "case 5 altered tag rejected");
	}

	memset(key, 0xaa, 131);
	m = "Test Using Larger Than Block-Size Key - Hash Key First";
	hmac_hex(key, 131, m, strlen(m), hex);
	CHECK_STR(hex, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
		  "RFC 4231 case 6: %s", hex);

	m = "This is a test using a larger than block-size key and a larger "
	    "than block-size data. The key needs to be hashed before being "
	    "used by the HMAC algorithm.";
	hmac_hex(key, 131, m, strlen(m), hex);
	CHECK_STR(hex, "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
		  "RFC 4231 case 7: %s", hex);
}

/* ---- verify and wipe edge cases ---------------------------------------- */

static void test_misc(void)
{
	unsigned char tag[SHA256_LEN], exp[SHA256_LEN], zero[sizeof(hmac_sha256_ctx)];
	hmac_sha256_ctx hctx;
	char buf[16];
	int i;

	hmac_sha256("k", 1, "m", 1, tag);
	memcpy(exp, tag, sizeof exp);
	CHECK(hmac_sha256_verify(tag, exp, 32) == 1, "full tag verifies");
	CHECK(hmac_sha256_verify(tag, exp, 1) == 1, "1-byte prefix verifies");
	CHECK(hmac_sha256_verify(tag, exp, 0) == 0, "empty tag never verifies");
	CHECK(hmac_sha256_verify(tag, exp, 33) == 0, "over-long tag never verifies");
	for (i = 0; i < 32; i++) {
		exp[i] ^= 0x80;
		CHECK(hmac_sha256_verify(tag, exp, 32) == 0, "flip in byte %d rejected", i);
		exp[i] ^= 0x80;
	}

	memset(buf, 'x', sizeof buf);
	secure_wipe(buf, 10);
	CHECK(buf[0] == 0 && buf[9] == 0 && buf[10] == 'x', "secure_wipe range");

	hex_encode((const unsigned char *)"\x00\xff\x1a", 3, buf);
	CHECK_STR(buf, "00ff1a", "hex_encode = %s", buf);

	hmac_sha256_init(&hctx, "key", 3);
	hmac_sha256_update(&hctx, "data", 4);
	hmac_sha256_final(&hctx, tag);
	memset(zero, 0, sizeof zero);
	CHECK_MEM(&hctx, zero, sizeof zero, "hmac_sha256_final wipes the context");
}

/* ---- Wycheproof -------------------------------------------------------- */

static char json[100000];

/* Find "name" after p (before end) and return a pointer to the opening quote
 * of its string value, or the start of its number value. */
static const char *field(const char *p, const char *end, const char *name)
{
	char pat[32];
	size_t n;
	const char *q;

	snprintf(pat, sizeof pat, "\"%s\"", name);
	n = strlen(pat);
	for (q = p; q + n <= end; q++) {
		if (memcmp(q, pat, n) == 0) {
			q += n;
			while (q < end && (*q == ' ' || *q == ':'))
				q++;
			return q < end ? q : NULL;
		}
	}
	return NULL;
}

/* Copy the string value at q (which points at '"') into out. */
static int strval(const char *q, char *out, size_t cap)
{
	size_t n = 0;

	if (!q || *q != '"')
		return -1;
	for (q++; *q && *q != '"'; q++) {
		if (n + 1 >= cap)
			return -1;
		out[n++] = *q;
	}
	out[n] = '\0';
	return *q == '"' ? 0 : -1;
}

static void test_wycheproof(void)
{
	const char *dir = getenv("VECTORS");
	char path[512], khex[1100], mhex[1100], thex[100], result[16];
	unsigned char key[550], msg[550], tag[64], mac[SHA256_LEN];
	const char *p, *end, *next;
	size_t len;
	FILE *f;
	int cases = 0, valid = 0, invalid = 0, declared = -1;
	long tagsize = 0;

	snprintf(path, sizeof path, "%s/wycheproof/hmac_sha256_test.json",
		 dir ? dir : "../shared/vectors");
	f = fopen(path, "rb");
	CHECK(f != NULL, "cannot open %s", path);
	if (!f)
		return;
	len = fread(json, 1, sizeof json - 1, f);
	CHECK(feof(f) && !ferror(f), "%s read incompletely", path);
	fclose(f);
	json[len] = '\0';
	end = json + len;

	p = field(json, end, "numberOfTests");
	if (p)
		declared = atoi(p);
	CHECK(declared == 174, "numberOfTests = %d", declared);

	p = json;
	for (;;) {
		const char *tc = field(p, end, "tcId");
		const char *ts = field(p, end, "tagSize");
		long kl, ml, tl;

		if (!tc)
			break;
		/* A group header before the next case sets the tag size. */
		if (ts && ts < tc)
			tagsize = strtol(ts, NULL, 10);
		next = field(tc, end, "tcId");
		if (!next)
			next = end;
		if (strval(field(tc, next, "key"), khex, sizeof khex) ||
		    strval(field(tc, next, "msg"), mhex, sizeof mhex) ||
		    strval(field(tc, next, "tag"), thex, sizeof thex) ||
		    strval(field(tc, next, "result"), result, sizeof result)) {
			CHECK(0, "case %d: malformed JSON", atoi(tc));
			p = tc;
			continue;
		}
		kl = unhex(khex, strlen(khex), key, sizeof key);
		ml = unhex(mhex, strlen(mhex), msg, sizeof msg);
		tl = unhex(thex, strlen(thex), tag, sizeof tag);
		CHECK(kl >= 0 && ml >= 0 && tl > 0, "case %d: bad hex", atoi(tc));
		CHECK(tl * 8 == tagsize, "case %d: tag %ld bytes, group tagSize %ld",
		      atoi(tc), tl, tagsize);
		if (kl >= 0 && ml >= 0 && tl > 0) {
			int ok;
			hmac_sha256(key, (size_t)kl, msg, (size_t)ml, mac);
			ok = hmac_sha256_verify(mac, tag, (size_t)tl);
			if (strcmp(result, "valid") == 0) {
				CHECK(ok == 1, "case %d: valid tag did not verify", atoi(tc));
				valid++;
			} else {
				CHECK(strcmp(result, "invalid") == 0,
				      "case %d: result %s", atoi(tc), result);
				CHECK(ok == 0, "case %d: invalid tag verified", atoi(tc));
				invalid++;
			}
		}
		cases++;
		p = tc;
	}
	printf("wycheproof: %d cases (%d valid, %d invalid)\n", cases, valid, invalid);
	CHECK(cases == 174, "wycheproof ran %d cases, expected 174", cases);
	CHECK(valid > 0 && invalid > 0, "both valid and invalid cases ran");
}

/* ---- differential against BearSSL -------------------------------------- */

static uint32_t rng_state = 0x12345678;

static uint32_t rnd(void)
{
	uint32_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return rng_state = x;
}

/* Feed data to our hash/HMAC in random-sized chunks. */
static void ours_chunked(const unsigned char *key, size_t klen,
			 const unsigned char *d, size_t n,
			 unsigned char h[SHA256_LEN], unsigned char m[SHA256_LEN])
{
	sha256_ctx c;
	hmac_sha256_ctx hc;
	size_t off = 0;

	sha256_init(&c);
	hmac_sha256_init(&hc, key, klen);
	while (off < n) {
		size_t step = rnd() % 4 == 0 ? rnd() % 200 : rnd() % (n - off + 1);
		if (step > n - off)
			step = n - off;
		sha256_update(&c, d + off, step);
		hmac_sha256_update(&hc, d + off, step);
		off += step;
	}
	sha256_final(&c, h);
	hmac_sha256_final(&hc, m);
}

static void test_bearssl(void)
{
	static unsigned char data[4200], key[300];
	static const size_t fixed[] = { 0, 1, 55, 56, 57, 63, 64, 65, 119, 120,
					127, 128, 129, 191, 192, 1000, 4096 };
	size_t nf = sizeof fixed / sizeof fixed[0];
	int round, mismatches = 0, runs = 0;
	size_t i;

	for (i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)rnd();
	for (round = 0; round < 2000; round++) {
		size_t n = rnd() % sizeof data;
		size_t klen = round % 7 == 0 ? 64 + rnd() % 200 : rnd() % 80;
		unsigned char bh[SHA256_LEN], bm[SHA256_LEN], oh[SHA256_LEN],
			om[SHA256_LEN], one[SHA256_LEN];
		br_sha256_context bc;
		br_hmac_key_context bk;
		br_hmac_context bhc;

		/* First every fixed length with keys of 0, 64 and 65 bytes. */
		if (round < (int)nf * 3) {
			n = fixed[round % nf];
			klen = (size_t[]){ 0, 64, 65 }[round / nf];
		}
		for (i = 0; i < klen; i++)
			key[i] = (unsigned char)rnd();

		br_sha256_init(&bc);
		br_sha256_update(&bc, data, n);
		br_sha256_out(&bc, bh);
		br_hmac_key_init(&bk, &br_sha256_vtable, key, klen);
		br_hmac_init(&bhc, &bk, 0);
		br_hmac_update(&bhc, data, n);
		br_hmac_out(&bhc, bm);

		ours_chunked(key, klen, data, n, oh, om);
		if (memcmp(bh, oh, SHA256_LEN) || memcmp(bm, om, SHA256_LEN)) {
			mismatches++;
			CHECK(0, "round %d: len %zu key %zu differs from BearSSL",
			      round, n, klen);
		}
		sha256(data, n, one);
		if (memcmp(bh, one, SHA256_LEN)) {
			mismatches++;
			CHECK(0, "round %d: one-shot sha256 len %zu differs", round, n);
		}
		hmac_sha256(key, klen, data, n, one);
		if (memcmp(bm, one, SHA256_LEN)) {
			mismatches++;
			CHECK(0, "round %d: one-shot hmac len %zu differs", round, n);
		}
		runs++;
	}
	CHECK(mismatches == 0 && runs == 2000,
	      "BearSSL differential: %d runs, %d mismatches", runs, mismatches);
}

int main(void)
{
	test_fips();
	test_fork();
	test_rfc4231();
	test_misc();
	test_wycheproof();
	test_bearssl();
	return check_done();
}
