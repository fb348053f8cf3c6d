/*
 * credkeys.c - filling a credential set from a JSON credentials document.
 */
#include "credkeys.h"

#include <stdio.h>
#include <string.h>

#include "pyfmt.h"
#include "sha256.h"

static const char *const names[] = {
	"AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"
};

static char *slot(cred_keys *k, int which, size_t *cap)
{
	switch (which) {
	case CRED_FIELD_ACCESS_KEY:
		*cap = sizeof k->access_key;
		return k->access_key;
	case CRED_FIELD_SECRET:
		*cap = sizeof k->secret_key;
		return k->secret_key;
	case CRED_FIELD_TOKEN:
		*cap = sizeof k->session_token;
		return k->session_token;
	default:
		*cap = sizeof k->expiration;
		return k->expiration;
	}
}

int cred_keys_set_json(cred_keys *k, int which, const json_doc *d, int t,
		       char *err, size_t errlen)
{
	size_t cap, n;
	char *dst = slot(k, which, &cap);
	const char *type = py_json_type_name(d, t);
	char scratch[64];

	if (d->tok[t].type == JSON_STRING) {
		if (json_string_decode(d, t, dst, cap, &n, err, errlen) != 0 ||
		    strlen(dst) != n) {
			secure_wipe(dst, cap);
			snprintf(err, errlen, "The %s is longer than %zu bytes "
				 "or not text", names[which], cap - 1);
			return -1;
		}
		return 0;
	}
	switch (which) {
	case CRED_FIELD_ACCESS_KEY:
		snprintf(err, errlen, "sequence item 0: expected str instance, "
			 "%s found", type);
		return -1;
	case CRED_FIELD_SECRET:
		/* botocore signs with str() of it; the service refuses that */
		py_json_str(scratch, sizeof scratch, d, t);
		snprintf(dst, cap, "%s", scratch);
		return 0;
	case CRED_FIELD_TOKEN:
		if (d->tok[t].type == JSON_NULL) {
			dst[0] = '\0';
			return 0;
		}
		snprintf(err, errlen, "'%s' object has no attribute 'split'",
			 type);
		return -1;
	default:
		if (d->tok[t].type == JSON_NULL) {
			dst[0] = '\0';
			return 0;
		}
		snprintf(err, errlen, "Parser must be a string or character "
			 "stream, not %s", type);
		return -1;
	}
}
