/*
 * isotime.c - ISO 8601 timestamps of credential expirations.
 */
#include "isotime.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static int digits(const char **p, int n, int *out)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if ((*p)[i] < '0' || (*p)[i] > '9')
			return -1;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	*out = v;
	return 0;
}

static int days_in_month(int y, int m)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
				 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : d[m - 1];
}

static int range(const char *what, const char *s, char *err, size_t errlen)
{
	snprintf(err, errlen, "%s: %s", what, s);
	return ISOTIME_RANGE;
}

/* Time zone designator at p; *off in seconds east; 1 when present. */
static int zone(const char **pp, long *off)
{
	const char *p = *pp;
	int h = 0, m = 0, sign;

	if (*p == 'Z' || *p == 'z') {
		*pp = p + 1;
		*off = 0;
		return 1;
	}
	if (strncasecmp(p, " UTC", 4) == 0 || strncasecmp(p, " GMT", 4) == 0) {
		*pp = p + 4;
		*off = 0;
		return 1;
	}
	if (*p != '+' && *p != '-')
		return 0;
	sign = *p == '-' ? -1 : 1;
	p++;
	if (digits(&p, 2, &h) != 0)
		return -1;
	if (*p == ':')
		p++;
	if (*p >= '0' && *p <= '9' && digits(&p, 2, &m) != 0)
		return -1;
	*pp = p;
	*off = sign * (h * 3600L + m * 60L);
	return 1;
}

int isotime_parse(const char *s, time_t *t, char *err, size_t errlen)
{
	const char *p = s;
	int y, mo, d, h = 0, mi = 0, se = 0, z;
	long off = 0;
	struct tm tm;

	while (*p == ' ' || *p == '\t')
		p++;
	if (digits(&p, 4, &y) != 0)
		return ISOTIME_BAD;
	if (*p == '-') {
		p++;
		if (digits(&p, 2, &mo) != 0 || *p++ != '-' ||
		    digits(&p, 2, &d) != 0)
			return ISOTIME_BAD;
	} else if (digits(&p, 2, &mo) != 0 || digits(&p, 2, &d) != 0) {
		return ISOTIME_BAD;
	}
	if (*p == 'T' || (*p == ' ' && p[1] >= '0' && p[1] <= '9')) {
		p++;
		if (digits(&p, 2, &h) != 0)
			return ISOTIME_BAD;
		if (*p == ':')
			p++;
		if (digits(&p, 2, &mi) != 0)
			return ISOTIME_BAD;
		if (*p == ':')
			p++;
		if (*p >= '0' && *p <= '9') {
			if (digits(&p, 2, &se) != 0)
				return ISOTIME_BAD;
			if (*p == '.' || *p == ',') {
				p++;
				if (*p < '0' || *p > '9')
					return ISOTIME_BAD;
				while (*p >= '0' && *p <= '9')
					p++;
			}
		}
	}
	z = zone(&p, &off);
	if (z < 0)
		return ISOTIME_BAD;
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p)
		return ISOTIME_BAD;
	if (mo < 1 || mo > 12)
		return range("month must be in 1..12", s, err, errlen);
	if (d < 1 || d > days_in_month(y, mo))
		return range("day is out of range for month", s, err, errlen);
	if (h > 23)
		return range("hour must be in 0..23", s, err, errlen);
	if (mi > 59)
		return range("minute must be in 0..59", s, err, errlen);
	if (se > 59)
		return range("second must be in 0..59", s, err, errlen);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = se;
	*t = timegm(&tm) - off;
	return z ? ISOTIME_OK : ISOTIME_NAIVE;
}

void isotime_format(time_t t, char *out, size_t cap)
{
	struct tm tm;

	if (!gmtime_r(&t, &tm)) {
		if (cap)
			out[0] = '\0';
		return;
	}
	/* datetime's str(): the year always has four digits */
	snprintf(out, cap, "%04d-%02d-%02d %02d:%02d:%02d+00:00",
		 tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
		 tm.tm_min, tm.tm_sec);
}
