/*
 * creds.c - botocore's credential chain.  See creds.h.
 */
#include "creds.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "fetch.h"
#include "isotime.h"
#include "json.h"
#include "msg.h"
#include "process.h"
#include "pyfmt.h"
#include "sha256.h"
#include "sts.h"

#define ADVISORY_REFRESH 900      /* s before expiry: try a refresh */
#define MANDATORY_REFRESH 600     /* s before expiry: a refresh must work */
#define DOC_TOKENS 64             /* JSON values of credential_process */
#define DOC_DEPTH 16
#define MFA_CODE_MAX 64

/* Results of one provider. */
enum { P_NONE = 0, P_FOUND = 1, P_ERR = -1 };

/* Where the innermost keys come from (creds_ctx.base). */
enum { B_STATIC, B_ENV, B_PROCESS, B_CONTAINER, B_IMDS, B_WEB };

struct work {
	char val[CONFIG_VALUE_MAX + 1];
	char val2[CONFIG_VALUE_MAX + 1];
	char path[PATH_MAX_BYTES];
	char line[MSG_MAX_BYTES];
	char name[NAME_MAX_BYTES];
	char role_arn[CONFIG_VALUE_MAX + 1];
	char session[CONFIG_VALUE_MAX + 1];
	char external_id[CONFIG_VALUE_MAX + 1];
	char serial[CONFIG_VALUE_MAX + 1];
	char mfa[MFA_CODE_MAX];
	json_tok tok[DOC_TOKENS];
	cred_keys spare;          /* refreshed keys, before they replace */
	sts_endpoint ep;
	char ep_url[CONFIG_VALUE_MAX + 1];
};

/*
 * The work area of the running entry point, which holds it on its stack
 * (so that its pages are shared with the other steps of a run) and
 * forgets it on return (fetch_forget); NULL outside.
 */
static struct work *st;

/* ---- helpers ---------------------------------------------------------------- */

static void debugf(const creds_ctx *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void debugf(const creds_ctx *c, const char *fmt, ...)
{
	va_list ap;

	if (!c->debug)
		return;
	va_start(ap, fmt);
	vsnprintf(st->line, sizeof st->line, fmt, ap);
	va_end(ap);
	c->debug(c->debug_ctx, st->line);
}

static void looking(const creds_ctx *c, const char *method)
{
	debugf(c, "Looking for credentials via: %s", method);
}

/* Copy src into dst[cap], cut to fit. */
static void set_str(char *dst, size_t cap, const char *src)
{
	size_t n = strlen(src);

	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

static const char *env(const char *name)
{
	return getenv(name);
}

static int truthy(const char *v)
{
	return v && strcasecmp(v, "true") == 0;
}

static int copy(char *dst, size_t cap, const char *src, const char *what,
		char *err, size_t errlen)
{
	size_t n = strlen(src);

	if (n >= cap)
		return msg_set(err, errlen, P_ERR, "The %s is longer than %zu bytes",
			    what, cap - 1);
	memcpy(dst, src, n + 1);
	return 0;
}

static void wipe_keys(cred_keys *k)
{
	const char *source = k->source;

	secure_wipe(k, sizeof *k);
	k->source = source;
}

/* Key of profile as the session sees it (config file + credentials file). */
static int full_get(const creds_ctx *c, const char *profile, const char *key,
		    char *out, char *err, size_t errlen)
{
	return config_profile_get(c->reader, c->config_file,
				  c->credentials_file, profile, key, out,
				  CONFIG_VALUE_MAX + 1, err, errlen);
}

static int full_has(const creds_ctx *c, const char *profile, const char *key,
		    char *err, size_t errlen)
{
	return full_get(c, profile, key, st->val2, err, errlen);
}

/* ---- expirations ------------------------------------------------------------- */

/* Parse an expiration as botocore's dateutil would; *naive set when it
 * has no time zone (which fails later, at the first comparison). */
static int parse_expiry(const char *s, time_t *t, int *naive, char *err,
			size_t errlen)
{
	const char *p = s;
	int rc;

	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p)
		return msg_set(err, errlen, P_ERR, "String does not contain a date: %s",
			    s);
	rc = isotime_parse(s, t, err, errlen);
	if (rc == ISOTIME_BAD)
		return msg_set(err, errlen, P_ERR, "Unknown string format: %s", s);
	if (rc == ISOTIME_RANGE)
		return P_ERR;
	*naive = rc == ISOTIME_NAIVE;
	return 0;
}

static int expiry_of(const cred_keys *k, time_t *t, char *err, size_t errlen)
{
	int naive = 0;

	if (parse_expiry(k->expiration, t, &naive, err, errlen) != 0)
		return P_ERR;
	if (naive)
		return msg_set(err, errlen, P_ERR, "can't subtract offset-naive and "
			    "offset-aware datetimes");
	return 0;
}

/* ---- environment ------------------------------------------------------------- */

static int env_keys(const creds_ctx *c, cred_keys *out, int require_expiry,
		    char *err, size_t errlen)
{
	const char *k = env("AWS_ACCESS_KEY_ID");
	const char *s = env("AWS_SECRET_ACCESS_KEY");
	const char *t = env("AWS_SECURITY_TOKEN");
	const char *x = env("AWS_CREDENTIAL_EXPIRATION");

	(void)c;
	if (!k || !*k)
		return msg_set(err, errlen, P_ERR, "Partial credentials found in env, "
			    "missing: AWS_ACCESS_KEY_ID");
	if (!s || !*s)
		return msg_set(err, errlen, P_ERR, "Partial credentials found in env, "
			    "missing: AWS_SECRET_ACCESS_KEY");
	if (!t || !*t)
		t = env("AWS_SESSION_TOKEN");
	if (require_expiry && (!x || !*x))
		return msg_set(err, errlen, P_ERR, "Partial credentials found in env, "
			    "missing: AWS_CREDENTIAL_EXPIRATION");
	if (copy(out->access_key, sizeof out->access_key, k, "access key id",
		 err, errlen) ||
	    copy(out->secret_key, sizeof out->secret_key, s,
		 "secret access key", err, errlen) ||
	    copy(out->session_token, sizeof out->session_token,
		 t ? t : "", "session token", err, errlen) ||
	    copy(out->expiration, sizeof out->expiration, x ? x : "",
		 "credential expiration", err, errlen))
		return P_ERR;
	return P_FOUND;
}

static int env_provider(creds_ctx *c, cred_keys *out, char *err,
			size_t errlen)
{
	const char *k = env("AWS_ACCESS_KEY_ID");
	time_t t;
	int naive;

	if (!k || !*k)
		return P_NONE;
	debugf(c, "Found credentials in environment variables.");
	if (env_keys(c, out, 0, err, errlen) != P_FOUND)
		return P_ERR;
	out->source = "env";
	c->base = B_ENV;
	c->has_expiry = out->expiration[0] != '\0';
	if (c->has_expiry &&
	    parse_expiry(out->expiration, &t, &naive, err, errlen) != 0)
		return P_ERR;
	return P_FOUND;
}

/* ---- files ------------------------------------------------------------------------ */

/* aws_access_key_id & co. from one file's section. */
static int file_keys(creds_ctx *c, const char *path, enum config_kind kind,
		     const char *section, const char *provider,
		     const char *const *tokens, cred_keys *out, char *err,
		     size_t errlen)
{
	int rc;

	rc = config_get(c->reader, path, kind, section, "aws_access_key_id",
			st->val, sizeof st->val, err, errlen);
	if (rc != CONFIG_FOUND)
		return rc == CONFIG_ERROR ? P_ERR : P_NONE;
	rc = config_get(c->reader, path, kind, section,
			"aws_secret_access_key", st->val2, sizeof st->val2, err,
			errlen);
	if (rc == CONFIG_ERROR)
		return P_ERR;
	if (rc != CONFIG_FOUND) {
		secure_wipe(st->val, sizeof st->val);
		return msg_set(err, errlen, P_ERR, "Partial credentials found in %s, "
			    "missing: aws_secret_access_key", provider);
	}
	if (copy(out->access_key, sizeof out->access_key, st->val,
		 "access key id", err, errlen) ||
	    copy(out->secret_key, sizeof out->secret_key, st->val2,
		 "secret access key", err, errlen)) {
		secure_wipe(st->val2, sizeof st->val2);
		return P_ERR;
	}
	secure_wipe(st->val2, sizeof st->val2);
	out->session_token[0] = '\0';
	out->expiration[0] = '\0';
	for (; tokens && *tokens; tokens++) {
		rc = config_get(c->reader, path, kind, section, *tokens,
				st->val2, sizeof st->val2, err, errlen);
		if (rc == CONFIG_ERROR)
			return P_ERR;
		if (rc == CONFIG_FOUND) {
			rc = copy(out->session_token, sizeof out->session_token,
				  st->val2, "session token", err, errlen);
			secure_wipe(st->val2, sizeof st->val2);
			if (rc)
				return P_ERR;
			break;
		}
	}
	c->base = B_STATIC;
	c->has_expiry = 0;
	return P_FOUND;
}

static const char *const token_keys[] = {
	"aws_security_token", "aws_session_token", NULL
};

static int shared_file_provider(creds_ctx *c, const char *profile,
				cred_keys *out, char *err, size_t errlen)
{
	int rc = file_keys(c, c->credentials_file, CREDENTIALS_FILE, profile,
			   "shared-credentials-file", token_keys, out, err,
			   errlen);

	if (rc == P_FOUND) {
		debugf(c, "Found credentials in shared credentials file: %s",
		       c->credentials_file);
		out->source = "shared-credentials-file";
	}
	return rc;
}

static int config_provider(creds_ctx *c, const char *profile,
			   cred_keys *out, char *err, size_t errlen)
{
	int rc = file_keys(c, c->config_file, CONFIG_FILE, profile,
			   "config-file", token_keys, out, err, errlen);

	if (rc == P_FOUND) {
		debugf(c, "Credentials found in config file: %s",
		       c->config_file);
		out->source = "config-file";
	}
	return rc;
}

/* AWS_CREDENTIAL_FILE: "AWSAccessKeyId=..." lines (the old EC2 tools). */
static int ec2_file_provider(creds_ctx *c, cred_keys *out, char *err,
			     size_t errlen)
{
	const char *p = env("AWS_CREDENTIAL_FILE");
	char *line, *eq, *k, *v, *e;
	int fd, have_key = 0, have_secret = 0;
	size_t len = 0;
	ssize_t r;

	if (!p)
		return P_NONE;
	if (config_expand_user(p, getenv("HOME"), "/etc/passwd", st->path,
			       sizeof st->path) != 0)
		return msg_set(err, errlen, P_ERR, "The path %s is too long", p);
	fd = open(st->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return msg_set(err, errlen, P_ERR, "The specified config file (%s) could "
			    "not be found.", st->path);
	for (;;) {
		r = read(fd, st->val + len, sizeof st->val - 1 - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		len += (size_t)r;
		if (len == sizeof st->val - 1)
			break;
	}
	close(fd);
	if (r < 0)
		return msg_set(err, errlen, P_ERR, "The specified config file (%s) could "
			    "not be found.", st->path);
	st->val[len] = '\0';
	for (line = st->val; line && *line; line = e) {
		e = strpbrk(line, "\r\n");
		if (e)
			*e++ = '\0';
		eq = strchr(line, '=');
		if (!eq)
			continue;
		*eq = '\0';
		k = line;
		v = eq + 1;
		while (*k == ' ' || *k == '\t')
			k++;
		while (*k && (k[strlen(k) - 1] == ' ' || k[strlen(k) - 1] == '\t'))
			k[strlen(k) - 1] = '\0';
		while (*v == ' ' || *v == '\t')
			v++;
		while (*v && (v[strlen(v) - 1] == ' ' || v[strlen(v) - 1] == '\t'))
			v[strlen(v) - 1] = '\0';
		if (strcmp(k, "AWSAccessKeyId") == 0) {
			if (copy(out->access_key, sizeof out->access_key, v,
				 "access key id", err, errlen))
				goto bad;
			have_key = 1;
		} else if (strcmp(k, "AWSSecretKey") == 0) {
			if (copy(out->secret_key, sizeof out->secret_key, v,
				 "secret access key", err, errlen))
				goto bad;
			have_secret = 1;
		}
	}
	secure_wipe(st->val, sizeof st->val);
	if (!have_key)
		return P_NONE;
	debugf(c, "Found credentials in AWS_CREDENTIAL_FILE.");
	if (!have_secret)
		return msg_set(err, errlen, P_ERR, "'AWSSecretKey'");
	out->session_token[0] = '\0';
	out->expiration[0] = '\0';
	out->source = "ec2-credentials-file";
	c->base = B_STATIC;
	c->has_expiry = 0;
	return P_FOUND;
bad:
	secure_wipe(st->val, sizeof st->val);
	return P_ERR;
}

/* The boto config: BOTO_CONFIG, else /etc/boto.cfg and ~/.boto. */
static int boto_provider(creds_ctx *c, cred_keys *out, char *err,
			 size_t errlen)
{
	const char *one = env("BOTO_CONFIG");
	const char *paths[2];
	int n = 0, i, rc;

	if (one) {
		paths[n++] = one;
	} else {
		paths[n++] = "/etc/boto.cfg";
		paths[n++] = "~/.boto";
	}
	for (i = 0; i < n; i++) {
		if (config_expand_path(paths[i], st->path, sizeof st->path, err,
				       errlen) != 0)
			return P_ERR;
		rc = file_keys(c, st->path, CREDENTIALS_FILE, "Credentials",
			       "boto-config", NULL, out, err, errlen);
		if (rc == P_FOUND) {
			debugf(c, "Found credentials in boto config file: %s",
			       st->path);
			out->source = "boto-config";
		}
		if (rc != P_NONE)
			return rc;
	}
	return P_NONE;
}

/* ---- credential_process ------------------------------------------------------- */

static int process_timeout_ms(void)
{
	const char *v = env("SWF_CREDENTIAL_PROCESS_TIMEOUT");
	long s;

	if (v && py_int_parse(v, &s) == 0 && s > 0 && s <= 86400)
		return (int)(s * 1000);
	return CREDS_PROCESS_TIMEOUT * 1000;
}

#define PROCESS_FAIL "Error when retrieving credentials from custom-process: "

/* Run the command line and read its JSON; *expires set when it has an
 * Expiration. */
static __attribute__((noinline)) int run_process(const char *cmdline,
						 cred_keys *out, int *expires,
						 char *err, size_t errlen)
{
	process_cmd cmd;          /* on this frame: only this provider's */
	process_result pres;
	json_doc d;
	int rc, t, tk, ts;
	static char vers[512];

	rc = process_split(cmdline, &cmd, err, errlen);
	if (rc != PROCESS_OK)
		return P_ERR;
	rc = process_run(&cmd, process_timeout_ms(), &pres, err, errlen);
	secure_wipe(&cmd, sizeof cmd);
	switch (rc) {
	case PROCESS_OK:
	case PROCESS_SIGNALED:
		break;
	case PROCESS_TIMEOUT:
		rc = msg_set(err, errlen, P_ERR, PROCESS_FAIL "credential_process did "
			  "not finish within %d seconds (set "
			  "SWF_CREDENTIAL_PROCESS_TIMEOUT to wait longer)",
			  process_timeout_ms() / 1000);
		goto done;
	case PROCESS_TOO_BIG:
		rc = msg_set(err, errlen, P_ERR, PROCESS_FAIL "credential_process wrote "
			  "more than %d bytes", PROCESS_OUT_MAX);
		goto done;
	default:
		rc = P_ERR;
		goto done;
	}
	if (rc == PROCESS_SIGNALED || pres.exit_status != 0) {
		if (py_utf8_error(pres.err, pres.err_len, err, errlen))
			rc = P_ERR;
		else
			rc = msg_set(err, errlen, P_ERR, PROCESS_FAIL "%s", pres.err);
		goto done;
	}
	if (py_utf8_error(pres.out, pres.out_len, err, errlen)) {
		rc = P_ERR;
		goto done;
	}
	json_init(&d, st->tok, DOC_TOKENS, DOC_DEPTH, JSON_PYCONST);
	if (json_parse(&d, pres.out, pres.out_len, err, errlen) != 0) {
		if (d.error != JSON_ETOKENS && d.error != JSON_EDEPTH)
			json_error_python(&d, err, errlen);
		rc = P_ERR;
		goto done;
	}
	if (st->tok[0].type != JSON_OBJECT) {
		rc = msg_set(err, errlen, P_ERR, "'%s' object has no attribute 'get'",
			  py_json_type_name(&d, 0));
		goto done;
	}
	t = json_object_get(&d, 0, "Version", 7);
	if (t < 0 || !py_json_equals_one(&d, t)) {
		if (t < 0)
			snprintf(vers, sizeof vers, "<Version key not provided>");
		else
			py_json_str(vers, sizeof vers, &d, t);
		rc = msg_set(err, errlen, P_ERR, PROCESS_FAIL "Unsupported version '%s' "
			  "for credential process provider, supported "
			  "versions: 1", vers);
		goto done;
	}
	tk = json_object_get(&d, 0, "AccessKeyId", 11);
	ts = json_object_get(&d, 0, "SecretAccessKey", 15);
	if (tk < 0 || ts < 0) {
		rc = msg_set(err, errlen, P_ERR, PROCESS_FAIL "Missing required key in "
			  "response: '%s'", tk < 0 ? "AccessKeyId" :
			  "SecretAccessKey");
		goto done;
	}
	out->session_token[0] = '\0';
	out->expiration[0] = '\0';
	if (cred_keys_set_json(out, CRED_FIELD_ACCESS_KEY, &d, tk, err,
			       errlen) ||
	    cred_keys_set_json(out, CRED_FIELD_SECRET, &d, ts, err, errlen)) {
		rc = P_ERR;
		goto done;
	}
	t = json_object_get(&d, 0, "SessionToken", 12);
	if (t >= 0 && cred_keys_set_json(out, CRED_FIELD_TOKEN, &d, t, err,
					 errlen)) {
		rc = P_ERR;
		goto done;
	}
	t = json_object_get(&d, 0, "Expiration", 10);
	*expires = t >= 0 && st->tok[t].type != JSON_NULL;
	if (t >= 0 && cred_keys_set_json(out, CRED_FIELD_EXPIRATION, &d, t,
					 err, errlen)) {
		rc = P_ERR;
		goto done;
	}
	rc = P_FOUND;
done:
	secure_wipe(&pres, sizeof pres);
	secure_wipe(st->tok, sizeof st->tok);
	return rc;
}

static int process_provider(creds_ctx *c, const char *profile,
			    cred_keys *out, char *err, size_t errlen)
{
	int rc, expires = 0, naive;
	time_t t;

	rc = full_get(c, profile, "credential_process", st->val, err, errlen);
	if (rc != CONFIG_FOUND)
		return rc == CONFIG_ERROR ? P_ERR : P_NONE;
	debugf(c, "Running credential_process of profile %s", profile);
	rc = run_process(st->val, out, &expires, err, errlen);
	if (rc != P_FOUND)
		return rc;
	out->source = "custom-process";
	c->base = B_PROCESS;
	c->has_expiry = expires;
	snprintf(c->base_profile, sizeof c->base_profile, "%s", profile);
	if (expires && parse_expiry(out->expiration, &t, &naive, err,
				    errlen) != 0)
		return P_ERR;
	return P_FOUND;
}

/* ---- web identity, SSO, login ------------------------------------------------- */

/* A web identity setting: the environment (when allowed and set, even
 * empty), else the profile's key.  1 found (in out), 0 not, -1 error. */
static int web_setting(const creds_ctx *c, const char *profile, int use_env,
		       const char *envname, const char *key, char *out,
		       char *err, size_t errlen)
{
	const char *v = use_env ? env(envname) : NULL;
	int rc;

	if (v) {
		if (strlen(v) > CONFIG_VALUE_MAX)
			return msg_set(err, errlen, P_ERR, "%s is longer than %d bytes",
				    envname, CONFIG_VALUE_MAX);
		memcpy(out, v, strlen(v) + 1);
		return 1;
	}
	rc = full_get(c, profile, key, out, err, errlen);
	return rc == CONFIG_ERROR ? -1 : rc == CONFIG_FOUND;
}

static int web_identity_provider(creds_ctx *c, const char *profile,
				 int use_env, cred_keys *out, char *err,
				 size_t errlen)
{
	int rc;

	rc = web_setting(c, profile, use_env, "AWS_WEB_IDENTITY_TOKEN_FILE",
			 "web_identity_token_file", st->val, err, errlen);
	if (rc < 0)
		return P_ERR;
	if (rc == 0 || !st->val[0])
		return P_NONE;
	rc = web_setting(c, profile, use_env, "AWS_ROLE_ARN", "role_arn",
			 st->val, err, errlen);
	if (rc < 0)
		return P_ERR;
	if (rc == 0 || !st->val[0])
		return msg_set(err, errlen, P_ERR, "The provided profile or the current "
			    "environment is configured to assume role with web "
			    "identity but has no role ARN configured. Ensure "
			    "that the profile has the role_arnconfiguration "
			    "set or the AWS_ROLE_ARN env var is set.");
	debugf(c, "Credentials will come from STS "
	       "AssumeRoleWithWebIdentity for role %s", st->val);
	c->base = B_WEB;
	c->base_env = use_env;
	c->has_expiry = 0;
	snprintf(c->base_profile, sizeof c->base_profile, "%s", profile);
	out->source = "assume-role-with-web-identity";
	return P_FOUND;
}

static int sso_provider(creds_ctx *c, const char *profile, char *err,
			size_t errlen)
{
	static const char *const need[] = {
		"sso_role_name", "sso_account_id", "sso_start_url",
		"sso_region", NULL
	};
	char missing[256] = "";
	int i, rc, role, account;

	role = full_has(c, profile, "sso_role_name", err, errlen);
	account = full_has(c, profile, "sso_account_id", err, errlen);
	if (role == CONFIG_ERROR || account == CONFIG_ERROR)
		return P_ERR;
	if (role != CONFIG_FOUND && account != CONFIG_FOUND)
		return P_NONE;
	rc = full_has(c, profile, "sso_session", err, errlen);
	if (rc == CONFIG_ERROR)
		return P_ERR;
	for (i = 0; rc != CONFIG_FOUND && need[i]; i++) {
		int h = full_has(c, profile, need[i], err, errlen);
		if (h == CONFIG_ERROR)
			return P_ERR;
		if (h != CONFIG_FOUND)
			snprintf(missing + strlen(missing),
				 sizeof missing - strlen(missing), "%s%s",
				 missing[0] ? ", " : "", need[i]);
	}
	if (missing[0])
		return msg_set(err, errlen, P_ERR, "The profile \"%s\" is configured to "
			    "use SSO but is missing required configuration: %s",
			    profile, missing);
	return msg_set(err, errlen, P_ERR, "The profile \"%s\" is configured to use SSO, "
		    "which swf-cancel does not support: use static, "
		    "assume-role, web identity, process, container or "
		    "instance credentials", profile);
}

static int login_provider(creds_ctx *c, const char *profile, char *err,
			  size_t errlen)
{
	int rc = full_has(c, profile, "login_session", err, errlen);

	if (rc == CONFIG_ERROR)
		return P_ERR;
	if (rc != CONFIG_FOUND)
		return P_NONE;
	return msg_set(err, errlen, P_ERR, "The profile \"%s\" is configured to use the "
		    "login credential provider (login_session), which "
		    "swf-cancel does not support", profile);
}

/* The providers botocore builds for a profile (ProfileProviderBuilder). */
static int profile_chain(creds_ctx *c, const char *profile, int use_env,
			 cred_keys *out, char *err, size_t errlen)
{
	int rc;

	looking(c, "assume-role-with-web-identity");
	rc = web_identity_provider(c, profile, use_env, out, err, errlen);
	if (rc != P_NONE)
		return rc;
	looking(c, "sso");
	if ((rc = sso_provider(c, profile, err, errlen)) != P_NONE)
		return rc;
	looking(c, "shared-credentials-file");
	if ((rc = shared_file_provider(c, profile, out, err, errlen)) != P_NONE)
		return rc;
	looking(c, "login");
	if ((rc = login_provider(c, profile, err, errlen)) != P_NONE)
		return rc;
	looking(c, "custom-process");
	if ((rc = process_provider(c, profile, out, err, errlen)) != P_NONE)
		return rc;
	looking(c, "config-file");
	return config_provider(c, profile, out, err, errlen);
}

/* ---- container and instance metadata ------------------------------------------ */

static void imds_debug(void *ctx, const char *line)
{
	const creds_ctx *c = ctx;

	if (c->debug)
		c->debug(c->debug_ctx, line);
}

static int container_provider(creds_ctx *c, cred_keys *out, char *err,
			      size_t errlen)
{
	time_t t;
	int naive;

	if (!env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") &&
	    !env("AWS_CONTAINER_CREDENTIALS_FULL_URI"))
		return P_NONE;
	if (container_fetch(out, imds_debug, c, err, errlen) != IMDS_FOUND)
		return P_ERR;
	debugf(c, "Found credentials from the container credentials "
	       "endpoint");
	out->source = "container-role";
	c->base = B_CONTAINER;
	c->has_expiry = 1;
	if (parse_expiry(out->expiration, &t, &naive, err, errlen) != 0)
		return P_ERR;
	return P_FOUND;
}

static int imds_provider(creds_ctx *c, cred_keys *out, char *err,
			 size_t errlen)
{
	time_t t;
	int naive, rc;

	c->imds.debug = imds_debug;
	c->imds.debug_ctx = c;
	rc = imds_fetch(&c->imds, out, st->name, sizeof st->name, err, errlen);
	if (rc == IMDS_NONE)
		return P_NONE;
	if (rc != IMDS_FOUND)
		return P_ERR;
	debugf(c, "Found credentials from IAM Role: %s", st->name);
	out->source = "iam-role";
	c->base = B_IMDS;
	c->has_expiry = 1;
	if (parse_expiry(out->expiration, &t, &naive, err, errlen) != 0)
		return P_ERR;
	return P_FOUND;
}

/* ---- assume role -------------------------------------------------------------- */

static int has_static(creds_ctx *c, const char *profile, int *yes, char *err,
		      size_t errlen)
{
	int a = full_has(c, profile, "aws_secret_access_key", err, errlen);
	int b = a == CONFIG_ERROR ? a :
		full_has(c, profile, "aws_access_key_id", err, errlen);

	if (a == CONFIG_ERROR || b == CONFIG_ERROR)
		return P_ERR;
	*yes = a == CONFIG_FOUND || b == CONFIG_FOUND;
	return 0;
}

/* role_arn and no web_identity_token_file. */
static int has_role(creds_ctx *c, const char *profile, int *yes, char *err,
		    size_t errlen)
{
	int a = full_has(c, profile, "role_arn", err, errlen);
	int b = a == CONFIG_ERROR ? a :
		full_has(c, profile, "web_identity_token_file", err, errlen);

	if (a == CONFIG_ERROR || b == CONFIG_ERROR)
		return P_ERR;
	*yes = a == CONFIG_FOUND && b != CONFIG_FOUND;
	return 0;
}

/* Python's repr of the visited list: ['a', 'b']. */
static void visited_repr(const creds_ctx *c, char *out, size_t cap)
{
	size_t o;
	int i;

	snprintf(out, cap, "[");
	for (i = 0; i < c->nroles; i++) {
		o = strlen(out);
		if (i)
			snprintf(out + o, cap - o, ", ");
		o = strlen(out);
		py_str_repr(out + o, cap - o, c->roles[i],
			    strlen(c->roles[i]));
	}
	o = strlen(out);
	snprintf(out + o, cap - o, "]");
}

static int source_by_name(creds_ctx *c, const char *source,
			  const char *profile, cred_keys *out, char *err,
			  size_t errlen)
{
	int rc;

	if (strcmp(source, "Environment") == 0)
		rc = env_provider(c, out, err, errlen);
	else if (strcmp(source, "EcsContainer") == 0)
		rc = container_provider(c, out, err, errlen);
	else
		rc = imds_provider(c, out, err, errlen);
	if (rc == P_NONE)
		return msg_set(err, errlen, P_ERR, "Error when retrieving credentials from "
			    "%s: No credentials found in credential_source "
			    "referenced in profile %s", source, profile);
	return rc;
}

static int assume_role_provider(creds_ctx *c, cred_keys *out, char *err,
				size_t errlen)
{
	static char source[NAME_MAX_BYTES], visited[1024];
	const char *cur = c->profile;
	int rc, sp, cs, yes, i;

	if (has_role(c, cur, &yes, err, errlen) != 0)
		return P_ERR;
	if (!yes)
		return P_NONE;
	for (;;) {
		if (c->nroles == CREDS_MAX_ROLES)
			return msg_set(err, errlen, P_ERR, "The chain of assume-role "
				    "profiles from %s is longer than %d",
				    c->profile, CREDS_MAX_ROLES);
		snprintf(c->roles[c->nroles], NAME_MAX_BYTES, "%s", cur);
		cur = c->roles[c->nroles++];
		sp = full_get(c, cur, "source_profile", st->val, err, errlen);
		cs = sp == CONFIG_ERROR ? sp :
		     full_get(c, cur, "credential_source", st->val2, err,
			      errlen);
		if (sp == CONFIG_ERROR || cs == CONFIG_ERROR)
			return P_ERR;
		if (sp == CONFIG_FOUND && cs == CONFIG_FOUND)
			return msg_set(err, errlen, P_ERR, "The profile \"%s\" contains "
				    "both source_profile and "
				    "credential_source.", cur);
		if (sp != CONFIG_FOUND && cs != CONFIG_FOUND)
			return msg_set(err, errlen, P_ERR, "Partial credentials found in "
				    "assume-role, missing: source_profile or "
				    "credential_source");
		if (cs == CONFIG_FOUND) {
			if (strcmp(st->val2, "Environment") != 0 &&
			    strcmp(st->val2, "EcsContainer") != 0 &&
			    strcmp(st->val2, "Ec2InstanceMetadata") != 0)
				return msg_set(err, errlen, P_ERR, "The credential source "
					    "\"%s\" referenced in profile "
					    "\"%s\" is not valid.", st->val2,
					    cur);
			set_str(source, sizeof source, st->val2);
			debugf(c, "Source credentials of profile %s: %s", cur,
			       source);
			return source_by_name(c, source, cur, out, err, errlen);
		}
		if (strlen(st->val) >= sizeof source)
			return msg_set(err, errlen, P_ERR, "The source_profile \"%.64s...\""
				    " referenced in the profile \"%s\" does not "
				    "exist.", st->val, cur);
		set_str(source, sizeof source, st->val);
		rc = config_profile_exists(c->reader, c->config_file,
					   c->credentials_file, source, err,
					   errlen);
		if (rc == CONFIG_ERROR)
			return P_ERR;
		if (rc != CONFIG_FOUND)
			return msg_set(err, errlen, P_ERR, "The source_profile \"%s\" "
				    "referenced in the profile \"%s\" does not "
				    "exist.", source, cur);
		if (has_static(c, source, &yes, err, errlen) != 0)
			return P_ERR;
		for (i = 0; i < c->nroles; i++) {
			if (strcmp(c->roles[i], source) != 0)
				continue;
			if (strcmp(source, cur) == 0 && yes)
				break;
			visited_repr(c, visited, sizeof visited);
			return msg_set(err, errlen, P_ERR, "Infinite loop in credential "
				    "configuration detected. Attempting to load "
				    "from profile %s which has already been "
				    "visited. Visited profiles: %s", source,
				    visited);
		}
		if (!yes) {
			if (has_role(c, source, &yes, err, errlen) != 0)
				return P_ERR;
			if (yes) {
				cur = source;
				continue;
			}
		}
		debugf(c, "Source credentials of profile %s: profile %s", cur,
		       source);
		rc = profile_chain(c, source, 0, out, err, errlen);
		if (rc == P_NONE)
			return msg_set(err, errlen, P_ERR, "The source profile \"%s\" must "
				    "have credentials.", source);
		return rc;
	}
}

/* ---- the chain --------------------------------------------------------------------- */

void creds_init(creds_ctx *c)
{
	memset(c, 0, sizeof *c);
}

/* A session variable: environment, else the profile's key. */
static int variable(creds_ctx *c, const char *envname, const char *key,
		    char *out, char *err, size_t errlen)
{
	const char *v = envname ? env(envname) : NULL;

	if (v) {
		snprintf(out, CONFIG_VALUE_MAX + 1, "%s", v);
		return CONFIG_FOUND;
	}
	return full_get(c, c->profile, key, out, err, errlen);
}

static int int_variable(creds_ctx *c, const char *envname, const char *key,
			long dflt, long *out, char *err, size_t errlen)
{
	int rc = variable(c, envname, key, st->val, err, errlen);

	if (rc == CONFIG_ERROR)
		return CREDS_ERROR;
	*out = dflt;
	if (rc != CONFIG_FOUND)
		return CREDS_OK;
	if (py_int_parse(st->val, out) != 0) {
		py_str_repr(st->line, sizeof st->line, st->val, strlen(st->val));
		snprintf(err, errlen, "invalid literal for int() with base 10: "
			 "%s", st->line);
		return CREDS_ERROR;
	}
	return CREDS_OK;
}

static int creds_check_settings_work(creds_ctx *c, char *err, size_t errlen)
{
	imds_config *m = &c->imds;
	url_endpoint url;         /* the IMDS endpoint, parsed to check it */
	int rc, ipv6 = 0;

	memset(m, 0, sizeof *m);
	m->disabled = truthy(env("AWS_EC2_METADATA_DISABLED"));
	if (int_variable(c, "AWS_METADATA_SERVICE_TIMEOUT",
			 "metadata_service_timeout", 1, &m->timeout_s, err,
			 errlen) ||
	    int_variable(c, "AWS_METADATA_SERVICE_NUM_ATTEMPTS",
			 "metadata_service_num_attempts", 1, &m->attempts,
			 err, errlen))
		return CREDS_ERROR;
	rc = variable(c, "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",
		      "ec2_metadata_service_endpoint_mode", st->val, err,
		      errlen);
	if (rc == CONFIG_ERROR)
		return CREDS_ERROR;
	if (rc == CONFIG_FOUND) {
		if (strcasecmp(st->val, "ipv4") != 0 &&
		    strcasecmp(st->val, "ipv6") != 0) {
			snprintf(err, errlen, "Invalid EC2 Instance Metadata "
				 "endpoint mode: %s Valid endpoint modes "
				 "(case-insensitive): ('ipv4', 'ipv6').",
				 st->val);
			return CREDS_ERROR;
		}
		ipv6 = strcasecmp(st->val, "ipv6") == 0;
	} else {
		rc = variable(c, "AWS_IMDS_USE_IPV6", "imds_use_ipv6", st->val,
			      err, errlen);
		if (rc == CONFIG_ERROR)
			return CREDS_ERROR;
		ipv6 = rc == CONFIG_FOUND && truthy(st->val);
	}
	rc = variable(c, "AWS_EC2_METADATA_V1_DISABLED",
		      "ec2_metadata_v1_disabled", st->val, err, errlen);
	if (rc == CONFIG_ERROR)
		return CREDS_ERROR;
	m->v1_disabled = rc == CONFIG_FOUND && truthy(st->val);
	rc = variable(c, "AWS_EC2_METADATA_SERVICE_ENDPOINT",
		      "ec2_metadata_service_endpoint", st->val, err, errlen);
	if (rc == CONFIG_ERROR)
		return CREDS_ERROR;
	if (rc == CONFIG_FOUND && st->val[0])
		set_str(m->base_url, sizeof m->base_url, st->val);
	else
		snprintf(m->base_url, sizeof m->base_url, "%s",
			 ipv6 ? IMDS_DEFAULT_V6 : IMDS_DEFAULT_V4);
	debugf(c, "IMDS ENDPOINT: %s", m->base_url);
	rc = url_parse(m->base_url, &url, st->line, sizeof st->line);
	if ((rc != URL_OK && strncmp(st->line, "Invalid endpoint", 16) == 0) ||
	    strlen(m->base_url) + 1 >= sizeof m->base_url) {
		snprintf(err, errlen, "Invalid endpoint EC2 Instance Metadata "
			 "endpoint: %s", m->base_url);
		return CREDS_ERROR;
	}
	return CREDS_OK;
}

int creds_check_settings(creds_ctx *c, char *err, size_t errlen)
{
	struct work w, *up = st;
	int rc;

	st = &w;
	rc = creds_check_settings_work(c, err, errlen);
	fetch_forget(&w, sizeof w);
	st = up;
	return rc;
}

static int creds_load_work(creds_ctx *c, cred_keys *out, char *err, size_t errlen)
{
	int rc;

	c->found = 0;
	c->nroles = 0;
	c->base = B_STATIC;
	c->has_expiry = 0;
	out->source = NULL;
	if (c->profile_explicit) {
		debugf(c, "Skipping environment variable credential check "
		       "because profile name was explicitly set.");
	} else {
		looking(c, "env");
		if ((rc = env_provider(c, out, err, errlen)) != P_NONE)
			goto out;
	}
	looking(c, "assume-role");
	rc = assume_role_provider(c, out, err, errlen);
	if (rc != P_NONE) {
		if (rc == P_FOUND)
			out->source = "assume-role";
		goto out;
	}
	c->nroles = 0;
	rc = profile_chain(c, c->profile, !c->profile_explicit, out, err,
			   errlen);
	if (rc != P_NONE)
		goto out;
	looking(c, "ec2-credentials-file");
	if ((rc = ec2_file_provider(c, out, err, errlen)) != P_NONE)
		goto out;
	looking(c, "boto-config");
	if ((rc = boto_provider(c, out, err, errlen)) != P_NONE)
		goto out;
	looking(c, "container-role");
	if ((rc = container_provider(c, out, err, errlen)) != P_NONE)
		goto out;
	looking(c, "iam-role");
	rc = imds_provider(c, out, err, errlen);
out:
	if (rc == P_ERR) {
		wipe_keys(out);
		return CREDS_ERROR;
	}
	c->found = rc == P_FOUND;
	return CREDS_OK;
}

int creds_load(creds_ctx *c, cred_keys *out, char *err, size_t errlen)
{
	struct work w, *up = st;
	int rc;

	st = &w;
	rc = creds_load_work(c, out, err, errlen);
	fetch_forget(&w, sizeof w);
	st = up;
	return rc;
}

/* ---- signing time: refreshes and STS -------------------------------------------- */

/* Read the base keys again (RefreshableCredentials' refresh_using). */
static int reload(creds_ctx *c, cred_keys *k, char *err, size_t errlen)
{
	int expires = 0, rc;

	k->expiration[0] = '\0';
	switch (c->base) {
	case B_ENV:
		return env_keys(c, k, 1, err, errlen) == P_FOUND ? 0 : -1;
	case B_PROCESS:
		rc = full_get(c, c->base_profile, "credential_process", st->val,
			      err, errlen);
		if (rc != CONFIG_FOUND)
			return msg_set(err, errlen, P_ERR, "credential_process of profile "
				    "%s is gone", c->base_profile);
		return run_process(st->val, k, &expires, err, errlen) == P_FOUND
		       ? 0 : -1;
	case B_CONTAINER:
		return container_fetch(k, imds_debug, c, err, errlen) ==
		       IMDS_FOUND ? 0 : -1;
	default:
		rc = imds_fetch(&c->imds, k, st->name, sizeof st->name, err,
				errlen);
		if (rc == IMDS_NONE)
			return msg_set(err, errlen, P_ERR, "Error when retrieving "
				    "credentials from iam-role: Credential "
				    "refresh failed, response did not contain: "
				    "access_key, secret_key, token, "
				    "expiry_time");
		return rc == IMDS_FOUND ? 0 : -1;
	}
}

static int still_expired(char *err, size_t errlen)
{
	return msg_set(err, errlen, P_ERR, "Credentials were refreshed, but the "
		    "refreshed credentials are still expired.");
}

/* get_frozen_credentials() of refreshable base keys. */
static int freeze(creds_ctx *c, cred_keys *out, char *err, size_t errlen)
{
	time_t exp, left, now = time(NULL);
	int mandatory;

	if (!c->has_expiry)
		return 0;
	if (expiry_of(out, &exp, err, errlen) != 0)
		return -1;
	left = exp - now;       /* time_t: 64-bit on every musl target */
	if (left >= ADVISORY_REFRESH)
		return 0;
	mandatory = left < MANDATORY_REFRESH;
	debugf(c, "Credentials need to be refreshed.");
	st->spare.source = out->source;
	if (reload(c, &st->spare, err, errlen) != 0) {
		wipe_keys(&st->spare);
		if (mandatory)
			return -1;
		debugf(c, "Refreshing temporary credentials failed during "
		       "advisory refresh period.");
		return 0;
	}
	memcpy(out, &st->spare, sizeof *out);
	wipe_keys(&st->spare);
	if (!out->expiration[0])
		return msg_set(err, errlen, P_ERR, "Parser must be a string or character "
			    "stream, not NoneType");
	if (expiry_of(out, &exp, err, errlen) != 0)
		return -1;
	isotime_format(exp, st->line, sizeof st->line);
	debugf(c, "Retrieved credentials will expire at: %s", st->line);
	if (exp < time(NULL))
		return still_expired(err, errlen);
	return 0;
}

/* After an STS call: credentials already expired are an error. */
static int check_sts_expiry(creds_ctx *c, const cred_keys *out, char *err,
			    size_t errlen)
{
	time_t exp;
	static char when[64];

	if (expiry_of(out, &exp, err, errlen) != 0)
		return -1;
	isotime_format(exp, when, sizeof when);
	debugf(c, "Retrieved credentials will expire at: %s", when);
	if (exp < time(NULL))
		return still_expired(err, errlen);
	return 0;
}

/* botocore's configured endpoint for STS (ConfiguredEndpointProvider). */
static const char *sts_configured(creds_ctx *c, char *err, size_t errlen,
				  int *failed)
{
	const char *v;
	int rc;

	*failed = 0;
	rc = variable(c, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
		      "ignore_configured_endpoint_urls", st->ep_url, err,
		      errlen);
	if (rc == CONFIG_ERROR)
		goto bad;
	if (rc == CONFIG_FOUND && truthy(st->ep_url))
		return NULL;
	if (((v = env("AWS_ENDPOINT_URL_STS")) && *v) ||
	    ((v = env("AWS_ENDPOINT_URL")) && *v)) {
		snprintf(st->ep_url, sizeof st->ep_url, "%s", v);
		return st->ep_url;
	}
	rc = config_get_service(c->reader, c->config_file, NULL, c->profile,
				"sts", "endpoint_url", st->ep_url,
				sizeof st->ep_url, err, errlen);
	if (rc == CONFIG_ERROR)
		goto bad;
	if (rc == CONFIG_FOUND)
		return st->ep_url;
	rc = config_profile_get(c->reader, c->config_file, NULL, c->profile,
				"endpoint_url", st->ep_url, sizeof st->ep_url,
				err, errlen);
	if (rc == CONFIG_ERROR)
		goto bad;
	return rc == CONFIG_FOUND ? st->ep_url : NULL;
bad:
	*failed = 1;
	return NULL;
}

static int resolve_sts(creds_ctx *c, const creds_client *cl, char *err,
		       size_t errlen)
{
	sts_endpoint_in in;
	int failed, rc;
	static char regional[64];

	memset(&in, 0, sizeof in);
	in.configured = sts_configured(c, err, errlen, &failed);
	if (failed)
		return -1;
	rc = variable(c, "AWS_STS_REGIONAL_ENDPOINTS", "sts_regional_endpoints",
		      st->val, err, errlen);
	if (rc == CONFIG_ERROR)
		return -1;
	if (rc == CONFIG_FOUND) {
		set_str(regional, sizeof regional, st->val);
		in.regional = regional;
	}
	in.region = cl->region;
	in.use_fips = cl->use_fips;
	in.use_dualstack = cl->use_dualstack;
	if (sts_resolve_endpoint(&in, &st->ep, err, errlen) != STS_OK)
		return -1;
	debugf(c, "STS endpoint: %s (signing region %s)", st->ep.url,
	       st->ep.signing_region);
	return 0;
}

static void base_request(sts_request *rq, const creds_client *cl,
			 creds_ctx *c)
{
	memset(rq, 0, sizeof *rq);
	rq->endpoint = &st->ep;
	rq->ca_bundle = cl->ca_bundle;
	rq->max_attempts = cl->max_attempts > 0 ? cl->max_attempts : 1;
	rq->standard_mode = cl->standard_mode;
	rq->debug = c->debug;
	rq->debug_ctx = c->debug_ctx;
	rq->duration_seconds = -1;
}

static void default_session_name(void)
{
	snprintf(st->session, sizeof st->session, "botocore-session-%ld",
		 (long)time(NULL));
}

static int web_identity_call(creds_ctx *c, const creds_client *cl,
			     cred_keys *out, char *err, size_t errlen)
{
	sts_request rq;
	int rc;

	base_request(&rq, cl, c);
	rq.web_identity = 1;
	if (web_setting(c, c->base_profile, c->base_env,
			"AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file",
			st->path, err, errlen) != 1 ||
	    web_setting(c, c->base_profile, c->base_env, "AWS_ROLE_ARN",
			"role_arn", st->role_arn, err, errlen) != 1)
		return msg_set(err, errlen, P_ERR, "The web identity settings changed");
	rc = web_setting(c, c->base_profile, c->base_env,
			 "AWS_ROLE_SESSION_NAME", "role_session_name",
			 st->session, err, errlen);
	if (rc < 0)
		return -1;
	rq.session_name_first = rc == 1;
	if (rc != 1 || !st->session[0])
		default_session_name();
	rq.role_arn = st->role_arn;
	rq.role_session_name = st->session;
	rq.token_file = st->path;
	debugf(c, "Calling STS AssumeRoleWithWebIdentity for role %s "
	       "(session %s)", st->role_arn, st->session);
	rc = sts_call(&rq, out, err, errlen);
	out->source = "assume-role-with-web-identity";
	if (rc != STS_OK)
		return -1;
	return check_sts_expiry(c, out, err, errlen);
}

static void write_ignore(int fd, const char *s)
{
	ssize_t r = write(fd, s, strlen(s));

	(void)r;
}

/* getpass(): the prompt on the terminal, echo off; else stderr/stdin. */
static int prompt_mfa(const char *serial, char *err, size_t errlen)
{
	struct termios old, quiet;
	int fd, tty, have_old = 0;
	size_t n = 0;
	char ch;
	ssize_t r;

	fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
	tty = fd >= 0;
	if (!tty)
		fd = 0;
	snprintf(st->line, sizeof st->line, "Enter MFA code for %.256s: ", serial);
	write_ignore(tty ? fd : 2, st->line);
	if (tty && tcgetattr(fd, &old) == 0) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		have_old = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
	}
	for (;;) {
		r = read(fd, &ch, 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0 || ch == '\n')
			break;
		if (n + 1 < sizeof st->mfa)
			st->mfa[n++] = ch;
	}
	st->mfa[n] = '\0';
	if (have_old)
		tcsetattr(fd, TCSAFLUSH, &old);
	if (tty) {
		write_ignore(fd, "\n");
		close(fd);
	}
	if (r <= 0 && n == 0)    /* EOFError, whose message is empty */
		return msg_set(err, errlen, P_ERR, "%s", "");
	if (!tty)
		write_ignore(2, "\n");
	return 0;
}

static int assume_role_call(creds_ctx *c, const char *profile,
			    const creds_client *cl, cred_keys *out,
			    char *err, size_t errlen)
{
	sts_request rq;
	int rc;
	long dur;

	base_request(&rq, cl, c);
	if (full_get(c, profile, "role_arn", st->role_arn, err, errlen) !=
	    CONFIG_FOUND)
		return -1;
	rc = full_get(c, profile, "role_session_name", st->session, err,
		      errlen);
	if (rc == CONFIG_ERROR)
		return -1;
	rq.session_name_first = rc == CONFIG_FOUND;
	if (rc != CONFIG_FOUND || !st->session[0])
		default_session_name();
	rc = full_get(c, profile, "external_id", st->external_id, err, errlen);
	if (rc == CONFIG_ERROR)
		return -1;
	rq.external_id = rc == CONFIG_FOUND ? st->external_id : NULL;
	rc = full_get(c, profile, "duration_seconds", st->val, err, errlen);
	if (rc == CONFIG_ERROR)
		return -1;
	if (rc == CONFIG_FOUND && py_int_parse(st->val, &dur) == 0)
		rq.duration_seconds = dur;
	rc = full_get(c, profile, "mfa_serial", st->serial, err, errlen);
	if (rc == CONFIG_ERROR)
		return -1;
	if (rc == CONFIG_FOUND) {
		rq.serial_number = st->serial;
		if (prompt_mfa(st->serial, err, errlen) != 0)
			return -1;
		rq.token_code = st->mfa;
	}
	rq.role_arn = st->role_arn;
	rq.role_session_name = st->session;
	rq.access_key = out->access_key;
	rq.secret_key = out->secret_key;
	rq.session_token = out->session_token[0] ? out->session_token : NULL;
	debugf(c, "Calling STS AssumeRole for role %s (profile %s, session %s)"
	       " with credentials %s", st->role_arn, profile, st->session,
	       out->access_key);
	rc = sts_call(&rq, out, err, errlen);
	secure_wipe(st->mfa, sizeof st->mfa);
	out->source = "assume-role";
	if (rc != STS_OK)
		return -1;
	return check_sts_expiry(c, out, err, errlen);
}

static int creds_get_work(creds_ctx *c, const creds_client *cl, cred_keys *out,
	      char *err, size_t errlen)
{
	const char *source = out->source;
	int i, rc = CREDS_OK;

	if (!c->found) {
		snprintf(err, errlen, "Unable to locate credentials. You can "
			 "configure credentials by running \"aws configure\".");
		return CREDS_NONE;
	}
	if (c->base == B_WEB || c->nroles > 0) {
		if (resolve_sts(c, cl, err, errlen) != 0) {
			rc = CREDS_ERROR;
			goto done;
		}
	}
	if (c->base == B_WEB) {
		if (web_identity_call(c, cl, out, err, errlen) != 0)
			rc = CREDS_ERROR;
	} else if (freeze(c, out, err, errlen) != 0) {
		rc = CREDS_ERROR;
	}
	for (i = c->nroles - 1; rc == CREDS_OK && i >= 0; i--)
		if (assume_role_call(c, c->roles[i], cl, out, err, errlen) != 0)
			rc = CREDS_ERROR;
done:
	if (rc != CREDS_OK) {
		wipe_keys(out);
		return rc;
	}
	out->source = c->nroles ? "assume-role" : source;
	return CREDS_OK;
}

int creds_get(creds_ctx *c, const creds_client *cl, cred_keys *out,
	      char *err, size_t errlen)
{
	struct work w, *up = st;
	int rc;

	st = &w;
	rc = creds_get_work(c, cl, out, err, errlen);
	fetch_forget(&w, sizeof w);
	st = up;
	return rc;
}
