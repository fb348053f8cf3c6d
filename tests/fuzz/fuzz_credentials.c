/*
 * fuzz_credentials.c - libFuzzer harness for what the credential sources
 * read from outside: the credentials documents of credential_process, the
 * container provider and instance metadata (JSON, src/credkeys.c), and
 * their expiration times (src/isotime.c), with the Python texts the
 * messages show (src/pyfmt.c).
 *
 * Input: a JSON document, as a credential source would answer.
 *
 * Invariants: each field is stored or refused with a message, never both;
 * stored fields are NUL-terminated within their buffers and a string
 * field equals its decoded JSON string; an expiration that parses
 * formats as "YYYY-MM-DD HH:MM:SS+00:00" and parses back to the same
 * time; Python texts (str(), type names, UTF-8 errors) stay in their
 * buffers.
 */
#include "fuzz_util.h"

#include "credkeys.h"
#include "isotime.h"
#include "json.h"
#include "pyfmt.h"

#define MAX_IN (16 * 1024)
#define TOKENS 64

static json_tok tok[TOKENS];
static cred_keys keys;
static char err[1024], text[4096], dec[MAX_IN + 1];

static const char *const names[] = {
	"AccessKeyId", "SecretAccessKey", "Token", "Expiration"
};
static const int fields[] = {
	CRED_FIELD_ACCESS_KEY, CRED_FIELD_SECRET, CRED_FIELD_TOKEN,
	CRED_FIELD_EXPIRATION
};

static char *field_buf(int which, size_t *cap)
{
	switch (which) {
	case CRED_FIELD_ACCESS_KEY:
		*cap = sizeof keys.access_key;
		return keys.access_key;
	case CRED_FIELD_SECRET:
		*cap = sizeof keys.secret_key;
		return keys.secret_key;
	case CRED_FIELD_TOKEN:
		*cap = sizeof keys.session_token;
		return keys.session_token;
	default:
		*cap = sizeof keys.expiration;
		return keys.expiration;
	}
}

static void check_time(const char *s)
{
	time_t t, t2;
	char out[64];
	int rc;

	err[0] = '\0';
	rc = isotime_parse(s, &t, err, sizeof err);
	FUZZ_REQUIRE(rc == ISOTIME_OK || rc == ISOTIME_NAIVE ||
		     rc == ISOTIME_BAD || rc == ISOTIME_RANGE);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc == ISOTIME_RANGE)
		FUZZ_REQUIRE(err[0] != '\0');
	if (rc != ISOTIME_OK && rc != ISOTIME_NAIVE)
		return;
	isotime_format(t, out, sizeof out);
	FUZZ_REQUIRE(fuzz_terminated(out, sizeof out));
	FUZZ_REQUIRE(strlen(out) >= 25 &&
		     strcmp(out + strlen(out) - 6, "+00:00") == 0);
	FUZZ_REQUIRE(isotime_parse(out, &t2, err, sizeof err) == ISOTIME_OK);
	FUZZ_REQUIRE(t2 == t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_doc d;
	size_t i, cap, len;
	char *buf;
	int t, rc;

	if (size > MAX_IN)
		return 0;
	/* the expiration parser alone, on the raw bytes */
	if (size < sizeof dec && !memchr(data, '\0', size)) {
		memcpy(dec, data, size);
		dec[size] = '\0';
		check_time(dec);
	}
	rc = py_utf8_error(data, size, text, sizeof text);
	FUZZ_REQUIRE(rc == 0 || rc == -1);
	if (rc)
		FUZZ_REQUIRE(fuzz_terminated(text, sizeof text) && text[0]);

	json_init(&d, tok, TOKENS, 8, JSON_PYCONST);
	if (json_parse(&d, (const char *)data, size, err, sizeof err) != 0)
		return 0;
	FUZZ_REQUIRE(py_json_type_name(&d, 0) != NULL);
	py_json_str(text, sizeof text, &d, 0);
	FUZZ_REQUIRE(fuzz_terminated(text, sizeof text));
	if (tok[0].type != JSON_OBJECT)
		return 0;
	for (i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		t = json_object_get(&d, 0, names[i], strlen(names[i]));
		if (t < 0)
			continue;
		memset(&keys, 0x5a, sizeof keys);
		err[0] = '\0';
		rc = cred_keys_set_json(&keys, fields[i], &d, t, err,
					sizeof err);
		FUZZ_REQUIRE(rc == 0 || rc == -1);
		FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
		if (rc) {
			FUZZ_REQUIRE(err[0] != '\0');
			continue;
		}
		buf = field_buf(fields[i], &cap);
		FUZZ_REQUIRE(fuzz_terminated(buf, cap));
		if (tok[t].type == JSON_STRING &&
		    json_string_decode(&d, t, dec, sizeof dec, &len, err,
				       sizeof err) == 0 && len < cap &&
		    !memchr(dec, '\0', len))
			FUZZ_REQUIRE(strcmp(buf, dec) == 0);
		if (fields[i] == CRED_FIELD_EXPIRATION && buf[0])
			check_time(buf);
	}
	return 0;
}
