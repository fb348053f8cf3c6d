/*
 * test_http.c - HTTP/1.1 client on in-memory streams: request writer,
 * status and header parsing, every body framing, limits, malformed input
 * and premature end of stream, with data delivered in various fragment
 * sizes.
 */
#include "http.h"
#include "check.h"

#include <stdint.h>
#include <stdlib.h>

#define HEADCAP 16384
#define BODYCAP 4096

/* ---- fake input stream ---------------------------------------------------- */

/* Delivers prefix, then fill_count copies of fill, in reads of at most frag
 * bytes (0: as much as asked); at the end returns end_code (0: EOF). */
typedef struct {
	const char *data;
	size_t len;
	size_t pos;
	char fill;
	uint64_t fill_count;
	uint64_t fill_pos;
	size_t frag;
	long end_code;
	uint64_t given;
	int reads;
	int ends;                 /* reads answered with end_code */
} fake_in;

static long fake_read(void *ctx, void *buf, size_t n)
{
	fake_in *f = ctx;
	size_t k = 0;
	char *out = buf;

	f->reads++;
	if (f->frag && n > f->frag)
		n = f->frag;
	while (k < n && f->pos < f->len)
		out[k++] = f->data[f->pos++];
	while (k < n && f->fill_pos < f->fill_count) {
		out[k++] = f->fill;
		f->fill_pos++;
	}
	f->given += k;
	if (k == 0) {
		f->ends++;
		return f->end_code;
	}
	return (long)k;
}

static int no_write(void *ctx, const void *buf, size_t n)
{
	return -1;
}

static void fake_init(fake_in *f, const char *data, size_t frag)
{
	memset(f, 0, sizeof *f);
	f->data = data;
	f->len = strlen(data);
	f->frag = frag;
}

static http_stream fake_stream(fake_in *f)
{
	http_stream s;

	s.ctx = f;
	s.read = fake_read;
	s.write = no_write;
	return s;
}

static char headbuf[HEADCAP];
static char bodybuf[BODYCAP];
static char errbuf[256];

/* Read one response from text delivered frag bytes at a time. */
static fake_in last;          /* the stream of the last run() */

static int run(const char *text, size_t frag, http_response *r)
{
	fake_in *f = &last;
	http_stream s;

	fake_init(f, text, frag);
	s = fake_stream(f);
	http_response_init(r);
	memset(bodybuf, 0, sizeof bodybuf);
	return http_read_response(&s, r, headbuf, sizeof headbuf, bodybuf,
				  sizeof bodybuf, errbuf, sizeof errbuf);
}

static const size_t frags[] = { 1, 0, 3, 7 };
#define NFRAGS (sizeof frags / sizeof frags[0])

static int hdr_is(const http_response *r, const char *name, const char *value)
{
	const http_header *h = http_header_get(r, name);

	return h && h->value_len == strlen(value)
	       && memcmp(h->value, value, h->value_len) == 0;
}

/* ---- response: framings --------------------------------------------------- */

static void test_content_length(void)
{
	const char *t = "HTTP/1.1 200 OK\r\n"
			"Content-Type: application/x-amz-json-1.0\r\n"
			"x-amzn-RequestId: 3f1c-42\r\n"
			"Content-Length: 2\r\n"
			"\r\n"
			"{}";
	size_t headlen = strlen(t) - 2, i;
	http_response r;
	int rc;

	for (i = 0; i < NFRAGS; i++) {
		rc = run(t, frags[i], &r);
		CHECK(rc == HTTP_OK, "CL frag %zu: rc %d (%s)", frags[i], rc, errbuf);
		CHECK(r.status == 200 && r.minor == 1, "CL status %d minor %d", r.status, r.minor);
		CHECK(r.reason_len == 2 && memcmp(r.reason, "OK", 2) == 0, "CL reason");
		CHECK(r.framing == HTTP_FRAME_LENGTH && r.content_length == 2, "CL framing");
		CHECK(r.body_len == 2 && memcmp(bodybuf, "{}", 2) == 0, "CL body");
		CHECK(r.total_len == 2 && !r.truncated, "CL total");
		CHECK(r.nheaders == 3, "CL nheaders %zu", r.nheaders);
		CHECK(r.head == headbuf && r.head_len == headlen, "CL head_len %zu", r.head_len);
		CHECK_MEM(r.head, t, headlen, "CL raw head kept");
		CHECK(hdr_is(&r, "X-AMZN-REQUESTID", "3f1c-42"), "header lookup case-insensitive");
		CHECK(hdr_is(&r, "content-type", "application/x-amz-json-1.0"), "content-type");
		CHECK(http_header_get(&r, "x-amzn-request") == NULL, "prefix is not a match");
		CHECK(http_header_get(&r, "x-amzn-requestidx") == NULL, "longer name no match");
		CHECK(r.received == strlen(t), "received %llu", (unsigned long long)r.received);
	}
}

static void test_chunked(void)
{
	const char *t = "HTTP/1.1 200 OK\r\n"
			"Transfer-Encoding: chunked\r\n"
			"\r\n"
			"4;name=value\r\nWiki\r\n"
			"5 ; a=b;c=\"d e\"\r\npedia\r\n"
			"E\r\n in\r\n\r\nchunks.\r\n"
			"0;last\r\n"
			"X-Trailer: yes\r\n"
			"Another: one\r\n"
			"\r\n";
	const char *want = "Wikipedia in\r\n\r\nchunks.";
	http_response r;
	size_t i;
	int rc;

	for (i = 0; i < NFRAGS; i++) {
		rc = run(t, frags[i], &r);
		CHECK(rc == HTTP_OK, "chunked frag %zu: rc %d (%s)", frags[i], rc, errbuf);
		CHECK(r.framing == HTTP_FRAME_CHUNKED, "chunked framing");
		CHECK(r.body_len == strlen(want) && memcmp(bodybuf, want, r.body_len) == 0,
		      "chunked body (%zu)", r.body_len);
		CHECK(r.total_len == strlen(want) && !r.truncated, "chunked total");
	}
	/* lower-case hex, bare LF line ends, EOF inside the trailer section */
	rc = run("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n"
		 "a\n0123456789\n00\nTrailer: x", 1, &r);
	CHECK(rc == HTTP_OK && r.body_len == 10
	      && memcmp(bodybuf, "0123456789", 10) == 0, "chunked LF, rc %d", rc);
	/* Transfer-Encoding wins over Content-Length */
	rc = run("HTTP/1.1 200 OK\r\nContent-Length: 99\r\n"
		 "Transfer-Encoding: gzip, Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_OK && r.framing == HTTP_FRAME_CHUNKED && r.body_len == 3,
	      "TE beats CL, rc %d", rc);
	/* chunked data bytes beyond the terminator are ignored */
	rc = run("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
		 "1\r\nx\r\n0\r\n\r\nGARBAGE", 0, &r);
	CHECK(rc == HTTP_OK && r.body_len == 1, "after last chunk, rc %d", rc);
}

static void test_close_delimited(void)
{
	const char *t = "HTTP/1.0 500 Internal Server Error \r\n"
			"Server: test\r\n\r\n"
			"until the very end";
	http_response r;
	size_t i;
	int rc;

	for (i = 0; i < NFRAGS; i++) {
		rc = run(t, frags[i], &r);
		CHECK(rc == HTTP_OK, "close frag %zu: rc %d (%s)", frags[i], rc, errbuf);
		CHECK(r.framing == HTTP_FRAME_CLOSE, "close framing");
		CHECK(r.minor == 0 && r.status == 500, "close status");
		CHECK(r.reason_len == 21 && memcmp(r.reason, "Internal Server Error", 21) == 0,
		      "reason kept, trailing blank trimmed");
		CHECK(r.body_len == 18 && memcmp(bodybuf, "until the very end", 18) == 0,
		      "close body");
	}
	/* Transfer-Encoding without chunked last: read until close */
	rc = run("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxyz", 0, &r);
	CHECK(rc == HTTP_OK && r.framing == HTTP_FRAME_CLOSE && r.body_len == 3,
	      "TE gzip is close-delimited, rc %d", rc);
}

static void test_no_body(void)
{
	http_response r;
	fake_in f;
	http_stream s;
	int rc;

	rc = run("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nEXTRA", 0, &r);
	CHECK(rc == HTTP_OK && r.framing == HTTP_FRAME_NONE && r.body_len == 0,
	      "204 has no body, rc %d", rc);
	rc = run("HTTP/1.1 304 Not Modified\r\n\r\n", 1, &r);
	CHECK(rc == HTTP_OK && r.status == 304 && r.body_len == 0, "304, rc %d", rc);

	fake_init(&f, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", 0);
	s = fake_stream(&f);
	http_response_init(&r);
	r.no_body = 1;
	rc = http_read_response(&s, &r, headbuf, sizeof headbuf, bodybuf,
				sizeof bodybuf, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK && r.framing == HTTP_FRAME_NONE && r.no_body == 1,
	      "HEAD response, rc %d", rc);
	rc = run("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 1, &r);
	CHECK(rc == HTTP_OK && r.framing == HTTP_FRAME_LENGTH && r.body_len == 0,
	      "zero length, rc %d", rc);
}

static void test_interim(void)
{
	const char *t = "HTTP/1.1 100 Continue\r\n\r\n"
			"HTTP/1.1 102 Processing\r\nX-Interim: 1\r\n\r\n"
			"HTTP/1.1 400 Bad Request\r\n"
			"Content-Length: 5\r\n\r\n"
			"oops!";
	char many[32 * 26 + 64];
	http_response r;
	size_t i;
	int rc;

	for (i = 0; i < NFRAGS; i++) {
		rc = run(t, frags[i], &r);
		CHECK(rc == HTTP_OK, "interim frag %zu: rc %d (%s)", frags[i], rc, errbuf);
		CHECK(r.status == 400, "final status %d", r.status);
		CHECK(http_header_get(&r, "x-interim") == NULL, "interim headers dropped");
		CHECK(r.head == headbuf && r.head_len > 12
		      && memcmp(r.head, "HTTP/1.1 400 Bad Request\r\n", 26) == 0,
		      "head is the final response's");
		CHECK(r.body_len == 5 && memcmp(bodybuf, "oops!", 5) == 0, "body after 1xx");
	}
	many[0] = '\0';
	for (i = 0; i < HTTP_MAX_INTERIM + 1; i++)
		strcat(many, "HTTP/1.1 100 Continue\r\n\r\n");
	strcat(many, "HTTP/1.1 200 OK\r\n\r\n");
	rc = run(many, 0, &r);
	CHECK(rc == HTTP_E_TOO_MANY_INTERIM, "too many 1xx, rc %d", rc);
	/* 101 is final */
	rc = run("HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_OK && r.status == 101 && r.framing == HTTP_FRAME_NONE,
	      "101 final, rc %d", rc);
}

/* ---- response: heads ------------------------------------------------------ */

static void test_status_lines(void)
{
	static const char *bad[] = {
		"garbage", "HTTP/1.1", "HTTP/1.1 ", "HTTP/2 200 OK",
		"HTTP/2.0 200 OK", "HTTP/1.1 2000 OK", "HTTP/1.1 099 Low",
		"HTTP/1.1 20 OK", "HTTP/1.1 abc OK", "ICY 200 OK",
		"http/1.1 200 OK", "HTTP/1.1200 OK", "HTTP/1.1 200OK",
		"HTTP/1.x 200 OK", "HTTP/1.1 200 O\001K", " HTTP/1.1 200 OK"
	};
	const char *reason;
	size_t rlen, i;
	int minor, status, rc;

	rc = http_parse_status_line("HTTP/1.1 200 OK", 15, &minor, &status,
				    &reason, &rlen);
	CHECK(rc == HTTP_OK && minor == 1 && status == 200 && rlen == 2
	      && memcmp(reason, "OK", 2) == 0, "plain status line");
	rc = http_parse_status_line("HTTP/1.0 404 Not  Found\t", 24, &minor,
				    &status, &reason, &rlen);
	CHECK(rc == HTTP_OK && minor == 0 && status == 404 && rlen == 10
	      && memcmp(reason, "Not  Found", 10) == 0, "1.0, inner blanks kept");
	rc = http_parse_status_line("HTTP/1.1 503", 12, &minor, &status,
				    &reason, &rlen);
	CHECK(rc == HTTP_OK && status == 503 && rlen == 0, "no reason phrase");
	rc = http_parse_status_line("HTTP/1.1   999   x", 18, &minor, &status,
				    &reason, &rlen);
	CHECK(rc == HTTP_OK && status == 999 && rlen == 1, "extra blanks");
	rc = http_parse_status_line("HTTP/1.1 200 caf\xc3\xa9", 18, &minor,
				    &status, &reason, &rlen);
	CHECK(rc == HTTP_OK && rlen == 5, "obs-text reason");
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		rc = http_parse_status_line(bad[i], strlen(bad[i]), &minor,
					    &status, &reason, &rlen);
		CHECK(rc == HTTP_E_BAD_STATUS, "bad status line %zu accepted", i);
	}
}

static void test_bad_status_reads(void)
{
	http_response r;
	fake_in f;
	http_stream s;
	size_t i;
	int rc;

	for (i = 0; i < NFRAGS; i++) {
		rc = run("garbage\r\n\r\n", frags[i], &r);
		CHECK(rc == HTTP_E_BAD_STATUS, "garbage frag %zu: rc %d", frags[i], rc);
	}
	/* reported when its line ends, without waiting for more */
	fake_init(&f, "SSH-2.0-OpenSSH_9.0\r\n", 1);
	f.end_code = -77;
	s = fake_stream(&f);
	http_response_init(&r);
	rc = http_read_response(&s, &r, headbuf, sizeof headbuf, bodybuf,
				sizeof bodybuf, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_BAD_STATUS, "early bad status, rc %d", rc);
	/* garbage then EOF, without a line end */
	rc = run("HTX", 0, &r);
	CHECK(rc == HTTP_E_BAD_STATUS, "garbage then EOF, rc %d", rc);
	rc = run("\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_E_BAD_STATUS, "empty status line, rc %d", rc);
}

static void test_headers(void)
{
	char big[HTTP_MAX_HEADERS * 16 + 256];
	char val[8];
	http_response r;
	size_t i;
	int rc;

	/* blanks around values, empty value, obs-fold, repeated names */
	rc = run("HTTP/1.1 200 OK\r\n"
		 "A:   spaced value \t\r\n"
		 "Empty:\r\n"
		 "Fold: first\r\n"
		 "   second\r\n"
		 "\tthird \r\n"
		 "Dup: 1\r\n"
		 "dup: 2\r\n"
		 "Content-Length: 0\r\n\r\n", 1, &r);
	CHECK(rc == HTTP_OK, "headers: rc %d (%s)", rc, errbuf);
	CHECK(hdr_is(&r, "a", "spaced value"), "value trimmed");
	CHECK(hdr_is(&r, "empty", ""), "empty value");
	CHECK(hdr_is(&r, "fold", "first     second  \tthird"), "obs-fold undone");
	CHECK(hdr_is(&r, "DUP", "1"), "first of repeated names");
	CHECK(r.nheaders == 6, "nheaders %zu", r.nheaders);
	CHECK(http_header_copy(&r, "dup", val, sizeof val) == 1
	      && strcmp(val, "1") == 0, "header copy");
	CHECK(http_header_copy(&r, "a", val, sizeof val) == -1, "copy too small");
	CHECK(http_header_copy(&r, "missing", val, sizeof val) == -1, "copy absent");

	/* header lines as Python's email parser reads them (http.client) */
	rc = run("HTTP/1.1 200 OK\r\nA: 1\r\nNoColon\r\nB: 2\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_OK && r.nheaders == 1 && hdr_is(&r, "a", "1")
	      && !http_header_get(&r, "b"), "no colon ends the fields, rc %d", rc);
	rc = run("HTTP/1.1 200 OK\r\nBad Name: x\r\nB: 2\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_OK && r.nheaders == 0, "space in name ends the fields");
	rc = run("HTTP/1.1 200 OK\r\nName : x\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_OK && r.nheaders == 0, "space before colon ends them");
	rc = run("HTTP/1.1 200 OK\r\n\xe9: x\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_OK && r.nheaders == 0, "non-ASCII name ends them");
	rc = run("HTTP/1.1 200 OK\r\n: x\r\nX(y): z\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_OK && r.nheaders == 2 && hdr_is(&r, "", "x")
	      && hdr_is(&r, "x(y)", "z"), "empty name, any printable name");
	rc = run("HTTP/1.1 200 OK\r\n folded-first: x\r\nA: 1\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_OK && r.nheaders == 1 && hdr_is(&r, "a", "1"),
	      "fold with nothing to fold dropped");
	rc = run("HTTP/1.1 200 OK\r\nFrom x\r\nA: 1\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_OK && r.nheaders == 1, "mbox From line dropped");
	rc = run("HTTP/1.1 200 OK\r\nX: a\001b\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_OK && hdr_is(&r, "x", "a\001b"), "control byte kept");
	rc = run("HTTP/1.1 200 OK\r\nX: a\rb\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_OK && hdr_is(&r, "x", "a\rb"), "bare CR kept");
	rc = run("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nBad\r\n"
		 "Content-Length: 2\r\n\r\nx", 0, &r);
	CHECK(rc == HTTP_OK && r.content_length == 1 && r.body_len == 1,
	      "fields after a bad line do not frame the body");

	/* exactly the limit of fields, then one more */
	strcpy(big, "HTTP/1.1 200 OK\r\n");
	for (i = 0; i < HTTP_MAX_HEADERS; i++)
		sprintf(big + strlen(big), "H%zu: v\r\n", i);
	strcat(big, "\r\n");
	rc = run(big, 0, &r);
	CHECK(rc == HTTP_OK && r.nheaders == HTTP_MAX_HEADERS, "100 headers, rc %d", rc);
	CHECK(hdr_is(&r, "h99", "v"), "last of 100 headers");
	strcpy(big + strlen(big) - 2, "One: more\r\n\r\n");
	rc = run(big, 0, &r);
	CHECK(rc == HTTP_E_TOO_MANY_HEADERS, "101 headers, rc %d", rc);
}

static void test_head_limits(void)
{
	const char *t = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc";
	size_t headlen = strlen(t) - 3;
	char small[128];
	http_response r;
	fake_in f;
	http_stream s;
	size_t i;
	int rc;

	/* a head that exactly fills the buffer still works */
	for (i = 0; i < NFRAGS; i++) {
		fake_init(&f, t, frags[i]);
		s = fake_stream(&f);
		http_response_init(&r);
		rc = http_read_response(&s, &r, small, headlen, bodybuf,
					sizeof bodybuf, errbuf, sizeof errbuf);
		CHECK(rc == HTTP_OK && r.body_len == 3
		      && memcmp(bodybuf, "abc", 3) == 0,
		      "head fills buffer frag %zu, rc %d (%s)", frags[i], rc, errbuf);
		fake_init(&f, t, frags[i]);
		s = fake_stream(&f);
		rc = http_read_response(&s, &r, small, headlen - 1, bodybuf,
					sizeof bodybuf, errbuf, sizeof errbuf);
		CHECK(rc == HTTP_E_HEAD_TOO_BIG, "head one byte over, rc %d", rc);
		CHECK(f.given <= headlen - 1, "read no more than the buffer");
	}

	/* 1 MiB header flood: one endless value */
	for (i = 0; i < 2; i++) {
		fake_init(&f, "HTTP/1.1 200 OK\r\nX-Flood: ", i ? 1 : 0);
		f.fill = 'a';
		f.fill_count = 1 << 20;
		s = fake_stream(&f);
		http_response_init(&r);
		rc = http_read_response(&s, &r, headbuf, sizeof headbuf, bodybuf,
					sizeof bodybuf, errbuf, sizeof errbuf);
		CHECK(rc == HTTP_E_HEAD_TOO_BIG, "flood rejected, rc %d", rc);
		CHECK(f.given <= sizeof headbuf, "flood: read only %llu bytes",
		      (unsigned long long)f.given);
		CHECK(strstr(errbuf, "16384") != NULL, "flood message: %s", errbuf);
	}
	/* a flood of short header lines */
	fake_init(&f, "", 0);
	{
		static char lines[1 << 20];
		size_t k;
		memcpy(lines, "HTTP/1.1 200 OK\r\n", 17);
		for (k = 17; k + 6 <= sizeof lines; k += 6)
			memcpy(lines + k, "X: y\r\n", 6);
		f.data = lines;
		f.len = k;
	}
	s = fake_stream(&f);
	http_response_init(&r);
	rc = http_read_response(&s, &r, headbuf, sizeof headbuf, bodybuf,
				sizeof bodybuf, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_HEAD_TOO_BIG, "line flood rejected, rc %d", rc);
	CHECK(f.given <= sizeof headbuf, "line flood bounded");
}

/* ---- response: lengths, chunks, EOF --------------------------------------- */

static void test_bad_lengths(void)
{
	static const char *bad[] = {
		"abc", "-1", "1 2", "", "+5", "0x10", "5,", ",5", "5, 6",
		"99999999999999999999999"
	};
	char t[256];
	http_response r;
	size_t i;
	int rc;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		snprintf(t, sizeof t, "HTTP/1.1 200 OK\r\nContent-Length: %s\r\n\r\nxxxxx", bad[i]);
		rc = run(t, 0, &r);
		CHECK(rc == HTTP_E_BAD_LENGTH, "Content-Length '%s' accepted, rc %d", bad[i], rc);
	}
	rc = run("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxx", 0, &r);
	CHECK(rc == HTTP_E_BAD_LENGTH, "conflicting lengths, rc %d", rc);
	rc = run("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nxx", 0, &r);
	CHECK(rc == HTTP_OK && r.body_len == 2, "repeated equal lengths, rc %d", rc);
	rc = run("HTTP/1.1 200 OK\r\nContent-Length: 5 , 5\r\n\r\nhello", 1, &r);
	CHECK(rc == HTTP_OK && r.body_len == 5, "list of equal lengths, rc %d", rc);
	rc = run("HTTP/1.1 200 OK\r\nContent-Length: 007\r\n\r\n1234567", 1, &r);
	CHECK(rc == HTTP_OK && r.body_len == 7, "leading zeros, rc %d", rc);
}

static void test_bad_chunks(void)
{
	static const char *bad[] = {
		"zz\r\nab\r\n0\r\n\r\n",              /* not hex */
		"\r\nab\r\n0\r\n\r\n",                /* no size */
		";ext\r\n0\r\n\r\n",                  /* no size before ext */
		"2\r\nabXY0\r\n\r\n",                 /* no CRLF after data */
		"2\r\nab\rX0\r\n\r\n",                /* CR without LF after data */
		"2\rX\r\nab\r\n0\r\n\r\n",            /* CR without LF in size line */
		"2 2\r\nab\r\n0\r\n\r\n",             /* blank inside size */
		"-2\r\nab\r\n0\r\n\r\n",              /* sign */
		"10000000000000000\r\n",              /* 2^64: too large */
		"2;a\001b\r\nab\r\n0\r\n\r\n",        /* control byte in ext */
		"0\r\nX: a\001\r\n\r\n",              /* control byte in trailer */
		"0\r\nX: a\rZ\r\n\r\n",               /* CR without LF in trailer */
	};
	char t[512];
	static char longline[HTTP_CHUNK_LINE_MAX + 200];
	static char longtrailer[HTTP_TRAILER_MAX + 200];
	http_response r;
	size_t i, k;
	int rc;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		snprintf(t, sizeof t, "HTTP/1.1 200 OK\r\n"
			 "Transfer-Encoding: chunked\r\n\r\n%s", bad[i]);
		rc = run(t, i % 2, &r);
		CHECK(rc == HTTP_E_BAD_CHUNK, "bad chunk %zu accepted, rc %d", i, rc);
	}
	/* chunk-size line too long, all in extensions */
	k = (size_t)sprintf(longline, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;x=");
	memset(longline + k, 'e', HTTP_CHUNK_LINE_MAX);
	strcpy(longline + k + HTTP_CHUNK_LINE_MAX, "\r\na\r\n0\r\n\r\n");
	rc = run(longline, 0, &r);
	CHECK(rc == HTTP_E_BAD_CHUNK, "chunk line too long, rc %d", rc);
	CHECK(strstr(errbuf, "too long") != NULL, "chunk line message: %s", errbuf);
	/* just under the bound is fine */
	memset(longline + k, 'e', HTTP_CHUNK_LINE_MAX - 6);
	strcpy(longline + k + HTTP_CHUNK_LINE_MAX - 6, "\r\na\r\n0\r\n\r\n");
	rc = run(longline, 0, &r);
	CHECK(rc == HTTP_OK && r.body_len == 1, "long chunk line within bound, rc %d (%s)", rc, errbuf);
	/* trailer section too long */
	k = (size_t)sprintf(longtrailer, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n");
	for (; k + 8 < sizeof longtrailer - 8; k += 8)
		memcpy(longtrailer + k, "T: abc\r\n", 8);
	strcpy(longtrailer + k, "\r\n");
	rc = run(longtrailer, 0, &r);
	CHECK(rc == HTTP_E_BAD_CHUNK, "trailer too long, rc %d", rc);
}

static void test_premature_eof(void)
{
	static const char *eof_body[] = {
		"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345",
		"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n12",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n12345",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n12345\r\n",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
	};
	http_response r;
	fake_in f;
	http_stream s;
	size_t i, j;
	int rc;

	for (i = 0; i < sizeof eof_body / sizeof eof_body[0]; i++)
		for (j = 0; j < NFRAGS; j++) {
			rc = run(eof_body[i], frags[j], &r);
			CHECK(rc == HTTP_E_EOF_BODY, "eof body %zu frag %zu: rc %d",
			      i, frags[j], rc);
			CHECK(r.status == 200, "status kept after body EOF");
		}
	rc = run(eof_body[0], 1, &r);
	CHECK(r.total_len == 5 && r.body_len == 5 && memcmp(bodybuf, "12345", 5) == 0,
	      "partial body kept");

	/* an end of stream after the status line ends the header fields */
	rc = run("HTTP/1.1 200 OK\r\nX: y", 1, &r);
	CHECK(rc == HTTP_OK && r.eof && hdr_is(&r, "x", "y")
	      && r.framing == HTTP_FRAME_CLOSE && r.total_len == 0,
	      "eof in a header line, rc %d", rc);
	rc = run("HTTP/1.1 200 OK\r\nX: y\r", 2, &r);
	CHECK(rc == HTTP_OK && hdr_is(&r, "x", "y"), "eof after CR, rc %d", rc);
	rc = run("HTTP/1.1 200 OK\r\n", 0, &r);
	CHECK(rc == HTTP_OK && r.status == 200 && r.nheaders == 0,
	      "eof after status line, rc %d", rc);
	CHECK(last.ends == 1, "no read after the end of stream: %d", last.ends);
	rc = run("HTTP/1.1 204 No", 1, &r);
	CHECK(rc == HTTP_OK && r.status == 204, "eof in status line, rc %d", rc);
	rc = run("HTTP/1.1 2", 0, &r);
	CHECK(rc == HTTP_E_BAD_STATUS, "eof in a bad status line, rc %d", rc);
	rc = run("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n", 0, &r);
	CHECK(rc == HTTP_E_EOF_BODY, "eof in head, length to read, rc %d", rc);
	rc = run("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", 0, &r);
	CHECK(rc == HTTP_E_EOF_BODY, "eof in head, chunked, rc %d", rc);
	rc = run("HTTP/1.1 100 Continue\r\n\r\n", 0, &r);
	CHECK(rc == HTTP_E_EOF_HEAD, "eof after 100, rc %d", rc);
	rc = run("HTTP/1.1 100 Continue\r\n", 1, &r);
	CHECK(rc == HTTP_E_EOF_HEAD, "eof inside 100, rc %d", rc);
	rc = run("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK", 3, &r);
	CHECK(rc == HTTP_OK && r.status == 200, "eof in head after 100, rc %d", rc);

	/* closed before any byte, versus a stream error before any byte */
	rc = run("", 0, &r);
	CHECK(rc == HTTP_E_NO_RESPONSE && r.received == 0, "no response, rc %d", rc);
	CHECK(strstr(errbuf, "closed") != NULL, "no response message: %s", errbuf);
	fake_init(&f, "", 0);
	f.end_code = -4;
	s = fake_stream(&f);
	http_response_init(&r);
	rc = http_read_response(&s, &r, headbuf, sizeof headbuf, bodybuf,
				sizeof bodybuf, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_STREAM && r.stream_err == -4 && r.received == 0,
	      "stream error passed through, rc %d err %ld", rc, r.stream_err);
	/* stream error in the body */
	fake_init(&f, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n123", 1);
	f.end_code = -5;
	s = fake_stream(&f);
	http_response_init(&r);
	rc = http_read_response(&s, &r, headbuf, sizeof headbuf, bodybuf,
				sizeof bodybuf, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_STREAM && r.stream_err == -5 && r.received > 0
	      && r.status == 200 && r.total_len == 3,
	      "stream error in body, rc %d", rc);
}

static void test_truncation(void)
{
	static char small[10];
	http_response r;
	fake_in f;
	http_stream s;
	int rc, k;

	for (k = 0; k < 2; k++) {
		fake_init(&f, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", k ? 1 : 0);
		f.fill = 'z';
		f.fill_count = 100;
		s = fake_stream(&f);
		http_response_init(&r);
		rc = http_read_response(&s, &r, headbuf, sizeof headbuf, small,
					sizeof small, errbuf, sizeof errbuf);
		CHECK(rc == HTTP_OK && r.truncated && r.body_len == 10
		      && r.total_len == 100 && memcmp(small, "zzzzzzzzzz", 10) == 0,
		      "truncated body, rc %d", rc);
	}
	/* no body buffer at all */
	fake_init(&f, "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nabcd", 0);
	s = fake_stream(&f);
	http_response_init(&r);
	rc = http_read_response(&s, &r, headbuf, sizeof headbuf, NULL, 0,
				errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK && r.truncated && r.body_len == 0 && r.total_len == 4,
	      "no body buffer, rc %d", rc);

	/* exactly the limit is fine, one more byte is not: every framing */
	fake_init(&f, "HTTP/1.1 200 OK\r\nContent-Length: 1048576\r\n\r\n", 0);
	f.fill = 'q';
	f.fill_count = HTTP_BODY_LIMIT;
	s = fake_stream(&f);
	http_response_init(&r);
	rc = http_read_response(&s, &r, headbuf, sizeof headbuf, bodybuf,
				sizeof bodybuf, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK && r.total_len == HTTP_BODY_LIMIT && r.truncated,
	      "body at the limit, rc %d", rc);

	fake_init(&f, "HTTP/1.1 200 OK\r\nContent-Length: 2097152\r\n\r\n", 0);
	f.fill = 'q';
	f.fill_count = 2 << 20;
	s = fake_stream(&f);
	http_response_init(&r);
	rc = http_read_response(&s, &r, headbuf, sizeof headbuf, bodybuf,
				sizeof bodybuf, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_BODY_TOO_BIG && r.truncated && r.body_len == BODYCAP,
	      "CL body over the limit, rc %d", rc);
	CHECK(f.given < (3 << 19), "stopped reading at the limit (%llu)",
	      (unsigned long long)f.given);

	fake_init(&f, "HTTP/1.1 200 OK\r\n\r\n", 0);
	f.fill = 'q';
	f.fill_count = 2 << 20;
	s = fake_stream(&f);
	http_response_init(&r);
	rc = http_read_response(&s, &r, headbuf, sizeof headbuf, bodybuf,
				sizeof bodybuf, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_BODY_TOO_BIG && f.given < (3 << 19),
	      "close-delimited over the limit, rc %d", rc);

	fake_init(&f, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
		  "200000\r\n", 0);
	f.fill = 'q';
	f.fill_count = 2 << 20;
	s = fake_stream(&f);
	http_response_init(&r);
	rc = http_read_response(&s, &r, headbuf, sizeof headbuf, bodybuf,
				sizeof bodybuf, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_BODY_TOO_BIG && f.given < (3 << 19),
	      "chunked over the limit, rc %d", rc);
}

static void test_chunked_decoder(void)
{
	const char *in = "3\r\nabc\r\n10;x\r\n0123456789abcdef\r\n0\r\nT: v\r\n\r\nNEXT";
	char out[64];
	size_t outlen = 0, off = 0, used, dlen, len = strlen(in);
	const char *data;
	http_chunked d;
	int rc = 0, steps = 0;

	http_chunked_init(&d);
	while (off < len && steps < 100) {
		rc = http_chunked_step(&d, in + off, len - off, &used, &data,
				       &dlen, errbuf, sizeof errbuf);
		steps++;
		if (rc < 0)
			break;
		CHECK(used > 0 || rc == 1, "step makes progress");
		if (dlen) {
			CHECK(data >= in + off && data + dlen <= in + len, "data is a view of in");
			memcpy(out + outlen, data, dlen);
			outlen += dlen;
		}
		off += used;
		if (rc == 1)
			break;
	}
	CHECK(rc == 1, "decoder done, rc %d", rc);
	CHECK(outlen == 19 && memcmp(out, "abc0123456789abcdef", 19) == 0, "decoded data");
	CHECK(strcmp(in + off, "NEXT") == 0, "bytes after the body not consumed");
	CHECK(http_chunked_in_trailer(&d), "done counts as in trailer");
	rc = http_chunked_step(&d, "x", 1, &used, &data, &dlen, errbuf, sizeof errbuf);
	CHECK(rc == 1 && used == 0, "done stays done");

	http_chunked_init(&d);
	CHECK(!http_chunked_in_trailer(&d), "fresh decoder not in trailer");
	rc = http_chunked_step(&d, "g\r\n", 3, &used, &data, &dlen, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_BAD_CHUNK, "decoder rejects non-hex");
}

/* ---- request writer ------------------------------------------------------- */

typedef struct {
	unsigned char out[300000];
	size_t len;
	int writes;
	size_t max_write;
	int fail_at;              /* write number (1-based) that fails, 0 none */
} fake_out;

static fake_out fo;

static int fake_write(void *ctx, const void *buf, size_t n)
{
	fake_out *o = ctx;

	o->writes++;
	if (o->fail_at && o->writes == o->fail_at)
		return -9;
	if (n > o->max_write)
		o->max_write = n;
	if (o->len + n > sizeof o->out)
		return -8;
	memcpy(o->out + o->len, buf, n);
	o->len += n;
	return 0;
}

static long no_read(void *ctx, void *buf, size_t n)
{
	return 0;
}

static http_stream out_stream(void)
{
	http_stream s;

	memset(&fo, 0, sizeof fo);
	s.ctx = &fo;
	s.read = no_read;
	s.write = fake_write;
	return s;
}

static void test_writer_small(void)
{
	static http_writer w;
	http_stream s = out_stream();
	const http_field f[] = {
		{ "X-Amz-Target", "SimpleWorkflowService.RespondActivityTaskCanceled" },
		{ "Content-Type", "application/x-amz-json-1.0" },
	};
	const char *body = "{\"taskToken\": \"abc\"}";
	const char *want = "POST / HTTP/1.1\r\n"
			   "Host: swf.us-east-1.amazonaws.com\r\n"
			   "X-Amz-Target: SimpleWorkflowService.RespondActivityTaskCanceled\r\n"
			   "Content-Type: application/x-amz-json-1.0\r\n"
			   "Content-Length: 20\r\n"
			   "\r\n"
			   "{\"taskToken\": \"abc\"}";
	int rc;

	http_writer_init(&w, &s);
	rc = http_write_request_head(&w, "POST", "/", "swf.us-east-1.amazonaws.com",
				     f, 2, (long long)strlen(body), errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK, "head, rc %d (%s)", rc, errbuf);
	CHECK(fo.writes == 0, "nothing written before flush");
	rc = http_writer_put(&w, body, strlen(body), errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK, "put, rc %d", rc);
	rc = http_writer_flush(&w, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK, "flush, rc %d", rc);
	CHECK(fo.writes == 1, "small request in one write (%d)", fo.writes);
	CHECK(fo.len == strlen(want) && memcmp(fo.out, want, fo.len) == 0,
	      "request bytes: %.*s", (int)fo.len, fo.out);
	rc = http_writer_flush(&w, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_ARG && fo.writes == 1, "second flush refused");

	/* no Content-Length: no body allowed */
	s = out_stream();
	http_writer_init(&w, &s);
	rc = http_write_request_head(&w, "GET", "/path?q=1", "[::1]:8080", NULL, 0,
				     -1, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK, "GET head, rc %d", rc);
	rc = http_writer_put(&w, "x", 1, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_BODY_LENGTH, "body without length, rc %d", rc);
	rc = http_writer_flush(&w, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK && fo.writes == 1, "GET flushed");
	CHECK(fo.len == 44 && memcmp(fo.out, "GET /path?q=1 HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n", 44) == 0,
	      "GET bytes: %.*s", (int)fo.len, fo.out);
}

static void test_writer_large(void)
{
	static http_writer w;
	static unsigned char body[200 * 1024 + 17];
	http_stream s = out_stream();
	const http_field f[] = { { "A", "b" } };
	const char *head = "PUT /big HTTP/1.1\r\nHost: h\r\nA: b\r\nContent-Length: 204817\r\n\r\n";
	size_t i, off, pieces[] = { 1, 7, 1000, 8192, 65536, 3 }, hl = strlen(head);
	int rc = 0, expect;

	for (i = 0; i < sizeof body; i++)
		body[i] = (unsigned char)(i * 131 + (i >> 8));
	http_writer_init(&w, &s);
	rc = http_write_request_head(&w, "PUT", "/big", "h", f, 1,
				     (long long)sizeof body, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK, "large head, rc %d", rc);
	for (off = 0, i = 0; off < sizeof body && rc == HTTP_OK; i++) {
		size_t n = pieces[i % 6];
		if (n > sizeof body - off)
			n = sizeof body - off;
		rc = http_writer_put(&w, body + off, n, errbuf, sizeof errbuf);
		off += n;
	}
	CHECK(rc == HTTP_OK && off == sizeof body, "large puts, rc %d", rc);
	rc = http_writer_put(&w, "x", 1, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_BODY_LENGTH, "put past Content-Length, rc %d", rc);
	rc = http_writer_flush(&w, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK, "large flush, rc %d (%s)", rc, errbuf);
	CHECK(fo.max_write <= HTTP_WRITE_BUF, "writes bounded by the buffer (%zu)", fo.max_write);
	expect = (int)((hl + sizeof body + HTTP_WRITE_BUF - 1) / HTTP_WRITE_BUF);
	CHECK(fo.writes == expect, "%d writes, expected %d", fo.writes, expect);
	CHECK(fo.len == hl + sizeof body, "large total %zu", fo.len);
	CHECK(memcmp(fo.out, head, hl) == 0, "large head bytes");
	CHECK(memcmp(fo.out + hl, body, sizeof body) == 0, "large body bytes intact");

	/* body shorter than declared */
	s = out_stream();
	http_writer_init(&w, &s);
	rc = http_write_request_head(&w, "POST", "/", "h", NULL, 0, 5, errbuf, sizeof errbuf);
	rc = http_writer_put(&w, "abc", 3, errbuf, sizeof errbuf);
	rc = http_writer_flush(&w, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_BODY_LENGTH && fo.writes == 0, "short body refused, rc %d", rc);

	/* a head larger than the buffer streams too */
	{
		static char bigval[HTTP_WRITE_BUF * 2];
		http_field bf[1];
		memset(bigval, 'v', sizeof bigval - 1);
		bf[0].name = "Big";
		bf[0].value = bigval;
		s = out_stream();
		http_writer_init(&w, &s);
		rc = http_write_request_head(&w, "POST", "/", "h", bf, 1, 0, errbuf, sizeof errbuf);
		CHECK(rc == HTTP_OK, "big head, rc %d", rc);
		rc = http_writer_flush(&w, errbuf, sizeof errbuf);
		CHECK(rc == HTTP_OK && fo.writes == 3 && fo.max_write <= HTTP_WRITE_BUF,
		      "big head writes %d", fo.writes);
		CHECK(fo.len == 17 + 9 + 5 + (sizeof bigval - 1) + 2 + 19 + 2
		      && memcmp(fo.out + fo.len - 23, "\r\nContent-Length: 0\r\n\r\n", 23) == 0,
		      "big head bytes (%zu)", fo.len);
	}
}

static void test_writer_validation(void)
{
	static http_writer w;
	http_stream s = out_stream();
	static const char *bad_values[] = { "a\r\nX-Injected: 1", "a\nb", "a\rb", "a\001" };
	static const char *bad_names[] = { "", "Bad Name", "Colon:", "X\r\nY", "\xc3\x84" };
	static const char *own[] = { "Host", "content-length", "Transfer-Encoding" };
	http_field f[2];
	size_t i;
	int rc;

	f[0].name = "Ok";
	f[0].value = "fine\tvalue \xc3\xa9";
	for (i = 0; i < sizeof bad_values / sizeof bad_values[0]; i++) {
		http_writer_init(&w, &s);
		f[1].name = "X";
		f[1].value = bad_values[i];
		rc = http_write_request_head(&w, "POST", "/", "h", f, 2, 0, errbuf, sizeof errbuf);
		CHECK(rc == HTTP_E_ARG && w.len == 0, "bad value %zu accepted", i);
	}
	for (i = 0; i < sizeof bad_names / sizeof bad_names[0]; i++) {
		http_writer_init(&w, &s);
		f[1].name = bad_names[i];
		f[1].value = "v";
		rc = http_write_request_head(&w, "POST", "/", "h", f, 2, 0, errbuf, sizeof errbuf);
		CHECK(rc == HTTP_E_ARG && w.len == 0, "bad name %zu accepted", i);
	}
	for (i = 0; i < sizeof own / sizeof own[0]; i++) {
		http_writer_init(&w, &s);
		f[1].name = own[i];
		f[1].value = "v";
		rc = http_write_request_head(&w, "POST", "/", "h", f, 2, 0, errbuf, sizeof errbuf);
		CHECK(rc == HTTP_E_ARG, "client-set header %s accepted", own[i]);
	}
	http_writer_init(&w, &s);
	rc = http_write_request_head(&w, "PO ST", "/", "h", f, 1, 0, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_ARG, "bad method");
	rc = http_write_request_head(&w, "POST", "/a b", "h", f, 1, 0, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_ARG, "space in path");
	rc = http_write_request_head(&w, "POST", "/\r\n", "h", f, 1, 0, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_ARG, "CRLF in path");
	rc = http_write_request_head(&w, "POST", "", "h", f, 1, 0, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_ARG, "empty path");
	rc = http_write_request_head(&w, "POST", "/", "h\r\nX: y", f, 1, 0, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_ARG, "CRLF in host");
	rc = http_write_request_head(&w, "POST", "/", NULL, f, 1, 0, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_ARG, "no host");
	CHECK(fo.writes == 0 && w.len == 0, "nothing written for bad heads");
	rc = http_writer_put(&w, "x", 1, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_ARG, "put before head");
	rc = http_write_request_head(&w, "POST", "/", "h", f, 1, 0, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_OK, "valid head after rejected ones, rc %d", rc);
	rc = http_write_request_head(&w, "POST", "/", "h", f, 1, 0, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_ARG, "second head refused");

	/* stream failure is reported with the stream's code */
	s = out_stream();
	fo.fail_at = 1;
	http_writer_init(&w, &s);
	rc = http_write_request_head(&w, "POST", "/", "h", NULL, 0, 1, errbuf, sizeof errbuf);
	rc = http_writer_put(&w, "x", 1, errbuf, sizeof errbuf);
	rc = http_writer_flush(&w, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_STREAM && w.stream_err == -9, "write failure, rc %d", rc);
	rc = http_writer_put(&w, "x", 1, errbuf, sizeof errbuf);
	CHECK(rc == HTTP_E_ARG, "no use after failure");
}

static void test_strerror(void)
{
	int c;

	for (c = HTTP_OK; c >= HTTP_E_BODY_LENGTH; c--)
		CHECK(strcmp(http_strerror(c), "unknown HTTP error") != 0,
		      "code %d has a description", c);
	CHECK(strcmp(http_strerror(-999), "unknown HTTP error") == 0, "unknown code");
}

int main(void)
{
	test_content_length();
	test_chunked();
	test_close_delimited();
	test_no_body();
	test_interim();
	test_status_lines();
	test_bad_status_reads();
	test_headers();
	test_head_limits();
	test_bad_lengths();
	test_bad_chunks();
	test_premature_eof();
	test_truncation();
	test_chunked_decoder();
	test_writer_small();
	test_writer_large();
	test_writer_validation();
	test_strerror();
	return check_done();
}
