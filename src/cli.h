/*
 * cli.h - the command line of `aws [global options] swf
 * respond-activity-task-canceled [options]`, parsed as AWS CLI v1 parses it
 * (three argparse stages: global options and the service name, the
 * operation name, the operation's own options), including argparse's
 * unique-prefix abbreviations, `--opt=value`, choices and required options.
 *
 * Parsing never touches the environment, files or the network; argument
 * strings are referenced, not copied.
 */
#ifndef SWF_CLI_H
#define SWF_CLI_H

#include <stddef.h>

#define CLI_MAX_EXTRAS 64   /* unknown arguments remembered for the message */

enum cli_status {
	CLI_RUN = 0,        /* parsed: go and make the call */
	CLI_USAGE,          /* argparse error: usage + "aws: error: msg", exit 2 */
	CLI_UNKNOWN,        /* unknown options: usage + msg, exit 255 */
	CLI_VERSION,        /* --version was seen: print the version, exit 0 */
	CLI_HELP            /* `help`: print the help page, exit 0 */
};

typedef struct {
	/* operation options (NULL when absent) */
	const char *task_token;
	const char *details;
	const char *cli_input_json;
	const char *skeleton;        /* "input" or "output" */
	/* global options (NULL / 0 when absent) */
	const char *endpoint_url;
	const char *output;          /* json, text or table */
	const char *query;
	const char *profile;
	const char *region;
	const char *color;           /* on, off or auto */
	const char *ca_bundle;
	const char *read_timeout;    /* converted later, as the CLI does */
	const char *connect_timeout;
	int debug;
	int v2_debug;
	int no_verify_ssl;
	int no_paginate;
	int no_sign_request;
} cli_args;

/*
 * Parse argv[0..argc) (argv[0] excluded) into a.  as_aws selects the `aws`
 * grammar (service and operation names required); otherwise they may be
 * omitted.  Returns a cli_status; for CLI_USAGE and CLI_UNKNOWN the message
 * (without usage text or program name) is written to msg.
 */
int cli_parse(cli_args *a, int argc, char **argv, int as_aws,
	      char *msg, size_t msglen);

/* The usage text the CLI prints before a usage error, without "usage: ". */
extern const char cli_usage_text[];

#endif
