/*
 * cli.c - AWS CLI v1's three-stage argparse parsing, for one operation.
 *
 * The engine below follows Python 3's argparse parse_known_args closely:
 * every argument is first classified as an option ('O') or a value ('A');
 * options are matched exactly, as `--name=value`, or by a unique prefix;
 * then options and positionals are consumed left to right, and whatever no
 * parser claims is passed on to the next stage.
 */
#include "cli.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "text.h"

#define CLI_MAX_ARGS 256

const char cli_usage_text[] =
	"\rNote: AWS CLI version 2, the latest major version of the AWS CLI, "
	"is now stable and recommended for general use. For more information, "
	"see the AWS CLI version 2 installation instructions at: "
	"https://docs.aws.amazon.com/cli/latest/userguide/install-cliv2.html\n"
	"\n"
	"usage: aws [options] <command> <subcommand> [<subcommand> ...] "
	"[parameters]\n"
	"To see help text, you can run:\n"
	"\n"
	"  aws help\n"
	"  aws <command> help\n"
	"  aws <command> <subcommand> help\n";

enum opt_kind { K_FLAG, K_ONE, K_OPTIONAL, K_VERSION };

struct opt {
	const char *name;
	unsigned char kind;
	unsigned char required;
	const char *const *choices;   /* NULL-terminated, or NULL */
	size_t off;                   /* offset of the field in cli_args */
};

struct parser {
	const struct opt *opts;
	size_t nopts;
	const char *pos_name;         /* the one positional's dest */
	int pos_optional;             /* nargs='?' */
	const char *const *pos_choices;
};

static const char *const output_choices[] = { "json", "text", "table", NULL };
static const char *const color_choices[] = { "on", "off", "auto", NULL };
static const char *const skel_choices[] = { "input", "output", NULL };
static const char *const command_choices[] = { "swf", "help", NULL };
/* Every SWF operation, as the CLI lists them; only one is implemented. */
static const char *const operation_choices[] = {
	"count-closed-workflow-executions",
	"count-open-workflow-executions",
	"count-pending-activity-tasks",
	"count-pending-decision-tasks",
	"delete-activity-type",
	"delete-workflow-type",
	"deprecate-activity-type",
	"deprecate-domain",
	"deprecate-workflow-type",
	"describe-activity-type",
	"describe-domain",
	"describe-workflow-execution",
	"describe-workflow-type",
	"get-workflow-execution-history",
	"list-activity-types",
	"list-closed-workflow-executions",
	"list-domains",
	"list-open-workflow-executions",
	"list-tags-for-resource",
	"list-workflow-types",
	"poll-for-activity-task",
	"poll-for-decision-task",
	"record-activity-task-heartbeat",
	"register-activity-type",
	"register-domain",
	"register-workflow-type",
	"request-cancel-workflow-execution",
	"respond-activity-task-canceled",
	"respond-activity-task-completed",
	"respond-activity-task-failed",
	"respond-decision-task-completed",
	"signal-workflow-execution",
	"start-workflow-execution",
	"tag-resource",
	"terminate-workflow-execution",
	"undeprecate-activity-type",
	"undeprecate-domain",
	"undeprecate-workflow-type",
	"untag-resource",
	"help",
	NULL
};

#define F(field) offsetof(cli_args, field)

/* Global options, in the order of awscli/data/cli.json. */
static const struct opt main_opts[] = {
	{ "--debug", K_FLAG, 0, NULL, F(debug) },
	{ "--endpoint-url", K_ONE, 0, NULL, F(endpoint_url) },
	{ "--no-verify-ssl", K_FLAG, 0, NULL, F(no_verify_ssl) },
	{ "--no-paginate", K_FLAG, 0, NULL, F(no_paginate) },
	{ "--output", K_ONE, 0, output_choices, F(output) },
	{ "--query", K_ONE, 0, NULL, F(query) },
	{ "--profile", K_ONE, 0, NULL, F(profile) },
	{ "--region", K_ONE, 0, NULL, F(region) },
	{ "--version", K_VERSION, 0, NULL, 0 },
	{ "--color", K_ONE, 0, color_choices, F(color) },
	{ "--no-sign-request", K_FLAG, 0, NULL, F(no_sign_request) },
	{ "--ca-bundle", K_ONE, 0, NULL, F(ca_bundle) },
	{ "--cli-read-timeout", K_ONE, 0, NULL, F(read_timeout) },
	{ "--cli-connect-timeout", K_ONE, 0, NULL, F(connect_timeout) },
	{ "--v2-debug", K_FLAG, 0, NULL, F(v2_debug) },
};

/* The operation's argument table, in the CLI's order. */
static const struct opt op_opts[] = {
	{ "--task-token", K_ONE, 1, NULL, F(task_token) },
	{ "--details", K_ONE, 0, NULL, F(details) },
	{ "--cli-input-json", K_ONE, 0, NULL, F(cli_input_json) },
	{ "--generate-cli-skeleton", K_OPTIONAL, 0, skel_choices, F(skeleton) },
};

static const struct parser main_parser = {
	main_opts, sizeof main_opts / sizeof main_opts[0],
	"command", 0, command_choices
};
static const struct parser service_parser = {
	NULL, 0, "operation", 0, operation_choices
};
static const struct parser op_parser = {
	op_opts, sizeof op_opts / sizeof op_opts[0], "help", 1, NULL
};

/* State of one parse_known_args run. */
struct run {
	const struct parser *p;
	cli_args *a;
	char **args;
	int n;
	char cls[CLI_MAX_ARGS];          /* 'A' or 'O' */
	signed char opt[CLI_MAX_ARGS];   /* matched option, -1 if unknown */
	const char *explicit_arg[CLI_MAX_ARGS];
	unsigned char seen[16];          /* options seen, by index */
	const char *pos_value;
	int pos_done;
	char **extras;
	int nextras;
	int no_required;                 /* awscli's override_required_args */
	char *msg;
	size_t msglen;
};

static void set_string(cli_args *a, size_t off, const char *v)
{
	*(const char **)((char *)a + off) = v;
}

static void set_flag(cli_args *a, size_t off)
{
	*(int *)((char *)a + off) = 1;
}

static int is_negative_number(const char *s)
{
	const char *p = s + 1;
	int digits = 0, dot = 0;

	for (; *p; p++) {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (*p == '.' && !dot)
			dot = 1;
		else
			return 0;
	}
	if (!dot)
		return digits > 0;
	/* ^-\d*\.\d+$ : at least one digit after the dot */
	p = strchr(s, '.');
	return p[1] != '\0';
}

/*
 * difflib.SequenceMatcher(None, a, b).ratio() for short strings (no junk
 * heuristics apply below 200 characters): 2*M / (len(a)+len(b)).
 */
static size_t matching_chars(const char *a, size_t alen, const char *b,
			     size_t blen)
{
	size_t best = 0, bi = 0, bj = 0, i, j, k;

	for (i = 0; i < alen; i++) {
		for (j = 0; j < blen; j++) {
			for (k = 0; i + k < alen && j + k < blen &&
				    a[i + k] == b[j + k]; k++)
				;
			if (k > best) {
				best = k;
				bi = i;
				bj = j;
			}
		}
	}
	if (best == 0)
		return 0;
	return best + matching_chars(a, bi, b, bj) +
	       matching_chars(a + bi + best, alen - bi - best,
			      b + bj + best, blen - bj - best);
}

/* difflib's ratio(), or -1 when below get_close_matches' 0.8 cutoff. */
static double close_score(const char *value, const char *choice)
{
	size_t la = strlen(value), lb = strlen(choice);
	double ratio;

	if (la > 200 || la + lb == 0)
		return -1;
	ratio = 2.0 * (double)matching_chars(value, la, choice, lb) /
		(double)(la + lb);
	return ratio >= 0.8 ? ratio : -1;
}

/*
 * get_close_matches(value, choices, n=3, cutoff=0.8): best first; equal
 * scores in descending string order, as heapq.nlargest on (score, word).
 */
static size_t close_matches(const char *value, const char *const *choices,
			    const char *best[3])
{
	double score[3];
	size_t n = 0, i, j;
	double sc;

	for (; *choices; choices++) {
		sc = close_score(value, *choices);
		if (sc < 0)
			continue;
		for (i = 0; i < n; i++)
			if (sc > score[i] || (sc == score[i] &&
					      strcmp(*choices, best[i]) > 0))
				break;
		if (i >= 3)
			continue;
		for (j = (n < 3 ? n : 2); j > i; j--) {
			score[j] = score[j - 1];
			best[j] = best[j - 1];
		}
		score[i] = sc;
		best[i] = *choices;
		if (n < 3)
			n++;
	}
	return n;
}

/* awscli's CLIArgParser._check_value message, for an invalid choice. */
static int bad_choice(struct run *r, const char *argname,
		      const char *const *choices, const char *value)
{
	size_t o, i, n = 0, nbest;
	const char *best[3];
	char rep[128];

	while (choices[n])
		n++;
	o = (size_t)snprintf(r->msg, r->msglen,
			     "argument %s: Invalid choice, valid choices are:\n",
			     argname);
	for (i = 0; i < n && o < r->msglen; i += 2) {
		if (i + 1 < n)
			o += (size_t)snprintf(r->msg + o, r->msglen - o,
					      "\n%-40s | %-40s", choices[i],
					      choices[i + 1]);
		else
			o += (size_t)snprintf(r->msg + o, r->msglen - o,
					      "\n%-40s", choices[i]);
	}
	nbest = close_matches(value, choices, best);
	if (nbest) {
		py_repr(rep, sizeof rep, value, strlen(value));
		o += (size_t)snprintf(r->msg + o, r->msglen - o,
			"\n\n\nInvalid choice: %s, maybe you meant:\n", rep);
	}
	for (i = 0; i < nbest && o < r->msglen; i++)
		o += (size_t)snprintf(r->msg + o, r->msglen - o, "\n  * %s",
				      best[i]);
	return CLI_USAGE;
}

static int in_choices(const char *const *choices, const char *v)
{
	for (; *choices; choices++)
		if (strcmp(*choices, v) == 0)
			return 1;
	return 0;
}

/* argparse's _parse_optional: classify args[i]. */
static int classify(struct run *r, int i)
{
	const char *s = r->args[i];
	const struct parser *p = r->p;
	const char *eq;
	size_t k, plen, nmatch = 0, o;
	int match = -1;

	r->cls[i] = 'A';
	r->opt[i] = -1;
	r->explicit_arg[i] = NULL;
	if (s[0] != '-' || s[1] == '\0')
		return CLI_RUN;
	for (k = 0; k < p->nopts; k++) {
		if (strcmp(s, p->opts[k].name) == 0) {
			r->cls[i] = 'O';
			r->opt[i] = (signed char)k;
			return CLI_RUN;
		}
	}
	eq = strchr(s, '=');
	plen = eq ? (size_t)(eq - s) : strlen(s);
	if (eq) {
		for (k = 0; k < p->nopts; k++) {
			if (strlen(p->opts[k].name) == plen &&
			    strncmp(s, p->opts[k].name, plen) == 0) {
				r->cls[i] = 'O';
				r->opt[i] = (signed char)k;
				r->explicit_arg[i] = eq + 1;
				return CLI_RUN;
			}
		}
	}
	if (s[1] == '-') {
		for (k = 0; k < p->nopts; k++) {
			if (strncmp(p->opts[k].name, s, plen) == 0) {
				nmatch++;
				match = (int)k;
			}
		}
		if (nmatch > 1) {
			o = (size_t)snprintf(r->msg, r->msglen,
				"ambiguous option: %s could match", s);
			for (k = 0; k < p->nopts && o < r->msglen; k++) {
				if (strncmp(p->opts[k].name, s, plen) != 0)
					continue;
				o += (size_t)snprintf(r->msg + o, r->msglen - o,
					"%s %s", match < 0 ? "," : "",
					p->opts[k].name);
				match = -1;
			}
			return CLI_USAGE;
		}
		if (nmatch == 1) {
			r->cls[i] = 'O';
			r->opt[i] = (signed char)match;
			r->explicit_arg[i] = eq ? eq + 1 : NULL;
			return CLI_RUN;
		}
	}
	if (is_negative_number(s) || strchr(s, ' '))
		return CLI_RUN;
	r->cls[i] = 'O';
	return CLI_RUN;
}

static int take_value(struct run *r, const struct opt *o, const char *v)
{
	if (o->choices && !in_choices(o->choices, v))
		return bad_choice(r, o->name, o->choices, v);
	set_string(r->a, o->off, v);
	return CLI_RUN;
}

/* argparse's consume_optional; returns the next index, or -status. */
static int consume_optional(struct run *r, int i)
{
	const struct opt *o;
	const char *ex = r->explicit_arg[i];
	char rep[256];
	int rc;

	if (r->opt[i] < 0) {
		r->extras[r->nextras++] = r->args[i];
		return i + 1;
	}
	o = &r->p->opts[(int)r->opt[i]];
	r->seen[(int)r->opt[i]] = 1;
	switch (o->kind) {
	case K_FLAG:
	case K_VERSION:
		if (ex) {
			py_repr(rep, sizeof rep, ex, strlen(ex));
			snprintf(r->msg, r->msglen,
				 "argument %s: ignored explicit argument %s",
				 o->name, rep);
			return -CLI_USAGE;
		}
		if (o->kind == K_VERSION)
			return -CLI_VERSION;
		set_flag(r->a, o->off);
		return i + 1;
	case K_ONE:
		if (!ex) {
			if (i + 1 >= r->n || r->cls[i + 1] != 'A') {
				snprintf(r->msg, r->msglen,
					 "argument %s: expected one argument",
					 o->name);
				return -CLI_USAGE;
			}
			ex = r->args[++i];
		}
		rc = take_value(r, o, ex);
		return rc == CLI_RUN ? i + 1 : -rc;
	default: /* K_OPTIONAL */
		if (!ex && i + 1 < r->n && r->cls[i + 1] == 'A')
			ex = r->args[++i];
		rc = take_value(r, o, ex ? ex : "input");
		return rc == CLI_RUN ? i + 1 : -rc;
	}
}

/* argparse's consume_positionals for our single positional. */
static int consume_positional(struct run *r, int i)
{
	const struct parser *p = r->p;
	const char *v;

	if (r->pos_done || !p->pos_name)
		return i;
	if (i < r->n && r->cls[i] == 'A') {
		v = r->args[i];
		if (p->pos_choices && !in_choices(p->pos_choices, v))
			return -bad_choice(r, p->pos_name, p->pos_choices, v);
		r->pos_value = v;
		r->pos_done = 1;
		return i + 1;
	}
	if (p->pos_optional && i >= r->n)
		r->pos_done = 1;
	return i;
}

static int next_option(const struct run *r, int from)
{
	int i;

	for (i = from; i < r->n; i++)
		if (r->cls[i] == 'O')
			return i;
	return -1;
}

static int check_required(struct run *r)
{
	size_t k, o = 0;
	int missing = 0;

	for (k = 0; k < r->p->nopts; k++) {
		if (!r->p->opts[k].required || r->seen[k] || r->no_required)
			continue;
		o += (size_t)snprintf(r->msg + o, r->msglen - o, "%s%s",
			missing ? ", " : "the following arguments are required: ",
			r->p->opts[k].name);
		missing = 1;
		if (o >= r->msglen)
			o = r->msglen - 1;
	}
	if (!missing && r->p->pos_name && !r->p->pos_optional && !r->pos_done) {
		snprintf(r->msg, r->msglen,
			 "the following arguments are required: %s",
			 r->p->pos_name);
		missing = 1;
	}
	return missing ? CLI_USAGE : CLI_RUN;
}

/* argparse's parse_known_args over r->args; unknown ones go to extras. */
static int parse_known(struct run *r)
{
	int i, rc, start = 0, next, last = -1;

	if (r->n > CLI_MAX_ARGS) {
		snprintf(r->msg, r->msglen, "too many arguments (limit %d)",
			 CLI_MAX_ARGS);
		return CLI_USAGE;
	}
	for (i = 0; i < r->n; i++) {
		if (strcmp(r->args[i], "--") == 0) {
			/* argparse drops "--"; what follows are values */
			memmove(&r->args[i], &r->args[i + 1],
				(size_t)(r->n - i - 1) * sizeof r->args[0]);
			r->n--;
			for (; i < r->n; i++) {
				r->cls[i] = 'A';
				r->opt[i] = -1;
				r->explicit_arg[i] = NULL;
			}
			break;
		}
		rc = classify(r, i);
		if (rc != CLI_RUN)
			return rc;
		if (r->cls[i] == 'O')
			last = i;
	}
	while (start <= last) {
		next = next_option(r, start);
		if (start != next) {
			rc = consume_positional(r, start);
			if (rc < 0)
				return -rc;
			if (rc > start) {
				start = rc;
				continue;
			}
		}
		while (start < next)
			r->extras[r->nextras++] = r->args[start++];
		rc = consume_optional(r, start);
		if (rc < 0)
			return -rc;
		start = rc;
	}
	rc = consume_positional(r, start);
	if (rc < 0)
		return -rc;
	for (start = rc; start < r->n; start++)
		r->extras[r->nextras++] = r->args[start];
	return check_required(r);
}

static void run_init(struct run *r, const struct parser *p, cli_args *a,
		     char **args, int n, char **extras, char *msg,
		     size_t msglen)
{
	memset(r, 0, sizeof *r);
	r->p = p;
	r->a = a;
	r->args = args;
	r->n = n;
	r->extras = extras;
	r->msg = msg;
	r->msglen = msglen;
}

/* awscli's override_required_args for --cli-input-json and the skeleton. */
static int required_overridden(char **args, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (strcmp(args[i], "--cli-input-json") == 0)
			return 1;
	}
	for (i = 0; i < n; i++) {
		if (strcmp(args[i], "--generate-cli-skeleton") == 0)
			return !(i + 1 < n && strcmp(args[i + 1], "output") == 0);
	}
	return 0;
}

static int parse_operation(cli_args *a, char **args, int n, char *msg,
			   size_t msglen)
{
	static char *extras[CLI_MAX_ARGS];
	static struct run r;
	size_t o;
	int rc, i;

	if (n == 1 && strcmp(args[0], "help") == 0)
		return CLI_HELP;
	run_init(&r, &op_parser, a, args, n, extras, msg, msglen);
	r.no_required = required_overridden(args, n);
	rc = parse_known(&r);
	if (rc != CLI_RUN)
		return rc;
	if (r.pos_value && strcmp(r.pos_value, "help") == 0)
		return CLI_HELP;
	if (r.pos_value)
		extras[r.nextras++] = (char *)r.pos_value;
	if (r.nextras == 0)
		return CLI_RUN;
	o = (size_t)snprintf(msg, msglen, "Unknown options: ");
	for (i = 0; i < r.nextras && o < msglen; i++)
		o += (size_t)snprintf(msg + o, msglen - o, "%s%s",
				      i ? ", " : "", extras[i]);
	return CLI_UNKNOWN;
}

int cli_parse(cli_args *a, int argc, char **argv, int as_aws, char *msg,
	      size_t msglen)
{
	static char *args[CLI_MAX_ARGS + 2];
	static char *extras1[CLI_MAX_ARGS + 2];
	static char *extras2[CLI_MAX_ARGS + 2];
	static char swf[] = "swf";
	static char op[] = "respond-activity-task-canceled";
	static struct run r;
	int n = 0, i, rc;

	memset(a, 0, sizeof *a);
	msg[0] = '\0';
	if (argc - 1 > CLI_MAX_ARGS) {
		snprintf(msg, msglen, "too many arguments (limit %d)",
			 CLI_MAX_ARGS);
		return CLI_USAGE;
	}
	/* swf-cancel [options] means `aws swf respond-activity-task-canceled`. */
	if (!as_aws && !(argc >= 3 && strcmp(argv[1], swf) == 0 &&
			 strcmp(argv[2], op) == 0)) {
		args[n++] = swf;
		args[n++] = op;
	}
	for (i = 1; i < argc; i++)
		args[n++] = argv[i];

	run_init(&r, &main_parser, a, args, n, extras1, msg, msglen);
	rc = parse_known(&r);
	if (rc != CLI_RUN)
		return rc;
	if (strcmp(r.pos_value, "help") == 0)
		return CLI_HELP;
	n = r.nextras;

	run_init(&r, &service_parser, a, extras1, n, extras2, msg, msglen);
	rc = parse_known(&r);
	if (rc != CLI_RUN)
		return rc;
	if (strcmp(r.pos_value, "help") == 0)
		return CLI_HELP;
	if (strcmp(r.pos_value, op) != 0) {
		snprintf(msg, msglen, "argument operation: swf-cancel "
			 "implements only %s, not %s", op, r.pos_value);
		return CLI_USAGE;
	}
	return parse_operation(a, extras2, r.nextras, msg, msglen);
}
