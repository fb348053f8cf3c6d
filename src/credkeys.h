/*
 * credkeys.h - one set of AWS credentials as the credential sources hand
 * it over: keys, session token, expiration text, and where it came from.
 * Secrets: wipe with secure_wipe (sha256.h) when done.
 */
#ifndef SWF_CREDKEYS_H
#define SWF_CREDKEYS_H

#include <stddef.h>

#include "json.h"
#include "sigv4.h"

#define CRED_EXPIRATION_MAX 64    /* expiration text kept, with NUL */

typedef struct {
	char access_key[SIGV4_MAX_KEY_ID + 1];
	char secret_key[SIGV4_MAX_SECRET + 1];
	char session_token[SIGV4_MAX_TOKEN + 1];   /* "" when none */
	char expiration[CRED_EXPIRATION_MAX];      /* "" when none */
	const char *source;       /* botocore's name of the provider used:
				   * "env", "assume-role", "iam-role", ... */
} cred_keys;

/* Fields of a credentials document, for cred_keys_set_json. */
enum {
	CRED_FIELD_ACCESS_KEY,
	CRED_FIELD_SECRET,
	CRED_FIELD_TOKEN,
	CRED_FIELD_EXPIRATION
};

/*
 * Store JSON value t of d as field which of k, as botocore's later use of
 * it turns out: a string as it is; for other types the access key fails
 * ("sequence item 0: expected str instance, int found"), the secret is
 * str() of the value (which the service then refuses), a null token or
 * expiration is none, other tokens and expirations fail with Python's
 * message.  Returns 0, or -1 with the message in err.
 */
int cred_keys_set_json(cred_keys *k, int which, const json_doc *d, int t,
		       char *err, size_t errlen);

#endif
