#!/usr/bin/env python3
"""Print the C tables of tests/unit/test_endpoint.c from botocore.

Usage: python3 tests/gen_endpoint_cases.py > /tmp/cases.h
then paste the output between the "generated" markers of
tests/unit/test_endpoint.c.  Needs only the installed botocore; nothing is
sent anywhere: each client gets a 'before-send' handler that records the
request instead of sending it.

Table `cases`: for every region (those listed in partitions.json, made-up
ones matching each partition's regex, near misses, invalid ones, "fips"
pseudo regions, empty, trailing newline, none) x use_fips x
use_dualstack, what `create_client('swf', ...)` followed by one
RespondActivityTaskCanceled call gives: the URL the request goes to (without
its trailing '/'), the region in the signature's credential scope and the
partition aws.partition() picks; or the error and its message.  For
NoRegionError the message is the one the CLI prints, which appends a hint.

Table `rule_cases`: the rule set evaluated by botocore's EndpointProvider
over partitions.json altered so that one partition lacks FIPS and/or
dual-stack support (no real partition does), to cover the error rules.
"""
import copy
import sys

import botocore.session
from botocore.config import Config
from botocore.endpoint_provider import EndpointProvider, RuleSetStandardLibrary
from botocore.exceptions import EndpointResolutionError, NoRegionError

NO_REGION_CLI = ('You must specify a region. You can also configure your '
                 'region by running "aws configure".')


class Stop(Exception):
    pass


def made_up_regions():
    return ['us-foo-9', 'mx-x1-12', 'il-central-99', 'sa_x-1', 'cn-test-1',
            'eusc-de-west-2', 'us-iso-north-3', 'us-isob-south-2',
            'eu-isoe-north-1', 'us-isof-west-5', 'us-gov-north-7',
            'ap-southeast-1a-1']


def odd_regions():
    return ['us-east', 'us-east-1a', 'us-east-1-', 'cn-north', 'eusc-fr-east-1',
            'us-isob-1', 'eu-isoe-1', 'us_east_1', 'US-EAST-1', 'Us-East-1',
            'useast1', 'foo', 'local', 'a', 'x-y-1', 'fips-us-east-1',
            'us-east-1-fips', 'fips-us-gov-west-1', 'us-gov-west-1-fips',
            'fips-fips-us-east-1', 'fips-', '-fips', 'us-fips-east-1',
            'fips-1', 'fipsfips', 'fips-fips', 'ap-southeast-1-fips',
            'fifips-ps-us-east-1', 'us-east-1-f-fipsips',
            'fifips-ps-us-gov-west-1', 'us-gov-west-1-f-fipsips',
            'fifips-ps-us-isob-east-1', 'fifips-ps-ca-west-1',
            'fips-us-iso-east-1', 'cn-fips-north-1', 'a' * 63, 'a' * 64,
            '1' * 63, '123', '1a', '-us', 'us-', 'us..east', 'us.east-1',
            '', '\n', 'us-east-1\n', 'us-gov-west-1\n', 'us-iso-east-1\n',
            'us-isob-east-1\n', 'us-isof-south-1\n', 'eu-isoe-west-1\n',
            'cn-north-1\n', 'eusc-de-east-1\n', 'aws-global\n',
            'aws-iso-global\n', 'foo\n', '123\n', 'fips-us-east-1\n',
            'us-east-1\n\n', '\nus-east-1', 'us-east-1 ', 'us east-1',
            'caf\u00e9', None]


def probe(session, region, fips, dualstack):
    """('ok', url, signing region) or (status, message)."""
    try:
        client = session.create_client(
            'swf', region_name=region,
            config=Config(use_fips_endpoint=fips,
                          use_dualstack_endpoint=dualstack,
                          retries={'max_attempts': 0}))
    except NoRegionError:
        return ('ENDPOINT_ERR_NO_REGION', NO_REGION_CLI)
    except Exception as e:                      # noqa: BLE001
        name = type(e).__name__
        if name == 'InvalidRegionError':
            return ('ENDPOINT_ERR_REGION', str(e))
        if str(e).startswith('Invalid endpoint: ') or \
                name == 'EndpointVariantError':
            return ('ENDPOINT_ERR_INVALID', str(e))
        raise
    got = {}

    def before_send(request, **kwargs):
        got['url'] = request.url
        auth = request.headers['Authorization']
        if isinstance(auth, bytes):
            auth = auth.decode()
        got['scope'] = auth.split('Credential=')[1].split('/')[2]
        raise Stop()

    client.meta.events.register('before-send', before_send)
    try:
        client.respond_activity_task_canceled(taskToken='t')
    except Stop:
        url = got['url']
        assert url.endswith('/'), url
        return ('ENDPOINT_OK', url[:-1], got['scope'])
    except EndpointResolutionError as e:
        return ('ENDPOINT_ERR_RULES', str(e))


def cstr(s):
    if s is None:
        return 'NULL'
    out = '"'
    for c in s.encode():
        ch = chr(c)
        if c < 128 and (ch.isalnum() or ch in ' .,-_:/=@()[]{}!\'+*&^%$#~|<>;`'):
            out += ch
        else:
            out += '\\%03o' % c
    return out + '"'


def main():
    session = botocore.session.Session()
    session.set_credentials('AKID', 'SECRET')
    loader = session.get_component('data_loader')
    partitions = loader.load_data('partitions')
    ruleset = loader.load_service_model('swf', 'endpoint-rule-set-1')
    lib = RuleSetStandardLibrary(copy.deepcopy(partitions))

    listed = [r for p in partitions['partitions'] for r in p['regions']]
    regions = listed + made_up_regions() + odd_regions()
    print('/* generated by tests/gen_endpoint_cases.py with botocore %s */'
          % botocore.__version__)
    print('static const struct ecase cases[] = {')
    for region in regions:
        for fips in (False, True):
            for dualstack in (False, True):
                r = probe(session, region, fips, dualstack)
                if r[0] == 'ENDPOINT_OK':
                    rewritten = region.replace('fips-', '').replace('-fips', '')
                    part = lib.aws_partition(rewritten)['name']
                    print('\t{ %s, %d, %d, %s, %s, %s, %s },' % (
                        cstr(region), fips, dualstack, r[0], cstr(r[1]),
                        cstr(r[2]), cstr(part)))
                else:
                    print('\t{ %s, %d, %d, %s, %s, NULL, NULL },' % (
                        cstr(region), fips, dualstack, r[0], cstr(r[1])))
    print('};')
    print()

    print('static const struct rcase rule_cases[] = {')
    variants = [(False, True), (True, False), (False, False)]
    for index, part in enumerate(partitions['partitions']):
        for sup_fips, sup_ds in variants:
            data = copy.deepcopy(partitions)
            data['partitions'][index]['outputs']['supportsFIPS'] = sup_fips
            data['partitions'][index]['outputs']['supportsDualStack'] = sup_ds
            provider = EndpointProvider(ruleset, data)
            region = sorted(r for r in part['regions']
                            if not r.endswith('-global'))[0]
            for fips in (False, True):
                for dualstack in (False, True):
                    try:
                        ep = provider.resolve_endpoint(
                            Region=region, UseFIPS=fips,
                            UseDualStack=dualstack)
                        st, text = 'ENDPOINT_OK', ep.url
                    except EndpointResolutionError as e:
                        st, text = 'ENDPOINT_ERR_RULES', str(e)
                    print('\t{ %s, %d, %d, %s, %d, %d, %s, %s },' % (
                        cstr(part['id']), sup_fips, sup_ds, cstr(region), fips,
                        dualstack, st, cstr(text)))
    try:
        EndpointProvider(ruleset, partitions).resolve_endpoint(
            UseFIPS=False, UseDualStack=False)
        raise SystemExit('a missing region resolved')
    except EndpointResolutionError as e:
        print('\t{ "aws", 1, 1, NULL, 0, 0, ENDPOINT_ERR_RULES, %s },'
              % cstr(str(e)))
    print('};')


if __name__ == '__main__':
    sys.exit(main())
