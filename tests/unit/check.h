/*
 * check.h - minimal unit-test harness shared by tests/unit/test_*.c.
 *
 * CHECK(cond, fmt, ...) records one assertion; a failing one prints where
 * and why.  check_done() prints the closing "N passed, N failed" line and
 * returns the process exit status (0 only when nothing failed).
 */
#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed;
static int check_failed;

#define CHECK(cond, ...)                                                \
	do {                                                            \
		if (cond) {                                             \
			check_passed++;                                 \
		} else {                                                \
			check_failed++;                                 \
			fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
			fprintf(stderr, __VA_ARGS__);                   \
			fputc('\n', stderr);                            \
		}                                                       \
	} while (0)

/* CHECK_MEM: two byte ranges of length n are equal. */
#define CHECK_MEM(a, b, n, ...) CHECK(memcmp((a), (b), (n)) == 0, __VA_ARGS__)
/* CHECK_STR: two NUL-terminated strings are equal. */
#define CHECK_STR(a, b, ...) CHECK(strcmp((a), (b)) == 0, __VA_ARGS__)

static int check_done(void)
{
	printf("%d passed, %d failed\n", check_passed, check_failed);
	return check_failed ? 1 : 0;
}

#endif
