/*
 * rssmap.c - where a small program's resident memory is, at exit.
 *
 * Runs COMMAND under ptrace (as ../shared/tools/peakmem.c does), stops it
 * at exit and prints on stderr its VmHWM and VmRSS, "faults MINOR MAJOR"
 * (page faults taken), then one line per
 * mapping of /proc/PID/smaps with resident memory:
 *   rss KIB PRIVATE_DIRTY_KIB PERMS NAME
 * (NAME: the file, [heap], [stack], [vvar], ... or "anon").  The static
 * program's .data/.bss show as the writable mapping(s) after the file's.
 * With -p, also one line per resident page of every private writable
 * mapping (.data, .bss, heap, stack, anonymous): "page ADDRESS" (hex),
 * from /proc/PID/pagemap, so that scripts/bench.sh can name the variables
 * that are really touched.  Exits with the command's status.
 * Usage: rssmap [-p] COMMAND [ARG...]
 */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

static int pages;

/* "page ADDR" for each present page in [lo, hi). */
static void resident(pid_t pid, unsigned long lo, unsigned long hi)
{
	char p[64];
	uint64_t e;
	unsigned long a;
	int fd;

	snprintf(p, sizeof p, "/proc/%d/pagemap", (int)pid);
	if ((fd = open(p, O_RDONLY)) < 0)
		return;
	for (a = lo; a < hi; a += 4096)
		if (pread(fd, &e, sizeof e, (off_t)(a / 4096 * 8)) == sizeof e
		    && (e >> 63) & 1)
			fprintf(stderr, "page %lx\n", a);
	close(fd);
}

static void dump(pid_t pid)
{
	char p[64], line[512], name[256] = "", perms[8] = "", cur[8] = "";
	unsigned long rss = 0, dirty = 0, v;
	int have = 0;
	FILE *f;

	snprintf(p, sizeof p, "/proc/%d/status", (int)pid);
	if ((f = fopen(p, "r"))) {
		while (fgets(line, sizeof line, f))
			if (!strncmp(line, "VmHWM", 5) || !strncmp(line, "VmRSS", 5))
				fputs(line, stderr);
		fclose(f);
	}
	/* minor and major page faults so far (fields 10 and 12 of stat) */
	snprintf(p, sizeof p, "/proc/%d/stat", (int)pid);
	if ((f = fopen(p, "r"))) {
		if (fgets(line, sizeof line, f)) {
			char *q = strrchr(line, ')');
			unsigned long minflt, majflt;

			if (q && sscanf(q + 2, "%*c %*d %*d %*d %*d %*d %*u %lu %*u %lu",
					&minflt, &majflt) == 2)
				fprintf(stderr, "faults %lu %lu\n", minflt, majflt);
		}
		fclose(f);
	}
	snprintf(p, sizeof p, "/proc/%d/smaps", (int)pid);
	if (!(f = fopen(p, "r")))
		return;
	while (fgets(line, sizeof line, f)) {
		char a[64], b[64], c[64], d[64], e[256];
		int n = sscanf(line, "%63s %7s %63s %63s %63s %255s", a, cur, b, c, d, e);

		if (n >= 5 && strchr(a, '-') && strlen(cur) == 4) {
			unsigned long lo, hi;

			if (have && rss)
				fprintf(stderr, "rss %lu %lu %s %s\n", rss, dirty,
					perms, name);
			if (pages && cur[1] == 'w' && cur[3] == 'p'
			    && sscanf(a, "%lx-%lx", &lo, &hi) == 2)
				resident(pid, lo, hi);
			strcpy(name, n == 6 ? e : "anon");
			strcpy(perms, cur);
			rss = dirty = 0;
			have = 1;
			continue;
		}
		if (sscanf(line, "Rss: %lu", &v) == 1)
			rss = v;
		else if (sscanf(line, "Private_Dirty: %lu", &v) == 1)
			dirty = v;
	}
	fclose(f);
	if (have && rss)
		fprintf(stderr, "rss %lu %lu %s %s\n", rss, dirty, perms, name);
}

int main(int argc, char **argv)
{
	pid_t pid;
	int st, sig;

	if (argc > 1 && strcmp(argv[1], "-p") == 0) {
		pages = 1;
		argv++;
		argc--;
	}
	if (argc < 2)
		return 2;
	pid = fork();
	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	waitpid(pid, &st, 0);
	ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEEXIT | PTRACE_O_EXITKILL);
	ptrace(PTRACE_CONT, pid, 0, 0);
	for (;;) {
		if (waitpid(pid, &st, 0) < 0)
			return 127;
		if (WIFEXITED(st))
			return WEXITSTATUS(st);
		if (WIFSIGNALED(st))
			return 128 + WTERMSIG(st);
		if (st >> 8 == (SIGTRAP | (PTRACE_EVENT_EXIT << 8))) {
			dump(pid);
			ptrace(PTRACE_CONT, pid, 0, 0);
			continue;
		}
		sig = WIFSTOPPED(st) ? WSTOPSIG(st) : 0;
		if (sig == SIGTRAP)
			sig = 0;
		ptrace(PTRACE_CONT, pid, 0, sig);
	}
}
