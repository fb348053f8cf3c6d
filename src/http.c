/*
 * http.c - HTTP/1.1 client over an abstract byte stream.
 *
 * Writing: one fixed buffer; the head is validated whole before any of it
 * is buffered.  Reading: the head is read into the caller's buffer until
 * its empty line (never more than the buffer holds), parsed in place, and
 * the body is framed per RFC 7230 3.3.3.  Incoming line ends may be CRLF or
 * a bare LF, as Python's http.client accepts.
 */
#include "http.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "msg.h"
#include "text.h"

enum { W_INIT, W_BODY, W_DONE, W_FAILED };

enum {
	C_SIZE, C_SIZE_WS, C_EXT, C_SIZE_LF, C_DATA, C_DATA_CR, C_DATA_LF,
	C_TRAILER, C_TRAILER_LF, C_DONE
};

/* RFC 7230 tchar. */
static int is_tchar(unsigned char c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
	    || (c >= '0' && c <= '9'))
		return 1;
	return c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

/* A byte allowed in a field value or reason phrase: HTAB, SP, VCHAR,
 * obs-text. */
static int is_text(unsigned char c)
{
	return c == '\t' || (c >= 0x20 && c != 0x7f);
}

static int is_blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static unsigned char lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* Case-insensitive comparison of a[0..alen) with the C string b. */
static int name_eq(const char *a, size_t alen, const char *b)
{
	size_t i;

	for (i = 0; i < alen; i++)
		if (b[i] == '\0' || lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
			return 0;
	return b[alen] == '\0';
}

/* ---- streams -------------------------------------------------------------- */

static long net_stream_read(void *ctx, void *buf, size_t n)
{
	return net_read(ctx, buf, n);
}

static int net_stream_write(void *ctx, const void *buf, size_t n)
{
	return net_write_all(ctx, buf, n);
}

void http_stream_net(http_stream *s, net_conn *c)
{
	s->ctx = c;
	s->read = net_stream_read;
	s->write = net_stream_write;
}

const char *http_strerror(int code)
{
	switch (code) {
	case HTTP_OK:                 return "success";
	case HTTP_E_STREAM:           return "stream error";
	case HTTP_E_NO_RESPONSE:      return "connection closed before any response";
	case HTTP_E_BAD_STATUS:       return "invalid status line";
	case HTTP_E_BAD_HEADER:       return "invalid header field";
	case HTTP_E_HEAD_TOO_BIG:     return "response header block too large";
	case HTTP_E_TOO_MANY_HEADERS: return "too many header fields";
	case HTTP_E_EOF_HEAD:         return "connection closed inside the response head";
	case HTTP_E_BAD_LENGTH:       return "invalid Content-Length";
	case HTTP_E_BAD_CHUNK:        return "invalid chunked encoding";
	case HTTP_E_EOF_BODY:         return "connection closed before the end of the body";
	case HTTP_E_BODY_TOO_BIG:     return "response body too large";
	case HTTP_E_TOO_MANY_INTERIM: return "too many interim responses";
	case HTTP_E_ARG:              return "invalid argument";
	case HTTP_E_BODY_LENGTH:      return "request body length differs from Content-Length";
	default:                      return "unknown HTTP error";
	}
}

/* ---- request writer ------------------------------------------------------- */

void http_writer_init(http_writer *w, const http_stream *s)
{
	w->s = *s;
	w->len = 0;
	w->body_left = 0;
	w->state = W_INIT;
	w->stream_err = 0;
}

/* Write out the buffered bytes in one write call. */
static int w_drain(http_writer *w, char *err, size_t errlen)
{
	int r;

	if (w->len == 0)
		return HTTP_OK;
	r = w->s.write(w->s.ctx, w->buf, w->len);
	/* the head may hold credentials: leave none behind */
	memset(w->buf, 0, w->len);
	if (r < 0) {
		w->stream_err = r;
		w->state = W_FAILED;
		msg_set(err, errlen, 0, "error sending request: stream error %d", r);
		return HTTP_E_STREAM;
	}
	w->len = 0;
	return HTTP_OK;
}

/* Buffer len bytes, draining the buffer whenever it is full. */
static int w_append(http_writer *w, const void *data, size_t len,
		    char *err, size_t errlen)
{
	const unsigned char *p = data;
	size_t n;
	int rc;

	while (len > 0) {
		if (w->len == sizeof w->buf) {
			rc = w_drain(w, err, errlen);
			if (rc)
				return rc;
		}
		n = sizeof w->buf - w->len;
		if (n > len)
			n = len;
		memcpy(w->buf + w->len, p, n);
		w->len += n;
		p += n;
		len -= n;
	}
	return HTTP_OK;
}

static int w_str(http_writer *w, const char *s, char *err, size_t errlen)
{
	return w_append(w, s, strlen(s), err, errlen);
}

/* Non-empty, and every byte satisfies ok(). */
static int all_of(const char *s, int (*ok)(unsigned char))
{
	if (!s || !*s)
		return 0;
	for (; *s; s++)
		if (!ok((unsigned char)*s))
			return 0;
	return 1;
}

static int is_vchar(unsigned char c)
{
	return c > 0x20 && c < 0x7f;
}

static int valid_value(const char *s)
{
	if (!s)
		return 0;
	for (; *s; s++)
		if (!is_text((unsigned char)*s))
			return 0;
	return 1;
}

static int check_head(const char *method, const char *path, const char *host,
		      const http_field *fields, size_t n,
		      char *err, size_t errlen)
{
	size_t i;

	if (!all_of(method, is_tchar)) {
		msg_set(err, errlen, 0, "invalid request method");
		return HTTP_E_ARG;
	}
	if (!all_of(path, is_vchar)) {
		msg_set(err, errlen, 0, "invalid request path");
		return HTTP_E_ARG;
	}
	if (!all_of(host, is_vchar)) {
		msg_set(err, errlen, 0, "invalid Host");
		return HTTP_E_ARG;
	}
	if (n > 0 && !fields) {
		msg_set(err, errlen, 0, "missing header fields");
		return HTTP_E_ARG;
	}
	for (i = 0; i < n; i++) {
		const char *name = fields[i].name;
		if (!all_of(name, is_tchar)) {
			msg_set(err, errlen, 0, "invalid header name (field %zu)", i);
			return HTTP_E_ARG;
		}
		if (name_eq(name, strlen(name), "host")
		    || name_eq(name, strlen(name), "content-length")
		    || name_eq(name, strlen(name), "transfer-encoding")) {
			msg_set(err, errlen, 0, "header %s is set by the HTTP client", name);
			return HTTP_E_ARG;
		}
		if (!valid_value(fields[i].value)) {
			msg_set(err, errlen, 0, "invalid value for header %s", name);
			return HTTP_E_ARG;
		}
	}
	return HTTP_OK;
}

int http_write_request_head(http_writer *w, const char *method,
			    const char *path, const char *host,
			    const http_field *fields, size_t n,
			    long long content_length, char *err, size_t errlen)
{
	char num[48];
	size_t i;
	int rc;

	if (w->state != W_INIT) {
		msg_set(err, errlen, 0, "request head already written");
		return HTTP_E_ARG;
	}
	rc = check_head(method, path, host, fields, n, err, errlen);
	if (rc)
		return rc;
	w->state = W_FAILED;
	if ((rc = w_str(w, method, err, errlen)) || (rc = w_str(w, " ", err, errlen))
	    || (rc = w_str(w, path, err, errlen))
	    || (rc = w_str(w, " HTTP/1.1\r\nHost: ", err, errlen))
	    || (rc = w_str(w, host, err, errlen))
	    || (rc = w_str(w, "\r\n", err, errlen)))
		return rc;
	for (i = 0; i < n; i++) {
		if ((rc = w_str(w, fields[i].name, err, errlen))
		    || (rc = w_str(w, ": ", err, errlen))
		    || (rc = w_str(w, fields[i].value, err, errlen))
		    || (rc = w_str(w, "\r\n", err, errlen)))
			return rc;
	}
	if (content_length >= 0) {
		snprintf(num, sizeof num, "Content-Length: %lld\r\n", content_length);
		if ((rc = w_str(w, num, err, errlen)))
			return rc;
	}
	if ((rc = w_str(w, "\r\n", err, errlen)))
		return rc;
	w->body_left = content_length > 0 ? content_length : 0;
	w->state = W_BODY;
	return HTTP_OK;
}

int http_writer_put(http_writer *w, const void *data, size_t len,
		    char *err, size_t errlen)
{
	if (w->state != W_BODY) {
		msg_set(err, errlen, 0, "request body written out of order");
		return HTTP_E_ARG;
	}
	if (len == 0)
		return HTTP_OK;
	if (!data) {
		msg_set(err, errlen, 0, "missing body data");
		return HTTP_E_ARG;
	}
	if ((unsigned long long)len > (unsigned long long)w->body_left) {
		msg_set(err, errlen, 0, "request body longer than its Content-Length");
		return HTTP_E_BODY_LENGTH;
	}
	w->body_left -= (long long)len;
	return w_append(w, data, len, err, errlen);
}

int http_writer_flush(http_writer *w, char *err, size_t errlen)
{
	int rc;

	if (w->state != W_BODY) {
		msg_set(err, errlen, 0, "request flushed out of order");
		return HTTP_E_ARG;
	}
	if (w->body_left != 0) {
		msg_set(err, errlen, 0, "request body %lld bytes shorter than its "
			"Content-Length", w->body_left);
		return HTTP_E_BODY_LENGTH;
	}
	rc = w_drain(w, err, errlen);
	if (rc == HTTP_OK)
		w->state = W_DONE;
	return rc;
}

/* ---- head parsing --------------------------------------------------------- */

int http_parse_status_line(const char *line, size_t len, int *minor,
			   int *status, const char **reason,
			   size_t *reason_len)
{
	const unsigned char *p = (const unsigned char *)line;
	size_t i = 8, end;

	if (len < 12 || memcmp(line, "HTTP/1.", 7) != 0 || !is_digit(p[7])
	    || !is_blank(p[8]))
		return HTTP_E_BAD_STATUS;
	while (i < len && is_blank(p[i]))
		i++;
	if (len - i < 3 || !is_digit(p[i]) || !is_digit(p[i + 1])
	    || !is_digit(p[i + 2]) || p[i] == '0')
		return HTTP_E_BAD_STATUS;
	if (i + 3 < len && !is_blank(p[i + 3]))
		return HTTP_E_BAD_STATUS;
	*minor = p[7] == '0' ? 0 : 1;
	*status = (p[i] - '0') * 100 + (p[i + 1] - '0') * 10 + (p[i + 2] - '0');
	i += 3;
	while (i < len && is_blank(p[i]))
		i++;
	end = len;
	while (end > i && is_blank(p[end - 1]))
		end--;
	*reason = line + i;
	*reason_len = end - i;
	for (; i < end; i++)
		if (!is_text(p[i]))
			return HTTP_E_BAD_STATUS;
	return HTTP_OK;
}

/* Length of the line at p (up to end) without its CRLF or LF; *next is set
 * past the LF.  Returns -1 when no LF follows. */
static long line_at(const char *p, const char *end, const char **next)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	size_t n;

	if (!nl)
		return -1;
	*next = nl + 1;
	n = (size_t)(nl - p);
	if (n > 0 && p[n - 1] == '\r')
		n--;
	return (long)n;
}

/* Undo an obs-fold: the line at p (length n) continues header h. */
static void unfold(http_header *h, char *p, size_t n)
{
	char *start = (char *)h->value;

	/* the previous line end becomes blanks */
	p[-1] = ' ';
	if (p[-2] == '\r')
		p[-2] = ' ';
	while (n > 0 && is_blank((unsigned char)p[n - 1]))
		n--;
	while (start < p + n && is_blank((unsigned char)*start))
		start++;
	h->value = start;
	h->value_len = start < p + n ? (size_t)(p + n - start) : 0;
}

/*
 * Parse "name: value" of n bytes at p into h, as Python's email parser
 * (behind http.client) reads a header line: the name is any printable
 * ASCII but ':' (possibly empty), the value any bytes, trimmed of blanks.
 * Returns 0 when the line is not a header line.
 */
static int parse_field(http_header *h, const char *p, size_t n)
{
	size_t i = 0, v, e;

	while (i < n && p[i] > ' ' && p[i] < 0x7f && p[i] != ':')
		i++;
	if (i == n || p[i] != ':')
		return 0;
	h->name = p;
	h->name_len = i;
	v = i + 1;
	while (v < n && is_blank((unsigned char)p[v]))
		v++;
	e = n;
	while (e > v && is_blank((unsigned char)p[e - 1]))
		e--;
	h->value = p + v;
	h->value_len = e - v;
	return 1;
}

int http_parse_head(http_response *resp, char *head, size_t len,
		    char *err, size_t errlen)
{
	const char *end = head + len, *next;
	char *p = head;
	http_header h;
	long n;
	int stop = 0;

	resp->nheaders = 0;
	resp->head = head;
	resp->head_len = 0;
	n = line_at(p, end, &next);
	if (n < 0 || http_parse_status_line(p, (size_t)n, &resp->minor,
					    &resp->status, &resp->reason,
					    &resp->reason_len) != HTTP_OK) {
		msg_set(err, errlen, 0, "invalid HTTP status line");
		return HTTP_E_BAD_STATUS;
	}
	/*
	 * Header lines as http.client's email parser takes them: a folded
	 * line continues the last header (and is dropped when there is
	 * none), an mbox "From " line is dropped, and the first line that
	 * is not a header ends the fields: the rest of the head is ignored.
	 */
	for (;;) {
		p = (char *)next;
		n = line_at(p, end, &next);
		if (n < 0) {
			msg_set(err, errlen, 0, "header block not terminated");
			return HTTP_E_BAD_HEADER;
		}
		if (n == 0)
			break;
		if (stop || (n >= 5 && memcmp(p, "From ", 5) == 0))
			continue;
		if (is_blank((unsigned char)p[0])) {
			if (resp->nheaders > 0)
				unfold(&resp->headers[resp->nheaders - 1], p,
				       (size_t)n);
		} else if (!parse_field(&h, p, (size_t)n)) {
			stop = 1;
		} else if (resp->nheaders == HTTP_MAX_HEADERS) {
			msg_set(err, errlen, 0, "got more than %d headers",
				HTTP_MAX_HEADERS);
			return HTTP_E_TOO_MANY_HEADERS;
		} else {
			resp->headers[resp->nheaders++] = h;
		}
	}
	resp->head_len = (size_t)(next - head);
	return HTTP_OK;
}

const http_header *http_header_get(const http_response *resp,
				   const char *name)
{
	size_t i;

	for (i = 0; i < resp->nheaders; i++)
		if (name_eq(resp->headers[i].name, resp->headers[i].name_len, name))
			return &resp->headers[i];
	return NULL;
}

long http_header_copy(const http_response *resp, const char *name,
		      char *out, size_t outcap)
{
	const http_header *h = http_header_get(resp, name);

	if (!h || !out || h->value_len >= outcap)
		return -1;
	memcpy(out, h->value, h->value_len);
	out[h->value_len] = '\0';
	return (long)h->value_len;
}

/* ---- body framing --------------------------------------------------------- */

/* Parse one Content-Length value: comma-separated decimals, all equal (as
 * urllib3 accepts).  Returns 0 and sets *out, or -1. */
static int parse_length(const char *p, size_t n, uint64_t *out)
{
	size_t i = 0;
	int have = 0, digits;
	uint64_t v, first = 0;

	for (;;) {
		while (i < n && is_blank((unsigned char)p[i]))
			i++;
		v = 0;
		digits = 0;
		while (i < n && is_digit((unsigned char)p[i])) {
			if (v > (UINT64_MAX - 9) / 10)
				return -1;
			v = v * 10 + (uint64_t)(p[i] - '0');
			digits++;
			i++;
		}
		while (i < n && is_blank((unsigned char)p[i]))
			i++;
		if (digits == 0 || (have && v != first))
			return -1;
		first = v;
		have = 1;
		if (i == n)
			break;
		if (p[i] != ',')
			return -1;
		i++;
	}
	*out = first;
	return 0;
}

/* Whether the last coding of a Transfer-Encoding value is "chunked". */
static int last_coding_chunked(const char *p, size_t n)
{
	size_t s = n, e;

	while (s > 0 && p[s - 1] != ',')
		s--;
	while (s < n && is_blank((unsigned char)p[s]))
		s++;
	e = n;
	while (e > s && is_blank((unsigned char)p[e - 1]))
		e--;
	return name_eq(p + s, e - s, "chunked");
}

int http_body_framing(http_response *resp, char *err, size_t errlen)
{
	const http_header *h;
	int te = 0, chunked = 0, have_len = 0;
	uint64_t len = 0, v;
	size_t i;

	resp->content_length = 0;
	if (resp->no_body || resp->status < 200 || resp->status == 204
	    || resp->status == 304) {
		resp->framing = HTTP_FRAME_NONE;
		return HTTP_OK;
	}
	for (i = 0; i < resp->nheaders; i++) {
		h = &resp->headers[i];
		if (name_eq(h->name, h->name_len, "transfer-encoding")) {
			te = 1;
			chunked = last_coding_chunked(h->value, h->value_len);
		}
	}
	if (te) {
		resp->framing = chunked ? HTTP_FRAME_CHUNKED : HTTP_FRAME_CLOSE;
		return HTTP_OK;
	}
	for (i = 0; i < resp->nheaders; i++) {
		h = &resp->headers[i];
		if (!name_eq(h->name, h->name_len, "content-length"))
			continue;
		if (parse_length(h->value, h->value_len, &v) != 0
		    || (have_len && v != len)) {
			msg_set(err, errlen, 0, "invalid Content-Length: %.*s",
				(int)(h->value_len > 64 ? 64 : h->value_len),
				h->value);
			return HTTP_E_BAD_LENGTH;
		}
		len = v;
		have_len = 1;
	}
	resp->framing = have_len ? HTTP_FRAME_LENGTH : HTTP_FRAME_CLOSE;
	resp->content_length = len;
	return HTTP_OK;
}

/* ---- chunked decoder ------------------------------------------------------ */

void http_chunked_init(http_chunked *d)
{
	d->state = C_SIZE;
	d->left = 0;
	d->line = 0;
	d->trailer = 0;
	d->digits = 0;
}

int http_chunked_in_trailer(const http_chunked *d)
{
	return d->state == C_TRAILER || d->state == C_TRAILER_LF
	       || d->state == C_DONE;
}

static int chunk_fail(http_chunked *d, const char *what, char *err, size_t errlen)
{
	msg_set(err, errlen, 0, "invalid chunked encoding: %s", what);
	return HTTP_E_BAD_CHUNK;
}

/* One byte of a chunk-size line.  Returns 1 at its end, 0 to go on, or
 * an error. */
static int size_byte(http_chunked *d, unsigned char c, char *err, size_t errlen)
{
	int x;

	if (++d->line > HTTP_CHUNK_LINE_MAX)
		return chunk_fail(d, "chunk-size line too long", err, errlen);
	if (d->state == C_SIZE && (x = hex_digit(c)) >= 0) {
		if (d->left >> 59)
			return chunk_fail(d, "chunk size too large", err, errlen);
		d->left = (d->left << 4) | (uint64_t)x;
		d->digits++;
		return 0;
	}
	if (d->state == C_SIZE && d->digits == 0)
		return chunk_fail(d, "missing chunk size", err, errlen);
	if (d->state == C_SIZE_LF) {
		if (c != '\n')
			return chunk_fail(d, "CR without LF", err, errlen);
		return 1;
	}
	if (c == '\n')
		return 1;
	if (c == '\r')
		d->state = C_SIZE_LF;
	else if (d->state == C_EXT)
		return is_text(c) ? 0 : chunk_fail(d, "control byte in chunk extension", err, errlen);
	else if (c == ';')
		d->state = C_EXT;
	else if (is_blank(c))
		d->state = C_SIZE_WS;
	else
		return chunk_fail(d, "bad chunk-size line", err, errlen);
	return 0;
}

/* One byte of the trailer section.  Returns 1 at its end (empty line), 0
 * to go on, or an error. */
static int trailer_byte(http_chunked *d, unsigned char c, char *err, size_t errlen)
{
	if (++d->trailer > HTTP_TRAILER_MAX)
		return chunk_fail(d, "trailer section too long", err, errlen);
	if (d->state == C_TRAILER_LF && c != '\n')
		return chunk_fail(d, "CR without LF in trailer", err, errlen);
	if (c == '\n') {
		if (d->line == 0)
			return 1;
		d->line = 0;
		d->state = C_TRAILER;
		return 0;
	}
	if (c == '\r') {
		d->state = C_TRAILER_LF;
		return 0;
	}
	if (!is_text(c))
		return chunk_fail(d, "control byte in trailer", err, errlen);
	d->line++;
	return 0;
}

int http_chunked_step(http_chunked *d, const char *in, size_t len,
		      size_t *used, const char **data, size_t *datalen,
		      char *err, size_t errlen)
{
	size_t i = 0, n;
	unsigned char c;
	int r;

	*used = 0;
	*data = NULL;
	*datalen = 0;
	if (d->state == C_DONE)
		return 1;
	if (d->state == C_DATA) {
		n = len;
		if ((uint64_t)n > d->left)
			n = (size_t)d->left;
		*data = in;
		*datalen = n;
		*used = n;
		d->left -= n;
		if (d->left == 0)
			d->state = C_DATA_CR;
		return 0;
	}
	while (i < len) {
		c = (unsigned char)in[i++];
		switch (d->state) {
		case C_DATA_CR:
			if (c == '\n' || c == '\r') {
				d->state = c == '\n' ? C_SIZE : C_DATA_LF;
				break;
			}
			return chunk_fail(d, "missing CRLF after chunk data", err, errlen);
		case C_DATA_LF:
			if (c != '\n')
				return chunk_fail(d, "missing LF after chunk data", err, errlen);
			d->state = C_SIZE;
			break;
		case C_TRAILER:
		case C_TRAILER_LF:
			r = trailer_byte(d, c, err, errlen);
			if (r < 0)
				return r;
			if (r == 1) {
				d->state = C_DONE;
				*used = i;
				return 1;
			}
			break;
		default:
			r = size_byte(d, c, err, errlen);
			if (r < 0)
				return r;
			if (r == 1) {
				d->state = d->left ? C_DATA : C_TRAILER;
				d->line = 0;
				d->digits = 0;
				*used = i;
				return 0;
			}
			break;
		}
	}
	*used = i;
	return 0;
}

/* ---- response reader ------------------------------------------------------ */

typedef struct {
	const http_stream *s;
	http_response *resp;
	char *body;
	size_t bodycap;
	uint64_t limit;
	const char *pend;         /* bytes read with the head, not yet used */
	size_t npend;
	char *rbuf;
	size_t rcap;
} body_reader;

static int stream_fail(http_response *resp, long r, const char *when,
		       char *err, size_t errlen)
{
	resp->stream_err = r;
	msg_set(err, errlen, 0, "error reading response %s: stream error %ld",
		when, r);
	return HTTP_E_STREAM;
}

/* Next input: up to want bytes at *p.  Returns the count, 0 at end of
 * stream, or an http_status. */
static long br_fill(body_reader *b, size_t want, const char **p,
		    char *err, size_t errlen)
{
	long r;

	if (b->npend > 0) {
		if (want > b->npend)
			want = b->npend;
		*p = b->pend;
		b->pend += want;
		b->npend -= want;
		return (long)want;
	}
	if (b->resp->eof)
		return 0;
	if (want > b->rcap)
		want = b->rcap;
	r = b->s->read(b->s->ctx, b->rbuf, want);
	if (r < 0)
		return stream_fail(b->resp, r, "body", err, errlen);
	if ((size_t)r > want) {
		b->resp->stream_err = r;
		msg_set(err, errlen, 0, "stream returned more bytes than asked");
		return HTTP_E_STREAM;
	}
	b->resp->received += (uint64_t)r;
	*p = b->rbuf;
	return r;
}

/* Take n body bytes: store what fits, count the rest. */
static int br_sink(body_reader *b, const char *p, size_t n,
		   char *err, size_t errlen)
{
	http_response *resp = b->resp;
	size_t room = b->bodycap - resp->body_len;

	if (resp->total_len + n > b->limit) {
		resp->truncated = 1;
		msg_set(err, errlen, 0, "response body longer than %llu bytes",
			(unsigned long long)b->limit);
		return HTTP_E_BODY_TOO_BIG;
	}
	if (room > n)
		room = n;
	if (room > 0) {
		memcpy(b->body + resp->body_len, p, room);
		resp->body_len += room;
	}
	if (room < n)
		resp->truncated = 1;
	resp->total_len += n;
	return HTTP_OK;
}

static int read_length_body(body_reader *b, char *err, size_t errlen)
{
	http_response *resp = b->resp;
	const char *p;
	uint64_t left;
	size_t want;
	long r;
	int rc;

	while (resp->total_len < resp->content_length) {
		left = resp->content_length - resp->total_len;
		want = left > b->rcap ? b->rcap : (size_t)left;
		r = br_fill(b, want, &p, err, errlen);
		if (r < 0)
			return (int)r;
		if (r == 0) {
			msg_set(err, errlen, 0, "connection closed after %llu of "
				"%llu body bytes",
				(unsigned long long)resp->total_len,
				(unsigned long long)resp->content_length);
			return HTTP_E_EOF_BODY;
		}
		rc = br_sink(b, p, (size_t)r, err, errlen);
		if (rc)
			return rc;
	}
	return HTTP_OK;
}

static int read_close_body(body_reader *b, char *err, size_t errlen)
{
	const char *p;
	long r;
	int rc;

	for (;;) {
		r = br_fill(b, b->rcap, &p, err, errlen);
		if (r <= 0)
			return (int)r;
		rc = br_sink(b, p, (size_t)r, err, errlen);
		if (rc)
			return rc;
	}
}

static int read_chunked_body(body_reader *b, char *err, size_t errlen)
{
	http_chunked d;
	const char *p, *data;
	size_t off, used, dlen;
	long r;
	int rc;

	http_chunked_init(&d);
	for (;;) {
		r = br_fill(b, b->rcap, &p, err, errlen);
		if (r < 0)
			return (int)r;
		if (r == 0) {
			if (http_chunked_in_trailer(&d))
				return HTTP_OK;
			msg_set(err, errlen, 0, "connection closed inside chunked "
				"body after %llu bytes",
				(unsigned long long)b->resp->total_len);
			return HTTP_E_EOF_BODY;
		}
		for (off = 0; off < (size_t)r; off += used) {
			rc = http_chunked_step(&d, p + off, (size_t)r - off, &used,
					       &data, &dlen, err, errlen);
			if (rc < 0)
				return rc;
			if (dlen > 0 && (rc = br_sink(b, data, dlen, err, errlen)) != 0)
				return rc;
			if (rc == 1)
				return HTTP_OK;
		}
	}
}

/* Offset just past the empty line ending a head in buf[0..len), looking at
 * line ends from 'from' on; 0 when there is none yet. */
static size_t find_head_end(const char *buf, size_t from, size_t len)
{
	size_t i;

	for (i = from; i < len; i++) {
		if (buf[i] != '\n')
			continue;
		if (i + 1 < len && buf[i + 1] == '\n')
			return i + 2;
		if (i + 2 < len && buf[i + 1] == '\r' && buf[i + 2] == '\n')
			return i + 3;
	}
	return 0;
}

/* Whether the first line in buf[0..len) (complete or not) is a status
 * line. */
static int status_ok(const char *buf, size_t len)
{
	const char *nl = memchr(buf, '\n', len);
	const char *reason;
	size_t n = nl ? (size_t)(nl - buf) : len, rlen;
	int minor, status;

	if (n > 0 && buf[n - 1] == '\r')
		n--;
	return http_parse_status_line(buf, n, &minor, &status, &reason,
				      &rlen) == HTTP_OK;
}

static int eof_in_head(char *err, size_t errlen)
{
	msg_set(err, errlen, 0, "connection closed inside the response head");
	return HTTP_E_EOF_HEAD;
}

/*
 * The stream ended after *have bytes of a head whose status line is valid:
 * as http.client does, take the end of stream as the end of the header
 * fields (a last line without its line end still counts).  Completes the
 * head in buf with the missing line ends.
 */
static int end_head_at_eof(char *buf, size_t cap, size_t *have,
			   size_t *head_len, char *err, size_t errlen)
{
	static const char ends[] = "\r\n\r\n";
	size_t skip = 0, n;

	if (*have > 0 && buf[*have - 1] == '\n')
		skip = 2;                  /* the last line is complete */
	else if (*have > 0 && buf[*have - 1] == '\r')
		skip = 1;
	n = 4 - skip;
	if (cap - *have < n)
		return eof_in_head(err, errlen);
	memcpy(buf + *have, ends + skip, n);
	*have += n;
	*head_len = *have;
	return HTTP_OK;
}

/*
 * Read until buf[0..*have) holds a complete head (buf may already hold
 * *have bytes); sets *head_len.  A bad status line is reported as soon as
 * its line end arrives.
 */
static int read_head(const http_stream *s, http_response *resp, char *buf,
		     size_t cap, size_t *have, size_t *head_len,
		     char *err, size_t errlen)
{
	size_t from = 0, end;
	int checked = 0;
	long r;

	for (;;) {
		if (resp->eof)                 /* nothing more will come */
			return eof_in_head(err, errlen);
		if (!checked && memchr(buf + from, '\n', *have - from)) {
			if (!status_ok(buf, *have)) {
				msg_set(err, errlen, 0, "invalid HTTP status line");
				return HTTP_E_BAD_STATUS;
			}
			checked = 1;
		}
		end = find_head_end(buf, from, *have);
		if (end) {
			*head_len = end;
			return HTTP_OK;
		}
		from = *have >= 2 ? *have - 2 : 0;
		if (*have == cap) {
			msg_set(err, errlen, 0, "response header block larger than "
				"%zu bytes", cap);
			return HTTP_E_HEAD_TOO_BIG;
		}
		r = s->read(s->ctx, buf + *have, cap - *have);
		if (r < 0)
			return stream_fail(resp, r, "head", err, errlen);
		if ((size_t)r > cap - *have) {
			resp->stream_err = r;
			msg_set(err, errlen, 0, "stream returned more bytes than asked");
			return HTTP_E_STREAM;
		}
		if (r == 0) {
			if (resp->received == 0) {
				msg_set(err, errlen, 0, "connection closed before any "
					"response");
				return HTTP_E_NO_RESPONSE;
			}
			if (*have == 0)            /* after an interim response */
				return eof_in_head(err, errlen);
			if (!checked && !status_ok(buf, *have)) {
				msg_set(err, errlen, 0, "invalid HTTP status line");
				return HTTP_E_BAD_STATUS;
			}
			resp->eof = 1;
			return end_head_at_eof(buf, cap, have, head_len, err,
					       errlen);
		}
		resp->received += (uint64_t)r;
		*have += (size_t)r;
	}
}

static void reset_results(http_response *resp)
{
	int no_body = resp->no_body;

	memset(resp, 0, sizeof *resp);
	resp->no_body = no_body;
}

void http_response_init(http_response *resp)
{
	memset(resp, 0, sizeof *resp);
}

int http_read_response(const http_stream *s, http_response *resp,
		       char *headbuf, size_t headcap,
		       char *body, size_t bodycap, char *err, size_t errlen)
{
	char rbuf[HTTP_READ_BUF];
	body_reader b;
	size_t have = 0, head_len = 0;
	int interim = 0, rc;

	if (err && errlen)
		err[0] = '\0';
	if (!s || !s->read || !resp || !headbuf || headcap == 0
	    || (!body && bodycap)) {
		msg_set(err, errlen, 0, "invalid arguments to http_read_response");
		return HTTP_E_ARG;
	}
	reset_results(resp);
	for (;;) {
		rc = read_head(s, resp, headbuf, headcap, &have, &head_len,
			       err, errlen);
		if (rc)
			return rc;
		rc = http_parse_head(resp, headbuf, head_len, err, errlen);
		if (rc)
			return rc;
		if (resp->status >= 200 || resp->status == 101)
			break;
		if (++interim > HTTP_MAX_INTERIM) {
			msg_set(err, errlen, 0, "more than %d interim responses",
				HTTP_MAX_INTERIM);
			return HTTP_E_TOO_MANY_INTERIM;
		}
		memmove(headbuf, headbuf + head_len, have - head_len);
		have -= head_len;
	}
	rc = http_body_framing(resp, err, errlen);
	if (rc)
		return rc;
	b.s = s;
	b.resp = resp;
	b.body = body;
	b.bodycap = bodycap;
	b.limit = bodycap > HTTP_BODY_LIMIT ? bodycap : HTTP_BODY_LIMIT;
	b.pend = headbuf + head_len;
	b.npend = have - head_len;
	b.rbuf = rbuf;
	b.rcap = sizeof rbuf;
	switch (resp->framing) {
	case HTTP_FRAME_LENGTH:
		return read_length_body(&b, err, errlen);
	case HTTP_FRAME_CHUNKED:
		return read_chunked_body(&b, err, errlen);
	case HTTP_FRAME_CLOSE:
		return read_close_body(&b, err, errlen);
	default:
		return HTTP_OK;
	}
}
