/*
 * test_creds.c - the credential chain without a network: instance
 * metadata settings, environment and file sources, assume-role profile
 * checks (messages as AWS CLI v1 prints them).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "creds.h"

static config_reader reader;
static creds_ctx c;
static cred_keys keys;
static char dir[] = "/tmp/swf-creds-XXXXXX";
static char cfg[128], cred[128];
static char lines[64][256];
static int nlines;

static void debug(void *ctx, const char *line)
{
	(void)ctx;
	if (nlines < 64)
		snprintf(lines[nlines++], sizeof lines[0], "%s", line);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static void clean_env(void)
{
	static const char *const names[] = {
		"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
		"AWS_SECURITY_TOKEN", "AWS_CREDENTIAL_EXPIRATION",
		"AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN",
		"AWS_ROLE_SESSION_NAME", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
		"AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CREDENTIAL_FILE",
		"AWS_EC2_METADATA_SERVICE_ENDPOINT",
		"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "AWS_IMDS_USE_IPV6",
		"AWS_METADATA_SERVICE_TIMEOUT",
		"AWS_METADATA_SERVICE_NUM_ATTEMPTS",
		"AWS_EC2_METADATA_V1_DISABLED", NULL
	};
	int i;

	for (i = 0; names[i]; i++)
		unsetenv(names[i]);
	setenv("AWS_EC2_METADATA_DISABLED", "true", 1);
}

static void setup(const char *profile, int explicit_profile,
		  const char *config, const char *credentials)
{
	write_file(cfg, config);
	write_file(cred, credentials);
	creds_init(&c);
	c.reader = &reader;
	c.config_file = cfg;
	c.credentials_file = cred;
	c.profile = profile;
	c.profile_explicit = explicit_profile;
	c.debug = debug;
	nlines = 0;
	memset(&keys, 0, sizeof keys);
}

static int load(char *err, size_t errlen)
{
	int rc = creds_check_settings(&c, err, errlen);

	return rc != CREDS_OK ? rc : creds_load(&c, &keys, err, errlen);
}

static int logged(const char *text)
{
	int i;

	for (i = 0; i < nlines; i++)
		if (strstr(lines[i], text))
			return 1;
	return 0;
}

static void test_imds_settings(void)
{
	char err[256];

	clean_env();
	setup("default", 0, "", "");
	CHECK(creds_check_settings(&c, err, sizeof err) == CREDS_OK &&
	      strcmp(c.imds.base_url, "http://169.254.169.254/") == 0 &&
	      c.imds.timeout_s == 1 && c.imds.attempts == 1 && c.imds.disabled,
	      "defaults: %s", c.imds.base_url);
	setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "IPv6", 1);
	CHECK(creds_check_settings(&c, err, sizeof err) == CREDS_OK &&
	      strcmp(c.imds.base_url, "http://[fd00:ec2::254]/") == 0,
	      "ipv6 mode: %s", c.imds.base_url);
	setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:7", 1);
	CHECK(creds_check_settings(&c, err, sizeof err) == CREDS_OK &&
	      strcmp(c.imds.base_url, "http://127.0.0.1:7") == 0,
	      "a custom endpoint wins over the mode: %s", c.imds.base_url);
	setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "ipv5", 1);
	CHECK(creds_check_settings(&c, err, sizeof err) == CREDS_ERROR &&
	      strcmp(err, "Invalid EC2 Instance Metadata endpoint mode: ipv5 "
		     "Valid endpoint modes (case-insensitive): ('ipv4', "
		     "'ipv6').") == 0, "bad mode: %s", err);
	unsetenv("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE");
	setenv("AWS_EC2_METADATA_SERVICE_ENDPOINT", "foo", 1);
	CHECK(creds_check_settings(&c, err, sizeof err) == CREDS_ERROR &&
	      strcmp(err, "Invalid endpoint EC2 Instance Metadata endpoint: "
		     "foo") == 0, "bad endpoint: %s", err);
	unsetenv("AWS_EC2_METADATA_SERVICE_ENDPOINT");
	setup("default", 0, "[default]\nimds_use_ipv6 = true\n"
	      "metadata_service_timeout = 3\n"
	      "metadata_service_num_attempts = 2\n"
	      "ec2_metadata_v1_disabled = TRUE\n", "");
	CHECK(creds_check_settings(&c, err, sizeof err) == CREDS_OK &&
	      strcmp(c.imds.base_url, "http://[fd00:ec2::254]/") == 0 &&
	      c.imds.timeout_s == 3 && c.imds.attempts == 2 &&
	      c.imds.v1_disabled, "config file settings: %s",
	      c.imds.base_url);
	setenv("AWS_METADATA_SERVICE_TIMEOUT", "1.5", 1);
	CHECK(creds_check_settings(&c, err, sizeof err) == CREDS_ERROR &&
	      strcmp(err, "invalid literal for int() with base 10: '1.5'") == 0,
	      "timeout must be an int: %s", err);
	unsetenv("AWS_METADATA_SERVICE_TIMEOUT");
}

static void test_environment(void)
{
	char err[256];

	clean_env();
	setup("default", 0, "", "[default]\naws_access_key_id = FILEKEY\n"
	      "aws_secret_access_key = filesecret\n");
	setenv("AWS_ACCESS_KEY_ID", "ENVKEY", 1);
	setenv("AWS_SECRET_ACCESS_KEY", "envsecret", 1);
	setenv("AWS_SESSION_TOKEN", "session", 1);
	setenv("AWS_SECURITY_TOKEN", "security", 1);
	CHECK(load(err, sizeof err) == CREDS_OK && c.found &&
	      strcmp(keys.access_key, "ENVKEY") == 0 &&
	      strcmp(keys.session_token, "security") == 0 &&
	      strcmp(keys.source, "env") == 0, "environment first: %s",
	      keys.access_key);
	CHECK(logged("Found credentials in environment variables."),
	      "debug names the source");
	setup("default", 1, "", "[default]\naws_access_key_id = FILEKEY\n"
	      "aws_secret_access_key = filesecret\n");
	CHECK(load(err, sizeof err) == CREDS_OK &&
	      strcmp(keys.access_key, "FILEKEY") == 0 &&
	      keys.session_token[0] == '\0' &&
	      strcmp(keys.source, "shared-credentials-file") == 0,
	      "--profile skips the environment: %s", keys.access_key);
	unsetenv("AWS_SECRET_ACCESS_KEY");
	setup("default", 0, "", "");
	CHECK(load(err, sizeof err) == CREDS_ERROR &&
	      strcmp(err, "Partial credentials found in env, missing: "
		     "AWS_SECRET_ACCESS_KEY") == 0, "partial: %s", err);
	unsetenv("AWS_ACCESS_KEY_ID");
	setenv("AWS_SECRET_ACCESS_KEY", "envsecret", 1);
	setup("default", 0, "", "");
	CHECK(load(err, sizeof err) == CREDS_OK && !c.found,
	      "a secret alone is ignored");
	clean_env();
}

static void test_files(void)
{
	char err[256];

	clean_env();
	setup("p", 1, "[profile p]\naws_access_key_id = CFGKEY\n"
	      "aws_secret_access_key = cfgsecret\naws_session_token = t\n", "");
	CHECK(load(err, sizeof err) == CREDS_OK &&
	      strcmp(keys.access_key, "CFGKEY") == 0 &&
	      strcmp(keys.session_token, "t") == 0 &&
	      strcmp(keys.source, "config-file") == 0, "config file: %s",
	      err);
	setup("p", 1, "", "[p]\naws_access_key_id = K\n");
	CHECK(load(err, sizeof err) == CREDS_ERROR &&
	      strcmp(err, "Partial credentials found in shared-credentials-"
		     "file, missing: aws_secret_access_key") == 0,
	      "partial file: %s", err);
	setup("default", 0, "", "");
	CHECK(load(err, sizeof err) == CREDS_OK && !c.found, "none");
	CHECK(creds_get(&c, NULL, &keys, err, sizeof err) == CREDS_NONE &&
	      strcmp(err, "Unable to locate credentials. You can configure "
		     "credentials by running \"aws configure\".") == 0,
	      "none at signing time: %s", err);
}

static void test_assume_role_checks(void)
{
	static const struct { const char *config, *err; } t[] = {
		{"[default]\nrole_arn = a\n", "Partial credentials found in "
		 "assume-role, missing: source_profile or credential_source"},
		{"[default]\nrole_arn = a\nsource_profile = b\n"
		 "credential_source = Environment\n[profile b]\n",
		 "The profile \"default\" contains both source_profile and "
		 "credential_source."},
		{"[default]\nrole_arn = a\nsource_profile = nope\n",
		 "The source_profile \"nope\" referenced in the profile "
		 "\"default\" does not exist."},
		{"[default]\nrole_arn = a\ncredential_source = ecscontainer\n",
		 "The credential source \"ecscontainer\" referenced in profile "
		 "\"default\" is not valid."},
		{"[default]\nrole_arn = a\nsource_profile = x\n"
		 "[profile x]\nrole_arn = b\nsource_profile = y\n"
		 "[profile y]\nrole_arn = c\nsource_profile = x\n",
		 "Infinite loop in credential configuration detected. "
		 "Attempting to load from profile x which has already been "
		 "visited. Visited profiles: ['default', 'x', 'y']"},
		{"[default]\nrole_arn = a\nsource_profile = default\n",
		 "Infinite loop in credential configuration detected. "
		 "Attempting to load from profile default which has already "
		 "been visited. Visited profiles: ['default']"},
		{"[default]\nrole_arn = a\nsource_profile = e\n[profile e]\n",
		 "The source profile \"e\" must have credentials."},
		{"[default]\nrole_arn = a\ncredential_source = Environment\n",
		 "Error when retrieving credentials from Environment: No "
		 "credentials found in credential_source referenced in profile "
		 "default"},
		{"[default]\nrole_arn = a\ncredential_source = "
		 "Ec2InstanceMetadata\n", "Error when retrieving credentials "
		 "from Ec2InstanceMetadata: No credentials found in "
		 "credential_source referenced in profile default"},
		{"[default]\nsso_role_name = r\n", "The profile \"default\" is "
		 "configured to use SSO but is missing required configuration: "
		 "sso_account_id, sso_start_url, sso_region"},
	};
	char err[512];
	size_t i;

	clean_env();
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		setup("default", 0, t[i].config, "");
		err[0] = '\0';
		CHECK(load(err, sizeof err) == CREDS_ERROR &&
		      strcmp(err, t[i].err) == 0, "case %zu: %s", i, err);
	}
	setup("default", 0, "[default]\nrole_arn = a\nsource_profile = b\n"
	      "[profile b]\nrole_arn = c\nsource_profile = s\n"
	      "[profile s]\naws_access_key_id = K\naws_secret_access_key = S\n",
	      "");
	CHECK(load(err, sizeof err) == CREDS_OK && c.found && c.nroles == 2 &&
	      strcmp(c.roles[0], "default") == 0 &&
	      strcmp(c.roles[1], "b") == 0 &&
	      strcmp(keys.access_key, "K") == 0, "chain of two roles: %s", err);
	setup("default", 0, "[default]\nrole_arn = a\nsource_profile = default\n"
	      "aws_access_key_id = K\naws_secret_access_key = S\n", "");
	CHECK(load(err, sizeof err) == CREDS_OK && c.nroles == 1 &&
	      strcmp(keys.access_key, "K") == 0, "self with keys: %s", err);
	setenv("AWS_WEB_IDENTITY_TOKEN_FILE", "/nonexistent", 1);
	setup("default", 0, "", "");
	CHECK(load(err, sizeof err) == CREDS_ERROR &&
	      strncmp(err, "The provided profile or the current environment is "
		      "configured to assume role with web identity but has no "
		      "role ARN configured.", 100) == 0, "no role ARN: %s", err);
	clean_env();
}

int main(void)
{
	if (!mkdtemp(dir)) {
		CHECK(0, "mkdtemp");
		return check_done();
	}
	snprintf(cfg, sizeof cfg, "%s/config", dir);
	snprintf(cred, sizeof cred, "%s/credentials", dir);
	setenv("HOME", dir, 1);
	setenv("BOTO_CONFIG", "/nonexistent/boto", 1);
	test_imds_settings();
	test_environment();
	test_files();
	test_assume_role_checks();
	unlink(cfg);
	unlink(cred);
	rmdir(dir);
	return check_done();
}
