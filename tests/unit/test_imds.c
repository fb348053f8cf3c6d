/*
 * test_imds.c - which container credentials URL is used and which hosts
 * botocore allows (never connecting: 169.254.170.2 is only named here).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "imds.h"

static void test_allowed(void)
{
	static const struct { const char *url; const char *host; } t[] = {
		{"http://127.0.0.1:9/x", NULL},
		{"http://127.200.3.4/x", NULL},
		{"http://[::1]:8080/x", NULL},
		{"http://localhost/x", NULL},
		{"http://LOCALHOST:80/x", NULL},
		{"http://169.254.170.2/v2/credentials/abc", NULL},
		{"http://169.254.170.23/v1/credentials", NULL},
		{"http://[fd00:ec2::23]/v1/credentials", NULL},
		{"https://creds.example.invalid/anything", NULL},
		{"HTTPS://creds.example.invalid/", NULL},
		{"http://user@127.0.0.1/x", NULL},
		{"http://creds.example.invalid/x", "creds.example.invalid"},
		{"http://Creds.Example.Invalid:80/x", "creds.example.invalid"},
		{"http://128.0.0.1/x", "128.0.0.1"},
		{"http://127.0.0.01/x", "127.0.0.01"},
		{"http://127.1/x", "127.1"},
		{"http://169.254.169.254/x", "169.254.169.254"},
		{"http://[fd00:ec2::254]/x", "fd00:ec2::254"},
		{"", "None"},
		{"not a url", "None"},
		{"127.0.0.1:9/x", "None"},
	};
	char err[256], want[256];
	size_t i;
	int rc;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		err[0] = '\0';
		rc = container_url_allowed(t[i].url, err, sizeof err);
		if (!t[i].host) {
			CHECK(rc == 0, "%s allowed: %s", t[i].url, err);
			continue;
		}
		snprintf(want, sizeof want, "Unsupported host '%s'.  Can only "
			 "retrieve metadata from a loopback address or one of "
			 "these hosts: 169.254.170.2, 169.254.170.23, "
			 "fd00:ec2::23, localhost", t[i].host);
		CHECK(rc == -1 && strcmp(err, want) == 0, "%s refused: %s",
		      t[i].url, err);
	}
}

static void test_url_choice(void)
{
	char url[256];

	unsetenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
	unsetenv("AWS_CONTAINER_CREDENTIALS_FULL_URI");
	CHECK(container_url(url, sizeof url) == -1, "neither set");
	setenv("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:5/c", 1);
	CHECK(container_url(url, sizeof url) == 0 &&
	      strcmp(url, "http://127.0.0.1:5/c") == 0, "full: %s", url);
	setenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/x", 1);
	CHECK(container_url(url, sizeof url) == 0 &&
	      strcmp(url, "http://169.254.170.2/v2/credentials/x") == 0,
	      "relative wins: %s", url);
	setenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "", 1);
	CHECK(container_url(url, sizeof url) == 0 &&
	      strcmp(url, "http://169.254.170.2") == 0,
	      "relative even when empty: %s", url);
	CHECK(container_url(url, 10) == -1, "too long");
	unsetenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
	unsetenv("AWS_CONTAINER_CREDENTIALS_FULL_URI");
}

static void test_disabled(void)
{
	imds_config c;
	cred_keys k;
	char role[64], err[128];

	memset(&c, 0, sizeof c);
	c.disabled = 1;
	strcpy(c.base_url, IMDS_DEFAULT_V4);
	c.timeout_s = 1;
	c.attempts = 1;
	CHECK(imds_fetch(&c, &k, role, sizeof role, err, sizeof err) ==
	      IMDS_NONE, "disabled: no request, no credentials");
}

int main(void)
{
	test_allowed();
	test_url_choice();
	test_disabled();
	return check_done();
}
