/*
 * rsa.c - variable-time RSA public operation (see rsa.h).
 *
 * Numbers are little-endian arrays of limbs, as many as the modulus needs
 * (len); W = LIMB_BITS * len and R = 2^W.  The Montgomery form of a is
 * a*R mod n, and mont_mul(a, b) = a*b/R mod n.
 *
 * R^2 mod n without division: from 2^(k-1) (k = bit length of n, so
 * 2^(k-1) <= n) modular doublings reach 2^(W+t) mod n, the Montgomery
 * form of 2^t, where t is W's top bits (in [R2_TOP, 2*R2_TOP), or W when
 * smaller); then one Montgomery squaring (t -> 2t) per remaining bit of
 * W, and a doubling (t -> t+1) for each set one, bring t to W:
 * 2^W*R = R^2.  A doubling costs about 1/40 of a squaring: for 2048 bits
 * the 65 doublings to t = 64 save 6 of 11 squarings (R2_TOP 32 or 128
 * measured slower).
 *
 * x^e: x*R = mont_mul(x, R^2), then square-and-multiply from e's top bit;
 * when e is odd, the last multiplication takes x itself, which leaves
 * Montgomery form for free (x^(e-1)*R * x / R = x^e).  Products are
 * schoolbook, squares computing each cross product once, and the
 * Montgomery reduction is a separate pass (mont_reduce).
 */
#include "rsa.h"

#include <string.h>

#if defined __SIZEOF_INT128__ && !defined RSA_FORCE_32
typedef uint64_t limb;
__extension__ typedef unsigned __int128 dlimb;
#define LIMB_BITS 64
#else
typedef uint32_t limb;
typedef uint64_t dlimb;
#define LIMB_BITS 32
#endif

#define LIMB_BYTES (LIMB_BITS / 8)
#define RSA_MAX_LIMBS ((RSA_MAX_BYTES + LIMB_BYTES - 1) / LIMB_BYTES)
#define R2_TOP 64       /* R^2: least t reached by doublings (see above) */

/* BearSSL's PKCS#1 v1.5 signature unpadding (its src/inner.h). */
uint32_t br_rsa_pkcs1_sig_unpad(const unsigned char *sig, size_t sig_len,
				const unsigned char *hash_oid, size_t hash_len,
				unsigned char *hash_out);

typedef struct {
	limb n[RSA_MAX_LIMBS];  /* the modulus (odd) */
	size_t len;             /* limbs of n, the top one not zero */
	limb n0i;               /* -1/n mod 2^LIMB_BITS */
} modulus;

/* d[0..len) <- the big-endian src[0..slen), slen <= len * LIMB_BYTES. */
static void decode(limb *d, size_t len, const unsigned char *src, size_t slen)
{
	size_t i;

	memset(d, 0, len * sizeof *d);
	for (i = 0; i < slen; i++)
		d[i / LIMB_BYTES] |= (limb)src[slen - 1 - i]
				     << (8 * (i % LIMB_BYTES));
}

/* dst[0..dlen) <- a, big-endian (a < 2^(8*dlen)). */
static void encode(unsigned char *dst, size_t dlen, const limb *a)
{
	size_t i;

	for (i = 0; i < dlen; i++)
		dst[dlen - 1 - i] = (unsigned char)(a[i / LIMB_BYTES]
						    >> (8 * (i % LIMB_BYTES)));
}

/* Sign of a - b (-1, 0, 1). */
static int cmp(const limb *a, const limb *b, size_t len)
{
	while (len-- > 0) {
		if (a[len] != b[len])
			return a[len] < b[len] ? -1 : 1;
	}
	return 0;
}

/* a <- a - b mod 2^(LIMB_BITS*len). */
static void sub(limb *a, const limb *b, size_t len)
{
	limb c = 0, t;
	size_t i;

	for (i = 0; i < len; i++) {
		t = a[i] - b[i] - c;
		c = (limb)(a[i] < b[i] || (a[i] == b[i] && c));
		a[i] = t;
	}
}

/* a <- 2a mod n (a < n). */
static void dbl(limb *a, const modulus *m)
{
	limb hi = 0, t;
	size_t i;

	for (i = 0; i < m->len; i++) {
		t = a[i];
		a[i] = t << 1 | hi;
		hi = t >> (LIMB_BITS - 1);
	}
	if (hi || cmp(a, m->n, m->len) >= 0)
		sub(a, m->n, m->len);
}

/* -1/n0 mod 2^LIMB_BITS, n0 odd (Newton: 3, 6, 12, ... exact bits). */
static limb ninv(limb n0)
{
	limb y = n0;
	int i;

	for (i = 0; i < 5; i++)
		y *= 2 - n0 * y;
	return (limb)0 - y;
}

/* t[0..len) += a*b[0..len); returns the carry limb. */
static limb addmul(limb *t, const limb *b, limb a, size_t len)
{
	limb c = 0, lo, hi;
	dlimb z;
	size_t j;

	for (j = 0; j < len; j++) {
		z = (dlimb)a * b[j];
		lo = (limb)z;
		hi = (limb)(z >> LIMB_BITS);
		lo += c;
		hi += lo < c;
		lo += t[j];
		hi += lo < t[j];
		t[j] = lo;
		c = hi;
	}
	return c;
}

/*
 * d <- t/R mod n, t[0..2len) < n*R (destroyed).  Montgomery reduction,
 * one limb a row; the rows' carries run in cc.
 */
static void mont_reduce(limb *d, limb *t, const modulus *m)
{
	size_t len = m->len, i;
	limb c, s, cc = 0;

	for (i = 0; i < len; i++) {
		c = addmul(t + i, m->n, t[i] * m->n0i, len);
		s = t[i + len] + c;
		c = s < c;
		s += cc;
		c += s < cc;
		t[i + len] = s;
		cc = c;
	}
	t += len;
	if (cc || cmp(t, m->n, len) >= 0)
		sub(t, m->n, len);
	memcpy(d, t, len * sizeof *d);
}

/* d <- a*b/R mod n (a, b < n; d may be a or b). */
static void mont_mul(limb *d, const limb *a, const limb *b, const modulus *m)
{
	limb t[2 * RSA_MAX_LIMBS];
	size_t len = m->len, i;

	memset(t, 0, len * sizeof *t);
	for (i = 0; i < len; i++)
		t[i + len] = addmul(t + i, b, a[i], len);
	mont_reduce(d, t, m);
}

/*
 * d <- a^2/R mod n (a < n; d may be a): each cross product once, doubled,
 * plus the squares a[i]^2.
 */
static void mont_sqr(limb *d, const limb *a, const modulus *m)
{
	limb t[2 * RSA_MAX_LIMBS];
	size_t len = m->len, i;
	limb lo, hi, sb = 0, c = 0;
	dlimb z;

	memset(t, 0, 2 * len * sizeof *t);
	for (i = 0; i + 1 < len; i++)
		t[i + len] = addmul(t + 2 * i + 1, a + i + 1, a[i],
				    len - i - 1);
	for (i = 0; i < len; i++) {
		z = (dlimb)a[i] * a[i];
		lo = t[2 * i] << 1 | sb;
		hi = t[2 * i + 1] << 1 | t[2 * i] >> (LIMB_BITS - 1);
		sb = t[2 * i + 1] >> (LIMB_BITS - 1);
		lo += c;
		c = lo < c;
		lo += (limb)z;
		c += lo < (limb)z;
		hi += c;
		c = hi < c;
		hi += (limb)(z >> LIMB_BITS);
		c += hi < (limb)(z >> LIMB_BITS);
		t[2 * i] = lo;
		t[2 * i + 1] = hi;
	}
	mont_reduce(d, t, m);
}

/* d <- a/R mod n (a < n), i.e. a out of Montgomery form. */
static void mont_out(limb *d, const limb *a, const modulus *m)
{
	limb t[2 * RSA_MAX_LIMBS];

	memcpy(t, a, m->len * sizeof *t);
	memset(t + m->len, 0, m->len * sizeof *t);
	mont_reduce(d, t, m);
}

/* a <- 1 mod n. */
static void set_one(limb *a, const modulus *m)
{
	memset(a, 0, m->len * sizeof *a);
	a[0] = m->len > 1 || m->n[0] > 1;
}

/* r <- R^2 mod n (see the top of the file). */
static void r2_mod(limb *r, const modulus *m)
{
	size_t w = m->len * LIMB_BITS, k, t, j;
	limb top = m->n[m->len - 1];

	k = (m->len - 1) * LIMB_BITS;
	for (; top; top >>= 1)
		k++;
	memset(r, 0, m->len * sizeof *r);
	r[(k - 1) / LIMB_BITS] = (limb)1 << ((k - 1) % LIMB_BITS);
	if (cmp(r, m->n, m->len) >= 0)          /* n = 1 */
		sub(r, m->n, m->len);
	for (j = 0; (w >> j) >= 2 * R2_TOP; j++)
		;
	for (t = k - 1; t < w + (w >> j); t++)
		dbl(r, m);
	while (j-- > 0) {
		mont_sqr(r, r, m);
		if ((w >> j) & 1)
			dbl(r, m);
	}
}

/* a <- a^e mod n (a < n), e big-endian, elen bytes, e[0] != 0 if any. */
static void modpow(limb *a, const unsigned char *e, size_t elen,
		   const modulus *m)
{
	limb am[RSA_MAX_LIMBS], acc[RSA_MAX_LIMBS];
	size_t nbits = elen * 8, i;

	if (elen == 0) {
		set_one(a, m);
		return;
	}
	for (i = 0; !(e[0] & (0x80 >> i)); i++)
		;
	r2_mod(am, m);
	mont_mul(am, a, am, m);
	memcpy(acc, am, m->len * sizeof *acc);
	for (i++; i < nbits; i++) {
		mont_sqr(acc, acc, m);
		if (!(e[i >> 3] & (0x80 >> (i & 7))))
			continue;
		if (i + 1 == nbits) {           /* odd e: out of Montgomery */
			mont_mul(a, acc, a, m);
			return;
		}
		mont_mul(acc, acc, am, m);
	}
	mont_out(a, acc, m);
}

uint32_t rsa_public(unsigned char *x, size_t xlen,
		    const br_rsa_public_key *pk)
{
	modulus m;
	limb a[RSA_MAX_LIMBS];
	const unsigned char *n = pk->n, *e = pk->e;
	size_t nlen = pk->nlen, elen = pk->elen;

	while (nlen > 0 && *n == 0) {
		n++;
		nlen--;
	}
	if (nlen == 0 || nlen > RSA_MAX_BYTES || xlen != nlen
	    || !(n[nlen - 1] & 1))
		return 0;
	m.len = (nlen + LIMB_BYTES - 1) / LIMB_BYTES;
	decode(m.n, m.len, n, nlen);
	decode(a, m.len, x, xlen);
	if (cmp(a, m.n, m.len) >= 0)
		return 0;
	m.n0i = ninv(m.n[0]);
	while (elen > 0 && *e == 0) {
		e++;
		elen--;
	}
	modpow(a, e, elen, &m);
	encode(x, xlen, a);
	return 1;
}

uint32_t rsa_pkcs1_vrfy(const unsigned char *x, size_t xlen,
			const unsigned char *hash_oid, size_t hash_len,
			const br_rsa_public_key *pk, unsigned char *hash_out)
{
	unsigned char sig[RSA_MAX_BYTES];

	if (xlen > sizeof sig)
		return 0;
	memcpy(sig, x, xlen);
	if (!rsa_public(sig, xlen, pk))
		return 0;
	return br_rsa_pkcs1_sig_unpad(sig, xlen, hash_oid, hash_len,
				      hash_out);
}
