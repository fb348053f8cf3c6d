/*
 * fuzz_proxy.c - libFuzzer harness for proxy settings and the CONNECT
 * answer (src/proxy.c): the *_proxy / no_proxy variables read as
 * urllib.request reads them, the proxy URL parsed as urllib3 parses it,
 * the bypass rules, the masked URL and Proxy-Authorization, and the
 * proxy's answer to CONNECT (read over a socket pair).
 *
 * Input: byte 0 bit 0 picks the endpoint scheme (https / http), bit 1
 * sets REQUEST_METHOD; the rest is split at NUL bytes into: endpoint
 * host[:port], http_proxy, HTTPS_PROXY, https_proxy, no_proxy, and the
 * proxy's answer to CONNECT.
 *
 * Invariants: documented codes with messages; a usable proxy has a
 * host and a port in 1..65535; Proxy-Authorization is "Basic " + base64;
 * bypass decisions are 0 or 1 and deterministic; a tunnel result is a
 * documented code with a message on failure.
 */
#include "fuzz_util.h"

#include <sys/socket.h>

#include "http.h"
#include "limits.h"
#include "net.h"
#include "proxy.h"

#define MAX_IN (64 * 1024)

static char store[MAX_IN + 64];
static char envs[5][MAX_IN + 32];
static char url[PROXY_VALUE_MAX + 64];
static char err[1024], masked[PROXY_VALUE_MAX + 64];
static char auth[PROXY_AUTH_MAX];
static char head[RESPONSE_HEAD_MAX_BYTES];
static http_writer w;
static proxy_config p;

static int is_b64(const char *s)
{
	for (; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
		      (*s >= '0' && *s <= '9') || *s == '+' || *s == '/' ||
		      *s == '='))
			return 0;
	return 1;
}

static void tunnel(const char *answer, size_t n)
{
	int sv[2];
	net_conn c;
	long nerr = 0;
	int rc;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
		abort();
	fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);
	if (n && write(sv[1], answer, n) != (ssize_t)n)
		abort();
	shutdown(sv[1], SHUT_WR);
	net_init(&c);
	c.fd = sv[0];
	c.connect_timeout_ms = 2000;
	c.read_timeout_ms = 2000;
	err[0] = '\0';
	rc = proxy_tunnel(&p, &c, "swf.us-east-1.amazonaws.com", 443, &w,
			  head, sizeof head, &nerr, err, sizeof err);
	FUZZ_REQUIRE(rc <= PROXY_OK && rc >= PROXY_E_ARG);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc != PROXY_OK)
		FUZZ_REQUIRE(err[0] != '\0');
	FUZZ_REQUIRE(proxy_strerror(rc) != NULL);
	close(sv[0]);
	close(sv[1]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[5] = {
		"http_proxy=", "HTTPS_PROXY=", "https_proxy=", "no_proxy=",
		"REQUEST_METHOD=GET"
	};
	char *part[6] = { 0 };
	char *envp[7];
	int n, k, ne = 0, rc, b1, b2;
	const char *v;

	if (size < 1 || size > MAX_IN)
		return 0;
	n = fuzz_split(data + 1, size - 1, store, sizeof store, part, 6);
	for (k = n; k < 6; k++)
		part[k] = (char *)"";
	for (k = 0; k < 4; k++) {
		if (!*part[k + 1] && (k & 1))
			continue;  /* absent rather than empty */
		snprintf(envs[k], sizeof envs[k], "%s%s", names[k],
			 part[k + 1]);
		envp[ne++] = envs[k];
	}
	if (data[0] & 2)
		envp[ne++] = (char *)names[4];
	envp[ne] = NULL;
	snprintf(url, sizeof url, "%s://%.*s/", (data[0] & 1) ? "https" :
		 "http", (int)(sizeof url - 16), part[0]);

	for (k = 0; k < 3; k++) {
		v = proxy_env_value(envp, k == 0 ? "https" : k == 1 ? "http" :
				    "no");
		FUZZ_REQUIRE(v == NULL ||
			     ((uintptr_t)v >= (uintptr_t)envs &&
			      (uintptr_t)v < (uintptr_t)envs + sizeof envs));
	}
	v = proxy_env_value(envp, "no");
	b1 = proxy_bypass(part[0], strlen(part[0]), v);
	b2 = proxy_bypass(part[0], strlen(part[0]), v);
	FUZZ_REQUIRE((b1 == 0 || b1 == 1) && b1 == b2);

	proxy_init(&p);
	err[0] = '\0';
	rc = proxy_select(&p, url, envp, err, sizeof err);
	FUZZ_REQUIRE(rc <= PROXY_OK && rc >= PROXY_E_ARG);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc != PROXY_OK) {
		FUZZ_REQUIRE(err[0] != '\0');
		return 0;
	}
	if (!p.enabled)
		return 0;
	proxy_masked_url(&p, masked, sizeof masked);
	FUZZ_REQUIRE(fuzz_terminated(masked, sizeof masked));
	if (p.status != PROXY_OK)
		return 0;
	FUZZ_REQUIRE(p.host[0] != '\0' && p.port >= 1 && p.port <= 65535);
	if (proxy_auth_value(&p, auth)) {
		FUZZ_REQUIRE(p.has_auth && strncmp(auth, "Basic ", 6) == 0 &&
			     is_b64(auth + 6));
	} else {
		FUZZ_REQUIRE(!p.has_auth);
	}
	tunnel(part[5], strlen(part[5]));
	return 0;
}
