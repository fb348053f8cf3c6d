/*
 * main.c - swf-cancel: `aws swf respond-activity-task-canceled` in one
 * static binary.  This is the one place that turns results into the CLI's
 * output, messages and exit codes; every module below returns codes and
 * message buffers.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "call.h"
#include "cli.h"
#include "help.h"
#include "limits.h"
#include "params.h"
#include "query.h"
#include "session.h"
#include "text.h"
#include "tls.h"

extern char **environ;

#define EXIT_OK 0
#define EXIT_USAGE 2
#define EXIT_ERROR 255
#define EXIT_SIGINT 130
#define EXIT_FLUSH 120   /* Python's status when stdout fails at exit */

static cli_args args;
static params prm;
static session ses;
static call_config cfg;
static call_result res;
static char msg[RESPONSE_BODY_MAX_BYTES + MSG_MAX_BYTES];
static int debug_on;

/* ---- output helpers ------------------------------------------------------- */

/* Write all of s; returns 0, or the errno of the failed write. */
static int write_all(int fd, const char *s, size_t n)
{
	ssize_t w;

	while (n) {
		w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return errno;
		if (w == 0)
			return EIO;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/*
 * Output on stdout, failing as Python's block-buffered stdout does
 * (st_blksize bytes, else 8192; none with PYTHONUNBUFFERED): output that
 * fits stays in the buffer until exit, where the failed flush is reported
 * and the status becomes 120 (see exit_status); longer output is written
 * during the run, where the failure is raised: returns its errno then.
 */
static int stdout_errno;
static int stdout_colorama;  /* colored table: colorama wraps the streams */

static int write_out(const char *s, size_t n)
{
	struct stat st;
	const char *unbuffered = getenv("PYTHONUNBUFFERED");
	size_t buffered = 8192;
	int e;

	if (n == 0)
		return 0;
	if (unbuffered && *unbuffered)
		buffered = 0;
	else if (fstat(1, &st) == 0 && st.st_blksize > 1)
		buffered = (size_t)st.st_blksize;
	e = write_all(1, s, n);
	if (e && n <= buffered) {
		stdout_errno = e;
		return 0;
	}
	return e;
}

static void err_str(const char *s)
{
	write_all(2, s, strlen(s));
}

/* s on stderr with control characters other than line ends and tabs as
 * \xNN, so that nothing a server sends reaches the terminal as a control
 * sequence. */
static void err_escaped(const char *s)
{
	static const char hex[] = "0123456789abcdef";
	char esc[4] = { '\\', 'x', 0, 0 };
	const char *run = s;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c >= 0x20 && c != 0x7f) || c == '\n' || c == '\r'
		    || c == '\t')
			continue;
		write_all(2, run, (size_t)(s - run));
		esc[2] = hex[c >> 4];
		esc[3] = hex[c & 15];
		write_all(2, esc, sizeof esc);
		run = s + 1;
	}
	write_all(2, run, (size_t)(s - run));
}

/* awscli's write_exception: "\n" + message + "\n" on stderr, exit 255. */
static int fail(const char *m)
{
	err_str("\n");
	err_str(m);
	err_str("\n");
	return EXIT_ERROR;
}

/* awscli's _show_error (region, credentials): message + "\n", exit 255. */
static int fail_plain(const char *m)
{
	err_str(m);
	err_str("\n");
	return EXIT_ERROR;
}

/* A --debug line in the CLI's log layout; never given a secret. */
static void debug_line(void *ctx, const char *line)
{
	char stamp[64];
	struct timeval tv;
	struct tm tm;
	const char *logger = ctx ? ctx : "swf-cancel";

	if (!debug_on)
		return;
	gettimeofday(&tv, NULL);
	gmtime_r(&tv.tv_sec, &tm);
	snprintf(stamp, sizeof stamp, "%04d-%02d-%02d %02d:%02d:%02d,%03d",
		 tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
		 tm.tm_min, tm.tm_sec, (int)(tv.tv_usec / 1000));
	err_str(stamp);
	err_str(" - MainThread - ");
	err_str(logger);
	err_str(" - DEBUG - ");
	err_escaped(line);
	err_str("\n");
}

static void debugf(const char *logger, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void debugf(const char *logger, const char *fmt, ...)
{
	char line[MSG_MAX_BYTES];
	va_list ap;

	if (!debug_on)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	debug_line((void *)logger, line);
}

/* urllib3's InsecureRequestWarning, after an unverified handshake. */
static void insecure_warning(void *ctx, const char *host)
{
	char line[NET_HOST_MAX + sizeof TLS_INSECURE_WARNING_FMT + 2];

	(void)ctx;
	snprintf(line, sizeof line, TLS_INSECURE_WARNING_FMT "\n", host);
	err_str(line);
}

static void on_sigint(int sig)
{
	(void)sig;
	write_all(1, "\n", 1);
	_exit(EXIT_SIGINT);
}

static int print_version(void)
{
	struct utsname u;
	char line[512];

	if (uname(&u) != 0)
		strcpy(u.release, "unknown");
	snprintf(line, sizeof line, "swf-cancel/%s Linux/%s BearSSL/0.6 "
		 "(aws-cli/1 compatible)\n", SWF_VERSION, u.release);
	write_all(1, line, strlen(line));
	return EXIT_OK;
}

static int usage_error(int status, const char *prog)
{
	err_str("usage: ");
	err_str(cli_usage_text);
	if (status == CLI_UNKNOWN) {
		err_str("\n");
		err_str(msg);
		err_str("\n");
		return EXIT_ERROR;
	}
	err_str(prog);
	err_str(": error: ");
	err_str(msg);
	err_str("\n");
	return EXIT_USAGE;
}

/* ---- the steps, in the order the CLI takes them ------------------------- */

static int output_format(void)
{
	if (args.output)
		return strcmp(args.output, "text") == 0 ? QUERY_OUT_TEXT :
		       strcmp(args.output, "table") == 0 ? QUERY_OUT_TABLE :
		       QUERY_OUT_JSON;
	switch (ses.output) {
	case SESSION_OUTPUT_TEXT: return QUERY_OUT_TEXT;
	case SESSION_OUTPUT_TABLE: return QUERY_OUT_TABLE;
	default: return QUERY_OUT_JSON;
	}
}

/*
 * The --query expression is compiled twice, each time on the stack of the
 * step that needs it: before the call, to refuse a bad one where the CLI
 * does, and after it, to render the result.  So its memory shares the
 * stack's pages with the other steps instead of being held through the call
 * (hence not inlined into run()).
 */
static __attribute__((noinline)) int query_check(void)
{
	query_expr q;

	return query_compile(&q, args.query, msg, sizeof msg);
}

/* The terminal's width, which only a table needs (one ioctl less). */
static int out_width(int format)
{
	return format == QUERY_OUT_TABLE ? query_term_width(1)
		: QUERY_DEFAULT_WIDTH;
}

/* query_render with the --query expression compiled anew on this frame. */
static __attribute__((noinline)) int render_query(int format, int color,
						  char *out, size_t cap,
						  size_t *n)
{
	query_expr q;

	if (query_compile(&q, args.query, msg, sizeof msg) != QUERY_OK)
		return QUERY_ERR_PARSE;  /* not reached: it compiled before */
	return query_render(&q, format, color, out_width(format), out, cap,
			    n, msg, sizeof msg);
}

/* status, or what Python makes of it when buffered output could not be
 * written (write_out): its message on stderr and status 120. */
static int exit_status(int status)
{
	char line[320];
	int e = stdout_errno;

	if (!e)
		return status;
	/* under colorama (autoreset), each write ends with a reset; the
	 * wrapper's address is the Python process's own, here a fixed one */
	snprintf(line, sizeof line, stdout_colorama ?
		 "Exception ignored in: \033[0m<colorama.ansitowin32."
		 "StreamWrapper object at 0x7f0000000000>\033[0m\n\033[0m%s"
		 "\033[0m: \033[0m[Errno %d] %s\033[0m\n\033[0m" :
		 "Exception ignored in: <_io.TextIOWrapper name='<stdout>' "
		 "mode='w' encoding='utf-8'>\n%s: [Errno %d] %s\n",
		 py_oserror_name(e), e, py_strerror(e));
	err_str(line);
	return EXIT_FLUSH;
}

static int print_result(void)
{
	char out[QUERY_OUT_MAX], errbuf[QUERY_ERR_MAX + 16];
	size_t n = 0;
	int rc, color, format = output_format();

	color = args.color && strcmp(args.color, "on") == 0 ? 1 :
		args.color && strcmp(args.color, "off") == 0 ? 0 :
		isatty(1);
	if (args.query)
		rc = render_query(format, color, out, sizeof out, &n);
	else
		rc = query_render(NULL, format, color, out_width(format),
				  out, sizeof out, &n, msg, sizeof msg);
	stdout_colorama = format == QUERY_OUT_TABLE && color;
	/* awscli's formatter ignores a failed write */
	if (rc == QUERY_OK) {
		write_out(out, n);
		return EXIT_OK;
	}
	/* what the CLI had printed before the error, then the error */
	write_out(out, n);
	n = query_stderr_text(msg, format == QUERY_OUT_TABLE && color, errbuf,
			      sizeof errbuf);
	write_all(2, errbuf, n);
	return EXIT_ERROR;
}

static int call_failed(void)
{
	const char *url = cfg.url;

	switch (res.outcome) {
	case CALL_SERVICE_ERROR:
		if (res.max_reached)
			snprintf(msg, sizeof msg, "An error occurred (%s) when "
				 "calling the %s operation (reached max "
				 "retries: %d): %s", res.code, CALL_OPERATION,
				 res.attempts - 1, res.message);
		else
			snprintf(msg, sizeof msg, "An error occurred (%s) when "
				 "calling the %s operation: %s", res.code,
				 CALL_OPERATION, res.message);
		break;
	case CALL_CONNECT_ERROR:
		snprintf(msg, sizeof msg, "Could not connect to the endpoint "
			 "URL: \"%s\"", url);
		break;
	case CALL_CONNECT_TIMEOUT:
		snprintf(msg, sizeof msg, "Connect timeout on endpoint URL: "
			 "\"%s\"", url);
		break;
	case CALL_READ_TIMEOUT:
		snprintf(msg, sizeof msg, "Read timeout on endpoint URL: "
			 "\"%s\"", url);
		break;
	case CALL_CLOSED:
		snprintf(msg, sizeof msg, "Connection was closed before we "
			 "received a valid response from endpoint URL: \"%s\".",
			 url);
		break;
	case CALL_TLS_ERROR:
		snprintf(msg, sizeof msg, "SSL validation failed for %s %s",
			 url, res.detail);
		break;
	case CALL_PROXY_ERROR:
		snprintf(msg, sizeof msg, "Failed to connect to proxy URL: "
			 "\"%s\"", res.detail);
		break;
	default:
		snprintf(msg, sizeof msg, "%s", res.detail);
		break;
	}
	return fail(msg);
}

static void setup_call(void)
{
	cfg.https = ses.endpoint.https;
	cfg.host = ses.endpoint.host;
	cfg.port = ses.endpoint.port;
	cfg.host_header = ses.endpoint.host_header;
	cfg.sign_host = ses.endpoint.sign_host;
	cfg.path = ses.endpoint.path;
	cfg.query = ses.endpoint.query;
	cfg.target = ses.endpoint.target;
	cfg.url = ses.endpoint.url;
	/* the CLI verifies unless --no-verify-ssl or an empty ca_bundle */
	cfg.verify_ssl = !args.no_verify_ssl &&
			 !(ses.ca_bundle_set && !ses.ca_bundle[0]);
	cfg.ca_bundle = ses.ca_bundle[0] ? ses.ca_bundle : NULL;
	cfg.sign = !args.no_sign_request;
	cfg.region = ses.region;
	cfg.access_key = ses.creds.access_key;
	cfg.secret_key = ses.creds.secret_key;
	cfg.session_token = ses.creds.session_token[0] ?
			    ses.creds.session_token : NULL;
	cfg.connect_timeout_ms = ses.connect_timeout_ms;
	cfg.read_timeout_ms = ses.read_timeout_ms;
	cfg.envp = environ;
	cfg.standard_mode = ses.standard_retries;
	cfg.max_attempts = ses.max_attempts;
	cfg.debug = debug_on ? debug_line : NULL;
	cfg.debug_ctx = (void *)"swf-cancel.call";
	cfg.insecure = insecure_warning;
	cfg.insecure_ctx = NULL;
}

static int run(void)
{
	int rc;

	if (args.query && query_check() != QUERY_OK)
		return fail(msg);
	if (session_check_args(&ses, &args, msg, sizeof msg) != 0)
		return fail(msg);
	session_set_debug(&ses, debug_on ? debug_line : NULL,
			  (void *)"swf-cancel.credentials");
	if (session_load_profile(&ses, &args, msg, sizeof msg) != 0)
		return fail(msg);
	if (params_load(&prm, &args, msg, sizeof msg) != 0)
		return fail(msg);
	if (args.skeleton && strcmp(args.skeleton, "input") == 0) {
		rc = write_out(params_skeleton, strlen(params_skeleton));
		if (rc) {
			snprintf(msg, sizeof msg, "[Errno %d] %s", rc,
				 py_strerror(rc));
			return fail(msg);
		}
		return EXIT_OK;
	}
	rc = session_resolve_client(&ses, &args, msg, sizeof msg);
	if (rc == SESSION_NO_REGION)
		return fail_plain(msg);
	if (rc != 0)
		return fail(msg);
	debugf("swf-cancel.endpoint", "Endpoint: %s (%s)", ses.endpoint.url,
	       ses.endpoint_source);
	if (params_validate(&prm, msg, sizeof msg) != 0)
		return fail(msg);
	if (args.skeleton)  /* "output": validated, nothing to show */
		return EXIT_OK;
	if (!args.no_sign_request) {
		rc = session_credentials(&ses, &args, msg, sizeof msg);
		if (rc == SESSION_NO_CREDENTIALS)
			return fail_plain(msg);
		if (rc != 0)
			return fail(msg);
		debugf("swf-cancel.credentials", "Signing with credentials "
		       "from %s", ses.creds.source);
	}
	if (ses.endpoint_late)  /* URL problems botocore meets when sending */
		return fail(ses.endpoint_msg);
	setup_call();
	rc = call_run(&cfg, &prm, &res);
	session_wipe(&ses);
	if (rc != CALL_OK)
		return call_failed();
	return print_result();
}

/*
 * Code and constants a call does not use, between the call's code and its
 * constants (mk/layout.ld); NULL in a link without that script.
 */
extern const char __swf_cold_start[] __attribute__((weak));
extern const char __swf_cold_end[] __attribute__((weak));

/*
 * The kernel maps up to 64 KiB of a program's file pages around each page
 * fault, within the mapping.  Giving the cold pages a mapping of their own
 * (MADV_RANDOM splits it off) keeps the faults in the call's code from
 * mapping the cold code next to it: about 60 KiB less resident memory.
 * First thing in main, and reading no constants: faults before it still
 * map across (mk/layout.ld puts the startup code in the first block).
 */
static void fence_cold_pages(void)
{
	uintptr_t page = (uintptr_t)getauxval(AT_PAGESZ), a, b;

	if (!__swf_cold_start || !__swf_cold_end)
		return;
	a = ((uintptr_t)__swf_cold_start + page - 1) & ~(page - 1);
	b = (uintptr_t)__swf_cold_end & ~(page - 1);
	if (b > a)
		madvise((void *)a, b - a, MADV_RANDOM);
}

int main(int argc, char **argv)
{
	const char *prog;
	int as_aws, status;

	fence_cold_pages();
	prog = strrchr(argv[0], '/');
	signal(SIGPIPE, SIG_IGN);
	signal(SIGINT, on_sigint);
	prog = prog ? prog + 1 : argv[0];
	as_aws = strcmp(prog, "aws") == 0;

	status = cli_parse(&args, argc, argv, as_aws, msg, sizeof msg);
	switch (status) {
	case CLI_VERSION:
		return print_version();
	case CLI_HELP:
		write_all(1, help_text, strlen(help_text));
		return EXIT_OK;
	case CLI_USAGE:
	case CLI_UNKNOWN:
		return usage_error(status, as_aws ? "aws" : prog);
	default:
		break;
	}
	debug_on = args.debug;
	debugf("swf-cancel.clidriver", "swf-cancel/%s, arguments parsed",
	       SWF_VERSION);
	return exit_status(run());
}
