/*
 * proxy.h - the HTTP proxy of a request, chosen and used as AWS CLI v1
 * (botocore + urllib3 + Python's urllib.request) does it.
 *
 * Choice (botocore's get_environ_proxies and ProxyConfiguration):
 *   - the variables are read as urllib.request.getproxies_environment()
 *     reads them: any case of "<scheme>_proxy" with a non-empty value
 *     first, then the names ending in lower-case "_proxy" again, where a
 *     value wins and an empty value removes the entry (so https_proxy
 *     beats HTTPS_PROXY, and https_proxy="" turns the proxy off); with
 *     REQUEST_METHOD set, only lower-case http_proxy counts;
 *   - no_proxy/NO_PROXY (read the same way) bypasses the proxy as
 *     proxy_bypass_environment() decides: "*" alone, or any comma-separated
 *     entry (blanks and leading dots dropped, case ignored) equal to the
 *     endpoint's host or host:port, or a domain suffix of it.  Neither
 *     CIDR ranges nor IP prefixes are understood, as in the CLI;
 *   - the proxy of the endpoint URL's scheme is used ("https" or "http";
 *     ALL_PROXY is not read); a value without "http:"/"https:" gets
 *     "http://" (or "http:" before "//") put in front.
 * Use (urllib3's ProxyManager): for an https endpoint, a CONNECT tunnel
 * (proxy_tunnel) and TLS inside it; for an http endpoint, the request goes
 * to the proxy with the absolute URL as its target.  The CONNECT request is
 * the one of Python 3.12 and later ("HTTP/1.1" with a Host field; 3.11
 * sends "HTTP/1.0" without Host); its target, "[v6]:port" for IPv6, is
 * the same.  user:password in the
 * proxy URL (percent-decoded) becomes "Proxy-Authorization: Basic ..." on
 * the CONNECT or on the forwarded request.
 *
 * Proxies reached over TLS (https:// proxy URLs) are not supported:
 * PROXY_E_HTTPS.  The proxy URL may hold a password: messages carry the
 * masked form only (proxy_masked_url).  Nothing here prints.
 */
#ifndef SWF_PROXY_H
#define SWF_PROXY_H

#include <stddef.h>

#include "http.h"
#include "net.h"

#define PROXY_VALUE_MAX 2048   /* longest proxy URL accepted (bytes) */
#define PROXY_CRED_MAX 512     /* longest decoded "user:password" */
/* "Basic " + base64 of the credentials + NUL */
#define PROXY_AUTH_MAX (6 + 4 * ((PROXY_CRED_MAX + 2) / 3) + 1)
/* CONNECT target "[host]:port" + NUL */
#define PROXY_TARGET_MAX (NET_HOST_MAX + 9)

/* Result codes: 0 is success, every failure is negative. */
enum proxy_status {
	PROXY_OK = 0,
	PROXY_E_PARSE = -1,     /* urllib3 cannot parse the URL (bad port) */
	PROXY_E_HTTPS = -2,     /* https:// proxy: not supported */
	PROXY_E_LIMIT = -3,     /* URL, host or credentials too long */
	PROXY_E_CRED = -4,      /* credentials not ASCII (the CLI fails too) */
	PROXY_E_NO_HOST = -5,   /* empty host: the proxy cannot be reached */
	PROXY_E_REFUSED = -6,   /* CONNECT answered with a status but 200 */
	PROXY_E_BAD_REPLY = -7, /* CONNECT answer not HTTP, or cut short */
	PROXY_E_STREAM = -8,    /* socket failure or timeout: see net_err */
	PROXY_E_ARG = -9        /* bad argument */
};

/*
 * The proxy of one endpoint.  The strings point into the environment
 * (which lives as long as the process) or into the struct; value holds
 * the password if there is one: never show it, show proxy_masked_url().
 */
typedef struct {
	int enabled;                   /* a proxy applies */
	const char *prefix;            /* "", "http:" or "http://" (fix-up) */
	const char *value;             /* the variable's value */
	char host[NET_HOST_MAX + 1];   /* to connect to; no brackets */
	unsigned port;                 /* 80 when the URL has none */
	int status;                    /* PROXY_OK or a PROXY_E_* of parsing */
	int has_auth;                  /* user and password both non-empty */
} proxy_config;

/* No proxy. */
void proxy_init(proxy_config *p);

/*
 * What getproxies_environment()[key] is for the environment envp (a
 * NULL-terminated "NAME=value" array, e.g. environ): key is "https",
 * "http" or "no".  Returns the value (inside envp) or NULL.
 */
const char *proxy_env_value(char *const *envp, const char *key);

/*
 * proxy_bypass_environment(netloc) with no_proxy as the "no" entry
 * (NULL: none): 1 when the proxy is bypassed for netloc ("host",
 * "host:port" or "[v6]:port" as in the URL), else 0.
 */
int proxy_bypass(const char *netloc, size_t netloc_len, const char *no_proxy);

/*
 * Choose the proxy for the request URL url ("http://..." or "https://...")
 * from envp and parse it into p.  Returns PROXY_OK (p->enabled says
 * whether a proxy applies; a URL whose host is empty is enabled with
 * status PROXY_E_NO_HOST: every connection to it fails), or PROXY_E_PARSE,
 * PROXY_E_HTTPS, PROXY_E_LIMIT, PROXY_E_CRED, PROXY_E_ARG with a message in
 * err that shows the masked URL only.
 */
int proxy_select(proxy_config *p, const char *url, char *const *envp,
		 char *err, size_t errlen);

/*
 * The proxy URL as botocore's mask_proxy_url() shows it in messages (the
 * first occurrence of the raw user name, then of the raw password,
 * replaced by "***").  Writes a C string to out (cut to outlen - 1).
 */
void proxy_masked_url(const proxy_config *p, char *out, size_t outlen);

/*
 * The Proxy-Authorization value ("Basic " + base64 of the percent-decoded
 * "user:password") into out[PROXY_AUTH_MAX].  Returns 1 when written, 0
 * when p has no credentials.  The value is a secret: wipe it after use.
 */
int proxy_auth_value(const proxy_config *p, char out[PROXY_AUTH_MAX]);

/*
 * Open a CONNECT tunnel to host:port (host without brackets) over c,
 * connected to the proxy: sends "CONNECT host:port HTTP/1.1" with Host
 * and, when p has credentials, Proxy-Authorization, through w (a caller's
 * writer, reused); reads the answer as http.client's _tunnel() does: the
 * status line (anything but 200 refuses the tunnel), then header lines up
 * to an empty line or the end of the stream, one byte at a time into
 * head[0..headcap) so no byte of the tunnel is taken.  Every wait is
 * bounded by c's connect timeout (urllib3 runs the tunnel set-up under
 * it).  Returns PROXY_OK, PROXY_E_REFUSED (message "Tunnel connection
 * failed: 403 Forbidden"), PROXY_E_BAD_REPLY (closed without an answer,
 * not HTTP, a line longer than headcap), PROXY_E_STREAM (*net_err: the
 * net_status, NET_ETIMEOUT for a timeout), PROXY_E_ARG; with a message in
 * err (never a secret).
 */
int proxy_tunnel(const proxy_config *p, net_conn *c, const char *host,
		 unsigned port, http_writer *w, char *head, size_t headcap,
		 long *net_err, char *err, size_t errlen);

/* Short fixed description of a proxy_status code. */
const char *proxy_strerror(int code);

#endif
