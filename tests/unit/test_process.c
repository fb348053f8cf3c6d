/*
 * test_process.c - credential_process: shlex.split() (expected words from
 * Python 3.11) and running a program without a shell.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "process.h"

static process_cmd cmd;
static process_result res;

static void test_split(void)
{
	static const struct {
		const char *line;
		int n;
		const char *w[4];
	} t[] = {
		{"a b", 2, {"a", "b"}},
		{"'a b' \"c d\" e\\ f", 3, {"a b", "c d", "e f"}},
		{"a'b'c", 1, {"abc"}},
		{"''", 1, {""}},
		{"\"\"", 1, {""}},
		{"a \"b\\\"c\" d", 3, {"a", "b\"c", "d"}},
		{"a \"b\\x\" c", 3, {"a", "b\\x", "c"}},
		{"a\\\\b", 1, {"a\\b"}},
		{"  lead  trail  ", 2, {"lead", "trail"}},
		{"x\ty\nz", 3, {"x", "y", "z"}},
		{"'\\'", 1, {"\\"}},
		{"\"\\\\\"", 1, {"\\"}},
	};
	char err[128];
	size_t i;
	int j, ok;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		ok = process_split(t[i].line, &cmd, err, sizeof err) ==
		     PROCESS_OK && cmd.argc == t[i].n &&
		     cmd.argv[cmd.argc] == NULL;
		for (j = 0; ok && j < t[i].n; j++)
			ok = strcmp(cmd.argv[j], t[i].w[j]) == 0;
		CHECK(ok, "split #%zu (%s)", i, t[i].line);
	}
	CHECK(process_split("a 'b", &cmd, err, sizeof err) ==
	      PROCESS_SPLIT_ERROR && strcmp(err, "No closing quotation") == 0,
	      "unterminated quote: %s", err);
	CHECK(process_split("a \"b", &cmd, err, sizeof err) ==
	      PROCESS_SPLIT_ERROR, "unterminated double quote");
	CHECK(process_split("a\\", &cmd, err, sizeof err) ==
	      PROCESS_SPLIT_ERROR && strcmp(err, "No escaped character") == 0,
	      "trailing backslash: %s", err);
	CHECK(process_split("   ", &cmd, err, sizeof err) ==
	      PROCESS_NO_COMMAND && strcmp(err, "list index out of range") == 0,
	      "no word: %s", err);
}

static int run(const char *line, int timeout_ms, char *err, size_t errlen)
{
	if (process_split(line, &cmd, err, errlen) != PROCESS_OK)
		return -1;
	return process_run(&cmd, timeout_ms, &res, err, errlen);
}

static void test_run(void)
{
	char err[256];
	int rc;

	rc = run("/bin/sh -c 'printf out; printf err >&2; exit 3'", 5000, err,
		 sizeof err);
	CHECK(rc == PROCESS_OK && res.exit_status == 3 &&
	      strcmp(res.out, "out") == 0 && strcmp(res.err, "err") == 0,
	      "exit 3: rc %d status %d out %s err %s", rc, res.exit_status,
	      res.out, res.err);
	rc = run("sh -c 'echo \"$0|$1\"' 'a b' c", 5000, err, sizeof err);
	CHECK(rc == PROCESS_OK && strcmp(res.out, "a b|c\n") == 0,
	      "PATH lookup and arguments: %s", res.out);
	rc = run("no-such-program-for-swf-cancel x", 5000, err, sizeof err);
	CHECK(rc == PROCESS_EXEC_ERROR && strcmp(err, "[Errno 2] No such file "
	      "or directory: 'no-such-program-for-swf-cancel'") == 0,
	      "not found: %s", err);
	char path[] = "/tmp/swf-process-XXXXXX", want[128];
	int fd = mkstemp(path);

	if (fd >= 0) {
		(void)!write(fd, "echo hi\n", 8);
		close(fd);
	}
	rc = run(path, 5000, err, sizeof err);
	snprintf(want, sizeof want, "[Errno 13] Permission denied: '%s'", path);
	CHECK(fd >= 0 && rc == PROCESS_EXEC_ERROR && strcmp(err, want) == 0,
	      "not executable: %s", err);
	unlink(path);
	rc = run("/bin/sh -c 'sleep 5'", 300, err, sizeof err);
	CHECK(rc == PROCESS_TIMEOUT, "time limit: %d", rc);
	rc = run("/bin/sh -c 'head -c 20000 /dev/zero'", 5000, err, sizeof err);
	CHECK(rc == PROCESS_TOO_BIG, "too much output: %d", rc);
	rc = run("/bin/sh -c 'head -c 5000 /dev/zero >&2; echo ok'", 5000, err,
		 sizeof err);
	CHECK(rc == PROCESS_OK && res.err_len == PROCESS_ERR_MAX &&
	      strcmp(res.out, "ok\n") == 0, "long stderr is cut: %zu",
	      res.err_len);
	rc = run("/bin/sh -c 'kill -9 $$'", 5000, err, sizeof err);
	CHECK(rc == PROCESS_SIGNALED && res.exit_status == 9, "killed: %d",
	      rc);
	rc = run("/bin/sh -c 'ls /proc/self/fd | wc -l'", 5000, err,
		 sizeof err);
	CHECK(rc == PROCESS_OK && atoi(res.out) <= 4,
	      "only stdio (and ls's own) descriptors: %s", res.out);
}

int main(void)
{
	test_split();
	test_run();
	return check_done();
}
