/*
 * truststore.c - trust anchors from PEM CA bundles and built-in roots.
 *
 * The PEM decoder is a byte-at-a-time state machine with a fast inner
 * loop for base64 lines; certificates are decoded into a buffer of
 * TRUSTSTORE_CERT_MAX bytes on the stack and walked with a bounded DER
 * reader that stops after the SubjectPublicKeyInfo.
 */
#include "truststore.h"
#include "text.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

/* Built-in anchors: defined by a generated object when the build links
 * one (scripts/gen-anchors.sh); otherwise these stay undefined (NULL). */
extern const truststore_der truststore_builtin[] __attribute__((weak));
extern const size_t truststore_builtin_count __attribute__((weak));

#define MARKER_MAX 80      /* longest "-----BEGIN ...-----" line kept */
#define LABEL_MAX 40       /* longest PEM label */

static void fmt_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (!err || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* ---- DER --------------------------------------------------------------- */

/*
 * Read the header of the element at *pos (single-byte tags, definite
 * lengths); on success *pos is the start of its value, which lies wholly
 * inside buf[0..end).  Returns 0, or -1 when malformed or truncated.
 */
static int der_hdr(const unsigned char *buf, size_t end, size_t *pos,
		   unsigned *tag, size_t *vlen)
{
	size_t p = *pos, l;
	unsigned n;

	if (p >= end || end - p < 2)
		return -1;
	*tag = buf[p++];
	if ((*tag & 0x1F) == 0x1F)
		return -1;
	l = buf[p++];
	if (l & 0x80) {
		n = l & 0x7F;
		if (n == 0 || n > 3)
			return -1;
		l = 0;
		while (n--) {
			if (p >= end)
				return -1;
			l = (l << 8) | buf[p++];
		}
	}
	if (l > end - p)
		return -1;
	*vlen = l;
	*pos = p;
	return 0;
}

/* Read a header that must carry tag; see der_hdr. */
static int der_expect(const unsigned char *buf, size_t end, size_t *pos,
		      unsigned tag, size_t *vlen)
{
	unsigned t;

	if (der_hdr(buf, end, pos, &t, vlen) < 0 || t != tag)
		return -1;
	return 0;
}

static const unsigned char OID_RSA[] = {
	0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01 };
static const unsigned char OID_EC[] = {
	0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01 };
static const unsigned char OID_P256[] = {
	0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07 };
static const unsigned char OID_P384[] = { 0x2B, 0x81, 0x04, 0x00, 0x22 };
static const unsigned char OID_P521[] = { 0x2B, 0x81, 0x04, 0x00, 0x23 };

static int oid_is(const unsigned char *p, size_t len,
		  const unsigned char *oid, size_t oidlen)
{
	return len == oidlen && memcmp(p, oid, len) == 0;
}

/* An unsigned INTEGER's value without leading zeros, into *v / *vlen. */
static int der_uint(const unsigned char *buf, size_t end, size_t *pos,
		    const unsigned char **v, size_t *vlen)
{
	size_t len;

	if (der_expect(buf, end, pos, 0x02, &len) < 0 || len == 0)
		return -1;
	if (buf[*pos] & 0x80)
		return -1;                  /* negative */
	*v = buf + *pos;
	*vlen = len;
	*pos += len;
	while (*vlen > 0 && **v == 0) {
		(*v)++;
		(*vlen)--;
	}
	return *vlen > 0 ? 0 : -1;
}

static int parse_spki(const unsigned char *buf, size_t end, size_t pos,
		      br_x509_pkey *pk)
{
	size_t alen, aend, olen, blen, p;
	const unsigned char *oid;

	if (der_expect(buf, end, &pos, 0x30, &alen) < 0)
		return TS_E_DER;
	end = pos + alen;                     /* SubjectPublicKeyInfo */
	if (der_expect(buf, end, &pos, 0x30, &alen) < 0)
		return TS_E_DER;
	aend = pos + alen;                    /* AlgorithmIdentifier */
	if (der_expect(buf, aend, &pos, 0x06, &olen) < 0)
		return TS_E_DER;
	oid = buf + pos;
	pos += olen;
	if (oid_is(oid, olen, OID_RSA, sizeof OID_RSA)) {
		const unsigned char *n, *e;
		size_t nlen, elen, slen;

		pos = aend;
		if (der_expect(buf, end, &pos, 0x03, &blen) < 0 || blen < 1
		    || buf[pos] != 0)
			return TS_E_DER;
		p = pos + 1;
		end = pos + blen;
		if (der_expect(buf, end, &p, 0x30, &slen) < 0)
			return TS_E_DER;
		end = p + slen;
		if (der_uint(buf, end, &p, &n, &nlen) < 0
		    || der_uint(buf, end, &p, &e, &elen) < 0)
			return TS_E_DER;
		if (nlen > 512 || elen > TRUSTSTORE_KEY_MAX - 512)
			return TS_E_KEY;
		pk->key_type = BR_KEYTYPE_RSA;
		pk->key.rsa.n = (unsigned char *)n;
		pk->key.rsa.nlen = nlen;
		pk->key.rsa.e = (unsigned char *)e;
		pk->key.rsa.elen = elen;
		return TS_OK;
	}
	if (oid_is(oid, olen, OID_EC, sizeof OID_EC)) {
		int curve;
		size_t qlen;

		if (der_expect(buf, aend, &pos, 0x06, &olen) < 0)
			return TS_E_KEY;   /* not a named curve */
		oid = buf + pos;
		if (oid_is(oid, olen, OID_P256, sizeof OID_P256)) {
			curve = BR_EC_secp256r1;
			qlen = 65;
		} else if (oid_is(oid, olen, OID_P384, sizeof OID_P384)) {
			curve = BR_EC_secp384r1;
			qlen = 97;
		} else if (oid_is(oid, olen, OID_P521, sizeof OID_P521)) {
			curve = BR_EC_secp521r1;
			qlen = 133;
		} else {
			return TS_E_KEY;
		}
		pos = aend;
		if (der_expect(buf, end, &pos, 0x03, &blen) < 0 || blen < 1
		    || buf[pos] != 0)
			return TS_E_DER;
		if (blen - 1 != qlen || buf[pos + 1] != 0x04)
			return TS_E_KEY;   /* compressed or wrong size */
		pk->key_type = BR_KEYTYPE_EC;
		pk->key.ec.curve = curve;
		pk->key.ec.q = (unsigned char *)buf + pos + 1;
		pk->key.ec.qlen = qlen;
		return TS_OK;
	}
	return TS_E_KEY;
}

int truststore_parse_cert(const unsigned char *der, size_t len,
			  truststore_cert *out)
{
	size_t pos = 0, vlen, end, start;
	unsigned tag;
	int i;

	if (!der || !out)
		return TS_E_DER;
	if (der_expect(der, len, &pos, 0x30, &vlen) < 0)
		return TS_E_DER;
	end = pos + vlen;
	if (der_expect(der, end, &pos, 0x30, &vlen) < 0)
		return TS_E_DER;
	end = pos + vlen;                     /* TBSCertificate */
	if (der_hdr(der, end, &pos, &tag, &vlen) < 0)
		return TS_E_DER;
	if (tag == 0xA0) {                    /* version */
		pos += vlen;
		if (der_hdr(der, end, &pos, &tag, &vlen) < 0)
			return TS_E_DER;
	}
	if (tag != 0x02)                      /* serialNumber */
		return TS_E_DER;
	pos += vlen;
	/* signature, issuer, validity: skipped */
	for (i = 0; i < 3; i++) {
		if (der_expect(der, end, &pos, 0x30, &vlen) < 0)
			return TS_E_DER;
		pos += vlen;
	}
	start = pos;                          /* subject */
	if (der_expect(der, end, &pos, 0x30, &vlen) < 0)
		return TS_E_DER;
	pos += vlen;
	out->dn = der + start;
	out->dn_len = pos - start;
	return parse_spki(der, end, pos, &out->pkey);
}

/* ---- PEM ----------------------------------------------------------------- */

enum { PS_LINESTART, PS_SKIPLINE, PS_MARKER, PS_DATA };

typedef struct {
	int state;
	int block;                 /* 0 outside, 1 certificate, 2 other */
	char label[LABEL_MAX];
	size_t label_len;
	char line[MARKER_MAX];
	size_t line_len;
	int line_long;
	uint32_t acc;              /* base64 bits */
	unsigned long nchars;      /* base64 characters in the block */
	unsigned pad;              /* '=' seen */
	unsigned long mark;        /* nchars + pad when the line began */
	unsigned char *out;
	size_t cap, len;
	int overflow;
	unsigned long long pos;    /* offset of the next byte */
	unsigned long long line_start, block_start;
	unsigned long lineno;      /* line of the next byte, from 1 */
	unsigned long block_line;
	int code;                  /* error code after a failure */
	const char *why;           /* its reason */
} pem_scan;

/* base64 values; 64: skipped blank, 65: '=', 255: invalid */
static unsigned char b64_tab[256];
/*
 * The same, placed for b64_quads: b64_quad[i][c] holds character i of a
 * quad's bits at their place in the three bytes (byte 0 lowest); any
 * character outside the alphabet sets B64_NOT.
 */
static uint32_t b64_quad[4][256];
#define B64_NOT 0x01000000u
static int b64_ready;

static void b64_init(void)
{
	static const char a[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	uint32_t v;
	int i;

	if (b64_ready)
		return;
	memset(b64_tab, 255, sizeof b64_tab);
	for (i = 0; i < 256; i++)
		b64_quad[0][i] = b64_quad[1][i] = b64_quad[2][i]
			= b64_quad[3][i] = B64_NOT;
	for (i = 0; i < 64; i++) {
		v = (uint32_t)i;
		b64_tab[(unsigned char)a[i]] = (unsigned char)i;
		b64_quad[0][(unsigned char)a[i]] = v << 2;
		b64_quad[1][(unsigned char)a[i]] = v >> 4 | (v & 15) << 12;
		b64_quad[2][(unsigned char)a[i]] = (v >> 2) << 8 | (v & 3) << 22;
		b64_quad[3][(unsigned char)a[i]] = v << 16;
	}
	b64_tab[' '] = b64_tab['\t'] = b64_tab['\r'] = 64;
	b64_tab['='] = 65;
	b64_ready = 1;
}

/* Bytes 0..2 of q to o[0..2]. */
static void put3(unsigned char *o, uint32_t q)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint16_t lo = (uint16_t)q;

	memcpy(o, &lo, 2);
#else
	o[0] = (unsigned char)q;
	o[1] = (unsigned char)(q >> 8);
#endif
	o[2] = (unsigned char)(q >> 16);
}

#define B64_QUAD(p) (b64_quad[0][(p)[0]] | b64_quad[1][(p)[1]] \
		     | b64_quad[2][(p)[2]] | b64_quad[3][(p)[3]])

/*
 * Decode up to n quads of plain base64 (no blanks, no padding) from p
 * into o, three bytes each.  Returns the number decoded: it stops before
 * the first pair of quads with another character, then goes one by one.
 */
static size_t b64_quads(const unsigned char *p, size_t n, unsigned char *o)
{
	size_t k;
	uint32_t q, r;

	for (k = 0; k + 2 <= n; k += 2, p += 8, o += 6) {
		q = B64_QUAD(p);
		r = B64_QUAD(p + 4);
		if ((q | r) & B64_NOT)
			break;
		put3(o, q);
		put3(o + 3, r);
	}
	for (; k < n; k++, p += 4, o += 3) {
		q = B64_QUAD(p);
		if (q & B64_NOT)
			break;
		put3(o, q);
	}
	return k;
}

/*
 * Decode whole data lines of 64 characters, as PEM writers write them,
 * from p[0..n) into o[0..cap): each line's 16 quads and its '\n', while
 * the next line is data too.  Returns the lines decoded, 48 bytes each.
 */
static size_t b64_lines(const unsigned char *p, size_t n, unsigned char *o,
			size_t cap)
{
	size_t k = 0;

	while (n >= 66 && cap >= 48 && p[64] == '\n' && p[65] != '-'
	       && b64_quads(p, 16, o) == 16) {
		p += 65;
		n -= 65;
		o += 48;
		cap -= 48;
		k++;
	}
	return k;
}

static void pem_init(pem_scan *s, unsigned char *out, size_t cap,
		     unsigned long long pos)
{
	memset(s, 0, sizeof *s);
	s->state = PS_LINESTART;
	s->out = out;
	s->cap = cap;
	s->pos = pos;
	s->lineno = 1;
	b64_init();
}

static void put_byte(pem_scan *s, unsigned v)
{
	if (s->len < s->cap)
		s->out[s->len++] = (unsigned char)v;
	else
		s->overflow = 1;
}

static int pem_fail(pem_scan *s, int code, const char *why)
{
	s->code = code;
	s->why = why;
	return -1;
}

static int has_prefix(const char *s, size_t len, const char *p)
{
	size_t n = strlen(p);

	return len >= n && memcmp(s, p, n) == 0;
}

static int is_cert_label(const char *l, size_t n)
{
	return (n == 11 && memcmp(l, "CERTIFICATE", 11) == 0)
		|| (n == 16 && memcmp(l, "X509 CERTIFICATE", 16) == 0)
		|| (n == 19 && memcmp(l, "TRUSTED CERTIFICATE", 19) == 0);
}

/*
 * A complete line starting with '-' (in s->line).  Returns 1 when it ends
 * a certificate block, 0 otherwise, -1 on error.
 */
static int pem_marker(pem_scan *s)
{
	size_t n = s->line_len;
	const char *l = s->line;
	const char *lab;
	size_t lablen;
	int begin;

	while (n > 0 && (l[n - 1] == '\r' || l[n - 1] == ' '
			 || l[n - 1] == '\t'))
		n--;
	if (!s->line_long && has_prefix(l, n, "-----BEGIN ")
	    && n >= 16 && memcmp(l + n - 5, "-----", 5) == 0) {
		begin = 1;
		lab = l + 11;
		lablen = n - 16;
	} else if (!s->line_long && has_prefix(l, n, "-----END ")
		   && n >= 14 && memcmp(l + n - 5, "-----", 5) == 0) {
		begin = 0;
		lab = l + 9;
		lablen = n - 14;
	} else {
		if (s->block == 1)
			return pem_fail(s, TS_E_PEM, "invalid base64 data");
		return 0;
	}
	if (begin) {
		if (s->block == 1)
			return pem_fail(s, TS_E_PEM,
					"BEGIN line inside a certificate");
		if (s->block == 2)
			return 0;
		if (lablen > LABEL_MAX)
			return 0;
		memcpy(s->label, lab, lablen);
		s->label_len = lablen;
		s->block = is_cert_label(lab, lablen) ? 1 : 2;
		s->block_start = s->line_start;
		s->block_line = s->lineno;
		s->acc = 0;
		s->nchars = 0;
		s->pad = 0;
		s->len = 0;
		s->overflow = 0;
		return 0;
	}
	if (s->block == 0)
		return 0;
	if (lablen != s->label_len || memcmp(lab, s->label, lablen) != 0) {
		if (s->block == 1)
			return pem_fail(s, TS_E_PEM, "END line does not match");
		return 0;
	}
	if (s->block == 2) {
		s->block = 0;
		return 0;
	}
	s->block = 0;
	switch (s->nchars & 3) {
	case 0:
		break;
	case 1:
		return pem_fail(s, TS_E_PEM, "truncated base64 data");
	case 2:
		put_byte(s, s->acc >> 4);
		break;
	case 3:
		put_byte(s, s->acc >> 10);
		put_byte(s, (s->acc >> 2) & 0xFF);
		break;
	}
	if (s->pad && ((s->nchars + s->pad) & 3) != 0)
		return pem_fail(s, TS_E_PEM, "bad base64 padding");
	if (s->nchars == 0)
		return pem_fail(s, TS_E_PEM, "empty certificate");
	return 1;
}

/*
 * Feed buf[0..n).  Stops after a complete certificate block: returns 1
 * with *used bytes consumed and the DER in s->out[0..s->len).  Returns 0
 * when all n bytes were consumed, -1 on error (s->code, s->why).
 */
static int pem_feed(pem_scan *s, const unsigned char *buf, size_t n,
		    size_t *used)
{
	size_t i = 0;
	unsigned c, v;
	int r;
	const char *why = "invalid base64 data";    /* for bad: */

	while (i < n) {
		c = buf[i];
		switch (s->state) {
		case PS_LINESTART:
			s->line_start = s->pos + i;
			if (c == '-') {
				s->state = PS_MARKER;
				s->line[0] = '-';
				s->line_len = 1;
				s->line_long = 0;
				break;
			}
			if (s->block == 1) {
				s->state = PS_DATA;
				s->mark = s->nchars + s->pad;
				continue;
			}
			if (c == '\n') {
				s->lineno++;
				i++;
				continue;
			}
			s->state = PS_SKIPLINE;
			break;
		case PS_SKIPLINE: {
			const unsigned char *nl = memchr(buf + i, '\n', n - i);

			if (!nl) {
				i = n;
				continue;
			}
			i = (size_t)(nl - buf) + 1;
			s->lineno++;
			s->state = PS_LINESTART;
			continue;
		}
		case PS_MARKER:
			if (c == '\n') {
				s->state = PS_LINESTART;
				r = pem_marker(s);
				s->lineno++;
				if (r != 0) {
					*used = i + 1;
					s->pos += i + 1;
					return r;
				}
				i++;
				continue;
			}
			{
				/* the rest of the line in this buffer at once */
				const unsigned char *nl = memchr(buf + i, '\n',
								 n - i);
				size_t k = nl ? (size_t)(nl - buf) - i : n - i;

				if (k > MARKER_MAX - s->line_len) {
					memcpy(s->line + s->line_len, buf + i,
					       MARKER_MAX - s->line_len);
					s->line_len = MARKER_MAX;
					s->line_long = 1;
				} else {
					memcpy(s->line + s->line_len, buf + i, k);
					s->line_len += k;
				}
				i += k;
			}
			continue;
		case PS_DATA:
			for (; i < n; i++) {
				/* fast paths: whole lines, then whole quads */
				if (!(s->nchars & 3) && !s->pad) {
					size_t k = b64_lines(buf + i, n - i,
							     s->out + s->len,
							     s->cap - s->len);

					if (k) {
						s->len += 48 * k;
						s->nchars += 64 * k;
						s->lineno += k;
						s->mark = s->nchars;
						i += 65 * k;
					}
					k = (n - i) / 4;
					if (k > (s->cap - s->len) / 3)
						k = (s->cap - s->len) / 3;
					k = b64_quads(buf + i, k, s->out + s->len);
					s->len += 3 * k;
					s->nchars += 4 * k;
					i += 4 * k;
				}
				if (i >= n)
					break;
				c = buf[i];
				v = b64_tab[c];
				if (v < 64) {
					if (s->pad)
						goto bad;
					s->acc = (s->acc << 6) | v;
					if ((++s->nchars & 3) == 0) {
						put_byte(s, (s->acc >> 16) & 0xFF);
						put_byte(s, (s->acc >> 8) & 0xFF);
						put_byte(s, s->acc & 0xFF);
						s->acc = 0;
					}
				} else if (v == 64) {
					continue;
				} else if (v == 65) {
					if (++s->pad > 2)
						goto bad;
				} else if (c == '\n') {
					/* OpenSSL takes one blank line after
					 * BEGIN (no headers), no other */
					if (s->nchars + s->pad == s->mark
					    && s->lineno != s->block_line + 1)
						goto blank_line;
					s->lineno++;
					/* read on through the next line when it is
					 * data too (not a marker, not past buf) */
					if (i + 1 < n && buf[i + 1] != '-') {
						s->mark = s->nchars + s->pad;
						continue;
					}
					s->state = PS_LINESTART;
					i++;
					break;
				} else {
					goto bad;
				}
			}
			continue;
		blank_line:
			why = "blank line inside base64 data";
			/* fall through */
		bad:
			*used = i;
			s->pos += i;
			return pem_fail(s, TS_E_PEM, why);
		}
		i++;
	}
	*used = n;
	s->pos += n;
	return 0;
}

/* End of input: a line without its newline may still end a block. */
static int pem_finish(pem_scan *s)
{
	int r = 0;

	if (s->state == PS_MARKER) {
		s->state = PS_LINESTART;
		r = pem_marker(s);
		if (r != 0)
			return r;
	}
	if (s->block == 1)
		return pem_fail(s, TS_E_PEM, "certificate without END line");
	return 0;
}

/* ---- reading files ------------------------------------------------------- */

/* Called for each certificate; returns 0 to go on, 1 to stop, < 0 error. */
typedef int (*cert_fn)(void *ctx, pem_scan *s);

/*
 * Stream the file fd from its current offset (which is start) through
 * the PEM decoder, calling fn for each certificate.  Returns TS_OK (or 1
 * when fn stopped), or a negative code with a message in err.
 */
static int scan_fd(int fd, unsigned long long start, const char *name,
		   cert_fn fn, void *ctx, int *err_no, char *err,
		   size_t errlen)
{
	unsigned char rbuf[TRUSTSTORE_READ_BUF];
	unsigned char cert[TRUSTSTORE_CERT_MAX];
	pem_scan s;
	size_t off, used;
	ssize_t n;
	int r;

	pem_init(&s, cert, sizeof cert, start);
	for (;;) {
		n = read(fd, rbuf, sizeof rbuf);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			*err_no = errno;
			fmt_err(err, errlen, "%s: %s", name, strerror(errno));
			return TS_E_OPEN;
		}
		if (n == 0)
			break;
		off = 0;
		while (off < (size_t)n) {
			r = pem_feed(&s, rbuf + off, (size_t)n - off, &used);
			off += used;
			if (r < 0)
				goto pem_error;
			if (r == 1) {
				r = fn(ctx, &s);
				if (r != 0)
					return r;
			}
		}
	}
	r = pem_finish(&s);
	if (r < 0)
		goto pem_error;
	if (r == 1)
		return fn(ctx, &s);
	return TS_OK;
pem_error:
	fmt_err(err, errlen, "%s: line %lu: %s", name, s.lineno, s.why);
	return s.code;
}

static int open_file(const char *path, int *err_no, char *err, size_t errlen)
{
	int fd;

	/* openat: musl's open() adds an fcntl(FD_CLOEXEC) for old kernels */
	do {
		fd = openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
	} while (fd < 0 && errno == EINTR);
	if (fd < 0) {
		*err_no = errno;
		fmt_err(err, errlen, "%s: %s", path, strerror(errno));
	}
	return fd;
}

/* ---- index ----------------------------------------------------------------- */

uint32_t truststore_dn_sum(uint32_t sum, const void *data, size_t len)
{
	const unsigned char *p = data;

	while (len--)
		sum = (sum ^ *p++) * 16777619u;
	return sum;
}

void truststore_init(truststore *ts)
{
	ts->count = 0;
	ts->nfiles = 0;
	ts->path[0] = '\0';
	ts->dir[0] = '\0';
	ts->names_len = 0;
	ts->skipped = 0;
	ts->last_errno = 0;
}

size_t truststore_count(const truststore *ts)
{
	return ts->count;
}

typedef struct {
	truststore *ts;
	const char *name;
	unsigned flags;
	uint16_t file;
	size_t found;          /* certificates seen (incl. skipped) */
	char *err;
	size_t errlen;
} load_ctx;

static int add_entry(truststore *ts, const truststore_cert *c, uint16_t file,
		     unsigned long long offset, const char *name,
		     char *err, size_t errlen)
{
	truststore_entry *e;

	if (c->dn_len > TRUSTSTORE_DN_MAX) {
		fmt_err(err, errlen, "%s: subject name longer than %d bytes",
			name, TRUSTSTORE_DN_MAX);
		return TS_E_LIMIT;
	}
	if (ts->count >= TRUSTSTORE_MAX_ANCHORS) {
		fmt_err(err, errlen, "%s: more than %d CA certificates", name,
			TRUSTSTORE_MAX_ANCHORS);
		return TS_E_LIMIT;
	}
	if (offset > 0xFFFFFFFFull) {
		fmt_err(err, errlen, "%s: file larger than 4 GiB", name);
		return TS_E_LIMIT;
	}
	e = &ts->entries[ts->count++];
	e->dn_sum = truststore_dn_sum(TRUSTSTORE_DN_SUM_INIT, c->dn, c->dn_len);
	e->dn_len = (uint16_t)c->dn_len;
	e->file = file;
	e->offset = (uint32_t)offset;
	return TS_OK;
}

static int load_one(void *ctx, pem_scan *s)
{
	load_ctx *l = ctx;
	truststore_cert c;
	int r;

	l->found++;
	if (s->overflow) {
		fmt_err(l->err, l->errlen,
			"%s: line %lu: certificate larger than %d bytes",
			l->name, s->block_line, TRUSTSTORE_CERT_MAX);
		return TS_E_LIMIT;
	}
	r = truststore_parse_cert(s->out, s->len, &c);
	if (r == TS_E_KEY && (l->flags & TS_SKIP_UNSUPPORTED)) {
		l->ts->skipped++;
		return 0;
	}
	if (r == TS_E_KEY) {
		fmt_err(l->err, l->errlen, "%s: line %lu: unsupported public "
			"key (RSA up to 4096 bits and EC P-256, P-384, P-521 "
			"are supported)", l->name, s->block_line);
		return r;
	}
	if (r != TS_OK) {
		fmt_err(l->err, l->errlen,
			"%s: line %lu: malformed or truncated certificate",
			l->name, s->block_line);
		return r;
	}
	return add_entry(l->ts, &c, l->file, s->block_start, l->name,
			 l->err, l->errlen);
}

/* Index the file at path as file number file; rolls back on failure. */
static int load_path(truststore *ts, const char *path, uint16_t file,
		     unsigned flags, char *err, size_t errlen)
{
	load_ctx l;
	size_t count0 = ts->count, skipped0 = ts->skipped;
	int fd, r;

	fd = open_file(path, &ts->last_errno, err, errlen);
	if (fd < 0)
		return TS_E_OPEN;
	l.ts = ts;
	l.name = path;
	l.flags = flags;
	l.file = file;
	l.found = 0;
	l.err = err;
	l.errlen = errlen;
	r = scan_fd(fd, 0, path, load_one, &l, &ts->last_errno, err, errlen);
	close(fd);
	if (r == TS_OK && l.found == 0) {
		fmt_err(err, errlen, "%s: no certificate found", path);
		r = TS_E_NO_CERT;
	}
	if (r != TS_OK) {
		ts->count = count0;
		ts->skipped = skipped0;
	}
	return r;
}

int truststore_load_file(truststore *ts, const char *path, unsigned flags,
			 char *err, size_t errlen)
{
	size_t n;
	int r;

	if (!ts || !path || !*path) {
		fmt_err(err, errlen, "no CA bundle file name");
		return TS_E_ARG;
	}
	n = strlen(path);
	if (n >= sizeof ts->path) {
		fmt_err(err, errlen, "CA bundle path longer than %d bytes",
			PATH_MAX_BYTES - 1);
		return TS_E_LIMIT;
	}
	if (ts->path[0]) {
		fmt_err(err, errlen, "%s: a CA bundle is already loaded", path);
		return TS_E_ARG;
	}
	if (ts->nfiles >= TRUSTSTORE_MAX_FILES) {
		fmt_err(err, errlen, "%s: too many CA files", path);
		return TS_E_LIMIT;
	}
	r = load_path(ts, path, (uint16_t)ts->nfiles, flags, err, errlen);
	if (r != TS_OK)
		return r;
	memcpy(ts->path, path, n + 1);
	ts->files[ts->nfiles].in_dir = 0;
	ts->files[ts->nfiles].name_off = 0;
	ts->nfiles++;
	return TS_OK;
}

/* OpenSSL hashed name: 8 hex digits, '.', one or more decimal digits. */
static int is_hashed_name(const char *s)
{
	int i;

	for (i = 0; i < 8; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')
		      || (s[i] >= 'A' && s[i] <= 'F')))
			return 0;
	if (s[8] != '.' || !(s[9] >= '0' && s[9] <= '9'))
		return 0;
	for (i = 10; s[i]; i++)
		if (!(s[i] >= '0' && s[i] <= '9'))
			return 0;
	return 1;
}

int truststore_load_dir(truststore *ts, const char *dir, unsigned flags,
			char *err, size_t errlen)
{
	union {
		struct dirent d;
		unsigned char b[TRUSTSTORE_READ_BUF];
	} u;
	char path[PATH_MAX_BYTES];
	size_t dlen;
	int fd, n, off;

	if (!ts || !dir || !*dir) {
		fmt_err(err, errlen, "no CA directory name");
		return TS_E_ARG;
	}
	dlen = strlen(dir);
	if (dlen + 1 + 256 >= sizeof path) {
		fmt_err(err, errlen, "CA directory path too long");
		return TS_E_LIMIT;
	}
	if (ts->dir[0]) {
		fmt_err(err, errlen, "%s: a CA directory is already loaded",
			dir);
		return TS_E_ARG;
	}
	do {
		fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	} while (fd < 0 && errno == EINTR);
	if (fd < 0) {
		ts->last_errno = errno;
		fmt_err(err, errlen, "%s: %s", dir, strerror(errno));
		return TS_E_OPEN;
	}
	memcpy(ts->dir, dir, dlen + 1);
	memcpy(path, dir, dlen);
	path[dlen] = '/';
	/* getdents64 records are struct dirent on musl and glibc alike;
	 * glibc declares no getdents(), so the system call is made here. */
	while ((n = (int)syscall(SYS_getdents64, fd, u.b, sizeof u)) > 0) {
		for (off = 0; off < n;) {
			struct dirent *d = (struct dirent *)(u.b + off);
			size_t nl = strlen(d->d_name);
			char e2[8];

			if (d->d_reclen == 0)
				break;
			off += d->d_reclen;
			if (!is_hashed_name(d->d_name))
				continue;
			if (ts->nfiles >= TRUSTSTORE_MAX_FILES
			    || ts->names_len + nl + 1 > sizeof ts->names) {
				close(fd);
				fmt_err(err, errlen, "%s: more than %d CA files",
					dir, TRUSTSTORE_MAX_FILES);
				return TS_E_LIMIT;
			}
			memcpy(path + dlen + 1, d->d_name, nl + 1);
			if (load_path(ts, path, (uint16_t)ts->nfiles, flags,
				      e2, sizeof e2) != TS_OK)
				continue;
			memcpy(ts->names + ts->names_len, d->d_name, nl + 1);
			ts->files[ts->nfiles].in_dir = 1;
			ts->files[ts->nfiles].name_off = (uint16_t)ts->names_len;
			ts->names_len += nl + 1;
			ts->nfiles++;
		}
	}
	close(fd);
	return TS_OK;
}

size_t truststore_builtin_available(void)
{
	if (&truststore_builtin_count == NULL || truststore_builtin == NULL)
		return 0;
	return truststore_builtin_count;
}

int truststore_load_builtin(truststore *ts, char *err, size_t errlen)
{
	size_t i, n = truststore_builtin_available();
	size_t count0 = ts->count;
	truststore_cert c;
	char name[48];
	int r;

	for (i = 0; i < n; i++) {
		snprintf(name, sizeof name, "built-in CA certificate %zu", i);
		r = truststore_parse_cert(truststore_builtin[i].der,
					  truststore_builtin[i].len, &c);
		if (r == TS_OK)
			r = add_entry(ts, &c, TS_BUILTIN, i, name, err, errlen);
		else
			fmt_err(err, errlen, "%s: %s", name, r == TS_E_KEY
				? "unsupported public key"
				: "malformed certificate");
		if (r != TS_OK) {
			ts->count = count0;
			return r;
		}
	}
	return TS_OK;
}

int truststore_load_default(truststore *ts, char *err, size_t errlen)
{
	static const char *const sys[] = { TRUSTSTORE_SYSTEM_BUNDLES };
	const char *f = getenv("SSL_CERT_FILE");
	const char *d = getenv("SSL_CERT_DIR");
	char e2[8];
	size_t i;
	int r;

	if (f && *f) {
		r = truststore_load_file(ts, f, TS_SKIP_UNSUPPORTED, err, errlen);
		if (r != TS_OK)
			return r;
	} else {
		for (i = 0; i < sizeof sys / sizeof sys[0]; i++) {
			r = truststore_load_file(ts, sys[i], TS_SKIP_UNSUPPORTED,
						 err, errlen);
			if (r == TS_OK)
				break;
			if (r != TS_E_OPEN)
				return r;
		}
	}
	/* the directory usually holds the bundle's certificates again: it
	 * is read only when no bundle file was */
	if (d && *d && ts->count == 0)
		truststore_load_dir(ts, d, TS_SKIP_UNSUPPORTED, e2, sizeof e2);
	if (ts->count == 0) {
		r = truststore_load_builtin(ts, err, errlen);
		if (r != TS_OK)
			return r;
	}
	if (ts->count == 0) {
		fmt_err(err, errlen, "no CA certificates found (no system "
			"bundle, SSL_CERT_FILE or SSL_CERT_DIR, no built-in)");
		return TS_E_NOT_FOUND;
	}
	return TS_OK;
}

/* ---- lookup ---------------------------------------------------------------- */

typedef struct {
	const unsigned char *dn;
	size_t dn_len;
	br_x509_trust_anchor *ta;
	unsigned char *arena;
	size_t arena_len;
	int ok;
} find_ctx;

/* Copy c into f's anchor when its DN is f's DN. */
static void take(find_ctx *f, const truststore_cert *c)
{
	const br_x509_pkey *k = &c->pkey;
	size_t klen;
	unsigned char *p = f->arena;

	if (c->dn_len != f->dn_len || memcmp(c->dn, f->dn, f->dn_len) != 0)
		return;
	klen = k->key_type == BR_KEYTYPE_RSA
		? k->key.rsa.nlen + k->key.rsa.elen : k->key.ec.qlen;
	if (c->dn_len + klen > f->arena_len)
		return;
	memcpy(p, c->dn, c->dn_len);
	f->ta->dn.data = p;
	f->ta->dn.len = c->dn_len;
	f->ta->flags = BR_X509_TA_CA;
	p += c->dn_len;
	f->ta->pkey.key_type = k->key_type;
	if (k->key_type == BR_KEYTYPE_RSA) {
		memcpy(p, k->key.rsa.n, k->key.rsa.nlen);
		memcpy(p + k->key.rsa.nlen, k->key.rsa.e, k->key.rsa.elen);
		f->ta->pkey.key.rsa.n = p;
		f->ta->pkey.key.rsa.nlen = k->key.rsa.nlen;
		f->ta->pkey.key.rsa.e = p + k->key.rsa.nlen;
		f->ta->pkey.key.rsa.elen = k->key.rsa.elen;
	} else {
		memcpy(p, k->key.ec.q, k->key.ec.qlen);
		f->ta->pkey.key.ec.curve = k->key.ec.curve;
		f->ta->pkey.key.ec.q = p;
		f->ta->pkey.key.ec.qlen = k->key.ec.qlen;
	}
	f->arena += c->dn_len + klen;
	f->arena_len -= c->dn_len + klen;
	f->ok = 1;
}

static int find_one(void *ctx, pem_scan *s)
{
	truststore_cert c;

	if (!s->overflow && truststore_parse_cert(s->out, s->len, &c) == TS_OK)
		take(ctx, &c);
	return 1;
}

size_t truststore_find(const truststore *ts, const unsigned char *dn,
		       size_t dn_len, br_x509_trust_anchor *out, size_t max,
		       unsigned char *arena, size_t arena_len)
{
	char path[PATH_MAX_BYTES];
	char e2[8];
	find_ctx f;
	uint32_t sum;
	size_t i, n = 0;
	int fd, en;

	if (!ts || !dn || dn_len == 0 || dn_len > 0xFFFF)
		return 0;
	sum = truststore_dn_sum(TRUSTSTORE_DN_SUM_INIT, dn, dn_len);
	f.dn = dn;
	f.dn_len = dn_len;
	f.arena = arena;
	f.arena_len = arena_len;
	for (i = 0; i < ts->count && n < max; i++) {
		const truststore_entry *e = &ts->entries[i];

		if (e->dn_sum != sum || e->dn_len != dn_len)
			continue;
		f.ta = &out[n];
		f.ok = 0;
		if (e->file == TS_BUILTIN) {
			truststore_cert c;
			size_t b = e->offset;

			if (b < truststore_builtin_available()
			    && truststore_parse_cert(truststore_builtin[b].der,
				    truststore_builtin[b].len, &c) == TS_OK)
				take(&f, &c);
		} else if (e->file < ts->nfiles) {
			const char *name = ts->path;

			if (ts->files[e->file].in_dir) {
				size_t dl = strlen(ts->dir);
				const char *nm = ts->names
					+ ts->files[e->file].name_off;

				if (dl + 1 + strlen(nm) >= sizeof path)
					continue;
				memcpy(path, ts->dir, dl);
				path[dl] = '/';
				strcpy(path + dl + 1, nm);
				name = path;
			}
			fd = open_file(name, &en, e2, sizeof e2);
			if (fd < 0)
				continue;
			if (lseek(fd, (off_t)e->offset, SEEK_SET)
			    == (off_t)e->offset)
				scan_fd(fd, e->offset, name, find_one, &f, &en,
					e2, sizeof e2);
			close(fd);
		}
		if (f.ok)
			n++;
	}
	return n;
}

/* ---- CLI texts --------------------------------------------------------------- */

void truststore_cli_text(int code, int errnum, const char *msg,
			 char *out, size_t outlen)
{
	switch (code) {
	case TS_E_OPEN:
		fmt_err(out, outlen, "[Errno %d] %s", errnum, py_strerror(errnum));
		break;
	case TS_E_NO_CERT:
		fmt_err(out, outlen, "[X509: NO_CERTIFICATE_OR_CRL_FOUND] no "
			"certificate or crl found (_ssl.c:4154)");
		break;
	case TS_E_PEM:
	case TS_E_DER:
		fmt_err(out, outlen, "[X509] PEM lib (_ssl.c:4154)");
		break;
	case TS_E_LIMIT:
		/* OpenSSL has no such limit: say it is ours */
		fmt_err(out, outlen, "CA certificates beyond a limit of this "
			"tool: %s", msg ? msg : "too many");
		break;
	default:
		fmt_err(out, outlen, "%s", msg ? msg : "CA certificates unusable");
		break;
	}
}
