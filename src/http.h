/*
 * http.h - HTTP/1.1 client over an abstract byte stream.
 *
 * The client never sees a socket: it reads and writes through an
 * http_stream, so TLS can sit between it and the connection.  It sends one
 * request (http_writer: buffered, so a small request leaves in one write
 * call while a large body streams through the fixed buffer) and reads one
 * response (http_read_response) into caller buffers.  Connections are not
 * reused.
 *
 * Reading: the status line and headers of the final response are kept raw
 * in the caller's head buffer, with parsed views into it; interim 1xx
 * responses (except 101) are skipped; the body is framed by chunked
 * transfer coding, Content-Length, or the end of the stream (RFC 7230
 * 3.3.3).  Body bytes beyond the caller's buffer are read and dropped, up
 * to HTTP_BODY_LIMIT in all.
 *
 * How botocore reports read failures (all through urllib3): a stream
 * timeout is "Read timeout on endpoint URL"; HTTP_E_NO_RESPONSE,
 * HTTP_E_BAD_STATUS, HTTP_E_EOF_HEAD and a reset while reading the head
 * are "Connection was closed before we received a valid response from
 * endpoint URL".  An end of stream after a valid status line ends the
 * header fields, as in http.client (the body then follows its framing:
 * none is an empty body, a missing Content-Length or chunk is
 * HTTP_E_EOF_BODY); an end of stream before the status line's end is
 * HTTP_E_EOF_HEAD only when the line is not a valid status line.
 */
#ifndef SWF_HTTP_H
#define SWF_HTTP_H

#include <stddef.h>
#include <stdint.h>

#include "net.h"

#define HTTP_WRITE_BUF 8192          /* request writer buffer */
#define HTTP_READ_BUF 4096           /* body read buffer (on the stack) */
#define HTTP_MAX_HEADERS 100         /* header fields per response */
#define HTTP_MAX_INTERIM 16          /* 1xx responses skipped at most */
#define HTTP_CHUNK_LINE_MAX 4096     /* chunk-size line incl. extensions */
#define HTTP_TRAILER_MAX 16384       /* all trailer lines together */
#define HTTP_BODY_LIMIT (1UL << 20)  /* body bytes read at most */

/* Result codes: 0 is success, every failure is negative. */
enum http_status {
	HTTP_OK = 0,
	HTTP_E_STREAM = -1,          /* the stream failed: see stream_err */
	HTTP_E_NO_RESPONSE = -2,     /* closed before any byte of a response */
	HTTP_E_BAD_STATUS = -3,      /* garbage status line */
	HTTP_E_BAD_HEADER = -4,      /* malformed header field */
	HTTP_E_HEAD_TOO_BIG = -5,    /* header block larger than the buffer */
	HTTP_E_TOO_MANY_HEADERS = -6,/* more than HTTP_MAX_HEADERS fields */
	HTTP_E_EOF_HEAD = -7,        /* closed in the middle of the head */
	HTTP_E_BAD_LENGTH = -8,      /* invalid or conflicting Content-Length */
	HTTP_E_BAD_CHUNK = -9,       /* bad chunked framing */
	HTTP_E_EOF_BODY = -10,       /* closed before the body was complete */
	HTTP_E_BODY_TOO_BIG = -11,   /* body longer than the limit */
	HTTP_E_TOO_MANY_INTERIM = -12, /* more than HTTP_MAX_INTERIM 1xx */
	HTTP_E_ARG = -13,            /* invalid request part or argument */
	HTTP_E_BODY_LENGTH = -14     /* body put differs from Content-Length */
};

/*
 * A byte stream.  read: > 0 bytes read (at most n, n > 0), 0 at end of
 * stream, < 0 an error code of the stream's own.  write: 0 when all n bytes
 * were written, < 0 an error code of the stream's own.
 */
typedef struct {
	void *ctx;
	long (*read)(void *ctx, void *buf, size_t n);
	int (*write)(void *ctx, const void *buf, size_t n);
} http_stream;

/* Make s read and write through the connected c (error codes: net_status). */
void http_stream_net(http_stream *s, net_conn *c);

/* Short fixed description of an http_status code. */
const char *http_strerror(int code);

/* ---- request ------------------------------------------------------------ */

/* One request header field; both strings NUL-terminated. */
typedef struct {
	const char *name;
	const char *value;
} http_field;

typedef struct {
	http_stream s;
	unsigned char buf[HTTP_WRITE_BUF];
	size_t len;               /* bytes waiting in buf */
	long long body_left;      /* body bytes still expected */
	int state;                /* internal: 0 no head yet, 1 body, 2 done */
	int stream_err;           /* stream's code after HTTP_E_STREAM */
} http_writer;

/* Prepare w to write one request to s (the stream is copied). */
void http_writer_init(http_writer *w, const http_stream *s);

/*
 * Buffer the request head: "METHOD path HTTP/1.1", "Host: host", the n
 * fields in order, then "Content-Length: N" unless content_length < 0
 * (then no body may follow).  Everything is validated before anything is
 * buffered: method a token, path and host printable without spaces, names
 * tokens, values without CR, LF or other control bytes except tab; Host,
 * Content-Length and Transfer-Encoding may not appear in fields.  The
 * buffer is written out only when it fills.  Returns HTTP_OK, HTTP_E_ARG,
 * HTTP_E_STREAM.
 */
int http_write_request_head(http_writer *w, const char *method,
			    const char *path, const char *host,
			    const http_field *fields, size_t n,
			    long long content_length, char *err, size_t errlen);

/*
 * Buffer len body bytes, writing the buffer out each time it fills.
 * Returns HTTP_OK, HTTP_E_BODY_LENGTH (more than Content-Length),
 * HTTP_E_ARG (no head yet), HTTP_E_STREAM.
 */
int http_writer_put(http_writer *w, const void *data, size_t len,
		    char *err, size_t errlen);

/*
 * End the request: check that exactly Content-Length body bytes were put,
 * then write out what is buffered (in one write call).  Returns HTTP_OK,
 * HTTP_E_BODY_LENGTH, HTTP_E_ARG, HTTP_E_STREAM.
 */
int http_writer_flush(http_writer *w, char *err, size_t errlen);

/* ---- response ----------------------------------------------------------- */

/* A header field of a response: views into the head buffer, not
 * NUL-terminated; the value has no leading or trailing blanks. */
typedef struct {
	const char *name;
	size_t name_len;
	const char *value;
	size_t value_len;
} http_header;

enum http_framing {
	HTTP_FRAME_NONE = 0,      /* no body (HEAD, 204, 304, 1xx) */
	HTTP_FRAME_LENGTH,        /* Content-Length */
	HTTP_FRAME_CHUNKED,       /* Transfer-Encoding: chunked */
	HTTP_FRAME_CLOSE          /* until the end of the stream */
};

typedef struct {
	/* set by the caller after http_response_init, before reading */
	int no_body;              /* response to a HEAD request */
	/* results */
	int minor;                /* 0 for HTTP/1.0, 1 for HTTP/1.1 */
	int status;               /* 100..999 */
	const char *reason;       /* reason phrase, may be empty, trimmed */
	size_t reason_len;
	const char *head;         /* raw head of the final response, from the */
	size_t head_len;          /* status line through the empty line */
	http_header headers[HTTP_MAX_HEADERS];
	size_t nheaders;
	int framing;              /* http_framing */
	uint64_t content_length;  /* when framing is HTTP_FRAME_LENGTH */
	size_t body_len;          /* body bytes stored in the body buffer */
	uint64_t total_len;       /* body bytes received, stored or dropped */
	int truncated;            /* body longer than the body buffer */
	uint64_t received;        /* bytes read from the stream in all */
	int eof;                  /* the stream ended inside the head */
	long stream_err;          /* stream's code after HTTP_E_STREAM */
} http_response;

/* Reset resp: no results, no_body 0. */
void http_response_init(http_response *resp);

/*
 * Read one response from s.  The head goes to headbuf (headcap bytes,
 * which bounds the whole header block: a longer one is HTTP_E_HEAD_TOO_BIG
 * after reading at most headcap bytes); the first bodycap bytes of the
 * body go to body (may be NULL when bodycap is 0).  Returns HTTP_OK or a
 * negative http_status with a message in err; resp keeps what was read
 * (status and headers are valid once the head was parsed).
 */
int http_read_response(const http_stream *s, http_response *resp,
		       char *headbuf, size_t headcap,
		       char *body, size_t bodycap, char *err, size_t errlen);

/*
 * The first header named name (ASCII case-insensitive), or NULL.
 */
const http_header *http_header_get(const http_response *resp,
				   const char *name);

/*
 * Copy the value of the first header named name into out as a C string.
 * Returns its length, or -1 when absent or longer than outcap - 1.
 */
long http_header_copy(const http_response *resp, const char *name,
		      char *out, size_t outcap);

/* ---- building blocks, usable on plain buffers --------------------------- */

/*
 * Parse a status line (without its line end) of len bytes: "HTTP/1.x",
 * blanks, three digits 100..999, optionally blanks and a reason phrase.
 * Sets *minor (0 for 1.0, else 1), *status, and *reason and *reason_len (a
 * view into line, trailing blanks dropped).  Returns HTTP_OK or
 * HTTP_E_BAD_STATUS.
 */
int http_parse_status_line(const char *line, size_t len, int *minor,
			   int *status, const char **reason,
			   size_t *reason_len);

/*
 * Parse a complete head of len bytes (status line, fields, empty line;
 * lines end in CRLF or LF) into resp's status and header views, which
 * point into head.  Obsolete line folding is undone in place (CRLF becomes
 * two spaces).  Returns HTTP_OK, HTTP_E_BAD_STATUS, HTTP_E_BAD_HEADER,
 * HTTP_E_TOO_MANY_HEADERS.
 */
int http_parse_head(http_response *resp, char *head, size_t len,
		    char *err, size_t errlen);

/*
 * Decide the body framing of a parsed response (RFC 7230 3.3.3): sets
 * resp->framing and resp->content_length.  Returns HTTP_OK or
 * HTTP_E_BAD_LENGTH.
 */
int http_body_framing(http_response *resp, char *err, size_t errlen);

/* Incremental decoder of the chunked transfer coding. */
typedef struct {
	int state;                /* internal */
	uint64_t left;            /* data bytes left in the current chunk */
	size_t line;              /* bytes of the current framing line */
	size_t trailer;           /* bytes of trailer section so far */
	int digits;               /* significant hex digits of the size */
} http_chunked;

/* Prepare d to decode a new chunked body. */
void http_chunked_init(http_chunked *d);

/*
 * Decode from in[0..len): consumes *used bytes (<= len) and, when
 * *datalen > 0, those bytes were chunk data found at *data (a view into
 * in).  Call again with the rest.  Returns 0 when more input is needed
 * (or more follows in in), 1 when the body and trailers are complete
 * (bytes after that are not consumed), or HTTP_E_BAD_CHUNK with a message.
 */
int http_chunked_step(http_chunked *d, const char *in, size_t len,
		      size_t *used, const char **data, size_t *datalen,
		      char *err, size_t errlen);

/* Whether d stopped after the last chunk (EOF is then acceptable). */
int http_chunked_in_trailer(const http_chunked *d);

#endif
