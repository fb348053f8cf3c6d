/*
 * msg.c - writing a module's error message into the caller's buffer.
 */
#include "msg.h"

#include <stdarg.h>
#include <stdio.h>

int msg_set(char *err, size_t errlen, int code, const char *fmt, ...)
{
	va_list ap;

	if (err && errlen) {
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return code;
}
