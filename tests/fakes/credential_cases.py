"""credential_cases.py - credential scenarios compared with AWS CLI v1.

Each case runs `aws swf respond-activity-task-canceled --task-token T
--endpoint-url SWF [args...]` against the local fakes (see harness.py for
the fields).  scripts/record-credentials.py records the CLI's answers into
tests/golden/credentials/NAME.json; tests/integration/test_credentials.py
runs build/swf-cancel and compares.  A case with "expect" documents a
deliberate difference (fields given there are compared instead of a golden
file); "stderr_tail" compares only the end of the CLI's stderr (where the
CLI prints Python warnings first); "compare_fake": False leaves out the
requests the fakes saw (when the CLI's own count is random).
"""

ROLE = "arn:aws:iam::123456789012:role/swf-role"
KEYS = {"AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"}
STATIC = ("aws_access_key_id = AKIDEXAMPLE\n"
          "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n")
BASE = "[profile base]\n" + STATIC
IMDS_ON = {"AWS_EC2_METADATA_DISABLED": None}
FULL_URI = {"AWS_CONTAINER_CREDENTIALS_FULL_URI": "{CRED}/container/v1/creds"}
WEB = {"AWS_WEB_IDENTITY_TOKEN_FILE": "{TMP}/token",
       "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/web-role"}
TOKEN_FILE = {"token": "{WEB_TOKEN}"}
FAST = {"AWS_MAX_ATTEMPTS": "2"}

P_OK = ('{"Version": 1, "AccessKeyId": "ASIAPROCESSEXAMPLE01", '
        '"SecretAccessKey": "processSecretEXAMPLEKEY/0123456789+abcd", '
        '"SessionToken": "PROCESSsessionTOKEN/' + "p" * 200 + '==", '
        '"Expiration": "2099-01-01T00:00:00Z"}')
P_STATIC = ('{"Version": 1, "AccessKeyId": "AKIAPROCESSSTATIC001", '
            '"SecretAccessKey": "processStaticSecretEXAMPLEKEY/0123456789"}')
A = '"AKIAPROCESSSTATIC001"'
S = '"processStaticSecretEXAMPLEKEY/0123456789"'


def role(name, extra="", profile="default"):
    head = "[default]" if profile == "default" else "[profile %s]" % profile
    return "%s\nrole_arn = arn:aws:iam::123456789012:role/%s\n%s" % (
        head, name, extra)


def script(body, count=True):
    """A credential_process script (it counts its runs in {TMP}/count)."""
    return "#!/bin/sh\n" + ("echo run >> \"$(dirname \"$0\")/count\"\n"
                            if count else "") + body


def prints(doc):
    return script("cat <<'EOF'\n" + doc + "\nEOF\n")


def process(cmd="{TMP}/p.sh", extra=""):
    return "[default]\ncredential_process = " + cmd + "\n" + extra


def pcase(name, doc=None, body=None, **kw):
    """A credential_process case whose script prints doc (or runs body)."""
    files = kw.pop("files", {})
    files.setdefault("config", process())
    scripts = {"p.sh": prints(doc) if doc is not None else script(body)}
    return dict(name=name, files=files, scripts=scripts, **kw)


def sts_xml(result, body):
    return ('<%sResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">'
            '<%sResult>%s</%sResult></%sResponse>'
            % (result, result, body, result, result))


ERR_XML = ('<ErrorResponse><Error><Type>Sender</Type><Code>%s</Code>'
           '<Message>%s</Message></Error><RequestId>r</RequestId>'
           '</ErrorResponse>')

CASES = [
    # ---- environment --------------------------------------------------------
    dict(name="env-static", env=KEYS),
    dict(name="env-session-token",
         env=dict(KEYS, AWS_ACCESS_KEY_ID="ASIAEXAMPLESESSION1",
                  AWS_SECRET_ACCESS_KEY="SessionSecretEXAMPLEKEY/0123456789"
                  "+abcdef", AWS_SESSION_TOKEN="FwoGZXIvYXdzEXAMPLESESSION"
                  "TOKEN//////////wEaDEXAMPLE+token=")),
    dict(name="env-security-token-first",
         env=dict(KEYS, AWS_ACCESS_KEY_ID="ASIAEXAMPLESESSION1",
                  AWS_SECRET_ACCESS_KEY="SessionSecretEXAMPLEKEY/0123456789"
                  "+abcdef", AWS_SESSION_TOKEN="wrong",
                  AWS_SECURITY_TOKEN="FwoGZXIvYXdzEXAMPLESESSIONTOKEN/////"
                  "/////wEaDEXAMPLE+token=")),
    dict(name="env-key-only", env={"AWS_ACCESS_KEY_ID": "AKIDEXAMPLE"}),
    dict(name="env-secret-only", env={"AWS_SECRET_ACCESS_KEY": "x"}),
    dict(name="env-secret-only-then-file", env={"AWS_SECRET_ACCESS_KEY": "x"},
         files={"credentials": "[default]\n" + STATIC}),
    dict(name="env-expired",
         env=dict(KEYS, AWS_CREDENTIAL_EXPIRATION="2020-01-01T00:00:00Z")),
    dict(name="env-expires-later",
         env=dict(KEYS, AWS_CREDENTIAL_EXPIRATION="2099-01-01T00:00:00Z")),
    dict(name="env-expires-soon",
         env=dict(KEYS, AWS_CREDENTIAL_EXPIRATION="{IN5MIN}")),
    dict(name="env-expiration-garbage",
         env=dict(KEYS, AWS_CREDENTIAL_EXPIRATION="garbage")),
    dict(name="env-skipped-for-profile", env=KEYS, args=["--profile", "p"],
         files={"config": "[profile p]\nregion = us-east-1\n"}),

    # ---- shared files ---------------------------------------------------------
    dict(name="file-security-token-first",
         files={"credentials": "[default]\naws_access_key_id = "
                "ASIAEXAMPLESESSION1\naws_secret_access_key = SessionSecret"
                "EXAMPLEKEY/0123456789+abcdef\naws_session_token = wrong\n"
                "aws_security_token = FwoGZXIvYXdzEXAMPLESESSIONTOKEN//////"
                "////wEaDEXAMPLE+token=\n"}),
    dict(name="file-partial-credentials",
         files={"credentials": "[default]\naws_access_key_id = AKIDEXAMPLE\n"}),
    dict(name="file-partial-config",
         files={"config": "[default]\naws_access_key_id = AKIDEXAMPLE\n"}),
    dict(name="ec2-credential-file", env={"AWS_CREDENTIAL_FILE": "{TMP}/ec2"},
         files={"ec2": "AWSAccessKeyId=AKIDEXAMPLE\nAWSSecretKey = wJalrXUtn"
                "FEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n"}),
    dict(name="ec2-credential-file-missing",
         env={"AWS_CREDENTIAL_FILE": "{TMP}/none"}),
    dict(name="ec2-credential-file-no-secret",
         env={"AWS_CREDENTIAL_FILE": "{TMP}/ec2"},
         files={"ec2": "AWSAccessKeyId=AKIDEXAMPLE\n"}),
    dict(name="boto-config",
         files={"boto": "[Credentials]\n" + STATIC}),
    dict(name="boto-config-partial",
         files={"boto": "[Credentials]\naws_access_key_id = AKIDEXAMPLE\n"}),

    # ---- assume role ----------------------------------------------------------
    dict(name="ar-source-profile",
         files={"config": role("swf-role", "source_profile = base\n"
                               "external_id = ext-123\n"
                               "duration_seconds = 1800\n") + BASE}),
    dict(name="ar-session-name-first",
         files={"config": role("swf-role", "source_profile = base\n"
                               "role_session_name = my sess/\u00e4\n"
                               "external_id = ext 1&2=3\n") + BASE}),
    dict(name="ar-creds-file",
         files={"credentials": "[default]\nrole_arn = %s\nsource_profile = "
                "base\n[base]\n%s" % (ROLE, STATIC)}),
    dict(name="ar-no-source", files={"config": role("swf-role")}),
    dict(name="ar-both-sources",
         files={"config": role("swf-role", "source_profile = base\n"
                               "credential_source = Environment\n") + BASE}),
    dict(name="ar-source-missing",
         files={"config": role("swf-role", "source_profile = nope\n")}),
    dict(name="ar-credential-source-invalid",
         files={"config": role("swf-role",
                               "credential_source = environment\n")}),
    dict(name="ar-cycle",
         files={"config": role("swf-role", "source_profile = a\n") +
                role("swf-role", "source_profile = b\n", "a") +
                role("swf-role", "source_profile = a\n", "b")}),
    dict(name="ar-self-without-keys",
         files={"config": role("swf-role", "source_profile = default\n")}),
    dict(name="ar-self-with-keys",
         files={"config": role("swf-role", "source_profile = default\n" +
                               STATIC)}),
    dict(name="ar-source-without-credentials",
         files={"config": role("swf-role", "source_profile = empty\n") +
                "[profile empty]\nregion = us-west-2\n"}),
    dict(name="ar-chain",
         files={"config": role("chain-second", "source_profile = a\n"
                               "role_session_name = second\n") +
                role("chain-first", "source_profile = base\n", "a") + BASE}),
    dict(name="ar-chain-process-source",
         files={"config": role("swf-role", "source_profile = a\n") +
                "[profile a]\ncredential_process = {TMP}/p.sh\n"},
         scripts={"p.sh": prints(P_STATIC)}, read=["count"]),
    dict(name="ar-credential-source-env", args=["--profile", "r"], env=KEYS,
         files={"config": role("swf-role", "credential_source = "
                               "Environment\n", "r")}),
    dict(name="ar-credential-source-env-none",
         files={"config": role("swf-role",
                               "credential_source = Environment\n")}),
    dict(name="ar-credential-source-container", env=FULL_URI,
         files={"config": role("swf-role",
                               "credential_source = EcsContainer\n")}),
    dict(name="ar-credential-source-container-none",
         files={"config": role("swf-role",
                               "credential_source = EcsContainer\n")}),
    dict(name="ar-credential-source-imds", env=IMDS_ON,
         files={"config": role("swf-role", "credential_source = "
                               "Ec2InstanceMetadata\n")}),
    dict(name="ar-credential-source-imds-disabled",
         files={"config": role("swf-role", "credential_source = "
                               "Ec2InstanceMetadata\n")}),
    dict(name="ar-denied",
         files={"config": role("other", "source_profile = base\n") + BASE}),
    dict(name="ar-expired", sts={"expiration": "2020-01-01T00:00:00Z"},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-duration-not-a-number",
         files={"config": role("swf-role", "source_profile = base\n"
                               "duration_seconds = 12a\n") + BASE}),
    dict(name="ar-validation",
         files={"config": role("swf-role", "source_profile = base\n"
                               "role_session_name = x\nexternal_id = e\n"
                               "duration_seconds = 100\n") + BASE}),
    dict(name="ar-role-arn-empty",
         files={"config": "[default]\nrole_arn =\nsource_profile = base\n" +
                BASE}),
    dict(name="ar-region-flag", args=["--region", "eu-west-1"],
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-generic-endpoint",
         env={"AWS_ENDPOINT_URL_STS": None, "AWS_ENDPOINT_URL": "{CRED}/"},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-endpoint-in-services",
         env={"AWS_ENDPOINT_URL_STS": None},
         files={"config": role("swf-role", "source_profile = base\n"
                               "services = local\n") + BASE +
                "[services local]\nsts =\n  endpoint_url = {CRED}/\n"}),
    dict(name="ar-endpoint-in-profile",
         env={"AWS_ENDPOINT_URL_STS": None},
         files={"config": role("swf-role", "source_profile = base\n"
                               "endpoint_url = {CRED}/\n") + BASE}),
    dict(name="ar-regional-option-ignored-with-endpoint",
         env={"AWS_STS_REGIONAL_ENDPOINTS": "bogus"},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-refused",
         env={"AWS_ENDPOINT_URL_STS": "http://127.0.0.1:9/",
              "AWS_MAX_ATTEMPTS": "1"},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-sts-https",
         env={"AWS_ENDPOINT_URL_STS": "{TLSCRED}/",
              "AWS_CA_BUNDLE": "{CERTS}/ca-rsa.pem"},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="wi-sts-https",
         env=dict(WEB, AWS_ENDPOINT_URL_STS="{TLSCRED}/",
                  AWS_CA_BUNDLE="{CERTS}/ca-rsa.pem"), files=TOKEN_FILE),
    dict(name="ar-sts-https-untrusted",
         env={"AWS_ENDPOINT_URL_STS": "{TLSCRED}/", "AWS_MAX_ATTEMPTS": "1"},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-503-then-ok", env=FAST,
         faults=[{"path": "/", "method": "POST", "status": 503,
                  "body": ERR_XML % ("ServiceUnavailable", "busy"),
                  "contentType": "text/xml"}],
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-throttled-max", env=FAST,
         faults=[{"path": "/", "method": "POST", "status": 400,
                  "body": ERR_XML % ("Throttling", "Rate exceeded"),
                  "contentType": "text/xml"}] * 2,
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-500-html", env=FAST,
         faults=[{"path": "/", "method": "POST", "status": 502,
                  "body": "<html><body>bad gateway</body></html>"}] * 2,
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-500-not-xml",
         faults=[{"path": "/", "method": "POST", "status": 500,
                  "body": "oops"}],
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-error-without-code",
         faults=[{"path": "/", "method": "POST", "status": 403,
                  "body": "<ErrorResponse><Error><Message>m</Message>"
                  "</Error></ErrorResponse>"}],
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-xml-broken", sts={"body": "<AssumeRoleResponse><broken"},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-xml-mismatched",
         sts={"body": "<AssumeRoleResponse>\n  <a></b>\n"
              "</AssumeRoleResponse>"},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-xml-truncated-secret",
         sts={"body": sts_xml("AssumeRole", "<Credentials><AccessKeyId>"
                              "ASIASTSSWFROLE000000</AccessKeyId>"
                              "<SecretAccessKey>stsSecret/swf-role/EXAMPLEKEY"
                              "+0123456789</SecretAccessKey><SessionToken>"
                              "STSsessionTOKEN/swf-role/" + "s" * 400 +
                              "==")[:-40]},
         expect={"rc": 255, "stdout": "", "swf": [],
                 "stderr": "\nUnable to parse response (no element found: "
                 "line 1, column 664), invalid XML received. Further "
                 "retries may succeed:\nb'<AssumeRoleResponse xmlns=\""
                 "https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRole"
                 "Result><Credentials><AccessKeyId>ASIASTSSWFROLE000000"
                 "</AccessKeyId><SecretAccessKey>" + "*" * 40 +
                 "</SecretAccessKey><SessionToken>" + "*" * 427 + "'\n"},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-xml-empty", sts={"body": ""},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-xml-no-result", sts={"body": "<AssumeRoleResponse/>"},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-xml-no-credentials",
         sts={"body": sts_xml("AssumeRole", "")},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-xml-no-secret",
         sts={"body": sts_xml("AssumeRole", "<Credentials><AccessKeyId>"
                              "ASIASTSSWFROLE000000</AccessKeyId>"
                              "<SessionToken>x</SessionToken><Expiration>"
                              "2099-01-01T00:00:00Z</Expiration>"
                              "</Credentials>")},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-xml-entities-and-cdata",
         sts={"body": sts_xml("AssumeRole", "<Credentials><AccessKeyId>"
                              "ASIASTS&#83;WFROLE000000</AccessKeyId>"
                              "<SecretAccessKey><![CDATA[stsSecret/swf-role"
                              "/EXAMPLEKEY+0123456789]]></SecretAccessKey>"
                              "<SessionToken>STSsessionTOKEN/swf-role/" +
                              "s" * 400 + "==</SessionToken><Expiration>"
                              "2099-01-01T00:00:00Z</Expiration>"
                              "</Credentials>")},
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-env-wins", env=KEYS,
         files={"config": role("swf-role", "source_profile = base\n") +
                BASE}),
    dict(name="ar-explicit-profile-over-env", args=["--profile", "r"],
         env=KEYS, files={"config": role("swf-role", "source_profile = "
                                         "base\n", "r") + BASE}),
    dict(name="ar-mfa", stdin="123456\n", stderr_tail=True,
         files={"config": role("swf-role", "source_profile = base\n"
                               "mfa_serial = arn:aws:iam::123456789012:mfa/"
                               "me\n") + BASE}),
    dict(name="ar-mfa-no-code", stderr_tail=True,
         files={"config": role("swf-role", "source_profile = base\n"
                               "mfa_serial = arn:aws:iam::123456789012:mfa/"
                               "me\n") + BASE}),

    # ---- web identity ----------------------------------------------------------
    dict(name="wi-env", env=dict(WEB, AWS_ROLE_SESSION_NAME="pod-1"),
         files=TOKEN_FILE, sts={"webIdentityToken": "{WEB_TOKEN}"}),
    dict(name="wi-env-default-session", env=WEB, files=TOKEN_FILE),
    dict(name="wi-token-file-missing", env=WEB),
    dict(name="wi-token-file-is-directory",
         env=dict(WEB, AWS_WEB_IDENTITY_TOKEN_FILE="{TMP}")),
    dict(name="wi-no-role", env={"AWS_WEB_IDENTITY_TOKEN_FILE": "{TMP}/token"},
         files=TOKEN_FILE),
    dict(name="wi-profile",
         files=dict(TOKEN_FILE, config="[default]\nweb_identity_token_file = "
                    "{TMP}/token\nrole_arn = arn:aws:iam::123456789012:role/"
                    "web-role\nrole_session_name = prof\n")),
    dict(name="wi-env-ignored-for-profile", args=["--profile", "p"],
         env=WEB, files=dict(TOKEN_FILE,
                             config="[profile p]\nregion = us-east-1\n")),
    dict(name="wi-rejected", env=WEB, files={"token": "wrong"},
         sts={"webIdentityToken": "{WEB_TOKEN}"}),
    dict(name="wi-empty-token", env=WEB, files={"token": ""}),
    dict(name="wi-empty-env", env={"AWS_WEB_IDENTITY_TOKEN_FILE": "",
                                   "AWS_ROLE_ARN": "x"}),
    dict(name="wi-over-credentials-file", env=WEB,
         files=dict(TOKEN_FILE, credentials="[default]\n" + STATIC)),
    dict(name="wi-eks-chain",
         files=dict(TOKEN_FILE, config=role("swf-role", "source_profile = "
                                            "eks\n") +
                    "[profile eks]\nweb_identity_token_file = {TMP}/token\n"
                    "role_arn = arn:aws:iam::123456789012:role/eks-role\n")),
    dict(name="wi-role-profile-first", env=WEB,
         files=dict(TOKEN_FILE, config=role("swf-role", "source_profile = "
                                            "base\n") + BASE)),
    dict(name="wi-idp-retry", env=dict(WEB, **FAST), files=TOKEN_FILE,
         faults=[{"path": "/", "method": "POST", "status": 400,
                  "body": ERR_XML % ("IDPCommunicationError", "try again"),
                  "contentType": "text/xml"}]),

    # ---- credential_process ----------------------------------------------------
    pcase("pr-session", P_OK, read=["count"]),
    pcase("pr-static", P_STATIC),
    dict(name="pr-arguments",
         files={"config": process("{TMP}/p.sh 'a b' \"c d\" e\\ f")},
         scripts={"p.sh": script('printf "%s|" "$@" > "$(dirname "$0")/'
                                 'args"\ncat <<\'EOF\'\n' + P_STATIC +
                                 '\nEOF\n')}, read=["args"]),
    pcase("pr-exit-status", body="echo 'token expired, run login' >&2\n"
          "echo partial\nexit 3\n"),
    pcase("pr-exit-silent", body="exit 1\n"),
    pcase("pr-killed", body="echo dying >&2; kill -9 $$\n"),
    pcase("pr-json-broken", body="echo '{\"Version\": 1,'\n"),
    pcase("pr-json-empty", body="true\n"),
    pcase("pr-json-bom", body="printf '\\357\\273\\277{}'\n"),
    pcase("pr-utf8-invalid", body="printf '\\377'\n"),
    pcase("pr-utf8-truncated", body="printf '{\"a\": \"\\342\\202'\n"),
    pcase("pr-stderr-utf8-invalid", body="printf 'a\\377b' >&2; exit 1\n"),
    pcase("pr-list", "[1]"),
    pcase("pr-string", '"x"'),
    pcase("pr-number", "5"),
    pcase("pr-version-missing", '{"AccessKeyId": "a", "SecretAccessKey": "b"}'),
    pcase("pr-version-2", '{"Version": 2}'),
    pcase("pr-version-string", '{"Version": "1"}'),
    pcase("pr-version-float", P_STATIC.replace("1,", "1.0,", 1)),
    pcase("pr-version-true", P_STATIC.replace("1,", "true,", 1)),
    pcase("pr-version-false", '{"Version": false}'),
    pcase("pr-version-null", '{"Version": null}'),
    pcase("pr-version-list", '{"Version": [1, "x"]}'),
    pcase("pr-version-dict", '{"Version": {"a": 1.50, "b": "c\\u00e9"}}'),
    pcase("pr-version-nan", '{"Version": NaN}'),
    pcase("pr-version-huge", '{"Version": 1e400}'),
    pcase("pr-no-access-key", '{"Version": 1, "SecretAccessKey": "b"}'),
    pcase("pr-no-secret", '{"Version": 1, "AccessKeyId": "a"}'),
    pcase("pr-access-key-number",
          '{"Version": 1, "AccessKeyId": 5, "SecretAccessKey": "b"}'),
    pcase("pr-access-key-null",
          '{"Version": 1, "AccessKeyId": null, "SecretAccessKey": %s}' % S),
    pcase("pr-secret-number",
          '{"Version": 1, "AccessKeyId": %s, "SecretAccessKey": 5}' % A),
    pcase("pr-token-number", '{"Version": 1, "AccessKeyId": %s, '
          '"SecretAccessKey": %s, "SessionToken": 5}' % (A, S)),
    pcase("pr-token-null", P_STATIC[:-1] + ', "SessionToken": null, '
          '"Expiration": null}'),
    pcase("pr-duplicate-keys", '{"Version": 1, "AccessKeyId": "x", '
          '"AccessKeyId": %s, "SecretAccessKey": %s}' % (A, S)),
    pcase("pr-expired", P_OK.replace("2099", "2020"), read=["count"]),
    pcase("pr-expires-soon", body="cat <<EOF\n" + P_OK.replace(
        "2099-01-01T00:00:00Z", "$(date -u -d '+5 min' "
        "+%Y-%m-%dT%H:%M:%SZ)") + "\nEOF\n", read=["count"]),
    pcase("pr-expires-in-advisory-window", body="cat <<EOF\n" + P_OK.replace(
        "2099-01-01T00:00:00Z", "$(date -u -d '+12 min' "
        "+%Y-%m-%dT%H:%M:%SZ)") + "\nEOF\n", read=["count"]),
    pcase("pr-expiration-garbage", P_OK.replace("2099-01-01T00:00:00Z",
                                                "next tuesday-ish")),
    pcase("pr-expiration-empty", P_OK.replace("2099-01-01T00:00:00Z", "")),
    pcase("pr-expiration-naive", P_OK.replace("2099-01-01T00:00:00Z",
                                              "2099-01-01T00:00:00")),
    pcase("pr-expiration-date-only", P_OK.replace("2099-01-01T00:00:00Z",
                                                  "2099-01-01")),
    pcase("pr-expiration-offset", P_OK.replace(
        "2099-01-01T00:00:00Z", "2099-01-01T00:00:00.123+02:00")),
    pcase("pr-expiration-month-13", P_OK.replace(
        "2099-01-01T00:00:00Z", "2099-13-01T00:00:00Z")),
    pcase("pr-expiration-number", P_OK.replace('"2099-01-01T00:00:00Z"',
                                               "4102444800")),
    dict(name="pr-not-found",
         files={"config": process("no-such-credential-helper --x")}),
    dict(name="pr-not-executable",
         files={"config": process("{TMP}/p.txt"), "p.txt": "echo hi\n"}),
    dict(name="pr-unterminated-quote",
         files={"config": process("{TMP}/p.sh 'unterminated")}),
    dict(name="pr-empty-command",
         files={"config": "[default]\ncredential_process =\n"}),
    dict(name="pr-empty-word",
         files={"config": "[default]\ncredential_process = ''\n"}),
    dict(name="pr-relative-path", files={"config": process("./p.sh")},
         scripts={"p.sh": prints(P_STATIC)}),
    dict(name="pr-in-credentials-file",
         files={"credentials": process()}, scripts={"p.sh": prints(P_STATIC)}),
    pcase("pr-environment-and-stdin",
          body="read x; echo \"[$x]\" > \"$(dirname \"$0\")/stdin\"\n"
          "env | grep '^AWS_' | grep -v '^AWS_DATA_PATH=' | sort > "
          "\"$(dirname \"$0\")/envs\"\n"
          "cat <<'EOF'\n" + P_STATIC + "\nEOF\n", read=["stdin", "envs"]),
    dict(name="pr-no-region", env={"AWS_DEFAULT_REGION": None},
         files={"config": process("/bin/sh -c 'echo denied >&2; exit 1'")}),
    dict(name="pr-before-parameter-validation",
         args=["--cli-input-json", '{"taskToken": 5}'],
         files={"config": process("/bin/sh -c 'echo denied >&2; exit 1'")}),
    dict(name="pr-not-run-without-signing", args=["--no-sign-request"],
         files={"config": process("/bin/false")}),
    pcase("pr-timeout", body="sleep 5\n", env={
        "SWF_CREDENTIAL_PROCESS_TIMEOUT": "1"},
        expect={"rc": 255, "stdout": "", "swf": [],
                "stderr": "\nError when retrieving credentials from "
                "custom-process: credential_process did not finish within "
                "1 seconds (set SWF_CREDENTIAL_PROCESS_TIMEOUT to wait "
                "longer)\n"}),
    pcase("pr-output-too-big", body="head -c 20000 /dev/zero | tr '\\0' x\n",
          expect={"rc": 255, "stdout": "", "swf": [],
                  "stderr": "\nError when retrieving credentials from "
                  "custom-process: credential_process wrote more than 8192 "
                  "bytes\n"}),

    # ---- container credentials ----------------------------------------------
    dict(name="ct-full-uri", env=FULL_URI),
    dict(name="ct-localhost-name",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI":
              "http://localhost:{CPORT}/container/x"}),
    dict(name="ct-token", env=dict(FULL_URI, AWS_CONTAINER_AUTHORIZATION_TOKEN=
                                   "{CONTAINER_TOKEN}"),
         container={"authorization": "{CONTAINER_TOKEN}"}),
    dict(name="ct-token-file", files={"tok": "{CONTAINER_TOKEN}"},
         env=dict(FULL_URI, AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE="{TMP}/tok",
                  AWS_CONTAINER_AUTHORIZATION_TOKEN="ignored"),
         container={"authorization": "{CONTAINER_TOKEN}"}),
    dict(name="ct-token-file-newline", files={"tok": "{CONTAINER_TOKEN}\n"},
         env=dict(FULL_URI,
                  AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE="{TMP}/tok")),
    dict(name="ct-token-file-missing",
         env=dict(FULL_URI,
                  AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE="{TMP}/tok")),
    dict(name="ct-token-empty",
         env=dict(FULL_URI, AWS_CONTAINER_AUTHORIZATION_TOKEN="")),
    dict(name="ct-token-wrong",
         env=dict(FULL_URI, AWS_CONTAINER_AUTHORIZATION_TOKEN="Basic d3Jvbmc="),
         container={"authorization": "{CONTAINER_TOKEN}"}),
    dict(name="ct-status-500", env=FULL_URI,
         container={"status": 500, "body": "internal"}),
    dict(name="ct-retry-then-ok", env=FULL_URI,
         faults=[{"path": "/container", "status": 503, "body": "busy"}]),
    dict(name="ct-json-broken", env=FULL_URI, container={"body": "{nope"}),
    dict(name="ct-json-list", env=FULL_URI, container={"body": "[]"}),
    dict(name="ct-json-string", env=FULL_URI, container={"body": '"x"'}),
    dict(name="ct-json-number", env=FULL_URI, container={"body": "5"}),
    dict(name="ct-no-token", env=FULL_URI, container={"creds": {"Token": None}}),
    dict(name="ct-no-expiration", env=FULL_URI,
         container={"creds": {"Expiration": None}}),
    dict(name="ct-expired", env=FULL_URI,
         container={"creds": {"Expiration": "2020-01-01T00:00:00Z"}}),
    dict(name="ct-expires-soon", env=FULL_URI,
         container={"creds": {"Expiration": "{IN5MIN}"}}),
    dict(name="ct-host-not-allowed",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI":
              "http://creds.example.invalid/x"}),
    dict(name="ct-uri-empty", env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": ""}),
    dict(name="ct-uri-not-a-url",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": "not a url"}),
    dict(name="ct-refused",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI":
              "http://127.0.0.1:9/container/x"}),
    dict(name="ct-refused-other-loopback",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.2:9/x"}),
    dict(name="ct-refused-ipv6-loopback",
         env={"AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://[::1]:9/x"}),
    dict(name="ct-hangs", env=FULL_URI, timeout=90,
         faults=[{"path": "/container", "hang": 3}] * 3),
    dict(name="ct-before-imds", env=dict(FULL_URI, **IMDS_ON)),
    dict(name="ct-after-config-keys", env=FULL_URI,
         files={"config": "[default]\n" + STATIC}),

    # ---- EC2 instance metadata ---------------------------------------------------
    dict(name="im-v2", env=IMDS_ON),
    dict(name="im-v1-after-404", env=IMDS_ON, imds={"token": 404}),
    dict(name="im-v1-after-403", env=IMDS_ON, imds={"token": 403}),
    dict(name="im-v1-after-405", env=IMDS_ON, imds={"token": 405}),
    dict(name="im-v1-after-500", env=IMDS_ON, imds={"token": 500}),
    dict(name="im-v1-after-token-timeout", env=IMDS_ON,
         imds={"token": "hang", "hangSeconds": 3}),
    dict(name="im-v1-after-close", env=IMDS_ON,
         faults=[{"path": "/latest/api/token", "close": True}]),
    dict(name="im-token-400", env=IMDS_ON, imds={"token": 400}),
    dict(name="im-v1-disabled", env=dict(IMDS_ON,
                                         AWS_EC2_METADATA_V1_DISABLED="true"),
         imds={"token": 404}),
    dict(name="im-v1-disabled-config", env=IMDS_ON, imds={"token": 404},
         files={"config": "[default]\nec2_metadata_v1_disabled = true\n"}),
    dict(name="im-v2-only-server", env=IMDS_ON,
         imds={"token": 404, "requireToken": True}),
    dict(name="im-role-404", env=IMDS_ON,
         imds={"roleStatus": 404, "roleBody": "nope"}),
    dict(name="im-role-empty", env=IMDS_ON, imds={"roleBody": ""}),
    dict(name="im-role-with-newline", env=IMDS_ON,
         imds={"roleBody": "swf-imds-role\nother-role"}),
    dict(name="im-creds-json-broken", env=IMDS_ON, imds={"credsBody": "{bad"}),
    dict(name="im-creds-missing-token", env=IMDS_ON,
         imds={"creds": {"Token": None}}),
    dict(name="im-creds-error-document", env=IMDS_ON,
         imds={"credsBody": '{"Code": "AssumeRoleUnauthorizedAccess", '
               '"Message": "EC2 cannot assume the role", '
               '"LastUpdated": "2020-01-01T00:00:00Z"}'}),
    dict(name="im-creds-expired-still-used", env=IMDS_ON, compare_fake=False,
         imds={"creds": {"Expiration": "2020-01-01T00:00:00Z"}}),
    dict(name="im-creds-timeout", env=IMDS_ON,
         faults=[{"path": "/latest/meta-data/iam/security-credentials/swf",
                  "hang": 3}]),
    dict(name="im-attempts-3", env=dict(IMDS_ON,
                                        AWS_METADATA_SERVICE_NUM_ATTEMPTS="3"),
         faults=[{"path": "/latest/meta-data", "status": 500}] * 2),
    dict(name="im-attempts-1", env=IMDS_ON,
         faults=[{"path": "/latest/meta-data", "status": 500}]),
    dict(name="im-endpoint-in-config",
         env={"AWS_EC2_METADATA_DISABLED": None,
              "AWS_EC2_METADATA_SERVICE_ENDPOINT": None},
         files={"config": "[default]\nec2_metadata_service_endpoint = "
                "{CRED}\n"}),
    dict(name="im-endpoint-with-path",
         env=dict(IMDS_ON, AWS_EC2_METADATA_SERVICE_ENDPOINT="{CRED}/prefix")),
    dict(name="im-endpoint-invalid",
         env=dict(IMDS_ON, AWS_EC2_METADATA_SERVICE_ENDPOINT="foo")),
    dict(name="im-endpoint-invalid-unused", env=dict(
        KEYS, AWS_EC2_METADATA_SERVICE_ENDPOINT="foo")),
    dict(name="im-mode-invalid",
         env=dict(IMDS_ON, AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE="ipv5")),
    dict(name="im-timeout-invalid",
         env=dict(IMDS_ON, AWS_METADATA_SERVICE_TIMEOUT="1.5")),
    dict(name="im-attempts-invalid",
         env=dict(IMDS_ON, AWS_METADATA_SERVICE_NUM_ATTEMPTS="x")),
    dict(name="im-disabled-uppercase",
         env={"AWS_EC2_METADATA_DISABLED": "TRUE"}),

    # ---- precedence and unsupported sources ----------------------------------
    dict(name="order-file-over-process",
         files={"config": process(), "credentials": "[default]\n" + STATIC},
         scripts={"p.sh": prints(P_STATIC)}, read=["count"]),
    dict(name="order-process-over-config-keys",
         files={"config": process(extra=STATIC)},
         scripts={"p.sh": prints(P_STATIC)}),
    dict(name="order-config-keys-over-ec2-file",
         env={"AWS_CREDENTIAL_FILE": "{TMP}/ec2"},
         files={"config": "[default]\n" + STATIC,
                "ec2": "AWSAccessKeyId=AKIAPROCESSSTATIC001\n"}),
    dict(name="order-boto-over-container", env=FULL_URI,
         files={"boto": "[Credentials]\n" + STATIC}),
    dict(name="order-env-over-everything",
         env=dict(KEYS, **dict(FULL_URI, **WEB)),
         files=dict(TOKEN_FILE, config=process(), credentials="[default]\n" +
                    STATIC.replace("AKIDEXAMPLE", "AKIDWRONG")),
         scripts={"p.sh": prints(P_STATIC)}, read=["count"]),
    dict(name="order-everything-but-env", env=dict(FULL_URI, **IMDS_ON),
         files={"config": process(extra=STATIC),
                "credentials": "[default]\n" + STATIC},
         scripts={"p.sh": prints(P_STATIC)}, read=["count"]),
    dict(name="none-anywhere"),
    dict(name="sso-incomplete",
         files={"config": "[default]\nsso_role_name = r\n"}),
    dict(name="sso-start-url-alone",
         files={"config": "[default]\nsso_start_url = https://example."
                "invalid/start\n"}),
    dict(name="sso-unsupported",
         files={"config": "[default]\nsso_start_url = https://example.invalid"
                "/start\nsso_region = us-east-1\nsso_account_id = "
                "123456789012\nsso_role_name = r\n"},
         expect={"rc": 255, "stdout": "", "swf": [], "fake": [],
                 "stderr": "\nThe profile \"default\" is configured to use "
                 "SSO, which swf-cancel does not support: use static, "
                 "assume-role, web identity, process, container or instance "
                 "credentials\n"}),
]
