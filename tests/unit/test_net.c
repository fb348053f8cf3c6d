/*
 * test_net.c - TCP client on real loopback sockets (127.0.0.1 and ::1
 * only), with tiny servers forked by the test: connect, refused port,
 * resolve failure, read/connect/write timeouts, reset by peer, large
 * writes through small socket buffers, SIGPIPE safety, and HTTP over a
 * net_conn.
 */
#include "net.h"
#include "http.h"
#include "check.h"

#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BIG (16u << 20)              /* bytes for the large-write test */

static unsigned char big[BIG];
static char errbuf[256];

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A socket bound to the loopback address of family on an ephemeral port;
 * *port gets the port.  Returns -1 when that family is unavailable. */
static int bound_socket(int family, unsigned *port)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int fd, one = 1;

	memset(&ss, 0, sizeof ss);
	if (family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)&ss;
		in->sin_family = AF_INET;
		in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		len = sizeof *in;
	} else {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
		in6->sin6_family = AF_INET6;
		in6->sin6_addr = in6addr_loopback;
		len = sizeof *in6;
	}
	fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (bind(fd, (struct sockaddr *)&ss, len) != 0) {
		close(fd);
		return -1;
	}
	if (getsockname(fd, (struct sockaddr *)&ss, &len) != 0) {
		close(fd);
		return -1;
	}
	*port = family == AF_INET
		? ntohs(((struct sockaddr_in *)&ss)->sin_port)
		: ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
	return fd;
}

static int listener(int family, unsigned *port, int backlog)
{
	int fd = bound_socket(family, port);

	if (fd >= 0 && listen(fd, backlog) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* Read exactly n bytes from a blocking fd; 0 on success. */
static int read_full(int fd, void *buf, size_t n)
{
	unsigned char *p = buf;
	ssize_t r;

	while (n > 0) {
		r = read(fd, p, n);
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

static int write_full(int fd, const void *buf, size_t n)
{
	const unsigned char *p = buf;
	ssize_t r;

	while (n > 0) {
		r = write(fd, p, n);
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

/* Wait until the peer closes (read returns 0 or fails). */
static void drain(int fd)
{
	char b[4096];

	while (read(fd, b, sizeof b) > 0)
		;
}

typedef int (*server_fn)(int cfd, void *arg);

/*
 * Fork a server that accepts one connection on lfd and runs fn on it; the
 * child exits with fn's result (killed by alarm after 20 s at most).  The
 * parent's copy of lfd is closed.
 */
static pid_t serve(int lfd, server_fn fn, void *arg)
{
	pid_t pid = fork();
	int cfd;

	if (pid == 0) {
		alarm(20);
		cfd = accept(lfd, NULL, NULL);
		if (cfd < 0)
			_exit(90);
		close(lfd);
		_exit(fn(cfd, arg));
	}
	close(lfd);
	return pid;
}

/* The child's exit status, or -1 if it did not exit normally. */
static int reap(pid_t pid)
{
	int st;

	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* ---- servers -------------------------------------------------------------- */

static int srv_echo_ping(int fd, void *arg)
{
	char b[4];

	if (read_full(fd, b, 4) != 0 || memcmp(b, "ping", 4) != 0)
		return 1;
	if (write_full(fd, "pong", 4) != 0)
		return 2;
	close(fd);
	return 0;
}

static int srv_silent(int fd, void *arg)
{
	drain(fd);
	return 0;
}

/* Neither read nor write until the parent closes the pipe in arg. */
static int srv_idle(int fd, void *arg)
{
	int *pfd = arg;
	char b;

	close(pfd[1]);
	while (read(pfd[0], &b, 1) > 0)
		;
	return 0;
}

static int srv_reset(int fd, void *arg)
{
	struct linger lg = { 1, 0 };
	char b[5];

	if (read_full(fd, b, 5) != 0)
		return 1;
	setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
	close(fd);
	return 0;
}

static int srv_close(int fd, void *arg)
{
	close(fd);
	return 0;
}

static uint64_t fnv(uint64_t h, const unsigned char *p, size_t n)
{
	while (n--) {
		h ^= *p++;
		h *= 1099511628211ULL;
	}
	return h;
}

/* Read to EOF slowly, then reply with the byte count and hash. */
static int srv_hash(int fd, void *arg)
{
	unsigned char b[1000];
	uint64_t h = 14695981039346656037ULL, n = 0, out[2];
	struct timespec pause = { 0, 50 * 1000 * 1000 };
	ssize_t r;

	nanosleep(&pause, NULL);
	while ((r = read(fd, b, sizeof b)) > 0) {
		h = fnv(h, b, (size_t)r);
		n += (uint64_t)r;
	}
	out[0] = n;
	out[1] = h;
	return write_full(fd, out, sizeof out) == 0 ? 0 : 1;
}

/* HTTP: expect a POST with a 2-byte body, answer with "hello". */
static int srv_http(int fd, void *arg)
{
	char req[1024];
	const char *resp = "HTTP/1.1 200 OK\r\nx-amzn-RequestId: r-1\r\n"
			   "Content-Length: 5\r\n\r\nhello";
	size_t n = 0;
	char *end;
	ssize_t r;

	for (;;) {
		r = read(fd, req + n, sizeof req - 1 - n);
		if (r <= 0)
			return 1;
		n += (size_t)r;
		req[n] = '\0';
		end = strstr(req, "\r\n\r\n");
		if (end && strlen(end) >= 4 + 2)
			break;
	}
	if (strncmp(req, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n", 34) != 0
	    || strcmp(end, "\r\n\r\n{}") != 0)
		return 2;
	if (write_full(fd, resp, strlen(resp)) != 0)
		return 3;
	drain(fd);
	return 0;
}

/* ---- tests ---------------------------------------------------------------- */

static void ping_pong(const char *host, int family, const char *what)
{
	net_conn c;
	unsigned port;
	int lfd, one = 0, rc;
	socklen_t ol = sizeof one;
	char b[8];
	long r;
	size_t got = 0;
	pid_t pid;

	lfd = listener(family, &port, 4);
	CHECK(lfd >= 0, "%s: listener", what);
	if (lfd < 0)
		return;
	pid = serve(lfd, srv_echo_ping, NULL);
	net_init(&c);
	rc = net_connect(&c, host, port, 2000, 5000, errbuf, sizeof errbuf);
	CHECK(rc == NET_OK && c.fd >= 0, "%s: connect rc %d (%s)", what, rc, errbuf);
	if (rc == NET_OK) {
		getsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, &ol);
		CHECK(one != 0, "%s: TCP_NODELAY set", what);
		CHECK(net_write_all(&c, "ping", 4) == NET_OK, "%s: write", what);
		while (got < 4) {
			r = net_read(&c, b + got, sizeof b - got);
			if (r <= 0)
				break;
			got += (size_t)r;
		}
		CHECK(got == 4 && memcmp(b, "pong", 4) == 0, "%s: pong", what);
		r = net_read(&c, b, sizeof b);
		CHECK(r == 0, "%s: EOF after pong (%ld)", what, r);
	}
	net_close(&c);
	CHECK(c.fd == -1, "%s: closed", what);
	CHECK(reap(pid) == 0, "%s: server saw ping", what);
}

static void test_connect(void)
{
	struct addrinfo hints, *res, *ai;
	unsigned port;
	int fd, has_v4 = 0;

	ping_pong("127.0.0.1", AF_INET, "ipv4");

	/* IPv6 loopback may be absent: require it only if we can bind it */
	fd = bound_socket(AF_INET6, &port);
	if (fd >= 0) {
		close(fd);
		ping_pong("::1", AF_INET6, "ipv6");
	}

	/* localhost from /etc/hosts; any ::1 entry is tried and refused
	 * before 127.0.0.1, as the server listens on IPv4 only */
	memset(&hints, 0, sizeof hints);
	hints.ai_socktype = SOCK_STREAM;
	if (getaddrinfo("localhost", "80", &hints, &res) == 0) {
		for (ai = res; ai; ai = ai->ai_next)
			if (ai->ai_family == AF_INET
			    && ((struct sockaddr_in *)ai->ai_addr)->sin_addr.s_addr
			       == htonl(INADDR_LOOPBACK))
				has_v4 = 1;
		freeaddrinfo(res);
	}
	if (has_v4)
		ping_pong("localhost", AF_INET, "localhost");
}

static void test_refused_and_resolve(void)
{
	char longname[NET_HOST_MAX + 10];
	net_conn c;
	unsigned port;
	int fd, rc;

	net_init(&c);
	/* bound but not listening: the port is ours and refuses */
	fd = bound_socket(AF_INET, &port);
	CHECK(fd >= 0, "bound socket");
	rc = net_connect(&c, "127.0.0.1", port, 2000, 2000, errbuf, sizeof errbuf);
	CHECK(rc == NET_ECONNECT && c.fd == -1, "refused: rc %d", rc);
	CHECK(c.last_errno == ECONNREFUSED, "refused errno %d", c.last_errno);
	CHECK(strstr(errbuf, "127.0.0.1 port") && strstr(errbuf, "refused"),
	      "refused message: %s", errbuf);
	rc = net_connect(&c, "127.0.0.1", port, 0, 0, errbuf, sizeof errbuf);
	CHECK(rc == NET_ECONNECT, "refused without timeout: rc %d", rc);
	close(fd);

	/* names that fail to resolve without any query leaving the host */
	rc = net_connect(&c, "no..such.invalid", 80, 1000, 1000, errbuf, sizeof errbuf);
	CHECK(rc == NET_ERESOLVE, "empty label: rc %d", rc);
	CHECK(strstr(errbuf, "no..such.invalid") != NULL, "resolve message: %s", errbuf);
	rc = net_connect(&c, "", 80, 1000, 1000, errbuf, sizeof errbuf);
	CHECK(rc == NET_ERESOLVE, "empty host: rc %d", rc);
	memset(longname, 'a', sizeof longname - 1);
	longname[sizeof longname - 1] = '\0';
	rc = net_connect(&c, longname, 80, 1000, 1000, errbuf, sizeof errbuf);
	CHECK(rc == NET_ERESOLVE, "long host: rc %d", rc);
	rc = net_connect(&c, "127.0.0.1", 0, 1000, 1000, errbuf, sizeof errbuf);
	CHECK(rc == NET_EARG, "port 0: rc %d", rc);
	rc = net_connect(&c, "127.0.0.1", 70000, 1000, 1000, errbuf, sizeof errbuf);
	CHECK(rc == NET_EARG, "port 70000: rc %d", rc);
	CHECK(c.fd == -1, "still closed");
	CHECK(net_read(&c, errbuf, 1) == NET_EARG, "read on closed conn");
	CHECK(net_write_all(&c, "x", 1) == NET_EARG, "write on closed conn");
}

static void test_read_timeout(void)
{
	net_conn c;
	http_stream s;
	http_response resp;
	static char head[1024];
	unsigned port;
	double t0, dt;
	char b[16];
	long r;
	int lfd, rc;
	pid_t pid;

	lfd = listener(AF_INET, &port, 4);
	pid = serve(lfd, srv_silent, NULL);
	net_init(&c);
	rc = net_connect(&c, "127.0.0.1", port, 2000, 200, errbuf, sizeof errbuf);
	CHECK(rc == NET_OK, "timeout server connect: rc %d (%s)", rc, errbuf);
	t0 = now_s();
	r = net_read(&c, b, sizeof b);
	dt = now_s() - t0;
	CHECK(r == NET_ETIMEOUT, "read timeout: %ld", r);
	CHECK(dt < 10.0, "read timeout took %.1f s", dt);
	CHECK(strstr(c.err, "timed out") != NULL, "timeout message: %s", c.err);

	/* through HTTP: a stream error with the net code passed through */
	http_stream_net(&s, &c);
	http_response_init(&resp);
	rc = http_read_response(&s, &resp, head, sizeof head, NULL, 0,
				errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_STREAM && resp.stream_err == NET_ETIMEOUT
	      && resp.received == 0, "http read timeout: rc %d", rc);
	net_close(&c);
	CHECK(reap(pid) == 0, "silent server exit");
}

static void test_connect_timeout(void)
{
	int fill[64], nfill = 0, lfd, blocked = 0, rc;
	struct sockaddr_in a;
	struct pollfd p;
	net_conn c;
	unsigned port;
	double t0, dt;

	/* backlog 0, never accepted: once the queue is full, SYNs are dropped */
	lfd = listener(AF_INET, &port, 0);
	CHECK(lfd >= 0, "backlog-0 listener");
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	a.sin_port = htons((unsigned short)port);
	while (nfill < 64 && !blocked) {
		int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
		if (fd < 0)
			break;
		fill[nfill++] = fd;
		if (connect(fd, (struct sockaddr *)&a, sizeof a) == 0)
			continue;
		p.fd = fd;
		p.events = POLLOUT;
		p.revents = 0;
		if (errno == EINPROGRESS && poll(&p, 1, 200) == 0)
			blocked = 1;
	}
	CHECK(blocked, "a connect blocked after %d connections", nfill);
	net_init(&c);
	t0 = now_s();
	rc = net_connect(&c, "127.0.0.1", port, 300, 1000, errbuf, sizeof errbuf);
	dt = now_s() - t0;
	CHECK(rc == NET_ECONNTIMEOUT && c.fd == -1, "connect timeout: rc %d (%s)", rc, errbuf);
	CHECK(strstr(errbuf, "timed out") != NULL, "connect timeout message: %s", errbuf);
	CHECK(dt < 10.0, "connect timeout took %.1f s", dt);
	net_close(&c);
	while (nfill > 0)
		close(fill[--nfill]);
	close(lfd);
}

static void test_reset(void)
{
	net_conn c;
	unsigned port;
	char b[16];
	long r;
	int lfd, rc;
	pid_t pid;

	lfd = listener(AF_INET, &port, 4);
	pid = serve(lfd, srv_reset, NULL);
	net_init(&c);
	rc = net_connect(&c, "127.0.0.1", port, 2000, 5000, errbuf, sizeof errbuf);
	CHECK(rc == NET_OK, "reset server connect: rc %d", rc);
	CHECK(net_write_all(&c, "hello", 5) == NET_OK, "write before reset");
	r = net_read(&c, b, sizeof b);
	CHECK(r == NET_ERESET, "read after RST: %ld (%s)", r, c.err);
	CHECK(c.last_errno == ECONNRESET && strstr(c.err, "reset") != NULL,
	      "reset message: %s", c.err);
	net_close(&c);
	CHECK(reap(pid) == 0, "reset server exit");
}

static void test_large_write(void)
{
	uint64_t reply[2], h;
	net_conn c;
	unsigned port;
	size_t i, got = 0;
	int lfd, rc, small = 4096, pfd[2];
	long r;
	pid_t pid;

	for (i = 0; i < BIG; i++)
		big[i] = (unsigned char)(i ^ (i >> 9) ^ (i >> 17));
	h = fnv(14695981039346656037ULL, big, BIG);

	lfd = listener(AF_INET, &port, 4);
	setsockopt(lfd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
	pid = serve(lfd, srv_hash, NULL);
	net_init(&c);
	rc = net_connect(&c, "127.0.0.1", port, 2000, 5000, errbuf, sizeof errbuf);
	CHECK(rc == NET_OK, "hash server connect: rc %d", rc);
	setsockopt(c.fd, SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
	rc = net_write_all(&c, big, BIG);
	CHECK(rc == NET_OK, "16 MiB through small buffers: rc %d (%s)", rc, c.err);
	shutdown(c.fd, SHUT_WR);
	while (got < sizeof reply) {
		r = net_read(&c, (char *)reply + got, sizeof reply - got);
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	CHECK(got == sizeof reply && reply[0] == BIG, "server got %llu bytes",
	      (unsigned long long)reply[0]);
	CHECK(got == sizeof reply && reply[1] == h, "bytes arrived intact and in order");
	net_close(&c);
	CHECK(reap(pid) == 0, "hash server exit");

	/* a peer that never reads: the write times out */
	CHECK(pipe(pfd) == 0, "pipe");
	lfd = listener(AF_INET, &port, 4);
	setsockopt(lfd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
	pid = serve(lfd, srv_idle, pfd);
	close(pfd[0]);
	rc = net_connect(&c, "127.0.0.1", port, 2000, 300, errbuf, sizeof errbuf);
	CHECK(rc == NET_OK, "silent server connect: rc %d", rc);
	setsockopt(c.fd, SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
	rc = net_write_all(&c, big, BIG);
	CHECK(rc == NET_ETIMEOUT, "write to a non-reader times out: rc %d", rc);
	CHECK(strstr(c.err, "write: timed out") != NULL, "write timeout message: %s", c.err);
	net_close(&c);
	close(pfd[1]);
	CHECK(reap(pid) == 0, "idle server exit");
}

static void test_sigpipe(void)
{
	net_conn c;
	unsigned port;
	char b[16];
	int lfd, rc = NET_OK, i;
	struct timespec pause = { 0, 10 * 1000 * 1000 };
	pid_t pid;

	signal(SIGPIPE, SIG_DFL);
	lfd = listener(AF_INET, &port, 4);
	pid = serve(lfd, srv_close, NULL);
	net_init(&c);
	rc = net_connect(&c, "127.0.0.1", port, 2000, 2000, errbuf, sizeof errbuf);
	CHECK(rc == NET_OK, "closing server connect: rc %d", rc);
	CHECK(net_read(&c, b, sizeof b) == 0, "peer closed: EOF");
	CHECK(reap(pid) == 0, "closing server exit");
	for (i = 0; i < 200; i++) {
		rc = net_write_all(&c, "data", 4);
		if (rc != NET_OK)
			break;
		nanosleep(&pause, NULL);
	}
	CHECK(rc == NET_ERESET, "write to closed peer fails: rc %d after %d writes", rc, i);
	CHECK(c.last_errno == EPIPE || c.last_errno == ECONNRESET,
	      "errno %d (%s)", c.last_errno, c.err);
	CHECK(1, "still alive after writing to a closed peer");
	net_close(&c);
}

static void test_http_over_net(void)
{
	static http_writer w;
	static char head[2048];
	char body[16];
	http_field f[] = { { "Content-Type", "application/x-amz-json-1.0" } };
	http_response resp;
	http_stream s;
	net_conn c;
	unsigned port;
	int lfd, rc;
	pid_t pid;

	lfd = listener(AF_INET, &port, 4);
	pid = serve(lfd, srv_http, NULL);
	net_init(&c);
	rc = net_connect(&c, "127.0.0.1", port, 2000, 5000, errbuf, sizeof errbuf);
	CHECK(rc == NET_OK, "http server connect: rc %d", rc);
	http_stream_net(&s, &c);
	http_writer_init(&w, &s);
	rc = http_write_request_head(&w, "POST", "/", "127.0.0.1", f, 1, 2,
				     errbuf, sizeof errbuf);
	if (rc == HTTP_OK)
		rc = http_writer_put(&w, "{}", 2, errbuf, sizeof errbuf);
	if (rc == HTTP_OK)
		rc = http_writer_flush(&w, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK, "request over net: rc %d (%s)", rc, errbuf);
	http_response_init(&resp);
	rc = http_read_response(&s, &resp, head, sizeof head, body, sizeof body,
				errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK && resp.status == 200, "response over net: rc %d (%s)", rc, errbuf);
	CHECK(resp.body_len == 5 && memcmp(body, "hello", 5) == 0, "body over net");
	CHECK(http_header_get(&resp, "X-Amzn-RequestId") != NULL, "request id header");
	net_close(&c);
	CHECK(reap(pid) == 0, "http server checked the request");
}

static void test_strerror(void)
{
	int code;

	for (code = NET_OK; code >= NET_EARG; code--)
		CHECK(strcmp(net_strerror(code), "unknown network error") != 0,
		      "code %d described", code);
	CHECK(strcmp(net_strerror(-99), "unknown network error") == 0, "unknown");
}

int main(void)
{
	test_connect();
	test_refused_and_resolve();
	test_read_timeout();
	test_connect_timeout();
	test_reset();
	test_large_write();
	test_sigpipe();
	test_http_over_net();
	test_strerror();
	return check_done();
}
