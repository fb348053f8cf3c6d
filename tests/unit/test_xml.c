/*
 * test_xml.c - the bounded XML reader: expat's verdicts (vectors
 * generated with Python's xml.etree.ElementTree, which botocore uses) and
 * ElementTree's view of element text.
 */
#include <string.h>

#include "check.h"
#include "xml.h"

struct vec {
	const char *doc;
	size_t len;
	const char *err;          /* "" when well-formed */
};

static const struct vec vectors[] = {
	{"", 0, "no element found: line 1, column 0"},
	{"oops", 4, "syntax error: line 1, column 0"},
	{"  ", 2, "no element found: line 1, column 2"},
	{"<a>", 3, "no element found: line 1, column 3"},
	{"<a", 2, "unclosed token: line 1, column 0"},
	{"<a><broken", 10, "unclosed token: line 1, column 3"},
	{"<a></b>", 7, "mismatched tag: line 1, column 5"},
	{"<a/>junk", 8, "junk after document element: line 1, column 4"},
	{"<a/><b/>", 8, "junk after document element: line 1, column 4"},
	{"<a>&bogus;</a>", 14, "undefined entity: line 1, column 3"},
	{"<a b></a>", 9, "not well-formed (invalid token): line 1, column 4"},
	{"<a b='1></a>", 12, "not well-formed (invalid token): line 1, column 8"},
	{"<a>x</a >", 9, ""},
	{"<a>\x0a""<b>\x0a""</c></a>", 16, "mismatched tag: line 3, column 2"},
	{"<\x3f""xml version='1.0'\x3f""><a/>", 25, ""},
	{"<!-- c --><a/>", 14, ""},
	{"<a><![CDATA[x]]></a>", 20, ""},
	{"<a><![CDATA[x</a>", 17, "unclosed CDATA section: line 1, column 17"},
	{"<a>&#0;</a>", 11, "reference to invalid character number: line 1, column 3"},
	{"<a>&#x41;&amp;&lt;</a>", 22, ""},
	{"<a>\xff""</a>", 8, "not well-formed (invalid token): line 1, column 3"},
	{"<a>x<</a>", 9, "not well-formed (invalid token): line 1, column 5"},
	{"<x:a/>", 6, "unbound prefix: line 1, column 0"},
	{"<a>]]></a>", 10, "not well-formed (invalid token): line 1, column 5"},
	{"<a>&amp</a>", 11, "not well-formed (invalid token): line 1, column 7"},
	{"\x0a""\x0a""  <a>", 7, "no element found: line 3, column 5"},
	{"<1a/>", 5, "not well-formed (invalid token): line 1, column 1"},
	{"<a>\x01""</a>", 8, "not well-formed (invalid token): line 1, column 3"},
	{"<!DOCTYPE a><a/>", 16, ""},
	{"<a x='1' x='2'/>", 16, "duplicate attribute: line 1, column 9"},
	{"<a>\x0d""\x0a""<b/></a>", 13, ""},
	{"<a/>\x0a""", 5, ""},
	{"<a/>  <!-- x --> ", 17, ""},
	{"<a></a><", 8, "unclosed token: line 1, column 7"},
	{"<a>&#xD800;</a>", 15, "reference to invalid character number: line 1, column 3"},
	{"<a>\xc3""\xa9""</b>", 9, "mismatched tag: line 1, column 6"},
	{"<\xc3""\xa9""a></b>", 9, "mismatched tag: line 1, column 6"},
	{"\xef""\xbb""\xbf""<a/>", 7, ""},
	{"<a>&lt</a>", 10, "not well-formed (invalid token): line 1, column 6"},
	{"<a>&am", 6, "unclosed token: line 1, column 3"},
	{"<a>&amp;", 8, "no element found: line 1, column 8"},
	{"<a><!-- x", 9, "unclosed token: line 1, column 3"},
	{"<a><\x3f""pi", 7, "unclosed token: line 1, column 3"},
	{"<\x3f""xml version='1.0'", 19, "unclosed token: line 1, column 0"},
	{"<a x='1", 7, "unclosed token: line 1, column 0"},
	{"<a x", 4, "unclosed token: line 1, column 0"},
	{"<a></a", 6, "unclosed token: line 1, column 3"},
	{"<a></", 5, "unclosed token: line 1, column 3"},
	{"<a><!-- a -- b --></a>", 22, "not well-formed (invalid token): line 1, column 12"},
	{"<a x='1'y='2'/>", 15, "not well-formed (invalid token): line 1, column 8"},
	{"<a x='&bogus;'/>", 16, "undefined entity: line 1, column 0"},
	{"<a x='&lt;'/>", 13, ""},
	{"<a><!DOCTYPE b></a>", 19, "not well-formed (invalid token): line 1, column 5"},
	{"<a xmlns:p='u'><p:b/></a>", 25, ""},
	{"<a><p:b/></a>", 13, "unbound prefix: line 1, column 3"},
	{"<a p:x='1'/>", 12, "unbound prefix: line 1, column 0"},
	{"<a>\x0d""</a>", 8, ""},
	{"x<a/>", 5, "not well-formed (invalid token): line 1, column 1"},
	{"<a/>x", 5, "junk after document element: line 1, column 4"},
	{"<a>x</a>y", 9, "junk after document element: line 1, column 8"},
	{"\xef""\xbb""\xbf""", 3, "no element found: line 1, column 1"},
	{"<a>&#x110000;</a>", 17, "reference to invalid character number: line 1, column 3"},
	{"<a>&#65</a>", 11, "not well-formed (invalid token): line 1, column 7"},
	{"<a>&#;</a>", 10, "not well-formed (invalid token): line 1, column 5"},
	{"<a>&#xZ;</a>", 12, "not well-formed (invalid token): line 1, column 6"},
	{"<a/><\x3f""pi x\x3f""><!--c-->", 20, ""},
	{"<\x3f""pi\x3f""><a/>", 10, ""},
	{"<a\x0a"">x</a>", 9, ""},
	{"<a>\xed""\xa0""\x80""</a>", 10, "not well-formed (invalid token): line 1, column 3"},
	{"<a>\xc0""\x80""</a>", 9, "not well-formed (invalid token): line 1, column 3"},
	{"<a>\xf4""\x90""\x80""\x80""</a>", 11, "not well-formed (invalid token): line 1, column 3"},
	{"<a>\x7f""</a>", 8, ""},
	{"<a>\x09""</a>", 8, ""},
	{"<a> </a\x0a"">", 9, ""},
	{"<a></a\x0a""\x0a""", 8, "unclosed token: line 1, column 3"},
	{"<:a/>", 5, "not well-formed (invalid token): line 1, column 1"},
	{"<a:/>", 5, "not well-formed (invalid token): line 1, column 3"},
	{"<AssumeRoleResponse><broken", 27, "unclosed token: line 1, column 20"},
	{"<a>\x0a""  <b>\x0d""\x0a""  <c>x</c>\x0a""</b></a>", 30, ""},
	{"<a><b/></a>", 11, ""},
	{"<a><b></a>", 10, "mismatched tag: line 1, column 8"},
	{"<a b='1' />", 11, ""},
	{"<a b=1/>", 8, "not well-formed (invalid token): line 1, column 5"},
	{"<a b = '1'></a>", 15, ""},
	{"<a>&#65;&#x42;&#x1F600;</a>", 27, ""},
	{"<html><body>x</body></html>", 27, ""},
	{"<a><b x='&quot;'>1</b><b>2</b></a>", 34, ""},
	{"<a>\xe2""\x82""</a>", 9, "not well-formed (invalid token): line 1, column 3"},
};

static const char sts_ok[] =
	"<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/"
	"2011-06-15/\">\n  <AssumeRoleResult>\n    <AssumedRoleUser>\n"
	"      <Arn>arn:aws:sts::123456789012:assumed-role/r/s</Arn>\n"
	"    </AssumedRoleUser>\n    <Credentials>\n"
	"      <AccessKeyId>ASIAEXAMPLE</AccessKeyId>\n"
	"      <SecretAccessKey>a&amp;b&lt;c&#x41;<![CDATA[<raw>]]>"
	"</SecretAccessKey>\n"
	"      <SessionToken>tok\r\nen</SessionToken>\n"
	"      <Expiration>2030-01-01T00:00:00Z</Expiration>\n"
	"      <Empty/>\n"
	"    </Credentials>\n  </AssumeRoleResult>\n"
	"  <ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>\n"
	"</AssumeRoleResponse>\n";

static void test_vectors(void)
{
	char err[160];
	size_t i;
	int rc;

	for (i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
		err[0] = '\0';
		rc = xml_check(vectors[i].doc, vectors[i].len, err, sizeof err);
		if (!vectors[i].err[0]) {
			CHECK(rc == XML_OK, "vector %zu: want OK, got %s", i,
			      err);
		} else {
			CHECK(rc == XML_ERR && strcmp(err, vectors[i].err) == 0,
			      "vector %zu: want \"%s\", got \"%s\"", i,
			      vectors[i].err, rc == XML_OK ? "OK" : err);
		}
	}
}

static void test_lookup(void)
{
	char out[64], err[128];
	size_t n = 0, len = sizeof sts_ok - 1;

	CHECK(xml_check(sts_ok, len, err, sizeof err) == XML_OK, "sts: %s",
	      err);
	CHECK(xml_root_name(sts_ok, len, out, sizeof out) == XML_OK &&
	      strcmp(out, "AssumeRoleResponse") == 0, "root %s", out);
	CHECK(xml_child_text(sts_ok, len, "AssumeRoleResult/Credentials/"
			     "AccessKeyId", out, sizeof out, &n) == XML_OK &&
	      strcmp(out, "ASIAEXAMPLE") == 0 && n == 11, "akid %s", out);
	CHECK(xml_child_text(sts_ok, len, "AssumeRoleResult/Credentials/"
			     "SecretAccessKey", out, sizeof out, NULL) ==
	      XML_OK && strcmp(out, "a&b<cA<raw>") == 0, "secret %s", out);
	CHECK(xml_child_text(sts_ok, len, "AssumeRoleResult/Credentials/"
			     "SessionToken", out, sizeof out, NULL) ==
	      XML_OK && strcmp(out, "tok\nen") == 0, "token %s", out);
	CHECK(xml_child_text(sts_ok, len, "AssumeRoleResult/Credentials/"
			     "Empty", out, sizeof out, &n) == XML_OK &&
	      n == 0 && out[0] == '\0', "empty element");
	CHECK(xml_child_text(sts_ok, len, "AssumeRoleResult/Credentials/"
			     "Missing", out, sizeof out, NULL) ==
	      XML_NOT_FOUND, "missing leaf");
	CHECK(xml_child_text(sts_ok, len, "AssumeRoleResult/Nope/"
			     "AccessKeyId", out, sizeof out, NULL) ==
	      XML_NOT_FOUND, "missing middle");
	CHECK(xml_child_text(sts_ok, len, "Credentials/AccessKeyId", out,
			     sizeof out, NULL) == XML_NOT_FOUND,
	      "only direct children count");
	CHECK(xml_has_child(sts_ok, len, "AssumeRoleResult") == XML_OK,
	      "has result");
	CHECK(xml_has_child(sts_ok, len, "ResponseMetadata/RequestId") ==
	      XML_OK, "has request id");
	CHECK(xml_has_child(sts_ok, len, "AssumeRoleResult/Empty") ==
	      XML_NOT_FOUND, "no Empty there");
	CHECK(xml_child_text(sts_ok, len, "AssumeRoleResult/Credentials/"
			     "AccessKeyId", out, 5, NULL) == XML_ESPACE,
	      "too small");
}

static void test_tree_view(void)
{
	static const char d1[] = "<a>text<b>in</b>tail</a>";
	static const char d2[] = "<p:a xmlns:p='u'><p:b>1</p:b><b>2</b></p:a>";
	static const char d3[] = "<a><b>first</b><b>second</b><c/></a>";
	static const char d4[] = "<a><x><b>deep</b></x><b>child</b></a>";
	char out[32];

	CHECK(xml_child_text(d1, sizeof d1 - 1, "", out, sizeof out, NULL) ==
	      XML_OK && strcmp(out, "text") == 0, "text before child: %s",
	      out);
	CHECK(xml_child_text(d2, sizeof d2 - 1, "b", out, sizeof out, NULL) ==
	      XML_OK && strcmp(out, "1") == 0, "local names: %s", out);
	CHECK(xml_root_name(d2, sizeof d2 - 1, out, sizeof out) == XML_OK &&
	      strcmp(out, "a") == 0, "root local name %s", out);
	CHECK(xml_child_text(d3, sizeof d3 - 1, "b", out, sizeof out, NULL) ==
	      XML_OK && strcmp(out, "first") == 0, "first of repeated: %s",
	      out);
	CHECK(xml_child_text(d4, sizeof d4 - 1, "b", out, sizeof out, NULL) ==
	      XML_OK && strcmp(out, "child") == 0, "direct child: %s", out);
	CHECK(xml_child_text(d3, sizeof d3 - 1, "c", out, sizeof out, NULL) ==
	      XML_OK && out[0] == '\0', "empty self-closing");
}

static void test_limits(void)
{
	char doc[(XML_MAX_DEPTH + 1) * 7 + 8], err[160];
	size_t o = 0;
	int i;

	for (i = 0; i < XML_MAX_DEPTH + 1; i++) {
		memcpy(doc + o, "<a>", 3);
		o += 3;
	}
	for (i = 0; i < XML_MAX_DEPTH + 1; i++) {
		memcpy(doc + o, "</a>", 4);
		o += 4;
	}
	CHECK(xml_check(doc, o, err, sizeof err) == XML_ERR &&
	      strstr(err, "nested too deeply") != NULL, "depth: %s", err);
	CHECK(xml_check(doc + 3, o - 7, err, sizeof err) == XML_OK,
	      "depth at the limit: %s", err);
}

int main(void)
{
	test_vectors();
	test_lookup();
	test_tree_view();
	test_limits();
	return check_done();
}
