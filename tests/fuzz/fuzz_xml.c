/*
 * fuzz_xml.c - libFuzzer harness for the XML reader (src/xml.c) that
 * reads STS answers and errors: well-formedness as expat decides it, the
 * root name, and botocore's child-text lookups.
 *
 * Input: the document.
 *
 * Invariants: documented codes; expat-style messages on failure; a
 * well-formed document has a root name; lookups never claim more text
 * than fits, the text is NUL-terminated at its reported length, a
 * bigger buffer gives the same text, and a path that has text exists.
 */
#include "fuzz_util.h"

#include "xml.h"

#define MAX_IN (64 * 1024)

static char err[512];
static char root[XML_NAME_MAX + 1];
static char text[MAX_IN + 1], text2[MAX_IN + 1];

static const char *const paths[] = {
	"", "Error", "Error/Code", "Error/Message", "AssumeRoleResult",
	"AssumeRoleResult/Credentials/AccessKeyId",
	"AssumeRoleWithWebIdentityResult/Credentials/SecretAccessKey",
	"AssumeRoleResult/Credentials/Expiration", "RequestId", "a/b/c/d/e"
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *doc = (const char *)data;
	size_t i, n, n2;
	int rc;

	if (size > MAX_IN)
		return 0;
	err[0] = '\0';
	rc = xml_check(doc, size, err, sizeof err);
	FUZZ_REQUIRE(rc == XML_OK || rc == XML_ERR);
	FUZZ_REQUIRE(fuzz_terminated(err, sizeof err));
	if (rc != XML_OK) {
		FUZZ_REQUIRE(err[0] != '\0');
		return 0;
	}
	rc = xml_root_name(doc, size, root, sizeof root);
	FUZZ_REQUIRE(rc == XML_OK || rc == XML_ESPACE);
	if (rc == XML_OK)
		FUZZ_REQUIRE(root[0] != '\0' && strchr(root, ':') == NULL);
	rc = xml_root_name(doc, size, root, 4);
	FUZZ_REQUIRE(rc == XML_OK || rc == XML_ESPACE);

	for (i = 0; i < sizeof paths / sizeof paths[0]; i++) {
		n = (size_t)-1;
		rc = xml_child_text(doc, size, paths[i], text, sizeof text, &n);
		FUZZ_REQUIRE(rc == XML_OK || rc == XML_NOT_FOUND ||
			     rc == XML_ESPACE || rc == XML_ERR);
		FUZZ_REQUIRE((xml_has_child(doc, size, paths[i]) == XML_OK) ==
			     (rc == XML_OK || rc == XML_ESPACE));
		if (rc != XML_OK)
			continue;
		FUZZ_REQUIRE(n < sizeof text && text[n] == '\0');
		/* exactly enough room gives the same; one byte less does not */
		rc = xml_child_text(doc, size, paths[i], text2, n + 1, &n2);
		FUZZ_REQUIRE(rc == XML_OK && n2 == n &&
			     memcmp(text, text2, n) == 0);
		if (n > 0)
			FUZZ_REQUIRE(xml_child_text(doc, size, paths[i], text2,
						    n, &n2) == XML_ESPACE);
	}
	return 0;
}
