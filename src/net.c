/*
 * net.c - TCP client connections with connect, read and write timeouts.
 *
 * Non-blocking sockets throughout; poll() bounds every wait.  Waits that
 * are interrupted by a signal resume with the time that is left.
 */
#include "net.h"

#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>
#include "msg.h"

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * Wait until fd is ready for events, at most timeout_ms (<= 0: forever).
 * Returns 1 when ready (or in error: the next call reports it), 0 on
 * timeout, -1 on a poll failure with errno set.
 */
static int wait_fd(int fd, short events, int timeout_ms)
{
	struct pollfd p;
	long long deadline = timeout_ms > 0 ? now_ms() + timeout_ms : 0;
	int left = timeout_ms > 0 ? timeout_ms : -1;
	int r;

	for (;;) {
		p.fd = fd;
		p.events = events;
		p.revents = 0;
		r = poll(&p, 1, left);
		if (r > 0)
			return 1;
		if (r == 0)
			return 0;
		if (errno != EINTR)
			return -1;
		if (timeout_ms > 0) {
			long long rem = deadline - now_ms();
			if (rem <= 0)
				return 0;
			left = (int)rem;
		}
	}
}

/* "1.2.3.4 port 80" or "::1 port 80" for messages. */
static void describe_addr(const struct sockaddr *sa, char *out, size_t cap)
{
	char ip[INET6_ADDRSTRLEN];
	unsigned port = 0;

	ip[0] = '\0';
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
		inet_ntop(AF_INET, &in->sin_addr, ip, sizeof ip);
		port = ntohs(in->sin_port);
	} else if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
		inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof ip);
		port = ntohs(in6->sin6_port);
	} else {
		snprintf(ip, sizeof ip, "(family %d)", sa->sa_family);
	}
	snprintf(out, cap, "%s port %u", ip, port);
}

/* Map an errno from a failed read or write to a net_status code. */
static int io_code(int e)
{
	switch (e) {
	case ECONNRESET:
	case ECONNABORTED:
	case EPIPE:
		return NET_ERESET;
	default:
		return NET_EIO;
	}
}

/* Record a read/write failure in c and return code. */
static int io_fail(net_conn *c, int code, int e, const char *what)
{
	c->last_errno = e;
	if (e)
		msg_set(c->err, sizeof c->err, 0, "%s: %s", what, strerror(e));
	else
		msg_set(c->err, sizeof c->err, 0, "%s", what);
	return code;
}

/* One connect attempt to ai; on success the socket is stored in c. */
static int try_connect(net_conn *c, const struct addrinfo *ai,
		       char *err, size_t errlen)
{
	char addr[INET6_ADDRSTRLEN + 32];
	socklen_t elen = sizeof(int);
	int fd, e = 0, one = 1, r;

	describe_addr(ai->ai_addr, addr, sizeof addr);
	fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
		    ai->ai_protocol);
	if (fd < 0) {
		e = errno;
		c->last_errno = e;
		msg_set(err, errlen, 0, "connect to %s: %s", addr, strerror(e));
		return NET_ECONNECT;
	}
	if (connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
		if (errno != EINPROGRESS && errno != EINTR) {
			e = errno;
			goto fail;
		}
		r = wait_fd(fd, POLLOUT, c->connect_timeout_ms);
		if (r == 0) {
			close(fd);
			c->last_errno = ETIMEDOUT;
			msg_set(err, errlen, 0, "connect to %s: timed out after %d ms",
				addr, c->connect_timeout_ms);
			return NET_ECONNTIMEOUT;
		}
		if (r < 0 || getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &elen) != 0)
			e = errno;
		if (e)
			goto fail;
	}
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	c->fd = fd;
	return NET_OK;
fail:
	close(fd);
	c->last_errno = e;
	msg_set(err, errlen, 0, "connect to %s: %s", addr, strerror(e));
	return NET_ECONNECT;
}

void net_init(net_conn *c)
{
	c->fd = -1;
	c->connect_timeout_ms = 0;
	c->read_timeout_ms = 0;
	c->last_errno = 0;
	c->err[0] = '\0';
}

int net_connect(net_conn *c, const char *host, unsigned port,
		int connect_timeout_ms, int read_timeout_ms,
		char *err, size_t errlen)
{
	struct addrinfo hints, *res = NULL, *ai;
	char portstr[8];
	size_t hlen;
	int rc, last = NET_ECONNECT;

	if (err && errlen)
		err[0] = '\0';
	if (!c || !host) {
		msg_set(err, errlen, 0, "connect: missing connection or host");
		return NET_EARG;
	}
	net_close(c);
	c->connect_timeout_ms = connect_timeout_ms;
	c->read_timeout_ms = read_timeout_ms;
	c->last_errno = 0;
	c->err[0] = '\0';
	if (port == 0 || port > 65535) {
		msg_set(err, errlen, 0, "connect: invalid port %u", port);
		return NET_EARG;
	}
	hlen = strnlen(host, NET_HOST_MAX + 1);
	if (hlen == 0 || hlen > NET_HOST_MAX) {
		msg_set(err, errlen, 0, "cannot resolve host: name empty or longer "
			"than %d bytes", NET_HOST_MAX);
		return NET_ERESOLVE;
	}
	snprintf(portstr, sizeof portstr, "%u", port);
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_protocol = IPPROTO_TCP;
	hints.ai_flags = AI_NUMERICSERV;
	rc = getaddrinfo(host, portstr, &hints, &res);
	if (rc != 0) {
		c->last_errno = rc == EAI_SYSTEM ? errno : 0;
		msg_set(err, errlen, 0, "cannot resolve host %s: %s", host,
			rc == EAI_SYSTEM ? strerror(errno) : gai_strerror(rc));
		return NET_ERESOLVE;
	}
	for (ai = res; ai; ai = ai->ai_next) {
		last = try_connect(c, ai, err, errlen);
		if (last == NET_OK)
			break;
	}
	freeaddrinfo(res);
	if (last == NET_OK && err && errlen)
		err[0] = '\0';
	return last;
}

long net_read(net_conn *c, void *buf, size_t n)
{
	ssize_t r;
	int w;

	if (!c)
		return NET_EARG;
	if (c->fd < 0 || !buf || n == 0)
		return io_fail(c, NET_EARG, 0, "read: connection not open or empty buffer");
	if (n > NET_IO_MAX)
		n = NET_IO_MAX;
	for (;;) {
		r = recv(c->fd, buf, n, 0);
		if (r >= 0)
			return (long)r;
		if (errno == EINTR)
			continue;
		if (errno != EAGAIN && errno != EWOULDBLOCK)
			return io_fail(c, io_code(errno), errno, "read");
		w = wait_fd(c->fd, POLLIN, c->read_timeout_ms);
		if (w == 0) {
			c->last_errno = ETIMEDOUT;
			msg_set(c->err, sizeof c->err, 0, "read: timed out after %d ms",
				c->read_timeout_ms);
			return NET_ETIMEOUT;
		}
		if (w < 0)
			return io_fail(c, NET_EIO, errno, "read: poll");
	}
}

int net_write_all(net_conn *c, const void *buf, size_t n)
{
	const unsigned char *p = buf;
	ssize_t r;
	int w;

	if (!c)
		return NET_EARG;
	if (c->fd < 0 || (!buf && n))
		return io_fail(c, NET_EARG, 0, "write: connection not open or no buffer");
	while (n > 0) {
		r = send(c->fd, p, n > NET_IO_MAX ? NET_IO_MAX : n, MSG_NOSIGNAL);
		if (r > 0) {
			p += r;
			n -= (size_t)r;
			continue;
		}
		if (r == 0)
			return io_fail(c, NET_EIO, 0, "write: no progress");
		if (errno == EINTR)
			continue;
		if (errno != EAGAIN && errno != EWOULDBLOCK)
			return io_fail(c, io_code(errno), errno, "write");
		w = wait_fd(c->fd, POLLOUT, c->read_timeout_ms);
		if (w == 0) {
			c->last_errno = ETIMEDOUT;
			msg_set(c->err, sizeof c->err, 0, "write: timed out after %d ms",
				c->read_timeout_ms);
			return NET_ETIMEOUT;
		}
		if (w < 0)
			return io_fail(c, NET_EIO, errno, "write: poll");
	}
	return NET_OK;
}

void net_close(net_conn *c)
{
	if (c && c->fd >= 0) {
		close(c->fd);
		c->fd = -1;
	}
}

const char *net_strerror(int code)
{
	switch (code) {
	case NET_OK:           return "success";
	case NET_ERESOLVE:     return "host name could not be resolved";
	case NET_ECONNECT:     return "connection failed";
	case NET_ECONNTIMEOUT: return "connect timed out";
	case NET_ETIMEOUT:     return "read or write timed out";
	case NET_ERESET:       return "connection reset or closed by peer";
	case NET_EIO:          return "socket error";
	case NET_EARG:         return "invalid argument";
	default:               return "unknown network error";
	}
}
