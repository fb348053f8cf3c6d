/*
 * msg.h - writing a module's error message into the caller's buffer.
 */
#ifndef SWF_MSG_H
#define SWF_MSG_H

#include <stddef.h>

/*
 * Format a message into err[0..errlen) (nothing when err is NULL or errlen
 * is 0) and return code, so a failure reads `return msg_set(err, errlen,
 * CODE, "...", ...);`.
 */
int msg_set(char *err, size_t errlen, int code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

#endif
