/*
 * fuzz_http.c - libFuzzer harness for the HTTP/1.1 response reader
 * (src/http.c): status line, header fields, framing (Content-Length,
 * chunked, close-delimited), interim 1xx responses, limits.
 *
 * Input: byte 0 chooses how the stream hands out its bytes (piece sizes
 * from 1 byte up, or everything at once), byte 1 the caller's buffers
 * (head capacity, body capacity, HEAD request); the rest is what the
 * server sent.
 *
 * Invariants: the result is an http_status with a message on failure; no
 * more than the input is read; on success the status is 100..999 (never
 * an interim one unless 101), the head is inside the caller's buffer and
 * ends with an empty line, header views lie inside the head, the body
 * stored fits its buffer and equals what a second read with a larger
 * buffer stores; reading the same bytes in other pieces gives the same
 * result.
 */
#include "fuzz_util.h"

#include "http.h"
#include "limits.h"

#define MAX_IN (256 * 1024)

typedef struct {
	const unsigned char *p;
	size_t len, pos;
	unsigned piece;          /* 0: as much as asked */
	unsigned calls;
} memstream;

static long mem_read(void *ctx, void *buf, size_t n)
{
	memstream *m = ctx;
	size_t k = m->len - m->pos;

	FUZZ_REQUIRE(n > 0);
	m->calls++;
	if (k > n)
		k = n;
	if (m->piece && k > m->piece + (m->calls % 3))
		k = m->piece + (m->calls % 3);
	memcpy(buf, m->p + m->pos, k);
	m->pos += k;
	return (long)k;
}

static int mem_write(void *ctx, const void *buf, size_t n)
{
	(void)ctx;
	(void)buf;
	(void)n;
	return 0;
}

static char head[RESPONSE_HEAD_MAX_BYTES], head2[RESPONSE_HEAD_MAX_BYTES];
static char body[RESPONSE_BODY_MAX_BYTES], body2[RESPONSE_BODY_MAX_BYTES];
static char err[512], err2[512];
static http_response r, r2;

static int read_one(const uint8_t *in, size_t n, unsigned piece, int no_body,
		    http_response *resp, char *hb, size_t hcap, char *bb,
		    size_t bcap, char *e, size_t elen, memstream *m)
{
	http_stream s;

	m->p = in;
	m->len = n;
	m->pos = 0;
	m->piece = piece;
	m->calls = 0;
	s.ctx = m;
	s.read = mem_read;
	s.write = mem_write;
	http_response_init(resp);
	resp->no_body = no_body;
	e[0] = '\0';
	return http_read_response(&s, resp, hb, hcap, bb, bcap, e, elen);
}

static void check_ok(const http_response *p, const char *hb, size_t hcap,
		     size_t bcap)
{
	size_t i;

	FUZZ_REQUIRE(p->status >= 100 && p->status <= 999);
	FUZZ_REQUIRE(p->status >= 200 || p->status == 101);
	FUZZ_REQUIRE(p->minor == 0 || p->minor == 1);
	FUZZ_REQUIRE(p->head >= hb && p->head_len <= hcap &&
		     p->head + p->head_len <= hb + hcap);
	FUZZ_REQUIRE(p->head_len >= 2 && p->head[p->head_len - 1] == '\n');
	FUZZ_REQUIRE(p->nheaders <= HTTP_MAX_HEADERS);
	for (i = 0; i < p->nheaders; i++) {
		const http_header *h = &p->headers[i];
		/* (a name may be empty: ": v" is a header line to
		 * Python's email parser, as here) */
		FUZZ_REQUIRE(h->name >= p->head && h->name + h->name_len <=
			     p->head + p->head_len);
		FUZZ_REQUIRE(h->value >= p->head && h->value + h->value_len <=
			     p->head + p->head_len);
		FUZZ_REQUIRE(http_header_get(p, "x") == NULL ||
			     http_header_get(p, "x")->name_len == 1);
	}
	FUZZ_REQUIRE(p->body_len <= bcap && p->body_len <= p->total_len);
	FUZZ_REQUIRE(p->truncated == (p->total_len > bcap));
	FUZZ_REQUIRE(p->total_len <= HTTP_BODY_LIMIT);
	if (p->framing == HTTP_FRAME_LENGTH)
		FUZZ_REQUIRE(p->total_len == p->content_length);
	if (p->framing == HTTP_FRAME_NONE)
		FUZZ_REQUIRE(p->total_len == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t hcaps[] = { sizeof head, 64, 300, 4096 };
	static const size_t bcaps[] = { sizeof body, 0, 1, 100 };
	memstream m, m2;
	unsigned piece;
	size_t hcap, bcap;
	int no_body, rc, rc2;
	char line[64];

	if (size < 2 || size > MAX_IN)
		return 0;
	piece = data[0] < 128 ? 0 : (unsigned)(data[0] & 31) + 1;
	hcap = hcaps[data[1] & 3];
	bcap = bcaps[(data[1] >> 2) & 3];
	no_body = (data[1] >> 4) & 1;
	data += 2;
	size -= 2;

	rc = read_one(data, size, piece, no_body, &r, head, hcap, body, bcap,
		      err, sizeof err, &m);
	FUZZ_REQUIRE(rc <= 0 && rc >= HTTP_E_BODY_LENGTH);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	FUZZ_REQUIRE(m.pos <= size && r.received == m.pos);
	FUZZ_REQUIRE(http_strerror(rc) != NULL);
	if (rc != HTTP_OK) {
		FUZZ_REQUIRE(err[0] != '\0');
		FUZZ_REQUIRE(rc != HTTP_E_STREAM);  /* the stream never fails */
	} else {
		check_ok(&r, head, hcap, bcap);
		FUZZ_REQUIRE(http_header_copy(&r, "content-type", line,
					      sizeof line) < (long)sizeof line);
	}

	/* the same bytes one at a time, into the largest buffers */
	rc2 = read_one(data, size, 1, no_body, &r2, head2, hcap, body2,
		       sizeof body2, err2, sizeof err2, &m2);
	FUZZ_REQUIRE(rc2 == rc);
	if (rc == HTTP_OK) {
		FUZZ_REQUIRE(r2.status == r.status &&
			     r2.nheaders == r.nheaders &&
			     r2.head_len == r.head_len &&
			     memcmp(r2.head, r.head, r.head_len) == 0);
		FUZZ_REQUIRE(r2.total_len == r.total_len &&
			     r2.framing == r.framing);
		FUZZ_REQUIRE(memcmp(body, body2, r.body_len) == 0);
		FUZZ_REQUIRE(r2.body_len == (r.total_len < sizeof body2 ?
					     r.total_len : sizeof body2));
	}
	return 0;
}
