/*
 * x25519.c - X25519 with 51-bit limbs (see x25519.h).
 *
 * A field element mod p = 2^255 - 19 is h0 + h1 2^51 + ... + h4 2^204.
 * Products leave limbs of about 51 bits, sums and differences of them
 * below 2^53 (not carried), and products take limbs below 2^54, so only
 * products carry; elements are fully reduced only when encoded.  Products
 * are 128-bit; 2^255 = 19 mod p folds the high half back.
 */
#include "x25519.h"

#ifdef X25519_FAST

#include <string.h>

typedef unsigned __int128 u128;
typedef uint64_t fe[5];

#define MASK51 ((((uint64_t)1) << 51) - 1)

static uint64_t load64(const uint8_t *p)
{
	uint64_t v = 0;
	int i;

	for (i = 7; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

static void store64(uint8_t *p, uint64_t v)
{
	int i;

	for (i = 0; i < 8; i++, v >>= 8)
		p[i] = (uint8_t)v;
}

/* Bits 0..254 of s (the top bit is ignored, as RFC 7748 says). */
static void fe_decode(fe h, const uint8_t s[32])
{
	h[0] = load64(s) & MASK51;
	h[1] = (load64(s + 6) >> 3) & MASK51;
	h[2] = (load64(s + 12) >> 6) & MASK51;
	h[3] = (load64(s + 19) >> 1) & MASK51;
	h[4] = (load64(s + 24) >> 12) & MASK51;
}

/* Carry the limbs down to 51 bits (h[0] may keep a few units more), the
 * value unchanged mod p. */
static void fe_carry(fe h)
{
	int pass, i;

	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < 4; i++) {
			h[i + 1] += h[i] >> 51;
			h[i] &= MASK51;
		}
		h[0] += 19 * (h[4] >> 51);
		h[4] &= MASK51;
	}
}

/* The unique representative below p, little-endian. */
static void fe_encode(uint8_t s[32], const fe f)
{
	fe h;
	uint64_t q;
	int i;

	memcpy(h, f, sizeof h);
	fe_carry(h);
	/* q = 1 when h >= p: h + 19 carries out of bit 255 */
	q = (h[0] + 19) >> 51;
	for (i = 1; i < 5; i++)
		q = (h[i] + q) >> 51;
	h[0] += 19 * q;
	for (i = 0; i < 4; i++) {
		h[i + 1] += h[i] >> 51;
		h[i] &= MASK51;
	}
	h[4] &= MASK51;
	store64(s, h[0] | h[1] << 51);
	store64(s + 8, h[1] >> 13 | h[2] << 38);
	store64(s + 16, h[2] >> 26 | h[3] << 25);
	store64(s + 24, h[3] >> 39 | h[4] << 12);
}

static void fe_add(fe h, const fe f, const fe g)
{
	int i;

	for (i = 0; i < 5; i++)
		h[i] = f[i] + g[i];
}

/*
 * h = f - g + 2p, for g a product (limbs below 2^52 - 38, those of 2p):
 * no limb goes below zero.  Not carried: every difference feeds a
 * product, whose inputs may have limbs up to 2^54 (see fe_mul).
 */
static void fe_sub(fe h, const fe f, const fe g)
{
	h[0] = f[0] + 0xfffffffffffdaULL - g[0];
	h[1] = f[1] + 0xffffffffffffeULL - g[1];
	h[2] = f[2] + 0xffffffffffffeULL - g[2];
	h[3] = f[3] + 0xffffffffffffeULL - g[3];
	h[4] = f[4] + 0xffffffffffffeULL - g[4];
}

/*
 * The column sums r0..r4 of a product (each below 2^115), carried into h:
 * limbs below 2^51 but h[1], which may exceed it by a little.
 */
static inline void fe_fold(fe h, u128 r0, u128 r1, u128 r2, u128 r3,
			   u128 r4)
{
	u128 c;

	r1 += (uint64_t)(r0 >> 51);
	r2 += (uint64_t)(r1 >> 51);
	r3 += (uint64_t)(r2 >> 51);
	r4 += (uint64_t)(r3 >> 51);
	c = (u128)(uint64_t)(r4 >> 51) * 19 + ((uint64_t)r0 & MASK51);
	h[0] = (uint64_t)c & MASK51;
	h[1] = ((uint64_t)r1 & MASK51) + (uint64_t)(c >> 51);
	h[2] = (uint64_t)r2 & MASK51;
	h[3] = (uint64_t)r3 & MASK51;
	h[4] = (uint64_t)r4 & MASK51;
}

/*
 * h = f g.  Limbs of f and g below 2^54 keep every column below
 * 77 * 2^108 < 2^115 and its carry below 2^64.
 */
static void fe_mul(fe h, const fe f, const fe g)
{
	uint64_t f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
	uint64_t g0 = g[0], g1 = g[1], g2 = g[2], g3 = g[3], g4 = g[4];
	uint64_t g1_19 = 19 * g1, g2_19 = 19 * g2, g3_19 = 19 * g3,
		 g4_19 = 19 * g4;

	fe_fold(h,
		(u128)f0 * g0 + (u128)f1 * g4_19 + (u128)f2 * g3_19
		+ (u128)f3 * g2_19 + (u128)f4 * g1_19,
		(u128)f0 * g1 + (u128)f1 * g0 + (u128)f2 * g4_19
		+ (u128)f3 * g3_19 + (u128)f4 * g2_19,
		(u128)f0 * g2 + (u128)f1 * g1 + (u128)f2 * g0
		+ (u128)f3 * g4_19 + (u128)f4 * g3_19,
		(u128)f0 * g3 + (u128)f1 * g2 + (u128)f2 * g1
		+ (u128)f3 * g0 + (u128)f4 * g4_19,
		(u128)f0 * g4 + (u128)f1 * g3 + (u128)f2 * g2
		+ (u128)f3 * g1 + (u128)f4 * g0);
}

/* h = f^2, for f as in fe_mul. */
static void fe_sq(fe h, const fe f)
{
	uint64_t f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
	uint64_t d0 = 2 * f0, d1 = 2 * f1, d2 = 2 * f2, d3 = 2 * f3;
	uint64_t f3_19 = 19 * f3, f4_19 = 19 * f4;

	fe_fold(h,
		(u128)f0 * f0 + (u128)d1 * f4_19 + (u128)d2 * f3_19,
		(u128)d0 * f1 + (u128)d2 * f4_19 + (u128)f3 * f3_19,
		(u128)d0 * f2 + (u128)f1 * f1 + (u128)d3 * f4_19,
		(u128)d0 * f3 + (u128)d1 * f2 + (u128)f4 * f4_19,
		(u128)d0 * f4 + (u128)d1 * f3 + (u128)f2 * f2);
}

/* h = f^(2^n) */
static void fe_sqn(fe h, const fe f, int n)
{
	fe_sq(h, f);
	while (--n > 0)
		fe_sq(h, h);
}

/* h = z^(p - 2) = 1/z (0 for 0), ref10's chain for 2^255 - 21. */
static void fe_invert(fe h, const fe z)
{
	fe z2, z9, z11, a, b, t;

	fe_sq(z2, z);
	fe_sqn(t, z2, 2);
	fe_mul(z9, t, z);
	fe_mul(z11, z9, z2);
	fe_sq(t, z11);
	fe_mul(a, t, z9);              /* z^(2^5 - 1) */
	fe_sqn(t, a, 5);
	fe_mul(a, t, a);               /* 2^10 - 1 */
	fe_sqn(t, a, 10);
	fe_mul(b, t, a);               /* 2^20 - 1 */
	fe_sqn(t, b, 20);
	fe_mul(t, t, b);               /* 2^40 - 1 */
	fe_sqn(t, t, 10);
	fe_mul(a, t, a);               /* 2^50 - 1 */
	fe_sqn(t, a, 50);
	fe_mul(b, t, a);               /* 2^100 - 1 */
	fe_sqn(t, b, 100);
	fe_mul(t, t, b);               /* 2^200 - 1 */
	fe_sqn(t, t, 50);
	fe_mul(t, t, a);               /* 2^250 - 1 */
	fe_sqn(t, t, 5);
	fe_mul(h, t, z11);             /* 2^255 - 21 */
}

/* Swap f and g when ctl is 1, in constant time. */
static void fe_cswap(fe f, fe g, uint64_t ctl)
{
	uint64_t m = 0 - ctl, t;
	int i;

	for (i = 0; i < 5; i++) {
		t = m & (f[i] ^ g[i]);
		f[i] ^= t;
		g[i] ^= t;
	}
}

/* h = 121665 f (RFC 7748's a24), for f as in fe_mul. */
static void fe_mul_a24(fe h, const fe f)
{
	fe_fold(h, (u128)f[0] * 121665, (u128)f[1] * 121665,
		(u128)f[2] * 121665, (u128)f[3] * 121665,
		(u128)f[4] * 121665);
}

void x25519(uint8_t out[32], const uint8_t scalar[32], const uint8_t u[32])
{
	fe x1, x2, z2, x3, z3, a, aa, b, bb, e, c, d, da, cb;
	uint8_t k[32];
	uint64_t swap = 0, bit;
	int t;

	memcpy(k, scalar, 32);
	k[0] &= 0xf8;
	k[31] &= 0x7f;
	k[31] |= 0x40;
	fe_decode(x1, u);
	memset(x2, 0, sizeof x2);
	x2[0] = 1;
	memset(z2, 0, sizeof z2);
	memcpy(x3, x1, sizeof x3);
	memset(z3, 0, sizeof z3);
	z3[0] = 1;
	for (t = 254; t >= 0; t--) {
		bit = (k[t >> 3] >> (t & 7)) & 1;
		swap ^= bit;
		fe_cswap(x2, x3, swap);
		fe_cswap(z2, z3, swap);
		swap = bit;
		fe_add(a, x2, z2);
		fe_sq(aa, a);
		fe_sub(b, x2, z2);
		fe_sq(bb, b);
		fe_sub(e, aa, bb);
		fe_add(c, x3, z3);
		fe_sub(d, x3, z3);
		fe_mul(da, d, a);
		fe_mul(cb, c, b);
		fe_add(x3, da, cb);
		fe_sq(x3, x3);
		fe_sub(z3, da, cb);
		fe_sq(z3, z3);
		fe_mul(z3, z3, x1);
		fe_mul(x2, aa, bb);
		fe_mul_a24(z2, e);
		fe_add(z2, z2, aa);
		fe_mul(z2, e, z2);
	}
	fe_cswap(x2, x3, swap);
	fe_cswap(z2, z3, swap);
	fe_invert(z2, z2);
	fe_mul(x2, x2, z2);
	fe_encode(out, x2);
	memset(k, 0, sizeof k);
}

/* ---- br_ec_impl: br_ec_all_m31's choices, with x25519() ------------------- */

/* What br_ec_all_m31 dispatches to, but for Curve25519. */
static const br_ec_impl *other(int curve)
{
	return curve == BR_EC_secp256r1 ? &br_ec_p256_m31 : &br_ec_prime_i31;
}

/* Curve25519's generator (u = 9) and BearSSL's "order" for it (the
 * largest scalar, as ec_c25519_m31.c has it). */
static const unsigned char c25519_gen[32] = { 9 };
static const unsigned char c25519_order[32] = {
	0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff
};

static const unsigned char *gen(int curve, size_t *len)
{
	if (curve != BR_EC_curve25519)
		return other(curve)->generator(curve, len);
	*len = 32;
	return c25519_gen;
}

static const unsigned char *order(int curve, size_t *len)
{
	if (curve != BR_EC_curve25519)
		return other(curve)->order(curve, len);
	*len = 32;
	return c25519_order;
}

static size_t xoff(int curve, size_t *len)
{
	if (curve != BR_EC_curve25519)
		return other(curve)->xoff(curve, len);
	*len = 32;
	return 0;
}

/* BearSSL's semantics: the scalar is up to 32 bytes, zero-extended. */
static uint32_t mul(unsigned char *G, size_t Glen, const unsigned char *kb,
		    size_t kblen, int curve)
{
	uint8_t k[32];

	if (curve != BR_EC_curve25519)
		return other(curve)->mul(G, Glen, kb, kblen, curve);
	if (Glen != 32 || kblen > 32)
		return 0;
	memcpy(k, kb, kblen);
	memset(k + kblen, 0, sizeof k - kblen);
	x25519(G, k, G);
	memset(k, 0, sizeof k);
	return 1;
}

static size_t mulgen(unsigned char *R, const unsigned char *x, size_t xlen,
		     int curve)
{
	if (curve != BR_EC_curve25519)
		return other(curve)->mulgen(R, x, xlen, curve);
	memcpy(R, c25519_gen, 32);
	mul(R, 32, x, xlen, curve);
	return 32;
}

/* ECDSA's; none over Curve25519 (0, as BearSSL). */
static uint32_t muladd(unsigned char *A, const unsigned char *B, size_t len,
		       const unsigned char *x, size_t xlen,
		       const unsigned char *y, size_t ylen, int curve)
{
	if (curve == BR_EC_curve25519)
		return 0;
	return other(curve)->muladd(A, B, len, x, xlen, y, ylen, curve);
}

const br_ec_impl x25519_ec_all = {
	(uint32_t)0x23800000,   /* as br_ec_all_m31: 23, 24, 25, 29 */
	&gen, &order, &xoff, &mul, &mulgen, &muladd
};

#endif
