/*
 * limits.h - every size limit of swf-cancel, in one place.
 *
 * Lengths in characters are Unicode code points, as the SWF API model
 * (and Python's len()) counts them; byte limits leave room for 4-byte
 * UTF-8 sequences.
 */
#ifndef SWF_LIMITS_H
#define SWF_LIMITS_H

/* SWF API model, RespondActivityTaskCanceledInput. */
#define TASK_TOKEN_MIN_CHARS 1
#define TASK_TOKEN_MAX_CHARS 1024
#define DETAILS_MAX_CHARS 32768

#define TASK_TOKEN_MAX_BYTES (4 * TASK_TOKEN_MAX_CHARS)
#define DETAILS_MAX_BYTES (4 * DETAILS_MAX_CHARS)

/*
 * --cli-input-json document read from a file:// parameter: room for the
 * largest input as Python's json.dump writes it (every character of a
 * 32768-character details \u-escaped: 196608 bytes, plus the token).
 */
#define CLI_INPUT_JSON_MAX_BYTES (200 * 1024)
/* Tokens and nesting of a --cli-input-json document. */
#define CLI_INPUT_JSON_MAX_TOKENS 512
#define CLI_INPUT_JSON_MAX_DEPTH 64

/* Paths (config files, parameter files, CA bundles). */
#define PATH_MAX_BYTES 4096
/* Values read from config/credentials files and the environment. */
#define CONFIG_VALUE_MAX_BYTES 4096
/* Profile names, regions. */
#define NAME_MAX_BYTES 256

/* Service error bodies kept for the message; the rest is discarded. */
#define RESPONSE_BODY_MAX_BYTES (16 * 1024)
/* Response header block. */
#define RESPONSE_HEAD_MAX_BYTES (16 * 1024)

/* Messages. */
#define MSG_MAX_BYTES 4096

#endif
