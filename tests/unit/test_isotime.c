/*
 * test_isotime.c - expiration times as dateutil reads them.
 */
#include <string.h>

#include "check.h"
#include "isotime.h"

int main(void)
{
	static const struct { const char *s; int rc; long t; } ok[] = {
		{"2099-01-01T00:00:00Z", ISOTIME_OK, 4070908800L},
		{"2099-01-01T00:00:00.123+02:00", ISOTIME_OK, 4070901600L},
		{"2099-01-01 00:00:00Z", ISOTIME_OK, 4070908800L},
		{"2099-01-01T00:00Z", ISOTIME_OK, 4070908800L},
		{"20990101T000000Z", ISOTIME_OK, 4070908800L},
		{"2099-01-01T00:00:00+0200", ISOTIME_OK, 4070901600L},
		{"2099-01-01T00:00:00 UTC", ISOTIME_OK, 4070908800L},
		{" 2099-01-01T00:00:00Z ", ISOTIME_OK, 4070908800L},
		{"2099-01-01T00:00:00z", ISOTIME_OK, 4070908800L},
		{"2099-01-01T00:00:00-01:30", ISOTIME_OK, 4070914200L},
		{"2099-01-01T00:00:00+00", ISOTIME_OK, 4070908800L},
		{"2099-01-01", ISOTIME_NAIVE, 4070908800L},
		{"2099-01-01T00:00:00", ISOTIME_NAIVE, 4070908800L},
		{"2024-02-29T12:00:00Z", ISOTIME_OK, 1709208000L},
	};
	static const struct { const char *s; int rc; const char *msg; } bad[] = {
		{"next tuesday-ish", ISOTIME_BAD, ""},
		{"2099-01-01T00:00:00Q", ISOTIME_BAD, ""},
		{"2099-13-01T00:00:00Z", ISOTIME_RANGE,
		 "month must be in 1..12: 2099-13-01T00:00:00Z"},
		{"2099-01-01T25:00:00Z", ISOTIME_RANGE,
		 "hour must be in 0..23: 2099-01-01T25:00:00Z"},
		{"2023-02-29T00:00:00Z", ISOTIME_RANGE,
		 "day is out of range for month: 2023-02-29T00:00:00Z"},
	};
	char err[128], out[64];
	time_t t;
	size_t i;
	int rc;

	for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		t = 0;
		rc = isotime_parse(ok[i].s, &t, err, sizeof err);
		CHECK(rc == ok[i].rc && (long)t == ok[i].t, "%s: rc %d t %ld",
		      ok[i].s, rc, (long)t);
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		err[0] = '\0';
		rc = isotime_parse(bad[i].s, &t, err, sizeof err);
		CHECK(rc == bad[i].rc && (!bad[i].msg[0] ||
					  strcmp(err, bad[i].msg) == 0),
		      "%s: rc %d %s", bad[i].s, rc, err);
	}
	isotime_format(4070908800L, out, sizeof out);
	CHECK_STR(out, "2099-01-01 00:00:00+00:00", "format %s", out);
	/* years before 1000 keep four digits, as datetime's str() (a fuzz
	 * finding: strftime's %Y wrote "512") */
	CHECK(isotime_parse("0512-11-25T18:10:48Z", &t, err, sizeof err) ==
	      ISOTIME_OK, "year 512 parses");
	isotime_format(t, out, sizeof out);
	CHECK_STR(out, "0512-11-25 18:10:48+00:00", "format %s", out);
	return check_done();
}
