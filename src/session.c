/*
 * session.c - botocore's session and client settings for one call.
 */
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "endpoint.h"
#include "sha256.h"
#include "text.h"
#include "url.h"

#define DEFAULT_TIMEOUT_MS 60000

static config_reader reader;
static char value[CONFIG_VALUE_MAX + 1];
static long read_timeout_arg, connect_timeout_arg;

/* ---- helpers -------------------------------------------------------------- */

static const char *env(const char *name)
{
	const char *v = getenv(name);

	return v && *v ? v : NULL;
}

/* Seconds as milliseconds in an int, saturated (24 days and more). */
static int seconds_ms(long s)
{
	return s > 2147483L ? 2147483000 : (int)(s * 1000);
}

static int timeout_arg(const char *arg, long *out, char *err, size_t errlen)
{
	char rep[300];

	*out = -1000;           /* not given: the default */
	if (!arg)
		return 0;
	if (py_int(arg, out) == 0)
		return 0;
	py_repr(rep, sizeof rep, arg, strlen(arg));
	snprintf(err, errlen, "invalid literal for int() with base 10: %s", rep);
	return SESSION_ERROR;
}

static int truthy(const char *v)
{
	return v && strcasecmp(v, "true") == 0;
}

/* A key of the chosen profile (config file, credentials file over it). */
static int profile_value(session *s, const char *key, char *out, size_t cap,
			 char *err, size_t errlen)
{
	return config_profile_get(&reader, s->config_file, NULL, s->profile,
				  key, out, cap, err, errlen);
}

/* env var, else config key; CONFIG_FOUND with the value in out. */
static int setting(session *s, const char *envname, const char *key,
		   char *out, size_t cap, char *err, size_t errlen)
{
	const char *v = envname ? env(envname) : NULL;

	if (v) {
		snprintf(out, cap, "%s", v);
		return CONFIG_FOUND;
	}
	return profile_value(s, key, out, cap, err, errlen);
}

/* ---- steps ------------------------------------------------------------------ */

int session_check_args(session *s, const cli_args *a, char *err,
		       size_t errlen)
{
	memset(s, 0, sizeof *s);
	if (a->endpoint_url &&
	    url_check_cli(a->endpoint_url, err, errlen) != URL_OK)
		return SESSION_ERROR;
	if (timeout_arg(a->read_timeout, &read_timeout_arg, err, errlen) ||
	    timeout_arg(a->connect_timeout, &connect_timeout_arg, err, errlen))
		return SESSION_ERROR;
	return 0;
}

static int load_profile(session *s, const cli_args *a, char *err,
			size_t errlen)
{
	const char *p = a->profile;
	int rc;

	if (config_file_path(CONFIG_FILE, s->config_file,
			     sizeof s->config_file, err, errlen) != 0 ||
	    config_file_path(CREDENTIALS_FILE, s->credentials_file,
			     sizeof s->credentials_file, err, errlen) != 0)
		return SESSION_ERROR;
	s->profile_explicit = p != NULL;
	if (!p)
		p = env("AWS_DEFAULT_PROFILE");
	if (!p)
		p = env("AWS_PROFILE");
	if (strlen(p ? p : "default") >= sizeof s->profile) {
		snprintf(err, errlen, "The config profile (%.64s...) could not "
			 "be found", p);
		return SESSION_ERROR;
	}
	snprintf(s->profile, sizeof s->profile, "%s", p ? p : "default");
	if (!p)
		return 0;
	rc = config_profile_exists(&reader, s->config_file,
				   s->credentials_file, s->profile, err,
				   errlen);
	if (rc == CONFIG_ERROR)
		return SESSION_ERROR;
	if (rc == CONFIG_NOT_FOUND) {
		snprintf(err, errlen, "The config profile (%s) could not be "
			 "found", s->profile);
		return SESSION_ERROR;
	}
	return 0;
}

int session_load_profile(session *s, const cli_args *a, char *err,
			 size_t errlen)
{
	creds_ctx *c = &s->chain;

	if (load_profile(s, a, err, errlen) != 0)
		return SESSION_ERROR;
	c->reader = &reader;
	c->config_file = s->config_file;
	c->credentials_file = s->credentials_file;
	c->profile = s->profile;
	c->profile_explicit = s->profile_explicit;
	return creds_check_settings(c, err, errlen) == CREDS_OK ? 0 :
	       SESSION_ERROR;
}

void session_set_debug(session *s, creds_debug_fn fn, void *ctx)
{
	creds_init(&s->chain);
	s->chain.debug = fn;
	s->chain.debug_ctx = ctx;
}

static int resolve_timeouts(session *s, char *err, size_t errlen)
{
	if (read_timeout_arg != -1000 && read_timeout_arg < 0) {
		snprintf(err, errlen, "Attempted to set read timeout to %ld, "
			 "but the timeout cannot be set to a value less than "
			 "or equal to 0.", read_timeout_arg);
		return SESSION_ERROR;
	}
	if (connect_timeout_arg != -1000 && connect_timeout_arg < 0) {
		snprintf(err, errlen, "Attempted to set connect timeout to %ld,"
			 " but the timeout cannot be set to a value less than "
			 "or equal to 0.", connect_timeout_arg);
		return SESSION_ERROR;
	}
	s->read_timeout_ms = read_timeout_arg == -1000 ? DEFAULT_TIMEOUT_MS :
			     seconds_ms(read_timeout_arg);
	s->connect_timeout_ms = connect_timeout_arg == -1000 ?
				DEFAULT_TIMEOUT_MS :
				seconds_ms(connect_timeout_arg);
	return 0;
}

static int flag_setting(session *s, const char *envname, const char *key,
			int *out, char *err, size_t errlen)
{
	int rc = setting(s, envname, key, value, sizeof value, err, errlen);

	if (rc == CONFIG_ERROR)
		return SESSION_ERROR;
	*out = rc == CONFIG_FOUND && truthy(value);
	return 0;
}

/* Region (required, validated) and the FIPS / dual-stack variants. */
static int resolve_region(session *s, const cli_args *a, char *err,
			  size_t errlen)
{
	const char *region = a->region;
	char name[sizeof value];  /* value is reused by the flags below */
	int rc, fips, dualstack;

	if (!region) {
		rc = setting(s, "AWS_DEFAULT_REGION", "region", name,
			     sizeof name, err, errlen);
		if (rc == CONFIG_ERROR)
			return SESSION_ERROR;
		if (rc == CONFIG_FOUND)
			region = name;
	}
	if (region && !*region)
		region = NULL;
	if (flag_setting(s, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint",
			 &fips, err, errlen) ||
	    flag_setting(s, "AWS_USE_DUALSTACK_ENDPOINT",
			 "use_dualstack_endpoint", &dualstack, err, errlen))
		return SESSION_ERROR;
	rc = endpoint_prepare(&s->ep, region, fips, dualstack, err, errlen);
	if (rc == ENDPOINT_ERR_NO_REGION)
		return SESSION_NO_REGION;
	if (rc != ENDPOINT_OK)
		return SESSION_ERROR;
	memcpy(s->region, s->ep.signing_region, sizeof s->ep.signing_region);
	return 0;
}

/*
 * What botocore checks of the region before it looks for credentials:
 * only the name's format (a missing region fails later).
 */
static int check_region_name(session *s, const cli_args *a, char *err,
			     size_t errlen)
{
	const char *region = a->region;
	endpoint_info ep;
	int rc;

	if (!region) {
		rc = setting(s, "AWS_DEFAULT_REGION", "region", value,
			     sizeof value, err, errlen);
		if (rc == CONFIG_ERROR)
			return SESSION_ERROR;
		if (rc == CONFIG_FOUND)
			region = value;
	}
	if (!region || !*region)
		return 0;
	rc = endpoint_prepare(&ep, region, 0, 0, err, errlen);
	return rc == ENDPOINT_ERR_REGION ? SESSION_ERROR : 0;
}

/* Configured endpoint URL: env, then services section, then profile. */
static int configured_endpoint(session *s, char *out, size_t cap,
			       const char **source, char *err, size_t errlen)
{
	const char *v;
	int rc;

	rc = setting(s, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
		     "ignore_configured_endpoint_urls", value, sizeof value,
		     err, errlen);
	if (rc == CONFIG_ERROR)
		return SESSION_ERROR;
	if (rc == CONFIG_FOUND && truthy(value))
		return CONFIG_NOT_FOUND;
	if ((v = env("AWS_ENDPOINT_URL_SWF")) != NULL) {
		*source = "environment variable AWS_ENDPOINT_URL_SWF";
	} else if ((v = env("AWS_ENDPOINT_URL")) != NULL) {
		*source = "environment variable AWS_ENDPOINT_URL";
	} else {
		rc = config_get_service(&reader, s->config_file, NULL,
					s->profile, "swf", "endpoint_url", out,
					cap, err, errlen);
		if (rc != CONFIG_NOT_FOUND) {
			*source = "services section of the config file";
			return rc == CONFIG_FOUND ? CONFIG_FOUND : SESSION_ERROR;
		}
		rc = profile_value(s, "endpoint_url", out, cap, err, errlen);
		*source = "profile's endpoint_url";
		return rc == CONFIG_ERROR ? SESSION_ERROR : rc;
	}
	snprintf(out, cap, "%s", v);
	return CONFIG_FOUND;
}

static int resolve_endpoint(session *s, const cli_args *a, char *err,
			    size_t errlen)
{
	static char url[CONFIG_VALUE_MAX + 1];
	int rc;

	if (a->endpoint_url) {
		snprintf(url, sizeof url, "%s", a->endpoint_url);
		s->endpoint_source = "--endpoint-url";
	} else {
		rc = configured_endpoint(s, url, sizeof url,
					 &s->endpoint_source, err, errlen);
		if (rc == SESSION_ERROR)
			return rc;
		if (rc != CONFIG_FOUND) {
			rc = endpoint_resolve(&s->ep, url, sizeof url, err,
					      errlen);
			if (rc == ENDPOINT_ERR_RULES) {
				/* the rule set fails at request time */
				s->endpoint_late = URL_ERR_SIGN;
				snprintf(s->endpoint_msg,
					 sizeof s->endpoint_msg, "%s", err);
				return 0;
			}
			if (rc != ENDPOINT_OK)
				return SESSION_ERROR;
			memcpy(s->region, s->ep.signing_region,
			       sizeof s->ep.signing_region);
			s->endpoint_source = "endpoint rules for the region";
		}
	}
	rc = url_parse(url, &s->endpoint, s->endpoint_msg,
		       sizeof s->endpoint_msg);
	if (rc == URL_ERR_SIGN || rc == URL_ERR_SEND) {
		s->endpoint_late = rc;   /* botocore fails later on these */
		return 0;
	}
	if (rc != URL_OK) {
		snprintf(err, errlen, "%s", s->endpoint_msg);
		return SESSION_ERROR;
	}
	return 0;
}

static int resolve_retries(session *s, char *err, size_t errlen)
{
	long n;
	char rep[300];
	int rc;

	rc = setting(s, "AWS_RETRY_MODE", "retry_mode", value, sizeof value,
		     err, errlen);
	if (rc == CONFIG_ERROR)
		return SESSION_ERROR;
	s->standard_retries = rc == CONFIG_FOUND &&
			      (strcmp(value, "standard") == 0 ||
			       strcmp(value, "adaptive") == 0);
	s->max_attempts = s->standard_retries ? 3 : 5;
	rc = setting(s, "AWS_MAX_ATTEMPTS", "max_attempts", value,
		     sizeof value, err, errlen);
	if (rc == CONFIG_ERROR)
		return SESSION_ERROR;
	if (rc == CONFIG_FOUND) {
		if (py_int(value, &n) != 0) {
			py_repr(rep, sizeof rep, value, strlen(value));
			snprintf(err, errlen, "invalid literal for int() with "
				 "base 10: %s", rep);
			return SESSION_ERROR;
		}
		s->max_attempts = n < 1 ? 1 : n > 100 ? 100 : (int)n;
	}
	return 0;
}

int session_resolve_client(session *s, const cli_args *a, char *err,
			   size_t errlen)
{
	int rc;

	if ((rc = check_region_name(s, a, err, errlen)) != 0)
		return rc;
	if (!a->no_sign_request &&
	    creds_load(&s->chain, &s->creds, err, errlen) != CREDS_OK)
		return SESSION_ERROR;
	if ((rc = resolve_timeouts(s, err, errlen)) != 0 ||
	    (rc = resolve_region(s, a, err, errlen)) != 0 ||
	    (rc = resolve_endpoint(s, a, err, errlen)) != 0 ||
	    (rc = resolve_retries(s, err, errlen)) != 0)
		return rc;
	/* botocore takes AWS_CA_BUNDLE even when empty */
	s->ca_bundle_set = 1;
	if (a->ca_bundle || getenv("AWS_CA_BUNDLE")) {
		snprintf(s->ca_bundle, sizeof s->ca_bundle, "%s",
			 a->ca_bundle ? a->ca_bundle : getenv("AWS_CA_BUNDLE"));
	} else {
		rc = setting(s, NULL, "ca_bundle", s->ca_bundle,
			     sizeof s->ca_bundle, err, errlen);
		if (rc == CONFIG_ERROR)
			return SESSION_ERROR;
		if (rc != CONFIG_FOUND) {
			s->ca_bundle[0] = '\0';
			s->ca_bundle_set = 0;
		}
	}
	rc = profile_value(s, "output", value, sizeof value, err, errlen);
	if (rc == CONFIG_ERROR)
		return SESSION_ERROR;
	s->output = rc != CONFIG_FOUND ? SESSION_OUTPUT_JSON :
		    strcmp(value, "text") == 0 ? SESSION_OUTPUT_TEXT :
		    strcmp(value, "table") == 0 ? SESSION_OUTPUT_TABLE :
		    SESSION_OUTPUT_JSON;
	return 0;
}

/* ---- credentials ------------------------------------------------------------ */

int session_credentials(session *s, const cli_args *a, char *err,
			size_t errlen)
{
	creds_client cl;
	int rc;

	(void)a;
	memset(&cl, 0, sizeof cl);
	cl.region = s->ep.region[0] ? s->ep.region : NULL;
	cl.use_fips = s->ep.use_fips;
	cl.use_dualstack = s->ep.use_dualstack;
	cl.max_attempts = s->max_attempts;
	cl.standard_mode = s->standard_retries;
	/* the STS client's CA bundle: the session's (not --ca-bundle) */
	if (setting(s, "AWS_CA_BUNDLE", "ca_bundle", value, sizeof value, err,
		    errlen) == CONFIG_FOUND && value[0])
		cl.ca_bundle = value;
	rc = creds_get(&s->chain, &cl, &s->creds, err, errlen);
	if (rc == CREDS_NONE)
		return SESSION_NO_CREDENTIALS;
	return rc == CREDS_OK ? 0 : SESSION_ERROR;
}

void session_wipe(session *s)
{
	secure_wipe(&s->creds, sizeof s->creds);
	secure_wipe(value, sizeof value);
	config_forget();
}
