/*
 * rsa.h - RSA public-key operation and PKCS#1 v1.5 signature
 * verification, fast for small public exponents.
 *
 * Drop-in replacements for BearSSL's br_rsa_public and br_rsa_pkcs1_vrfy
 * engines (same arguments, same checks, same results as
 * br_rsa_i62_public / br_rsa_i62_pkcs1_vrfy).  Nothing here is secret, so
 * the exponentiation is variable-time: left-to-right square-and-multiply
 * over the bits of e with Montgomery multiplication (e = 65537 costs 16
 * squarings and one multiplication, where BearSSL's constant-time code
 * runs a 5-bit window with a 31-entry table).  Limbs are 64-bit where the
 * compiler has a 128-bit product type, else 32-bit.  No allocation: every
 * buffer is on the stack, sized for RSA_MAX_BYTES.
 */
#ifndef SWF_RSA_H
#define SWF_RSA_H

#include <stddef.h>
#include <stdint.h>

#include <bearssl.h>

/* Largest modulus: BearSSL's BR_MAX_RSA_SIZE (src/inner.h, not public). */
#define RSA_MAX_BITS 4096
#define RSA_MAX_BYTES (RSA_MAX_BITS / 8)

/*
 * x <- x^e mod n for the key pk, in place.  Modulus leading zero bytes are
 * ignored; xlen must equal the remaining modulus length (at most
 * RSA_MAX_BYTES), n must be odd and x < n.  Returns 1, or 0 (x then
 * unspecified) when a check fails.  Type: br_rsa_public.
 */
uint32_t rsa_public(unsigned char *x, size_t xlen,
		    const br_rsa_public_key *pk);

/*
 * Verify the PKCS#1 v1.5 signature x[0..xlen) with pk: on success write
 * the hash_len-byte hash it carries to hash_out and return 1, else 0.
 * hash_oid: the encoded hash OID (e.g. BR_HASH_OID_SHA256), or NULL for a
 * bare hash.  Type: br_rsa_pkcs1_vrfy.
 */
uint32_t rsa_pkcs1_vrfy(const unsigned char *x, size_t xlen,
			const unsigned char *hash_oid, size_t hash_len,
			const br_rsa_public_key *pk, unsigned char *hash_out);

#endif
