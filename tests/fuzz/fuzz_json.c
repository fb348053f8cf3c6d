/*
 * fuzz_json.c - libFuzzer harness for the JSON module (src/json.c).
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *         tests/fuzz/fuzz_json.c src/json.c -o /tmp/fuzz_json
 *   cp -r tests/fuzz/corpus/json /tmp/corpus_json
 *   /tmp/fuzz_json -max_total_time=60 /tmp/corpus_json
 *
 * The input is parsed as a document (strict, with JSON_PYCONST, and with
 * tight limits) and also encoded as a string.  Besides memory errors it
 * aborts on any broken invariant: token layout, string decoding versus
 * comparison, member lookup, limits changing a verdict other than by a
 * limit error, and encode -> parse -> decode not giving the input back.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

#define MAX_IN 65536
#define TOKENS 4096
#define DEPTH 64

static json_tok tok[TOKENS];
static json_tok tok2[TOKENS];
static char dec[MAX_IN + 1];
static char dec2[MAX_IN + 1];
static char enc[12 * MAX_IN + 2];

typedef struct {
	char *buf;
	size_t cap, len;
} sinkbuf;

static int to_buf(void *ctx, const void *data, size_t len)
{
	sinkbuf *s = ctx;

	if (len > JSON_CHUNK || len > s->cap - s->len)
		abort();
	memcpy(s->buf + s->len, data, len);
	s->len += len;
	return 0;
}

static void require(int cond)
{
	if (!cond)
		abort();
}

static int is_limit(int rc)
{
	return rc == JSON_EDEPTH || rc == JSON_ETOKENS;
}

/* Layout invariants of a successful parse. */
static void check_layout(const json_doc *d)
{
	int i, k, v, seen, last;
	json_iter it;

	require(d->count >= 1 && d->tok[0].parent == -1
		&& d->tok[0].next == d->count);
	for (i = 0; i < d->count; i++) {
		const json_tok *t = &d->tok[i];
		require(t->start < t->end && t->end <= d->len && t->next > i
			&& t->next <= d->count && t->parent < i);
		if (t->type != JSON_OBJECT && t->type != JSON_ARRAY) {
			require(t->next == i + 1 && t->size == 0);
			continue;
		}
		seen = 0;
		last = i + 1;
		json_iter_init(&it, d, i);
		while (json_iter_next(&it, d, &k, &v)) {
			require(d->tok[v].parent == i);
			if (t->type == JSON_OBJECT)
				require(k == v - 1 && d->tok[k].type == JSON_STRING);
			seen++;
			last = d->tok[v].next;
		}
		require(seen == t->size && last == t->next);
	}
}

/* Encode s, parse the literal, decode it: must give s back. */
static void roundtrip(const char *s, size_t n, int ascii)
{
	json_tok t[2];
	json_doc d;
	sinkbuf sb = { enc, sizeof enc, 0 };
	size_t len, out;

	require((ascii ? json_string_len_ascii(s, n, &len, NULL)
		       : json_string_len(s, n, &len, NULL)) == 0);
	require((ascii ? json_string_write_ascii(s, n, to_buf, &sb)
		       : json_string_write(s, n, to_buf, &sb)) == 0);
	require(sb.len == len);
	json_init(&d, t, 2, 1, 0);
	require(json_parse(&d, enc, len, NULL, 0) == 0 && d.count == 1);
	require(json_string_decode(&d, 0, dec2, sizeof dec2, &out, NULL, 0) == 0);
	require(out == n && memcmp(dec2, s, n) == 0);
	require(json_string_eq(&d, 0, s, n));
}

/* Every string decodes consistently; every member name finds its value. */
static void check_strings(const json_doc *d)
{
	char err[128];
	size_t n;
	int i, k, v, last, rc;
	json_iter it;

	for (i = 0; i < d->count; i++) {
		if (d->tok[i].type != JSON_STRING)
			continue;
		rc = json_string_decode(d, i, dec, sizeof dec, &n, err, sizeof err);
		require(rc == 0 || rc == JSON_ESURROGATE);
		require(rc == 0 || err[0] != '\0');
		if (rc)
			continue;
		require(json_string_eq(d, i, dec, n));
		require(n == 0 || !json_string_eq(d, i, dec, n - 1));
		require(utf8_validate(dec, n, NULL) == 0);
		roundtrip(dec, n, (int)(n & 1));
		if (d->tok[i].parent < 0 || d->tok[d->tok[i].parent].type
		    != JSON_OBJECT || d->tok[d->tok[i].parent].next == i + 1)
			continue;
		/* i may be a member name: lookup must find the last match */
		last = -1;
		json_iter_init(&it, d, d->tok[i].parent);
		while (json_iter_next(&it, d, &k, &v))
			if (json_string_eq(d, k, dec, n))
				last = v;
		require(json_object_get(d, d->tok[i].parent, dec, n) == last);
	}
}

static void check_parse(const char *js, size_t n)
{
	json_doc d, t;
	char err[256], py[256];
	int rc, rc2;

	json_init(&d, tok, TOKENS, DEPTH, 0);
	rc = json_parse(&d, js, n, err, sizeof err);
	json_error_python(&d, py, sizeof py);
	if (rc) {
		require(d.count == 0 && d.error == rc && d.err_off <= n);
		require(err[0] != '\0' && py[0] != '\0');
	} else {
		require(err[0] == '\0' && py[0] == '\0');
		check_layout(&d);
		check_strings(&d);
	}

	json_init(&t, tok2, 8, 2, 0);
	rc2 = json_parse(&t, js, n, NULL, 0);
	require(rc2 == rc || is_limit(rc2));
	if (rc2 == 0)
		require(t.count == d.count
			&& memcmp(tok, tok2, sizeof tok[0] * (size_t)t.count) == 0);

	json_init(&t, tok2, TOKENS, DEPTH, JSON_PYCONST);
	rc2 = json_parse(&t, js, n, NULL, 0);
	if (rc == 0)
		require(rc2 == 0 && t.count == d.count);
	if (rc2 == 0)
		check_layout(&t);
}

static void check_encode(const char *s, size_t n)
{
	size_t len, off = 0, off2 = 0;
	sinkbuf sb = { enc, sizeof enc, 0 };
	int rc = json_string_len(s, n, &len, &off);

	require(rc == utf8_validate(s, n, &off2));
	if (rc) {
		require(rc == JSON_EUTF8 && off == off2 && off < n);
		require(json_string_len_ascii(s, n, &len, &off2) == JSON_EUTF8
			&& off2 == off);
		require(json_string_write(s, n, to_buf, &sb) == JSON_EUTF8
			&& sb.len == 0);
		return;
	}
	roundtrip(s, n, 0);
	roundtrip(s, n, 1);
	require(utf8_count_chars(s, n) <= n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > MAX_IN)
		return 0;
	check_parse((const char *)data, size);
	check_encode((const char *)data, size);
	return 0;
}
