/*
 * tls.h - TLS 1.2 client (BearSSL) over a connected net_conn.
 *
 * Profile: TLS 1.2 only; ECDHE key exchange with AES-GCM or
 * ChaCha20-Poly1305; RSA or ECDSA server keys; curves X25519, P-256,
 * P-384, P-521 (X25519 offered first); SNI for DNS names (never for IP
 * literals).  The fastest BearSSL implementations the CPU allows are
 * chosen at run time (AES-NI, PCLMUL, SSE2), everything else is left to
 * the linker to drop; RSA signatures are checked by rsa.c (variable time,
 * fast for small public exponents: nothing there is secret).
 *
 * Verification as the AWS CLI (urllib3 + OpenSSL) does it: the chain is
 * validated by BearSSL's x509_minimal against the trust anchors (time from
 * the system clock), then the host is matched the urllib3 way: subjectAltName
 * DNS entries (a wildcard only in the leftmost label) or, for an IP
 * endpoint, iPAddress entries; the subject CN only when the certificate
 * has neither.  Anchors are looked up in the truststore only for the DN
 * each certificate names as its issuer.
 *
 * I/O: the engine is driven here with net_read/net_write_all, so every
 * wait is bounded: during the handshake by handshake_timeout_ms (urllib3
 * runs the handshake under the connect timeout), later by the net_conn's
 * read timeout.
 *
 * Failures: every code from TLS_E_FIRST_VERIFY to TLS_E_LAST_VERIFY comes
 * with a message that completes the CLI's line "SSL validation failed for
 * https://host:port/ " exactly as CLI v1 (Python 3.11 ssl, OpenSSL 3)
 * words it, e.g. "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify
 * failed: certificate has expired (_ssl.c:1006)".  TLS_E_TIMEOUT is the
 * CLI's "Read timeout on endpoint URL"; TLS_E_IO a socket failure
 * ("Connection was closed ...").  Nothing here prints.
 */
#ifndef SWF_TLS_H
#define SWF_TLS_H

#include <stddef.h>
#include <stdint.h>

#include <bearssl.h>

#include "http.h"
#include "net.h"
#include "truststore.h"

#define TLS_IOBUF_BYTES BR_SSL_BUFSIZE_MONO  /* one record, half duplex */
#define TLS_READ_AHEAD 2048     /* socket bytes read at once for the engine */
#define TLS_GATHER 256          /* small records sent together */
#define TLS_TA_SLOTS 2          /* anchors sharing one issuer DN, at most */
#define TLS_NAMES_BYTES 2048    /* SAN DNS/IP names and CNs kept */
#define TLS_ERR_LEN 320         /* size of tls_conn.err and .detail */
#define TLS_DER_DEPTH 10        /* DER nesting followed in certificates */

/* Suffix of Python's ssl error texts (Python 3.11.7 here). */
#define TLS_PY_SSL_SUFFIX " (_ssl.c:1006)"

/*
 * The CLI's warning with --no-verify-ssl (a Python warning line: the CLI
 * prints "<urllib3 path>/connectionpool.py:1110: " before it and a line
 * "  warnings.warn(" after it, once per run).  %s: the endpoint host.
 */
#define TLS_INSECURE_WARNING_FMT "InsecureRequestWarning: Unverified HTTPS " \
	"request is being made to host '%s'. Adding certificate verification " \
	"is strongly advised. See: https://urllib3.readthedocs.io/en/latest/" \
	"advanced-usage.html#tls-warnings"
/* The path prefix the reference installation prints before it. */
#define TLS_INSECURE_WARNING_PREFIX "/root/.pyenv/versions/3.11.7/lib/" \
	"python3.11/site-packages/urllib3/connectionpool.py:1110: "
#define TLS_INSECURE_WARNING_TAIL "  warnings.warn("

/* Result codes: 0 is success, every failure is negative. */
enum tls_status {
	TLS_OK = 0,
	TLS_E_TIMEOUT = NET_ETIMEOUT,  /* a read or write timed out */
	TLS_E_IO = -20,                /* socket failure (reset, ...) */
	TLS_E_ARG = -21,               /* bad argument or state */
	/* messages of these complete "SSL validation failed for URL " */
	TLS_E_FIRST_VERIFY = -30,
	TLS_E_EXPIRED = -30,           /* certificate has expired */
	TLS_E_NOT_YET_VALID = -31,     /* certificate is not yet valid */
	TLS_E_HOSTNAME = -32,          /* DNS name not in the certificate */
	TLS_E_IP_MISMATCH = -33,       /* IP endpoint not in the IP SANs */
	TLS_E_SELF_SIGNED = -34,       /* lone self-signed certificate */
	TLS_E_UNTRUSTED_ROOT = -35,    /* chain ends in an unknown root */
	TLS_E_UNKNOWN_ISSUER = -36,    /* missing intermediate / root */
	TLS_E_CERT = -37,              /* another certificate problem */
	TLS_E_HANDSHAKE = -38,         /* handshake_failure alert */
	TLS_E_PROTOCOL_VERSION = -39,  /* no common protocol version */
	TLS_E_NOT_TLS = -40,           /* the peer does not speak TLS */
	TLS_E_EOF = -41,               /* closed during the handshake */
	TLS_E_ALERT = -42,             /* another fatal alert received */
	TLS_E_PROTOCOL = -43,          /* another TLS failure */
	TLS_E_CA_BUNDLE = -44,         /* trust anchors could not load */
	TLS_E_LAST_VERIFY = -44
};

/* Bound of each wait during the handshake (tls_options.handshake_timeout_ms). */
#define TLS_HS_CONNECT_TIMEOUT 0    /* the net_conn's connect timeout */
#define TLS_HS_READ_TIMEOUT (-1)    /* the net_conn's read timeout */

typedef struct {
	int verify;              /* 1: verify chain and host; 0: --no-verify-ssl */
	const char *host;        /* endpoint host (name or IP, no brackets), as
				  * urllib3 has it: lower case */
	const truststore *anchors; /* anchors to use; NULL: load ca_bundle */
	const char *ca_bundle;   /* bundle file when anchors is NULL; NULL:
				  * truststore_load_default() */
	int handshake_timeout_ms; /* > 0, or a TLS_HS_* value */
} tls_options;

/* Internal: state of the streaming certificate walker. */
typedef struct {
	size_t off;                   /* bytes of this certificate so far */
	int hstate;                   /* header parsing state */
	unsigned tag;
	size_t len;
	unsigned lenbytes;
	unsigned char hdr[8];
	size_t hdr_len;
	int depth;
	struct {
		size_t end;           /* offset after the element */
		int kind;             /* what the element is */
		unsigned seqs;        /* SEQUENCE children seen */
		unsigned kids;        /* children seen */
	} stack[TLS_DER_DEPTH];
	int val_kind;                 /* what the current value is */
	size_t val_end;
	unsigned char val[64];        /* small captured value */
	size_t val_len;
	size_t name_start;            /* names entry being captured */
	int name_ok;
	int oid_cn, oid_san;          /* last OID was CN / SAN */
	size_t issuer_end, subject_end; /* offsets after those DNs */
	size_t subject_base;          /* offset of the subject's header */
	int subject_same;             /* subject bytes equal issuer so far */
	int bad;                      /* structure not understood */
} tls_walk;

typedef struct {
	br_ssl_client_context cc;
	union {
		br_x509_minimal_context minimal;
		br_x509_decoder_context decoder;
	} x;
	const br_x509_class *xvt;     /* our X.509 engine (wraps x) */
	br_x509_trust_anchor ta[TLS_TA_SLOTS];
	unsigned char ta_arena[TRUSTSTORE_ANCHOR_BYTES(TLS_TA_SLOTS)];
	const truststore *anchors;
	int verify;
	int host_is_ip;
	unsigned char host_ip[16];
	size_t host_ip_len;
	char host[NET_HOST_MAX + 1];
	/* what the walker found in the chain */
	tls_walk w;
	unsigned ncerts;              /* certificates started */
	unsigned char issuer[TRUSTSTORE_DN_MAX];
	size_t issuer_len;
	int issuer_long;              /* issuer DN did not fit */
	int self_issued;              /* last certificate: subject == issuer */
	int time_err;                 /* first time problem: TLS_E_* or 0 */
	char now[16];                 /* "YYYYMMDDHHMMSS" (UTC) */
	unsigned char names[TLS_NAMES_BYTES]; /* EE: type, length, bytes */
	size_t names_len;
	int names_full;
	int name_err;                 /* host check failure, TLS_E_* or 0 */
	/* connection */
	net_conn *net;
	int open;                     /* handshake done, not closed */
	int eof;                      /* peer closed the stream */
	int last;                     /* last failure code */
	char err[TLS_ERR_LEN];        /* last failure, the CLI's words */
	char detail[TLS_ERR_LEN];     /* more for debug output (no secrets) */
	/* socket bytes read ahead, not yet given to the engine */
	unsigned char rbuf[TLS_READ_AHEAD];
	size_t rpos, rlen;
	/* records waiting to leave in one write */
	unsigned char gbuf[TLS_GATHER];
	size_t glen;
	/* anchors loaded here when tls_options.anchors is NULL */
	truststore store;
	int store_state;              /* 0 none, 1 default, 2 ca_bundle */
	unsigned char iobuf[TLS_IOBUF_BYTES];
} tls_conn;

/*
 * Make t ready for its first tls_connect: not open, no trust store loaded.
 * Once per tls_conn, which may live anywhere (stack included): the
 * anchors loaded by a connection are kept for the next ones (retries).
 */
void tls_init(tls_conn *t);

/* Default options: verify on, no host, default anchors, the handshake
 * bounded by the connect timeout. */
void tls_options_init(tls_options *o);

/*
 * Run the TLS handshake over the connected c (which must stay valid while
 * t is used).  t may hold anchors loaded by an earlier call: they are kept
 * when the same source is asked for again.  Returns TLS_OK, or a
 * negative tls_status with the message in err (err may be NULL) and in
 * t->err; t->detail may say more (e.g. which bundle file is bad).
 */
int tls_connect(tls_conn *t, net_conn *c, const tls_options *o,
		char *err, size_t errlen);

/*
 * Read up to n (> 0) bytes of application data.  Returns the count, 0 at
 * the end of the stream (close_notify, or the socket closed without one,
 * which Python's ssl also takes as the end), or a negative tls_status with
 * a message in t->err.
 */
long tls_read(tls_conn *t, void *buf, size_t n);

/*
 * Write all n bytes and flush them to the socket.  Returns TLS_OK or a
 * negative tls_status with a message in t->err.
 */
int tls_write_all(tls_conn *t, const void *buf, size_t n);

/*
 * Send close_notify (best effort, without waiting for the peer's) and
 * forget the connection; the net_conn is left for the caller to close.
 */
void tls_close(tls_conn *t);

/* Make s read and write through t (error codes: tls_status). */
void http_stream_tls(http_stream *s, tls_conn *t);

/* Short fixed description of a tls_status code. */
const char *tls_strerror(int code);

#endif
