/*
 * test_tls.c - the TLS client against loopback servers.
 *
 * tests/tls_certs.sh makes the certificate matrix with openssl in a
 * temporary directory; tests/tls_server.py serves each case on its own
 * 127.0.0.1 port.  Each case checks the outcome code and, for failures,
 * the exact text the AWS CLI prints after "SSL validation failed for URL "
 * (recorded from aws-cli 1.45 / Python 3.11 / OpenSSL 3.0 against the same
 * servers).
 */
#include "check.h"

#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "net.h"
#include "tls.h"
#include "truststore.h"

static char dir[64];
static char ports[2048];
static pid_t server;
static int server_in = -1;
static truststore anchors;
static tls_conn tls;
static net_conn net;

#define SSL_VF "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
#define SFX " (_ssl.c:1006)"

static int sh(const char *fmt, ...)
{
	char cmd[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof cmd, fmt, ap);
	va_end(ap);
	return system(cmd);
}

static int start_server(void)
{
	int in[2], out[2];
	const char *py = getenv("PYTHON");
	struct pollfd p;
	size_t n = 0;
	ssize_t r;

	if (!py || !*py)
		py = "python3";
	if (pipe(in) < 0 || pipe(out) < 0)
		return -1;
	server = fork();
	if (server < 0)
		return -1;
	if (server == 0) {
		dup2(in[0], 0);
		dup2(out[1], 1);
		close(in[1]);
		close(out[0]);
		execlp(py, py, "tests/tls_server.py", dir, (char *)NULL);
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	server_in = in[1];
	while (n + 1 < sizeof ports && !memchr(ports, '\n', n)) {
		p.fd = out[0];
		p.events = POLLIN;
		if (poll(&p, 1, 20000) <= 0)
			break;
		r = read(out[0], ports + n, sizeof ports - 1 - n);
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	ports[n] = '\0';
	close(out[0]);
	return memchr(ports, '\n', n) ? 0 : -1;
}

static unsigned port_of(const char *name)
{
	char key[64];
	const char *p;

	snprintf(key, sizeof key, "\"%s\": ", name);
	p = strstr(ports, key);
	return p ? (unsigned)atoi(p + strlen(key)) : 0;
}

/* Connect to case name and handshake; returns the tls_connect result. */
static int hs(const char *name, const char *host, int verify,
	      const truststore *ts, int hs_timeout, int read_timeout)
{
	tls_options o;
	char err[TLS_ERR_LEN];
	int r;

	net_init(&net);
	r = net_connect(&net, "127.0.0.1", port_of(name), 5000,
			read_timeout, err, sizeof err);
	if (r != NET_OK) {
		CHECK(0, "%s: connect: %s", name, err);
		return 999;
	}
	tls_options_init(&o);
	o.verify = verify;
	o.host = host;
	o.anchors = ts;
	o.handshake_timeout_ms = hs_timeout;
	err[0] = '\0';
	r = tls_connect(&tls, &net, &o, err, sizeof err);
	CHECK(strcmp(err, r == TLS_OK ? "" : tls.err) == 0,
	      "%s: err buffer and t->err agree", name);
	return r;
}

static void done(void)
{
	tls_close(&tls);
	net_close(&net);
}

/* One request, the whole response back; checks status and body. */
static void exchange(const char *name, const char *path, size_t body_len)
{
	static char resp[200000];
	char req[256];
	size_t n = 0, i;
	long r;
	const char *body;
	int ok = 1;

	snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: x\r\n\r\n", path);
	CHECK(tls_write_all(&tls, req, strlen(req)) == TLS_OK, "%s: write: %s",
	      name, tls.err);
	while (n < sizeof resp - 1) {
		r = tls_read(&tls, resp + n, sizeof resp - 1 - n);
		if (r <= 0) {
			CHECK(r == 0, "%s: read: %ld %s", name, r, tls.err);
			break;
		}
		n += (size_t)r;
	}
	resp[n] = '\0';
	CHECK(strncmp(resp, "HTTP/1.1 200 OK\r\n", 17) == 0, "%s: status",
	      name);
	body = strstr(resp, "\r\n\r\n");
	CHECK(body && (size_t)(resp + n - (body + 4)) == body_len,
	      "%s: body length", name);
	if (body && body_len == 2)
		CHECK_STR(body + 4, "{}", "%s: body", name);
	if (body && body_len > 2) {
		for (i = 0; i < body_len && ok; i++)
			ok = (unsigned char)body[4 + i] == (i & 0xFF);
		CHECK(ok, "%s: body pattern", name);
	}
	/* the end of the stream stays the end */
	CHECK(tls_read(&tls, resp, 10) == 0, "%s: EOF again", name);
}

static void expect_ok(const char *name, const char *host, int verify)
{
	int r = hs(name, host, verify, &anchors, TLS_HS_CONNECT_TIMEOUT, 5000);

	CHECK(r == TLS_OK, "%s/%s verify=%d: %d %s", name, host, verify, r,
	      tls.err);
	if (r == TLS_OK)
		exchange(name, "/", 2);
	done();
}

static void expect_fail(const char *name, const char *host, int code,
			const char *text)
{
	int r = hs(name, host, 1, &anchors, TLS_HS_CONNECT_TIMEOUT, 5000);

	CHECK(r == code, "%s/%s: code %d want %d (%s)", name, host, r, code,
	      tls.err);
	CHECK_STR(tls.err, text, "%s/%s: text", name, host);
	CHECK(r >= TLS_E_LAST_VERIFY && r <= TLS_E_FIRST_VERIFY,
	      "%s: an 'SSL validation failed' code", name);
	done();
}

static void test_verify(void)
{
	char err[256];
	int r;

	truststore_init(&anchors);
	snprintf(err, sizeof err, "%s/ca-all.pem", dir);
	r = truststore_load_file(&anchors, err, 0, err, sizeof err);
	CHECK(r == TS_OK && truststore_count(&anchors) == 2, "anchors: %s", err);

	expect_ok("chain", "localhost", 1);      /* RSA, intermediate sent */
	expect_ok("chain", "127.0.0.1", 1);      /* IP SAN */
	expect_ok("direct", "localhost", 1);
	expect_ok("ec", "localhost", 1);         /* ECDSA chain */
	expect_ok("ip", "127.0.0.1", 1);
	expect_ok("wildcard", "foo.example.test", 1);
	expect_ok("wildcard", "FOO.Example.TEST", 1);
	expect_ok("cnonly", "localhost", 1);     /* no SAN: CN */
	expect_ok("ipnotsan", "localhost", 1);

	expect_fail("expired", "localhost", TLS_E_EXPIRED,
		    SSL_VF "certificate has expired" SFX);
	expect_fail("notyet", "localhost", TLS_E_NOT_YET_VALID,
		    SSL_VF "certificate is not yet valid" SFX);
	expect_fail("selfsigned", "localhost", TLS_E_SELF_SIGNED,
		    SSL_VF "self-signed certificate" SFX);
	expect_fail("untrusted", "localhost", TLS_E_UNTRUSTED_ROOT,
		    SSL_VF "self-signed certificate in certificate chain" SFX);
	expect_fail("missingica", "localhost", TLS_E_UNKNOWN_ISSUER,
		    SSL_VF "unable to get local issuer certificate" SFX);
	expect_fail("wronghost", "localhost", TLS_E_HOSTNAME,
		    "hostname 'localhost' doesn't match 'other.example.test'");
	expect_fail("wildcard", "localhost", TLS_E_HOSTNAME,
		    "hostname 'localhost' doesn't match '*.example.test'");
	expect_fail("wildcard", "a.b.example.test", TLS_E_HOSTNAME,
		    "hostname 'a.b.example.test' doesn't match '*.example.test'");
	expect_fail("ip", "localhost", TLS_E_HOSTNAME,
		    "hostname 'localhost' doesn't match either of '127.0.0.1', "
		    "'0:0:0:0:0:0:0:1'");
	expect_fail("multi", "localhost", TLS_E_HOSTNAME,
		    "hostname 'localhost' doesn't match either of "
		    "'a.example.test', 'b.example.test', '10.9.8.7'");
	expect_fail("multi", "127.0.0.1", TLS_E_IP_MISMATCH,
		    "hostname '127.0.0.1' doesn't match either of "
		    "'a.example.test', 'b.example.test', '10.9.8.7'");
	expect_fail("ipnotsan", "127.0.0.1", TLS_E_IP_MISMATCH,
		    "hostname '127.0.0.1' doesn't match either of 'localhost', "
		    "'10.1.2.3'");
	expect_fail("cnonly", "127.0.0.1", TLS_E_IP_MISMATCH,
		    "no appropriate subjectAltName fields were found");
	expect_fail("rsakx", "localhost", TLS_E_HANDSHAKE,
		    "[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake "
		    "failure" SFX);
	expect_fail("tls11", "localhost", TLS_E_PROTOCOL_VERSION,
		    "[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol "
		    "version" SFX);
	/* the CLI (TLS 1.3) succeeds here; BearSSL has TLS 1.2 at most */
	expect_fail("tls13", "localhost", TLS_E_PROTOCOL_VERSION,
		    "[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol "
		    "version" SFX);
	expect_fail("plain", "localhost", TLS_E_NOT_TLS,
		    "[SSL: WRONG_VERSION_NUMBER] wrong version number" SFX);
	expect_fail("eof", "localhost", TLS_E_EOF,
		    "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in "
		    "violation of protocol" SFX);
	expect_fail("closenotify", "localhost", TLS_E_EOF,
		    "TLS/SSL connection has been closed (EOF)" SFX);
	expect_fail("closenotify-cut", "localhost", TLS_E_EOF,
		    "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in "
		    "violation of protocol" SFX);

	/* only the ECDSA root: the RSA chain is not trusted */
	truststore_init(&anchors);
	snprintf(err, sizeof err, "%s/ca-ec.pem", dir);
	truststore_load_file(&anchors, err, 0, err, sizeof err);
	expect_ok("ec", "localhost", 1);
	expect_fail("direct", "localhost", TLS_E_UNKNOWN_ISSUER,
		    SSL_VF "unable to get local issuer certificate" SFX);
}

static void test_no_verify(void)
{
	static const char *const cases[] = {
		"chain", "direct", "ec", "ip", "wildcard", "multi", "cnonly",
		"expired", "notyet", "wronghost", "ipnotsan", "selfsigned",
		"untrusted", "missingica"
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		expect_ok(cases[i], "localhost", 0);
	expect_ok("ipnotsan", "127.0.0.1", 0);
	/* no verification needs no anchors at all */
	CHECK(hs("expired", "wrong.example", 0, NULL, TLS_HS_CONNECT_TIMEOUT,
		 5000) == TLS_OK, "no anchors, no verify: %s", tls.err);
	done();
}

static void test_big(void)
{
	char path[128];
	int r;

	truststore_init(&anchors);
	snprintf(path, sizeof path, "%s/ca-all.pem", dir);
	truststore_load_file(&anchors, path, 0, NULL, 0);
	r = hs("chain", "localhost", 1, &anchors, TLS_HS_CONNECT_TIMEOUT, 5000);

	CHECK(r == TLS_OK, "big: %s", tls.err);
	if (r == TLS_OK)
		exchange("big", "/big/150000", 150000);
	done();
}

static void test_timeouts(void)
{
	int r;

	/* the handshake is bounded by the connect timeout (as urllib3) */
	net_init(&net);
	r = hs("silent", "localhost", 1, &anchors, 300, 60000);
	CHECK(r == TLS_E_TIMEOUT, "silent, explicit bound: %d %s", r, tls.err);
	CHECK(net.read_timeout_ms == 60000, "read timeout restored");
	done();
	r = hs("silent", "localhost", 1, &anchors, TLS_HS_READ_TIMEOUT, 300);
	CHECK(r == TLS_E_TIMEOUT, "silent, read timeout: %d %s", r, tls.err);
	CHECK(r == NET_ETIMEOUT, "TLS_E_TIMEOUT is NET_ETIMEOUT");
	done();
}

static void test_ca_bundle(void)
{
	tls_options o;
	char err[TLS_ERR_LEN], path[128];
	int r;

	/* anchors loaded by tls_connect from a bundle file; kept between
	 * connections */
	snprintf(path, sizeof path, "%s/ca-all.pem", dir);
	net_init(&net);
	net_connect(&net, "127.0.0.1", port_of("chain"), 5000, 5000, err,
		    sizeof err);
	tls_options_init(&o);
	o.host = "localhost";
	o.ca_bundle = path;
	r = tls_connect(&tls, &net, &o, err, sizeof err);
	CHECK(r == TLS_OK && tls.store_state == 2, "ca_bundle: %d %s", r, err);
	done();
	net_connect(&net, "127.0.0.1", port_of("ec"), 5000, 5000, err,
		    sizeof err);
	r = tls_connect(&tls, &net, &o, err, sizeof err);
	CHECK(r == TLS_OK, "ca_bundle again: %d %s", r, err);
	done();
	/* a missing bundle: the CLI's words, the file named in detail */
	snprintf(path, sizeof path, "%s/missing.pem", dir);
	net_connect(&net, "127.0.0.1", port_of("chain"), 5000, 5000, err,
		    sizeof err);
	r = tls_connect(&tls, &net, &o, err, sizeof err);
	CHECK(r == TLS_E_CA_BUNDLE, "missing bundle: %d", r);
	CHECK_STR(err, "[Errno 2] No such file or directory", "missing text");
	CHECK(strstr(tls.detail, path) != NULL, "detail names the file: %s",
	      tls.detail);
	done();
	/* a bundle that is not PEM */
	snprintf(path, sizeof path, "%s/ext.cnf", dir);
	net_connect(&net, "127.0.0.1", port_of("chain"), 5000, 5000, err,
		    sizeof err);
	r = tls_connect(&tls, &net, &o, err, sizeof err);
	CHECK(r == TLS_E_CA_BUNDLE, "no certificate: %d", r);
	CHECK_STR(err, "[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or "
		  "crl found (_ssl.c:4154)", "no certificate text");
	done();
	/* bad arguments */
	tls_options_init(&o);
	r = tls_connect(&tls, &net, &o, err, sizeof err);
	CHECK(r == TLS_E_ARG, "closed net_conn / no host: %d", r);
}

int main(void)
{
	signal(SIGPIPE, SIG_IGN);
	strcpy(dir, "/tmp/test_tls.XXXXXX");
	if (!mkdtemp(dir) || sh("sh tests/tls_certs.sh %s", dir) != 0
	    || start_server() != 0) {
		CHECK(0, "cannot set up certificates and servers (%s)", ports);
		return check_done();
	}
	test_verify();
	test_no_verify();
	test_big();
	test_timeouts();
	test_ca_bundle();
	close(server_in);
	waitpid(server, NULL, 0);
	sh("rm -rf %s", dir);
	return check_done();
}
