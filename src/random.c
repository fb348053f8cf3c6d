/*
 * random.c - random bytes for request ids and retry jitter.
 */
#include "random.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/random.h>
#include <time.h>

void random_bytes(void *buf, size_t n)
{
	unsigned char *p = buf;
	ssize_t r;
	size_t i;

	while (n) {
		r = getrandom(p, n, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		p += r;
		n -= (size_t)r;
	}
	/* no entropy source: the value only spreads retries and ids */
	for (i = 0; i < n; i++)
		p[i] = (unsigned char)(time(NULL) * 2654435761u >> (i % 24));
}

/* random.random(): uniform in [0, 1). */
double random_unit(void)
{
	uint64_t v;

	random_bytes(&v, sizeof v);
	return (double)(v >> 11) / 9007199254740992.0;
}

void uuid4(char out[37])
{
	unsigned char b[16];

	random_bytes(b, sizeof b);
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
		 "%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3], b[4],
		 b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
		 b[14], b[15]);
}

