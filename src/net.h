/*
 * net.h - TCP client connections with connect, read and write timeouts.
 *
 * A net_conn is caller-owned: net_init() it once, net_connect() it, read and
 * write through it, net_close() it.  The socket stays non-blocking after the
 * connect; every read and every wait inside a write is bounded by the read
 * timeout (as a Python socket timeout bounds each recv and send).  Writes use
 * MSG_NOSIGNAL, so a peer that went away gives an error, never SIGPIPE.
 *
 * Nothing here prints.  net_connect() writes its message to the caller's err
 * buffer; net_read() and net_write_all() keep theirs in c->err.  Messages
 * carry the address and errno text, never data.
 */
#ifndef SWF_NET_H
#define SWF_NET_H

#include <stddef.h>

#define NET_ERR_LEN 160     /* size of net_conn.err */
#define NET_HOST_MAX 255    /* longest host name accepted by net_connect */
#define NET_IO_MAX (1UL << 30)  /* larger requests are done in pieces */

/* Result codes: 0 is success, every failure is negative. */
enum net_status {
	NET_OK = 0,
	NET_ERESOLVE = -1,      /* host name could not be resolved */
	NET_ECONNECT = -2,      /* refused, unreachable or other connect error */
	NET_ECONNTIMEOUT = -3,  /* connect did not finish in time */
	NET_ETIMEOUT = -4,      /* read or write timed out */
	NET_ERESET = -5,        /* reset by peer, or peer closed (EPIPE) */
	NET_EIO = -6,           /* any other socket error */
	NET_EARG = -7           /* bad argument or connection not open */
};

typedef struct {
	int fd;                 /* -1 when not connected */
	int connect_timeout_ms; /* <= 0: none */
	int read_timeout_ms;    /* <= 0: none */
	int last_errno;         /* errno of the last failure, 0 if none */
	char err[NET_ERR_LEN];  /* message of the last read/write failure */
} net_conn;

/* Put c in the closed state (fd -1, no timeouts, empty message). */
void net_init(net_conn *c);

/*
 * Resolve host (name, IPv4 or IPv6 literal without brackets) with
 * getaddrinfo and connect to port on each address in turn until one
 * accepts, each attempt bounded by connect_timeout_ms (<= 0: no bound).
 * The timeouts are stored in c; read_timeout_ms bounds later reads and
 * writes.  Sets TCP_NODELAY.  Returns NET_OK, or NET_ERESOLVE,
 * NET_ECONNECT, NET_ECONNTIMEOUT (the last address's failure decides),
 * NET_EARG, NET_EIO, with a message in err (err may be NULL).
 */
int net_connect(net_conn *c, const char *host, unsigned port,
		int connect_timeout_ms, int read_timeout_ms,
		char *err, size_t errlen);

/*
 * Read up to n bytes (n > 0) into buf, waiting at most the read timeout.
 * Returns the count (> 0), 0 at end of stream, or NET_ETIMEOUT,
 * NET_ERESET, NET_EIO, NET_EARG with a message in c->err.
 */
long net_read(net_conn *c, void *buf, size_t n);

/*
 * Write all n bytes of buf, resuming after short writes and EINTR; each
 * wait for buffer space is bounded by the read timeout.  Returns NET_OK,
 * or NET_ETIMEOUT, NET_ERESET, NET_EIO, NET_EARG with a message in c->err.
 */
int net_write_all(net_conn *c, const void *buf, size_t n);

/* Close the socket if open; c returns to the closed state (timeouts kept). */
void net_close(net_conn *c);

/* Short fixed description of a net_status code. */
const char *net_strerror(int code);

#endif
