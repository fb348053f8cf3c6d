/*
 * x25519.h - X25519 (RFC 7748) in 64-bit arithmetic, for the ECDHE of the
 * TLS handshake: BearSSL 0.6 has only 15- and 31-bit code for Curve25519,
 * which takes four times the instructions on a 64-bit CPU.  Constant time
 * (the scalar is secret): a Montgomery ladder with masked swaps, field
 * elements in five 51-bit limbs with 128-bit products.
 *
 * Available where the compiler has 128-bit integers (X25519_FAST is then
 * defined); elsewhere the TLS layer keeps BearSSL's code.
 */
#ifndef SWF_X25519_H
#define SWF_X25519_H

#include <stddef.h>
#include <stdint.h>

#include <bearssl.h>

#if defined(__SIZEOF_INT128__)
#define X25519_FAST 1

/*
 * out = X25519(k, u): the scalar k (clamped as RFC 7748 says) times the
 * point of u-coordinate u (its top bit ignored), both little-endian.
 */
void x25519(uint8_t out[32], const uint8_t k[32], const uint8_t u[32]);

/*
 * BearSSL's br_ec_all_m31 with Curve25519 done by x25519(): the same
 * curves, encodings and results (see bearssl_ec.h), for
 * br_ssl_engine_set_ec(); P-256 and the other curves go to the same
 * BearSSL code as there (br_ec_p256_m31, br_ec_prime_i31).
 */
extern const br_ec_impl x25519_ec_all;
#endif

#endif
