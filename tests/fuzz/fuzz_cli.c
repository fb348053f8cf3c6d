/*
 * fuzz_cli.c - libFuzzer harness for the command line (src/cli.c) and the
 * first checks made on global options (session_check_args: the
 * --endpoint-url syntax and the timeout values).
 *
 * Input: byte 0 picks the grammar (bit 0: `aws`, else swf-cancel's own);
 * the rest is split at NUL bytes into the arguments.
 *
 * Invariants: the status is one of cli_status; a usage error has a
 * message; every option value parsed is one of the arguments (or a
 * suffix of one, after '='); choices hold an allowed value; parsing is
 * deterministic.
 */
#include "fuzz_util.h"

#include "cli.h"
#include "session.h"

#define MAX_ARGS 300
#define STORE 65536

static char store[STORE];
static char *argv_[MAX_ARGS + 2];
static char msg[4096], msg2[4096];
static session ses;

static int inside_args(const char *v, int argc)
{
	int i;

	for (i = 1; i < argc; i++) {
		size_t len = strlen(argv_[i]);
		if (v >= argv_[i] && v <= argv_[i] + len)
			return 1;
	}
	return 0;
}

static int one_of(const char *v, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(v, *list) == 0)
			return 1;
	return 0;
}

static void check_value(const char *v, int argc)
{
	if (v)
		FUZZ_REQUIRE(inside_args(v, argc));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const outputs[] = { "json", "text", "table", 0 };
	static const char *const colors[] = { "on", "off", "auto", 0 };
	static const char *const skels[] = { "input", "output", 0 };
	cli_args a, b;
	int argc, as_aws, rc, rc2;

	if (size < 1)
		return 0;
	as_aws = data[0] & 1;
	argv_[0] = (char *)(as_aws ? "aws" : "swf-cancel");
	argc = 1;
	if (size > 1)
		argc += fuzz_split(data + 1, size - 1, store, sizeof store,
				   argv_ + 1, MAX_ARGS);
	argv_[argc] = NULL;

	rc = cli_parse(&a, argc, argv_, as_aws, msg, sizeof msg);
	FUZZ_REQUIRE(rc >= CLI_RUN && rc <= CLI_HELP);
	FUZZ_REQUIRE(fuzz_terminated(msg, sizeof msg));
	if (rc == CLI_USAGE || rc == CLI_UNKNOWN)
		FUZZ_REQUIRE(msg[0] != '\0');
	rc2 = cli_parse(&b, argc, argv_, as_aws, msg2, sizeof msg2);
	FUZZ_REQUIRE(rc2 == rc && strcmp(msg, msg2) == 0);
	if (rc != CLI_RUN)
		return 0;
	FUZZ_REQUIRE(memcmp(&a, &b, sizeof a) == 0);

	check_value(a.task_token, argc);
	check_value(a.details, argc);
	check_value(a.cli_input_json, argc);
	check_value(a.endpoint_url, argc);
	check_value(a.query, argc);
	check_value(a.profile, argc);
	check_value(a.region, argc);
	check_value(a.ca_bundle, argc);
	check_value(a.read_timeout, argc);
	check_value(a.connect_timeout, argc);
	if (a.output)
		FUZZ_REQUIRE(one_of(a.output, outputs));
	if (a.color)
		FUZZ_REQUIRE(one_of(a.color, colors));
	if (a.skeleton)
		FUZZ_REQUIRE(one_of(a.skeleton, skels));
	rc = session_check_args(&ses, &a, msg, sizeof msg);
	FUZZ_REQUIRE(rc == 0 || rc == SESSION_ERROR);
	FUZZ_REQUIRE(fuzz_terminated(msg, sizeof msg));
	if (rc)
		FUZZ_REQUIRE(msg[0] != '\0');
	return 0;
}
