/*
 * test_json.c - the JSON module: encoder escaping against Python's
 * json.dumps, strict UTF-8 validation (exhaustive against a reference
 * decoder), the JSONTestSuite parsing cases, json.loads error messages,
 * token layout, member lookup, string decoding and the limits.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "json.h"

/* Limits used for the JSONTestSuite files: the deepest y_ case nests 3
 * levels and needs 8 tokens, so these leave ample room. */
#define SUITE_TOKENS 4096
#define SUITE_DEPTH 64
/* Large enough for the biggest suite file (250001 bytes). */
#define FILE_MAX (512 * 1024)
/* Second look at n_ files rejected for a limit: enough to hit the real
 * error in n_structure_100000_opening_arrays and friends. */
#define DEEP_TOKENS 262144

/* ---- tables generated with python3 at writing time ---------------------- */

/*
 * json.dumps(chr(b), ensure_ascii=False) and json.dumps(chr(b)) for
 * b in 0..127 (python3 3.11.7)
 */
static const char *const esc_table[128][2] = {
	{ "\"\\u0000\"", "\"\\u0000\"" },
	{ "\"\\u0001\"", "\"\\u0001\"" },
	{ "\"\\u0002\"", "\"\\u0002\"" },
	{ "\"\\u0003\"", "\"\\u0003\"" },
	{ "\"\\u0004\"", "\"\\u0004\"" },
	{ "\"\\u0005\"", "\"\\u0005\"" },
	{ "\"\\u0006\"", "\"\\u0006\"" },
	{ "\"\\u0007\"", "\"\\u0007\"" },
	{ "\"\\b\"", "\"\\b\"" },
	{ "\"\\t\"", "\"\\t\"" },
	{ "\"\\n\"", "\"\\n\"" },
	{ "\"\\u000b\"", "\"\\u000b\"" },
	{ "\"\\f\"", "\"\\f\"" },
	{ "\"\\r\"", "\"\\r\"" },
	{ "\"\\u000e\"", "\"\\u000e\"" },
	{ "\"\\u000f\"", "\"\\u000f\"" },
	{ "\"\\u0010\"", "\"\\u0010\"" },
	{ "\"\\u0011\"", "\"\\u0011\"" },
	{ "\"\\u0012\"", "\"\\u0012\"" },
	{ "\"\\u0013\"", "\"\\u0013\"" },
	{ "\"\\u0014\"", "\"\\u0014\"" },
	{ "\"\\u0015\"", "\"\\u0015\"" },
	{ "\"\\u0016\"", "\"\\u0016\"" },
	{ "\"\\u0017\"", "\"\\u0017\"" },
	{ "\"\\u0018\"", "\"\\u0018\"" },
	{ "\"\\u0019\"", "\"\\u0019\"" },
	{ "\"\\u001a\"", "\"\\u001a\"" },
	{ "\"\\u001b\"", "\"\\u001b\"" },
	{ "\"\\u001c\"", "\"\\u001c\"" },
	{ "\"\\u001d\"", "\"\\u001d\"" },
	{ "\"\\u001e\"", "\"\\u001e\"" },
	{ "\"\\u001f\"", "\"\\u001f\"" },
	{ "\" \"", "\" \"" },
	{ "\"!\"", "\"!\"" },
	{ "\"\\\"\"", "\"\\\"\"" },
	{ "\"#\"", "\"#\"" },
	{ "\"$\"", "\"$\"" },
	{ "\"%\"", "\"%\"" },
	{ "\"&\"", "\"&\"" },
	{ "\"'\"", "\"'\"" },
	{ "\"(\"", "\"(\"" },
	{ "\")\"", "\")\"" },
	{ "\"*\"", "\"*\"" },
	{ "\"+\"", "\"+\"" },
	{ "\",\"", "\",\"" },
	{ "\"-\"", "\"-\"" },
	{ "\".\"", "\".\"" },
	{ "\"/\"", "\"/\"" },
	{ "\"0\"", "\"0\"" },
	{ "\"1\"", "\"1\"" },
	{ "\"2\"", "\"2\"" },
	{ "\"3\"", "\"3\"" },
	{ "\"4\"", "\"4\"" },
	{ "\"5\"", "\"5\"" },
	{ "\"6\"", "\"6\"" },
	{ "\"7\"", "\"7\"" },
	{ "\"8\"", "\"8\"" },
	{ "\"9\"", "\"9\"" },
	{ "\":\"", "\":\"" },
	{ "\";\"", "\";\"" },
	{ "\"<\"", "\"<\"" },
	{ "\"=\"", "\"=\"" },
	{ "\">\"", "\">\"" },
	{ "\"\?\"", "\"\?\"" },
	{ "\"@\"", "\"@\"" },
	{ "\"A\"", "\"A\"" },
	{ "\"B\"", "\"B\"" },
	{ "\"C\"", "\"C\"" },
	{ "\"D\"", "\"D\"" },
	{ "\"E\"", "\"E\"" },
	{ "\"F\"", "\"F\"" },
	{ "\"G\"", "\"G\"" },
	{ "\"H\"", "\"H\"" },
	{ "\"I\"", "\"I\"" },
	{ "\"J\"", "\"J\"" },
	{ "\"K\"", "\"K\"" },
	{ "\"L\"", "\"L\"" },
	{ "\"M\"", "\"M\"" },
	{ "\"N\"", "\"N\"" },
	{ "\"O\"", "\"O\"" },
	{ "\"P\"", "\"P\"" },
	{ "\"Q\"", "\"Q\"" },
	{ "\"R\"", "\"R\"" },
	{ "\"S\"", "\"S\"" },
	{ "\"T\"", "\"T\"" },
	{ "\"U\"", "\"U\"" },
	{ "\"V\"", "\"V\"" },
	{ "\"W\"", "\"W\"" },
	{ "\"X\"", "\"X\"" },
	{ "\"Y\"", "\"Y\"" },
	{ "\"Z\"", "\"Z\"" },
	{ "\"[\"", "\"[\"" },
	{ "\"\\\\\"", "\"\\\\\"" },
	{ "\"]\"", "\"]\"" },
	{ "\"^\"", "\"^\"" },
	{ "\"_\"", "\"_\"" },
	{ "\"`\"", "\"`\"" },
	{ "\"a\"", "\"a\"" },
	{ "\"b\"", "\"b\"" },
	{ "\"c\"", "\"c\"" },
	{ "\"d\"", "\"d\"" },
	{ "\"e\"", "\"e\"" },
	{ "\"f\"", "\"f\"" },
	{ "\"g\"", "\"g\"" },
	{ "\"h\"", "\"h\"" },
	{ "\"i\"", "\"i\"" },
	{ "\"j\"", "\"j\"" },
	{ "\"k\"", "\"k\"" },
	{ "\"l\"", "\"l\"" },
	{ "\"m\"", "\"m\"" },
	{ "\"n\"", "\"n\"" },
	{ "\"o\"", "\"o\"" },
	{ "\"p\"", "\"p\"" },
	{ "\"q\"", "\"q\"" },
	{ "\"r\"", "\"r\"" },
	{ "\"s\"", "\"s\"" },
	{ "\"t\"", "\"t\"" },
	{ "\"u\"", "\"u\"" },
	{ "\"v\"", "\"v\"" },
	{ "\"w\"", "\"w\"" },
	{ "\"x\"", "\"x\"" },
	{ "\"y\"", "\"y\"" },
	{ "\"z\"", "\"z\"" },
	{ "\"{\"", "\"{\"" },
	{ "\"|\"", "\"|\"" },
	{ "\"}\"", "\"}\"" },
	{ "\"~\"", "\"~\"" },
	{ "\"\177\"", "\"\\u007f\"" },
};
/* json.loads(s) messages (python3 3.11.7) for documents it rejects */
static const struct py_case {
	const char *in;
	size_t len;
	int code;
	const char *msg;
} py_cases[] = {
	{ "", 0, JSON_EVALUE, "Expecting value: line 1 column 1 (char 0)" },
	{ "  ", 2, JSON_EVALUE, "Expecting value: line 1 column 3 (char 2)" },
	{ "\357\273\277{}", 5, JSON_EBOM, "Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)" },
	{ "\"\\u12x4\"", 8, JSON_EUESCAPE, "Invalid \\uXXXX escape: line 1 column 3 (char 2)" },
	{ "\"\\u123", 6, JSON_EUESCAPE, "Invalid \\uXXXX escape: line 1 column 3 (char 2)" },
	{ "\"\\u1234", 7, JSON_EUESCAPE, "Invalid \\uXXXX escape: line 1 column 3 (char 2)" },
	{ "\"\\u12", 5, JSON_EUESCAPE, "Invalid \\uXXXX escape: line 1 column 3 (char 2)" },
	{ "\"\\ud800\\u12x4\"", 14, JSON_EUESCAPE, "Invalid \\uXXXX escape: line 1 column 9 (char 8)" },
	{ "\"\\ud800\\udc0", 12, JSON_EUESCAPE, "Invalid \\uXXXX escape: line 1 column 9 (char 8)" },
	{ "\"\\ud800\\udc00", 13, JSON_EUESCAPE, "Invalid \\uXXXX escape: line 1 column 9 (char 8)" },
	{ "\"\\ud800\\u\"", 10, JSON_EUESCAPE, "Invalid \\uXXXX escape: line 1 column 9 (char 8)" },
	{ "\"\\ud800\\x\"", 10, JSON_EESCAPE, "Invalid \\escape: line 1 column 8 (char 7)" },
	{ "\"\\ud800\\", 8, JSON_EUNTERMINATED, "Unterminated string starting at: line 1 column 1 (char 0)" },
	{ "\"abc\\", 5, JSON_EUNTERMINATED, "Unterminated string starting at: line 1 column 1 (char 0)" },
	{ "\"abc\\q\"", 7, JSON_EESCAPE, "Invalid \\escape: line 1 column 5 (char 4)" },
	{ "\"a\001\"", 4, JSON_ECONTROL, "Invalid control character at: line 1 column 3 (char 2)" },
	{ "\"a\037\"", 4, JSON_ECONTROL, "Invalid control character at: line 1 column 3 (char 2)" },
	{ "\"a", 2, JSON_EUNTERMINATED, "Unterminated string starting at: line 1 column 1 (char 0)" },
	{ "[1,]", 4, JSON_EVALUE, "Expecting value: line 1 column 4 (char 3)" },
	{ "{\"a\":1,}", 8, JSON_EKEY, "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)" },
	{ "{\"a\" 1}", 7, JSON_ECOLON, "Expecting ':' delimiter: line 1 column 6 (char 5)" },
	{ "[1 2]", 5, JSON_ECOMMA, "Expecting ',' delimiter: line 1 column 4 (char 3)" },
	{ "-", 1, JSON_EVALUE, "Expecting value: line 1 column 1 (char 0)" },
	{ "-a", 2, JSON_EVALUE, "Expecting value: line 1 column 1 (char 0)" },
	{ "1.", 2, JSON_EEXTRA, "Extra data: line 1 column 2 (char 1)" },
	{ "1.e5", 4, JSON_EEXTRA, "Extra data: line 1 column 2 (char 1)" },
	{ "-01", 3, JSON_EEXTRA, "Extra data: line 1 column 3 (char 2)" },
	{ "01", 2, JSON_EEXTRA, "Extra data: line 1 column 2 (char 1)" },
	{ "1e+", 3, JSON_EEXTRA, "Extra data: line 1 column 2 (char 1)" },
	{ "1E", 2, JSON_EEXTRA, "Extra data: line 1 column 2 (char 1)" },
	{ "nul", 3, JSON_EVALUE, "Expecting value: line 1 column 1 (char 0)" },
	{ "tru", 3, JSON_EVALUE, "Expecting value: line 1 column 1 (char 0)" },
	{ "fals", 4, JSON_EVALUE, "Expecting value: line 1 column 1 (char 0)" },
	{ "True", 4, JSON_EVALUE, "Expecting value: line 1 column 1 (char 0)" },
	{ "{\"a\":1}x", 8, JSON_EEXTRA, "Extra data: line 1 column 8 (char 7)" },
	{ "[", 1, JSON_EVALUE, "Expecting value: line 1 column 2 (char 1)" },
	{ "{", 1, JSON_EKEY, "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)" },
	{ "{\"a\"", 4, JSON_ECOLON, "Expecting ':' delimiter: line 1 column 5 (char 4)" },
	{ "{\"a\":", 5, JSON_EVALUE, "Expecting value: line 1 column 6 (char 5)" },
	{ "[1,2", 4, JSON_ECOMMA, "Expecting ',' delimiter: line 1 column 5 (char 4)" },
	{ "{\"a\":1", 6, JSON_ECOMMA, "Expecting ',' delimiter: line 1 column 7 (char 6)" },
	{ "[1]  \012 x", 8, JSON_EEXTRA, "Extra data: line 2 column 2 (char 7)" },
	{ "\303\251", 2, JSON_EVALUE, "Expecting value: line 1 column 1 (char 0)" },
	{ "\"\303\251\\q\"", 6, JSON_EESCAPE, "Invalid \\escape: line 1 column 3 (char 2)" },
	{ "\012\012  [1 x", 8, JSON_ECOMMA, "Expecting ',' delimiter: line 3 column 6 (char 7)" },
	{ "\"\\ud800\\udc00x", 14, JSON_EUNTERMINATED, "Unterminated string starting at: line 1 column 1 (char 0)" },
	{ "{\"a\":1 \"b\"}", 11, JSON_ECOMMA, "Expecting ',' delimiter: line 1 column 8 (char 7)" },
	{ "{1:2}", 5, JSON_EKEY, "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)" },
	{ "{\"a\":1,\"b\"}", 11, JSON_ECOLON, "Expecting ':' delimiter: line 1 column 11 (char 10)" },
	{ "[,]", 3, JSON_EVALUE, "Expecting value: line 1 column 2 (char 1)" },
	{ "[1}", 3, JSON_ECOMMA, "Expecting ',' delimiter: line 1 column 3 (char 2)" },
	{ "{\"a\":1]", 7, JSON_ECOMMA, "Expecting ',' delimiter: line 1 column 7 (char 6)" },
	{ "[\"\303\251\360\237\230\200\", \"x\" \"y\"]", 19, JSON_ECOMMA, "Expecting ',' delimiter: line 1 column 12 (char 11)" },
	{ "{\"\303\274\":\012\011\"\342\202\254\" ,\012 \"k\":}", 22, JSON_EVALUE, "Expecting value: line 3 column 6 (char 18)" },
	{ "{\"a\":[{\"b\":[1,}]}", 17, JSON_EVALUE, "Expecting value: line 1 column 15 (char 14)" },
	{ "\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"x", 19, JSON_EEXTRA, "Extra data: line 1 column 19 (char 18)" },
	{ "[1, \"a\\u0000b\", null, true, false] 0", 36, JSON_EEXTRA, "Extra data: line 1 column 36 (char 35)" },
	{ "[.5]", 4, JSON_EVALUE, "Expecting value: line 1 column 2 (char 1)" },
	{ "[+1]", 4, JSON_EVALUE, "Expecting value: line 1 column 2 (char 1)" },
	{ "[0x1]", 5, JSON_ECOMMA, "Expecting ',' delimiter: line 1 column 3 (char 2)" },
	{ "[1.5e]", 6, JSON_ECOMMA, "Expecting ',' delimiter: line 1 column 5 (char 4)" },
	{ "['a']", 5, JSON_EVALUE, "Expecting value: line 1 column 2 (char 1)" },
	{ "[1,,2]", 6, JSON_EVALUE, "Expecting value: line 1 column 4 (char 3)" },
	{ "{\"a\"::1}", 8, JSON_EVALUE, "Expecting value: line 1 column 6 (char 5)" },
	{ "{,}", 3, JSON_EKEY, "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)" },
	{ "[\0141]", 4, JSON_EVALUE, "Expecting value: line 1 column 2 (char 1)" },
	{ "\"\011\"", 3, JSON_ECONTROL, "Invalid control character at: line 1 column 2 (char 1)" },
	{ "\015\012\015\012\"x", 6, JSON_EUNTERMINATED, "Unterminated string starting at: line 3 column 1 (char 4)" },
	{ "]", 1, JSON_EVALUE, "Expecting value: line 1 column 1 (char 0)" },
	{ "}", 1, JSON_EVALUE, "Expecting value: line 1 column 1 (char 0)" },
	{ "1 2", 3, JSON_EEXTRA, "Extra data: line 1 column 3 (char 2)" },
	{ "\"x\"\000", 4, JSON_EEXTRA, "Extra data: line 1 column 4 (char 3)" },
	{ "\"\\v\"", 4, JSON_EESCAPE, "Invalid \\escape: line 1 column 2 (char 1)" },
	{ "[\"\\a\"]", 6, JSON_EESCAPE, "Invalid \\escape: line 1 column 3 (char 2)" },
	{ "\"\\U0041\"", 8, JSON_EESCAPE, "Invalid \\escape: line 1 column 2 (char 1)" },
	{ "\"\\0\"", 4, JSON_EESCAPE, "Invalid \\escape: line 1 column 2 (char 1)" },
	{ "\"\\'\"", 4, JSON_EESCAPE, "Invalid \\escape: line 1 column 2 (char 1)" },
};

/* ---- helpers -------------------------------------------------------------- */

/* Sink that records everything, optionally refusing its Nth call. */
typedef struct {
	unsigned char out[65536];
	size_t len;
	int calls;
	size_t max_call;
	int abort_at;      /* 1-based call number to refuse, 0 never */
	int overflow;
} recorder;

static void rec_init(recorder *r, int abort_at)
{
	r->len = 0;
	r->calls = 0;
	r->max_call = 0;
	r->abort_at = abort_at;
	r->overflow = 0;
}

static int rec_sink(void *ctx, const void *data, size_t len)
{
	recorder *r = ctx;

	r->calls++;
	if (r->abort_at && r->calls >= r->abort_at)
		return 1;
	if (len > r->max_call)
		r->max_call = len;
	if (len > sizeof r->out - r->len) {
		r->overflow = 1;
		return 1;
	}
	memcpy(r->out + r->len, data, len);
	r->len += len;
	return 0;
}

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint32_t rnd(uint32_t n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint32_t)(rng_state % n);
}

/* Independent UTF-8 encoder for the tests. */
static size_t enc_utf8(uint32_t cp, unsigned char *o)
{
	if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 63));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 63));
		o[2] = (unsigned char)(0x80 | (cp & 63));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 63));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 63));
	o[3] = (unsigned char)(0x80 | (cp & 63));
	return 4;
}

/*
 * Reference validator written differently from the module's (decode by
 * bit patterns, then reject overlong, surrogate, out-of-range): returns 0
 * or 1 with *bad the offset of the first bad sequence.
 */
static int ref_invalid(const unsigned char *s, size_t n, size_t *bad)
{
	size_t i = 0, k, j;
	uint32_t cp;
	static const uint32_t min_cp[5] = { 0, 0, 0x80, 0x800, 0x10000 };

	while (i < n) {
		unsigned c = s[i];
		if ((c & 0x80) == 0) { i++; continue; }
		if ((c & 0xE0) == 0xC0) { k = 2; cp = c & 0x1F; }
		else if ((c & 0xF0) == 0xE0) { k = 3; cp = c & 0x0F; }
		else if ((c & 0xF8) == 0xF0) { k = 4; cp = c & 0x07; }
		else { *bad = i; return 1; }
		if (n - i < k) { *bad = i; return 1; }
		for (j = 1; j < k; j++) {
			if ((s[i + j] & 0xC0) != 0x80) { *bad = i; return 1; }
			cp = cp << 6 | (s[i + j] & 0x3F);
		}
		if (cp < min_cp[k] || cp > 0x10FFFF
		    || (cp >= 0xD800 && cp <= 0xDFFF)) {
			*bad = i;
			return 1;
		}
		i += k;
	}
	return 0;
}

/* A random scalar value from a mix of the interesting classes. */
static uint32_t random_cp(void)
{
	static const uint32_t special[] = { '"', '\\', '/', 0x7F, 0x80, 0x7FF,
		0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF,
		0x2028, 0x2029, 0xFEFF, '\b', '\f', '\n', '\r', '\t', 0 };
	uint32_t cp;

	switch (rnd(7)) {
	case 0:  return rnd(0x20);
	case 1:  return 0x20 + rnd(0x60);
	case 2:  return special[rnd(sizeof special / sizeof special[0])];
	case 3:  return 0x80 + rnd(0x780);
	case 4:
		do cp = 0x800 + rnd(0xF800); while (cp >= 0xD800 && cp <= 0xDFFF);
		return cp;
	case 5:  return 0x10000 + rnd(0x100000);
	default: return 'a' + rnd(26);
	}
}

/* Check the layout invariants of a parsed document; returns 1 if all hold. */
static int structure_ok(const json_doc *d)
{
	int i, n = d->count;

	if (n < 1 || d->tok[0].parent != -1 || d->tok[0].next != n)
		return 0;
	for (i = 0; i < n; i++) {
		const json_tok *t = &d->tok[i];
		json_iter it;
		int k, v, seen = 0, last_next = i + 1;

		if (t->start >= t->end || t->end > d->len || t->next <= i
		    || t->next > n || t->parent >= i)
			return 0;
		if (t->type == JSON_STRING && (d->js[t->start] != '"'
					       || d->js[t->end - 1] != '"'))
			return 0;
		if (t->type != JSON_OBJECT && t->type != JSON_ARRAY) {
			if (t->next != i + 1 || t->size != 0)
				return 0;
			continue;
		}
		json_iter_init(&it, d, i);
		while (json_iter_next(&it, d, &k, &v)) {
			seen++;
			if (d->tok[v].parent != i)
				return 0;
			if (t->type == JSON_OBJECT
			    && (k != v - 1 || d->tok[k].type != JSON_STRING
				|| d->tok[k].parent != i))
				return 0;
			if (t->type == JSON_ARRAY && k != -1)
				return 0;
			last_next = d->tok[v].next;
		}
		if (seen != t->size || last_next != t->next)
			return 0;
	}
	return 1;
}

/* Every string token decodes (or is a lone surrogate) and compares equal. */
static int strings_ok(const json_doc *d)
{
	static char buf[FILE_MAX];
	size_t n;
	int i, rc;

	for (i = 0; i < d->count; i++) {
		if (d->tok[i].type != JSON_STRING)
			continue;
		rc = json_string_decode(d, i, buf, sizeof buf, &n, NULL, 0);
		if (rc == JSON_ESURROGATE)
			continue;
		if (rc != 0 || !json_string_eq(d, i, buf, n)
		    || utf8_validate(buf, n, NULL) != 0)
			return 0;
	}
	return 1;
}

/* ---- encoder -------------------------------------------------------------- */

static void test_escape_table(void)
{
	recorder r;
	size_t len;
	int b, mode, rc;
	char c;

	for (b = 0; b < 128; b++) {
		c = (char)b;
		for (mode = 0; mode < 2; mode++) {
			const char *want = esc_table[b][mode];
			rec_init(&r, 0);
			rc = mode ? json_string_len_ascii(&c, 1, &len, NULL)
				  : json_string_len(&c, 1, &len, NULL);
			CHECK(rc == 0 && len == strlen(want),
			      "len of byte 0x%02x mode %d: rc %d len %zu", b,
			      mode, rc, len);
			rc = mode ? json_string_write_ascii(&c, 1, rec_sink, &r)
				  : json_string_write(&c, 1, rec_sink, &r);
			CHECK(rc == 0 && r.len == strlen(want)
			      && memcmp(r.out, want, r.len) == 0,
			      "byte 0x%02x mode %d: got %.*s want %s", b, mode,
			      (int)r.len, (char *)r.out, want);
		}
	}
}

static void test_passthrough(void)
{
	/* U+00E9 U+20AC U+1F600 U+2028 U+10FFFF and a NUL in the middle */
	static const char in[] = "a\303\251\342\202\254\360\237\230\200"
				 "\342\200\250\364\217\277\277\000z";
	static const char plain[] = "\"a\303\251\342\202\254\360\237\230\200"
				    "\342\200\250\364\217\277\277\\u0000z\"";
	static const char ascii[] = "\"a\\u00e9\\u20ac\\ud83d\\ude00\\u2028"
				    "\\udbff\\udfff\\u0000z\"";
	size_t n = sizeof in - 1, len;
	recorder r;

	rec_init(&r, 0);
	CHECK(json_string_len(in, n, &len, NULL) == 0 && len == sizeof plain - 1,
	      "plain length %zu", len);
	CHECK(json_string_write(in, n, rec_sink, &r) == 0, "plain write");
	CHECK(r.len == sizeof plain - 1 && memcmp(r.out, plain, r.len) == 0,
	      "plain output %.*s", (int)r.len, (char *)r.out);

	rec_init(&r, 0);
	CHECK(json_string_len_ascii(in, n, &len, NULL) == 0
	      && len == sizeof ascii - 1, "ascii length %zu", len);
	CHECK(json_string_write_ascii(in, n, rec_sink, &r) == 0, "ascii write");
	CHECK(r.len == sizeof ascii - 1 && memcmp(r.out, ascii, r.len) == 0,
	      "ascii output %.*s", (int)r.len, (char *)r.out);

	CHECK(utf8_count_chars(in, n) == 8, "chars %zu",
	      utf8_count_chars(in, n));
	CHECK(utf8_count_chars("", 0) == 0, "chars of empty");
	CHECK(utf8_count_chars("abc", 3) == 3, "chars of ascii");
}

static void test_invalid_utf8(void)
{
	static const struct {
		const char *s;
		size_t n, off;
	} bad[] = {
		{ "\300\200", 2, 0 },            /* overlong NUL */
		{ "ab\301\277", 4, 2 },          /* overlong 2-byte */
		{ "\340\200\200", 3, 0 },        /* overlong 3-byte */
		{ "x\340\237\277", 4, 1 },       /* overlong U+07FF */
		{ "\360\217\277\277", 4, 0 },    /* overlong 4-byte */
		{ "\355\240\200", 3, 0 },        /* U+D800 */
		{ "ok\355\277\277", 5, 2 },      /* U+DFFF */
		{ "\355\240\275\355\270\200", 6, 0 }, /* CESU-8 pair */
		{ "\364\220\200\200", 4, 0 },    /* U+110000 */
		{ "\365\200\200\200", 4, 0 },    /* 0xF5 lead */
		{ "a\367\277\277\277", 5, 1 },   /* 0xF7 lead */
		{ "\370\210\200\200\200", 5, 0 },/* 5-byte form */
		{ "\376", 1, 0 },
		{ "\377", 1, 0 },
		{ "a\200", 2, 1 },               /* continuation, no lead */
		{ "\303\251\277", 3, 2 },        /* stray continuation */
		{ "abc\342\202", 5, 3 },         /* truncated 3-byte at end */
		{ "\342\202z", 3, 0 },           /* truncated 3-byte inside */
		{ "\360\237\230", 3, 0 },        /* truncated 4-byte */
		{ "\302", 1, 0 },
		{ "\302A", 2, 0 },
		{ "\303\251\303", 3, 2 },
	};
	static const char *const good[] = {
		"\302\200", "\337\277", "\340\240\200", "\355\237\277",
		"\356\200\200", "\357\277\277", "\360\220\200\200",
		"\364\217\277\277", "\177",
	};
	size_t i, off, len;
	recorder r;
	int rc;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		off = 999;
		rc = json_string_len(bad[i].s, bad[i].n, &len, &off);
		CHECK(rc == JSON_EUTF8 && off == bad[i].off,
		      "bad case %zu: rc %d off %zu want %zu", i, rc, off,
		      bad[i].off);
		off = 999;
		rc = json_string_len_ascii(bad[i].s, bad[i].n, &len, &off);
		CHECK(rc == JSON_EUTF8 && off == bad[i].off,
		      "bad case %zu ascii: rc %d off %zu", i, rc, off);
		off = 999;
		rc = utf8_validate(bad[i].s, bad[i].n, &off);
		CHECK(rc == JSON_EUTF8 && off == bad[i].off,
		      "bad case %zu validate: rc %d off %zu", i, rc, off);
		rec_init(&r, 0);
		rc = json_string_write(bad[i].s, bad[i].n, rec_sink, &r);
		CHECK(rc == JSON_EUTF8 && r.calls == 0,
		      "bad case %zu write: rc %d calls %d", i, rc, r.calls);
		rec_init(&r, 0);
		rc = json_string_write_ascii(bad[i].s, bad[i].n, rec_sink, &r);
		CHECK(rc == JSON_EUTF8 && r.calls == 0,
		      "bad case %zu write ascii: rc %d calls %d", i, rc,
		      r.calls);
	}
	for (i = 0; i < sizeof good / sizeof good[0]; i++) {
		size_t n = strlen(good[i]);
		CHECK(json_string_len(good[i], n, &len, NULL) == 0
		      && len == n + 2, "good case %zu", i);
		CHECK(utf8_validate(good[i], n, NULL) == 0, "good %zu", i);
	}
}

/* All 1-, 2- and 3-byte strings and many 4- to 6-byte ones. */
static void test_utf8_exhaustive(void)
{
	unsigned char s[6];
	size_t off, roff, n;
	uint32_t v;
	long mismatches = 0, valid3 = 0, i;
	int rc, ref;

	for (v = 0; v < (1u << 24); v++) {
		for (n = 1; n <= 3; n++) {
			if (n < 3 && v >> (8 * n))
				continue;
			s[0] = (unsigned char)v;
			s[1] = (unsigned char)(v >> 8);
			s[2] = (unsigned char)(v >> 16);
			off = roff = 12345;
			rc = utf8_validate((const char *)s, n, &off);
			ref = ref_invalid(s, n, &roff);
			if ((rc != 0) != ref || (ref && off != roff))
				mismatches++;
			if (n == 3 && !ref && s[0] >= 0xE0)
				valid3++;
		}
	}
	/* 3-byte scalars minus surrogates: 0xF800 - 0x800 */
	CHECK(valid3 == 0xF800 - 0x800, "valid 3-byte sequences %ld", valid3);
	for (i = 0; i < 4000000; i++) {
		n = 4 + rnd(3);
		for (v = 0; v < n; v++) {
			switch (rnd(4)) {
			case 0:  s[v] = (unsigned char)(0xF0 + rnd(16)); break;
			case 1:  s[v] = (unsigned char)rnd(256); break;
			default: s[v] = (unsigned char)(0x80 + rnd(64)); break;
			}
		}
		off = roff = 12345;
		rc = utf8_validate((const char *)s, n, &off);
		ref = ref_invalid(s, n, &roff);
		if ((rc != 0) != ref || (ref && off != roff))
			mismatches++;
	}
	CHECK(mismatches == 0, "%ld validator disagreements with reference",
	      mismatches);
}

/* Random valid strings: length, output, parse back, decode back. */
static void test_random_roundtrip(void)
{
	static unsigned char in[4 * 700];
	static char dec[4 * 700 + 1];
	static recorder r;
	json_tok tok[2];
	json_doc d;
	size_t n, len, outn, cps;
	int iter, mode, rc, bad_len = 0, bad_rt = 0;

	for (iter = 0; iter < 3000; iter++) {
		n = 0;
		cps = rnd(700);
		for (len = 0; len < cps; len++)
			n += enc_utf8(random_cp(), in + n);
		if (utf8_count_chars((const char *)in, n) != cps)
			bad_len++;
		for (mode = 0; mode < 2; mode++) {
			const char *s = (const char *)in;
			rec_init(&r, 0);
			rc = mode ? json_string_len_ascii(s, n, &len, NULL)
				  : json_string_len(s, n, &len, NULL);
			rc |= mode ? json_string_write_ascii(s, n, rec_sink, &r)
				   : json_string_write(s, n, rec_sink, &r);
			if (rc || r.len != len || r.max_call > JSON_CHUNK) {
				bad_len++;
				continue;
			}
			json_init(&d, tok, 2, 1, 0);
			rc = json_parse(&d, (const char *)r.out, r.len, NULL, 0);
			if (rc || d.count != 1 || d.tok[0].type != JSON_STRING
			    || d.tok[0].end != r.len
			    || json_string_decode(&d, 0, dec, sizeof dec, &outn,
						  NULL, 0)
			    || outn != n || memcmp(dec, in, n) != 0
			    || !json_string_eq(&d, 0, s, n))
				bad_rt++;
		}
	}
	CHECK(bad_len == 0, "%d random strings with wrong length", bad_len);
	CHECK(bad_rt == 0, "%d random strings did not round-trip", bad_rt);
}

static void test_chunking(void)
{
	static char in[20000];
	static recorder r;
	size_t n, len, i;
	int ok = 1;

	/* Every length around the buffer edges, for 1- and 6-byte forms. */
	for (n = 0; n < 3 * JSON_CHUNK; n++) {
		memset(in, n % 2 ? 'a' : '\001', n);
		rec_init(&r, 0);
		if (json_string_len(in, n, &len, NULL)
		    || json_string_write(in, n, rec_sink, &r) || r.len != len
		    || r.max_call > JSON_CHUNK || r.out[0] != '"'
		    || r.out[r.len - 1] != '"')
			ok = 0;
		for (i = 1; ok && i + 1 < r.len; i += n % 2 ? 1 : 6)
			if (memcmp(r.out + i, n % 2 ? "a" : "\\u0001",
				   n % 2 ? 1 : 6) != 0)
				ok = 0;
	}
	CHECK(ok, "chunked output wrong near the buffer size");

	rec_init(&r, 0);
	CHECK(json_string_write("", 0, rec_sink, &r) == 0 && r.calls == 1
	      && r.len == 2 && memcmp(r.out, "\"\"", 2) == 0, "empty string");

	for (i = 0; i < sizeof in; i++)
		in[i] = i % 97 == 0 ? '\n' : 'x';
	rec_init(&r, 0);
	CHECK(json_string_len(in, sizeof in, &len, NULL) == 0
	      && len == sizeof in + 2 + (sizeof in + 96) / 97, "long length");
	CHECK(json_string_write(in, sizeof in, rec_sink, &r) == 0
	      && r.len == len, "long write");
	CHECK(r.calls >= 2 && (size_t)r.calls <= len / (JSON_CHUNK - 12) + 1,
	      "long write took %d sink calls for %zu bytes", r.calls, len);
	CHECK(r.max_call <= JSON_CHUNK, "largest sink call %zu", r.max_call);
}

static void test_sink_abort(void)
{
	static char in[5000];
	recorder r;

	memset(in, 'q', sizeof in);
	rec_init(&r, 1);
	CHECK(json_string_write("abc", 3, rec_sink, &r) == JSON_ESINK
	      && r.calls == 1, "abort on first call: %d calls", r.calls);
	rec_init(&r, 2);
	CHECK(json_string_write(in, sizeof in, rec_sink, &r) == JSON_ESINK
	      && r.calls == 2, "abort on second call: %d calls", r.calls);
	rec_init(&r, 3);
	CHECK(json_string_write_ascii(in, sizeof in, rec_sink, &r)
	      == JSON_ESINK && r.calls == 3, "ascii abort: %d calls", r.calls);
}

/* ---- parser --------------------------------------------------------------- */

static char filebuf[FILE_MAX];
static json_tok suite_tok[SUITE_TOKENS];
static json_tok deep_tok[DEEP_TOKENS];

/* Read dir/name into filebuf; returns its length or -1. */
static long read_file(const char *dir, const char *name)
{
	char path[1024];
	FILE *f;
	size_t n;

	if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name)
	    >= sizeof path)
		return -1;
	f = fopen(path, "rb");
	if (!f)
		return -1;
	n = fread(filebuf, 1, sizeof filebuf, f);
	if (ferror(f) || n == sizeof filebuf) {
		fclose(f);
		return -1;
	}
	fclose(f);
	return (long)n;
}

static int is_limit(int rc)
{
	return rc == JSON_EDEPTH || rc == JSON_ETOKENS || rc == JSON_ETOOBIG;
}

static void test_suite(void)
{
	const char *vectors = getenv("VECTORS");
	char dir[1024], err[256];
	int dir_y = 0, dir_n = 0, dir_i = 0, seen_y = 0, seen_n = 0;
	int seen_i = 0, i_ok = 0, rc;
	struct dirent *e;
	json_doc d;
	DIR *dp;
	long n;

	if (!vectors || !*vectors)
		vectors = "../shared/vectors";
	snprintf(dir, sizeof dir, "%s/json/test_parsing", vectors);
	dp = opendir(dir);
	CHECK(dp != NULL, "cannot open %s (set VECTORS)", dir);
	if (!dp)
		return;
	while ((e = readdir(dp)) != NULL) {
		const char *name = e->d_name;
		char kind = name[0];
		if ((kind != 'y' && kind != 'n' && kind != 'i') || name[1] != '_')
			continue;
		dir_y += kind == 'y';
		dir_n += kind == 'n';
		dir_i += kind == 'i';
		n = read_file(dir, name);
		CHECK(n >= 0, "cannot read %s/%s", dir, name);
		if (n < 0)
			continue;
		json_init(&d, suite_tok, SUITE_TOKENS, SUITE_DEPTH, 0);
		rc = json_parse(&d, filebuf, (size_t)n, err, sizeof err);
		if (kind == 'y') {
			seen_y++;
			CHECK(rc == 0, "%s rejected: %s", name, err);
			CHECK(rc != 0 || (structure_ok(&d) && strings_ok(&d)),
			      "%s: bad token layout or strings", name);
		} else if (kind == 'n') {
			seen_n++;
			CHECK(rc != 0, "%s accepted", name);
			CHECK(rc == 0 || err[0] != '\0', "%s: no message", name);
			if (is_limit(rc)) {
				/* must also fail without the limits */
				json_init(&d, deep_tok, DEEP_TOKENS, DEEP_TOKENS, 0);
				rc = json_parse(&d, filebuf, (size_t)n, err,
						sizeof err);
				CHECK(rc != 0 && !is_limit(rc),
				      "%s rejected only for a limit (%d)", name,
				      rc);
			}
		} else {
			seen_i++;
			i_ok += rc == 0;
			if (rc == 0)
				CHECK(structure_ok(&d) && strings_ok(&d),
				      "%s: bad token layout", name);
			printf("  %-50s %s\n", name, rc ? "rejected" : "accepted");
		}
	}
	closedir(dp);
	printf("JSONTestSuite: y %d/%d, n %d/%d, i %d/%d (%d accepted)\n",
	       seen_y, dir_y, seen_n, dir_n, seen_i, dir_i, i_ok);
	CHECK(dir_y > 0 && seen_y == dir_y, "y files: %d of %d", seen_y, dir_y);
	CHECK(dir_n > 0 && seen_n == dir_n, "n files: %d of %d", seen_n, dir_n);
	CHECK(seen_i == dir_i, "i files: %d of %d", seen_i, dir_i);
}

static void test_python_messages(void)
{
	char err[256], py[256];
	json_tok tok[64];
	json_doc d;
	size_t i;
	int rc;

	for (i = 0; i < sizeof py_cases / sizeof py_cases[0]; i++) {
		json_init(&d, tok, 64, 16, 0);
		rc = json_parse(&d, py_cases[i].in, py_cases[i].len, err,
				sizeof err);
		json_error_python(&d, py, sizeof py);
		CHECK(rc == py_cases[i].code, "case %zu: code %d want %d", i, rc,
		      py_cases[i].code);
		CHECK_STR(py, py_cases[i].msg, "case %zu: '%s' want '%s'", i,
			  py, py_cases[i].msg);
		CHECK(d.count == 0 && strncmp(err, "invalid JSON at byte ", 21)
		      == 0, "case %zu: plain message '%s'", i, err);
	}
	/* plain message wording, with the container named */
	json_init(&d, tok, 64, 16, 0);
	json_parse(&d, "{\"a\":1 2}", 9, err, sizeof err);
	CHECK_STR(err, "invalid JSON at byte 7: expected ',' or '}' after an "
		  "object member", "object comma message: %s", err);
	json_parse(&d, "[1 2]", 5, err, sizeof err);
	CHECK_STR(err, "invalid JSON at byte 3: expected ',' or ']' after an "
		  "array element", "array comma message: %s", err);
	rc = json_parse(&d, "[\"\377\"]", 4, err, sizeof err);
	CHECK(rc == JSON_EUTF8 && d.err_off == 2, "invalid UTF-8 in string");
	CHECK_STR(err, "invalid JSON at byte 2: invalid UTF-8", "msg %s", err);
	json_error_python(&d, py, sizeof py);
	CHECK_STR(py, err, "python form of a UTF-8 error: %s", py);
	rc = json_parse(&d, "[1]", 3, err, sizeof err);
	json_error_python(&d, py, sizeof py);
	CHECK(rc == 0 && err[0] == '\0' && py[0] == '\0', "no error, no text");
}

static void test_pyconst(void)
{
	json_tok tok[8];
	json_doc d;
	int rc;

	json_init(&d, tok, 8, 4, 0);
	CHECK(json_parse(&d, "NaN", 3, NULL, 0) == JSON_EVALUE, "NaN strict");
	CHECK(json_parse(&d, "[Infinity]", 10, NULL, 0) == JSON_EVALUE,
	      "Infinity strict");
	CHECK(json_parse(&d, "-Infinity", 9, NULL, 0) == JSON_EVALUE,
	      "-Infinity strict");
	json_init(&d, tok, 8, 4, JSON_PYCONST);
	rc = json_parse(&d, "[NaN,Infinity,-Infinity]", 24, NULL, 0);
	CHECK(rc == 0 && d.count == 4 && tok[1].type == JSON_NUMBER
	      && tok[3].type == JSON_NUMBER && tok[3].end - tok[3].start == 9,
	      "python constants accepted with the flag");
	CHECK(json_parse(&d, "-Inf", 4, NULL, 0) == JSON_EVALUE, "-Inf");
	CHECK(json_parse(&d, "nan", 3, NULL, 0) == JSON_EVALUE, "nan");
	CHECK(json_parse(&d, "NaNa", 4, NULL, 0) == JSON_EEXTRA, "NaNa");
}

static void test_layout(void)
{
	static const char js[] = "{\"a\":[1,{\"b\":null}],\"c\":\"x\"}";
	static const struct {
		int type, start, end, parent, next, size;
	} want[] = {
		{ JSON_OBJECT, 0, 28, -1, 9, 2 },
		{ JSON_STRING, 1, 4, 0, 2, 0 },
		{ JSON_ARRAY, 5, 19, 0, 7, 2 },
		{ JSON_NUMBER, 6, 7, 2, 4, 0 },
		{ JSON_OBJECT, 8, 18, 2, 7, 1 },
		{ JSON_STRING, 9, 12, 4, 6, 0 },
		{ JSON_NULL, 13, 17, 4, 7, 0 },
		{ JSON_STRING, 20, 23, 0, 8, 0 },
		{ JSON_STRING, 24, 27, 0, 9, 0 },
	};
	json_tok tok[16];
	json_doc d;
	json_iter it;
	int i, k, v, rc, types[8], nv = 0;

	json_init(&d, tok, 16, 8, 0);
	rc = json_parse(&d, js, sizeof js - 1, NULL, 0);
	CHECK(rc == 0 && d.count == 9, "layout parse rc %d count %d", rc,
	      d.count);
	for (i = 0; rc == 0 && i < 9; i++)
		CHECK(tok[i].type == want[i].type
		      && (int)tok[i].start == want[i].start
		      && (int)tok[i].end == want[i].end
		      && tok[i].parent == want[i].parent
		      && tok[i].next == want[i].next
		      && tok[i].size == want[i].size,
		      "token %d: type %d [%u,%u) parent %d next %d size %d", i,
		      tok[i].type, tok[i].start, tok[i].end, tok[i].parent,
		      tok[i].next, tok[i].size);
	CHECK(structure_ok(&d), "layout invariants");

	rc = json_parse(&d, " [1,[2,3],{\"x\":4},\"s\"] ", 23, NULL, 0);
	CHECK(rc == 0, "iteration doc parses");
	json_iter_init(&it, &d, 0);
	while (nv < 8 && json_iter_next(&it, &d, &k, &v)) {
		CHECK(k == -1, "array element has no key");
		types[nv++] = tok[v].type;
	}
	CHECK(nv == 4 && types[0] == JSON_NUMBER && types[1] == JSON_ARRAY
	      && types[2] == JSON_OBJECT && types[3] == JSON_STRING,
	      "array iteration: %d elements", nv);
	json_iter_init(&it, &d, 1);
	CHECK(!json_iter_next(&it, &d, &k, &v), "a number has no members");
	json_iter_init(&it, &d, 99);
	CHECK(!json_iter_next(&it, &d, &k, &v), "bad index has no members");

	rc = json_parse(&d, "{\"p\":1,\"q\":[true],\"r\":{}}", 25, NULL, 0);
	json_iter_init(&it, &d, 0);
	nv = 0;
	while (json_iter_next(&it, &d, &k, &v)) {
		static const char names[] = "pqr";
		static const int vtypes[] = { JSON_NUMBER, JSON_ARRAY,
					      JSON_OBJECT };
		CHECK(nv < 3 && json_string_eq(&d, k, names + nv, 1)
		      && tok[v].type == vtypes[nv], "member %d", nv);
		nv++;
	}
	CHECK(rc == 0 && nv == 3, "object iteration: %d members", nv);

	CHECK_STR(json_type_name(JSON_OBJECT), "object", "type name");
	CHECK_STR(json_type_name(JSON_STRING), "string", "type name");
	CHECK_STR(json_type_name(JSON_NULL), "null", "type name");
	for (i = JSON_OK; i <= JSON_ESINK; i++)
		CHECK(strcmp(json_strerror(i), "unknown error") != 0
		      && (i == 0 || strcmp(json_strerror(i),
					   json_strerror(i - 1)) != 0),
		      "strerror %d", i);
}

/* Text of value token t, for comparisons. */
static int tok_is(const json_doc *d, int t, const char *text)
{
	size_t n = strlen(text);

	return t >= 0 && d->tok[t].end - d->tok[t].start == n
	       && memcmp(d->js + d->tok[t].start, text, n) == 0;
}

static void test_lookup(void)
{
	static const char js[] = "{\"a\":1,\"b\":{\"c\":2},\"a\":3,"
		"\"\\u0061b\":4,\"k\\u0000\":5,\"\\ud83d\\ude00\":6,"
		"\"\303\251\":7,\"\":8,\"\\ud800\":9,\"tab\\t\":10}";
	json_tok tok[64];
	json_doc d;
	int rc, b;

	json_init(&d, tok, 64, 8, 0);
	rc = json_parse(&d, js, sizeof js - 1, NULL, 0);
	CHECK(rc == 0, "lookup doc parses");
	CHECK(tok_is(&d, json_object_get(&d, 0, "a", 1), "3"),
	      "repeated name: last wins");
	CHECK(tok_is(&d, json_object_get(&d, 0, "ab", 2), "4"), "escaped name");
	CHECK(tok_is(&d, json_object_get(&d, 0, "k\0", 2), "5"), "NUL in name");
	CHECK(json_object_get(&d, 0, "k", 1) == -1, "prefix does not match");
	CHECK(tok_is(&d, json_object_get(&d, 0, "\360\237\230\200", 4), "6"),
	      "surrogate-pair name");
	CHECK(tok_is(&d, json_object_get(&d, 0, "\303\251", 2), "7"),
	      "UTF-8 name");
	CHECK(tok_is(&d, json_object_get(&d, 0, "", 0), "8"), "empty name");
	CHECK(json_object_get(&d, 0, "\355\240\200", 3) == -1,
	      "lone surrogate name matches nothing");
	CHECK(tok_is(&d, json_object_get(&d, 0, "tab\t", 4), "10"),
	      "escaped tab in name");
	CHECK(json_object_get(&d, 0, "tab\\t", 5) == -1, "raw escape text");
	CHECK(json_object_get(&d, 0, "c", 1) == -1, "nested names not found");
	b = json_object_get(&d, 0, "b", 1);
	CHECK(b > 0 && tok[b].type == JSON_OBJECT, "member b is an object");
	CHECK(tok_is(&d, json_object_get(&d, b, "c", 1), "2"), "nested lookup");
	CHECK(json_object_get(&d, 1, "a", 1) == -1, "lookup in a string");
	CHECK(json_object_get(&d, -1, "a", 1) == -1, "lookup at -1");
	CHECK(json_object_get(&d, 1000, "a", 1) == -1, "lookup past end");
	json_parse(&d, "[1", 2, NULL, 0);
	CHECK(json_object_get(&d, 0, "a", 1) == -1, "lookup after failure");
}

static void test_decode(void)
{
	static const char js[] = "[\"a\\\"\\\\\\/\\b\\f\\n\\r\\tz\","
		"\"\\u00e9\\u20AC\\uD83D\\uDE00\",\"\\ud800\",\"\\udc00x\","
		"\"\\ud83d\\u0041\",\"plain \303\251\",\"\",\"\\u0000\",1,"
		"\"\\u00C9\\ud800\\ud800\\udc00\"]";
	json_tok tok[16];
	json_doc d;
	char buf[64], err[128];
	size_t n;
	int rc;

	json_init(&d, tok, 16, 2, 0);
	rc = json_parse(&d, js, sizeof js - 1, NULL, 0);
	CHECK(rc == 0 && d.count == 11, "decode doc: rc %d count %d", rc,
	      d.count);

	rc = json_string_decode(&d, 1, buf, sizeof buf, &n, err, sizeof err);
	CHECK(rc == 0 && n == 10 && memcmp(buf, "a\"\\/\b\f\n\r\tz", 11) == 0,
	      "simple escapes: rc %d n %zu", rc, n);
	rc = json_string_decode(&d, 2, buf, 10, &n, err, sizeof err);
	CHECK(rc == 0 && n == 9
	      && memcmp(buf, "\303\251\342\202\254\360\237\230\200", 10) == 0,
	      "\\u escapes and a pair in an exact buffer: rc %d n %zu", rc, n);
	err[0] = '\0';
	rc = json_string_decode(&d, 2, buf, 9, &n, err, sizeof err);
	CHECK(rc == JSON_ESPACE && err[0] != '\0', "one byte short: rc %d", rc);
	rc = json_string_decode(&d, 3, buf, sizeof buf, &n, err, sizeof err);
	CHECK(rc == JSON_ESURROGATE && strstr(err, "surrogate"),
	      "lone high surrogate: rc %d %s", rc, err);
	rc = json_string_decode(&d, 4, buf, sizeof buf, &n, err, sizeof err);
	CHECK(rc == JSON_ESURROGATE, "lone low surrogate: rc %d", rc);
	rc = json_string_decode(&d, 5, buf, sizeof buf, &n, err, sizeof err);
	CHECK(rc == JSON_ESURROGATE, "high surrogate then non-low: rc %d", rc);
	rc = json_string_decode(&d, 6, buf, 9, &n, err, sizeof err);
	CHECK(rc == 0 && n == 8 && strcmp(buf, "plain \303\251") == 0,
	      "unescaped string in an exact buffer: rc %d", rc);
	rc = json_string_decode(&d, 6, buf, 8, &n, err, sizeof err);
	CHECK(rc == JSON_ESPACE, "unescaped string one short: rc %d", rc);
	buf[0] = 'x';
	rc = json_string_decode(&d, 7, buf, 1, &n, err, sizeof err);
	CHECK(rc == 0 && n == 0 && buf[0] == '\0', "empty string");
	rc = json_string_decode(&d, 7, buf, 0, &n, err, sizeof err);
	CHECK(rc == JSON_ESPACE, "empty string, no room for NUL: rc %d", rc);
	rc = json_string_decode(&d, 8, buf, sizeof buf, &n, err, sizeof err);
	CHECK(rc == 0 && n == 1 && buf[0] == '\0' && buf[1] == '\0',
	      "\\u0000 decodes to a NUL byte: rc %d n %zu", rc, n);
	err[0] = '\0';
	rc = json_string_decode(&d, 9, buf, sizeof buf, &n, err, sizeof err);
	CHECK(rc == JSON_ETYPE && err[0] != '\0', "number token: rc %d", rc);
	CHECK(json_string_decode(&d, 0, buf, sizeof buf, &n, NULL, 0)
	      == JSON_ETYPE, "array token");
	CHECK(json_string_decode(&d, -1, buf, sizeof buf, &n, NULL, 0)
	      == JSON_ETYPE, "index -1");
	CHECK(json_string_decode(&d, 11, buf, sizeof buf, &n, NULL, 0)
	      == JSON_ETYPE, "index past the end");
	rc = json_string_decode(&d, 10, buf, sizeof buf, &n, err, sizeof err);
	CHECK(rc == JSON_ESURROGATE, "lone surrogate before a pair: rc %d", rc);
	CHECK(json_string_eq(&d, 1, "a\"\\/\b\f\n\r\tz", 10), "eq escapes");
	CHECK(!json_string_eq(&d, 1, "a\"\\/\b\f\n\r\tzz", 11), "eq longer");
	CHECK(!json_string_eq(&d, 1, "a\"\\/\b\f\n\r\t", 9), "eq shorter");
	CHECK(!json_string_eq(&d, 3, "\355\240\200", 3), "eq lone surrogate");
	CHECK(!json_string_eq(&d, 9, "1", 1), "eq on a number");
}

static void test_depth(void)
{
	static char deep[100000];
	json_tok tok[16];
	json_doc d;
	char err[128];
	int rc;

	json_init(&d, tok, 16, 3, 0);
	CHECK(json_parse(&d, "[[[1]]]", 7, NULL, 0) == 0, "depth 3 of 3");
	CHECK(json_parse(&d, "[[1],{\"a\":[2]},[3]]", 19, NULL, 0) == 0,
	      "depth comes back down");
	json_init(&d, tok, 16, 2, 0);
	rc = json_parse(&d, "[[[1]]]", 7, err, sizeof err);
	CHECK(rc == JSON_EDEPTH && d.err_off == 2 && d.count == 0,
	      "depth 3 of 2: rc %d off %zu", rc, d.err_off);
	CHECK(strstr(err, "nested more than 2 deep") != NULL, "msg: %s", err);
	rc = json_parse(&d, "{\"a\":{\"b\":{}}}", 14, err, sizeof err);
	CHECK(rc == JSON_EDEPTH && d.err_off == 10, "object depth: rc %d off %zu",
	      rc, d.err_off);
	json_init(&d, tok, 16, 0, 0);
	CHECK(json_parse(&d, "\"s\"", 3, NULL, 0) == 0, "scalar at depth 0");
	CHECK(json_parse(&d, "[]", 2, NULL, 0) == JSON_EDEPTH, "[] at depth 0");
	memset(deep, '[', sizeof deep);
	json_init(&d, suite_tok, SUITE_TOKENS, SUITE_DEPTH, 0);
	rc = json_parse(&d, deep, sizeof deep, err, sizeof err);
	CHECK(rc == JSON_EDEPTH && d.err_off == SUITE_DEPTH,
	      "100000 brackets: rc %d off %zu", rc, d.err_off);
}

static void test_tokens(void)
{
	json_tok tok[8];
	json_doc d;
	char err[128], tiny[6];
	int rc;

	json_init(&d, tok, 4, 8, 0);
	CHECK(json_parse(&d, "[1,2,3]", 7, NULL, 0) == 0 && d.count == 4,
	      "exactly enough tokens");
	json_init(&d, tok, 3, 8, 0);
	rc = json_parse(&d, "[1,2,3]", 7, err, sizeof err);
	CHECK(rc == JSON_ETOKENS && d.err_off == 5 && d.count == 0,
	      "one token short: rc %d off %zu", rc, d.err_off);
	CHECK(strstr(err, "more than 3 values (token limit)") != NULL,
	      "msg: %s", err);
	json_init(&d, tok, 2, 8, 0);
	CHECK(json_parse(&d, "{\"a\":1}", 7, NULL, 0) == JSON_ETOKENS,
	      "no token for the member value");
	json_init(&d, tok, 0, 8, 0);
	CHECK(json_parse(&d, "1", 1, NULL, 0) == JSON_ETOKENS, "no tokens");
	json_init(&d, NULL, 8, 8, 0);
	CHECK(json_parse(&d, "1", 1, NULL, 0) == JSON_ETOKENS, "NULL array");
	json_init(&d, tok, 8, 8, 0);
	rc = json_parse(&d, "x", (size_t)JSON_MAX_INPUT + 1, err, sizeof err);
	CHECK(rc == JSON_ETOOBIG && err[0] != '\0', "input too large: %d", rc);
	memset(tiny, 'Z', sizeof tiny);
	rc = json_parse(&d, "[1 2]", 5, tiny, 5);
	CHECK(rc == JSON_ECOMMA && tiny[4] == '\0' && tiny[5] == 'Z',
	      "message truncated into a small buffer");
	CHECK(json_parse(&d, "[1 2]", 5, NULL, 0) == JSON_ECOMMA, "NULL err");
}

int main(void)
{
	test_escape_table();
	test_passthrough();
	test_invalid_utf8();
	test_utf8_exhaustive();
	test_random_roundtrip();
	test_chunking();
	test_sink_abort();
	test_suite();
	test_python_messages();
	test_pyconst();
	test_layout();
	test_lookup();
	test_decode();
	test_depth();
	test_tokens();
	return check_done();
}
