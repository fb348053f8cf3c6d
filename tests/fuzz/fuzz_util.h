/*
 * fuzz_util.h - small helpers shared by the libFuzzer harnesses in
 * tests/fuzz/ (each harness is one translation unit that includes this).
 *
 * Harnesses are built two ways: with clang -fsanitize=fuzzer,... by
 * `make fuzz` (mk/fuzz.mk), and with the product compiler plus
 * tests/fuzz/replay.c, which runs a harness once over every file of its
 * seed corpus and regression inputs (tests/integration/test_fuzz_replay.sh,
 * part of `make check`).  Everything is static: no heap, like the product.
 */
#ifndef FUZZ_UTIL_H
#define FUZZ_UTIL_H

#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort (a finding) when cond is false. */
#define FUZZ_REQUIRE(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: invariant broken: %s\n", \
			__FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

/* A string is NUL-terminated within cap bytes. */
static inline int fuzz_terminated(const char *s, size_t cap)
{
	return memchr(s, '\0', cap) != NULL;
}

/*
 * A scratch file of this process (created once under $TMPDIR or /tmp,
 * unlinked at exit), rewritten with data[0..n) on every call.  Returns its
 * path; aborts when the file system fails (not a finding of the code under
 * test, but nothing can be learnt without the file).
 */
static char fuzz_paths[4][64];
static int fuzz_nfiles;

static void fuzz_cleanup(void)
{
	int i;

	for (i = 0; i < fuzz_nfiles; i++)
		unlink(fuzz_paths[i]);
}

static inline const char *fuzz_file(int slot, const void *data, size_t n)
{
	static int made[4];
	const char *dir = getenv("TMPDIR");
	const unsigned char *p = data;
	int fd;
	ssize_t w;

	if (slot < 0 || slot >= 4)
		abort();
	if (!made[slot]) {
		snprintf(fuzz_paths[slot], sizeof fuzz_paths[slot],
			 "%.40s/swf-fuzz-XXXXXX", dir && *dir &&
			 strlen(dir) < 40 ? dir : "/tmp");
		fd = mkstemp(fuzz_paths[slot]);
		if (fd < 0)
			abort();
		close(fd);
		made[slot] = 1;
		if (fuzz_nfiles++ == 0)
			atexit(fuzz_cleanup);
	}
	fd = open(fuzz_paths[slot], O_WRONLY | O_TRUNC | O_CLOEXEC);
	if (fd < 0)
		abort();
	while (n) {
		w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			abort();
		p += w;
		n -= (size_t)w;
	}
	close(fd);
	return fuzz_paths[slot];
}

/*
 * Split data at NUL bytes into at most max NUL-terminated strings copied
 * into store (cap bytes); returns how many.  Bytes beyond what fits are
 * dropped.
 */
static inline int fuzz_split(const uint8_t *data, size_t size, char *store,
			     size_t cap, char **out, int max)
{
	size_t i, o = 0;
	int n = 0;

	if (cap == 0 || max == 0)
		return 0;
	out[n++] = store;
	for (i = 0; i < size && o + 1 < cap; i++) {
		store[o++] = (char)data[i];
		if (data[i] == '\0') {
			if (n == max)
				return n;
			out[n++] = store + o;
		}
	}
	store[o] = '\0';
	return n;
}

#endif
