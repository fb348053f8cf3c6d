/*
 * test_sts.c - STS endpoint rules, form encoding, and the checks made
 * before anything is sent (botocore's parameter validation, the web
 * identity token file).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "sts.h"

static void test_endpoints(void)
{
	static const struct {
		const char *region, *regional, *configured;
		int fips, dual;
		const char *url, *sign;
	} t[] = {
		{"us-east-1", NULL, NULL, 0, 0,
		 "https://sts.us-east-1.amazonaws.com", "us-east-1"},
		{"eu-west-1", "regional", NULL, 0, 0,
		 "https://sts.eu-west-1.amazonaws.com", "eu-west-1"},
		{"eu-west-1", "legacy", NULL, 0, 0,
		 "https://sts.amazonaws.com", "us-east-1"},
		{"ap-east-1", "legacy", NULL, 0, 0,
		 "https://sts.ap-east-1.amazonaws.com", "ap-east-1"},
		{"us-west-2", "legacy", NULL, 1, 0,
		 "https://sts-fips.us-west-2.amazonaws.com", "us-west-2"},
		{"aws-global", NULL, NULL, 0, 0,
		 "https://sts.amazonaws.com", "us-east-1"},
		{"cn-north-1", NULL, NULL, 0, 0,
		 "https://sts.cn-north-1.amazonaws.com.cn", "cn-north-1"},
		{"us-gov-west-1", NULL, NULL, 1, 0,
		 "https://sts.us-gov-west-1.amazonaws.com", "us-gov-west-1"},
		{"us-east-1", NULL, NULL, 0, 1,
		 "https://sts.us-east-1.api.aws", "us-east-1"},
		{"us-east-1", NULL, NULL, 1, 1,
		 "https://sts-fips.us-east-1.api.aws", "us-east-1"},
		{"us-iso-east-1", NULL, NULL, 0, 0,
		 "https://sts.us-iso-east-1.c2s.ic.gov", "us-iso-east-1"},
		{"eu-west-1", NULL, "http://127.0.0.1:8/", 1, 1,
		 "http://127.0.0.1:8/", "eu-west-1"},
	};
	sts_endpoint_in in;
	sts_endpoint out;
	char err[256];
	size_t i;
	int rc;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		memset(&in, 0, sizeof in);
		in.region = t[i].region;
		in.regional = t[i].regional;
		in.configured = t[i].configured;
		in.use_fips = t[i].fips;
		in.use_dualstack = t[i].dual;
		err[0] = '\0';
		rc = sts_resolve_endpoint(&in, &out, err, sizeof err);
		CHECK(rc == STS_OK && strcmp(out.url, t[i].url) == 0 &&
		      strcmp(out.signing_region, t[i].sign) == 0,
		      "%s fips %d dual %d: %s %s %s", t[i].region, t[i].fips,
		      t[i].dual, out.url, out.signing_region, err);
	}
	memset(&in, 0, sizeof in);
	in.region = "us-east-1";
	in.regional = "bogus";
	in.configured = "http://127.0.0.1:8/";
	CHECK(sts_resolve_endpoint(&in, &out, err, sizeof err) == STS_ERROR &&
	      strcmp(err, "STS regional endpoints option bogus is invalid. "
		     "Valid options are: \"legacy\", \"regional\"") == 0,
	      "invalid option, even with an endpoint: %s", err);
	memset(&in, 0, sizeof in);
	CHECK(sts_resolve_endpoint(&in, &out, err, sizeof err) == STS_ERROR &&
	      strcmp(err, "Invalid Configuration: Missing Region") == 0,
	      "no region: %s", err);
}

static void test_form(void)
{
	char out[64];
	size_t n = 0;

	CHECK(sts_form_encode(out, sizeof out, &n, "a b/c:~_.-\xc3\xa4&=", 14)
	      == 0 && strcmp(out, "a+b%2Fc%3A~_.-%C3%A4%26%3D") == 0,
	      "quote_plus: %s", out);
	n = 0;
	CHECK(sts_form_encode(out, 4, &n, "abcd", 4) == -1, "overflow");
}

static void test_validation(void)
{
	static const sts_endpoint ep = { "http://127.0.0.1:9/", "us-east-1" };
	sts_request rq;
	cred_keys out;
	char err[512], dir[] = "/tmp/swf-sts-XXXXXX", file[64];
	FILE *f;

	memset(&rq, 0, sizeof rq);
	rq.endpoint = &ep;
	rq.max_attempts = 1;
	rq.duration_seconds = 100;
	rq.role_arn = "arn:short";
	rq.role_session_name = "x";
	rq.external_id = "e";
	rq.session_name_first = 1;
	rq.access_key = "AKID";
	rq.secret_key = "secret";
	CHECK(sts_call(&rq, &out, err, sizeof err) == STS_ERROR &&
	      strcmp(err, "Parameter validation failed:\n"
		     "Invalid length for parameter RoleSessionName, value: 1, "
		     "valid min length: 2\n"
		     "Invalid length for parameter ExternalId, value: 1, valid "
		     "min length: 2\n"
		     "Invalid value for parameter DurationSeconds, value: 100, "
		     "valid min value: 900\n"
		     "Invalid length for parameter RoleArn, value: 9, valid min "
		     "length: 20") == 0, "AssumeRole checks: %s", err);

	CHECK(mkdtemp(dir) != NULL, "temporary directory");
	memset(&rq, 0, sizeof rq);
	rq.endpoint = &ep;
	rq.max_attempts = 1;
	rq.duration_seconds = -1;
	rq.web_identity = 1;
	rq.role_arn = "arn:aws:iam::123456789012:role/web-role";
	rq.role_session_name = "botocore-session-1";
	snprintf(file, sizeof file, "%s/missing", dir);
	rq.token_file = file;
	CHECK(sts_call(&rq, &out, err, sizeof err) == STS_ERROR &&
	      strncmp(err, "[Errno 2] No such file or directory: '", 38) == 0,
	      "missing token file: %s", err);
	rq.token_file = dir;
	CHECK(sts_call(&rq, &out, err, sizeof err) == STS_ERROR &&
	      strncmp(err, "[Errno 21] Is a directory: '", 28) == 0,
	      "token file is a directory: %s", err);
	snprintf(file, sizeof file, "%s/token", dir);
	f = fopen(file, "w");
	if (f) {
		fputs("ab\r\n", f);
		fclose(f);
	}
	rq.token_file = file;
	CHECK(sts_call(&rq, &out, err, sizeof err) == STS_ERROR &&
	      strcmp(err, "Parameter validation failed:\nInvalid length for "
		     "parameter WebIdentityToken, value: 3, valid min length: "
		     "4") == 0, "short token (CRLF read as LF): %s", err);
	f = fopen(file, "w");
	if (f) {
		fputs("long-enough-token", f);
		fclose(f);
	}
	CHECK(sts_call(&rq, &out, err, sizeof err) == STS_ERROR &&
	      strcmp(err, "Could not connect to the endpoint URL: "
		     "\"http://127.0.0.1:9/\"") == 0, "then sent: %s", err);
	unlink(file);
	rmdir(dir);
}

int main(void)
{
	test_endpoints();
	test_form();
	test_validation();
	return check_done();
}
