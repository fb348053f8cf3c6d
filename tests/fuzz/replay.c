/*
 * replay.c - run a fuzz harness without libFuzzer: every file named on
 * the command line (directories: every file inside, sorted order not
 * needed) is passed once to LLVMFuzzerTestOneInput.  A broken invariant
 * aborts; otherwise the closing line is "N passed, 0 failed".
 *
 * Used by tests/integration/test_fuzz_replay.sh so that `make check` (and
 * `make check-sanitize`) replays every seed corpus and regression input.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define REPLAY_MAX_INPUT (1024 * 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint8_t input[REPLAY_MAX_INPUT];
static long passed;

static int run_file(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	size_t n = 0;
	ssize_t r;

	if (fd < 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	while (n < sizeof input && (r = read(fd, input + n,
					      sizeof input - n)) != 0) {
		if (r < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "replay: %s: %s\n", path,
				strerror(errno));
			close(fd);
			return -1;
		}
		n += (size_t)r;
	}
	close(fd);
	if (n == sizeof input) {
		fprintf(stderr, "replay: %s: larger than %d bytes\n", path,
			REPLAY_MAX_INPUT);
		return -1;
	}
	LLVMFuzzerTestOneInput(input, n);
	passed++;
	return 0;
}

static int run_path(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	char sub[4096];
	int bad = 0;

	if (stat(path, &st) != 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		return run_file(path);
	d = opendir(path);
	if (!d) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
		if (run_path(sub) != 0)
			bad = 1;
	}
	closedir(d);
	return bad ? -1 : 0;
}

int main(int argc, char **argv)
{
	int i, failed = 0;

	for (i = 1; i < argc; i++)
		if (run_path(argv[i]) != 0)
			failed++;
	printf("%ld passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
