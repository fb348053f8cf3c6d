/*
 * params.c - the operation's input, merged and validated like the AWS CLI.
 */
#include "params.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json.h"
#include "limits.h"
#include "pyfmt.h"
#include "text.h"

const char params_skeleton[] =
	"{\n    \"taskToken\": \"\",\n    \"details\": \"\"\n}\n";

/*
 * A member's text comes from its file:// parameter or from the input
 * document, never both (the command line wins and the document's value is
 * then not decoded), so each member has one buffer.
 */
static char token_buf[TASK_TOKEN_MAX_BYTES + 1];
static char details_buf[DETAILS_MAX_BYTES + 1];

/*
 * The --cli-input-json document and its tokens live on params_load's
 * stack: validation runs there too (its message is kept in `invalid` for
 * params_validate, which the CLI reaches later), and nothing refers to the
 * document afterwards.  So its pages are shared with the later steps.
 */
struct input_area {
	char file[CLI_INPUT_JSON_MAX_BYTES + 1];
	json_tok tok[CLI_INPUT_JSON_MAX_TOKENS];
};
static json_doc input_doc;       /* valid inside params_load only */
static char invalid[PARAMS_MESSAGE_MAX]; /* validation message, or "" */

/* ---- file:// parameters ----------------------------------------------- */

/* os.path.expandvars(os.path.expanduser(path)) for $NAME and ${NAME}. */
static int expand_path(const char *in, char *out, size_t cap)
{
	size_t o = 0, n;
	const char *home, *v, *end;
	char name[NAME_MAX_BYTES];

	if (in[0] == '~' && (in[1] == '/' || in[1] == '\0') &&
	    (home = getenv("HOME")) != NULL) {
		n = strlen(home);
		if (n >= cap)
			return -1;
		memcpy(out, home, n);
		o = n;
		in++;
	}
	while (*in) {
		if (in[0] == '$') {
			int braced = in[1] == '{';
			const char *s = in + 1 + braced;
			for (end = s; *end == '_' || (*end >= '0' && *end <= '9') ||
			     (*end >= 'a' && *end <= 'z') ||
			     (*end >= 'A' && *end <= 'Z'); end++)
				;
			n = (size_t)(end - s);
			if (n && n < sizeof name && (!braced || *end == '}')) {
				memcpy(name, s, n);
				name[n] = '\0';
				v = getenv(name);
				if (v) {
					n = strlen(v);
					if (o + n >= cap)
						return -1;
					memcpy(out + o, v, n);
					o += n;
					in = end + braced;
					continue;
				}
			}
		}
		if (o + 1 >= cap)
			return -1;
		out[o++] = *in++;
	}
	out[o] = '\0';
	return 0;
}

/* Python's text mode: "\r\n" and "\r" become "\n". */
static size_t universal_newlines(char *s, size_t n)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '\r') {
			s[o++] = '\n';
			if (i + 1 < n && s[i + 1] == '\n')
				i++;
		} else {
			s[o++] = s[i];
		}
	}
	return o;
}

/*
 * If value is a file:// or fileb:// reference, read the file into
 * buf[0..cap) and point *out at it; otherwise *out = value.  Returns 0 or
 * -1 with the CLI's message for parameter cli_name.
 */
static int load_paramfile(const char *cli_name, const char *value, char *buf,
			  size_t cap, const char **out, size_t *outlen,
			  char *err, size_t errlen)
{
	char path[PATH_MAX_BYTES];
	size_t plen, n = 0, bad;
	int text, fd;
	ssize_t r;

	if (strncmp(value, "file://", 7) == 0) {
		text = 1;
		plen = 7;
	} else if (strncmp(value, "fileb://", 8) == 0) {
		text = 0;
		plen = 8;
	} else {
		*out = value;
		*outlen = strlen(value);
		return 0;
	}
	if (expand_path(value + plen, path, sizeof path) != 0) {
		snprintf(err, errlen, "Error parsing parameter '%s': Unable to "
			 "load paramfile %s: [Errno 36] File name too long",
			 cli_name, value);
		return -1;
	}
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		goto os_error;
	while ((r = read(fd, buf + n, cap - n)) != 0) {
		if (r < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			goto os_error;
		}
		n += (size_t)r;
		if (n == cap) {
			close(fd);
			snprintf(err, errlen, "Error parsing parameter '%s': "
				 "Unable to load paramfile %s: file is larger "
				 "than %zu bytes", cli_name, value, cap - 1);
			return -1;
		}
	}
	close(fd);
	if (text && utf8_validate(buf, n, &bad) != 0) {
		snprintf(err, errlen, "Error parsing parameter '%s': Unable to "
			 "load paramfile (%s), text contents could not be "
			 "decoded.  If this is a binary file, please use the "
			 "fileb:// prefix instead of the file:// prefix.",
			 cli_name, path);
		return -1;
	}
	if (text)
		n = universal_newlines(buf, n);
	buf[n] = '\0';
	*out = buf;
	*outlen = n;
	return 0;

os_error:
	snprintf(err, errlen, "Error parsing parameter '%s': Unable to load "
		 "paramfile %s: [Errno %d] %s: '%s'", cli_name, value, errno,
		 py_strerror(errno), path);
	return -1;
}

/* ---- Python repr() of JSON values, for validation messages ------------ */

struct out {
	char *p;
	size_t cap, n;
};

static void put(struct out *o, const char *s, size_t n)
{
	while (n-- && o->n + 1 < o->cap)
		o->p[o->n++] = *s++;
	o->p[o->n] = '\0';
}

static void puts_(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

/* ---- loading ------------------------------------------------------------ */

static const char *member_name(int which)
{
	return which == PARAM_TASK_TOKEN ? "taskToken" : "details";
}

static param_member *add_member(params *p, int which)
{
	param_member *m;

	if (p->n >= PARAMS_MAX_MEMBERS)
		return NULL;
	m = &p->m[p->n++];
	memset(m, 0, sizeof *m);
	m->which = which;
	m->tok = -1;
	m->key = -1;
	return m;
}

static int load_arg(params *p, int which, const char *cli_name,
		    const char *value, char *buf, size_t cap, char *err,
		    size_t errlen)
{
	param_member *m;

	if (!value)
		return 0;
	m = add_member(p, which);
	if (load_paramfile(cli_name, value, buf, cap, &m->s, &m->len, err,
			   errlen) != 0)
		return -1;
	m->is_string = 1;
	return 0;
}

/* Two member names of the input document spelled the same way. */
static int same_key(int a, int b)
{
	const json_tok *x = &input_doc.tok[a], *y = &input_doc.tok[b];

	return x->end - x->start == y->end - y->start &&
	       memcmp(input_doc.js + x->start, input_doc.js + y->start,
		      x->end - x->start) == 0;
}

/* Already in the dict: a known member set, or the same unknown name. */
static int member_present(const params *p, int which, int key)
{
	int i;

	for (i = 0; i < p->n; i++) {
		if (p->m[i].which != which)
			continue;
		if (which != PARAM_UNKNOWN || same_key(key, p->m[i].key))
			return 1;
	}
	return 0;
}

static int merge_member(params *p, int key, char *err, size_t errlen)
{
	const json_doc *d = &input_doc;
	param_member *m;
	char msg[128];
	int which, val;

	if (json_string_eq(d, key, "taskToken", 9))
		which = PARAM_TASK_TOKEN;
	else if (json_string_eq(d, key, "details", 7))
		which = PARAM_DETAILS;
	else
		which = PARAM_UNKNOWN;
	if (member_present(p, which, key))
		return 0;
	m = add_member(p, which);
	if (!m) {
		snprintf(err, errlen, "Error parsing parameter 'cli-input-json': "
			 "more than %d members", PARAMS_MAX_MEMBERS);
		return -1;
	}
	/* json.loads keeps the last value of a repeated name */
	if (which == PARAM_UNKNOWN) {
		m->key = key;
		return 0;
	}
	val = json_object_get(d, 0, member_name(which),
			      strlen(member_name(which)));
	m->tok = val;
	if (d->tok[val].type != JSON_STRING)
		return 0;
	if (json_string_decode(d, val, which == PARAM_TASK_TOKEN ? token_buf :
			       details_buf, which == PARAM_TASK_TOKEN ?
			       sizeof token_buf : sizeof details_buf,
			       &m->len, msg, sizeof msg) == JSON_ESURROGATE) {
		snprintf(err, errlen, "Parameter validation failed:\nInvalid "
			 "UTF-8 for parameter %s: unpaired surrogate escape",
			 member_name(which));
		return -1;
	}
	m->s = which == PARAM_TASK_TOKEN ? token_buf : details_buf;
	m->is_string = 1;
	if (m->len > (which == PARAM_TASK_TOKEN ? TASK_TOKEN_MAX_BYTES :
		      DETAILS_MAX_BYTES))
		m->s = NULL;
	return 0;
}

static int parse_input_json(params *p, struct input_area *in,
			    const char *value, char *err, size_t errlen)
{
	static char pymsg[512];
	const char *js;
	size_t len;
	json_iter it;
	int key, val;
	char perr[128];

	if (load_paramfile("--cli-input-json", value, in->file,
			   sizeof in->file, &js, &len, err, errlen) != 0)
		return -1;
	json_init(&input_doc, in->tok, CLI_INPUT_JSON_MAX_TOKENS,
		  CLI_INPUT_JSON_MAX_DEPTH, JSON_PYCONST);
	if (json_parse(&input_doc, js, len, perr, sizeof perr) != 0) {
		json_error_python(&input_doc, pymsg, sizeof pymsg);
		snprintf(err, errlen, "Error parsing parameter 'cli-input-json': "
			 "Invalid JSON: %s\nJSON received: %s", pymsg, js);
		return -1;
	}
	if (in->tok[0].type != JSON_OBJECT) {
		snprintf(err, errlen, "'%s' object has no attribute 'keys'",
			 py_json_type_name(&input_doc, 0));
		return -1;
	}
	json_iter_init(&it, &input_doc, 0);
	while (json_iter_next(&it, &input_doc, &key, &val))
		if (merge_member(p, key, err, errlen) != 0)
			return -1;
	return 0;
}

static int validate(const params *p, char *err, size_t errlen);

/*
 * Read, parse and merge the input document, then validate with it.  Not
 * inlined: the document's memory is on this frame only.
 */
static __attribute__((noinline)) int load_input_json(params *p, const char *value, char *err,
			   size_t errlen)
{
	struct input_area in;
	int rc = parse_input_json(p, &in, value, err, errlen);

	if (rc == 0)
		validate(p, invalid, sizeof invalid);
	memset(&input_doc, 0, sizeof input_doc);
	return rc;
}

int params_load(params *p, const cli_args *a, char *err, size_t errlen)
{
	memset(p, 0, sizeof *p);
	invalid[0] = '\0';
	if (load_arg(p, PARAM_TASK_TOKEN, "--task-token", a->task_token,
		     token_buf, sizeof token_buf, err, errlen) != 0)
		return -1;
	if (load_arg(p, PARAM_DETAILS, "--details", a->details, details_buf,
		     sizeof details_buf, err, errlen) != 0)
		return -1;
	if (a->cli_input_json)
		return load_input_json(p, a->cli_input_json, err, errlen);
	validate(p, invalid, sizeof invalid);
	return 0;
}

/* ---- validation ----------------------------------------------------------- */

const param_member *params_get(const params *p, int which)
{
	int i;

	for (i = 0; i < p->n; i++)
		if (p->m[i].which == which)
			return &p->m[i];
	return NULL;
}

static void check_member(const param_member *m, struct out *o)
{
	static char rep[PARAMS_REPR_MAX * 4];
	const char *name = member_name(m->which);
	size_t chars, bad, max = m->which == PARAM_TASK_TOKEN ?
				 TASK_TOKEN_MAX_CHARS : DETAILS_MAX_CHARS;
	char num[32];

	if (!m->is_string) {
		puts_(o, "\nInvalid type for parameter ");
		puts_(o, name);
		puts_(o, ", value: ");
		py_json_str(rep, sizeof rep, &input_doc, m->tok);
		puts_(o, rep);
		puts_(o, ", type: <class '");
		puts_(o, py_json_type_name(&input_doc, m->tok));
		puts_(o, "'>, valid types: <class 'str'>");
		return;
	}
	if (m->s == NULL) {
		/* decoded value larger than its buffer: certainly too long */
		snprintf(num, sizeof num, "%zu", max);
		puts_(o, "\nInvalid length for parameter ");
		puts_(o, name);
		puts_(o, ", value: more than ");
		puts_(o, num);
		puts_(o, " characters, valid max length: ");
		puts_(o, num);
		return;
	}
	if (utf8_validate(m->s, m->len, &bad) != 0) {
		snprintf(num, sizeof num, "%zu", bad);
		puts_(o, "\nInvalid UTF-8 for parameter ");
		puts_(o, name);
		puts_(o, " at byte offset ");
		puts_(o, num);
		return;
	}
	chars = utf8_count_chars(m->s, m->len);
	if (m->which == PARAM_TASK_TOKEN && chars < TASK_TOKEN_MIN_CHARS) {
		puts_(o, "\nInvalid length for parameter taskToken, value: 0, "
		      "valid min length: 1");
	} else if (chars > max) {
		puts_(o, "\nInvalid length for parameter ");
		puts_(o, name);
		snprintf(num, sizeof num, ", value: %zu", chars);
		puts_(o, num);
		snprintf(num, sizeof num, ", valid max length: %zu", max);
		puts_(o, num);
	}
}

int params_validate(const params *p, char *err, size_t errlen)
{
	(void)p;
	snprintf(err, errlen, "%s", invalid);
	return invalid[0] ? -1 : 0;
}

/* botocore's validation of p, with the input document still at hand. */
static int validate(const params *p, char *err, size_t errlen)
{
	struct out o = { err, errlen, 0 };
	int i;

	err[0] = '\0';
	puts_(&o, "Parameter validation failed:");
	if (!params_get(p, PARAM_TASK_TOKEN))
		puts_(&o, "\nMissing required parameter in input: \"taskToken\"");
	for (i = 0; i < p->n; i++) {
		if (p->m[i].which != PARAM_UNKNOWN)
			continue;
		puts_(&o, "\nUnknown parameter in input: ");
		{
			const json_tok *k = &input_doc.tok[p->m[i].key];
			static char kbuf[1024];
			size_t klen;
			char e[64];
			if (json_string_decode(&input_doc, p->m[i].key, kbuf,
					       sizeof kbuf, &klen, e,
					       sizeof e) != 0)
				put(&o, input_doc.js + k->start,
				    k->end - k->start);
			else {
				puts_(&o, "\"");
				put(&o, kbuf, klen);
				puts_(&o, "\"");
			}
		}
		puts_(&o, ", must be one of: taskToken, details");
	}
	for (i = 0; i < p->n; i++)
		if (p->m[i].which != PARAM_UNKNOWN)
			check_member(&p->m[i], &o);
	if (strchr(err, '\n') == NULL) {
		err[0] = '\0';
		return 0;
	}
	return -1;
}

/* ---- the request body ----------------------------------------------------- */

int params_write_body(const params *p, int (*sink)(void *, const void *,
						  size_t), void *ctx)
{
	int i, rc, first = 1;
	char key[32];

	if (sink(ctx, "{", 1))
		return JSON_ESINK;
	for (i = 0; i < p->n; i++) {
		const param_member *m = &p->m[i];
		if (m->which == PARAM_UNKNOWN)
			continue;
		snprintf(key, sizeof key, "%s\"%s\": ", first ? "" : ", ",
			 member_name(m->which));
		first = 0;
		if (sink(ctx, key, strlen(key)))
			return JSON_ESINK;
		rc = json_string_write(m->s, m->len, sink, ctx);
		if (rc)
			return rc;
	}
	return sink(ctx, "}", 1) ? JSON_ESINK : 0;
}

size_t params_body_len(const params *p)
{
	size_t total = 2, enc;
	int i, first = 1;

	for (i = 0; i < p->n; i++) {
		const param_member *m = &p->m[i];
		if (m->which == PARAM_UNKNOWN)
			continue;
		total += (first ? 0 : 2) + strlen(member_name(m->which)) + 4;
		first = 0;
		if (json_string_len(m->s, m->len, &enc, NULL) == 0)
			total += enc;
	}
	return total;
}
