/*
 * config.h - the AWS shared config and credentials files, read the way
 * botocore reads them (configparser.RawConfigParser with its defaults, then
 * botocore.configloader: raw_config_parse, build_profile_map, _parse_nested,
 * and Session.full_config's merge of the credentials file).
 *
 * Files are streamed through a fixed line buffer and re-read for every
 * query; nothing is allocated.  A file botocore refuses to parse (missing
 * section header, line without '=' or ':', empty key, duplicate section,
 * duplicate key in a section, invalid UTF-8, an indented block that is not
 * "key = value" lines, ...) is an error for every query on it, with
 * botocore's message "Unable to parse config file: PATH".  So is a file
 * beyond this reader's limits (a line over CONFIG_LINE_MAX bytes, more than
 * CONFIG_MAX_SECTIONS sections, more than CONFIG_MAX_OPTIONS keys in a
 * section, a value longer than the caller's buffer or holding a NUL byte).
 * A path that is not a regular file, or that cannot be opened, is "not
 * found", as in botocore.
 *
 * Matching follows configparser: section names are case-sensitive and
 * taken verbatim between the first '[' and the last ']'; keys are
 * lower-cased (ASCII letters only: a deviation for non-ASCII keys) and
 * stripped of Python whitespace (Unicode spaces included); full-line
 * comments start with '#' or ';'; values continue on deeper-indented
 * lines; keys of [DEFAULT] apply to every section that lacks them.
 * Duplicate sections are detected through 64-bit hashes of their names.
 */
#ifndef SWF_CONFIG_H
#define SWF_CONFIG_H

#include <stddef.h>
#include <stdint.h>

#define CONFIG_LINE_MAX 4096        /* longest line, bytes, newline excluded */
#define CONFIG_PATH_MAX 4096        /* longest expanded file path, with NUL */
#define CONFIG_VALUE_MAX 4096       /* longest [DEFAULT] value kept, bytes */
#define CONFIG_MAX_SECTIONS 1024    /* sections per file */
#define CONFIG_MAX_OPTIONS 512      /* keys per section */
#define CONFIG_MAX_DEFAULTS 128     /* keys in [DEFAULT] */
#define CONFIG_READ_BUF 4096        /* read(2) chunk */
#define CONFIG_CACHE_MAX 8192       /* files this small are read once a run
                                       (two kept: config, credentials) */
#define CONFIG_CACHE_PATH_MAX 512   /* ... when their path is this short */
#define CONFIG_FD_CACHED (-2)       /* config_reader.fd: reading the cache */

#define CONFIG_SECTION_SLOTS (2 * CONFIG_MAX_SECTIONS)

/* Return values of the lookup functions. */
enum {
	CONFIG_ERROR = -1,          /* message in err */
	CONFIG_NOT_FOUND = 0,
	CONFIG_FOUND = 1
};

enum config_kind {
	CONFIG_FILE,                /* [default], [profile NAME], [services NAME] */
	CREDENTIALS_FILE            /* [NAME] */
};

/*
 * Working storage for the reader (about 36 KiB): caller-owned, usually
 * static.  No field is part of the API.
 */
typedef struct {
	int fd;                   /* the file, or CONFIG_FD_CACHED */
	size_t cpos;              /* CONFIG_FD_CACHED: next byte of the cache */
	int cslot;                /* CONFIG_FD_CACHED: the cache's slot */
	int eof;
	int pending_cr;
	size_t rpos, rlen;
	unsigned char rbuf[CONFIG_READ_BUF];
	unsigned char line[CONFIG_LINE_MAX + 1];
	/* configparser state */
	int have_sect;
	int have_opt;
	size_t indent_level;
	/* duplicate detection */
	uint64_t sect_hash[CONFIG_SECTION_SLOTS];
	uint16_t sect_slot[CONFIG_MAX_SECTIONS]; /* the slots in use */
	size_t nsect;
	uint64_t opt_hash[CONFIG_MAX_OPTIONS];
	size_t nopt;
	uint64_t def_hash[CONFIG_MAX_DEFAULTS];
	unsigned char def_bad[CONFIG_MAX_DEFAULTS];
	size_t ndef;
	/* value inherited from [DEFAULT] */
	char defval[CONFIG_VALUE_MAX + 1];
} config_reader;

/* Prepare r for use; a reader may then serve any number of queries. */
void config_init(config_reader *r);

/*
 * Wipe the copy of the last small file read (a credentials file holds
 * secrets); the next lookup reads the file again.
 */
void config_forget(void);

/*
 * The file botocore reads for kind: $AWS_CONFIG_FILE or
 * $AWS_SHARED_CREDENTIALS_FILE when set (even to ""), else ~/.aws/config or
 * ~/.aws/credentials, expanded with config_expand_path.  Returns 0, or -1
 * with a message when the result does not fit in out.
 */
int config_file_path(enum config_kind kind, char *out, size_t outlen,
		     char *err, size_t errlen);

/*
 * Expand path as botocore does before opening a config file:
 * os.path.expandvars ($NAME and ${NAME} from the environment, unknown ones
 * left as they are) then os.path.expanduser (see config_expand_user, with
 * $HOME and /etc/passwd).  Returns 0, or -1 with a message when the result
 * does not fit in out.
 */
int config_expand_path(const char *path, char *out, size_t outlen,
		       char *err, size_t errlen);

/*
 * os.path.expanduser: a leading "~" or "~/" is replaced by home (trailing
 * '/' removed) or, when home is NULL, by the home directory of getuid() in
 * the passwd file; "~NAME" by NAME's home directory there.  An unknown user
 * leaves path unchanged; an empty result becomes "/".  Returns 0, or -1
 * when the result does not fit in out.
 */
int config_expand_user(const char *path, const char *home,
		       const char *passwd, char *out, size_t outlen);

/*
 * Value of key (lower-case) for profile in the file at path (already
 * expanded).  For CONFIG_FILE the profile's section is [default] or
 * [profile NAME] (shlex-split, so [profile "a b"] names "a b"), the last
 * one in the file winning; for CREDENTIALS_FILE it is [NAME].  A value
 * that is an indented block is returned raw, starting with '\n'.  Writes a
 * NUL-terminated value to val and returns CONFIG_FOUND, or returns
 * CONFIG_NOT_FOUND or CONFIG_ERROR.
 */
int config_get(config_reader *r, const char *path, enum config_kind kind,
	       const char *profile, const char *key, char *val, size_t vallen,
	       char *err, size_t errlen);

/*
 * Whether profile has a section in the file at path (rules of config_get):
 * CONFIG_FOUND, CONFIG_NOT_FOUND or CONFIG_ERROR.
 */
int config_has_profile(config_reader *r, const char *path,
		       enum config_kind kind, const char *profile,
		       char *err, size_t errlen);

/*
 * Value of key in the profile as the session sees it: the credentials
 * file's [profile] (cred, may be NULL) overrides the config file's (cfg,
 * may be NULL).  The config file is checked for errors first, as botocore
 * parses it first.  Returns like config_get.
 */
int config_profile_get(config_reader *r, const char *cfg, const char *cred,
		       const char *profile, const char *key,
		       char *val, size_t vallen, char *err, size_t errlen);

/*
 * Whether profile exists for the session: it has a section in the config
 * file or in the credentials file.  Returns like config_has_profile.
 */
int config_profile_exists(config_reader *r, const char *cfg, const char *cred,
			  const char *profile, char *err, size_t errlen);

/*
 * botocore's services-section lookup (ConfiguredEndpointProvider): when the
 * profile (merged as in config_profile_get) has "services = NAME", find
 * [services NAME] in cfg and return key from its nested sub-section for
 * service, e.g. "swf =\n  endpoint_url = URL".  Returns CONFIG_NOT_FOUND
 * when the profile has no services key or the sub-section or key is
 * absent; CONFIG_ERROR with botocore's message when [services NAME] is
 * missing or empty ("The profile is configured to use the services section
 * but the "NAME" services configuration does not exist."), when service's
 * value is not a nested block ("'str' object has no attribute 'get'"), or
 * when the services value itself is a block ("unhashable type: 'dict'").
 */
int config_get_service(config_reader *r, const char *cfg, const char *cred,
		       const char *profile, const char *service,
		       const char *key, char *val, size_t vallen,
		       char *err, size_t errlen);

#endif
