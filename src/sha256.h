/*
 * sha256.h - SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104).
 *
 * Caller-owned contexts, no allocation.  A context may be copied to fork a
 * computation (e.g. after hashing a common prefix).
 */
#ifndef SWF_SHA256_H
#define SWF_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN 32       /* digest size in bytes */
#define SHA256_HEX_LEN 64   /* digest size in hex characters */
#define SHA256_BLOCK 64     /* block size in bytes */

typedef struct {
	uint32_t h[8];
	uint64_t count;             /* bytes hashed so far */
	unsigned char buf[SHA256_BLOCK];
} sha256_ctx;

typedef struct {
	sha256_ctx inner;
	sha256_ctx outer;           /* already keyed with K ^ opad */
} hmac_sha256_ctx;

/* Start a new SHA-256 computation. */
void sha256_init(sha256_ctx *ctx);
/* Hash len more bytes of data (len may be 0). */
void sha256_update(sha256_ctx *ctx, const void *data, size_t len);
/* Write the 32-byte digest to out; ctx must be re-initialised to reuse it. */
void sha256_final(sha256_ctx *ctx, unsigned char out[SHA256_LEN]);
/* One-shot digest of data. */
void sha256(const void *data, size_t len, unsigned char out[SHA256_LEN]);

/* Start an HMAC-SHA256 computation keyed with key[0..klen). */
void hmac_sha256_init(hmac_sha256_ctx *ctx, const void *key, size_t klen);
/* MAC len more bytes of data. */
void hmac_sha256_update(hmac_sha256_ctx *ctx, const void *data, size_t len);
/* Write the 32-byte tag to out and wipe the context. */
void hmac_sha256_final(hmac_sha256_ctx *ctx, unsigned char out[SHA256_LEN]);
/* One-shot HMAC-SHA256. */
void hmac_sha256(const void *key, size_t klen, const void *data, size_t len,
		 unsigned char out[SHA256_LEN]);
/*
 * Compare a computed tag with an expected one of tlen bytes (1..32) in
 * constant time; returns 1 when they match.  A truncated tag verifies only
 * against the same prefix.
 */
int hmac_sha256_verify(const unsigned char tag[SHA256_LEN],
		       const unsigned char *expected, size_t tlen);

/* Lower-case hex of n bytes into out (2n characters plus NUL). */
void hex_encode(const unsigned char *in, size_t n, char *out);

/* Overwrite n bytes at p with zeros in a way the compiler cannot elide. */
void secure_wipe(void *p, size_t n);

#endif
