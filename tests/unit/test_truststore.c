/*
 * test_truststore.c - trust anchors from PEM bundles, directories and
 * built-in DER; every certificate of the system bundle is checked against
 * BearSSL's own br_x509_decoder.  Bundles are made at test time with
 * openssl in a temporary directory.
 */
#include "check.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "truststore.h"

/* The program's built-in anchors: one certificate filled in at run time
 * (trailing zero bytes after the DER are ignored by the parser). */
static unsigned char builtin_der[TRUSTSTORE_CERT_MAX];
const truststore_der truststore_builtin[1] = {
	{ builtin_der, sizeof builtin_der } };
const size_t truststore_builtin_count = 1;

static truststore ts;
static char dir[64];
static char err[512];

static int sh(const char *fmt, ...)
{
	char cmd[8192];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof cmd, fmt, ap);
	va_end(ap);
	return system(cmd);
}

static const char *p(const char *name)
{
	static char buf[8][256];
	static int i;

	i = (i + 1) % 8;
	snprintf(buf[i], sizeof buf[i], "%s/%s", dir, name);
	return buf[i];
}

static size_t read_file(const char *path, unsigned char *buf, size_t cap)
{
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return 0;
	n = fread(buf, 1, cap, f);
	fclose(f);
	return n;
}

/* ---- independent reference: br_pem_decoder + br_x509_decoder ---------- */

typedef struct {
	unsigned char buf[TRUSTSTORE_CERT_MAX];
	size_t len;
} dbuf;

static void dbuf_add(void *ctx, const void *data, size_t len)
{
	dbuf *d = ctx;

	if (d->len + len <= sizeof d->buf)
		memcpy(d->buf + d->len, data, len);
	d->len += len;
}

typedef void (*cert_cb)(const unsigned char *der, size_t len, void *ctx);

/* Call fn for every CERTIFICATE block of path; returns the count. */
static int each_cert(const char *path, cert_cb fn, void *ctx)
{
	static unsigned char file[1 << 21];
	static dbuf der;
	br_pem_decoder_context pc;
	size_t n = read_file(path, file, sizeof file), off = 0;
	int in = 0, count = 0;

	br_pem_decoder_init(&pc);
	while (off < n) {
		off += br_pem_decoder_push(&pc, file + off, n - off);
		switch (br_pem_decoder_event(&pc)) {
		case BR_PEM_BEGIN_OBJ:
			/* BearSSL keeps "-----" in the name of a CRLF line */
			in = strcmp(br_pem_decoder_name(&pc), "CERTIFICATE") == 0
				|| strcmp(br_pem_decoder_name(&pc),
					  "CERTIFICATE-----") == 0;
			der.len = 0;
			br_pem_decoder_setdest(&pc, in ? dbuf_add : NULL, &der);
			break;
		case BR_PEM_END_OBJ:
			if (in && der.len <= sizeof der.buf) {
				fn(der.buf, der.len, ctx);
				count++;
			}
			in = 0;
			break;
		case BR_PEM_ERROR:
			return -1;
		}
	}
	return count;
}

static int pkey_eq(const br_x509_pkey *a, const br_x509_pkey *b)
{
	if (a->key_type != b->key_type)
		return 0;
	if (a->key_type == BR_KEYTYPE_RSA)
		return a->key.rsa.nlen == b->key.rsa.nlen
			&& a->key.rsa.elen == b->key.rsa.elen
			&& !memcmp(a->key.rsa.n, b->key.rsa.n, a->key.rsa.nlen)
			&& !memcmp(a->key.rsa.e, b->key.rsa.e, a->key.rsa.elen);
	return a->key.ec.curve == b->key.ec.curve
		&& a->key.ec.qlen == b->key.ec.qlen
		&& !memcmp(a->key.ec.q, b->key.ec.q, a->key.ec.qlen);
}

typedef struct {
	const truststore *ts;   /* also look each DN up in this store */
	int n, dn_ok, key_ok, found, unsupported;
	unsigned char dn[TRUSTSTORE_CERT_MAX];
	size_t dn_len;
} cmp_ctx;

static void dn_add(void *ctx, const void *data, size_t len)
{
	cmp_ctx *c = ctx;

	if (c->dn_len + len <= sizeof c->dn)
		memcpy(c->dn + c->dn_len, data, len);
	c->dn_len += len;
}

/* Compare truststore_parse_cert with br_x509_decoder on one certificate. */
static void compare_one(const unsigned char *der, size_t len, void *ctx)
{
	cmp_ctx *c = ctx;
	br_x509_decoder_context xd;
	const br_x509_pkey *ref;
	truststore_cert tc;
	br_x509_trust_anchor ta[4];
	static unsigned char arena[TRUSTSTORE_ANCHOR_BYTES(4)];
	size_t i, k;
	int r;

	c->n++;
	c->dn_len = 0;
	br_x509_decoder_init(&xd, dn_add, c);
	br_x509_decoder_push(&xd, der, len);
	ref = br_x509_decoder_get_pkey(&xd);
	r = truststore_parse_cert(der, len, &tc);
	if (!ref) {
		/* BearSSL cannot use this key: we must say so too */
		c->unsupported++;
		CHECK(r == TS_E_KEY, "cert %d: decoder has no key, parse %d",
		      c->n, r);
		return;
	}
	if (r != TS_OK) {
		CHECK(0, "cert %d: parse failed %d", c->n, r);
		return;
	}
	/* the decoder's DN is the value of the Name SEQUENCE; ours keeps the
	 * header too (the form x509_minimal hashes) */
	if (tc.dn_len >= c->dn_len
	    && memcmp(tc.dn + tc.dn_len - c->dn_len, c->dn, c->dn_len) == 0)
		c->dn_ok++;
	else
		CHECK(0, "cert %d: DN differs", c->n);
	if (pkey_eq(&tc.pkey, ref))
		c->key_ok++;
	else
		CHECK(0, "cert %d: key differs", c->n);
	if (c->ts) {
		k = truststore_find(c->ts, tc.dn, tc.dn_len, ta, 4, arena,
				    sizeof arena);
		for (i = 0; i < k; i++)
			if (ta[i].dn.len == tc.dn_len
			    && !memcmp(ta[i].dn.data, tc.dn, tc.dn_len)
			    && (ta[i].flags & BR_X509_TA_CA)
			    && pkey_eq(&ta[i].pkey, ref))
				break;
		if (k > 0 && i < k)
			c->found++;
		else
			CHECK(0, "cert %d: not found in the store (%zu)", c->n, k);
	}
}

/* ---- bundles made with openssl ------------------------------------------ */

static int make_certs(void)
{
	return sh("cd %s && "
		"openssl req -x509 -newkey rsa:2048 -nodes -keyout rsa.key "
		"-subj '/O=swf tests/CN=Test RSA' -days 30 -out rsa.pem 2>/dev/null && "
		"openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 "
		"-nodes -keyout ec256.key -subj '/CN=Test EC 256' -days 30 "
		"-out ec256.pem 2>/dev/null && "
		"openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-384 "
		"-nodes -keyout ec384.key -subj '/CN=Test EC 384' -days 30 "
		"-out ec384.pem 2>/dev/null && "
		"openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-521 "
		"-nodes -keyout ec521.key -subj '/CN=Test EC 521' -days 30 "
		"-out ec521.pem 2>/dev/null && "
		"openssl req -x509 -newkey ed25519 -nodes -keyout ed.key "
		"-subj '/CN=Test Ed25519' -days 30 -out ed.pem 2>/dev/null && "
		"openssl req -x509 -key rsa.key -subj '/O=swf tests/CN=Test RSA' "
		"-days 60 -out rsa2.pem 2>/dev/null && "
		"openssl x509 -in rsa.pem -outform DER -out rsa.der && "
		/* one certificate */
		"cp rsa.pem one.pem && "
		/* many: text around, CRLF, a key block, a second key of the
		 * same DN, TRUSTED CERTIFICATE form */
		"{ echo '# a comment'; cat rsa.pem; echo; echo 'text -- here';"
		"  sed 's/$/\\r/' ec256.pem; cat rsa.key; cat ec384.pem;"
		"  cat ec521.pem; cat rsa2.pem;"
		"  openssl x509 -in ec256.pem -trustout -addtrust serverAuth; "
		"} > many.pem && "
		/* malformed variants */
		"sed '3s/^./!/' rsa.pem > badb64.pem && "
		"{ head -n 5 rsa.pem; tail -n 1 rsa.pem; } > trunc.pem && "
		"head -n 10 rsa.pem > noend.pem && "
		"{ echo hello; cat rsa.key; } > nocert.pem && "
		": > empty.pem && "
		"cat rsa.pem ed.pem > unsupported.pem && "
		"sed 's/CERTIFICATE-----$/CERTIFICATE-----/; $s/END CERTIFICATE/END X509 CRL/' "
		"rsa.pem > mismatch.pem && "
		"{ echo '-----BEGIN CERTIFICATE-----'; echo 'AAAA'; "
		"  echo '-----END CERTIFICATE-----'; } > notder.pem && "
		/* a certificate larger than TRUSTSTORE_CERT_MAX */
		"san=$(i=0; while [ $i -lt 700 ]; do printf 'DNS:host%%04d.long-name.example.test,' $i; i=$((i+1)); done) && "
		"openssl req -x509 -key rsa.key -subj '/CN=big' -days 30 "
		"-addext \"subjectAltName=${san%%,}\" -out big.pem 2>/dev/null && "
		/* a hashed directory */
		"mkdir cadir && cp rsa.pem cadir/0a1b2c3d.0 && "
		"cp ec256.pem cadir/0a1b2c3d.1 && cp ec384.pem cadir/ignored.pem && "
		"cp badb64.pem cadir/ffffffff.0",
		dir);
}

static void test_one(void)
{
	truststore_cert c;
	unsigned char der[4096];
	size_t n = read_file(p("rsa.der"), der, sizeof der);
	br_x509_trust_anchor ta[2];
	static unsigned char arena[TRUSTSTORE_ANCHOR_BYTES(2)];
	int r;

	truststore_init(&ts);
	r = truststore_load_file(&ts, p("one.pem"), 0, err, sizeof err);
	CHECK(r == TS_OK, "one.pem: %d %s", r, err);
	CHECK(truststore_count(&ts) == 1, "one.pem: %zu anchors",
	      truststore_count(&ts));
	CHECK(truststore_parse_cert(der, n, &c) == TS_OK, "parse rsa.der");
	CHECK(c.pkey.key_type == BR_KEYTYPE_RSA && c.pkey.key.rsa.nlen == 256
	      && c.pkey.key.rsa.elen == 3, "rsa key %u %zu %zu",
	      c.pkey.key_type, c.pkey.key.rsa.nlen, c.pkey.key.rsa.elen);
	CHECK(c.dn[0] == 0x30, "DN keeps its SEQUENCE header");
	r = (int)truststore_find(&ts, c.dn, c.dn_len, ta, 2, arena,
				 sizeof arena);
	CHECK(r == 1, "find: %d", r);
	CHECK(r == 1 && pkey_eq(&ta[0].pkey, &c.pkey)
	      && ta[0].dn.len == c.dn_len
	      && !memcmp(ta[0].dn.data, c.dn, c.dn_len)
	      && ta[0].flags == BR_X509_TA_CA, "found anchor matches");
	/* an unknown DN finds nothing; a DN one byte shorter neither */
	CHECK(truststore_find(&ts, c.dn, c.dn_len - 1, ta, 2, arena,
			      sizeof arena) == 0, "prefix DN found nothing");
	/* an arena too small gives nothing rather than overflowing */
	CHECK(truststore_find(&ts, c.dn, c.dn_len, ta, 2, arena, 100) == 0,
	      "small arena");
	/* a second bundle in the same store is refused, store unchanged */
	r = truststore_load_file(&ts, p("many.pem"), 0, err, sizeof err);
	CHECK(r == TS_E_ARG && truststore_count(&ts) == 1, "second file %d", r);
	/* the file changed under the index: find reports nothing */
	sh("cp %s/ec256.pem %s/one.pem", dir, dir);
	CHECK(truststore_find(&ts, c.dn, c.dn_len, ta, 2, arena,
			      sizeof arena) == 0, "changed file");
	sh("cp %s/rsa.pem %s/one.pem", dir, dir);
}

static void test_many(void)
{
	cmp_ctx *c;
	int r;
	static cmp_ctx cc;

	truststore_init(&ts);
	r = truststore_load_file(&ts, p("many.pem"), 0, err, sizeof err);
	CHECK(r == TS_OK, "many.pem: %d %s", r, err);
	CHECK(truststore_count(&ts) == 6, "many.pem: %zu anchors",
	      truststore_count(&ts));
	/* every certificate is found again with the right key; rsa and rsa2
	 * share a DN and key, so the lookup returns both */
	c = &cc;
	memset(c, 0, sizeof *c);
	c->ts = &ts;
	r = each_cert(p("many.pem"), compare_one, c);
	CHECK(r == 5, "reference decoder saw %d certificates", r);
	CHECK(c->dn_ok == 5 && c->key_ok == 5 && c->found == 5,
	      "many: dn %d key %d found %d", c->dn_ok, c->key_ok, c->found);
}

static void expect_fail(const char *file, unsigned flags, int code,
			const char *what)
{
	int r;

	truststore_init(&ts);
	err[0] = '\0';
	r = truststore_load_file(&ts, p(file), flags, err, sizeof err);
	CHECK(r == code, "%s: got %d want %d (%s)", file, r, code, err);
	CHECK(strstr(err, p(file)) != NULL, "%s: message names the file: %s",
	      file, err);
	CHECK(strstr(err, what) != NULL, "%s: message says '%s': %s", file,
	      what, err);
	CHECK(truststore_count(&ts) == 0, "%s: nothing indexed", file);
}

static void test_malformed(void)
{
	char text[256];
	int r;

	expect_fail("badb64.pem", 0, TS_E_PEM, "line 3: invalid base64");
	expect_fail("trunc.pem", 0, TS_E_DER, "truncated");
	expect_fail("noend.pem", 0, TS_E_PEM, "without END");
	expect_fail("nocert.pem", 0, TS_E_NO_CERT, "no certificate");
	expect_fail("empty.pem", 0, TS_E_NO_CERT, "no certificate");
	expect_fail("unsupported.pem", 0, TS_E_KEY, "unsupported public key");
	expect_fail("mismatch.pem", 0, TS_E_PEM, "END line does not match");
	expect_fail("notder.pem", 0, TS_E_DER, "malformed");
	expect_fail("big.pem", 0, TS_E_LIMIT, "larger than 16384");
	expect_fail("missing.pem", 0, TS_E_OPEN, "No such file");
	CHECK(ts.last_errno == ENOENT, "errno %d", ts.last_errno);

	/* skipping unsupported keys */
	truststore_init(&ts);
	r = truststore_load_file(&ts, p("unsupported.pem"),
				 TS_SKIP_UNSUPPORTED, err, sizeof err);
	CHECK(r == TS_OK && truststore_count(&ts) == 1 && ts.skipped == 1,
	      "skip: %d %zu %zu", r, truststore_count(&ts), ts.skipped);

	/* the CLI's words */
	truststore_cli_text(TS_E_OPEN, ENOENT, NULL, text, sizeof text);
	CHECK_STR(text, "[Errno 2] No such file or directory", "open text");
	truststore_cli_text(TS_E_NO_CERT, 0, NULL, text, sizeof text);
	CHECK_STR(text, "[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate "
		  "or crl found (_ssl.c:4154)", "no cert text");
	truststore_cli_text(TS_E_PEM, 0, NULL, text, sizeof text);
	CHECK_STR(text, "[X509] PEM lib (_ssl.c:4154)", "pem text");
	truststore_cli_text(TS_E_KEY, 0, "the message", text, sizeof text);
	CHECK_STR(text, "the message", "key text");
}

static void test_dir(void)
{
	int r;

	truststore_init(&ts);
	r = truststore_load_dir(&ts, p("cadir"), 0, err, sizeof err);
	CHECK(r == TS_OK, "dir: %d %s", r, err);
	CHECK(truststore_count(&ts) == 2, "dir: %zu anchors (hashed names "
	      "only, bad file skipped)", truststore_count(&ts));
	r = each_cert(p("rsa.pem"), compare_one, &(cmp_ctx){ .ts = &ts });
	CHECK(r == 1, "dir lookup");
	r = truststore_load_dir(&ts, p("nodir"), 0, err, sizeof err);
	CHECK(r == TS_E_ARG, "second dir refused: %d", r);
	truststore_init(&ts);
	r = truststore_load_dir(&ts, p("nodir"), 0, err, sizeof err);
	CHECK(r == TS_E_OPEN, "missing dir: %d", r);
}

static void test_builtin(void)
{
	unsigned char der[4096];
	size_t n = read_file(p("rsa.der"), der, sizeof der);
	static cmp_ctx cc;
	int r;

	memcpy(builtin_der, der, n);
	CHECK(truststore_builtin_available() == 1, "builtin available");
	truststore_init(&ts);
	r = truststore_load_builtin(&ts, err, sizeof err);
	CHECK(r == TS_OK && truststore_count(&ts) == 1, "builtin: %d %s", r,
	      err);
	memset(&cc, 0, sizeof cc);
	cc.ts = &ts;
	each_cert(p("rsa.pem"), compare_one, &cc);
	CHECK(cc.found == 1, "builtin lookup");

	/* defaults: SSL_CERT_FILE wins; a failing one is an error */
	setenv("SSL_CERT_FILE", p("many.pem"), 1);
	truststore_init(&ts);
	r = truststore_load_default(&ts, err, sizeof err);
	CHECK(r == TS_OK && truststore_count(&ts) == 6, "SSL_CERT_FILE: %d %zu",
	      r, truststore_count(&ts));
	setenv("SSL_CERT_FILE", p("missing.pem"), 1);
	truststore_init(&ts);
	r = truststore_load_default(&ts, err, sizeof err);
	CHECK(r == TS_E_OPEN, "missing SSL_CERT_FILE: %d", r);
	/* an SSL_CERT_FILE without usable certificate: built-in anchors */
	setenv("SSL_CERT_FILE", p("ed.pem"), 1);
	truststore_init(&ts);
	r = truststore_load_default(&ts, err, sizeof err);
	CHECK(r == TS_OK && truststore_count(&ts) == 1
	      && ts.entries[0].file == TS_BUILTIN, "fallback: %d %zu", r,
	      truststore_count(&ts));
	/* SSL_CERT_DIR is not read when a bundle file gave anchors */
	setenv("SSL_CERT_FILE", p("many.pem"), 1);
	setenv("SSL_CERT_DIR", p("cadir"), 1);
	truststore_init(&ts);
	r = truststore_load_default(&ts, err, sizeof err);
	CHECK(r == TS_OK && truststore_count(&ts) == 6 && !ts.dir[0],
	      "SSL_CERT_DIR with a bundle: %d %zu", r, truststore_count(&ts));
	/* ... and is, before the built-in anchors, when it gave none */
	setenv("SSL_CERT_FILE", p("ed.pem"), 1);
	truststore_init(&ts);
	r = truststore_load_default(&ts, err, sizeof err);
	CHECK(r == TS_OK && truststore_count(&ts) == 2 && ts.dir[0]
	      && ts.entries[0].file != TS_BUILTIN,
	      "SSL_CERT_DIR without a bundle: %d %zu", r,
	      truststore_count(&ts));
	unsetenv("SSL_CERT_FILE");
	unsetenv("SSL_CERT_DIR");
}

static void test_system(void)
{
	static const char *const sys[] = { TRUSTSTORE_SYSTEM_BUNDLES };
	static cmp_ctx cc;
	size_t i;
	int r, n;

	truststore_init(&ts);
	r = truststore_load_default(&ts, err, sizeof err);
	CHECK(r == TS_OK && truststore_count(&ts) > 0, "default: %d %s", r,
	      err);
	for (i = 0; i < sizeof sys / sizeof sys[0]; i++)
		if (access(sys[i], R_OK) == 0)
			break;
	if (i == sizeof sys / sizeof sys[0]) {
		/* no system bundle: the defaults are the built-in anchors */
		CHECK(ts.entries[0].file == TS_BUILTIN, "no system bundle");
		return;
	}
	CHECK_STR(ts.path, sys[i], "system bundle chosen");
	memset(&cc, 0, sizeof cc);
	cc.ts = &ts;
	n = each_cert(sys[i], compare_one, &cc);
	printf("system bundle %s: %d certificates, %zu indexed, %zu skipped\n",
	       sys[i], n, truststore_count(&ts), ts.skipped);
	CHECK(n > 0, "reference decoder read the system bundle");
	CHECK(cc.dn_ok + cc.unsupported == n && cc.key_ok + cc.unsupported == n,
	      "system: dn %d key %d of %d", cc.dn_ok, cc.key_ok, n);
	CHECK(cc.found == cc.key_ok, "system: found %d of %d", cc.found,
	      cc.key_ok);
	CHECK(truststore_count(&ts) == (size_t)(n - cc.unsupported)
	      && ts.skipped == (size_t)cc.unsupported, "system: count");
}

/*
 * Base64 lines of any width, CRLF, blank lines and trailing blanks in a
 * block, and blocks at many offsets across the read buffer: the decoder's
 * fast paths (pairs of quads, whole lines) read what BearSSL's PEM decoder
 * reads.  A stray character at several places is still refused.
 */
static void test_layouts(void)
{
	static const int widths[] = { 0, 1, 3, 4, 8, 12, 60, 63, 64, 65, 76 };
	static const char *const bad[] = {
		"3s/^./!/",                     /* a line's first character */
		"6s/^\\(.....\\)./\\1!/",        /* inside a pair of quads */
		"9s/.$/!/",                     /* a line's last */
		"/END/{x;s/.*/=/;p;x}",         /* a quad of '=' before END */
		"5G",                           /* a blank line in the data */
		"/END/{x;p;x}",                 /* a blank line before END */
		"4s/$/\\n \\t/",                /* a line of blanks */
	};
	br_x509_trust_anchor ta[12];
	static unsigned char arena[TRUSTSTORE_ANCHOR_BYTES(12)];
	unsigned char der[4096];
	size_t dlen = read_file(p("rsa.der"), der, sizeof der), i, j, k;
	truststore_cert ref;
	char name[32];
	int r;

	CHECK(truststore_parse_cert(der, dlen, &ref) == TS_OK, "rsa.der");
	for (i = 0; i < sizeof widths / sizeof widths[0]; i++) {
		snprintf(name, sizeof name, "w%d.pem", widths[i]);
		/* nine copies after text lines of 0, 457, ... 3656 bytes (the
		 * third of dashes, a marker line far too long); copy
		 * 3 in CRLF, 5 with a blank line after BEGIN (OpenSSL takes
		 * one there with 64-character lines), 7 with blanks ending its
		 * data lines */
		sh("cd %s && w=%d && : > %s && i=0 && while [ $i -lt 9 ]; do "
		   "head -c $((i * 457)) /dev/zero | tr '\\0' "
		   "$([ $i = 2 ] && echo - || echo x) >> %s && "
		   "echo >> %s && "
		   "{ echo '-----BEGIN CERTIFICATE-----'; base64 -w %d rsa.der; "
		   "[ %d = 0 ] && echo; echo '-----END CERTIFICATE-----'; } | "
		   "case $i$w in 3*) sed 's/$/\\r/';; 564) sed '1G';; "
		   "7*) sed '/^-/!s/$/ \\t/';; *) cat;; esac >> %s && "
		   "i=$((i + 1)); done", dir, widths[i], name, name, name,
		   widths[i], widths[i], name);
		truststore_init(&ts);
		r = truststore_load_file(&ts, p(name), 0, err, sizeof err);
		CHECK(r == TS_OK && truststore_count(&ts) == 9, "%s: %d %zu %s",
		      name, r, truststore_count(&ts), err);
		/* every copy decoded whole: found again with its key */
		k = truststore_find(&ts, ref.dn, ref.dn_len, ta, 12, arena,
				    sizeof arena);
		for (j = 0; j < k; j++)
			if (ta[j].dn.len != ref.dn_len
			    || memcmp(ta[j].dn.data, ref.dn, ref.dn_len)
			    || !pkey_eq(&ta[j].pkey, &ref.pkey))
				break;
		CHECK(k == 9 && j == k, "%s: %zu found, %zu equal", name, k, j);
		/* OpenSSL (the CLI's reader) takes the same file */
		CHECK(sh("cd %s && test \"$(openssl crl2pkcs7 -nocrl -certfile "
			 "%s | openssl pkcs7 -print_certs | grep -c BEGIN)\" = 9",
			 dir, name) == 0, "%s: openssl reads 9", name);
	}
	/* what OpenSSL refuses ("[X509] PEM lib" from the CLI), so do we */
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		snprintf(name, sizeof name, "bad%zu.pem", i);
		sh("cd %s && { echo '-----BEGIN CERTIFICATE-----'; "
		   "base64 -w 64 rsa.der; echo '-----END CERTIFICATE-----'; } | "
		   "sed '%s' > %s", dir, bad[i], name);
		CHECK(sh("cd %s && ! openssl crl2pkcs7 -nocrl -certfile %s "
			 ">/dev/null 2>&1", dir, name) == 0,
		      "%s: openssl refuses it", name);
		truststore_init(&ts);
		r = truststore_load_file(&ts, p(name), 0, err, sizeof err);
		CHECK(r == TS_E_PEM && truststore_count(&ts) == 0,
		      "%s: %d %s", name, r, err);
	}
}

static void test_dn_sum(void)
{
	uint32_t a = truststore_dn_sum(TRUSTSTORE_DN_SUM_INIT, "abcdef", 6);
	uint32_t b = truststore_dn_sum(TRUSTSTORE_DN_SUM_INIT, "abc", 3);

	b = truststore_dn_sum(b, "def", 3);
	CHECK(a == b, "incremental sum");
	CHECK(a != truststore_dn_sum(TRUSTSTORE_DN_SUM_INIT, "abcdeg", 6),
	      "sum differs");
}

int main(void)
{
	unsetenv("SSL_CERT_FILE");
	unsetenv("SSL_CERT_DIR");
	strcpy(dir, "/tmp/test_truststore.XXXXXX");
	if (!mkdtemp(dir) || make_certs() != 0) {
		CHECK(0, "cannot make test certificates with openssl");
		return check_done();
	}
	test_dn_sum();
	test_one();
	test_many();
	test_malformed();
	test_layouts();
	test_dir();
	test_builtin();
	test_system();
	sh("rm -rf %s", dir);
	return check_done();
}
