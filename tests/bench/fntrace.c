/*
 * fntrace.c - which functions of a static program run, natively.
 *
 * Runs COMMAND under ptrace with a breakpoint (int3) at the entry of every
 * function listed in ADDRS (hex addresses, one per line, e.g. from
 * `nm -n`); each breakpoint is removed when first hit, so the program runs
 * at nearly full speed and takes the paths it takes without a tracer.
 * Prints the addresses hit, one per line, and exits with the command's
 * status.  x86-64 and i386 only (int3, the program counter's name).
 * Used by scripts/gen-layout.py to put the code that runs next to itself.
 * Usage: fntrace ADDRS COMMAND [ARG...]
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_FN 65536

static unsigned long addr[MAX_FN];
static long orig[MAX_FN];
static unsigned char hit[MAX_FN];
static int n;

static int find(unsigned long a)
{
	int lo = 0, hi = n - 1, mid;

	while (lo <= hi) {
		mid = (lo + hi) / 2;
		if (addr[mid] == a)
			return mid;
		if (addr[mid] < a)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

static int cmp(const void *a, const void *b)
{
	unsigned long x = *(const unsigned long *)a;
	unsigned long y = *(const unsigned long *)b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	struct user_regs_struct r;
	FILE *f;
	pid_t pid;
	int st, sig = 0, i, k;

	if (argc < 3 || !(f = fopen(argv[1], "r"))) {
		fprintf(stderr, "usage: fntrace ADDRS COMMAND [ARG...]\n");
		return 2;
	}
	while (n < MAX_FN && fscanf(f, "%lx", &addr[n]) == 1)
		n++;
	fclose(f);
	qsort(addr, (size_t)n, sizeof addr[0], cmp);
	for (i = k = 0; i < n; i++)             /* aliases: one breakpoint */
		if (k == 0 || addr[i] != addr[k - 1])
			addr[k++] = addr[i];
	n = k;
	pid = fork();
	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		execv(argv[2], argv + 2);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) < 0 || !WIFSTOPPED(st))
		return 1;
	for (i = 0; i < n; i++) {
		orig[i] = ptrace(PTRACE_PEEKTEXT, pid, addr[i], 0);
		ptrace(PTRACE_POKETEXT, pid, addr[i], (orig[i] & ~0xffL) | 0xcc);
	}
	for (;;) {
		ptrace(PTRACE_CONT, pid, 0, sig);
		sig = 0;
		if (waitpid(pid, &st, 0) < 0 || WIFEXITED(st) || WIFSIGNALED(st))
			break;
		if (WSTOPSIG(st) != SIGTRAP) {
			sig = WSTOPSIG(st);
			continue;
		}
		ptrace(PTRACE_GETREGS, pid, 0, &r);
#ifdef __x86_64__
		k = find(r.rip - 1);
#else
		k = find(r.eip - 1);
#endif
		if (k < 0)
			continue;
		hit[k] = 1;
		/* the word now, with its first byte as it was */
		orig[k] = (ptrace(PTRACE_PEEKTEXT, pid, addr[k], 0) & ~0xffL)
			  | (orig[k] & 0xff);
		ptrace(PTRACE_POKETEXT, pid, addr[k], orig[k]);
#ifdef __x86_64__
		r.rip = addr[k];
#else
		r.eip = addr[k];
#endif
		ptrace(PTRACE_SETREGS, pid, 0, &r);
	}
	for (i = 0; i < n; i++)
		if (hit[i])
			printf("%lx\n", addr[i]);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
