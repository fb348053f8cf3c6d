/*
 * text.c - hex digits and the Python text behaviours the CLI shows.
 */
#include "text.h"
#include <errno.h>

#include <stdio.h>
#include <string.h>

#define PY_INT_MAX 1000000000L

int hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

size_t py_space_len(const unsigned char *p, size_t n)
{
	if (n == 0)
		return 0;
	if ((p[0] >= 0x09 && p[0] <= 0x0d) || (p[0] >= 0x1c && p[0] <= 0x20))
		return 1;
	if (n >= 2 && p[0] == 0xc2 && (p[1] == 0x85 || p[1] == 0xa0))
		return 2;
	if (n < 3)
		return 0;
	if (p[0] == 0xe1 && p[1] == 0x9a && p[2] == 0x80)
		return 3;                       /* U+1680 */
	if (p[0] == 0xe2 && p[1] == 0x80 &&
	    ((p[2] >= 0x80 && p[2] <= 0x8a) || p[2] == 0xa8 ||
	     p[2] == 0xa9 || p[2] == 0xaf))
		return 3;                       /* U+2000..200A, 2028, 2029, 202F */
	if (p[0] == 0xe2 && p[1] == 0x81 && p[2] == 0x9f)
		return 3;                       /* U+205F */
	if (p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80)
		return 3;                       /* U+3000 */
	return 0;
}

void py_repr(char *out, size_t cap, const char *s, size_t n)
{
	char q = (memchr(s, '\'', n) && !memchr(s, '"', n)) ? '"' : '\'';
	size_t o = 0, i;
	unsigned char c;

	if (cap < 3) {
		if (cap)
			out[0] = '\0';
		return;
	}
	out[o++] = q;
	for (i = 0; i < n && o + 6 < cap; i++) {
		c = (unsigned char)s[i];
		if (c == (unsigned char)q || c == '\\') {
			out[o++] = '\\';
			out[o++] = (char)c;
		} else if (c == '\n' || c == '\r' || c == '\t') {
			out[o++] = '\\';
			out[o++] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
		} else if (c < 0x20 || c == 0x7f) {
			o += (size_t)snprintf(out + o, cap - o, "\\x%02x", c);
		} else {
			out[o++] = (char)c;
		}
	}
	out[o++] = q;
	out[o] = '\0';
}

int py_int(const char *s, long *out)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *end = p + strlen(s);
	size_t k;
	long v = 0;
	int neg = 0, digits = 0;

	while ((k = py_space_len(p, (size_t)(end - p))) > 0)
		p += k;
	while (end > p) {
		for (k = 1; k <= 3 && k <= (size_t)(end - p); k++)
			if (py_space_len(end - k, k) == k)
				break;
		if (k > 3 || k > (size_t)(end - p))
			break;
		end -= k;
	}
	if (p < end && (*p == '+' || *p == '-'))
		neg = *p++ == '-';
	for (; p < end; p++) {
		if (*p == '_' && digits && p + 1 < end && p[1] >= '0' &&
		    p[1] <= '9')
			continue;
		if (*p < '0' || *p > '9')
			return -1;
		v = v >= PY_INT_MAX ? PY_INT_MAX : v * 10 + (*p - '0');
		digits++;
	}
	if (!digits)
		return -1;
	*out = neg ? -v : v;
	return 0;
}

/* ---- OSError texts ------------------------------------------------------------ */

const char *py_strerror(int e)
{
	switch (e) {
	case EPERM: return "Operation not permitted";
	case ENOENT: return "No such file or directory";
	case EINTR: return "Interrupted system call";
	case EIO: return "Input/output error";
	case ENXIO: return "No such device or address";
	case E2BIG: return "Argument list too long";
	case ENOEXEC: return "Exec format error";
	case EBADF: return "Bad file descriptor";
	case EAGAIN: return "Resource temporarily unavailable";
	case ENOMEM: return "Cannot allocate memory";
	case EACCES: return "Permission denied";
	case EFAULT: return "Bad address";
	case EBUSY: return "Device or resource busy";
	case EEXIST: return "File exists";
	case ENODEV: return "No such device";
	case ENOTDIR: return "Not a directory";
	case EISDIR: return "Is a directory";
	case EINVAL: return "Invalid argument";
	case ENFILE: return "Too many open files in system";
	case EMFILE: return "Too many open files";
	case ETXTBSY: return "Text file busy";
	case EFBIG: return "File too large";
	case ENOSPC: return "No space left on device";
	case EROFS: return "Read-only file system";
	case EPIPE: return "Broken pipe";
	case ENAMETOOLONG: return "File name too long";
	case ELOOP: return "Too many levels of symbolic links";
	case EOVERFLOW: return "Value too large for defined data type";
	case ECONNRESET: return "Connection reset by peer";
	case ETIMEDOUT: return "Connection timed out";
	case ESTALE: return "Stale file handle";
	case EDQUOT: return "Disk quota exceeded";
	default: return strerror(e);
	}
}

const char *py_oserror_name(int e)
{
	switch (e) {
	case EAGAIN: case EALREADY: case EINPROGRESS:
		return "BlockingIOError";
	case ECHILD: return "ChildProcessError";
	case EPIPE: case ESHUTDOWN: return "BrokenPipeError";
	case ECONNABORTED: return "ConnectionAbortedError";
	case ECONNREFUSED: return "ConnectionRefusedError";
	case ECONNRESET: return "ConnectionResetError";
	case EEXIST: return "FileExistsError";
	case ENOENT: return "FileNotFoundError";
	case EINTR: return "InterruptedError";
	case EISDIR: return "IsADirectoryError";
	case ENOTDIR: return "NotADirectoryError";
	case EACCES: case EPERM: return "PermissionError";
	case ESRCH: return "ProcessLookupError";
	case ETIMEDOUT: return "TimeoutError";
	default: return "OSError";
	}
}
