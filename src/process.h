/*
 * process.h - credential_process: split the command line as Python's
 * shlex.split() does and run it without a shell, with bounded output and
 * a time limit.
 *
 * The program is looked up as Python's subprocess does it (a name without
 * '/' in each $PATH directory, "/bin:/usr/bin" when PATH is unset; the
 * first error other than "not found" wins), runs with our environment and
 * standard input, and its standard output and error are captured through
 * pipes.  Other descriptors are not inherited.
 */
#ifndef SWF_PROCESS_H
#define SWF_PROCESS_H

#include <stddef.h>

#define PROCESS_CMD_MAX 4096      /* command line after splitting, bytes */
#define PROCESS_MAX_ARGS 64       /* words of the command line */
#define PROCESS_OUT_MAX 8192      /* standard output kept; more is an error */
#define PROCESS_ERR_MAX 2048      /* standard error kept (the rest dropped) */
#define PROCESS_PATH_MAX 4096     /* one candidate program path */

enum process_status {
	PROCESS_OK = 0,           /* ran and exited (see exit_status) */
	PROCESS_SPLIT_ERROR,      /* shlex error: "No closing quotation" */
	PROCESS_NO_COMMAND,       /* empty command: "list index out of range" */
	PROCESS_EXEC_ERROR,       /* could not start: "[Errno 2] ...: 'x'" */
	PROCESS_TIMEOUT,          /* killed after the time limit */
	PROCESS_TOO_BIG,          /* more output than PROCESS_OUT_MAX */
	PROCESS_SIGNALED,         /* killed by a signal (see exit_status) */
	PROCESS_SYSTEM            /* pipe/fork failure (message says) */
};

typedef struct {
	char buf[PROCESS_CMD_MAX];
	char *argv[PROCESS_MAX_ARGS + 1];
	int argc;
} process_cmd;

typedef struct {
	int exit_status;          /* exit code, or signal for SIGNALED */
	char out[PROCESS_OUT_MAX + 1];  /* standard output, NUL-terminated */
	size_t out_len;
	char err[PROCESS_ERR_MAX + 1];  /* standard error (first bytes) */
	size_t err_len;
} process_result;

/*
 * shlex.split(line) (POSIX mode): words separated by space, tab, CR, LF;
 * '...' literal; "..." with \" \\ escapes; a backslash outside quotes
 * escapes the next character.  Returns PROCESS_OK, PROCESS_NO_COMMAND (no
 * word), or PROCESS_SPLIT_ERROR with shlex's message ("No closing
 * quotation", "No escaped character") or a limit's in err.
 */
int process_split(const char *line, process_cmd *cmd, char *err,
		  size_t errlen);

/*
 * Run cmd and wait at most timeout_ms (> 0) for it to exit and close its
 * output; on timeout it is killed.  Returns an enum process_status; res
 * holds what was captured.  PROCESS_EXEC_ERROR comes with Python's
 * OSError text in err, e.g. "[Errno 13] Permission denied: 'prog'".
 */
int process_run(const process_cmd *cmd, int timeout_ms, process_result *res,
		char *err, size_t errlen);

#endif
