/*
 * test_config.c - the shared config / credentials reader against botocore.
 *
 * The tables `files` and `cases` below were generated with the installed
 * botocore (1.43.11, Python 3.11) by the script in the comment that
 * follows: each file is written to a temporary directory and every query
 * is answered by botocore.configloader / Session.full_config /
 * ConfiguredEndpointProvider.  '@' in an expected message stands for that
 * directory.  Hand-written checks after the table cover this reader's own
 * limits, the path helpers and its deliberate deviations.
 */
#include "check.h"
#include "config.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { OP_GET_CFG, OP_GET_CRED, OP_HAS_CFG, OP_HAS_CRED, OP_PROFILE_GET,
       OP_PROFILE_EXISTS, OP_SERVICE };

struct tfile {
	const char *name;
	const char *data;
	size_t len;
};

struct tcase {
	int op;
	int cfg, cred;          /* index in files, -1: a missing file */
	const char *profile;
	const char *key;
	const char *sub;
	int rc;                 /* 1 found, 0 not found, -1 error */
	const char *value;      /* value, or message for errors */
};

/*
 * # Prints the C tables of tests/unit/test_config.c from botocore's answers.
 * import os, sys, tempfile
 * import botocore.configloader as cl, botocore.session
 * from botocore.exceptions import ConfigParseError
 * from botocore.configprovider import ConfiguredEndpointProvider
 *
 * FILES = [
 *  ('basic', b'[default]\nregion = us-east-1\noutput=json\n[profile dev]\nregion = eu-west-1\nAWS_Access_Key_ID = AK\n'),
 *  ('profdef1', b'[default]\nregion=a\nx=1\n[profile default]\nregion=b\n'),
 *  ('profdef2', b'[profile default]\nregion=b\ny=2\n[default]\nregion=a\n'),
 *  ('defaults', b'[DEFAULT]\nregion = dflt\nout = o\n[default]\nout = mine\n[profile p]\n[DEFAULT]\nextra = e\n'),
 *  ('defbad_nosect', b'[DEFAULT]\na =\n  bad\n'),
 *  ('defbad_sect', b'[DEFAULT]\na =\n  bad\n[default]\nregion = r\n'),
 *  ('defbad_override', b'[DEFAULT]\na =\n  bad\n[default]\na = 1\n[profile q]\na = 2\n'),
 *  ('defbad_partial', b'[default]\na = 1\n[profile q]\nb = 2\n[DEFAULT]\na =\n  bad\n'),
 *  ('dupkey', b'[default]\nRegion = a\nregion = b\n'),
 *  ('dupsect', b'[default]\na=1\n[profile x]\n[default]\nb=2\n'),
 *  ('dupdefault_ok', b'[DEFAULT]\na=1\n[default]\n[DEFAULT]\nb=2\n'),
 *  ('dupdefault_key', b'[DEFAULT]\na=1\n[default]\n[DEFAULT]\na=2\n'),
 *  ('cont', b'[default]\nk = a\n  b\n\n  c\n\n\n# comment\nj = x\n\t  y\n  ; c2\n  z\n'),
 *  ('nested', b'[default]\ns3 =\n  addressing_style = path\n  Sig=v4=x\n\n  addressing_style = virtual\nregion = r\n'),
 *  ('nested_bad', b'[default]\nregion = r\n[profile other]\ns3 =\n  novalue\n'),
 *  ('indent_hdr', b'[default]\nk = a\n  [profile x]\nregion = r\n'),
 *  ('bom', b'\xef\xbb\xbf[default]\nregion = r\n'),
 *  ('crlf', b'[default]\r\nregion = r\r\nk =\r\n  a = 1\r\n[profile c]\rregion = c\r'),
 *  ('delims', b'[default]\nkey: v:1\nother = a=b:c\nc : d = e\nspaced key = s\n'),
 *  ('emptykey', b'[default]\n = v\n'),
 *  ('nodelim', b'[default]\nregion\n'),
 *  ('nosection', b'region = r\n[default]\n'),
 *  ('hdr_junk', b'[default] trailing\nregion = r\n[profile a]b] x\nregion = ab\n'),
 *  ('unicode_ws', '[default]\n\u00a0region\u2003=\u3000uni\u00a0\nk =\n\u00a0\u00a0a = 1\n'.encode()),
 *  ('vt_nested', b'[default]\nk =\n  a=1\x0bb=2\x1cc = 3\n'),
 *  ('vt_nested_bad', b'[default]\nk =\n  a=1\x0bnoeq\n'),
 *  ('badutf8', b'[default]\nregion = \xff\n'),
 *  ('surrogate', b'[default]\nregion = \xed\xa0\x80\n'),
 *  ('overlong', b'[default]\nregion = \xc0\xaf\n'),
 *  ('goodutf8', '[default]\nregion = caf\u00e9 \U0001f600\n'.encode()),
 *  ('shlex', b'[profile "a b"]\nk=1\n[profilex c]\nk=2\n[profile d e]\nk=3\n[profile "unterminated]\nk=4\n[profile f\\ g]\nk=5\n[profile "h\\"i\\j"]\nk=6\n[profile \'x y\']\nk=7\n[profile ""]\nk=8\n[profile\tt]\nk=9\n[profile m"n o"p]\nk=10\n[profile trail\\]\nk=11\n[ profile sp]\nk=12\n[PROFILE up]\nk=13\n'),
 *  ('emptyval', b'[default]\nk =\nj=\n\n[profile x]\n'),
 *  ('inline', b'[default]\nregion = us-east-1 # not a comment\nk = v ; still value\n'),
 *  ('empty', b''),
 *  ('comments', b'# just\n; comments\n\n   # indented\n'),
 *  ('sectcase', b'[Default]\nregion = D\n[default]\nregion = d\n[DEFAULT]\nz = 1\n[profile Dev]\nregion = Dev\n'),
 *  ('cred', b'[default]\naws_access_key_id = AKD\naws_secret_access_key = SKD\n[profile x]\naws_access_key_id = AKPX\n[x]\naws_access_key_id = AKX\nregion = cred-region\n[DEFAULT]\naws_session_token = TOK\n'),
 *  ('cred_bad', b'[default]\naws_access_key_id\n'),
 *  ('svc', b'[default]\nservices = s1\nregion = r\n[profile two]\nservices = s2\n[profile missing]\nservices = nope\n[profile empty]\nservices = s3\n[profile plain]\nservices = s4\n[profile dict]\nservices =\n  a = b\n[profile quoted]\nservices = my svc\n[profile emptyswf]\nservices = s5\n[services s1]\nswf =\n  endpoint_url = http://127.0.0.1:1/s1\n  other = x\ns3 =\n  endpoint_url = http://s3\n[services s2]\nsts =\n  endpoint_url = http://sts\n[services s3]\n[services s4]\nswf = http://plain\n[services "my svc"]\nswf =\n  endpoint_url = http://q\n  endpoint_url = http://q2\n[services s5]\nswf =\n'),
 *  ('svc_last', b'[default]\nservices = s\n[services s]\nswf =\n  endpoint_url = first\n[servicesX s]\nswf =\n  region = x\n'),
 *  ('svc_default', b'[DEFAULT]\nswf =\n  endpoint_url = from-default\n[default]\nservices = s\n[services s]\n[services t]\nswf =\n  Endpoint_URL = case\n[profile t]\nservices = t\n'),
 *  ('svc_cred', b'[default]\nservices = s\n'),
 *  ('svc_cfg2', b'[default]\nregion = r\n[services s]\nswf =\n  endpoint_url = via-cred\n'),
 *  ('merge_cfg', b'[default]\nregion = cfg-region\noutput = text\n[profile only_cfg]\nregion = oc\n'),
 *  ('merge_cred', b'[default]\nregion = cred-region\n[only_cred]\nregion = ocr\n[DEFAULT]\noutput = dflt\n'),
 * ]
 *
 * OPS = ['OP_GET_CFG', 'OP_GET_CRED', 'OP_HAS_CFG', 'OP_HAS_CRED', 'OP_PROFILE_GET', 'OP_PROFILE_EXISTS', 'OP_SERVICE']
 *
 * # (op, cfg file, cred file, profile, key, subkey)
 * CASES = []
 * def add(op, cfg, cred, profile, key=None, sub=None):
 *     CASES.append((op, cfg, cred, profile, key, sub))
 *
 * for name in ['basic', 'profdef1', 'profdef2', 'defaults', 'defbad_nosect', 'defbad_sect', 'defbad_override',
 *              'defbad_partial', 'dupkey', 'dupsect', 'dupdefault_ok', 'dupdefault_key', 'cont', 'nested', 'nested_bad',
 *              'indent_hdr', 'bom', 'crlf', 'delims', 'emptykey', 'nodelim', 'nosection', 'hdr_junk', 'unicode_ws',
 *              'vt_nested', 'vt_nested_bad', 'badutf8', 'surrogate', 'overlong', 'goodutf8', 'emptyval', 'inline',
 *              'empty', 'comments', 'sectcase']:
 *     for prof, key in [('default', 'region'), ('default', 'k'), ('default', 'out'), ('default', 'x'), ('default', 'y'),
 *                       ('default', 'a'), ('dev', 'region'), ('dev', 'aws_access_key_id'), ('p', 'region'),
 *                       ('p', 'extra'), ('default', 'extra'), ('q', 'a'), ('q', 'b'), ('c', 'region'), ('default', 'key'),
 *                       ('default', 'other'), ('default', 'c'), ('default', 'spaced key'), ('default', 's3'),
 *                       ('default', 'j'), ('x', 'region'), ('Dev', 'region'), ('default', 'z'), ('a]b', 'region'),
 *                       ('default', 'nope')]:
 *         add('OP_GET_CFG', name, None, prof, key)
 *     for prof in ['default', 'dev', 'p', 'x', 'q', 'c', 'other', 'Dev', 'DEFAULT', 'nope']:
 *         add('OP_HAS_CFG', name, None, prof)
 * for prof in ['a b', 'c', 'd e', 'd', 'unterminated', 'f g', 'h"i\\j', 'x y', '', 't', 'mn op', 'trail', 'sp', 'up']:
 *     add('OP_GET_CFG', 'shlex', None, prof, 'k')
 *     add('OP_HAS_CFG', 'shlex', None, prof)
 * for name in ['cred', 'cred_bad', 'basic', 'defaults', 'sectcase', 'empty']:
 *     for prof, key in [('default', 'aws_access_key_id'), ('default', 'aws_session_token'), ('x', 'aws_access_key_id'),
 *                       ('x', 'region'), ('profile x', 'aws_access_key_id'), ('DEFAULT', 'aws_session_token'),
 *                       ('default', 'region'), ('profile dev', 'region'), ('Default', 'region'), ('nope', 'region')]:
 *         add('OP_GET_CRED', name, None, prof, key)
 *     for prof in ['default', 'x', 'profile x', 'DEFAULT', 'profile dev', 'dev', 'nope']:
 *         add('OP_HAS_CRED', name, None, prof)
 * for prof, key in [('default', 'region'), ('default', 'output'), ('only_cfg', 'region'), ('only_cfg', 'output'),
 *                   ('only_cred', 'region'), ('only_cred', 'output'), ('nope', 'region')]:
 *     add('OP_PROFILE_GET', 'merge_cfg', 'merge_cred', prof, key)
 *     add('OP_PROFILE_GET', 'merge_cfg', None, prof, key)
 *     add('OP_PROFILE_GET', None, 'merge_cred', prof, key)
 *     add('OP_PROFILE_GET', 'cred_bad', 'merge_cred', prof, key)
 *     add('OP_PROFILE_GET', 'merge_cfg', 'cred_bad', prof, key)
 *     add('OP_PROFILE_GET', 'dupkey', 'cred_bad', prof, key)
 * for prof in ['default', 'only_cfg', 'only_cred', 'nope']:
 *     add('OP_PROFILE_EXISTS', 'merge_cfg', 'merge_cred', prof)
 *     add('OP_PROFILE_EXISTS', None, 'merge_cred', prof)
 *     add('OP_PROFILE_EXISTS', 'merge_cfg', 'cred_bad', prof)
 * for prof in ['default', 'two', 'missing', 'empty', 'plain', 'dict', 'quoted', 'emptyswf', 'nope']:
 *     for sub in ['endpoint_url', 'other', 'nope']:
 *         add('OP_SERVICE', 'svc', None, prof, 'swf', sub)
 * add('OP_SERVICE', 'svc', None, 'default', 's3', 'endpoint_url')
 * add('OP_SERVICE', 'svc', None, 'two', 'sts', 'endpoint_url')
 * add('OP_SERVICE', 'svc_last', None, 'default', 'swf', 'endpoint_url')
 * add('OP_SERVICE', 'svc_last', None, 'default', 'swf', 'region')
 * for prof in ['default', 't']:
 *     for sub in ['endpoint_url', 'Endpoint_URL']:
 *         add('OP_SERVICE', 'svc_default', None, prof, 'swf', sub)
 * add('OP_SERVICE', 'svc_cfg2', 'svc_cred', 'default', 'swf', 'endpoint_url')
 * add('OP_SERVICE', None, 'svc_cred', 'default', 'swf', 'endpoint_url')
 * add('OP_SERVICE', 'basic', None, 'default', 'swf', 'endpoint_url')
 * add('OP_SERVICE', 'dupkey', None, 'default', 'swf', 'endpoint_url')
 *
 * d = tempfile.mkdtemp()
 * def path(name):
 *     return os.path.join(d, name if name else 'missing')
 * for name, data in FILES:
 *     open(path(name), 'wb').write(data)
 *
 * def msg(e):
 *     return str(e).replace(d + '/', '@')
 *
 * def truth(op, cfg, cred, profile, key, sub):
 *     """(rc, value or message): rc 1 found, 0 not found, -1 error."""
 *     try:
 *         if op in ('OP_GET_CFG', 'OP_HAS_CFG'):
 *             cl.load_config(path(cfg))       # raises on any parse error
 *             raw = cl.build_profile_map(cl.raw_config_parse(path(cfg), False))['profiles']
 *             if op == 'OP_HAS_CFG':
 *                 return (1 if profile in raw else 0, None)
 *             v = raw.get(profile, {}).get(key)
 *             return (0, None) if v is None else (1, v)
 *         if op in ('OP_GET_CRED', 'OP_HAS_CRED'):
 *             if not os.path.isfile(path(cred)):
 *                 return (0, None)
 *             cl.raw_config_parse(path(cred))
 *             raw = cl.raw_config_parse(path(cred), False)
 *             if op == 'OP_HAS_CRED':
 *                 return (1 if profile in raw else 0, None)
 *             v = raw.get(profile, {}).get(key)
 *             return (0, None) if v is None else (1, v)
 *         os.environ['AWS_CONFIG_FILE'] = path(cfg)
 *         os.environ['AWS_SHARED_CREDENTIALS_FILE'] = path(cred)
 *         s = botocore.session.Session()
 *         full = s.full_config
 *         profiles = full['profiles']
 *         if op == 'OP_PROFILE_EXISTS':
 *             return (1 if profile in profiles else 0, None)
 *         if op == 'OP_PROFILE_GET':
 *             v = profiles.get(profile, {}).get(key)
 *             return (0, None) if v is None else (1, v)
 *         scoped = profiles.get(profile, {})
 *         p = ConfiguredEndpointProvider(full, scoped, 'swf', environ={})
 *         v = p._get_services_config().get(key, {}).get(sub)
 *         return (0, None) if v is None else (1, v)
 *     except ConfigParseError as e:
 *         return (-1, msg(e))
 *     except Exception as e:
 *         return (-1, msg(e))
 *
 * def cstr(b):
 *     if b is None:
 *         return 'NULL'
 *     if isinstance(b, str):
 *         b = b.encode()
 *     out = '"'
 *     for c in b:
 *         ch = chr(c)
 *         if c < 128 and (ch.isalnum() or ch in ' .,-_:/=@()[]{}!\'+*&^%$#~|<>;`'):
 *             out += ch
 *         else:
 *             out += '\\%03o' % c
 *     return out + '"'
 *
 * names = [n for n, _ in FILES]
 * print('static const struct tfile files[] = {')
 * for n, data in FILES:
 *     print('\t{ %s, %s, %d },' % (cstr(n), cstr(data), len(data)))
 * print('};\n')
 * print('static const struct tcase cases[] = {')
 * for c in CASES:
 *     rc, v = truth(*c)
 *     op, cfg, cred, profile, key, sub = c
 *     if rc == 1 and isinstance(v, dict):
 *         raise SystemExit('nested value in case %r' % (c,))
 *     print('\t{ %s, %d, %d, %s, %s, %s, %d, %s },' % (op, names.index(cfg) if cfg else -1,
 *           names.index(cred) if cred else -1, cstr(profile), cstr(key), cstr(sub), rc, cstr(v)))
 * print('};')
 */

static const struct tfile files[] = {
	{ "basic", "[default]\012region = us-east-1\012output=json\012[profile dev]\012region = eu-west-1\012AWS_Access_Key_ID = AK\012", 97 },
	{ "profdef1", "[default]\012region=a\012x=1\012[profile default]\012region=b\012", 50 },
	{ "profdef2", "[profile default]\012region=b\012y=2\012[default]\012region=a\012", 50 },
	{ "defaults", "[DEFAULT]\012region = dflt\012out = o\012[default]\012out = mine\012[profile p]\012[DEFAULT]\012extra = e\012", 85 },
	{ "defbad_nosect", "[DEFAULT]\012a =\012  bad\012", 20 },
	{ "defbad_sect", "[DEFAULT]\012a =\012  bad\012[default]\012region = r\012", 41 },
	{ "defbad_override", "[DEFAULT]\012a =\012  bad\012[default]\012a = 1\012[profile q]\012a = 2\012", 54 },
	{ "defbad_partial", "[default]\012a = 1\012[profile q]\012b = 2\012[DEFAULT]\012a =\012  bad\012", 54 },
	{ "dupkey", "[default]\012Region = a\012region = b\012", 32 },
	{ "dupsect", "[default]\012a=1\012[profile x]\012[default]\012b=2\012", 40 },
	{ "dupdefault_ok", "[DEFAULT]\012a=1\012[default]\012[DEFAULT]\012b=2\012", 38 },
	{ "dupdefault_key", "[DEFAULT]\012a=1\012[default]\012[DEFAULT]\012a=2\012", 38 },
	{ "cont", "[default]\012k = a\012  b\012\012  c\012\012\012# comment\012j = x\012\011  y\012  ; c2\012  z\012", 59 },
	{ "nested", "[default]\012s3 =\012  addressing_style = path\012  Sig=v4=x\012\012  addressing_style = virtual\012region = r\012", 93 },
	{ "nested_bad", "[default]\012region = r\012[profile other]\012s3 =\012  novalue\012", 52 },
	{ "indent_hdr", "[default]\012k = a\012  [profile x]\012region = r\012", 41 },
	{ "bom", "\357\273\277[default]\012region = r\012", 24 },
	{ "crlf", "[default]\015\012region = r\015\012k =\015\012  a = 1\015\012[profile c]\015region = c\015", 60 },
	{ "delims", "[default]\012key: v:1\012other = a=b:c\012c : d = e\012spaced key = s\012", 58 },
	{ "emptykey", "[default]\012 = v\012", 15 },
	{ "nodelim", "[default]\012region\012", 17 },
	{ "nosection", "region = r\012[default]\012", 21 },
	{ "hdr_junk", "[default] trailing\012region = r\012[profile a]b] x\012region = ab\012", 58 },
	{ "unicode_ws", "[default]\012\302\240region\342\200\203=\343\200\200uni\302\240\012k =\012\302\240\302\240a = 1\012", 45 },
	{ "vt_nested", "[default]\012k =\012  a=1\013b=2\034c = 3\012", 30 },
	{ "vt_nested_bad", "[default]\012k =\012  a=1\013noeq\012", 25 },
	{ "badutf8", "[default]\012region = \377\012", 21 },
	{ "surrogate", "[default]\012region = \355\240\200\012", 23 },
	{ "overlong", "[default]\012region = \300\257\012", 22 },
	{ "goodutf8", "[default]\012region = caf\303\251 \360\237\230\200\012", 30 },
	{ "shlex", "[profile \042a b\042]\012k=1\012[profilex c]\012k=2\012[profile d e]\012k=3\012[profile \042unterminated]\012k=4\012[profile f\134 g]\012k=5\012[profile \042h\134\042i\134j\042]\012k=6\012[profile 'x y']\012k=7\012[profile \042\042]\012k=8\012[profile\011t]\012k=9\012[profile m\042n o\042p]\012k=10\012[profile trail\134]\012k=11\012[ profile sp]\012k=12\012[PROFILE up]\012k=13\012", 260 },
	{ "emptyval", "[default]\012k =\012j=\012\012[profile x]\012", 30 },
	{ "inline", "[default]\012region = us-east-1 # not a comment\012k = v ; still value\012", 65 },
	{ "empty", "", 0 },
	{ "comments", "# just\012; comments\012\012   # indented\012", 33 },
	{ "sectcase", "[Default]\012region = D\012[default]\012region = d\012[DEFAULT]\012z = 1\012[profile Dev]\012region = Dev\012", 85 },
	{ "cred", "[default]\012aws_access_key_id = AKD\012aws_secret_access_key = SKD\012[profile x]\012aws_access_key_id = AKPX\012[x]\012aws_access_key_id = AKX\012region = cred-region\012[DEFAULT]\012aws_session_token = TOK\012", 182 },
	{ "cred_bad", "[default]\012aws_access_key_id\012", 28 },
	{ "svc", "[default]\012services = s1\012region = r\012[profile two]\012services = s2\012[profile missing]\012services = nope\012[profile empty]\012services = s3\012[profile plain]\012services = s4\012[profile dict]\012services =\012  a = b\012[profile quoted]\012services = my svc\012[profile emptyswf]\012services = s5\012[services s1]\012swf =\012  endpoint_url = http://127.0.0.1:1/s1\012  other = x\012s3 =\012  endpoint_url = http://s3\012[services s2]\012sts =\012  endpoint_url = http://sts\012[services s3]\012[services s4]\012swf = http://plain\012[services \042my svc\042]\012swf =\012  endpoint_url = http://q\012  endpoint_url = http://q2\012[services s5]\012swf =\012", 556 },
	{ "svc_last", "[default]\012services = s\012[services s]\012swf =\012  endpoint_url = first\012[servicesX s]\012swf =\012  region = x\012", 98 },
	{ "svc_default", "[DEFAULT]\012swf =\012  endpoint_url = from-default\012[default]\012services = s\012[services s]\012[services t]\012swf =\012  Endpoint_URL = case\012[profile t]\012services = t\012", 148 },
	{ "svc_cred", "[default]\012services = s\012", 23 },
	{ "svc_cfg2", "[default]\012region = r\012[services s]\012swf =\012  endpoint_url = via-cred\012", 66 },
	{ "merge_cfg", "[default]\012region = cfg-region\012output = text\012[profile only_cfg]\012region = oc\012", 75 },
	{ "merge_cred", "[default]\012region = cred-region\012[only_cred]\012region = ocr\012[DEFAULT]\012output = dflt\012", 80 },
};

static const struct tcase cases[] = {
	{ OP_GET_CFG, 0, -1, "default", "region", NULL, 1, "us-east-1" },
	{ OP_GET_CFG, 0, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "dev", "region", NULL, 1, "eu-west-1" },
	{ OP_GET_CFG, 0, -1, "dev", "aws_access_key_id", NULL, 1, "AK" },
	{ OP_GET_CFG, 0, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 0, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 0, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 0, -1, "dev", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 0, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 0, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 0, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 0, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 0, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 0, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 0, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 0, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "region", NULL, 1, "b" },
	{ OP_GET_CFG, 1, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 1, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 1, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 1, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 1, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 1, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 1, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 1, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 1, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 1, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 1, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 1, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "region", NULL, 1, "a" },
	{ OP_GET_CFG, 2, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 2, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 2, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 2, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 2, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 2, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 2, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 2, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 2, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 2, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 2, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 2, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "region", NULL, 1, "dflt" },
	{ OP_GET_CFG, 3, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "out", NULL, 1, "mine" },
	{ OP_GET_CFG, 3, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "p", "region", NULL, 1, "dflt" },
	{ OP_GET_CFG, 3, -1, "p", "extra", NULL, 1, "e" },
	{ OP_GET_CFG, 3, -1, "default", "extra", NULL, 1, "e" },
	{ OP_GET_CFG, 3, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 3, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 3, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 3, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 3, -1, "p", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 3, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 3, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 3, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 3, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 3, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 3, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 3, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 4, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 4, -1, "default", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 4, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 4, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 4, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 4, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 4, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 4, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 4, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 4, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 4, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 5, -1, "default", "region", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "k", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "out", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "x", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "y", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "a", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "dev", "region", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "p", "region", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "p", "extra", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "extra", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "q", "a", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "q", "b", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "c", "region", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "key", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "other", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "c", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "s3", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "j", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "x", "region", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "z", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 5, -1, "default", "nope", NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_HAS_CFG, 5, -1, "default", NULL, NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_HAS_CFG, 5, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_HAS_CFG, 5, -1, "p", NULL, NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_HAS_CFG, 5, -1, "x", NULL, NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_HAS_CFG, 5, -1, "q", NULL, NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_HAS_CFG, 5, -1, "c", NULL, NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_HAS_CFG, 5, -1, "other", NULL, NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_HAS_CFG, 5, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_HAS_CFG, 5, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_HAS_CFG, 5, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @defbad_sect" },
	{ OP_GET_CFG, 6, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "a", NULL, 1, "1" },
	{ OP_GET_CFG, 6, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "q", "a", NULL, 1, "2" },
	{ OP_GET_CFG, 6, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 6, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 6, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 6, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 6, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 6, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 6, -1, "q", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 6, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 6, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 6, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 6, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 6, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 7, -1, "default", "region", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "k", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "out", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "x", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "y", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "a", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "dev", "region", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "p", "region", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "p", "extra", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "extra", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "q", "a", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "q", "b", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "c", "region", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "key", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "other", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "c", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "s3", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "j", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "x", "region", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "z", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 7, -1, "default", "nope", NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_HAS_CFG, 7, -1, "default", NULL, NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_HAS_CFG, 7, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_HAS_CFG, 7, -1, "p", NULL, NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_HAS_CFG, 7, -1, "x", NULL, NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_HAS_CFG, 7, -1, "q", NULL, NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_HAS_CFG, 7, -1, "c", NULL, NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_HAS_CFG, 7, -1, "other", NULL, NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_HAS_CFG, 7, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_HAS_CFG, 7, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_HAS_CFG, 7, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @defbad_partial" },
	{ OP_GET_CFG, 8, -1, "default", "region", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "k", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "out", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "x", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "y", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "a", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "dev", "region", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "p", "region", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "p", "extra", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "extra", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "q", "a", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "q", "b", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "c", "region", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "key", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "other", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "c", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "s3", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "j", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "x", "region", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "z", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 8, -1, "default", "nope", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_HAS_CFG, 8, -1, "default", NULL, NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_HAS_CFG, 8, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_HAS_CFG, 8, -1, "p", NULL, NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_HAS_CFG, 8, -1, "x", NULL, NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_HAS_CFG, 8, -1, "q", NULL, NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_HAS_CFG, 8, -1, "c", NULL, NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_HAS_CFG, 8, -1, "other", NULL, NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_HAS_CFG, 8, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_HAS_CFG, 8, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_HAS_CFG, 8, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_GET_CFG, 9, -1, "default", "region", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "k", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "out", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "x", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "y", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "a", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "dev", "region", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "p", "region", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "p", "extra", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "extra", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "q", "a", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "q", "b", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "c", "region", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "key", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "other", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "c", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "s3", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "j", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "x", "region", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "z", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 9, -1, "default", "nope", NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_HAS_CFG, 9, -1, "default", NULL, NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_HAS_CFG, 9, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_HAS_CFG, 9, -1, "p", NULL, NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_HAS_CFG, 9, -1, "x", NULL, NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_HAS_CFG, 9, -1, "q", NULL, NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_HAS_CFG, 9, -1, "c", NULL, NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_HAS_CFG, 9, -1, "other", NULL, NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_HAS_CFG, 9, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_HAS_CFG, 9, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_HAS_CFG, 9, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @dupsect" },
	{ OP_GET_CFG, 10, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "a", NULL, 1, "1" },
	{ OP_GET_CFG, 10, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 10, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 10, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 10, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 10, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 10, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 10, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 10, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 10, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 10, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 10, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 10, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 11, -1, "default", "region", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "k", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "out", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "x", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "y", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "a", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "dev", "region", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "p", "region", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "p", "extra", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "extra", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "q", "a", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "q", "b", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "c", "region", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "key", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "other", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "c", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "s3", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "j", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "x", "region", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "z", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 11, -1, "default", "nope", NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_HAS_CFG, 11, -1, "default", NULL, NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_HAS_CFG, 11, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_HAS_CFG, 11, -1, "p", NULL, NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_HAS_CFG, 11, -1, "x", NULL, NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_HAS_CFG, 11, -1, "q", NULL, NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_HAS_CFG, 11, -1, "c", NULL, NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_HAS_CFG, 11, -1, "other", NULL, NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_HAS_CFG, 11, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_HAS_CFG, 11, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_HAS_CFG, 11, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @dupdefault_key" },
	{ OP_GET_CFG, 12, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "k", NULL, 1, "a\012b\012\012c" },
	{ OP_GET_CFG, 12, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "j", NULL, 1, "x\012y\012z" },
	{ OP_GET_CFG, 12, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 12, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 12, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 12, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 12, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 12, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 12, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 12, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 12, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 12, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 12, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 12, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "region", NULL, 1, "r" },
	{ OP_GET_CFG, 13, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "s3", NULL, 1, "\012addressing_style = path\012Sig=v4=x\012\012addressing_style = virtual" },
	{ OP_GET_CFG, 13, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 13, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 13, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 13, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 13, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 13, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 13, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 13, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 13, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 13, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 13, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 13, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 14, -1, "default", "region", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "k", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "out", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "x", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "y", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "a", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "dev", "region", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "p", "region", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "p", "extra", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "extra", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "q", "a", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "q", "b", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "c", "region", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "key", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "other", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "c", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "s3", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "j", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "x", "region", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "z", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 14, -1, "default", "nope", NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_HAS_CFG, 14, -1, "default", NULL, NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_HAS_CFG, 14, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_HAS_CFG, 14, -1, "p", NULL, NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_HAS_CFG, 14, -1, "x", NULL, NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_HAS_CFG, 14, -1, "q", NULL, NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_HAS_CFG, 14, -1, "c", NULL, NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_HAS_CFG, 14, -1, "other", NULL, NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_HAS_CFG, 14, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_HAS_CFG, 14, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_HAS_CFG, 14, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @nested_bad" },
	{ OP_GET_CFG, 15, -1, "default", "region", NULL, 1, "r" },
	{ OP_GET_CFG, 15, -1, "default", "k", NULL, 1, "a\012[profile x]" },
	{ OP_GET_CFG, 15, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 15, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 15, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 15, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 15, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 15, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 15, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 15, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 15, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 15, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 15, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 15, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 16, -1, "default", "region", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "k", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "out", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "x", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "y", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "a", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "dev", "region", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "p", "region", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "p", "extra", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "extra", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "q", "a", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "q", "b", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "c", "region", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "key", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "other", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "c", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "s3", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "j", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "x", "region", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "z", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 16, -1, "default", "nope", NULL, -1, "Unable to parse config file: @bom" },
	{ OP_HAS_CFG, 16, -1, "default", NULL, NULL, -1, "Unable to parse config file: @bom" },
	{ OP_HAS_CFG, 16, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @bom" },
	{ OP_HAS_CFG, 16, -1, "p", NULL, NULL, -1, "Unable to parse config file: @bom" },
	{ OP_HAS_CFG, 16, -1, "x", NULL, NULL, -1, "Unable to parse config file: @bom" },
	{ OP_HAS_CFG, 16, -1, "q", NULL, NULL, -1, "Unable to parse config file: @bom" },
	{ OP_HAS_CFG, 16, -1, "c", NULL, NULL, -1, "Unable to parse config file: @bom" },
	{ OP_HAS_CFG, 16, -1, "other", NULL, NULL, -1, "Unable to parse config file: @bom" },
	{ OP_HAS_CFG, 16, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @bom" },
	{ OP_HAS_CFG, 16, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @bom" },
	{ OP_HAS_CFG, 16, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @bom" },
	{ OP_GET_CFG, 17, -1, "default", "region", NULL, 1, "r" },
	{ OP_GET_CFG, 17, -1, "default", "k", NULL, 1, "\012a = 1" },
	{ OP_GET_CFG, 17, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "c", "region", NULL, 1, "c" },
	{ OP_GET_CFG, 17, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 17, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 17, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 17, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 17, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 17, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 17, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 17, -1, "c", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 17, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 17, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 17, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 17, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "default", "key", NULL, 1, "v:1" },
	{ OP_GET_CFG, 18, -1, "default", "other", NULL, 1, "a=b:c" },
	{ OP_GET_CFG, 18, -1, "default", "c", NULL, 1, "d = e" },
	{ OP_GET_CFG, 18, -1, "default", "spaced key", NULL, 1, "s" },
	{ OP_GET_CFG, 18, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 18, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 18, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 18, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 18, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 18, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 18, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 18, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 18, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 18, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 18, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 18, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 19, -1, "default", "region", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "k", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "out", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "x", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "y", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "a", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "dev", "region", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "p", "region", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "p", "extra", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "extra", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "q", "a", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "q", "b", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "c", "region", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "key", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "other", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "c", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "s3", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "j", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "x", "region", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "z", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 19, -1, "default", "nope", NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_HAS_CFG, 19, -1, "default", NULL, NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_HAS_CFG, 19, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_HAS_CFG, 19, -1, "p", NULL, NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_HAS_CFG, 19, -1, "x", NULL, NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_HAS_CFG, 19, -1, "q", NULL, NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_HAS_CFG, 19, -1, "c", NULL, NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_HAS_CFG, 19, -1, "other", NULL, NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_HAS_CFG, 19, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_HAS_CFG, 19, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_HAS_CFG, 19, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @emptykey" },
	{ OP_GET_CFG, 20, -1, "default", "region", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "k", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "out", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "x", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "y", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "a", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "dev", "region", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "p", "region", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "p", "extra", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "extra", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "q", "a", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "q", "b", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "c", "region", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "key", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "other", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "c", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "s3", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "j", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "x", "region", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "z", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 20, -1, "default", "nope", NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_HAS_CFG, 20, -1, "default", NULL, NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_HAS_CFG, 20, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_HAS_CFG, 20, -1, "p", NULL, NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_HAS_CFG, 20, -1, "x", NULL, NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_HAS_CFG, 20, -1, "q", NULL, NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_HAS_CFG, 20, -1, "c", NULL, NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_HAS_CFG, 20, -1, "other", NULL, NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_HAS_CFG, 20, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_HAS_CFG, 20, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_HAS_CFG, 20, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @nodelim" },
	{ OP_GET_CFG, 21, -1, "default", "region", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "k", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "out", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "x", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "y", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "a", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "dev", "region", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "p", "region", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "p", "extra", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "extra", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "q", "a", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "q", "b", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "c", "region", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "key", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "other", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "c", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "s3", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "j", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "x", "region", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "z", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 21, -1, "default", "nope", NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_HAS_CFG, 21, -1, "default", NULL, NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_HAS_CFG, 21, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_HAS_CFG, 21, -1, "p", NULL, NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_HAS_CFG, 21, -1, "x", NULL, NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_HAS_CFG, 21, -1, "q", NULL, NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_HAS_CFG, 21, -1, "c", NULL, NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_HAS_CFG, 21, -1, "other", NULL, NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_HAS_CFG, 21, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_HAS_CFG, 21, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_HAS_CFG, 21, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @nosection" },
	{ OP_GET_CFG, 22, -1, "default", "region", NULL, 1, "r" },
	{ OP_GET_CFG, 22, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 22, -1, "a]b", "region", NULL, 1, "ab" },
	{ OP_GET_CFG, 22, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 22, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 22, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 22, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 22, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 22, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 22, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 22, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 22, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 22, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 22, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "region", NULL, 1, "uni" },
	{ OP_GET_CFG, 23, -1, "default", "k", NULL, 1, "\012a = 1" },
	{ OP_GET_CFG, 23, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 23, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 23, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 23, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 23, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 23, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 23, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 23, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 23, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 23, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 23, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 23, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "k", NULL, 1, "\012a=1\013b=2\034c = 3" },
	{ OP_GET_CFG, 24, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 24, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 24, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 24, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 24, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 24, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 24, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 24, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 24, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 24, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 24, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 24, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 25, -1, "default", "region", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "k", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "out", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "x", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "y", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "a", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "dev", "region", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "p", "region", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "p", "extra", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "extra", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "q", "a", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "q", "b", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "c", "region", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "key", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "other", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "c", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "s3", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "j", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "x", "region", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "z", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 25, -1, "default", "nope", NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_HAS_CFG, 25, -1, "default", NULL, NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_HAS_CFG, 25, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_HAS_CFG, 25, -1, "p", NULL, NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_HAS_CFG, 25, -1, "x", NULL, NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_HAS_CFG, 25, -1, "q", NULL, NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_HAS_CFG, 25, -1, "c", NULL, NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_HAS_CFG, 25, -1, "other", NULL, NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_HAS_CFG, 25, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_HAS_CFG, 25, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_HAS_CFG, 25, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @vt_nested_bad" },
	{ OP_GET_CFG, 26, -1, "default", "region", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "k", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "out", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "x", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "y", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "a", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "dev", "region", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "p", "region", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "p", "extra", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "extra", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "q", "a", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "q", "b", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "c", "region", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "key", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "other", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "c", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "s3", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "j", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "x", "region", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "z", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 26, -1, "default", "nope", NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_HAS_CFG, 26, -1, "default", NULL, NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_HAS_CFG, 26, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_HAS_CFG, 26, -1, "p", NULL, NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_HAS_CFG, 26, -1, "x", NULL, NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_HAS_CFG, 26, -1, "q", NULL, NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_HAS_CFG, 26, -1, "c", NULL, NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_HAS_CFG, 26, -1, "other", NULL, NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_HAS_CFG, 26, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_HAS_CFG, 26, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_HAS_CFG, 26, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @badutf8" },
	{ OP_GET_CFG, 27, -1, "default", "region", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "k", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "out", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "x", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "y", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "a", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "dev", "region", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "p", "region", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "p", "extra", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "extra", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "q", "a", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "q", "b", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "c", "region", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "key", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "other", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "c", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "s3", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "j", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "x", "region", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "z", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 27, -1, "default", "nope", NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_HAS_CFG, 27, -1, "default", NULL, NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_HAS_CFG, 27, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_HAS_CFG, 27, -1, "p", NULL, NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_HAS_CFG, 27, -1, "x", NULL, NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_HAS_CFG, 27, -1, "q", NULL, NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_HAS_CFG, 27, -1, "c", NULL, NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_HAS_CFG, 27, -1, "other", NULL, NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_HAS_CFG, 27, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_HAS_CFG, 27, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_HAS_CFG, 27, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @surrogate" },
	{ OP_GET_CFG, 28, -1, "default", "region", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "k", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "out", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "x", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "y", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "a", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "dev", "region", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "dev", "aws_access_key_id", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "p", "region", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "p", "extra", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "extra", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "q", "a", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "q", "b", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "c", "region", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "key", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "other", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "c", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "spaced key", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "s3", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "j", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "x", "region", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "Dev", "region", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "z", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "a]b", "region", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 28, -1, "default", "nope", NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_HAS_CFG, 28, -1, "default", NULL, NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_HAS_CFG, 28, -1, "dev", NULL, NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_HAS_CFG, 28, -1, "p", NULL, NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_HAS_CFG, 28, -1, "x", NULL, NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_HAS_CFG, 28, -1, "q", NULL, NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_HAS_CFG, 28, -1, "c", NULL, NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_HAS_CFG, 28, -1, "other", NULL, NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_HAS_CFG, 28, -1, "Dev", NULL, NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_HAS_CFG, 28, -1, "DEFAULT", NULL, NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_HAS_CFG, 28, -1, "nope", NULL, NULL, -1, "Unable to parse config file: @overlong" },
	{ OP_GET_CFG, 29, -1, "default", "region", NULL, 1, "caf\303\251 \360\237\230\200" },
	{ OP_GET_CFG, 29, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 29, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 29, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 29, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 29, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 29, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 29, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 29, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 29, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 29, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 29, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 29, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "k", NULL, 1, "" },
	{ OP_GET_CFG, 31, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "j", NULL, 1, "" },
	{ OP_GET_CFG, 31, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 31, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 31, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 31, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 31, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 31, -1, "x", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 31, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 31, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 31, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 31, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 31, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 31, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "region", NULL, 1, "us-east-1 # not a comment" },
	{ OP_GET_CFG, 32, -1, "default", "k", NULL, 1, "v ; still value" },
	{ OP_GET_CFG, 32, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 32, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 32, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 32, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 32, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 32, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 32, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 32, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 32, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 32, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 32, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 32, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 33, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 33, -1, "default", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 33, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 33, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 33, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 33, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 33, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 33, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 33, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 33, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 33, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "Dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "z", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 34, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 34, -1, "default", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 34, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 34, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 34, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 34, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 34, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 34, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 34, -1, "Dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 34, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 34, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "region", NULL, 1, "d" },
	{ OP_GET_CFG, 35, -1, "default", "k", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "out", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "x", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "y", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "dev", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "dev", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "p", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "p", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "extra", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "q", "a", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "q", "b", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "c", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "key", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "other", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "c", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "spaced key", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "s3", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "j", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "Dev", "region", NULL, 1, "Dev" },
	{ OP_GET_CFG, 35, -1, "default", "z", NULL, 1, "1" },
	{ OP_GET_CFG, 35, -1, "a]b", "region", NULL, 0, NULL },
	{ OP_GET_CFG, 35, -1, "default", "nope", NULL, 0, NULL },
	{ OP_HAS_CFG, 35, -1, "default", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 35, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 35, -1, "p", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 35, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 35, -1, "q", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 35, -1, "c", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 35, -1, "other", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 35, -1, "Dev", NULL, NULL, 1, NULL },
	{ OP_HAS_CFG, 35, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CFG, 35, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 30, -1, "a b", "k", NULL, 1, "1" },
	{ OP_HAS_CFG, 30, -1, "a b", NULL, NULL, 1, NULL },
	{ OP_GET_CFG, 30, -1, "c", "k", NULL, 1, "2" },
	{ OP_HAS_CFG, 30, -1, "c", NULL, NULL, 1, NULL },
	{ OP_GET_CFG, 30, -1, "d e", "k", NULL, 0, NULL },
	{ OP_HAS_CFG, 30, -1, "d e", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 30, -1, "d", "k", NULL, 0, NULL },
	{ OP_HAS_CFG, 30, -1, "d", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 30, -1, "unterminated", "k", NULL, 0, NULL },
	{ OP_HAS_CFG, 30, -1, "unterminated", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 30, -1, "f g", "k", NULL, 1, "5" },
	{ OP_HAS_CFG, 30, -1, "f g", NULL, NULL, 1, NULL },
	{ OP_GET_CFG, 30, -1, "h\042i\134j", "k", NULL, 1, "6" },
	{ OP_HAS_CFG, 30, -1, "h\042i\134j", NULL, NULL, 1, NULL },
	{ OP_GET_CFG, 30, -1, "x y", "k", NULL, 1, "7" },
	{ OP_HAS_CFG, 30, -1, "x y", NULL, NULL, 1, NULL },
	{ OP_GET_CFG, 30, -1, "", "k", NULL, 1, "8" },
	{ OP_HAS_CFG, 30, -1, "", NULL, NULL, 1, NULL },
	{ OP_GET_CFG, 30, -1, "t", "k", NULL, 1, "9" },
	{ OP_HAS_CFG, 30, -1, "t", NULL, NULL, 1, NULL },
	{ OP_GET_CFG, 30, -1, "mn op", "k", NULL, 1, "10" },
	{ OP_HAS_CFG, 30, -1, "mn op", NULL, NULL, 1, NULL },
	{ OP_GET_CFG, 30, -1, "trail", "k", NULL, 0, NULL },
	{ OP_HAS_CFG, 30, -1, "trail", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 30, -1, "sp", "k", NULL, 0, NULL },
	{ OP_HAS_CFG, 30, -1, "sp", NULL, NULL, 0, NULL },
	{ OP_GET_CFG, 30, -1, "up", "k", NULL, 0, NULL },
	{ OP_HAS_CFG, 30, -1, "up", NULL, NULL, 0, NULL },
	{ OP_GET_CRED, 36, -1, "default", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 36, -1, "default", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 36, -1, "x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 36, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 36, -1, "profile x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 36, -1, "DEFAULT", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 36, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 36, -1, "profile dev", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 36, -1, "Default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 36, -1, "nope", "region", NULL, 0, NULL },
	{ OP_HAS_CRED, 36, -1, "default", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 36, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 36, -1, "profile x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 36, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 36, -1, "profile dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 36, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 36, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CRED, 37, -1, "default", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 37, -1, "default", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 37, -1, "x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 37, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 37, -1, "profile x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 37, -1, "DEFAULT", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 37, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 37, -1, "profile dev", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 37, -1, "Default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 37, -1, "nope", "region", NULL, 0, NULL },
	{ OP_HAS_CRED, 37, -1, "default", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 37, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 37, -1, "profile x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 37, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 37, -1, "profile dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 37, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 37, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CRED, 0, -1, "default", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 0, -1, "default", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 0, -1, "x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 0, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 0, -1, "profile x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 0, -1, "DEFAULT", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 0, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 0, -1, "profile dev", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 0, -1, "Default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 0, -1, "nope", "region", NULL, 0, NULL },
	{ OP_HAS_CRED, 0, -1, "default", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 0, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 0, -1, "profile x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 0, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 0, -1, "profile dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 0, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 0, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CRED, 3, -1, "default", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 3, -1, "default", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 3, -1, "x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 3, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 3, -1, "profile x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 3, -1, "DEFAULT", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 3, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 3, -1, "profile dev", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 3, -1, "Default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 3, -1, "nope", "region", NULL, 0, NULL },
	{ OP_HAS_CRED, 3, -1, "default", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 3, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 3, -1, "profile x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 3, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 3, -1, "profile dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 3, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 3, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CRED, 35, -1, "default", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 35, -1, "default", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 35, -1, "x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 35, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 35, -1, "profile x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 35, -1, "DEFAULT", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 35, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 35, -1, "profile dev", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 35, -1, "Default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 35, -1, "nope", "region", NULL, 0, NULL },
	{ OP_HAS_CRED, 35, -1, "default", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 35, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 35, -1, "profile x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 35, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 35, -1, "profile dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 35, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 35, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_GET_CRED, 33, -1, "default", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 33, -1, "default", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 33, -1, "x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 33, -1, "x", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 33, -1, "profile x", "aws_access_key_id", NULL, 0, NULL },
	{ OP_GET_CRED, 33, -1, "DEFAULT", "aws_session_token", NULL, 0, NULL },
	{ OP_GET_CRED, 33, -1, "default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 33, -1, "profile dev", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 33, -1, "Default", "region", NULL, 0, NULL },
	{ OP_GET_CRED, 33, -1, "nope", "region", NULL, 0, NULL },
	{ OP_HAS_CRED, 33, -1, "default", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 33, -1, "x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 33, -1, "profile x", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 33, -1, "DEFAULT", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 33, -1, "profile dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 33, -1, "dev", NULL, NULL, 0, NULL },
	{ OP_HAS_CRED, 33, -1, "nope", NULL, NULL, 0, NULL },
	{ OP_PROFILE_GET, 43, 44, "default", "region", NULL, 1, "cred-region" },
	{ OP_PROFILE_GET, 43, -1, "default", "region", NULL, 1, "cfg-region" },
	{ OP_PROFILE_GET, -1, 44, "default", "region", NULL, 1, "cred-region" },
	{ OP_PROFILE_GET, 37, 44, "default", "region", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 43, 37, "default", "region", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 8, 37, "default", "region", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_PROFILE_GET, 43, 44, "default", "output", NULL, 1, "dflt" },
	{ OP_PROFILE_GET, 43, -1, "default", "output", NULL, 1, "text" },
	{ OP_PROFILE_GET, -1, 44, "default", "output", NULL, 1, "dflt" },
	{ OP_PROFILE_GET, 37, 44, "default", "output", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 43, 37, "default", "output", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 8, 37, "default", "output", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_PROFILE_GET, 43, 44, "only_cfg", "region", NULL, 1, "oc" },
	{ OP_PROFILE_GET, 43, -1, "only_cfg", "region", NULL, 1, "oc" },
	{ OP_PROFILE_GET, -1, 44, "only_cfg", "region", NULL, 0, NULL },
	{ OP_PROFILE_GET, 37, 44, "only_cfg", "region", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 43, 37, "only_cfg", "region", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 8, 37, "only_cfg", "region", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_PROFILE_GET, 43, 44, "only_cfg", "output", NULL, 0, NULL },
	{ OP_PROFILE_GET, 43, -1, "only_cfg", "output", NULL, 0, NULL },
	{ OP_PROFILE_GET, -1, 44, "only_cfg", "output", NULL, 0, NULL },
	{ OP_PROFILE_GET, 37, 44, "only_cfg", "output", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 43, 37, "only_cfg", "output", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 8, 37, "only_cfg", "output", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_PROFILE_GET, 43, 44, "only_cred", "region", NULL, 1, "ocr" },
	{ OP_PROFILE_GET, 43, -1, "only_cred", "region", NULL, 0, NULL },
	{ OP_PROFILE_GET, -1, 44, "only_cred", "region", NULL, 1, "ocr" },
	{ OP_PROFILE_GET, 37, 44, "only_cred", "region", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 43, 37, "only_cred", "region", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 8, 37, "only_cred", "region", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_PROFILE_GET, 43, 44, "only_cred", "output", NULL, 1, "dflt" },
	{ OP_PROFILE_GET, 43, -1, "only_cred", "output", NULL, 0, NULL },
	{ OP_PROFILE_GET, -1, 44, "only_cred", "output", NULL, 1, "dflt" },
	{ OP_PROFILE_GET, 37, 44, "only_cred", "output", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 43, 37, "only_cred", "output", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 8, 37, "only_cred", "output", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_PROFILE_GET, 43, 44, "nope", "region", NULL, 0, NULL },
	{ OP_PROFILE_GET, 43, -1, "nope", "region", NULL, 0, NULL },
	{ OP_PROFILE_GET, -1, 44, "nope", "region", NULL, 0, NULL },
	{ OP_PROFILE_GET, 37, 44, "nope", "region", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 43, 37, "nope", "region", NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_GET, 8, 37, "nope", "region", NULL, -1, "Unable to parse config file: @dupkey" },
	{ OP_PROFILE_EXISTS, 43, 44, "default", NULL, NULL, 1, NULL },
	{ OP_PROFILE_EXISTS, -1, 44, "default", NULL, NULL, 1, NULL },
	{ OP_PROFILE_EXISTS, 43, 37, "default", NULL, NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_EXISTS, 43, 44, "only_cfg", NULL, NULL, 1, NULL },
	{ OP_PROFILE_EXISTS, -1, 44, "only_cfg", NULL, NULL, 0, NULL },
	{ OP_PROFILE_EXISTS, 43, 37, "only_cfg", NULL, NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_EXISTS, 43, 44, "only_cred", NULL, NULL, 1, NULL },
	{ OP_PROFILE_EXISTS, -1, 44, "only_cred", NULL, NULL, 1, NULL },
	{ OP_PROFILE_EXISTS, 43, 37, "only_cred", NULL, NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_PROFILE_EXISTS, 43, 44, "nope", NULL, NULL, 0, NULL },
	{ OP_PROFILE_EXISTS, -1, 44, "nope", NULL, NULL, 0, NULL },
	{ OP_PROFILE_EXISTS, 43, 37, "nope", NULL, NULL, -1, "Unable to parse config file: @cred_bad" },
	{ OP_SERVICE, 38, -1, "default", "swf", "endpoint_url", 1, "http://127.0.0.1:1/s1" },
	{ OP_SERVICE, 38, -1, "default", "swf", "other", 1, "x" },
	{ OP_SERVICE, 38, -1, "default", "swf", "nope", 0, NULL },
	{ OP_SERVICE, 38, -1, "two", "swf", "endpoint_url", 0, NULL },
	{ OP_SERVICE, 38, -1, "two", "swf", "other", 0, NULL },
	{ OP_SERVICE, 38, -1, "two", "swf", "nope", 0, NULL },
	{ OP_SERVICE, 38, -1, "missing", "swf", "endpoint_url", -1, "The profile is configured to use the services section but the \042nope\042 services configuration does not exist." },
	{ OP_SERVICE, 38, -1, "missing", "swf", "other", -1, "The profile is configured to use the services section but the \042nope\042 services configuration does not exist." },
	{ OP_SERVICE, 38, -1, "missing", "swf", "nope", -1, "The profile is configured to use the services section but the \042nope\042 services configuration does not exist." },
	{ OP_SERVICE, 38, -1, "empty", "swf", "endpoint_url", -1, "The profile is configured to use the services section but the \042s3\042 services configuration does not exist." },
	{ OP_SERVICE, 38, -1, "empty", "swf", "other", -1, "The profile is configured to use the services section but the \042s3\042 services configuration does not exist." },
	{ OP_SERVICE, 38, -1, "empty", "swf", "nope", -1, "The profile is configured to use the services section but the \042s3\042 services configuration does not exist." },
	{ OP_SERVICE, 38, -1, "plain", "swf", "endpoint_url", -1, "'str' object has no attribute 'get'" },
	{ OP_SERVICE, 38, -1, "plain", "swf", "other", -1, "'str' object has no attribute 'get'" },
	{ OP_SERVICE, 38, -1, "plain", "swf", "nope", -1, "'str' object has no attribute 'get'" },
	{ OP_SERVICE, 38, -1, "dict", "swf", "endpoint_url", -1, "unhashable type: 'dict'" },
	{ OP_SERVICE, 38, -1, "dict", "swf", "other", -1, "unhashable type: 'dict'" },
	{ OP_SERVICE, 38, -1, "dict", "swf", "nope", -1, "unhashable type: 'dict'" },
	{ OP_SERVICE, 38, -1, "quoted", "swf", "endpoint_url", 1, "http://q2" },
	{ OP_SERVICE, 38, -1, "quoted", "swf", "other", 0, NULL },
	{ OP_SERVICE, 38, -1, "quoted", "swf", "nope", 0, NULL },
	{ OP_SERVICE, 38, -1, "emptyswf", "swf", "endpoint_url", -1, "'str' object has no attribute 'get'" },
	{ OP_SERVICE, 38, -1, "emptyswf", "swf", "other", -1, "'str' object has no attribute 'get'" },
	{ OP_SERVICE, 38, -1, "emptyswf", "swf", "nope", -1, "'str' object has no attribute 'get'" },
	{ OP_SERVICE, 38, -1, "nope", "swf", "endpoint_url", 0, NULL },
	{ OP_SERVICE, 38, -1, "nope", "swf", "other", 0, NULL },
	{ OP_SERVICE, 38, -1, "nope", "swf", "nope", 0, NULL },
	{ OP_SERVICE, 38, -1, "default", "s3", "endpoint_url", 1, "http://s3" },
	{ OP_SERVICE, 38, -1, "two", "sts", "endpoint_url", 1, "http://sts" },
	{ OP_SERVICE, 39, -1, "default", "swf", "endpoint_url", 0, NULL },
	{ OP_SERVICE, 39, -1, "default", "swf", "region", 1, "x" },
	{ OP_SERVICE, 40, -1, "default", "swf", "endpoint_url", 1, "from-default" },
	{ OP_SERVICE, 40, -1, "default", "swf", "Endpoint_URL", 0, NULL },
	{ OP_SERVICE, 40, -1, "t", "swf", "endpoint_url", 0, NULL },
	{ OP_SERVICE, 40, -1, "t", "swf", "Endpoint_URL", 1, "case" },
	{ OP_SERVICE, 42, 41, "default", "swf", "endpoint_url", 1, "via-cred" },
	{ OP_SERVICE, -1, 41, "default", "swf", "endpoint_url", -1, "The profile is configured to use the services section but the \042s\042 services configuration does not exist." },
	{ OP_SERVICE, 0, -1, "default", "swf", "endpoint_url", 0, NULL },
	{ OP_SERVICE, 8, -1, "default", "swf", "endpoint_url", -1, "Unable to parse config file: @dupkey" },
};

static char dir[256];
static config_reader rd;

static void path_of(const char *name, char *out, size_t n)
{
	snprintf(out, n, "%s/%s", dir, name ? name : "missing");
}

static void write_file(const char *name, const void *data, size_t len)
{
	char p[512];
	int fd;

	path_of(name, p, sizeof p);
	fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	CHECK(fd >= 0, "create %s", p);
	if (fd < 0)
		return;
	CHECK(write(fd, data, len) == (ssize_t)len, "write %s", p);
	close(fd);
}

/* Expected message: '@' replaced by the temporary directory and '/'. */
static void expect_msg(const char *tmpl, char *out, size_t n)
{
	size_t o = 0;

	for (; *tmpl && o + 1 < n; tmpl++) {
		if (*tmpl == '@')
			o += (size_t)snprintf(out + o, n - o, "%s/", dir);
		else
			out[o++] = *tmpl;
	}
	out[o < n ? o : n - 1] = 0;
}

static void run_case(size_t i, const struct tcase *c)
{
	char cfg[512], cred[512], val[8192], err[1024], want[1024];
	int rc = -9;

	path_of(c->cfg >= 0 ? files[c->cfg].name : NULL, cfg, sizeof cfg);
	path_of(c->cred >= 0 ? files[c->cred].name : NULL, cred, sizeof cred);
	val[0] = err[0] = 0;
	switch (c->op) {
	case OP_GET_CFG:
		rc = config_get(&rd, cfg, CONFIG_FILE, c->profile, c->key,
				val, sizeof val, err, sizeof err);
		break;
	case OP_GET_CRED:
		rc = config_get(&rd, cred, CREDENTIALS_FILE, c->profile,
				c->key, val, sizeof val, err, sizeof err);
		break;
	case OP_HAS_CFG:
		rc = config_has_profile(&rd, cfg, CONFIG_FILE, c->profile,
					err, sizeof err);
		break;
	case OP_HAS_CRED:
		rc = config_has_profile(&rd, cred, CREDENTIALS_FILE,
					c->profile, err, sizeof err);
		break;
	case OP_PROFILE_GET:
		rc = config_profile_get(&rd, cfg, cred, c->profile, c->key,
					val, sizeof val, err, sizeof err);
		break;
	case OP_PROFILE_EXISTS:
		rc = config_profile_exists(&rd, cfg, cred, c->profile,
					   err, sizeof err);
		break;
	case OP_SERVICE:
		rc = config_get_service(&rd, cfg, cred, c->profile, c->key,
					c->sub, val, sizeof val,
					err, sizeof err);
		break;
	}
	CHECK(rc == c->rc, "case %zu (op %d, cfg %d, cred %d, [%s] %s %s): "
	      "rc %d, want %d (%s)", i, c->op, c->cfg, c->cred, c->profile,
	      c->key ? c->key : "-", c->sub ? c->sub : "-", rc, c->rc, err);
	if (rc != c->rc)
		return;
	if (rc == CONFIG_FOUND && (c->op == OP_GET_CFG ||
	    c->op == OP_GET_CRED || c->op == OP_PROFILE_GET ||
	    c->op == OP_SERVICE))
		CHECK_STR(val, c->value, "case %zu: value [%s], want [%s]",
			  i, val, c->value);
	if (rc == CONFIG_ERROR) {
		expect_msg(c->value, want, sizeof want);
		CHECK_STR(err, want, "case %zu: message [%s], want [%s]",
			  i, err, want);
	}
}

/* A file made of a repeated pattern, for the size limits. */
static void write_repeat(const char *name, const char *head,
			 const char *fmt, int count, const char *tail)
{
	static char big[1 << 20];
	size_t o = 0;
	int i;

	o += (size_t)snprintf(big, sizeof big, "%s", head);
	for (i = 0; i < count && o < sizeof big; i++)
		o += (size_t)snprintf(big + o, sizeof big - o, fmt, i);
	if (o < sizeof big)
		o += (size_t)snprintf(big + o, sizeof big - o, "%s", tail);
	CHECK(o < sizeof big, "pattern file %s fits", name);
	write_file(name, big, o);
}

static void test_limits(void)
{
	static char line[CONFIG_LINE_MAX + 64];
	char p[512], val[64], err[512], want[600];
	size_t n;
	int rc;

	/* a line of exactly CONFIG_LINE_MAX bytes is fine, one more is not */
	n = (size_t)snprintf(line, sizeof line, "[default]\nk = ");
	memset(line + n, 'v', CONFIG_LINE_MAX - 4);
	n += CONFIG_LINE_MAX - 4;
	line[n++] = '\n';
	write_file("long_ok", line, n);
	path_of("long_ok", p, sizeof p);
	rc = config_has_profile(&rd, p, CONFIG_FILE, "default", err,
				sizeof err);
	CHECK(rc == CONFIG_FOUND, "line of CONFIG_LINE_MAX bytes: %d %s",
	      rc, err);
	line[n - 1] = 'v';
	line[n++] = '\n';
	write_file("long_bad", line, n);
	path_of("long_bad", p, sizeof p);
	rc = config_has_profile(&rd, p, CONFIG_FILE, "default", err,
				sizeof err);
	snprintf(want, sizeof want, "Unable to parse config file: %s", p);
	CHECK(rc == CONFIG_ERROR, "line over CONFIG_LINE_MAX: %d", rc);
	CHECK_STR(err, want, "long line message [%s]", err);

	/* a value longer than the caller's buffer is an error */
	write_file("val", "[default]\nk = 0123456789\n", 25);
	path_of("val", p, sizeof p);
	rc = config_get(&rd, p, CONFIG_FILE, "default", "k", val, 11,
			err, sizeof err);
	CHECK(rc == CONFIG_FOUND && strcmp(val, "0123456789") == 0,
	      "value filling the buffer: %d [%s]", rc, val);
	rc = config_get(&rd, p, CONFIG_FILE, "default", "k", val, 10,
			err, sizeof err);
	snprintf(want, sizeof want, "Unable to parse config file: %s", p);
	CHECK(rc == CONFIG_ERROR, "value over the buffer: %d", rc);
	CHECK_STR(err, want, "value over the buffer message [%s]", err);

	/* deviation: a NUL byte in the value asked for is refused */
	write_file("nul", "[default]\nk = a\0b\nj = ok\n", 24);
	path_of("nul", p, sizeof p);
	rc = config_get(&rd, p, CONFIG_FILE, "default", "k", val, sizeof val,
			err, sizeof err);
	CHECK(rc == CONFIG_ERROR, "NUL in value: %d", rc);
	rc = config_get(&rd, p, CONFIG_FILE, "default", "j", val, sizeof val,
			err, sizeof err);
	CHECK(rc == CONFIG_FOUND && strcmp(val, "ok") == 0,
	      "other key of a file with a NUL: %d [%s]", rc, val);

	/* sections and keys per section */
	write_repeat("sect_ok", "", "[profile p%d]\n", CONFIG_MAX_SECTIONS,
		     "");
	path_of("sect_ok", p, sizeof p);
	snprintf(want, sizeof want, "p%d", CONFIG_MAX_SECTIONS - 1);
	rc = config_has_profile(&rd, p, CONFIG_FILE, want, err, sizeof err);
	CHECK(rc == CONFIG_FOUND, "CONFIG_MAX_SECTIONS sections: %d %s",
	      rc, err);
	write_repeat("sect_bad", "", "[profile p%d]\n",
		     CONFIG_MAX_SECTIONS + 1, "");
	path_of("sect_bad", p, sizeof p);
	rc = config_has_profile(&rd, p, CONFIG_FILE, "p1", err, sizeof err);
	CHECK(rc == CONFIG_ERROR, "too many sections: %d", rc);
	write_repeat("opt_ok", "[default]\n", "k%d = v\n",
		     CONFIG_MAX_OPTIONS, "");
	path_of("opt_ok", p, sizeof p);
	rc = config_get(&rd, p, CONFIG_FILE, "default", "k511", val,
			sizeof val, err, sizeof err);
	CHECK(rc == CONFIG_FOUND && strcmp(val, "v") == 0,
	      "CONFIG_MAX_OPTIONS keys: %d %s", rc, err);
	write_repeat("opt_bad", "[default]\n", "k%d = v\n",
		     CONFIG_MAX_OPTIONS + 1, "");
	path_of("opt_bad", p, sizeof p);
	rc = config_get(&rd, p, CONFIG_FILE, "default", "k1", val,
			sizeof val, err, sizeof err);
	CHECK(rc == CONFIG_ERROR, "too many keys in a section: %d", rc);
	/* a duplicate far apart is still found */
	write_repeat("dup_far", "[profile dup]\n", "[profile p%d]\nk = v\n",
		     3000, "[profile dup]\n");
	path_of("dup_far", p, sizeof p);
	rc = config_has_profile(&rd, p, CONFIG_FILE, "p7", err, sizeof err);
	CHECK(rc == CONFIG_ERROR, "duplicate 3000 sections apart: %d", rc);
}

static void test_not_files(void)
{
	char p[512], val[16], err[64];
	int rc;

	rc = config_get(&rd, NULL, CONFIG_FILE, "default", "k", val,
			sizeof val, err, sizeof err);
	CHECK(rc == CONFIG_NOT_FOUND, "NULL path: %d", rc);
	rc = config_has_profile(&rd, dir, CONFIG_FILE, "default", err,
				sizeof err);
	CHECK(rc == CONFIG_NOT_FOUND, "directory: %d", rc);
	path_of("fifo", p, sizeof p);
	CHECK(mkfifo(p, 0600) == 0, "mkfifo");
	rc = config_has_profile(&rd, p, CONFIG_FILE, "default", err,
				sizeof err);
	CHECK(rc == CONFIG_NOT_FOUND, "fifo: %d", rc);
	unlink(p);
	rc = config_has_profile(&rd, "", CONFIG_FILE, "default", err,
				sizeof err);
	CHECK(rc == CONFIG_NOT_FOUND, "empty path: %d", rc);
}

static void test_expand(void)
{
	/* expectations from posixpath.expandvars with FOO=bar, EMPTY= */
	static const char *const vars[][2] = {
		{ "$FOO/x", "bar/x" }, { "${FOO}y", "bary" },
		{ "$NOPE/a", "$NOPE/a" }, { "${}", "${}" }, { "$", "$" },
		{ "a$", "a$" }, { "${FOO", "${FOO" }, { "$FOO$FOO", "barbar" },
		{ "a$1b", "a$1b" }, { "$EMPTY.", "." },
		{ "${FOO}${NOPE}$FOO", "bar${NOPE}bar" }, { "$$FOO", "$bar" },
		{ "${FO}O", "${FO}O" }, { "${F=OO}", "${F=OO}" },
	};
	/* expectations from posixpath.expanduser with HOME set */
	static const char *const users[][3] = {
		{ "/h/", "~", "/h" }, { "/h/", "~/x", "/h/x" },
		{ "/h/", "x~", "x~" }, { "/h/", "~/", "/h/" },
		{ "/", "~", "/" }, { "/", "~/x", "/x" }, { "/", "~/", "/" },
		{ "", "~", "/" }, { "", "~/x", "/x" }, { "", "~/", "/" },
		{ "/h", "~/", "/h/" },
	};
	static const char pw[] =
		"root:x:0:0:root:/root:/bin/bash\n"
		"alice:x:1000:1000::/home/alice/:/bin/sh\n"
		"slashy:x:1001:1001::/:/bin/sh\n"
		"short:x:1002\n"
		"me:x:%u:1::/home/me:/bin/sh";
	char buf[512], pwpath[512], out[CONFIG_PATH_MAX], err[128], want[600];
	size_t i;
	int rc;

	setenv("FOO", "bar", 1);
	setenv("EMPTY", "", 1);
	unsetenv("NOPE");
	for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		setenv("HOME", "/home/x", 1);
		rc = config_expand_path(vars[i][0], out, sizeof out, err,
					sizeof err);
		CHECK(rc == 0 && strcmp(out, vars[i][1]) == 0,
		      "expandvars [%s] -> [%s], want [%s]", vars[i][0], out,
		      vars[i][1]);
	}
	for (i = 0; i < sizeof users / sizeof users[0]; i++) {
		rc = config_expand_user(users[i][1], users[i][0], NULL, out,
					sizeof out);
		CHECK(rc == 0 && strcmp(out, users[i][2]) == 0,
		      "expanduser HOME=[%s] [%s] -> [%s], want [%s]",
		      users[i][0], users[i][1], out, users[i][2]);
	}
	snprintf(buf, sizeof buf, pw, (unsigned)getuid());
	write_file("passwd", buf, strlen(buf));
	path_of("passwd", pwpath, sizeof pwpath);
	rc = config_expand_user("~/.aws/config", NULL, pwpath, out,
				sizeof out);
	/* the uid of the test may also be 0 (root, first match) */
	CHECK(rc == 0 && strcmp(out, getuid() == 0 ?
	      "/root/.aws/config" : "/home/me/.aws/config") == 0,
	      "HOME unset: uid from passwd -> [%s]", out);
	rc = config_expand_user("~alice/x", "/h", pwpath, out, sizeof out);
	CHECK(rc == 0 && strcmp(out, "/home/alice/x") == 0, "~alice -> [%s]",
	      out);
	rc = config_expand_user("~slashy", "/h", pwpath, out, sizeof out);
	CHECK(rc == 0 && strcmp(out, "/") == 0, "~slashy -> [%s]", out);
	rc = config_expand_user("~short/x", "/h", pwpath, out, sizeof out);
	CHECK(rc == 0 && strcmp(out, "~short/x") == 0, "~short -> [%s]", out);
	rc = config_expand_user("~nobody/x", "/h", pwpath, out, sizeof out);
	CHECK(rc == 0 && strcmp(out, "~nobody/x") == 0, "~nobody -> [%s]",
	      out);
	rc = config_expand_user("~/x", NULL, "/nonexistent/passwd", out,
				sizeof out);
	CHECK(rc == 0 && strcmp(out, "~/x") == 0,
	      "HOME unset, no passwd entry -> [%s]", out);
	rc = config_expand_user("~/abcdef", "/h", NULL, out, 8);
	CHECK(rc == -1, "expanduser overflow: %d", rc);

	/* default paths and their variables */
	setenv("HOME", "/home/u", 1);
	unsetenv("AWS_CONFIG_FILE");
	unsetenv("AWS_SHARED_CREDENTIALS_FILE");
	rc = config_file_path(CONFIG_FILE, out, sizeof out, err, sizeof err);
	CHECK(rc == 0 && strcmp(out, "/home/u/.aws/config") == 0,
	      "default config path [%s]", out);
	rc = config_file_path(CREDENTIALS_FILE, out, sizeof out, err,
			      sizeof err);
	CHECK(rc == 0 && strcmp(out, "/home/u/.aws/credentials") == 0,
	      "default credentials path [%s]", out);
	setenv("AWS_CONFIG_FILE", "~/c/$FOO", 1);
	setenv("AWS_SHARED_CREDENTIALS_FILE", "", 1);
	rc = config_file_path(CONFIG_FILE, out, sizeof out, err, sizeof err);
	CHECK(rc == 0 && strcmp(out, "/home/u/c/bar") == 0,
	      "AWS_CONFIG_FILE [%s]", out);
	rc = config_file_path(CREDENTIALS_FILE, out, sizeof out, err,
			      sizeof err);
	CHECK(rc == 0 && strcmp(out, "") == 0,
	      "empty AWS_SHARED_CREDENTIALS_FILE [%s]", out);
	rc = config_file_path(CONFIG_FILE, out, 10, err, sizeof err);
	snprintf(want, sizeof want, "Config file path is too long: ~/c/$FOO");
	CHECK(rc == -1, "path overflow: %d", rc);
	CHECK_STR(err, want, "path overflow message [%s]", err);
	unsetenv("AWS_CONFIG_FILE");
	unsetenv("AWS_SHARED_CREDENTIALS_FILE");
}

static const char *const extra_files[] = {
	"long_ok", "long_bad", "val", "nul", "sect_ok", "sect_bad", "opt_ok",
	"opt_bad", "dup_far", "passwd", "cached", "cached2", "big",
};

/*
 * Small files are read once and served from memory afterwards; a file
 * changed since (size, mtime, inode) is read again, and a file larger
 * than the cache is streamed, with the same answers.
 */
static void test_cache(void)
{
	char p[512], out[64], err[512];
	static char big[CONFIG_CACHE_MAX + 4096];
	size_t n;
	int rc;

	path_of("cached", p, sizeof p);
	write_file("cached", "[default]\nregion = a\n", 21);
	rc = config_profile_get(&rd, p, NULL, "default", "region", out,
				sizeof out, err, sizeof err);
	CHECK(rc == CONFIG_FOUND && strcmp(out, "a") == 0, "cached: %d %s",
	      rc, out);
	rc = config_profile_get(&rd, p, NULL, "default", "region", out,
				sizeof out, err, sizeof err);
	CHECK(rc == CONFIG_FOUND && strcmp(out, "a") == 0,
	      "cached, second lookup: %d %s", rc, out);
	write_file("cached", "[default]\nregion = bb\n", 22);
	rc = config_profile_get(&rd, p, NULL, "default", "region", out,
				sizeof out, err, sizeof err);
	CHECK(rc == CONFIG_FOUND && strcmp(out, "bb") == 0,
	      "changed file read again: %d %s", rc, out);
	config_forget();
	rc = config_profile_get(&rd, p, NULL, "default", "region", out,
				sizeof out, err, sizeof err);
	CHECK(rc == CONFIG_FOUND && strcmp(out, "bb") == 0,
	      "read again after config_forget: %d %s", rc, out);
	/* config and credentials files looked up in turns stay cached both:
	 * a content changed behind stat's back (same size, inode and times)
	 * is not seen, which only a cached copy explains */
	{
		static const char *const names[] = { "cached", "cached2" };
		char p2[512];
		struct stat st;
		struct timespec ts[2];
		int i;

		write_file("cached2", "[default]\nregion = c2\n", 22);
		for (i = 0; i < 4; i++) {
			path_of(names[i % 2], p2, sizeof p2);
			rc = config_profile_get(&rd, p2, NULL, "default",
						"region", out, sizeof out, err,
						sizeof err);
			CHECK(rc == CONFIG_FOUND && strcmp(out, i % 2 ? "c2"
							   : "bb") == 0,
			      "in turns, lookup %d: %d %s", i, rc, out);
		}
		for (i = 0; i < 2; i++) {
			path_of(names[i], p2, sizeof p2);
			CHECK(stat(p2, &st) == 0, "stat %s", p2);
			ts[0] = st.st_atim;
			ts[1] = st.st_mtim;
			write_file(names[i], i ? "[default]\nregion = C2\n"
				   : "[default]\nregion = BB\n", 22);
			CHECK(utimensat(AT_FDCWD, p2, ts, 0) == 0, "utimensat");
			rc = config_profile_get(&rd, p2, NULL, "default",
						"region", out, sizeof out, err,
						sizeof err);
			CHECK(rc == CONFIG_FOUND && strcmp(out, i ? "c2"
							   : "bb") == 0,
			      "%s served from its slot: %d %s", names[i], rc,
			      out);
		}
		config_forget();
		path_of("cached", p2, sizeof p2);
		rc = config_profile_get(&rd, p2, NULL, "default", "region",
					out, sizeof out, err, sizeof err);
		CHECK(rc == CONFIG_FOUND && strcmp(out, "BB") == 0,
		      "after config_forget, the file as it is: %d %s", rc, out);
	}
	/* larger than the cache: streamed, same answers, twice */
	n = (size_t)snprintf(big, sizeof big, "[default]\n");
	while (n < sizeof big - 64)
		n += (size_t)snprintf(big + n, sizeof big - n, "# pad\n");
	n += (size_t)snprintf(big + n, sizeof big - n, "region = big\n");
	write_file("big", big, n);
	path_of("big", p, sizeof p);
	for (rc = 0; rc < 2; rc++) {
		int r2 = config_profile_get(&rd, p, NULL, "default", "region",
					    out, sizeof out, err, sizeof err);
		CHECK(r2 == CONFIG_FOUND && strcmp(out, "big") == 0,
		      "big file, lookup %d: %d %s", rc, r2, out);
	}
}

static void remove_file(const char *name)
{
	char p[512];

	path_of(name, p, sizeof p);
	CHECK(unlink(p) == 0, "unlink %s", p);
}

int main(void)
{
	size_t i;

	snprintf(dir, sizeof dir, "/tmp/test_config.XXXXXX");
	if (mkdtemp(dir) == NULL) {
		CHECK(0, "mkdtemp");
		return check_done();
	}
	config_init(&rd);
	for (i = 0; i < sizeof files / sizeof files[0]; i++)
		write_file(files[i].name, files[i].data, files[i].len);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		run_case(i, &cases[i]);
	test_limits();
	test_not_files();
	test_expand();
	test_cache();
	/* leave nothing behind */
	for (i = 0; i < sizeof files / sizeof files[0]; i++)
		remove_file(files[i].name);
	for (i = 0; i < sizeof extra_files / sizeof extra_files[0]; i++)
		remove_file(extra_files[i]);
	CHECK(rmdir(dir) == 0, "cleanup %s", dir);
	return check_done();
}
