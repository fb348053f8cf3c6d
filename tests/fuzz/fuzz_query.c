/*
 * fuzz_query.c - libFuzzer harness for --query and --output
 * (src/query.c): the JMESPath lexer and parser, evaluation against the
 * operation's result {}, and the json, text and table formatters.
 *
 * Input: byte 0 picks output format, colour and table width; the rest (up
 * to the first NUL byte) is the expression.
 *
 * Invariants: documented codes with a message on failure; output fits
 * the buffer; compiling and rendering again gives the same bytes; the
 * stderr text is "\n" + message + "\n" when it fits.
 */
#include "fuzz_util.h"

#include "query.h"

static query_expr q;
static char expr[QUERY_EXPR_MAX + 64];
static char err[QUERY_ERR_MAX], err2[QUERY_ERR_MAX];
static char out[16 * 1024], out2[16 * 1024];
static char serr[QUERY_ERR_MAX + 64];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int widths[] = { 80, 1, 10, 200 };
	size_t n, len = 0, len2 = 0, k;
	int output, color, width, rc, rc2;

	if (size < 1)
		return 0;
	output = data[0] % 3;
	color = (data[0] >> 2) & 1;
	width = widths[(data[0] >> 3) & 3];
	n = size - 1 < sizeof expr - 1 ? size - 1 : sizeof expr - 1;
	memcpy(expr, data + 1, n);
	expr[n] = '\0';

	err[0] = '\0';
	rc = query_compile(&q, expr, err, sizeof err);
	FUZZ_REQUIRE(rc == QUERY_OK || rc == QUERY_ERR_PARSE ||
		     rc == QUERY_ERR_LIMIT);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc != QUERY_OK) {
		FUZZ_REQUIRE(err[0] != '\0');
		k = query_stderr_text(err, 0, serr, sizeof serr);
		FUZZ_REQUIRE(k <= sizeof serr);
		if (k == strlen(err) + 2)
			FUZZ_REQUIRE(serr[0] == '\n' && serr[k - 1] == '\n');
		return 0;
	}
	err[0] = '\0';
	rc = query_render(&q, output, color, width, out, sizeof out, &len,
			  err, sizeof err);
	FUZZ_REQUIRE(rc <= QUERY_OK && rc >= QUERY_ERR_SPACE);
	FUZZ_REQUIRE(len <= sizeof out);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc != QUERY_OK)
		FUZZ_REQUIRE(err[0] != '\0');
	k = query_stderr_text(err, 1, serr, sizeof serr);
	FUZZ_REQUIRE(k <= sizeof serr);

	/* deterministic: compile and render again */
	FUZZ_REQUIRE(query_compile(&q, expr, err2, sizeof err2) == QUERY_OK);
	rc2 = query_render(&q, output, color, width, out2, sizeof out2, &len2,
			   err2, sizeof err2);
	FUZZ_REQUIRE(rc2 == rc && len2 == len && memcmp(out, out2, len) == 0);
	if (rc != QUERY_OK)
		FUZZ_REQUIRE(strcmp(err, err2) == 0);
	return 0;
}
