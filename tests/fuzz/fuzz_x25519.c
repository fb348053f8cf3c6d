/*
 * fuzz_x25519.c - libFuzzer harness for X25519 (src/x25519.c) against
 * BearSSL's br_ec_c25519_m31, the code it replaces in the handshake.
 *
 * Input: a scalar length byte (0..32 used, more is refused by both), the
 * scalar, then the 32-byte u-coordinate (shorter input is zero-padded).
 *
 * Invariants: mul and mulgen give the same bytes and the same return
 * value as BearSSL for every scalar and point, including points with the
 * top bit set and coordinates not reduced mod p.
 */
#include "fuzz_util.h"

#include <string.h>

#include "bearssl.h"
#include "x25519.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
#ifdef X25519_FAST
	uint8_t k[33], a[32], b[32];
	size_t klen, n;
	uint32_t ra, rb;

	if (size < 1)
		return 0;
	klen = data[0] % 34;           /* 33: refused by both */
	data++;
	size--;
	memset(k, 0, sizeof k);
	n = size < klen ? size : klen;
	memcpy(k, data, n);
	data += n;
	size -= n;
	memset(a, 0, sizeof a);
	memcpy(a, data, size < 32 ? size : 32);
	memcpy(b, a, sizeof b);
	ra = x25519_ec_all.mul(a, 32, k, klen, BR_EC_curve25519);
	rb = br_ec_c25519_m31.mul(b, 32, k, klen, BR_EC_curve25519);
	FUZZ_REQUIRE(ra == rb && memcmp(a, b, 32) == 0);
	if (klen <= 32) {
		ra = (uint32_t)x25519_ec_all.mulgen(a, k, klen, BR_EC_curve25519);
		rb = (uint32_t)br_ec_c25519_m31.mulgen(b, k, klen,
						      BR_EC_curve25519);
		FUZZ_REQUIRE(ra == rb && memcmp(a, b, 32) == 0);
	}
#else
	(void)data;
	(void)size;
#endif
	return 0;
}
