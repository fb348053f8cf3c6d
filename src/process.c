/*
 * process.c - run credential_process without a shell.
 */
#include "process.h"
#include "text.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "pyfmt.h"

#define FD_CLOSE_MAX 1024         /* descriptors closed in the child */

extern char **environ;

/* ---- shlex.split ---------------------------------------------------------- */

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int process_split(const char *line, process_cmd *cmd, char *err,
		  size_t errlen)
{
	const char *p = line;
	size_t o = 0;
	int in_word = 0;
	char q;

	cmd->argc = 0;
	for (;;) {
		if (!*p || is_blank(*p)) {
			if (in_word) {
				if (o >= sizeof cmd->buf)
					goto too_long;
				cmd->buf[o++] = '\0';
				in_word = 0;
			}
			if (!*p)
				break;
			p++;
			continue;
		}
		if (!in_word) {
			if (cmd->argc == PROCESS_MAX_ARGS) {
				snprintf(err, errlen, "credential_process has "
					 "more than %d words", PROCESS_MAX_ARGS);
				return PROCESS_SPLIT_ERROR;
			}
			cmd->argv[cmd->argc++] = cmd->buf + o;
			in_word = 1;
		}
		if (*p == '\'' || *p == '"') {
			q = *p++;
			while (*p && *p != q) {
				if (q == '"' && *p == '\\' &&
				    (p[1] == '"' || p[1] == '\\'))
					p++;
				if (o >= sizeof cmd->buf)
					goto too_long;
				cmd->buf[o++] = *p++;
			}
			if (!*p) {
				snprintf(err, errlen, "No closing quotation");
				return PROCESS_SPLIT_ERROR;
			}
			p++;
			continue;
		}
		if (*p == '\\') {
			p++;
			if (!*p) {
				snprintf(err, errlen, "No escaped character");
				return PROCESS_SPLIT_ERROR;
			}
		}
		if (o >= sizeof cmd->buf)
			goto too_long;
		cmd->buf[o++] = *p++;
	}
	cmd->argv[cmd->argc] = NULL;
	if (cmd->argc == 0) {
		snprintf(err, errlen, "list index out of range");
		return PROCESS_NO_COMMAND;
	}
	return PROCESS_OK;
too_long:
	snprintf(err, errlen, "credential_process is longer than %d bytes",
		 PROCESS_CMD_MAX - 1);
	return PROCESS_SPLIT_ERROR;
}

/* ---- running ----------------------------------------------------------------- */

/* In the child: try each candidate path; return the errno to report. */
static int exec_search(const process_cmd *cmd)
{
	static char path[PROCESS_PATH_MAX];
	const char *name = cmd->argv[0], *dirs, *end;
	int saved = 0, e = ENOENT;
	size_t dl, nl = strlen(name);

	if (strchr(name, '/')) {
		execve(name, cmd->argv, environ);
		return errno;
	}
	dirs = getenv("PATH");
	if (!dirs)
		dirs = "/bin:/usr/bin";
	for (;;) {
		end = strchr(dirs, ':');
		dl = end ? (size_t)(end - dirs) : strlen(dirs);
		if (dl + 1 + nl < sizeof path) {
			memcpy(path, dirs, dl);
			if (dl)
				path[dl++] = '/';
			memcpy(path + dl, name, nl + 1);
			execve(path, cmd->argv, environ);
			e = errno;
			if (e != ENOENT && e != ENOTDIR && !saved)
				saved = e;
		} else {
			e = ENAMETOOLONG;
		}
		if (!end)
			break;
		dirs = end + 1;
	}
	return saved ? saved : e;
}

static void child(const process_cmd *cmd, int out, int errfd, int report)
{
	int fd, e;

	if (dup2(out, 1) < 0 || dup2(errfd, 2) < 0)
		_exit(127);
	for (fd = 3; fd < FD_CLOSE_MAX; fd++)
		if (fd != report)
			close(fd);
	signal(SIGPIPE, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	e = exec_search(cmd);
	while (write(report, &e, sizeof e) < 0 && errno == EINTR)
		;
	_exit(127);
}

static long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void close_pair(int p[2])
{
	if (p[0] >= 0)
		close(p[0]);
	if (p[1] >= 0)
		close(p[1]);
}

static int make_pipe(int p[2])
{
	if (pipe(p) != 0)
		return -1;
	fcntl(p[0], F_SETFD, FD_CLOEXEC);
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	return 0;
}

/* Read what is ready on fd into buf (kept up to cap), dropping the rest.
 * Returns 0 at EOF, 1 when more may come, -1 when keep_all overflowed. */
static int drain(int fd, char *buf, size_t cap, size_t *len, int keep_all)
{
	char tmp[1024];
	ssize_t n;
	size_t room;

	n = read(fd, tmp, sizeof tmp);
	if (n < 0)
		return errno == EINTR || errno == EAGAIN ? 1 : 0;
	if (n == 0)
		return 0;
	room = cap - *len;
	if ((size_t)n > room && keep_all)
		return -1;
	memcpy(buf + *len, tmp, (size_t)n < room ? (size_t)n : room);
	*len += (size_t)n < room ? (size_t)n : room;
	return 1;
}

static int wait_child(pid_t pid, long deadline, int *status)
{
	pid_t r;

	for (;;) {
		r = waitpid(pid, status, WNOHANG);
		if (r == pid)
			return 0;
		if (r < 0 && errno != EINTR)
			return -1;
		if (now_ms() >= deadline)
			return 1;
		usleep(10000);
	}
}

int process_run(const process_cmd *cmd, int timeout_ms, process_result *res,
		char *err, size_t errlen)
{
	int po[2] = { -1, -1 }, pe[2] = { -1, -1 }, pr[2] = { -1, -1 };
	int status = 0, e, open_out = 1, open_err = 1, rc = PROCESS_OK;
	long deadline = now_ms() + timeout_ms;
	struct pollfd fds[2];
	pid_t pid;
	ssize_t n;
	char rep[PROCESS_PATH_MAX + 8];

	memset(res, 0, sizeof *res);
	if (make_pipe(po) || make_pipe(pe) || make_pipe(pr)) {
		snprintf(err, errlen, "cannot create pipes: %s",
			 strerror(errno));
		close_pair(po);
		close_pair(pe);
		close_pair(pr);
		return PROCESS_SYSTEM;
	}
	pid = fork();
	if (pid == 0)
		child(cmd, po[1], pe[1], pr[1]);
	close(po[1]);
	close(pe[1]);
	close(pr[1]);
	if (pid < 0) {
		snprintf(err, errlen, "cannot start a process: %s",
			 strerror(errno));
		close(po[0]);
		close(pe[0]);
		close(pr[0]);
		return PROCESS_SYSTEM;
	}
	/* the report pipe closes at exec (0 bytes) or carries errno */
	do {
		n = read(pr[0], &e, sizeof e);
	} while (n < 0 && errno == EINTR);
	close(pr[0]);
	if (n == (ssize_t)sizeof e) {
		waitpid(pid, &status, 0);
		close(po[0]);
		close(pe[0]);
		py_str_repr(rep, sizeof rep, cmd->argv[0],
			    strlen(cmd->argv[0]));
		snprintf(err, errlen, "[Errno %d] %s: %s", e, py_strerror(e),
			 rep);
		return PROCESS_EXEC_ERROR;
	}
	while (open_out || open_err) {
		long left = deadline - now_ms();
		int nf = 0, i, r;
		if (left <= 0) {
			rc = PROCESS_TIMEOUT;
			break;
		}
		if (open_out) {
			fds[nf].fd = po[0];
			fds[nf++].events = POLLIN;
		}
		if (open_err) {
			fds[nf].fd = pe[0];
			fds[nf++].events = POLLIN;
		}
		if (poll(fds, (nfds_t)nf, (int)left) < 0 && errno != EINTR)
			break;
		for (i = 0; i < nf; i++) {
			if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			if (fds[i].fd == po[0]) {
				r = drain(po[0], res->out, PROCESS_OUT_MAX,
					  &res->out_len, 1);
				if (r < 0) {
					rc = PROCESS_TOO_BIG;
					open_out = open_err = 0;
					break;
				}
				open_out = r;
			} else {
				open_err = drain(pe[0], res->err,
						 PROCESS_ERR_MAX, &res->err_len,
						 0);
			}
		}
	}
	close(po[0]);
	close(pe[0]);
	res->out[res->out_len] = '\0';
	res->err[res->err_len] = '\0';
	if (rc == PROCESS_OK && wait_child(pid, deadline, &status) == 1)
		rc = PROCESS_TIMEOUT;
	if (rc != PROCESS_OK) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		return rc;
	}
	if (WIFSIGNALED(status)) {
		res->exit_status = WTERMSIG(status);
		return PROCESS_SIGNALED;
	}
	res->exit_status = WEXITSTATUS(status);
	return PROCESS_OK;
}
