/*
 * xml.h - a small, bounded, non-allocating XML reader for service answers
 * (STS Query-protocol responses and errors).
 *
 * The document is a complete buffer held by the caller.  xml_check()
 * decides whether it is well-formed the way expat (Python's ElementTree,
 * which botocore uses) does for what these answers can hold, and words
 * the failure like expat: "mismatched tag: line 1, column 5", with lines
 * counted from 1 and columns from 0 in code points.  Understood: an
 * optional UTF-8 byte order mark, the XML declaration and other
 * processing instructions, comments, a DOCTYPE without internal subset,
 * elements with attributes (values in single or double quotes, no
 * duplicates), character data with the five predefined entities and
 * numeric character references, CDATA sections.  The document is always
 * read as UTF-8.  Namespace prefixes are matched by local name only; a
 * prefix nobody declared is expat's "unbound prefix".
 *
 * xml_child_text() then reads botocore's view of the tree: element names
 * without namespace, the first child of a given name at each step, and
 * an element's text up to its first child element.
 *
 * Nesting is bounded by XML_MAX_DEPTH; deeper documents are refused with
 * a message of this reader.
 */
#ifndef SWF_XML_H
#define SWF_XML_H

#include <stddef.h>

#define XML_MAX_DEPTH 32          /* element nesting accepted */
#define XML_NAME_MAX 128          /* longest element or attribute name */
#define XML_MAX_ATTRS 16          /* attributes per element checked for
				   * duplicates (more are refused) */

enum {
	XML_OK = 0,
	XML_NOT_FOUND = 1,        /* xml_child_text: no such element */
	XML_ERR = -1,             /* not well-formed: message in err */
	XML_ESPACE = -2           /* the text does not fit the buffer */
};

/*
 * Check that doc[0..len) is one well-formed document.  Returns XML_OK or
 * XML_ERR with expat's words ("no element found: line 1, column 0") in
 * err.
 */
int xml_check(const char *doc, size_t len, char *err, size_t errlen);

/*
 * Copy into root the local name (no prefix) of the document element of
 * the well-formed doc.  Returns XML_OK, XML_ERR, or XML_ESPACE.
 */
int xml_root_name(const char *doc, size_t len, char *root, size_t cap);

/*
 * Follow path, the local names of nested elements below the document
 * element separated by '/' (e.g. "AssumeRoleResult/Credentials/
 * AccessKeyId"; "" is the document element itself), taking the first
 * child of each name, and decode that element's text (entities and
 * CDATA; only the text before its first child element) into out,
 * NUL-terminated, its length in *outlen (may be NULL).  The document
 * must have passed xml_check.  Returns XML_OK, XML_NOT_FOUND,
 * XML_ESPACE, or XML_ERR (path too deep or too long).
 */
int xml_child_text(const char *doc, size_t len, const char *path,
		   char *out, size_t cap, size_t *outlen);

/*
 * Whether the element at path (as for xml_child_text) exists.  Returns
 * XML_OK, XML_NOT_FOUND or XML_ERR.
 */
int xml_has_child(const char *doc, size_t len, const char *path);

#endif
