/*
 * fuzz_call.c - libFuzzer harness for one whole call (src/call.c over
 * src/http.c and src/net.c): the request is signed and sent to a loopback
 * listener of this process, which answers with the fuzzer's bytes and
 * closes; the response is read and classified as botocore would (status,
 * error body as JSON, __type, message, x-amzn-query-error, retryable).
 *
 * Input: byte 0 bit 0 turns the debug output on (formatted, then
 * dropped); the rest is what the server sends.
 *
 * Invariants: the outcome is a call_outcome; one attempt is made (no
 * retries are configured); a service error has a status >= 300;
 * success has a status below 300; every message is a C string.
 */
#include "fuzz_util.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/socket.h>

#include "call.h"
#include "cli.h"
#include "params.h"

#define MAX_IN (64 * 1024)

static int lfd = -1;
static unsigned port;
static pthread_t thr;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static const uint8_t *answer;
static size_t answer_len;
static int pending, served;
static params prm;
static call_config cfg;
static call_result res;
static unsigned long debug_bytes;

/* Accept one connection per input, send the answer, drain, close. */
static void *serve(void *arg)
{
	char buf[4096];
	int fd;
	size_t off;
	ssize_t w;

	(void)arg;
	for (;;) {
		pthread_mutex_lock(&mu);
		while (!pending)
			pthread_cond_wait(&cv, &mu);
		pthread_mutex_unlock(&mu);
		fd = accept(lfd, NULL, NULL);
		if (fd >= 0) {
			for (off = 0; off < answer_len; off += (size_t)w) {
				w = send(fd, answer + off, answer_len - off,
					 MSG_NOSIGNAL);
				if (w <= 0)
					break;
			}
			shutdown(fd, SHUT_WR);
			while (recv(fd, buf, sizeof buf, 0) > 0)
				;
			close(fd);
		}
		pthread_mutex_lock(&mu);
		pending = 0;
		served = 1;
		pthread_cond_broadcast(&cv);
		pthread_mutex_unlock(&mu);
	}
	return NULL;
}

static void debug_sink(void *ctx, const char *line)
{
	(void)ctx;
	debug_bytes += strlen(line);
}

static void setup(void)
{
	struct sockaddr_in a;
	socklen_t al = sizeof a;
	cli_args ca;
	char err[1024];

	lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 ||
	    listen(lfd, 8) != 0 ||
	    getsockname(lfd, (struct sockaddr *)&a, &al) != 0)
		abort();
	port = ntohs(a.sin_port);
	if (pthread_create(&thr, NULL, serve, NULL) != 0)
		abort();
	memset(&ca, 0, sizeof ca);
	ca.task_token = "fuzz-token";
	ca.details = "details \xc3\xa9";
	if (params_load(&prm, &ca, err, sizeof err) != 0 ||
	    params_validate(&prm, err, sizeof err) != 0)
		abort();
	cfg.https = 0;
	cfg.host = "127.0.0.1";
	cfg.port = port;
	cfg.host_header = "127.0.0.1";
	cfg.sign_host = "127.0.0.1";
	cfg.path = "/";
	cfg.query = "";
	cfg.target = "/";
	cfg.url = "http://127.0.0.1/";
	cfg.verify_ssl = 1;
	cfg.sign = 1;
	cfg.region = "us-east-1";
	cfg.access_key = "AKIDEXAMPLE";
	cfg.secret_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
	cfg.session_token = NULL;
	cfg.envp = NULL;
	cfg.connect_timeout_ms = 5000;
	cfg.read_timeout_ms = 5000;
	cfg.standard_mode = 0;
	cfg.max_attempts = 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int rc;

	if (size < 1 || size > MAX_IN)
		return 0;
	if (lfd < 0)
		setup();
	cfg.debug = (data[0] & 1) ? debug_sink : NULL;
	pthread_mutex_lock(&mu);
	answer = data + 1;
	answer_len = size - 1;
	served = 0;
	pending = 1;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&mu);

	rc = call_run(&cfg, &prm, &res);

	pthread_mutex_lock(&mu);
	while (!served)
		pthread_cond_wait(&cv, &mu);
	pthread_mutex_unlock(&mu);

	FUZZ_REQUIRE(rc == res.outcome);
	FUZZ_REQUIRE(rc >= CALL_OK && rc <= CALL_INTERNAL);
	FUZZ_REQUIRE(res.attempts == 1);
	FUZZ_REQUIRE(fuzz_terminated(res.code, sizeof res.code));
	FUZZ_REQUIRE(fuzz_terminated(res.message, sizeof res.message));
	FUZZ_REQUIRE(fuzz_terminated(res.detail, sizeof res.detail));
	if (rc == CALL_OK)
		FUZZ_REQUIRE(res.status >= 100 && res.status < 300);
	/* (the code may be empty: botocore keeps what follows the last '#'
	 * of __type, "" for "A#") */
	if (rc == CALL_SERVICE_ERROR)
		FUZZ_REQUIRE(res.status >= 300);
	/* nothing but the loopback answer can make a connect error */
	FUZZ_REQUIRE(rc != CALL_CONNECT_ERROR && rc != CALL_CONNECT_TIMEOUT &&
		     rc != CALL_TLS_ERROR && rc != CALL_PROXY_ERROR);
	return 0;
}
