/*
 * hsfloor.c - the floor for one HTTPS call with BearSSL: connect to an IPv4
 * address, complete a TLS 1.2 handshake that verifies the server's chain
 * against one trust anchor, optionally send one request and read its
 * response, and exit.  Nothing else: no argument parsing beyond argv, no
 * name resolution, no PEM decoding (the anchor is given as DER), no
 * signing.  scripts/bench.sh builds it against build/libbearssl.a with
 * musl-gcc and measures it as it measures swf-cancel.
 *
 *   hsfloor [-c x25519|p256] [-r i15|i31|i32|i62] IP PORT SERVER-NAME
 *           ANCHOR.der [REQUEST-FILE]
 *
 * The TLS profile is swf-cancel's (src/tls.c): TLS 1.2, ECDHE_RSA and
 * ECDHE_ECDSA with AES-GCM or ChaCha20-Poly1305, RSA i62, AES-NI CTR,
 * PCLMUL GHASH, SSE2 ChaCha20.  To show what each choice costs: -c offers
 * one curve only (default: all of br_ec_all_m31, which BearSSL 0.6 lists
 * P-256 first); -r picks the RSA verifier (default i62, as swf-cancel).  The I/O buffer is the half-duplex one (BR_SSL_BUFSIZE_MONO):
 * HTTP/1.1 request then response never needs both directions at once.
 *
 * Exit status: 0 on success; 1 on failure, with BearSSL's error code on
 * stderr.  With REQUEST-FILE, the response (headers and a Content-Length
 * body) is read and its status line must say 200.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <bearssl.h>

static br_ssl_client_context cc;
static br_x509_minimal_context xc;
static br_sslio_context io;
static unsigned char iobuf[BR_SSL_BUFSIZE_MONO];
static unsigned char der[8192];
static unsigned char dn[1024];
static size_t dn_len;
static unsigned char key[1024];
static br_x509_trust_anchor ta;
static br_ec_impl ec;
static char req[8192];
static char resp[4096];

static const uint16_t suites[] = {
	BR_TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
	BR_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
	BR_TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
	BR_TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
	BR_TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
	BR_TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
};

static int die(const char *what)
{
	fprintf(stderr, "hsfloor: %s (errno %d, BearSSL error %d)\n", what,
		errno, br_ssl_engine_last_error(&cc.eng));
	exit(1);
}

static void dn_append(void *ctx, const void *buf, size_t len)
{
	if (dn_len + len <= sizeof dn) {
		memcpy(dn + dn_len, buf, len);
		dn_len += len;
	}
}

static size_t read_file(const char *path, void *buf, size_t cap)
{
	int fd = open(path, O_RDONLY);
	ssize_t r;
	size_t n = 0;

	if (fd < 0)
		die(path);
	while (n < cap && (r = read(fd, (char *)buf + n, cap - n)) > 0)
		n += (size_t)r;
	close(fd);
	return n;
}

/* The one trust anchor, from a DER certificate. */
static void load_anchor(const char *path)
{
	br_x509_decoder_context d;
	const br_x509_pkey *pk;
	size_t n = read_file(path, der, sizeof der);

	br_x509_decoder_init(&d, dn_append, NULL);
	br_x509_decoder_push(&d, der, n);
	pk = br_x509_decoder_get_pkey(&d);
	if (!pk)
		die("anchor");
	ta.dn.data = dn;
	ta.dn.len = dn_len;
	ta.flags = br_x509_decoder_isCA(&d) ? BR_X509_TA_CA : 0;
	ta.pkey = *pk;
	if (pk->key_type == BR_KEYTYPE_RSA) {
		memcpy(key, pk->key.rsa.n, pk->key.rsa.nlen);
		memcpy(key + pk->key.rsa.nlen, pk->key.rsa.e, pk->key.rsa.elen);
		ta.pkey.key.rsa.n = key;
		ta.pkey.key.rsa.e = key + pk->key.rsa.nlen;
	} else {
		memcpy(key, pk->key.ec.q, pk->key.ec.qlen);
		ta.pkey.key.ec.q = key;
	}
}

static int sock_read(void *ctx, unsigned char *buf, size_t len)
{
	ssize_t r;

	do
		r = recv(*(int *)ctx, buf, len, 0);
	while (r < 0 && errno == EINTR);
	return r > 0 ? (int)r : -1;
}

static int sock_write(void *ctx, const unsigned char *buf, size_t len)
{
	ssize_t r;

	do
		r = send(*(int *)ctx, buf, len, MSG_NOSIGNAL);
	while (r < 0 && errno == EINTR);
	return r > 0 ? (int)r : -1;
}

int main(int argc, char **argv)
{
	struct sockaddr_in sa;
	const char *curves = NULL, *rsa = NULL;
	br_rsa_pkcs1_vrfy rv = br_rsa_i62_pkcs1_vrfy_get();
	const br_block_ctr_class *ctr = br_aes_x86ni_ctr_get_vtable();
	br_ghash gh = br_ghash_pclmul_get();
	br_chacha20_run ch = br_chacha20_sse2_get();
	br_poly1305_run po = br_poly1305_ctmulq_get();
	br_ssl_engine_context *eng = &cc.eng;
	int fd, one = 1;
	size_t reqlen = 0, got = 0;
	char *end;

	while (argc > 2 && argv[1][0] == '-') {
		if (strcmp(argv[1], "-c") == 0)
			curves = argv[2];
		else if (strcmp(argv[1], "-r") == 0)
			rsa = argv[2];
		else
			break;
		argv += 2;
		argc -= 2;
	}
	if (argc < 5) {
		fprintf(stderr, "usage: hsfloor [-c x25519|p256] [-r i15|i31|i32|i62]"
			" IP PORT SERVER-NAME ANCHOR.der [REQUEST-FILE]\n");
		return 2;
	}
	load_anchor(argv[4]);
	if (argc > 5)
		reqlen = read_file(argv[5], req, sizeof req);

	if (rsa && strcmp(rsa, "i15") == 0)
		rv = &br_rsa_i15_pkcs1_vrfy;
	else if (rsa && strcmp(rsa, "i31") == 0)
		rv = &br_rsa_i31_pkcs1_vrfy;
	else if (rsa && strcmp(rsa, "i32") == 0)
		rv = &br_rsa_i32_pkcs1_vrfy;
	ec = br_ec_all_m31;
	if (curves && strcmp(curves, "x25519") == 0)
		ec.supported_curves = (uint32_t)1 << BR_EC_curve25519;
	else if (curves && strcmp(curves, "p256") == 0)
		ec.supported_curves = (uint32_t)1 << BR_EC_secp256r1;

	br_ssl_client_zero(&cc);
	br_ssl_engine_set_versions(eng, BR_TLS12, BR_TLS12);
	br_ssl_engine_set_suites(eng, suites, sizeof suites / sizeof suites[0]);
	br_ssl_engine_set_ec(eng, &ec);
	br_ssl_engine_set_ecdsa(eng, &br_ecdsa_i31_vrfy_asn1);
	br_ssl_engine_set_rsavrfy(eng, rv ? rv : &br_rsa_i31_pkcs1_vrfy);
	br_ssl_engine_set_hash(eng, br_sha256_ID, &br_sha256_vtable);
	br_ssl_engine_set_hash(eng, br_sha384_ID, &br_sha384_vtable);
	br_ssl_engine_set_prf_sha256(eng, &br_tls12_sha256_prf);
	br_ssl_engine_set_prf_sha384(eng, &br_tls12_sha384_prf);
	br_ssl_engine_set_gcm(eng, &br_sslrec_in_gcm_vtable,
			      &br_sslrec_out_gcm_vtable);
	br_ssl_engine_set_aes_ctr(eng, ctr ? ctr : &br_aes_ct64_ctr_vtable);
	br_ssl_engine_set_ghash(eng, gh ? gh : &br_ghash_ctmul64);
	br_ssl_engine_set_chapol(eng, &br_sslrec_in_chapol_vtable,
				 &br_sslrec_out_chapol_vtable);
	br_ssl_engine_set_chacha20(eng, ch ? ch : &br_chacha20_ct_run);
	br_ssl_engine_set_poly1305(eng, po ? po : &br_poly1305_ctmul_run);

	br_x509_minimal_init(&xc, &br_sha256_vtable, &ta, 1);
	br_x509_minimal_set_rsa(&xc, rv ? rv : &br_rsa_i31_pkcs1_vrfy);
	br_x509_minimal_set_ecdsa(&xc, &br_ec_all_m31, &br_ecdsa_i31_vrfy_asn1);
	br_x509_minimal_set_hash(&xc, br_sha256_ID, &br_sha256_vtable);
	br_x509_minimal_set_hash(&xc, br_sha384_ID, &br_sha384_vtable);
	br_ssl_engine_set_x509(eng, &xc.vtable);
	br_ssl_engine_set_buffer(eng, iobuf, sizeof iobuf, 0);

	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_port = htons((unsigned short)atoi(argv[2]));
	if (inet_pton(AF_INET, argv[1], &sa.sin_addr) != 1)
		die("address");
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0)
		die("connect");
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

	if (!br_ssl_client_reset(&cc, argv[3], 0))
		die("reset");
	br_sslio_init(&io, eng, sock_read, &fd, sock_write, &fd);
	if (reqlen) {
		if (br_sslio_write_all(&io, req, reqlen) != 0
		    || br_sslio_flush(&io) != 0)
			die("request");
		/* headers, then the Content-Length body */
		for (;;) {
			int r = br_sslio_read(&io, resp + got,
					      sizeof resp - 1 - got);
			char *cl;

			if (r <= 0)
				die("response");
			got += (size_t)r;
			resp[got] = '\0';
			end = strstr(resp, "\r\n\r\n");
			if (!end)
				continue;
			cl = strstr(resp, "Content-Length: ");
			if (!cl || got >= (size_t)(end + 4 - resp)
			    + strtoul(cl + 16, NULL, 10))
				break;
		}
		if (strncmp(resp, "HTTP/1.1 200", 12) != 0)
			die("status");
	} else if (br_sslio_flush(&io) != 0) {
		die("handshake");
	}
	/* close_notify, without waiting for the server's (as swf-cancel) */
	br_ssl_engine_close(eng);
	while (br_ssl_engine_current_state(eng) & BR_SSL_SENDREC) {
		size_t len;
		unsigned char *buf = br_ssl_engine_sendrec_buf(eng, &len);
		int w = sock_write(&fd, buf, len);

		if (w <= 0)
			break;
		br_ssl_engine_sendrec_ack(eng, (size_t)w);
	}
	close(fd);
	return 0;
}
