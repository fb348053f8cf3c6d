/*
 * tls.c - TLS 1.2 client (BearSSL) over a connected net_conn.
 *
 * Our X.509 engine wraps BearSSL's: in verify mode it streams each
 * certificate through a small DER walker (issuer and subject DN, validity,
 * and for the end-entity certificate its subjectAltName DNS/IP entries and
 * subject CNs), fills the anchor slots that x509_minimal reads with the
 * truststore's anchors for the issuer DN of the certificate under way, and
 * after a trusted chain matches the host the urllib3 way.  With verify off
 * it only decodes the end-entity key (any chain is accepted).
 *
 * Mapping of failures to the CLI's texts ("[SSL: X] reason (_ssl.c:1006)"):
 *   X.509 EXPIRED        -> "certificate has expired" or "certificate is
 *                           not yet valid" (the walker's validity check)
 *   X.509 NOT_TRUSTED    -> "self-signed certificate" (lone self-issued
 *                           certificate), "self-signed certificate in
 *                           certificate chain" (chain ends in a self-issued
 *                           certificate), else "unable to get local
 *                           issuer certificate"
 *   X.509 DN_MISMATCH    -> "unable to get local issuer certificate"
 *   X.509 BAD_SIGNATURE  -> "certificate signature failure"
 *   X.509 NOT_CA         -> "invalid CA certificate"
 *   X.509 FORBIDDEN_KEY_USAGE -> "unsupported certificate purpose"
 *   X.509 CRITICAL_EXTENSION  -> "unhandled critical extension"
 *   X.509 WEAK_PUBLIC_KEY     -> "EE certificate key too weak"
 *   other X.509 errors   -> "certificate verify failed: unsupported
 *                           certificate (BearSSL X.509 error N)"
 *   host mismatch        -> urllib3's CertificateError text
 *   alert N received     -> OpenSSL's alert reason, e.g.
 *                           SSLV3_ALERT_HANDSHAKE_FAILURE; handshake_failure
 *                           in a pre-TLS-1.2 record (an old server) as
 *                           TLSV1_ALERT_PROTOCOL_VERSION, what the CLI gets
 *   UNSUPPORTED_VERSION  -> "[SSL: UNSUPPORTED_PROTOCOL] unsupported protocol"
 *                           (or WRONG_VERSION_NUMBER before any record)
 *   BAD_VERSION, UNKNOWN_TYPE, BAD_LENGTH before any record
 *                        -> "[SSL: WRONG_VERSION_NUMBER] wrong version number"
 *   socket EOF in handshake -> "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF
 *                           occurred in violation of protocol"
 *   BAD_MAC              -> "[SSL: DECRYPTION_FAILED_OR_BAD_RECORD_MAC] ..."
 *   others               -> "[SSL] TLS protocol error (BearSSL error N)"
 */
#include "tls.h"
#include "x25519.h"

#include <arpa/inet.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "rsa.h"
#include "sha256.h"

#define VERIFY_PREFIX "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "

/* ---- messages ---------------------------------------------------------- */

static void fmt(char *out, size_t cap, const char *f, ...)
{
	va_list ap;

	if (!out || cap == 0)
		return;
	va_start(ap, f);
	vsnprintf(out, cap, f, ap);
	va_end(ap);
}

/* Bounded string builder. */
typedef struct {
	char *p;
	size_t cap, len;
} sbuf;

static void sb_add(sbuf *b, const char *s, size_t n)
{
	while (n-- && b->len + 1 < b->cap)
		b->p[b->len++] = *s++;
	b->p[b->len] = '\0';
}

static void sb_str(sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

/* Python's repr() of a str holding these bytes (UTF-8 passes as is). */
static void sb_repr(sbuf *b, const unsigned char *s, size_t n)
{
	char q = '\'', tmp[5];
	size_t i;

	if (memchr(s, '\'', n) && !memchr(s, '"', n))
		q = '"';
	sb_add(b, &q, 1);
	for (i = 0; i < n; i++) {
		unsigned c = s[i];

		if (c == '\\' || c == (unsigned)q) {
			tmp[0] = '\\';
			tmp[1] = (char)c;
			sb_add(b, tmp, 2);
		} else if (c == '\n') {
			sb_str(b, "\\n");
		} else if (c == '\r') {
			sb_str(b, "\\r");
		} else if (c == '\t') {
			sb_str(b, "\\t");
		} else if (c < 0x20 || c == 0x7F) {
			snprintf(tmp, sizeof tmp, "\\x%02x", c);
			sb_str(b, tmp);
		} else {
			tmp[0] = (char)c;
			sb_add(b, tmp, 1);
		}
	}
	sb_add(b, &q, 1);
}

static int fail(tls_conn *t, int code, const char *f, ...)
{
	va_list ap;

	t->last = code;
	va_start(ap, f);
	vsnprintf(t->err, sizeof t->err, f, ap);
	va_end(ap);
	return code;
}

/* ---- names in the end-entity certificate ------------------------------- */

#define NAME_DNS 'D'
#define NAME_IP 'I'
#define NAME_CN 'C'

/* The text Python shows for an iPAddress entry. */
static void ip_text(const unsigned char *ip, size_t len, char *out,
		    size_t cap)
{
	if (len == 4)
		snprintf(out, cap, "%u.%u.%u.%u", ip[0], ip[1], ip[2], ip[3]);
	else if (len == 16)
		snprintf(out, cap, "%X:%X:%X:%X:%X:%X:%X:%X",
			 ip[0] << 8 | ip[1], ip[2] << 8 | ip[3],
			 ip[4] << 8 | ip[5], ip[6] << 8 | ip[7],
			 ip[8] << 8 | ip[9], ip[10] << 8 | ip[11],
			 ip[12] << 8 | ip[13], ip[14] << 8 | ip[15]);
	else
		snprintf(out, cap, "<invalid>");
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int eq_nocase(const char *a, const char *b, size_t n)
{
	while (n--)
		if (lower((unsigned char)*a++) != lower((unsigned char)*b++))
			return 0;
	return 1;
}

/*
 * urllib3's _dnsname_match(dn, host): 1 match, 0 not, -1 more than one
 * wildcard in the leftmost label (a CertificateError).
 */
static int dns_match(const char *dn, size_t dl, const char *host)
{
	size_t hl = strlen(host), ll, hll, i, stars = 0, pre;
	const char *dot = memchr(dn, '.', dl), *hdot;

	if (dl == 0)
		return 0;
	ll = dot ? (size_t)(dot - dn) : dl;          /* leftmost label */
	for (i = 0; i < ll; i++)
		stars += dn[i] == '*';
	if (stars > 1)
		return -1;
	if (stars == 0)
		return dl == hl && eq_nocase(dn, host, dl);
	hdot = strchr(host, '.');
	hll = hdot ? (size_t)(hdot - host) : hl;
	/* the remaining labels: literal, case-insensitive */
	if (dl - ll != hl - hll || !eq_nocase(dn + ll, host + hll, dl - ll))
		return 0;
	if (ll == 1)                                 /* "*": one label */
		return hll > 0;
	if ((ll >= 4 && memcmp(dn, "xn--", 4) == 0)
	    || (hl >= 4 && memcmp(host, "xn--", 4) == 0))
		return ll == hll && eq_nocase(dn, host, ll); /* '*' literal */
	for (pre = 0; dn[pre] != '*'; pre++)
		;
	if (hll < ll - 1)
		return 0;
	return eq_nocase(dn, host, pre)
		&& eq_nocase(dn + pre + 1, host + hll - (ll - pre - 1),
			     ll - pre - 1);
}

/* Walk the names: calls back for each entry of type; stops on nonzero. */
typedef int (*name_fn)(tls_conn *t, const unsigned char *v, size_t n,
		       void *ctx);

static int each_name(tls_conn *t, int type, name_fn fn, void *ctx)
{
	size_t i = 0, n;
	int r;

	while (i + 3 <= t->names_len) {
		n = (size_t)t->names[i + 1] << 8 | t->names[i + 2];
		if (t->names[i] == type || (type == 0 && t->names[i] != NAME_CN)) {
			r = fn(t, t->names + i + 3, n, ctx);
			if (r)
				return r;
		}
		i += 3 + n;
	}
	return 0;
}

typedef struct {
	sbuf b;
	int count;
	const unsigned char *bad;   /* name with too many wildcards */
	size_t bad_len;
} host_ctx;

static int match_ip(tls_conn *t, const unsigned char *v, size_t n, void *c)
{
	return n == t->host_ip_len && memcmp(v, t->host_ip, n) == 0;
}

static int match_dns(tls_conn *t, const unsigned char *v, size_t n, void *c)
{
	host_ctx *h = c;
	char name[256];
	int r;

	if (n >= sizeof name)
		return 0;
	memcpy(name, v, n);
	name[n] = '\0';
	if (memchr(name, '\0', n))
		return 0;
	r = dns_match(name, n, t->host);
	if (r < 0) {
		h->bad = v;
		h->bad_len = n;
		return -1;
	}
	return r;
}

/* Append one name to the message list ("'a', 'b'"). */
static int list_name(tls_conn *t, const unsigned char *v, size_t n, void *c)
{
	host_ctx *h = c;
	const unsigned char *type = v - 3;
	char ip[48];

	if (h->count++)
		sb_str(&h->b, ", ");
	if (*type == NAME_IP) {
		ip_text(v, n, ip, sizeof ip);
		sb_repr(&h->b, (const unsigned char *)ip, strlen(ip));
	} else {
		sb_repr(&h->b, v, n);
	}
	return 0;
}

static int count_name(tls_conn *t, const unsigned char *v, size_t n, void *c)
{
	(*(int *)c)++;
	return 0;
}

/* urllib3's match_hostname(); 0 or the failure code with t->err set. */
static int check_host(tls_conn *t)
{
	host_ctx h;
	char list[TLS_ERR_LEN];
	int code = t->host_is_ip ? TLS_E_IP_MISMATCH : TLS_E_HOSTNAME;
	int r, sans = 0;
	sbuf m;

	memset(&h, 0, sizeof h);
	if (t->host_is_ip) {
		if (each_name(t, NAME_IP, match_ip, &h) > 0)
			return 0;
	} else {
		r = each_name(t, NAME_DNS, match_dns, &h);
		if (r > 0)
			return 0;
		if (r < 0)
			goto wildcards;
	}
	each_name(t, 0, count_name, &sans);
	if (!t->host_is_ip && sans == 0) {
		r = each_name(t, NAME_CN, match_dns, &h);
		if (r > 0)
			return 0;
		if (r < 0)
			goto wildcards;
	}
	h.b.p = list;
	h.b.cap = sizeof list;
	list[0] = '\0';
	each_name(t, 0, list_name, &h);
	if (h.count == 0 && !t->host_is_ip)
		each_name(t, NAME_CN, list_name, &h);
	m.p = t->err;
	m.cap = sizeof t->err;
	m.len = 0;
	t->err[0] = '\0';
	if (h.count == 0) {
		sb_str(&m, "no appropriate subjectAltName fields were found");
	} else {
		sb_str(&m, "hostname ");
		sb_repr(&m, (const unsigned char *)t->host, strlen(t->host));
		sb_str(&m, h.count > 1 ? " doesn't match either of "
		       : " doesn't match ");
		sb_str(&m, list);
	}
	t->last = code;
	return code;
wildcards:
	m.p = t->err;
	m.cap = sizeof t->err;
	m.len = 0;
	sb_str(&m, "too many wildcards in certificate DNS name: ");
	sb_repr(&m, h.bad, h.bad_len);
	t->last = TLS_E_HOSTNAME;
	return TLS_E_HOSTNAME;
}

/* ---- streaming certificate walker ----------------------------------------- */

enum {
	K_TOP, K_CERT, K_TBS, K_VALIDITY, K_SUBJECT, K_RDNSET, K_ATV, K_EXTS,
	K_EXTLIST, K_EXT, K_SANOCT, K_GENNAMES, K_OTHER
};
enum { V_NONE, V_SKIP, V_NB, V_NA, V_OID, V_NAME };

static const unsigned char OID_CN[] = { 0x55, 0x04, 0x03 };
static const unsigned char OID_SAN[] = { 0x55, 0x1D, 0x11 };

/* "YYYYMMDDHHMMSS" from a UTCTime or GeneralizedTime, or 0. */
static int der_time(const unsigned char *v, size_t n, unsigned tag,
		    char out[15])
{
	size_t i;

	if (tag == 0x17 && n == 13 && v[12] == 'Z') {
		out[0] = v[0] < '5' ? '2' : '1';
		out[1] = v[0] < '5' ? '0' : '9';
		memcpy(out + 2, v, 12);
	} else if (tag == 0x18 && n == 15 && v[14] == 'Z') {
		memcpy(out, v, 14);
	} else {
		return 0;
	}
	for (i = 0; i < 14; i++)
		if (out[i] < '0' || out[i] > '9')
			return 0;
	out[14] = '\0';
	return 1;
}

static void walk_start(tls_conn *t)
{
	tls_walk *w = &t->w;

	memset(w, 0, sizeof *w);
	w->subject_same = 1;
	t->issuer_len = 0;
	t->issuer_long = 0;
}

/* Fill the anchor slots for the issuer DN just read. */
static void issuer_done(tls_conn *t)
{
	size_t i, n = 0;

	if (t->verify && !t->issuer_long && t->anchors)
		n = truststore_find(t->anchors, t->issuer, t->issuer_len,
				    t->ta, TLS_TA_SLOTS, t->ta_arena,
				    sizeof t->ta_arena);
	for (i = n; i < TLS_TA_SLOTS; i++)
		memset(&t->ta[i], 0, sizeof t->ta[i]);
}

static void issuer_byte(tls_conn *t, unsigned c)
{
	if (t->issuer_len < sizeof t->issuer)
		t->issuer[t->issuer_len++] = (unsigned char)c;
	else
		t->issuer_long = 1;
}

static void subject_byte(tls_conn *t, size_t pos, unsigned c)
{
	if (pos >= t->issuer_len || t->issuer[pos] != c)
		t->w.subject_same = 0;
}

/* Start capturing a name value of n bytes; 0 when it does not fit. */
static int name_begin(tls_conn *t, int type, size_t n)
{
	if (t->names_len + 3 + n > sizeof t->names || n > 0xFFFF) {
		t->names_full = 1;
		return 0;
	}
	t->names[t->names_len] = (unsigned char)type;
	t->names[t->names_len + 1] = (unsigned char)(n >> 8);
	t->names[t->names_len + 2] = (unsigned char)n;
	t->names_len += 3;
	return 1;
}

static void value_done(tls_conn *t)
{
	tls_walk *w = &t->w;
	int pk = w->depth ? w->stack[w->depth - 1].kind : K_TOP;
	char tm[15];

	switch (w->val_kind) {
	case V_NB:
		if (der_time(w->val, w->val_len, w->tag, tm)
		    && strcmp(t->now, tm) < 0 && !t->time_err)
			t->time_err = TLS_E_NOT_YET_VALID;
		break;
	case V_NA:
		if (der_time(w->val, w->val_len, w->tag, tm)
		    && strcmp(t->now, tm) > 0 && !t->time_err)
			t->time_err = TLS_E_EXPIRED;
		break;
	case V_OID:
		if (pk == K_ATV)
			w->oid_cn = w->val_len == 3
				&& !memcmp(w->val, OID_CN, 3);
		else
			w->oid_san = w->val_len == 3
				&& !memcmp(w->val, OID_SAN, 3);
		break;
	}
	w->val_kind = V_NONE;
}

/* Close every element that ends at the current offset. */
static void pop_ended(tls_walk *w)
{
	while (w->depth > 0 && w->stack[w->depth - 1].end == w->off)
		w->depth--;
}

static void enter(tls_walk *w, int kind)
{
	if (w->depth >= TLS_DER_DEPTH) {
		w->bad = 1;
		return;
	}
	w->stack[w->depth].end = w->off + w->len;
	w->stack[w->depth].kind = kind;
	w->stack[w->depth].seqs = 0;
	w->stack[w->depth].kids = 0;
	w->depth++;
}

/* A header is complete (w->tag, w->len; value starts at w->off). */
static void header_done(tls_conn *t)
{
	tls_walk *w = &t->w;
	int pk = w->depth ? w->stack[w->depth - 1].kind : K_TOP;
	unsigned kid = 0, seq = 0;
	int ee = t->ncerts == 1, val = V_SKIP, kind = -1;
	size_t i;

	if (w->depth) {
		if (w->len > w->stack[w->depth - 1].end - w->off) {
			w->bad = 1;
			return;
		}
		kid = w->stack[w->depth - 1].kids++;
		if (w->tag == 0x30)
			seq = w->stack[w->depth - 1].seqs++;
	}
	switch (pk) {
	case K_TOP:
		if (w->tag == 0x30)
			kind = K_CERT;
		break;
	case K_CERT:
		if (kid == 0 && w->tag == 0x30)
			kind = K_TBS;
		break;
	case K_TBS:
		if (w->tag == 0x30 && seq == 1) {
			/* issuer: keep it whole, header too */
			for (i = 0; i < w->hdr_len; i++)
				issuer_byte(t, w->hdr[i]);
			w->issuer_end = w->off + w->len;
			if (w->len == 0)
				issuer_done(t);
		} else if (w->tag == 0x30 && seq == 2) {
			kind = K_VALIDITY;
		} else if (w->tag == 0x30 && seq == 3) {
			for (i = 0; i < w->hdr_len; i++)
				subject_byte(t, i, w->hdr[i]);
			w->subject_base = w->off - w->hdr_len;
			w->subject_end = w->off + w->len;
			if (ee)
				kind = K_SUBJECT;
		} else if (w->tag == 0xA3 && ee) {
			kind = K_EXTS;
		}
		break;
	case K_VALIDITY:
		if (kid < 2 && (w->tag == 0x17 || w->tag == 0x18))
			val = kid == 0 ? V_NB : V_NA;
		break;
	case K_SUBJECT:
		if (w->tag == 0x31)
			kind = K_RDNSET;
		break;
	case K_RDNSET:
		if (w->tag == 0x30) {
			kind = K_ATV;
			w->oid_cn = 0;
		}
		break;
	case K_ATV:
		if (kid == 0 && w->tag == 0x06)
			val = V_OID;
		else if (kid == 1 && w->oid_cn && name_begin(t, NAME_CN, w->len))
			val = V_NAME;
		break;
	case K_EXTS:
		if (w->tag == 0x30)
			kind = K_EXTLIST;
		break;
	case K_EXTLIST:
		if (w->tag == 0x30) {
			kind = K_EXT;
			w->oid_san = 0;
		}
		break;
	case K_EXT:
		if (kid == 0 && w->tag == 0x06)
			val = V_OID;
		else if (w->tag == 0x04 && w->oid_san)
			kind = K_SANOCT;
		break;
	case K_SANOCT:
		if (w->tag == 0x30)
			kind = K_GENNAMES;
		break;
	case K_GENNAMES:
		if ((w->tag == 0x82 || w->tag == 0x87)
		    && name_begin(t, w->tag == 0x82 ? NAME_DNS : NAME_IP,
				  w->len))
			val = V_NAME;
		break;
	}
	if (kind >= 0) {
		enter(w, kind);
		pop_ended(w);
		return;
	}
	w->val_kind = val;
	w->val_end = w->off + w->len;
	w->val_len = 0;
	if (w->len == 0) {
		value_done(t);
		pop_ended(w);
	}
}

/* Feed certificate bytes to the walker. */
static void walk(tls_conn *t, const unsigned char *buf, size_t n)
{
	tls_walk *w = &t->w;
	size_t i;

	for (i = 0; i < n && !w->bad; i++) {
		unsigned c = buf[i];

		if (w->off < w->issuer_end) {
			issuer_byte(t, c);
			if (w->off + 1 == w->issuer_end)
				issuer_done(t);
		}
		if (w->off < w->subject_end)
			subject_byte(t, w->off - w->subject_base, c);
		if (w->val_kind != V_NONE) {
			if (w->val_kind == V_NAME)
				t->names[t->names_len++] = (unsigned char)c;
			else if (w->val_kind != V_SKIP
				 && w->val_len < sizeof w->val)
				w->val[w->val_len++] = (unsigned char)c;
			w->off++;
			if (w->off == w->val_end) {
				value_done(t);
				pop_ended(w);
			}
			continue;
		}
		w->off++;
		switch (w->hstate) {
		case 0:
			w->tag = c;
			w->hdr[0] = (unsigned char)c;
			w->hdr_len = 1;
			w->hstate = 1;
			if ((c & 0x1F) == 0x1F)
				w->bad = 1;
			break;
		case 1:
			w->hdr[w->hdr_len++] = (unsigned char)c;
			if (c < 0x80) {
				w->len = c;
				w->hstate = 0;
				header_done(t);
			} else {
				w->lenbytes = c & 0x7F;
				w->len = 0;
				w->hstate = 2;
				if (w->lenbytes == 0 || w->lenbytes > 3)
					w->bad = 1;
			}
			break;
		case 2:
			w->hdr[w->hdr_len++] = (unsigned char)c;
			w->len = (w->len << 8) | c;
			if (--w->lenbytes == 0) {
				w->hstate = 0;
				header_done(t);
			}
			break;
		}
	}
}

/* ---- our X.509 engine --------------------------------------------------------- */

static tls_conn *of_x509(const br_x509_class **ctx)
{
	return (tls_conn *)((char *)ctx - offsetof(tls_conn, xvt));
}

static void xw_start_chain(const br_x509_class **ctx, const char *server_name)
{
	tls_conn *t = of_x509(ctx);
	struct tm tm;
	time_t now = time(NULL);

	t->ncerts = 0;
	t->self_issued = 0;
	t->time_err = 0;
	t->names_len = 0;
	t->names_full = 0;
	t->name_err = 0;
	gmtime_r(&now, &tm);
	if (strftime(t->now, sizeof t->now, "%Y%m%d%H%M%S", &tm) != 14)
		strcpy(t->now, "00000000000000");
	if (t->verify) {
		memset(t->ta, 0, sizeof t->ta);
		t->x.minimal.vtable->start_chain(&t->x.minimal.vtable, NULL);
	} else {
		br_x509_decoder_init(&t->x.decoder, NULL, NULL);
	}
}

static void xw_start_cert(const br_x509_class **ctx, uint32_t length)
{
	tls_conn *t = of_x509(ctx);

	t->ncerts++;
	walk_start(t);
	if (t->verify)
		t->x.minimal.vtable->start_cert(&t->x.minimal.vtable, length);
}

static void xw_append(const br_x509_class **ctx, const unsigned char *buf,
		      size_t len)
{
	tls_conn *t = of_x509(ctx);

	if (t->verify) {
		walk(t, buf, len);
		t->x.minimal.vtable->append(&t->x.minimal.vtable, buf, len);
	} else if (t->ncerts == 1 && !t->x.decoder.err &&
		   !t->x.decoder.decoded) {  /* BearSSL's decoder must not run
					      * again once it stopped */
		br_x509_decoder_push(&t->x.decoder, buf, len);
	}
}

static void xw_end_cert(const br_x509_class **ctx)
{
	tls_conn *t = of_x509(ctx);

	if (t->verify) {
		t->self_issued = !t->w.bad && !t->issuer_long
			&& t->w.subject_same && t->w.subject_end > 0
			&& t->w.off >= t->w.subject_end;
		t->x.minimal.vtable->end_cert(&t->x.minimal.vtable);
	}
}

static unsigned xw_end_chain(const br_x509_class **ctx)
{
	tls_conn *t = of_x509(ctx);
	unsigned r;

	if (!t->verify) {
		if (t->ncerts == 0)
			return BR_ERR_X509_EMPTY_CHAIN;
		if (!br_x509_decoder_get_pkey(&t->x.decoder)) {
			r = (unsigned)br_x509_decoder_last_error(&t->x.decoder);
			return r ? r : BR_ERR_X509_TRUNCATED;
		}
		return 0;
	}
	r = t->x.minimal.vtable->end_chain(&t->x.minimal.vtable);
	if (r == 0 && check_host(t) != 0) {
		t->name_err = t->last;
		return BR_ERR_X509_BAD_SERVER_NAME;
	}
	return r;
}

static const br_x509_pkey *xw_get_pkey(const br_x509_class *const *ctx,
				       unsigned *usages)
{
	tls_conn *t = of_x509((const br_x509_class **)ctx);

	if (t->verify)
		return t->x.minimal.vtable->get_pkey(&t->x.minimal.vtable,
						     usages);
	if (usages)
		*usages = BR_KEYTYPE_KEYX | BR_KEYTYPE_SIGN;
	return br_x509_decoder_get_pkey(&t->x.decoder);
}

static const br_x509_class xw_vtable = {
	sizeof(tls_conn),
	xw_start_chain,
	xw_start_cert,
	xw_append,
	xw_end_cert,
	xw_end_chain,
	xw_get_pkey
};

/* ---- error mapping ------------------------------------------------------------- */

static const struct {
	unsigned char alert;
	const char *name;
	const char *text;
} alerts[] = {
	{ 10, "SSLV3_ALERT_UNEXPECTED_MESSAGE", "sslv3 alert unexpected message" },
	{ 20, "SSLV3_ALERT_BAD_RECORD_MAC", "sslv3 alert bad record mac" },
	{ 21, "TLSV1_ALERT_DECRYPTION_FAILED", "tlsv1 alert decryption failed" },
	{ 22, "TLSV1_ALERT_RECORD_OVERFLOW", "tlsv1 alert record overflow" },
	{ 30, "SSLV3_ALERT_DECOMPRESSION_FAILURE", "sslv3 alert decompression failure" },
	{ 40, "SSLV3_ALERT_HANDSHAKE_FAILURE", "sslv3 alert handshake failure" },
	{ 42, "SSLV3_ALERT_BAD_CERTIFICATE", "sslv3 alert bad certificate" },
	{ 43, "SSLV3_ALERT_UNSUPPORTED_CERTIFICATE", "sslv3 alert unsupported certificate" },
	{ 44, "SSLV3_ALERT_CERTIFICATE_REVOKED", "sslv3 alert certificate revoked" },
	{ 45, "SSLV3_ALERT_CERTIFICATE_EXPIRED", "sslv3 alert certificate expired" },
	{ 46, "SSLV3_ALERT_CERTIFICATE_UNKNOWN", "sslv3 alert certificate unknown" },
	{ 47, "SSLV3_ALERT_ILLEGAL_PARAMETER", "sslv3 alert illegal parameter" },
	{ 48, "TLSV1_ALERT_UNKNOWN_CA", "tlsv1 alert unknown ca" },
	{ 49, "TLSV1_ALERT_ACCESS_DENIED", "tlsv1 alert access denied" },
	{ 50, "TLSV1_ALERT_DECODE_ERROR", "tlsv1 alert decode error" },
	{ 51, "TLSV1_ALERT_DECRYPT_ERROR", "tlsv1 alert decrypt error" },
	{ 60, "TLSV1_ALERT_EXPORT_RESTRICTION", "tlsv1 alert export restriction" },
	{ 70, "TLSV1_ALERT_PROTOCOL_VERSION", "tlsv1 alert protocol version" },
	{ 71, "TLSV1_ALERT_INSUFFICIENT_SECURITY", "tlsv1 alert insufficient security" },
	{ 80, "TLSV1_ALERT_INTERNAL_ERROR", "tlsv1 alert internal error" },
	{ 86, "TLSV1_ALERT_INAPPROPRIATE_FALLBACK", "tlsv1 alert inappropriate fallback" },
	{ 90, "TLSV1_ALERT_USER_CANCELLED", "tlsv1 alert user cancelled" },
	{ 100, "TLSV1_ALERT_NO_RENEGOTIATION", "tlsv1 alert no renegotiation" },
	{ 109, "TLSV13_ALERT_MISSING_EXTENSION", "tlsv13 alert missing extension" },
	{ 110, "TLSV1_UNSUPPORTED_EXTENSION", "tlsv1 unsupported extension" },
	{ 112, "TLSV1_UNRECOGNIZED_NAME", "tlsv1 unrecognized name" },
	{ 116, "TLSV13_ALERT_CERTIFICATE_REQUIRED", "tlsv13 alert certificate required" },
	{ 120, "TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "tlsv1 alert no application protocol" },
};

static int verify_fail(tls_conn *t, int code, const char *reason)
{
	return fail(t, code, VERIFY_PREFIX "%s" TLS_PY_SSL_SUFFIX, reason);
}

/* Turn the engine's last error into our code and the CLI's text. */
static int engine_fail(tls_conn *t)
{
	int e = br_ssl_engine_last_error(&t->cc.eng);
	size_t i;

	fmt(t->detail, sizeof t->detail, "BearSSL error %d", e);
	if (t->name_err)
		return t->last = t->name_err;
	if (e >= BR_ERR_X509_OK && e <= BR_ERR_X509_NOT_TRUSTED + 1) {
		switch (e) {
		case BR_ERR_X509_EXPIRED:
			if (t->time_err == TLS_E_NOT_YET_VALID)
				return verify_fail(t, TLS_E_NOT_YET_VALID,
						   "certificate is not yet valid");
			return verify_fail(t, TLS_E_EXPIRED,
					   "certificate has expired");
		case BR_ERR_X509_NOT_TRUSTED:
			if (t->self_issued && t->ncerts == 1)
				return verify_fail(t, TLS_E_SELF_SIGNED,
						   "self-signed certificate");
			if (t->self_issued)
				return verify_fail(t, TLS_E_UNTRUSTED_ROOT,
					"self-signed certificate in certificate chain");
			return verify_fail(t, TLS_E_UNKNOWN_ISSUER,
					   "unable to get local issuer certificate");
		case BR_ERR_X509_DN_MISMATCH:
			return verify_fail(t, TLS_E_UNKNOWN_ISSUER,
					   "unable to get local issuer certificate");
		case BR_ERR_X509_BAD_SIGNATURE:
			return verify_fail(t, TLS_E_CERT,
					   "certificate signature failure");
		case BR_ERR_X509_NOT_CA:
			return verify_fail(t, TLS_E_CERT, "invalid CA certificate");
		case BR_ERR_X509_FORBIDDEN_KEY_USAGE:
			return verify_fail(t, TLS_E_CERT,
					   "unsupported certificate purpose");
		case BR_ERR_X509_CRITICAL_EXTENSION:
			return verify_fail(t, TLS_E_CERT,
					   "unhandled critical extension");
		case BR_ERR_X509_WEAK_PUBLIC_KEY:
			return verify_fail(t, TLS_E_CERT,
					   "EE certificate key too weak");
		default:
			return fail(t, TLS_E_CERT, VERIFY_PREFIX "unsupported "
				    "certificate (BearSSL X.509 error %d)"
				    TLS_PY_SSL_SUFFIX, e);
		}
	}
	if (e & BR_ERR_RECV_FATAL_ALERT) {
		int a = e & 0xFF;

		/* handshake_failure in a pre-1.2 record: the server knows
		 * only older versions; OpenSSL's ClientHello gets a
		 * protocol_version alert from it instead */
		if (a == 40 && !t->open && t->cc.eng.version_in != 0
		    && t->cc.eng.version_in < BR_TLS12)
			a = 70;

		for (i = 0; i < sizeof alerts / sizeof alerts[0]; i++)
			if (alerts[i].alert == a)
				return fail(t, a == 40 ? TLS_E_HANDSHAKE
					    : a == 70 ? TLS_E_PROTOCOL_VERSION
					    : TLS_E_ALERT, "[SSL: %s] %s"
					    TLS_PY_SSL_SUFFIX, alerts[i].name,
					    alerts[i].text);
		return fail(t, TLS_E_ALERT, "[SSL] tlsv1 alert number %d"
			    TLS_PY_SSL_SUFFIX, a);
	}
	switch (e) {
	case BR_ERR_UNSUPPORTED_VERSION:
		/* no record header accepted yet: not TLS at all */
		if (t->cc.eng.version_in == 0)
			return fail(t, TLS_E_NOT_TLS, "[SSL: WRONG_VERSION_NUMBER]"
				    " wrong version number" TLS_PY_SSL_SUFFIX);
		return fail(t, TLS_E_PROTOCOL_VERSION, "[SSL: UNSUPPORTED_PROTOCOL]"
			    " unsupported protocol" TLS_PY_SSL_SUFFIX);
	case BR_ERR_BAD_VERSION:
	case BR_ERR_UNKNOWN_TYPE:
	case BR_ERR_BAD_LENGTH:
		if (!t->open)
			return fail(t, TLS_E_NOT_TLS, "[SSL: WRONG_VERSION_NUMBER]"
				    " wrong version number" TLS_PY_SSL_SUFFIX);
		break;
	case BR_ERR_BAD_MAC:
		return fail(t, TLS_E_PROTOCOL, "[SSL: DECRYPTION_FAILED_OR_BAD_"
			    "RECORD_MAC] decryption failed or bad record mac"
			    TLS_PY_SSL_SUFFIX);
	case BR_ERR_BAD_CIPHER_SUITE:
		return fail(t, TLS_E_HANDSHAKE, "[SSL: WRONG_CIPHER_RETURNED] "
			    "wrong cipher returned" TLS_PY_SSL_SUFFIX);
	case BR_ERR_BAD_SIGNATURE:
		return fail(t, TLS_E_HANDSHAKE, "[SSL: BAD_SIGNATURE] bad "
			    "signature" TLS_PY_SSL_SUFFIX);
	}
	return fail(t, TLS_E_PROTOCOL, "[SSL] TLS protocol error (BearSSL "
		    "error %d)" TLS_PY_SSL_SUFFIX, e);
}

static int net_fail(tls_conn *t, long r)
{
	if (r == NET_ETIMEOUT)
		return fail(t, TLS_E_TIMEOUT, "%s", t->net->err);
	return fail(t, TLS_E_IO, "%s", t->net->err);
}

/* ---- driving the engine ---------------------------------------------------------- */

#define UNTIL_FLUSHED 0u

/* Send the gathered records: 0, or a negative net code. */
static long send_gathered(tls_conn *t)
{
	long r = 0;

	if (t->glen) {
		r = net_write_all(t->net, t->gbuf, t->glen);
		t->glen = 0;
	}
	return r;
}

/*
 * Give the engine the record bytes it asks for (at most len into buf),
 * from what was read ahead, reading the socket when that is empty: the
 * byte count, 0 at the end of the stream, or a negative net code.
 */
static long read_ahead(tls_conn *t, unsigned char *buf, size_t len)
{
	long r;

	if (t->rpos == t->rlen) {
		r = net_read(t->net, t->rbuf, sizeof t->rbuf);
		if (r <= 0)
			return r;
		t->rpos = 0;
		t->rlen = (size_t)r;
	}
	if (len > t->rlen - t->rpos)
		len = t->rlen - t->rpos;
	memcpy(buf, t->rbuf + t->rpos, len);
	t->rpos += len;
	return (long)len;
}

/*
 * Run the engine until one of the target states (or, with
 * UNTIL_FLUSHED, until no record waits to be sent).  Returns 0, 1 at the
 * end of the stream (close_notify or socket EOF after the handshake), or
 * a negative tls_status.
 */
static int run_until(tls_conn *t, unsigned target)
{
	br_ssl_engine_context *eng = &t->cc.eng;
	unsigned char *buf;
	size_t len;
	unsigned st;
	long r;

	for (;;) {
		st = br_ssl_engine_current_state(eng);
		if (st & BR_SSL_CLOSED) {
			if (br_ssl_engine_last_error(eng) != BR_ERR_OK)
				return engine_fail(t);
			if (t->open)
				return 1;
			/* close_notify during the handshake (OpenSSL's
			 * SSL_ERROR_ZERO_RETURN) */
			return fail(t, TLS_E_EOF, "TLS/SSL connection has been "
				    "closed (EOF)" TLS_PY_SSL_SUFFIX);
		}
		if (st & BR_SSL_SENDREC) {
			/* small records wait in gbuf for the next ones (the
			 * client's second flight leaves in one segment) */
			buf = br_ssl_engine_sendrec_buf(eng, &len);
			if (len <= sizeof t->gbuf - t->glen) {
				memcpy(t->gbuf + t->glen, buf, len);
				t->glen += len;
			} else {
				r = send_gathered(t);
				if (r >= 0)
					r = net_write_all(t->net, buf, len);
				if (r < 0)
					return net_fail(t, r);
			}
			br_ssl_engine_sendrec_ack(eng, len);
			continue;
		}
		/* nothing more to send now: what was gathered leaves */
		r = send_gathered(t);
		if (r < 0)
			return net_fail(t, r);
		if (target == UNTIL_FLUSHED || (st & target))
			return 0;
		if ((st & BR_SSL_RECVAPP) && target == BR_SSL_SENDAPP)
			return fail(t, TLS_E_PROTOCOL, "[SSL] data received "
				    "before the request was sent"
				    TLS_PY_SSL_SUFFIX);
		if (st & BR_SSL_RECVREC) {
			if (t->eof)
				return 1;
			buf = br_ssl_engine_recvrec_buf(eng, &len);
			r = read_ahead(t, buf, len);
			if (r < 0)
				return net_fail(t, r);
			if (r == 0) {
				if (!t->open)
					return fail(t, TLS_E_EOF, "[SSL: "
						    "UNEXPECTED_EOF_WHILE_READING]"
						    " EOF occurred in violation "
						    "of protocol"
						    TLS_PY_SSL_SUFFIX);
				t->eof = 1;
				return 1;
			}
			br_ssl_engine_recvrec_ack(eng, (size_t)r);
			continue;
		}
		if (!(st & (BR_SSL_SENDAPP | BR_SSL_RECVAPP))) {
			/*
			 * Nothing to send, receive or give: a close_notify
			 * read from a record not yet complete, whose answer
			 * cannot be sent while that record holds the
			 * half-duplex buffer.  The peer ended the stream
			 * inside a record, as OpenSSL would see it.
			 */
			if (t->open)
				return 1;
			return fail(t, TLS_E_EOF, "[SSL: UNEXPECTED_EOF_WHILE_"
				    "READING] EOF occurred in violation of "
				    "protocol" TLS_PY_SSL_SUFFIX);
		}
		br_ssl_engine_flush(eng, 0);
	}
}

/* ---- setup ----------------------------------------------------------------------- */

static const uint16_t suites[] = {
	BR_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
	BR_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
	BR_TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
	BR_TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
	BR_TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
	BR_TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
};

/* Elliptic curves: BearSSL's 31-bit code, with 64-bit X25519 where the
 * compiler allows it (x25519.h). */
#ifdef X25519_FAST
#define EC_IMPL (&x25519_ec_all)
#else
#define EC_IMPL (&br_ec_all_m31)
#endif

/*
 * On x86-64, one CPUID tells which AES-GCM code suits the CPU: BearSSL's
 * br_ssl_engine_set_default_aes_gcm() and its RNG seeder ask three times,
 * two CPUIDs each, and a virtual machine may trap every CPUID for
 * microseconds (5 to 7 us each on the benchmark's machine).
 */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>

#define CPU_AESNI  0x02080000u  /* CPUID.1:ECX AES and SSE4.1, as BearSSL */
#define CPU_PCLMUL 0x00000002u  /* CPUID.1:ECX PCLMULQDQ */

static void set_aes_gcm(br_ssl_engine_context *eng)
{
	unsigned eax, ebx, ecx, edx;

	__cpuid(1, eax, ebx, ecx, edx);   /* leaf 1 exists on every x86-64 */
	br_ssl_engine_set_gcm(eng, &br_sslrec_in_gcm_vtable,
			      &br_sslrec_out_gcm_vtable);
	br_ssl_engine_set_aes_ctr(eng, (ecx & CPU_AESNI) == CPU_AESNI
				  ? &br_aes_x86ni_ctr_vtable
				  : &br_aes_ct64_ctr_vtable);
	br_ssl_engine_set_ghash(eng, (ecx & CPU_PCLMUL) ? &br_ghash_pclmul
				: &br_ghash_ctmul64);
}
#else
static void set_aes_gcm(br_ssl_engine_context *eng)
{
	br_ssl_engine_set_default_aes_gcm(eng);
}
#endif

/*
 * Seed the engine's RNG from getrandom(), as BearSSL's own seeder would
 * from RDRAND or /dev/urandom (without asking CPUID first).  When that
 * fails (or would block: early boot), BearSSL seeds itself as usual.
 * rng_os_rand_done is the engine's own mark that the system seeder ran
 * (bearssl_ssl.h, BearSSL 0.6).
 */
static void seed_rng(br_ssl_engine_context *eng)
{
	unsigned char seed[32];

	if (getrandom(seed, sizeof seed, GRND_NONBLOCK)
	    == (ssize_t)sizeof seed) {
		br_ssl_engine_inject_entropy(eng, seed, sizeof seed);
		eng->rng_os_rand_done = 1;
	}
	secure_wipe(seed, sizeof seed);
}

/* The minimal client profile, fastest implementations for this CPU. */
static void profile(tls_conn *t)
{
	br_ssl_engine_context *eng = &t->cc.eng;
	br_chacha20_run cc;
	br_poly1305_run pc;

	br_ssl_client_zero(&t->cc);
	br_ssl_engine_set_versions(eng, BR_TLS12, BR_TLS12);
	br_ssl_engine_set_suites(eng, suites, sizeof suites / sizeof suites[0]);
	br_ssl_engine_set_ec(eng, EC_IMPL);
	br_ssl_engine_set_ecdsa(eng, &br_ecdsa_i31_vrfy_asn1);
	br_ssl_engine_set_rsavrfy(eng, &rsa_pkcs1_vrfy);   /* fast for small e */
	br_ssl_engine_set_hash(eng, br_sha256_ID, &br_sha256_vtable);
	br_ssl_engine_set_hash(eng, br_sha384_ID, &br_sha384_vtable);
	br_ssl_engine_set_hash(eng, br_sha512_ID, &br_sha512_vtable);
	br_ssl_engine_set_prf_sha256(eng, &br_tls12_sha256_prf);
	br_ssl_engine_set_prf_sha384(eng, &br_tls12_sha384_prf);
	/* AES-NI/PCLMUL when the CPU has them, else the constant-time code
	 * that suits the target (ct64/ctmul64 on 64-bit, ct/ctmul on 32-bit) */
	set_aes_gcm(eng);
	br_ssl_engine_set_chapol(eng, &br_sslrec_in_chapol_vtable,
				 &br_sslrec_out_chapol_vtable);
	cc = br_chacha20_sse2_get();
	br_ssl_engine_set_chacha20(eng, cc ? cc : &br_chacha20_ct_run);
	pc = br_poly1305_ctmulq_get();
	br_ssl_engine_set_poly1305(eng, pc ? pc : &br_poly1305_ctmul_run);

	if (t->verify) {
		br_x509_minimal_init(&t->x.minimal, &br_sha256_vtable, t->ta,
				     TLS_TA_SLOTS);
		br_x509_minimal_set_rsa(&t->x.minimal, &rsa_pkcs1_vrfy);
		br_x509_minimal_set_ecdsa(&t->x.minimal, EC_IMPL,
					  &br_ecdsa_i31_vrfy_asn1);
		br_x509_minimal_set_hash(&t->x.minimal, br_sha256_ID,
					 &br_sha256_vtable);
		br_x509_minimal_set_hash(&t->x.minimal, br_sha384_ID,
					 &br_sha384_vtable);
		br_x509_minimal_set_hash(&t->x.minimal, br_sha512_ID,
					 &br_sha512_vtable);
	}
	t->xvt = &xw_vtable;
	br_ssl_engine_set_x509(eng, &t->xvt);
	br_ssl_engine_set_buffer(eng, t->iobuf, sizeof t->iobuf, 0);
	seed_rng(eng);
}

/* Anchors for o: the caller's, or loaded (and kept) in t->store. */
static int get_anchors(tls_conn *t, const tls_options *o)
{
	char msg[TLS_ERR_LEN];
	int r;

	if (o->anchors) {
		t->anchors = o->anchors;
		return TLS_OK;
	}
	if (o->ca_bundle && t->store_state == 2
	    && strcmp(t->store.path, o->ca_bundle) == 0) {
		t->anchors = &t->store;
		return TLS_OK;
	}
	if (!o->ca_bundle && t->store_state == 1) {
		t->anchors = &t->store;
		return TLS_OK;
	}
	t->store_state = 0;
	truststore_init(&t->store);
	/* Python loads keys BearSSL cannot use (Ed25519, RSA > 4096):
	 * they are skipped, not an error */
	if (o->ca_bundle)
		r = truststore_load_file(&t->store, o->ca_bundle,
					 TS_SKIP_UNSUPPORTED, t->detail,
					 sizeof t->detail);
	else
		r = truststore_load_default(&t->store, t->detail,
					    sizeof t->detail);
	if (r != TS_OK) {
		truststore_cli_text(r, t->store.last_errno, t->detail, msg,
				    sizeof msg);
		return fail(t, TLS_E_CA_BUNDLE, "%s", msg);
	}
	t->store_state = o->ca_bundle ? 2 : 1;
	t->anchors = &t->store;
	return TLS_OK;
}

void tls_init(tls_conn *t)
{
	t->open = 0;
	t->store_state = 0;
	t->anchors = NULL;
}

void tls_options_init(tls_options *o)
{
	o->verify = 1;
	o->host = NULL;
	o->anchors = NULL;
	o->ca_bundle = NULL;
	o->handshake_timeout_ms = TLS_HS_CONNECT_TIMEOUT;
}

int tls_connect(tls_conn *t, net_conn *c, const tls_options *o,
		char *err, size_t errlen)
{
	size_t hl;
	int r, saved;

	t->open = 0;
	t->eof = 0;
	t->rpos = t->rlen = t->glen = 0;
	t->last = 0;
	t->name_err = 0;
	t->time_err = 0;
	t->ncerts = 0;
	t->self_issued = 0;
	t->err[0] = '\0';
	t->detail[0] = '\0';
	t->net = c;
	if (!c || c->fd < 0 || !o || !o->host || !*o->host
	    || (hl = strlen(o->host)) > NET_HOST_MAX) {
		r = fail(t, TLS_E_ARG, "invalid TLS connection arguments");
		goto out;
	}
	memcpy(t->host, o->host, hl + 1);
	t->verify = o->verify != 0;
	t->host_is_ip = 0;
	if (inet_pton(AF_INET, t->host, t->host_ip) == 1) {
		t->host_is_ip = 1;
		t->host_ip_len = 4;
	} else if (inet_pton(AF_INET6, t->host, t->host_ip) == 1) {
		t->host_is_ip = 1;
		t->host_ip_len = 16;
	}
	t->anchors = NULL;
	if (t->verify) {
		r = get_anchors(t, o);
		if (r != TLS_OK)
			goto out;
	}
	profile(t);
	/* no SNI for IP literals, as Python's ssl */
	if (!br_ssl_client_reset(&t->cc, t->host_is_ip ? NULL : t->host, 0)) {
		r = engine_fail(t);
		goto out;
	}
	saved = c->read_timeout_ms;
	if (o->handshake_timeout_ms > 0)
		c->read_timeout_ms = o->handshake_timeout_ms;
	else if (o->handshake_timeout_ms == TLS_HS_CONNECT_TIMEOUT)
		c->read_timeout_ms = c->connect_timeout_ms;
	r = run_until(t, BR_SSL_SENDAPP | BR_SSL_RECVAPP);
	c->read_timeout_ms = saved;
	if (r == 1)
		r = fail(t, TLS_E_EOF, "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF "
			 "occurred in violation of protocol" TLS_PY_SSL_SUFFIX);
	if (r == 0)
		t->open = 1;
out:
	if (r != TLS_OK && err)
		fmt(err, errlen, "%s", t->err);
	return r;
}

long tls_read(tls_conn *t, void *buf, size_t n)
{
	unsigned char *p;
	size_t len;
	int r;

	if (!t->open || n == 0)
		return t->eof ? 0 : fail(t, TLS_E_ARG, "TLS connection not open");
	r = run_until(t, BR_SSL_RECVAPP);
	if (r == 1)
		return 0;
	if (r < 0)
		return r;
	p = br_ssl_engine_recvapp_buf(&t->cc.eng, &len);
	if (len > n)
		len = n;
	memcpy(buf, p, len);
	br_ssl_engine_recvapp_ack(&t->cc.eng, len);
	return (long)len;
}

int tls_write_all(tls_conn *t, const void *buf, size_t n)
{
	const unsigned char *s = buf;
	unsigned char *p;
	size_t len;
	int r;

	if (!t->open)
		return fail(t, TLS_E_ARG, "TLS connection not open");
	while (n > 0) {
		r = run_until(t, BR_SSL_SENDAPP);
		if (r == 1)
			return fail(t, TLS_E_IO, "connection closed by peer");
		if (r < 0)
			return r;
		p = br_ssl_engine_sendapp_buf(&t->cc.eng, &len);
		if (len > n)
			len = n;
		memcpy(p, s, len);
		br_ssl_engine_sendapp_ack(&t->cc.eng, len);
		s += len;
		n -= len;
	}
	br_ssl_engine_flush(&t->cc.eng, 0);
	r = run_until(t, UNTIL_FLUSHED);
	if (r == 1)
		return fail(t, TLS_E_IO, "connection closed by peer");
	return r;
}

void tls_close(tls_conn *t)
{
	br_ssl_engine_context *eng = &t->cc.eng;
	unsigned char *buf;
	size_t len;

	if (t->open) {
		br_ssl_engine_close(eng);
		/* send what is pending (close_notify); never wait for more */
		while (br_ssl_engine_current_state(eng) & BR_SSL_SENDREC) {
			buf = br_ssl_engine_sendrec_buf(eng, &len);
			if (net_write_all(t->net, buf, len) < 0)
				break;
			br_ssl_engine_sendrec_ack(eng, len);
		}
	}
	t->open = 0;
}

static long stream_read(void *ctx, void *buf, size_t n)
{
	return tls_read(ctx, buf, n);
}

static int stream_write(void *ctx, const void *buf, size_t n)
{
	return tls_write_all(ctx, buf, n);
}

void http_stream_tls(http_stream *s, tls_conn *t)
{
	s->ctx = t;
	s->read = stream_read;
	s->write = stream_write;
}

const char *tls_strerror(int code)
{
	switch (code) {
	case TLS_OK:                 return "success";
	case TLS_E_TIMEOUT:          return "timed out";
	case TLS_E_IO:               return "connection failed";
	case TLS_E_ARG:              return "invalid argument";
	case TLS_E_EXPIRED:          return "certificate has expired";
	case TLS_E_NOT_YET_VALID:    return "certificate is not yet valid";
	case TLS_E_HOSTNAME:         return "host name does not match the certificate";
	case TLS_E_IP_MISMATCH:      return "IP address does not match the certificate";
	case TLS_E_SELF_SIGNED:      return "self-signed certificate";
	case TLS_E_UNTRUSTED_ROOT:   return "untrusted root certificate";
	case TLS_E_UNKNOWN_ISSUER:   return "unknown issuer";
	case TLS_E_CERT:             return "certificate rejected";
	case TLS_E_HANDSHAKE:        return "handshake failure";
	case TLS_E_PROTOCOL_VERSION: return "no common protocol version";
	case TLS_E_NOT_TLS:          return "peer does not speak TLS";
	case TLS_E_EOF:              return "closed during the handshake";
	case TLS_E_ALERT:            return "fatal alert received";
	case TLS_E_PROTOCOL:         return "TLS protocol error";
	case TLS_E_CA_BUNDLE:        return "CA certificates could not be loaded";
	}
	return "unknown TLS error";
}
