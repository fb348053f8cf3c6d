/*
 * test_fetch.c - one HTTP exchange for the credential sources, against a
 * small server forked on 127.0.0.1.
 */
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "fetch.h"

/* Serve one connection: read the request into req (sent back over the
 * pipe), answer with reply (NULL: never answer). */
static pid_t serve(const char *reply, unsigned *port, int report[2])
{
	struct sockaddr_in a;
	socklen_t alen = sizeof a;
	int s = socket(AF_INET, SOCK_STREAM, 0), c, one = 1;
	pid_t pid;
	char req[8192];
	ssize_t n, got = 0;

	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (bind(s, (struct sockaddr *)&a, sizeof a) != 0 || listen(s, 1) != 0 ||
	    getsockname(s, (struct sockaddr *)&a, &alen) != 0 ||
	    pipe(report) != 0)
		return -1;
	*port = ntohs(a.sin_port);
	pid = fork();
	if (pid != 0) {
		close(s);
		close(report[1]);
		return pid;
	}
	close(report[0]);
	c = accept(s, NULL, NULL);
	while (got < (ssize_t)sizeof req - 1) {
		n = read(c, req + got, sizeof req - 1 - (size_t)got);
		if (n <= 0)
			break;
		got += n;
		req[got] = '\0';
		if (strstr(req, "\r\n\r\n") &&
		    (!strstr(req, "Content-Length: 5") ||
		     strstr(req, "\r\n\r\nhello")))
			break;
	}
	(void)!write(report[1], req, (size_t)got);
	close(report[1]);
	if (!reply) {
		sleep(5);
		_exit(0);
	}
	(void)!write(c, reply, strlen(reply));
	close(c);
	_exit(0);
}

static void finish(pid_t pid, int report[2], char *req, size_t cap)
{
	ssize_t n = read(report[0], req, cap - 1);

	req[n > 0 ? n : 0] = '\0';
	close(report[0]);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
}

static void test_exchange(void)
{
	static char reply[FETCH_BODY_MAX + 512], req[8192], url[64];
	fetch_request rq;
	fetch_result res;
	http_field f[2] = { { "X-One", "1" }, { "Accept", "application/json" } };
	unsigned port = 0;
	int pipefd[2];
	pid_t pid;
	size_t head;

	pid = serve("HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nworld",
		    &port, pipefd);
	snprintf(url, sizeof url, "http://127.0.0.1:%u/path?q=1", port);
	fetch_request_init(&rq);
	rq.method = "POST";
	rq.url = url;
	rq.fields = f;
	rq.nfields = 2;
	rq.body = "hello";
	rq.body_len = 5;
	rq.connect_timeout_ms = 2000;
	rq.read_timeout_ms = 2000;
	CHECK(fetch(&rq, &res) == FETCH_OK && res.status == 201 &&
	      res.body_len == 5 && strcmp(res.body, "world") == 0 &&
	      !res.truncated, "POST: outcome %d status %d %s", res.outcome,
	      res.status, res.detail);
	finish(pid, pipefd, req, sizeof req);
	CHECK(strncmp(req, "POST /path?q=1 HTTP/1.1\r\n", 25) == 0 &&
	      strstr(req, "\r\nX-One: 1\r\n") && strstr(req, "\r\nAccept: "
	      "application/json\r\n") && strstr(req, "Content-Length: 5\r\n") &&
	      strstr(req, "\r\n\r\nhello"), "request sent: %s", req);

	head = (size_t)snprintf(reply, sizeof reply, "HTTP/1.1 200 OK\r\n"
				"Content-Length: %d\r\n\r\n",
				FETCH_BODY_MAX + 100);
	memset(reply + head, 'x', FETCH_BODY_MAX + 100);
	reply[head + FETCH_BODY_MAX + 100] = '\0';
	pid = serve(reply, &port, pipefd);
	snprintf(url, sizeof url, "http://127.0.0.1:%u/", port);
	fetch_request_init(&rq);
	rq.url = url;
	rq.read_timeout_ms = 2000;
	CHECK(fetch(&rq, &res) == FETCH_OK && res.truncated &&
	      res.body_len == FETCH_BODY_MAX, "long body kept in part: %d %zu",
	      res.outcome, res.body_len);
	finish(pid, pipefd, req, sizeof req);
	CHECK(strncmp(req, "GET / HTTP/1.1\r\n", 16) == 0 &&
	      !strstr(req, "Content-Length"), "GET without a body: %s", req);

	pid = serve(NULL, &port, pipefd);
	snprintf(url, sizeof url, "http://127.0.0.1:%u/slow", port);
	rq.url = url;
	rq.read_timeout_ms = 200;
	CHECK(fetch(&rq, &res) == FETCH_READ_TIMEOUT &&
	      strcmp(res.url, url) == 0, "read timeout: %d", res.outcome);
	finish(pid, pipefd, req, sizeof req);
}

static void test_failures(void)
{
	fetch_request rq;
	fetch_result res;
	struct sockaddr_in a;
	socklen_t alen = sizeof a;
	int s = socket(AF_INET, SOCK_STREAM, 0);
	char url[64];

	/* a port that was just free: nobody listens there */
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(s, (struct sockaddr *)&a, sizeof a);
	getsockname(s, (struct sockaddr *)&a, &alen);
	close(s);
	snprintf(url, sizeof url, "http://127.0.0.1:%u/x", ntohs(a.sin_port));
	fetch_request_init(&rq);
	rq.url = url;
	rq.connect_timeout_ms = 1000;
	CHECK(fetch(&rq, &res) == FETCH_CONNECT_ERROR &&
	      strcmp(res.url, url) == 0, "refused: %d %s", res.outcome,
	      res.url);
	rq.url = "foo";
	CHECK(fetch(&rq, &res) == FETCH_BAD_URL &&
	      strcmp(res.detail, "Invalid endpoint: foo") == 0,
	      "bad URL: %s", res.detail);
	{
		/* fetch_forget: whole pages read as zeros, the ends wiped */
		static unsigned char area[3 * 4096] __attribute__((aligned(4096)));
		size_t i, bad = 0;

		memset(area, 0xA5, sizeof area);
		fetch_forget(area + 100, 2 * 4096);
		for (i = 0; i < sizeof area; i++)
			if (area[i] != (i >= 100 && i < 100 + 2 * 4096 ?
					0 : 0xA5))
				bad++;
		CHECK(bad == 0, "fetch_forget: %zu bytes wrong", bad);
	}
}

int main(void)
{
	signal(SIGPIPE, SIG_IGN);
	test_exchange();
	test_failures();
	return check_done();
}
