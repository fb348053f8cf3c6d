/*
 * fuzz_config.c - libFuzzer harness for the shared config and credentials
 * files (src/config.c) and what the session reads from them
 * (session_load_profile, session_resolve_client: profile, region,
 * endpoint URL, retry mode and attempts, timeouts, CA bundle, output).
 *
 * Input: byte 0 picks the profile queried (AWS_PROFILE for the session);
 * the rest is written both as the config file and as the credentials
 * file.  Credentials themselves are not resolved here (no process is ever
 * started from fuzzed settings).
 *
 * Invariants: every lookup returns one of its documented values with a
 * C string (value or message); lookups are deterministic; a value found
 * with a buffer of N bytes is found again, the same, with exactly
 * strlen + 1 bytes and never with fewer; a profile that has a value has
 * a section; session results are documented codes with messages.
 */
#include "fuzz_util.h"

#include "config.h"
#include "session.h"

#define MAX_IN (256 * 1024)

static config_reader rd;
static char val[CONFIG_VALUE_MAX + 1], val2[CONFIG_VALUE_MAX + 1];
static char err[4096], err2[4096];
static session ses;

static const char *const profiles[] = {
	"default", "work", "a b", "DEFAULT", "prod", "services", ""
};
static const char *const keys[] = {
	"region", "output", "endpoint_url", "aws_access_key_id",
	"aws_secret_access_key", "aws_session_token", "ca_bundle",
	"max_attempts", "retry_mode", "services", "use_fips_endpoint", "s3"
};

static void check_rc(int rc, const char *v, size_t vcap)
{
	FUZZ_REQUIRE(rc == CONFIG_ERROR || rc == CONFIG_NOT_FOUND ||
		     rc == CONFIG_FOUND);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc == CONFIG_ERROR)
		FUZZ_REQUIRE(err[0] != '\0');
	if (rc == CONFIG_FOUND && v)
		FUZZ_REQUIRE(fuzz_terminated(v, vcap));
}

static void lookup(const char *path, enum config_kind kind,
		   const char *profile, const char *key)
{
	int rc, rc2, has;
	size_t n;

	rc = config_get(&rd, path, kind, profile, key, val, sizeof val, err,
			sizeof err);
	check_rc(rc, val, sizeof val);
	rc2 = config_get(&rd, path, kind, profile, key, val2, sizeof val2,
			 err2, sizeof err2);
	FUZZ_REQUIRE(rc2 == rc);
	if (rc == CONFIG_ERROR)
		FUZZ_REQUIRE(strcmp(err, err2) == 0);
	if (rc != CONFIG_FOUND)
		return;
	FUZZ_REQUIRE(strcmp(val, val2) == 0);
	n = strlen(val);
	rc2 = config_get(&rd, path, kind, profile, key, val2, n + 1, err2,
			 sizeof err2);
	FUZZ_REQUIRE(rc2 == CONFIG_FOUND && strcmp(val, val2) == 0);
	if (n > 0) {
		rc2 = config_get(&rd, path, kind, profile, key, val2, n,
				 err2, sizeof err2);
		FUZZ_REQUIRE(rc2 != CONFIG_FOUND);
	}
	has = config_has_profile(&rd, path, kind, profile, err2, sizeof err2);
	FUZZ_REQUIRE(has == CONFIG_FOUND);
}

static void session_flow(const char *cfg, const char *cred,
			 const char *profile)
{
	cli_args a;
	int rc;

	setenv("AWS_CONFIG_FILE", cfg, 1);
	setenv("AWS_SHARED_CREDENTIALS_FILE", cred, 1);
	if (*profile)
		setenv("AWS_PROFILE", profile, 1);
	else
		unsetenv("AWS_PROFILE");
	memset(&a, 0, sizeof a);
	a.task_token = "t";
	/* never credentials: no credential_process, IMDS or STS is ever
	 * started from fuzzed settings */
	a.no_sign_request = 1;
	err[0] = '\0';
	rc = session_check_args(&ses, &a, err, sizeof err);
	FUZZ_REQUIRE(rc == 0);
	session_set_debug(&ses, NULL, NULL);   /* as main.c does */
	rc = session_load_profile(&ses, &a, err, sizeof err);
	FUZZ_REQUIRE(rc == 0 || rc == SESSION_ERROR);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc) {
		FUZZ_REQUIRE(err[0] != '\0');
		return;
	}
	rc = session_resolve_client(&ses, &a, err, sizeof err);
	FUZZ_REQUIRE(rc == 0 || rc == SESSION_ERROR ||
		     rc == SESSION_NO_REGION);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc) {
		FUZZ_REQUIRE(err[0] != '\0');
		return;
	}
	FUZZ_REQUIRE(ses.max_attempts >= 1);
	/* an endpoint refused only when sending (URL_ERR_SIGN, _SEND) has
	 * its message ready; any other is complete */
	if (ses.endpoint_late)
		FUZZ_REQUIRE(ses.endpoint_msg[0] != '\0');
	else
		FUZZ_REQUIRE(ses.endpoint.port > 0 &&
			     ses.endpoint.port <= 65535 &&
			     ses.endpoint.host[0] != '\0');
	session_wipe(&ses);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int env_done;
	const char *cfg, *cred, *profile;
	size_t k;
	int rc;

	if (size < 1 || size > MAX_IN)
		return 0;
	if (!env_done) {
		static const char *const drop[] = {
			"AWS_DEFAULT_PROFILE", "AWS_DEFAULT_REGION", "AWS_REGION",
			"AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_SWF",
			"AWS_CA_BUNDLE", "AWS_MAX_ATTEMPTS", "AWS_RETRY_MODE",
			"AWS_USE_FIPS_ENDPOINT", "AWS_USE_DUALSTACK_ENDPOINT",
			"AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
			"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
			"AWS_SESSION_TOKEN"
		};
		for (k = 0; k < sizeof drop / sizeof drop[0]; k++)
			unsetenv(drop[k]);
		setenv("AWS_EC2_METADATA_DISABLED", "true", 1);
		config_init(&rd);
		env_done = 1;
	}
	profile = profiles[data[0] % (sizeof profiles / sizeof profiles[0])];
	cfg = fuzz_file(0, data + 1, size - 1);
	cred = fuzz_file(1, data + 1, size - 1);

	for (k = 0; k < sizeof keys / sizeof keys[0]; k++) {
		lookup(cfg, CONFIG_FILE, profile, keys[k]);
		if (k < 6)
			lookup(cred, CREDENTIALS_FILE, profile, keys[k]);
	}
	rc = config_profile_get(&rd, cfg, cred, profile, "region", val,
				sizeof val, err, sizeof err);
	check_rc(rc, val, sizeof val);
	rc = config_profile_exists(&rd, cfg, cred, profile, err, sizeof err);
	check_rc(rc, NULL, 0);
	rc = config_get_service(&rd, cfg, cred, profile, "swf",
				"endpoint_url", val, sizeof val, err,
				sizeof err);
	check_rc(rc, val, sizeof val);
	session_flow(cfg, cred, profile);
	return 0;
}
