/*
 * params.h - the operation's input: --task-token, --details and
 * --cli-input-json merged as the AWS CLI merges them (command line first,
 * then the input document's other members), `file://` parameter files,
 * and botocore's parameter validation with its messages.
 *
 * The decoded values are static inside params.c (one operation per
 * process); the struct refers to them.  The --cli-input-json document is
 * read and parsed on params_load's stack and validated there (the message
 * is kept for params_validate), so it costs no memory after it.
 */
#ifndef SWF_PARAMS_H
#define SWF_PARAMS_H

#include <stddef.h>

#include "cli.h"

#define PARAMS_MAX_MEMBERS 64   /* distinct members of the input document */
#define PARAMS_REPR_MAX 1024    /* a string shown inside a message */
#define PARAMS_MESSAGE_MAX (8 * 1024) /* a validation message, at most */

enum { PARAM_TASK_TOKEN, PARAM_DETAILS, PARAM_UNKNOWN };

typedef struct {
	int which;          /* PARAM_TASK_TOKEN, PARAM_DETAILS, PARAM_UNKNOWN */
	int tok;            /* value token in the input document, -1 if argv */
	int key;            /* key token (unknown members), else -1 */
	const char *s;      /* string value (when it is a valid string) */
	size_t len;
	int is_string;
} param_member;

typedef struct {
	param_member m[PARAMS_MAX_MEMBERS];  /* in the CLI's dict order */
	int n;
} params;

/*
 * Load the parameters from the parsed command line: read `file://`
 * values, parse and merge --cli-input-json.  Returns 0, or -1 with the
 * CLI's whole message (e.g. "Error parsing parameter '--details': ...")
 * in err.
 */
int params_load(params *p, const cli_args *a, char *err, size_t errlen);

/*
 * Validate as botocore does before sending (required member, unknown
 * members, types, lengths, UTF-8), plus the SWF model's maximum lengths.
 * Returns 0, or -1 with "Parameter validation failed:\n..." in err (at
 * most PARAMS_MESSAGE_MAX bytes of it).  The checks ran in params_load,
 * which must have succeeded; this reports their result, where botocore
 * does (after the client is made).
 */
int params_validate(const params *p, char *err, size_t errlen);

/* The member `which` (PARAM_TASK_TOKEN/PARAM_DETAILS), or NULL if absent. */
const param_member *params_get(const params *p, int which);

/*
 * Size in bytes of the JSON request body for p (validated), as
 * params_write_body() will write it.
 */
size_t params_body_len(const params *p);

/*
 * Write the request body, {"taskToken": "...", "details": "..."} in dict
 * order, through sink (see json.h).  Returns 0 or the sink's failure.
 */
int params_write_body(const params *p, int (*sink)(void *, const void *,
						  size_t), void *ctx);

/* The input skeleton the CLI prints for --generate-cli-skeleton input. */
extern const char params_skeleton[];

#endif
