/*
 * json.h - JSON (RFC 8259): string-literal encoder and strict parser.
 *
 * Nothing here allocates.  The encoder streams a string literal through a
 * caller-supplied sink; the parser fills a caller-supplied token array
 * (jsmn-style) and keeps pointers into the caller's document.
 *
 * Encoder.  json_string_write() escapes exactly as Python's
 * json.dumps(s, ensure_ascii=False): '"' '\\' and the controls \b \f \n \r
 * \t get their two-character escapes, other bytes below 0x20 become
 * \u00xx (lower-case hex), everything else - DEL and non-ASCII UTF-8
 * included - passes through.  The *_ascii variants escape like plain
 * json.dumps(s) (what botocore sends): additionally DEL and every non-ASCII
 * character become \uxxxx, with a surrogate pair above U+FFFF.  Input must
 * be strict UTF-8 (no overlongs, no surrogates U+D800..DFFF, nothing above
 * U+10FFFF, no truncated sequences); anything else is JSON_EUTF8.
 *
 * Parser.  Strict RFC 8259: any value at top level, whitespace only
 * SP HT LF CR, no trailing commas, no comments, numbers per the RFC
 * grammar, UTF-8 validated inside strings, nothing but whitespace after
 * the value.  Two choices follow Python's json.loads:
 *  - a lone surrogate escape such as "\ud800" is accepted by json_parse();
 *    it has no UTF-8 form, so json_string_decode() rejects it with
 *    JSON_ESURROGATE and json_string_eq() never matches it;
 *  - where a document is invalid, the error code and offset are the ones
 *    json.loads reports (json_error_python() prints its message), e.g. a
 *    \u escape needs one more character after its four hex digits.
 * With JSON_PYCONST, NaN, Infinity and -Infinity are accepted as numbers,
 * as json.loads does; without it they are errors, as the RFC says.
 *
 * Tokens.  Token 0 is the top-level value.  Every value is one token
 * followed by the tokens of its contents: an array's elements in order,
 * an object's members as a STRING key token immediately followed by the
 * value's tokens.  Keys and values both name the object as parent.
 * 'next' skips a whole value: the next sibling, or the token after the
 * enclosing container's last value.  The parser never recurses; its depth
 * and token count are bounded only by the caller's limits.
 */
#ifndef SWF_JSON_H
#define SWF_JSON_H

#include <stddef.h>
#include <stdint.h>

/* Longest document json_parse() accepts, in bytes (offsets are 32-bit). */
#define JSON_MAX_INPUT 0x7fffffffu
/* Size of the encoder's stack buffer: the largest single sink call. */
#define JSON_CHUNK 256

/* Error codes; 0 is success. */
enum {
	JSON_OK = 0,
	/* Document errors json.loads reports too (same code, same offset). */
	JSON_EVALUE,        /* a value was expected */
	JSON_EKEY,          /* a member name in double quotes was expected */
	JSON_ECOLON,        /* ':' was expected after a member name */
	JSON_ECOMMA,        /* ',' or the closing bracket was expected */
	JSON_EUNTERMINATED, /* string without closing quote (at its start) */
	JSON_ECONTROL,      /* unescaped byte below 0x20 inside a string */
	JSON_EESCAPE,       /* backslash followed by an unknown character */
	JSON_EUESCAPE,      /* \u not followed by four hex digits and more */
	JSON_EEXTRA,        /* something other than whitespace after the value */
	JSON_EBOM,          /* document starts with a UTF-8 byte order mark */
	/* Errors of this implementation. */
	JSON_EUTF8,         /* invalid UTF-8 */
	JSON_EDEPTH,        /* arrays/objects nested deeper than the limit */
	JSON_ETOKENS,       /* more values than the token array holds */
	JSON_ETOOBIG,       /* input longer than JSON_MAX_INPUT */
	JSON_ESPACE,        /* output buffer too small */
	JSON_ESURROGATE,    /* string holds an unpaired surrogate escape */
	JSON_ETYPE,         /* token is missing or of the wrong type */
	JSON_ESINK          /* the sink returned non-zero */
};

/* Token types. */
enum {
	JSON_NONE = 0,
	JSON_OBJECT,
	JSON_ARRAY,
	JSON_STRING,
	JSON_NUMBER,
	JSON_TRUE,
	JSON_FALSE,
	JSON_NULL
};

/* json_init() flag: accept NaN, Infinity, -Infinity (as JSON_NUMBER). */
#define JSON_PYCONST 1u

typedef struct {
	uint32_t start;     /* offset of the value's first byte (a quote) */
	uint32_t end;       /* offset just past its last byte */
	int32_t parent;     /* enclosing object or array, -1 for token 0 */
	int32_t next;       /* first token after this value and its contents */
	int32_t size;       /* members (object) or elements (array), else 0 */
	unsigned char type; /* JSON_OBJECT .. JSON_NULL */
	unsigned char esc;  /* string only: 1 when it holds backslash escapes */
} json_tok;

typedef struct {
	json_tok *tok;      /* caller's token array */
	int cap;            /* its capacity */
	int max_depth;      /* deepest nesting of arrays/objects allowed */
	unsigned flags;     /* JSON_PYCONST or 0 */
	const char *js;     /* document of the last json_parse() */
	size_t len;         /* its length */
	int count;          /* tokens filled by a successful parse, else 0 */
	int error;          /* code of the last parse, 0 on success */
	size_t err_off;     /* byte offset that error refers to */
	int err_ctx;        /* type of the container open at the error */
} json_doc;

/* Iterator over the members of an object or the elements of an array. */
typedef struct {
	int cur;            /* token of the next key/element */
	int left;           /* members/elements not yet returned */
	int object;         /* 1 when iterating an object */
} json_iter;

/*
 * Output callback for the encoder: consume len bytes of data, return 0 to
 * go on or non-zero to abort the write.
 */
typedef int (*json_sink)(void *ctx, const void *data, size_t len);

/* ---- UTF-8 and string encoding --------------------------------------- */

/*
 * Check that s[0..n) is strict UTF-8.  Returns 0, or JSON_EUTF8 with
 * *bad_offset (if not NULL) set to the first byte of the first invalid
 * or truncated sequence.
 */
int utf8_validate(const char *s, size_t n, size_t *bad_offset);

/*
 * Number of code points in s[0..n) (what Python's len() gives), counting
 * bytes that are not continuation bytes; meaningful for valid UTF-8.
 */
size_t utf8_count_chars(const char *s, size_t n);

/*
 * Validate s[0..n) and set *enc_len to the exact length, quotes included,
 * of the literal json_string_write() produces for it.  Returns 0, or
 * JSON_EUTF8 with *bad_offset (if not NULL) as for utf8_validate(), or
 * JSON_ETOOBIG if the length would not fit a size_t.
 */
int json_string_len(const char *s, size_t n, size_t *enc_len,
		    size_t *bad_offset);

/*
 * Write s[0..n) as a JSON string literal, quotes included, through sink
 * in calls of at most JSON_CHUNK bytes.  The input is validated first, so
 * on JSON_EUTF8 nothing has been written.  Returns 0, JSON_EUTF8,
 * JSON_ETOOBIG or JSON_ESINK (the sink aborted; no further calls made).
 */
int json_string_write(const char *s, size_t n, json_sink sink, void *ctx);

/* As json_string_len(), for the literal json_string_write_ascii() makes. */
int json_string_len_ascii(const char *s, size_t n, size_t *enc_len,
			  size_t *bad_offset);

/* As json_string_write(), but with DEL and non-ASCII as \uxxxx escapes. */
int json_string_write_ascii(const char *s, size_t n, json_sink sink,
			    void *ctx);

/* ---- parser ---------------------------------------------------------- */

/*
 * Prepare d to parse into tok[0..cap) with arrays/objects nested at most
 * max_depth deep (0 allows only a scalar); flags is 0 or JSON_PYCONST.
 */
void json_init(json_doc *d, json_tok *tok, int cap, int max_depth,
	       unsigned flags);

/*
 * Parse js[0..len) (no NUL needed; d keeps the pointer).  Returns 0 with
 * d->count tokens, or an error code with d->count 0, d->error/err_off set
 * and a message giving the byte offset in err (never document content).
 */
int json_parse(json_doc *d, const char *js, size_t len, char *err,
	       size_t errlen);

/*
 * Write the message Python's json.loads gives for the last parse error,
 * e.g. "Expecting ',' delimiter: line 1 column 5 (char 4)" (line, column
 * and char count code points).  For the errors of this implementation
 * (JSON_EUTF8 and the limits) it writes the plain message json_parse did.
 */
void json_error_python(const json_doc *d, char *out, size_t outlen);

/* Short plain-words description of an error code. */
const char *json_strerror(int code);

/* Name of a token type: "object", "array", "string", "number", ... */
const char *json_type_name(int type);

/*
 * Value token of the member of object token obj whose decoded name is
 * key[0..klen); the last one when a name repeats (as json.loads keeps).
 * Returns -1 when there is none or obj is not an object.
 */
int json_object_get(const json_doc *d, int obj, const char *key,
		    size_t klen);

/*
 * 1 when string token t decodes to exactly s[0..n), else 0 (also when t
 * is not a string or holds an unpaired surrogate escape).
 */
int json_string_eq(const json_doc *d, int t, const char *s, size_t n);

/*
 * Decode string token t as UTF-8 into buf[0..cap), NUL-terminated; the
 * length without the NUL goes to *outlen (the text may hold NUL bytes,
 * from \u0000).  Returns 0, JSON_ETYPE (t is not a string), JSON_ESPACE
 * (needs more than cap bytes with the NUL) or JSON_ESURROGATE, with a
 * message in err.
 */
int json_string_decode(const json_doc *d, int t, char *buf, size_t cap,
		       size_t *outlen, char *err, size_t errlen);

/* Start iterating container token t (nothing to iterate if it is not one). */
void json_iter_init(json_iter *it, const json_doc *d, int t);

/*
 * Return the next member/element: 1 with *key the name token (-1 for an
 * array) and *val the value token, or 0 when there are no more.
 */
int json_iter_next(json_iter *it, const json_doc *d, int *key, int *val);

#endif
