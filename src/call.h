/*
 * call.h - one RespondActivityTaskCanceled call over the JSON 1.0
 * protocol: body, SigV4 signature, HTTP exchange, retries as botocore's
 * legacy or standard mode, and the error classification botocore makes.
 *
 * The transport is reached only through net.h/http.h (and tls.h for
 * https, proxy.h when a proxy applies: HTTPS through a CONNECT tunnel,
 * HTTP forwarded with the absolute URL); the result says what happened,
 * main.c says it in the CLI's words.
 */
#ifndef SWF_CALL_H
#define SWF_CALL_H

#include <stddef.h>

#include "limits.h"
#include "params.h"

/* Outcomes of a call. */
enum call_outcome {
	CALL_OK = 0,             /* 2xx */
	CALL_SERVICE_ERROR,      /* an HTTP error response: code, message */
	CALL_CONNECT_ERROR,      /* Could not connect to the endpoint URL */
	CALL_CONNECT_TIMEOUT,    /* Connect timeout on endpoint URL */
	CALL_READ_TIMEOUT,       /* Read timeout on endpoint URL */
	CALL_CLOSED,             /* Connection was closed before ... */
	CALL_TLS_ERROR,          /* SSL validation failed for ... */
	CALL_PROXY_ERROR,        /* Failed to connect to proxy URL: detail
				  * holds the proxy URL, password masked */
	CALL_INTERNAL            /* a local failure; detail says what */
};

/* Debug sink: one line of text (no newline), never holding a secret. */
typedef void (*call_debug_fn)(void *ctx, const char *line);

/*
 * Called once per call, right after the first TLS handshake made without
 * verification (--no-verify-ssl or an empty ca_bundle), with the host
 * urllib3 names in its InsecureRequestWarning: the endpoint's, or the
 * proxy's when the connection is a tunnel through one.  Never called when
 * no unverified handshake succeeded (the CLI warns only then).
 */
typedef void (*call_insecure_fn)(void *ctx, const char *host);

typedef struct {
	/* endpoint */
	int https;
	const char *host;          /* name or address, no brackets */
	unsigned port;
	const char *host_header;   /* Host header sent */
	const char *sign_host;     /* host value signed (botocore's) */
	const char *path;          /* path signed, "/" at least */
	const char *query;         /* query signed, "" for none */
	const char *target;        /* request-target sent */
	const char *url;           /* for messages, e.g. "http://h:1/" */
	/* TLS (https only) */
	int verify_ssl;
	const char *ca_bundle;     /* NULL: system bundle / built-in anchors */
	/* signing */
	int sign;
	const char *region;
	const char *access_key;
	const char *secret_key;
	const char *session_token; /* NULL when none */
	/* transport */
	char *const *envp;         /* environment with the proxy variables
				    * (proxy.h); NULL: no proxy */
	int connect_timeout_ms;    /* <= 0: none */
	int read_timeout_ms;       /* <= 0: none */
	/* retries */
	int standard_mode;         /* 0: legacy */
	int max_attempts;          /* total attempts, >= 1 */
	/* debug and warnings */
	call_debug_fn debug;       /* NULL: no debug output */
	void *debug_ctx;
	call_insecure_fn insecure; /* NULL: no warning */
	void *insecure_ctx;
} call_config;

typedef struct {
	int outcome;               /* enum call_outcome */
	int status;                /* HTTP status of the last response */
	int attempts;              /* attempts made */
	int max_reached;           /* gave up on a retryable error */
	char code[256];            /* service error code */
	char message[RESPONSE_BODY_MAX_BYTES + 1]; /* service error message */
	char detail[MSG_MAX_BYTES]; /* local failure description */
} call_result;

/* Operation and target names. */
#define CALL_OPERATION "RespondActivityTaskCanceled"
#define CALL_TARGET "SimpleWorkflowService.RespondActivityTaskCanceled"

/*
 * Make the call described by cfg with the validated parameters p, retrying
 * as configured.  Always fills res; returns res->outcome.
 */
int call_run(const call_config *cfg, const params *p, call_result *res);

#endif
