/*
 * query.h - the AWS CLI's --query (JMESPath) and --output for an empty result.
 *
 * RespondActivityTaskCanceled has no output members, so the CLI's parsed
 * response is always the empty object {}.  This module compiles a --query
 * expression exactly as the Python jmespath package does (same grammar, same
 * error texts), evaluates it against {} and formats the result the way
 * awscli's json, text and table formatters print it.
 *
 * Everything lives in a caller-owned query_expr (about 280 KiB: give it
 * static storage); nothing is allocated.  An expression or a result that
 * exceeds one of the named limits below is refused with QUERY_ERR_LIMIT and
 * a message saying which limit.
 *
 * Error messages are the text of the exception the CLI reports: the CLI
 * prints "\n", the message, "\n" on stderr and exits 255.  After a failed
 * query_render, out[0..*outlen) still holds what the CLI had already written
 * to stdout before failing (usually nothing): write it first.
 */
#ifndef QUERY_H
#define QUERY_H

#include <stddef.h>

#define QUERY_EXPR_MAX      1024  /* bytes in a --query expression */
#define QUERY_TOKENS_MAX    (QUERY_EXPR_MAX + 1)
#define QUERY_NODES_MAX     1024  /* syntax tree nodes */
#define QUERY_DEPTH_MAX     128   /* nesting of expressions, of JSON values */
#define QUERY_VALUES_MAX    2048  /* values: literals and evaluation results */
#define QUERY_SLOTS_MAX     4096  /* array elements and object members */
#define QUERY_STR_MAX       16384 /* bytes of string data */
#define QUERY_SCRATCH_MAX   2048  /* pending elements while building arrays */
#define QUERY_SECTIONS_MAX  128   /* --output table sections */
#define QUERY_CELLS_MAX     2048  /* --output table cells */
#define QUERY_COLS_MAX      128   /* --output table columns per section */
#define QUERY_OUT_MAX       16384 /* advised size of query_render's output */
#define QUERY_ERR_MAX       (2 * QUERY_EXPR_MAX + 1024) /* advised err size */
#define QUERY_DEFAULT_WIDTH 80    /* table width when stdout is no terminal */

/* --output values. */
#define QUERY_OUT_JSON  0
#define QUERY_OUT_TEXT  1
#define QUERY_OUT_TABLE 2

/* Return codes. */
#define QUERY_OK         0
#define QUERY_ERR_PARSE  (-1) /* bad expression: "Bad value for --query ..." */
#define QUERY_ERR_EVAL   (-2) /* evaluation or formatting error */
#define QUERY_ERR_LIMIT  (-3) /* a QUERY_*_MAX limit was exceeded */
#define QUERY_ERR_SPACE  (-4) /* out is too small for the output */

/* Syntax tree node (internal layout; use the functions below). */
typedef struct {
	unsigned char type;
	unsigned char op;
	unsigned short a, b, c, next;
	unsigned int v;
} query_node;

/* Lexer token (internal layout). */
typedef struct {
	unsigned char type;
	unsigned short col;      /* start, in code points */
	unsigned short off, len; /* bytes of the expression */
	int v;                   /* value index of a literal or identifier */
	long long num;           /* number tokens, saturated */
} query_token;

/* A JSON value (internal layout). */
typedef struct {
	unsigned char t;
	unsigned int n;
	union {
		long long i;
		double d;
		unsigned int off;
	} u;
} query_value;

/* One --output table section (internal layout). */
typedef struct {
	unsigned int title, tlen; /* title bytes in str[] */
	int tnone;                /* the title is None: not shown, 4 wide */
	int indent;
	int hdr, nhdr;            /* header cells */
	int ncols;                /* row width, -1: not set yet */
	int rows, nrows;          /* first entry in rowcell[], row count */
	int wid, nwid;            /* first entry in wid[], column count */
	int vertical;             /* shown as a two-column key/value table */
} query_section;

/* A compiled --query expression plus the memory to evaluate it. */
typedef struct {
	int active;
	char text[QUERY_EXPR_MAX + 1];
	size_t textlen, ncp;
	query_token tok[QUERY_TOKENS_MAX];
	int ntok, pos, depth;
	query_node node[QUERY_NODES_MAX];
	int nnode, root;
	query_value val[QUERY_VALUES_MAX];
	int nval, nval_fixed;
	unsigned int slot[QUERY_SLOTS_MAX];
	unsigned int nslot, nslot_fixed;
	char str[QUERY_STR_MAX];
	unsigned int nstr, nstr_fixed;
	unsigned int scr[QUERY_SCRATCH_MAX];
	unsigned int nscr;
	query_section sec[QUERY_SECTIONS_MAX];
	int nsec;
	unsigned int cell[QUERY_CELLS_MAX][2]; /* offset, length in str[] */
	int ncell;
	int rowcell[QUERY_CELLS_MAX];          /* first cell of each row */
	int nrowcell;
	long wid[QUERY_CELLS_MAX];             /* column widths */
	int nwid;
	char *err;
	size_t errlen;
} query_expr;

/*
 * Compile the NUL-terminated UTF-8 expression expr into q (q needs no prior
 * initialisation).  Returns QUERY_OK, or QUERY_ERR_PARSE / QUERY_ERR_LIMIT
 * with the CLI's message ("Bad value for --query EXPR: ...") in err.
 */
int query_compile(query_expr *q, const char *expr, char *err, size_t errlen);

/*
 * Print the result of RespondActivityTaskCanceled as the CLI does: evaluate
 * q (NULL: no --query) against {} and format it for output (QUERY_OUT_*).
 * color is non-zero when the table is colourised (--color on, or auto with
 * stdout a terminal); width is the terminal width (see query_term_width).
 * Writes the exact stdout bytes to out[0..*outlen).  Returns QUERY_OK or a
 * QUERY_ERR_* code with the message in err (see the top of this file).
 */
int query_render(query_expr *q, int output, int color, int width,
                 char *out, size_t outcap, size_t *outlen,
                 char *err, size_t errlen);

/*
 * The bytes the CLI writes on stderr for the error message msg (from
 * query_compile or query_render): "\n", msg, "\n".  With reset set, each of
 * the three is followed by ESC[0m: a colourised table formatter has had
 * colorama wrap stderr too, so pass reset = 1 for a query_render error with
 * QUERY_OUT_TABLE and color on.  Writes at most cap bytes (cut short if
 * needed) to buf and returns how many.
 */
size_t query_stderr_text(const char *msg, int reset, char *buf, size_t cap);

/*
 * The table width the CLI uses for output on fd: the terminal's column
 * count, or QUERY_DEFAULT_WIDTH when fd is not a terminal.
 */
int query_term_width(int fd);

#endif
