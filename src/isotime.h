/*
 * isotime.h - credential expiration times: the ISO 8601 forms the
 * credential sources write, read as dateutil.parser.parse (botocore's
 * parser) reads them, and written back as Python prints a datetime.
 */
#ifndef SWF_ISOTIME_H
#define SWF_ISOTIME_H

#include <stddef.h>
#include <time.h>

enum {
	ISOTIME_OK = 0,
	ISOTIME_NAIVE = 1,       /* valid, but without a time zone */
	ISOTIME_BAD = -1,        /* not understood: "Unknown string format" */
	ISOTIME_RANGE = -2       /* a field out of range (message in err) */
};

/*
 * Parse s: optional blanks, YYYY-MM-DD or YYYYMMDD, then optionally 'T'
 * or ' ' and HH:MM[:SS[.fraction]] (or HHMM[SS]), then optionally 'Z',
 * " UTC", " GMT" or an offset +HH, +HHMM, +HH:MM (also '-'), optional
 * blanks.  Sets *t (seconds since the epoch, UTC; local fields taken as
 * UTC when naive).  Returns ISOTIME_OK, ISOTIME_NAIVE, ISOTIME_BAD, or
 * ISOTIME_RANGE with dateutil's message ("month must be in 1..12: S") in
 * err.
 */
int isotime_parse(const char *s, time_t *t, char *err, size_t errlen);

/* Python's str() of an aware UTC datetime: "2026-11-25 18:10:48+00:00". */
void isotime_format(time_t t, char *out, size_t cap);

#endif
