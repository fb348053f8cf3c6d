/*
 * random.h - random bytes for request ids and retry jitter (not keys:
 * BearSSL seeds itself).
 */
#ifndef SWF_RANDOM_H
#define SWF_RANDOM_H

#include <stddef.h>

/* Fill buf with n bytes from getrandom(); falls back to a time-derived
 * filler when no entropy source answers (ids and jitter only). */
void random_bytes(void *buf, size_t n);

/* random.random(): uniform in [0, 1). */
double random_unit(void);

/* A random (version 4) UUID as 36 characters and a NUL. */
void uuid4(char out[37]);

#endif
