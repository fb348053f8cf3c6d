/*
 * config.c - botocore-compatible reader of the shared config and
 * credentials files.  See config.h.
 *
 * Layers, bottom up: Python text helpers (str.isspace, str.splitlines,
 * strict UTF-8), a universal-newline line reader, a port of
 * configparser.RawConfigParser._read producing one event per line, and a
 * query that follows botocore's mapping of sections to profiles while
 * checking the whole file the way raw_config_parse would.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "msg.h"
#include "sha256.h"
#include "text.h"

extern char **environ;

#define PASSWD_LINE_MAX 1024

static const char parse_error_fmt[] = "Unable to parse config file: %s";

/* ---- Python text helpers ------------------------------------------------ */

/* Bytes of the Python whitespace character ending at p[n-1], or 0. */
static size_t py_space_back(const unsigned char *p, size_t n)
{
	size_t k;

	for (k = 1; k <= 3 && k <= n; k++)
		if (py_space_len(p + n - k, k) == k)
			return k;
	return 0;
}

/* Bytes of the str.splitlines() line boundary at p, or 0. */
static size_t py_linebreak(const unsigned char *p, size_t n)
{
	if (n == 0)
		return 0;
	if (p[0] == '\r')
		return (n >= 2 && p[1] == '\n') ? 2 : 1;
	if (p[0] == '\n' || p[0] == 0x0b || p[0] == 0x0c ||
	    (p[0] >= 0x1c && p[0] <= 0x1e))
		return 1;
	if (n >= 2 && p[0] == 0xc2 && p[1] == 0x85)
		return 2;
	if (n >= 3 && p[0] == 0xe2 && p[1] == 0x80 &&
	    (p[2] == 0xa8 || p[2] == 0xa9))
		return 3;
	return 0;
}

/* str.strip(): narrow [*s, *e) to exclude Python whitespace at both ends. */
static void py_strip(const unsigned char *p, size_t *s, size_t *e)
{
	size_t k;

	while (*s < *e && (k = py_space_len(p + *s, *e - *s)) > 0)
		*s += k;
	while (*e > *s && (k = py_space_back(p + *s, *e - *s)) > 0)
		*e -= k;
}

/* Whether p[0..n) is UTF-8 that Python's strict decoder accepts. */
static int utf8_valid(const unsigned char *p, size_t n)
{
	size_t i = 0, k, need;
	unsigned char lo, hi;

	while (i < n) {
		unsigned char c = p[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		lo = 0x80;
		hi = 0xbf;
		if (c >= 0xc2 && c <= 0xdf) {
			need = 1;
		} else if (c >= 0xe0 && c <= 0xef) {
			need = 2;
			if (c == 0xe0)
				lo = 0xa0;
			else if (c == 0xed)
				hi = 0x9f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			need = 3;
			if (c == 0xf0)
				lo = 0x90;
			else if (c == 0xf4)
				hi = 0x8f;
		} else {
			return 0;
		}
		if (n - i <= need)
			return 0;
		if (p[i + 1] < lo || p[i + 1] > hi)
			return 0;
		for (k = 2; k <= need; k++)
			if (p[i + k] < 0x80 || p[i + k] > 0xbf)
				return 0;
		i += need + 1;
	}
	return 1;
}

/* FNV-1a 64 of p[0..n), never 0 (0 marks a free slot). */
static uint64_t hash_bytes(const unsigned char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= p[i];
		h *= 0x100000001b3ULL;
	}
	return h ? h : 1;
}

/* Whether p[0..n) equals the C string s. */
static int bytes_eq(const unsigned char *p, size_t n, const char *s)
{
	return strlen(s) == n && memcmp(p, s, n) == 0;
}

/* ---- line reader (universal newlines) ----------------------------------- */

static void reader_reset(config_reader *r)
{
	r->eof = 0;
	r->pending_cr = 0;
	r->rpos = r->rlen = 0;
	r->have_sect = 0;
	r->have_opt = 0;
	r->indent_level = 0;
}

/*
 * The small files read last (config and credentials files are looked up
 * many times a run, each lookup a full scan, in turns: one slot each):
 * their bytes, and what stat(2) said of them, so that a file changed
 * since is read again.
 */
#define CACHE_SLOTS 2

static struct cache_slot {
	char path[CONFIG_CACHE_PATH_MAX];
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime;
	size_t len;
	unsigned char data[CONFIG_CACHE_MAX];
} cache[CACHE_SLOTS];
static unsigned cache_next;   /* the slot a new file takes */

/* Refill the read buffer: 1 data, 0 end of file, -1 read error. */
static int reader_fill(config_reader *r)
{
	ssize_t k;

	if (r->fd == CONFIG_FD_CACHED) {
		const struct cache_slot *c = &cache[r->cslot];

		k = (ssize_t)(c->len - r->cpos);
		if (k > (ssize_t)sizeof r->rbuf)
			k = (ssize_t)sizeof r->rbuf;
		memcpy(r->rbuf, c->data + r->cpos, (size_t)k);
		r->cpos += (size_t)k;
	} else {
		do {
			k = read(r->fd, r->rbuf, sizeof r->rbuf);
		} while (k < 0 && errno == EINTR);
	}
	if (k < 0)
		return -1;
	r->rpos = 0;
	r->rlen = (size_t)k;
	if (k == 0)
		r->eof = 1;
	return k > 0;
}

/*
 * Next line (terminator removed) into r->line: 1 with *len set, 0 at end
 * of file, -1 when the line is too long or reading fails.
 */
static int reader_line(config_reader *r, size_t *len)
{
	size_t n = 0;
	int rc;

	for (;;) {
		if (r->rpos == r->rlen) {
			if (r->eof)
				rc = 0;
			else
				rc = reader_fill(r);
			if (rc < 0)
				return -1;
			if (rc == 0) {
				*len = n;
				return n > 0;
			}
		}
		unsigned char c = r->rbuf[r->rpos++];
		if (r->pending_cr) {
			r->pending_cr = 0;
			if (c == '\n')
				continue;
		}
		if (c == '\n' || c == '\r') {
			r->pending_cr = (c == '\r');
			*len = n;
			return 1;
		}
		if (n == CONFIG_LINE_MAX)
			return -1;
		r->line[n++] = c;
	}
}

/* ---- configparser._read, one event per line ----------------------------- */

enum { EV_END, EV_ERROR, EV_SECTION, EV_OPTION, EV_CONT, EV_BLANK };

struct event {
	const unsigned char *name;  /* section, option (lower-cased) or text */
	size_t namelen;
	const unsigned char *value; /* option value */
	size_t valuelen;
};

/* Classify the next meaningful line; see RawConfigParser._read. */
static int next_event(config_reader *r, struct event *ev)
{
	size_t n, s, e, i, k, indent, d;
	unsigned char *l = r->line;
	int rc;

	for (;;) {
		rc = reader_line(r, &n);
		if (rc == 0)
			return EV_END;
		if (rc < 0 || !utf8_valid(l, n))
			return EV_ERROR;
		s = 0;
		e = n;
		py_strip(l, &s, &e);
		if (s == e) {
			if (r->have_sect && r->have_opt)
				return EV_BLANK;
			continue;
		}
		if (l[s] == '#' || l[s] == ';')
			continue;
		for (i = 0, indent = 0; i < s; i += k, indent++)
			k = py_space_len(l + i, s - i);
		if (r->have_sect && r->have_opt && indent > r->indent_level) {
			ev->name = l + s;
			ev->namelen = e - s;
			return EV_CONT;
		}
		r->indent_level = indent;
		if (l[s] == '[') {
			for (d = e; d > s + 2 && l[d - 1] != ']'; d--)
				;
			if (d > s + 2) {
				ev->name = l + s + 1;
				ev->namelen = d - 1 - (s + 1);
				r->have_sect = 1;
				r->have_opt = 0;
				return EV_SECTION;
			}
		}
		if (!r->have_sect)
			return EV_ERROR;
		for (d = s; d < e && l[d] != '=' && l[d] != ':'; d++)
			;
		if (d == e)
			return EV_ERROR;
		ev->name = l + s;
		ev->value = l + d + 1;
		ev->valuelen = e - (d + 1);
		i = 0;
		k = d - s;
		py_strip(ev->name, &i, &k);
		if (k == 0)
			return EV_ERROR;
		ev->namelen = k;
		for (i = 0; i < k; i++)
			if (l[s + i] >= 'A' && l[s + i] <= 'Z')
				l[s + i] += 'a' - 'A';
		i = 0;
		k = ev->valuelen;
		py_strip(ev->value, &i, &k);
		ev->value += i;
		ev->valuelen = k - i;
		r->have_opt = 1;
		return EV_OPTION;
	}
}

/* ---- shlex.split for section names -------------------------------------- */

/*
 * Whether shlex.split(s) (POSIX mode) gives exactly two tokens, the second
 * equal to want; unbalanced quotes or a trailing backslash give no tokens
 * (botocore's _parse_section catches the ValueError).
 */
static int shlex_second_is(const unsigned char *s, size_t n, const char *want)
{
	enum { WS, WORD, SQ, DQ, ESC } st = WS, esc_from = WORD;
	size_t i, ntok = 0, tlen = 0, wlen = strlen(want);
	int quoted = 0, same = 1, second_ok = 0, c;

	for (i = 0; ; i++) {
		c = i < n ? s[i] : -1;
		int ws = c == ' ' || c == '\t' || c == '\r' || c == '\n';
		int add = -1;
		switch (st) {
		case WS:
		case WORD:
			if (c < 0 || ws) {
				if (st == WORD && (tlen || quoted)) {
					if (ntok == 1)
						second_ok = same && tlen == wlen;
					ntok++;
					tlen = 0;
					quoted = 0;
					same = 1;
				}
				if (c < 0)
					return ntok == 2 && second_ok;
				st = WS;
			} else if (c == '\\') {
				esc_from = WORD;
				st = ESC;
			} else if (c == '\'') {
				st = SQ;
			} else if (c == '"') {
				st = DQ;
			} else {
				add = c;
				st = WORD;
			}
			break;
		case SQ:
		case DQ:
			quoted = 1;
			if (c < 0)
				return 0;
			if (c == (st == SQ ? '\'' : '"')) {
				st = WORD;
			} else if (c == '\\' && st == DQ) {
				esc_from = DQ;
				st = ESC;
			} else {
				add = c;
			}
			break;
		case ESC:
			if (c < 0)
				return 0;
			if (esc_from == DQ && c != '\\' && c != '"') {
				if (ntok == 1)
					same = same && tlen < wlen &&
					       want[tlen] == '\\';
				tlen++;
			}
			add = c;
			st = esc_from;
			break;
		}
		if (add >= 0) {
			if (ntok == 1)
				same = same && tlen < wlen &&
				       (unsigned char)want[tlen] == add;
			tlen++;
		}
	}
}

/* ---- queries ------------------------------------------------------------ */

enum qmode { Q_CFG_PROFILE, Q_CRED_PROFILE, Q_SERVICES };

/* A value being collected for the query key in one scope. */
struct capture {
	char *buf;
	size_t cap;
	size_t len;
	int found;          /* key seen in this scope */
	int bad;            /* value too long for buf, or holds a NUL */
	int first_empty;    /* "key =" with nothing after it */
	int nconts;         /* continuation lines */
	size_t blanks;      /* blank lines not yet known to be inside */
	int sub_found;      /* nested mode: subkey seen */
};

struct query {
	enum qmode mode;
	const char *name;   /* profile or services section */
	const char *key;    /* NULL: section existence only */
	const char *subkey; /* nested mode: key inside key's block */
	int sect_found;
	int sect_nonempty;
	struct capture own; /* from the winning section */
	struct capture def; /* from [DEFAULT] */
};

static void cap_start(struct capture *c, const struct query *q,
		      const unsigned char *v, size_t vlen)
{
	c->found = 1;
	c->len = 0;
	c->bad = 0;
	c->first_empty = vlen == 0;
	c->nconts = 0;
	c->blanks = 0;
	c->sub_found = 0;
	if (q->subkey)
		return;
	if (vlen >= c->cap || memchr(v, 0, vlen)) {
		c->bad = 1;
		return;
	}
	memcpy(c->buf, v, vlen);
	c->len = vlen;
	c->buf[vlen] = 0;
}

/* Append bytes to a plain value, marking it bad when it does not fit. */
static void cap_append(struct capture *c, const void *p, size_t n)
{
	if (c->bad)
		return;
	if (n >= c->cap - c->len || memchr(p, 0, n)) {
		c->bad = 1;
		return;
	}
	memcpy(c->buf + c->len, p, n);
	c->len += n;
	c->buf[c->len] = 0;
}

/* In nested mode, take "subkey = value" lines from one continuation. */
static void cap_nested(struct capture *c, const char *subkey,
		       const unsigned char *t, size_t n)
{
	size_t i = 0, j, k, s, e, eq;

	while (i < n) {
		for (j = i; j < n && (k = py_linebreak(t + j, n - j)) == 0; j++)
			;
		s = i;
		e = j;
		py_strip(t, &s, &e);
		for (eq = s; eq < e && t[eq] != '='; eq++)
			;
		if (eq < e) {
			size_t ks = s, ke = eq, vs = eq + 1, ve = e;
			py_strip(t, &ks, &ke);
			py_strip(t, &vs, &ve);
			if (bytes_eq(t + ks, ke - ks, subkey)) {
				c->sub_found = 1;
				c->bad = ve - vs >= c->cap ||
					 memchr(t + vs, 0, ve - vs) != NULL;
				c->len = c->bad ? 0 : ve - vs;
				memcpy(c->buf, t + vs, c->len);
				c->buf[c->len] = 0;
			}
		}
		i = j < n ? j + py_linebreak(t + j, n - j) : n;
	}
}

static void cap_cont(struct capture *c, const struct query *q,
		     const unsigned char *t, size_t n)
{
	c->nconts++;
	if (q->subkey) {
		if (c->first_empty)
			cap_nested(c, q->subkey, t, n);
		return;
	}
	for (; c->blanks > 0; c->blanks--)
		cap_append(c, "\n", 1);
	cap_append(c, "\n", 1);
	cap_append(c, t, n);
}

/* Whether a nested block line set has a non-blank line without '='. */
static int nested_bad(const unsigned char *t, size_t n)
{
	size_t i = 0, j, k, s, e;

	while (i < n) {
		for (j = i; j < n && (k = py_linebreak(t + j, n - j)) == 0; j++)
			;
		s = i;
		e = j;
		py_strip(t, &s, &e);
		if (s < e && !memchr(t + s, '=', e - s))
			return 1;
		i = j < n ? j + py_linebreak(t + j, n - j) : n;
	}
	return 0;
}

/* Whether section name maps to the query's profile or services name. */
static int section_matches(const struct query *q, const unsigned char *s,
			   size_t n)
{
	switch (q->mode) {
	case Q_CRED_PROFILE:
		return bytes_eq(s, n, q->name);
	case Q_CFG_PROFILE:
		if (n >= 7 && memcmp(s, "profile", 7) == 0)
			return shlex_second_is(s, n, q->name);
		return bytes_eq(s, n, "default") &&
		       strcmp(q->name, "default") == 0;
	case Q_SERVICES:
		if (n >= 8 && memcmp(s, "services", 8) == 0)
			return shlex_second_is(s, n, q->name);
		return 0;
	}
	return 0;
}

/* Record a section name: 1 new, 0 duplicate, -1 table full. */
static int add_section(config_reader *r, const unsigned char *s, size_t n)
{
	uint64_t h = hash_bytes(s, n);
	size_t i = (size_t)(h % CONFIG_SECTION_SLOTS);

	while (r->sect_hash[i] != 0) {
		if (r->sect_hash[i] == h)
			return 0;
		i = (i + 1) % CONFIG_SECTION_SLOTS;
	}
	if (r->nsect == CONFIG_MAX_SECTIONS)
		return -1;
	r->sect_hash[i] = h;
	r->sect_slot[r->nsect++] = (uint16_t)i;
	return 1;
}

/* Index of h in a list, or -1. */
static long find_hash(const uint64_t *list, size_t n, uint64_t h)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (list[i] == h)
			return (long)i;
	return -1;
}

void config_forget(void)
{
	size_t i;

	for (i = 0; i < CACHE_SLOTS; i++) {
		secure_wipe(cache[i].data, cache[i].len);  /* pages in use */
		cache[i].len = 0;
		cache[i].path[0] = '\0';
	}
}

/* The slot holding a copy of path, however old, or -1. */
static int slot_of(const char *path)
{
	int i;

	for (i = 0; i < CACHE_SLOTS; i++)
		if (cache[i].path[0] && strcmp(cache[i].path, path) == 0)
			return i;
	return -1;
}

/* The slot holding path as stat(2) describes it now, or -1. */
static int cache_find(const char *path, const struct stat *st)
{
	int i = slot_of(path);
	const struct cache_slot *c;

	if (i < 0)
		return -1;
	c = &cache[i];
	if (c->dev == st->st_dev && c->ino == st->st_ino &&
	    c->size == st->st_size &&
	    c->mtime.tv_sec == st->st_mtim.tv_sec &&
	    c->mtime.tv_nsec == st->st_mtim.tv_nsec)
		return i;
	return -1;
}

/* Read the whole small file fd into a slot: its index, or -1 (none set):
 * the slot of an older copy of path, else the next in turn. */
static int cache_fill(int fd, const char *path, const struct stat *st)
{
	struct cache_slot *c;
	ssize_t k;
	int i = slot_of(path);

	if (i < 0) {
		i = (int)cache_next;
		cache_next = (cache_next + 1) % CACHE_SLOTS;
	}
	c = &cache[i];
	secure_wipe(c->data, c->len);
	c->path[0] = '\0';
	c->len = 0;
	for (;;) {
		k = read(fd, c->data + c->len, sizeof c->data - c->len);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			return -1;
		if (k == 0)
			break;
		c->len += (size_t)k;
		if (c->len == sizeof c->data)
			return -1;       /* grew past the cache: stream it */
	}
	snprintf(c->path, sizeof c->path, "%s", path);
	c->dev = st->st_dev;
	c->ino = st->st_ino;
	c->size = st->st_size;
	c->mtime = st->st_mtim;
	return i;
}

static int open_config(config_reader *r, const char *path)
{
	struct stat st;

	if (path == NULL || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	r->cpos = 0;
	r->cslot = cache_find(path, &st);
	if (r->cslot >= 0) {
		r->fd = CONFIG_FD_CACHED;
		return 1;
	}
	/* openat: musl's open() adds an fcntl(FD_CLOEXEC) for old kernels */
	do {
		r->fd = openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
	} while (r->fd < 0 && errno == EINTR);
	if (r->fd < 0)
		return 0;
	if (st.st_size < (off_t)CONFIG_CACHE_MAX &&
	    strlen(path) < CONFIG_CACHE_PATH_MAX) {
		r->cslot = cache_fill(r->fd, path, &st);
		if (r->cslot >= 0) {
			close(r->fd);
			r->fd = CONFIG_FD_CACHED;
			return 1;
		}
		if (lseek(r->fd, 0, SEEK_SET) != 0) {
			close(r->fd);
			r->fd = -1;
			return 0;
		}
	}
	return 1;
}

/* Close what open_config opened. */
static void close_config(config_reader *r)
{
	if (r->fd >= 0)
		close(r->fd);
	r->fd = -1;
}

/*
 * Second pass, needed only when a [DEFAULT] key holds a block botocore
 * cannot parse: that is an error as soon as some other section lacks the
 * key (configparser then hands the [DEFAULT] value to botocore).
 */
static int check_default_blocks(config_reader *r)
{
	struct event ev;
	size_t nbad = 0, have = 0, i;
	int in_sect = 0, t;

	for (i = 0; i < r->ndef; i++)
		nbad += r->def_bad[i];
	if (nbad == 0)
		return 0;
	if (r->fd == CONFIG_FD_CACHED)
		r->cpos = 0;
	else if (lseek(r->fd, 0, SEEK_SET) != 0)
		return -1;
	reader_reset(r);
	for (;;) {
		t = next_event(r, &ev);
		if (t == EV_ERROR)
			return -1;
		if ((t == EV_SECTION || t == EV_END) && in_sect && have < nbad)
			return -1;
		if (t == EV_END)
			return 0;
		if (t == EV_SECTION) {
			in_sect = !bytes_eq(ev.name, ev.namelen, "DEFAULT");
			have = 0;
		} else if (t == EV_OPTION && in_sect) {
			long at = find_hash(r->def_hash, r->ndef,
					    hash_bytes(ev.name, ev.namelen));
			if (at >= 0 && r->def_bad[at])
				have++;
		}
	}
}

/* State of the option whose lines are being read. */
struct optstate {
	int active;
	int first_empty;
	int bad;
	long def_index;     /* >= 0: the option is in [DEFAULT] */
};

/* Close the current option; -1 when its block is bad outside [DEFAULT]. */
static int end_option(config_reader *r, struct optstate *o)
{
	int rc = 0;

	if (o->active && o->bad) {
		if (o->def_index >= 0)
			r->def_bad[o->def_index] = 1;
		else
			rc = -1;
	}
	o->active = 0;
	return rc;
}

/* Record an option name in its section: 0 ok, -1 duplicate or too many. */
static int add_option(config_reader *r, int in_default,
		      const unsigned char *name, size_t n, long *def_index)
{
	uint64_t h = hash_bytes(name, n);

	*def_index = -1;
	if (in_default) {
		if (find_hash(r->def_hash, r->ndef, h) >= 0 ||
		    r->ndef == CONFIG_MAX_DEFAULTS)
			return -1;
		r->def_bad[r->ndef] = 0;
		r->def_hash[r->ndef] = h;
		*def_index = (long)r->ndef++;
		return 0;
	}
	if (find_hash(r->opt_hash, r->nopt, h) >= 0 ||
	    r->nopt == CONFIG_MAX_OPTIONS)
		return -1;
	r->opt_hash[r->nopt++] = h;
	return 0;
}

enum { SC_OTHER, SC_TARGET, SC_DEFAULT };

/* Stream the file once, filling q: CONFIG_NOT_FOUND (no file), 0, or -2. */
static int scan(config_reader *r, struct query *q)
{
	struct event ev;
	struct optstate o = { 0, 0, 0, -1 };
	struct capture *cap = NULL;
	int where = SC_OTHER, t;

	for (;;) {
		t = next_event(r, &ev);
		if (t == EV_ERROR)
			return -2;
		if (t == EV_SECTION || t == EV_OPTION || t == EV_END) {
			if (end_option(r, &o) < 0)
				return -2;
			cap = NULL;
		}
		switch (t) {
		case EV_END:
			return check_default_blocks(r) < 0 ? -2 : 0;
		case EV_SECTION:
			if (bytes_eq(ev.name, ev.namelen, "DEFAULT")) {
				where = SC_DEFAULT;
				break;
			}
			if (add_section(r, ev.name, ev.namelen) <= 0)
				return -2;
			r->nopt = 0;
			where = section_matches(q, ev.name, ev.namelen) ?
				SC_TARGET : SC_OTHER;
			if (where == SC_TARGET) {
				q->sect_found = 1;
				q->sect_nonempty = 0;
				q->own.found = 0;
			}
			break;
		case EV_OPTION:
			if (add_option(r, where == SC_DEFAULT, ev.name,
				       ev.namelen, &o.def_index) < 0)
				return -2;
			o.active = 1;
			o.first_empty = ev.valuelen == 0;
			o.bad = 0;
			if (where == SC_TARGET)
				q->sect_nonempty = 1;
			if (q->key && where != SC_OTHER &&
			    bytes_eq(ev.name, ev.namelen, q->key)) {
				cap = where == SC_TARGET ? &q->own : &q->def;
				cap_start(cap, q, ev.value, ev.valuelen);
			}
			break;
		case EV_CONT:
			if (o.first_empty && !o.bad)
				o.bad = nested_bad(ev.name, ev.namelen);
			if (cap)
				cap_cont(cap, q, ev.name, ev.namelen);
			break;
		case EV_BLANK:
			if (cap)
				cap->blanks++;
			break;
		}
	}
}

/*
 * Run q over the file at path: CONFIG_NOT_FOUND when there is no readable
 * regular file, CONFIG_FOUND after a clean parse, CONFIG_ERROR otherwise.
 */
static int run_query(config_reader *r, const char *path, struct query *q,
		     char *val, size_t vallen, char *err, size_t errlen)
{
	int rc;

	q->sect_found = 0;
	q->sect_nonempty = 0;
	memset(&q->own, 0, sizeof q->own);
	memset(&q->def, 0, sizeof q->def);
	q->own.buf = val;
	q->own.cap = vallen;
	q->def.buf = r->defval;
	q->def.cap = sizeof r->defval;
	if (!open_config(r, path))
		return CONFIG_NOT_FOUND;
	reader_reset(r);
	/* only the slots used: the table's pages stay untouched when the
	 * file has few sections */
	while (r->nsect > 0)
		r->sect_hash[r->sect_slot[--r->nsect]] = 0;
	r->nopt = 0;
	r->ndef = 0;
	rc = scan(r, q);
	close_config(r);
	if (rc == -2)
		return msg_set(err, errlen, CONFIG_ERROR, parse_error_fmt, path);
	return CONFIG_FOUND;
}

/* The capture that supplies the profile's value, or NULL. */
static struct capture *chosen(struct query *q)
{
	if (!q->sect_found)
		return NULL;
	if (q->own.found)
		return &q->own;
	if (q->def.found)
		return &q->def;
	return NULL;
}

/* ---- public API ---------------------------------------------------------- */

void config_init(config_reader *r)
{
	memset(r, 0, sizeof *r);
	r->fd = -1;
}

int config_get(config_reader *r, const char *path, enum config_kind kind,
	       const char *profile, const char *key, char *val, size_t vallen,
	       char *err, size_t errlen)
{
	struct query q;
	struct capture *c;
	int rc;

	if (vallen == 0)
		return msg_set(err, errlen, CONFIG_ERROR, parse_error_fmt, path);
	memset(&q, 0, sizeof q);
	q.mode = kind == CONFIG_FILE ? Q_CFG_PROFILE : Q_CRED_PROFILE;
	q.name = profile;
	q.key = key;
	rc = run_query(r, path, &q, val, vallen, err, errlen);
	if (rc != CONFIG_FOUND)
		return rc;
	c = chosen(&q);
	if (c == NULL)
		return CONFIG_NOT_FOUND;
	if (c->bad || c->len >= vallen)
		return msg_set(err, errlen, CONFIG_ERROR, parse_error_fmt, path);
	if (c != &q.own)
		memcpy(val, c->buf, c->len + 1);
	return CONFIG_FOUND;
}

int config_has_profile(config_reader *r, const char *path,
		       enum config_kind kind, const char *profile,
		       char *err, size_t errlen)
{
	struct query q;
	char dummy[1];
	int rc;

	memset(&q, 0, sizeof q);
	q.mode = kind == CONFIG_FILE ? Q_CFG_PROFILE : Q_CRED_PROFILE;
	q.name = profile;
	rc = run_query(r, path, &q, dummy, sizeof dummy, err, errlen);
	if (rc != CONFIG_FOUND)
		return rc;
	return q.sect_found ? CONFIG_FOUND : CONFIG_NOT_FOUND;
}

int config_profile_get(config_reader *r, const char *cfg, const char *cred,
		       const char *profile, const char *key,
		       char *val, size_t vallen, char *err, size_t errlen)
{
	int in_cfg, in_cred;

	in_cfg = config_get(r, cfg, CONFIG_FILE, profile, key, val, vallen,
			    err, errlen);
	if (in_cfg == CONFIG_ERROR)
		return in_cfg;
	in_cred = config_get(r, cred, CREDENTIALS_FILE, profile, key, val,
			     vallen, err, errlen);
	if (in_cred != CONFIG_NOT_FOUND || in_cfg == CONFIG_NOT_FOUND)
		return in_cred;
	return config_get(r, cfg, CONFIG_FILE, profile, key, val, vallen,
			  err, errlen);
}

int config_profile_exists(config_reader *r, const char *cfg, const char *cred,
			  const char *profile, char *err, size_t errlen)
{
	int in_cfg, in_cred;

	in_cfg = config_has_profile(r, cfg, CONFIG_FILE, profile, err, errlen);
	if (in_cfg == CONFIG_ERROR)
		return in_cfg;
	in_cred = config_has_profile(r, cred, CREDENTIALS_FILE, profile,
				     err, errlen);
	if (in_cred == CONFIG_ERROR)
		return in_cred;
	return (in_cfg == CONFIG_FOUND || in_cred == CONFIG_FOUND) ?
	       CONFIG_FOUND : CONFIG_NOT_FOUND;
}

int config_get_service(config_reader *r, const char *cfg, const char *cred,
		       const char *profile, const char *service,
		       const char *key, char *val, size_t vallen,
		       char *err, size_t errlen)
{
	char name[CONFIG_VALUE_MAX + 1];
	struct query q;
	struct capture *c;
	int rc;

	rc = config_profile_get(r, cfg, cred, profile, "services", name,
				sizeof name, err, errlen);
	if (rc != CONFIG_FOUND)
		return rc;
	if (name[0] == '\n')
		return msg_set(err, errlen, CONFIG_ERROR, "unhashable type: 'dict'");
	if (vallen == 0)
		return msg_set(err, errlen, CONFIG_ERROR, parse_error_fmt, cfg);
	memset(&q, 0, sizeof q);
	q.mode = Q_SERVICES;
	q.name = name;
	q.key = service;
	q.subkey = key;
	rc = run_query(r, cfg, &q, val, vallen, err, errlen);
	if (rc == CONFIG_ERROR)
		return rc;
	if (!q.sect_found || (!q.sect_nonempty && r->ndef == 0))
		return msg_set(err, errlen, CONFIG_ERROR, "The profile is configured to use "
			    "the services section but the \"%s\" services "
			    "configuration does not exist.", name);
	c = chosen(&q);
	if (c == NULL)
		return CONFIG_NOT_FOUND;
	if (!c->first_empty || c->nconts == 0)
		return msg_set(err, errlen, CONFIG_ERROR, "'str' object has no attribute 'get'");
	if (!c->sub_found)
		return CONFIG_NOT_FOUND;
	if (c->bad || c->len >= vallen)
		return msg_set(err, errlen, CONFIG_ERROR, parse_error_fmt, cfg);
	if (c != &q.own)
		memcpy(val, c->buf, c->len + 1);
	return CONFIG_FOUND;
}

/* ---- paths --------------------------------------------------------------- */

/* Append n bytes to out at *o; -1 when they do not fit with a NUL. */
static int put(char *out, size_t outlen, size_t *o, const char *p, size_t n)
{
	if (n >= outlen - *o)
		return -1;
	memcpy(out + *o, p, n);
	*o += n;
	out[*o] = 0;
	return 0;
}

/* os.environ lookup of name[0..n), or NULL. */
static const char *env_lookup(const char *name, size_t n)
{
	char **e;

	if (n == 0 || memchr(name, '=', n))
		return NULL;
	for (e = environ; e && *e; e++)
		if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}

static int is_word(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

/* posixpath.expandvars: $NAME and ${NAME}; unknown names stay. */
static int expand_vars(const char *in, char *out, size_t outlen)
{
	size_t o = 0, nlen;
	const char *p = in, *name, *end, *v;

	if (outlen == 0)
		return -1;
	out[0] = 0;
	while (*p) {
		name = NULL;
		if (p[0] == '$' && is_word((unsigned char)p[1])) {
			name = p + 1;
			for (end = name; is_word((unsigned char)*end); end++)
				;
			nlen = (size_t)(end - name);
		} else if (p[0] == '$' && p[1] == '{' && strchr(p + 2, '}')) {
			name = p + 2;
			end = strchr(name, '}') + 1;
			nlen = (size_t)(end - 1 - name);
		}
		if (name == NULL) {
			if (put(out, outlen, &o, p, 1) < 0)
				return -1;
			p++;
			continue;
		}
		v = env_lookup(name, nlen);
		if (v ? put(out, outlen, &o, v, strlen(v)) :
			put(out, outlen, &o, p, (size_t)(end - p)))
			return -1;
		p = end;
	}
	return 0;
}

/* Parse a decimal uid field; -1 when it is not one. */
static long parse_uid(const char *s, size_t n)
{
	long v = 0;
	size_t i;

	if (n == 0 || n > 10)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/*
 * Match one passwd line against name (or uid when name is NULL); on a
 * match copy its home directory to dir and return 1.
 */
static int pw_match(const char *l, size_t n, const char *name, size_t nlen,
		    uid_t uid, char *dir, size_t dirlen)
{
	const char *f[7];
	size_t flen[7], nf = 0, i, start = 0;

	for (i = 0; i <= n && nf < 7; i++) {
		if (i == n || l[i] == ':') {
			f[nf] = l + start;
			flen[nf++] = i - start;
			start = i + 1;
		}
	}
	if (nf < 6)
		return 0;
	if (name) {
		if (flen[0] != nlen || memcmp(f[0], name, nlen) != 0)
			return 0;
	} else if (parse_uid(f[2], flen[2]) != (long)uid) {
		return 0;
	}
	if (flen[5] >= dirlen)
		return 0;
	memcpy(dir, f[5], flen[5]);
	dir[flen[5]] = 0;
	return 1;
}

/* Home directory of name[0..nlen) (or of uid when name is NULL). */
static int pw_home(const char *passwd, const char *name, size_t nlen,
		   uid_t uid, char *dir, size_t dirlen)
{
	char buf[512], line[PASSWD_LINE_MAX];
	size_t len = 0;
	ssize_t k, i;
	int fd, toolong = 0, found = 0;

	if (passwd == NULL)
		return 0;
	fd = open(passwd, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	while (!found) {
		k = read(fd, buf, sizeof buf);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			if (len > 0 && !toolong)
				found = pw_match(line, len, name, nlen, uid,
						 dir, dirlen);
			break;
		}
		for (i = 0; i < k && !found; i++) {
			if (buf[i] == '\n') {
				if (!toolong)
					found = pw_match(line, len, name, nlen,
							 uid, dir, dirlen);
				len = 0;
				toolong = 0;
			} else if (len < sizeof line) {
				line[len++] = buf[i];
			} else {
				toolong = 1;
			}
		}
	}
	close(fd);
	return found;
}

int config_expand_user(const char *path, const char *home,
		       const char *passwd, char *out, size_t outlen)
{
	char dir[CONFIG_PATH_MAX];
	const char *slash, *userhome = NULL;
	size_t i, hl, o = 0;

	if (outlen == 0)
		return -1;
	out[0] = 0;
	if (path[0] != '~')
		return put(out, outlen, &o, path, strlen(path));
	slash = strchr(path + 1, '/');
	i = slash ? (size_t)(slash - path) : strlen(path);
	if (i == 1 && home)
		userhome = home;
	else if (pw_home(passwd, i == 1 ? NULL : path + 1, i - 1, getuid(),
			 dir, sizeof dir))
		userhome = dir;
	if (userhome == NULL)
		return put(out, outlen, &o, path, strlen(path));
	for (hl = strlen(userhome); hl > 0 && userhome[hl - 1] == '/'; hl--)
		;
	if (hl == 0 && path[i] == 0)
		return put(out, outlen, &o, "/", 1);
	if (put(out, outlen, &o, userhome, hl) < 0)
		return -1;
	return put(out, outlen, &o, path + i, strlen(path + i));
}

int config_expand_path(const char *path, char *out, size_t outlen,
		       char *err, size_t errlen)
{
	char vars[CONFIG_PATH_MAX];

	if (expand_vars(path, vars, sizeof vars) < 0 ||
	    config_expand_user(vars, getenv("HOME"), "/etc/passwd",
			       out, outlen) < 0) {
		msg_set(err, errlen, CONFIG_ERROR, "Config file path is too long: %s", path);
		return -1;
	}
	return 0;
}

int config_file_path(enum config_kind kind, char *out, size_t outlen,
		     char *err, size_t errlen)
{
	const char *p;

	if (kind == CONFIG_FILE) {
		p = getenv("AWS_CONFIG_FILE");
		if (p == NULL)
			p = "~/.aws/config";
	} else {
		p = getenv("AWS_SHARED_CREDENTIALS_FILE");
		if (p == NULL)
			p = "~/.aws/credentials";
	}
	return config_expand_path(p, out, outlen, err, errlen);
}
