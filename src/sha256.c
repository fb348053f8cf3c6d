/*
 * sha256.c - SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104).
 *
 * Portable C99: no dependence on byte order or alignment.  Every context
 * and temporary that held key material is wiped before it goes out of use.
 */
#include "sha256.h"

#include <string.h>

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5,
	0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
	0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
	0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
	0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
	0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

static const uint32_t H0[8] = {
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
};

static uint32_t ror(uint32_t x, unsigned n)
{
	return (x >> n) | (x << (32 - n));
}

static uint32_t load_be32(const unsigned char *p)
{
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16)
	       | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

static void store_be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* Process one 64-byte block. */
static void compress(uint32_t h[8], const unsigned char *block)
{
	uint32_t w[64], a, b, c, d, e, f, g, hh, t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = load_be32(block + 4 * i);
	for (i = 16; i < 64; i++) {
		uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18)
			      ^ (w[i - 15] >> 3);
		uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19)
			      ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	a = h[0]; b = h[1]; c = h[2]; d = h[3];
	e = h[4]; f = h[5]; g = h[6]; hh = h[7];
	for (i = 0; i < 64; i++) {
		t1 = hh + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25))
		     + ((e & f) ^ (~e & g)) + K[i] + w[i];
		t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22))
		     + ((a & b) ^ (a & c) ^ (b & c));
		hh = g; g = f; f = e; e = d + t1;
		d = c; c = b; b = a; a = t1 + t2;
	}
	h[0] += a; h[1] += b; h[2] += c; h[3] += d;
	h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
	secure_wipe(w, sizeof w);
}

void sha256_init(sha256_ctx *ctx)
{
	memcpy(ctx->h, H0, sizeof H0);
	ctx->count = 0;
	memset(ctx->buf, 0, sizeof ctx->buf);
}

void sha256_update(sha256_ctx *ctx, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t used = (size_t)(ctx->count % SHA256_BLOCK);

	ctx->count += len;
	if (used) {
		size_t n = SHA256_BLOCK - used;
		if (n > len)
			n = len;
		memcpy(ctx->buf + used, p, n);
		used += n;
		p += n;
		len -= n;
		if (used < SHA256_BLOCK)
			return;
		compress(ctx->h, ctx->buf);
	}
	while (len >= SHA256_BLOCK) {
		compress(ctx->h, p);
		p += SHA256_BLOCK;
		len -= SHA256_BLOCK;
	}
	if (len)
		memcpy(ctx->buf, p, len);
}

void sha256_final(sha256_ctx *ctx, unsigned char out[SHA256_LEN])
{
	uint64_t bits = ctx->count * 8;
	size_t used = (size_t)(ctx->count % SHA256_BLOCK);
	int i;

	ctx->buf[used++] = 0x80;
	if (used > SHA256_BLOCK - 8) {
		memset(ctx->buf + used, 0, SHA256_BLOCK - used);
		compress(ctx->h, ctx->buf);
		used = 0;
	}
	memset(ctx->buf + used, 0, SHA256_BLOCK - 8 - used);
	for (i = 0; i < 8; i++)
		ctx->buf[SHA256_BLOCK - 1 - i] = (unsigned char)(bits >> (8 * i));
	compress(ctx->h, ctx->buf);
	for (i = 0; i < 8; i++)
		store_be32(out + 4 * i, ctx->h[i]);
	secure_wipe(ctx, sizeof *ctx);
}

void sha256(const void *data, size_t len, unsigned char out[SHA256_LEN])
{
	sha256_ctx ctx;

	sha256_init(&ctx);
	sha256_update(&ctx, data, len);
	sha256_final(&ctx, out);
}

void hmac_sha256_init(hmac_sha256_ctx *ctx, const void *key, size_t klen)
{
	unsigned char k[SHA256_BLOCK], pad[SHA256_BLOCK];
	size_t i;

	memset(k, 0, sizeof k);
	if (klen > SHA256_BLOCK)
		sha256(key, klen, k);
	else if (klen)
		memcpy(k, key, klen);

	for (i = 0; i < SHA256_BLOCK; i++)
		pad[i] = k[i] ^ 0x36;
	sha256_init(&ctx->inner);
	sha256_update(&ctx->inner, pad, sizeof pad);

	for (i = 0; i < SHA256_BLOCK; i++)
		pad[i] = k[i] ^ 0x5c;
	sha256_init(&ctx->outer);
	sha256_update(&ctx->outer, pad, sizeof pad);

	secure_wipe(k, sizeof k);
	secure_wipe(pad, sizeof pad);
}

void hmac_sha256_update(hmac_sha256_ctx *ctx, const void *data, size_t len)
{
	sha256_update(&ctx->inner, data, len);
}

void hmac_sha256_final(hmac_sha256_ctx *ctx, unsigned char out[SHA256_LEN])
{
	unsigned char ih[SHA256_LEN];

	sha256_final(&ctx->inner, ih);
	sha256_update(&ctx->outer, ih, sizeof ih);
	sha256_final(&ctx->outer, out);
	secure_wipe(ih, sizeof ih);
	secure_wipe(ctx, sizeof *ctx);
}

void hmac_sha256(const void *key, size_t klen, const void *data, size_t len,
		 unsigned char out[SHA256_LEN])
{
	hmac_sha256_ctx ctx;

	hmac_sha256_init(&ctx, key, klen);
	hmac_sha256_update(&ctx, data, len);
	hmac_sha256_final(&ctx, out);
}

int hmac_sha256_verify(const unsigned char tag[SHA256_LEN],
		       const unsigned char *expected, size_t tlen)
{
	unsigned diff = 0;
	size_t i;

	if (tlen == 0 || tlen > SHA256_LEN)
		return 0;
	for (i = 0; i < tlen; i++)
		diff |= (unsigned)(tag[i] ^ expected[i]);
	return diff == 0;
}

void hex_encode(const unsigned char *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

void secure_wipe(void *p, size_t n)
{
#if defined(__GNUC__) || defined(__clang__)
	memset(p, 0, n);
	/* p's memory may be read by anything: the stores must stay */
	__asm__ __volatile__("" : : "r"(p) : "memory");
#else
	volatile unsigned char *v = p;

	while (n--)
		*v++ = 0;
#endif
}
