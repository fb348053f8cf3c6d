/*
 * fuzz_params.c - libFuzzer harness for the operation's input
 * (src/params.c): --task-token, --details and --cli-input-json merged as
 * the CLI merges them, file:// and fileb:// parameter files, validation,
 * and the request body.
 *
 * Input: byte 0 says how each of the three values is given (bits 0-1
 * token, 2-3 details, 4-5 document: 0 absent, 1 inline, 2 file://,
 * 3 fileb://; files hold the value's bytes); the rest is split at NUL
 * bytes into token, details and document.
 *
 * Invariants: messages are non-empty C strings; a document that loads
 * was valid JSON; a validated input gives a body of exactly
 * params_body_len() bytes that parses as a JSON object whose taskToken
 * (and details) decode to the values params_get() reports.
 */
#include "fuzz_util.h"

#include "cli.h"
#include "json.h"
#include "limits.h"
#include "params.h"

#define STORE (CLI_INPUT_JSON_MAX_BYTES + 1024)
#define BODY_MAX (2 * (TASK_TOKEN_MAX_BYTES + DETAILS_MAX_BYTES) * 6 + 256)

static char store[STORE];
static char refs[3][128];
static char err[8192];
static char body[BODY_MAX];
static char dec[DETAILS_MAX_BYTES + 1];
static json_tok tok[16];
static params p;

typedef struct {
	char *buf;
	size_t cap, len;
} sinkbuf;

static int to_buf(void *ctx, const void *data, size_t len)
{
	sinkbuf *s = ctx;

	FUZZ_REQUIRE(len <= s->cap - s->len);
	memcpy(s->buf + s->len, data, len);
	s->len += len;
	return 0;
}

/* The value of argument i given as mode says. */
static const char *given(int i, int mode, const char *v)
{
	static const char *const prefix[] = { "", "", "file://", "fileb://" };

	if (mode == 0)
		return NULL;
	if (mode == 1)  /* never a file reference the fuzzer made up */
		return strncmp(v, "file", 4) == 0 ? "" : v;
	snprintf(refs[i], sizeof refs[i], "%s%s", prefix[mode],
		 fuzz_file(i, v, strlen(v)));
	return refs[i];
}

static void check_member(const json_doc *d, const char *name, int which)
{
	const param_member *m = params_get(&p, which);
	int t = json_object_get(d, 0, name, strlen(name));
	size_t n;

	if (!m) {
		FUZZ_REQUIRE(t < 0);
		return;
	}
	FUZZ_REQUIRE(t >= 0 && d->tok[t].type == JSON_STRING);
	FUZZ_REQUIRE(json_string_decode(d, t, dec, sizeof dec, &n, NULL, 0)
		     == 0);
	FUZZ_REQUIRE(m->is_string && n == m->len &&
		     memcmp(dec, m->s, n) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *part[3] = { NULL, NULL, NULL };
	cli_args a;
	json_doc d;
	sinkbuf sb = { body, sizeof body, 0 };
	size_t len;
	int n, rc;

	if (size < 1 || size > CLI_INPUT_JSON_MAX_BYTES)
		return 0;
	n = fuzz_split(data + 1, size - 1, store, sizeof store, part, 3);
	while (n < 3)
		part[n++] = (char *)"";
	memset(&a, 0, sizeof a);
	a.task_token = given(0, data[0] & 3, part[0]);
	a.details = given(1, (data[0] >> 2) & 3, part[1]);
	a.cli_input_json = given(2, (data[0] >> 4) & 3, part[2]);

	err[0] = '\0';
	rc = params_load(&p, &a, err, sizeof err);
	FUZZ_REQUIRE(rc == 0 || rc == -1);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc) {
		FUZZ_REQUIRE(err[0] != '\0');
		return 0;
	}
	FUZZ_REQUIRE(p.n >= 0 && p.n <= PARAMS_MAX_MEMBERS);
	rc = params_validate(&p, err, sizeof err);
	FUZZ_REQUIRE(rc == 0 || rc == -1);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc) {
		FUZZ_REQUIRE(strncmp(err, "Parameter validation failed:\n",
				     29) == 0);
		return 0;
	}
	FUZZ_REQUIRE(params_get(&p, PARAM_TASK_TOKEN) != NULL);
	len = params_body_len(&p);
	FUZZ_REQUIRE(len <= sizeof body);
	FUZZ_REQUIRE(params_write_body(&p, to_buf, &sb) == 0);
	FUZZ_REQUIRE(sb.len == len);
	json_init(&d, tok, 16, 2, 0);
	FUZZ_REQUIRE(json_parse(&d, body, len, NULL, 0) == 0);
	FUZZ_REQUIRE(tok[0].type == JSON_OBJECT);
	check_member(&d, "taskToken", PARAM_TASK_TOKEN);
	check_member(&d, "details", PARAM_DETAILS);
	return 0;
}
