"""golden_cases.py - the command lines compared with AWS CLI v1.

Each case runs `aws [pre...] swf respond-activity-task-canceled [args...]`
(see tests/compat.py for the fields).  scripts/record-golden.py records the
CLI's answers into tests/golden/NAME.json; tests/integration/
test_cli_compat.py runs build/swf-cancel (as `aws` and as `swf-cancel`) and
compares.  A case with "expect" documents a deliberate difference: the
golden file is not used, the expectation is.
"""

OP = ["swf", "respond-activity-task-canceled"]
EP = ["--endpoint-url", "{URL}"]
T = ["--task-token", "{TOKEN}"]
FAST = {"AWS_MAX_ATTEMPTS": "2"}

CONFIG_PROFILE = """[default]
region = us-east-1

[profile work]
region = eu-west-1
aws_access_key_id = AKIDEXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
"""

CREDS_FILE = """[default]
aws_access_key_id = AKIDEXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY

[other]
aws_access_key_id = AKIDEXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
"""

NO_ENV_CREDS = {"AWS_ACCESS_KEY_ID": None, "AWS_SECRET_ACCESS_KEY": None}

CASES = [
    # ---- usage errors (argparse) -------------------------------------------
    dict(name="usage-no-args", args=[], task=False),
    dict(name="usage-token-no-value", args=["--task-token"], task=False),
    dict(name="usage-unknown-option", args=T + ["--bogus"], task=False),
    dict(name="usage-unknown-positional", args=T + ["x", "y"], task=False),
    dict(name="usage-bad-output", args=T + ["--output", "yaml"], task=False),
    dict(name="usage-close-output", args=T + ["--output", "tabel"],
         task=False),
    dict(name="usage-bad-color", args=T + ["--color", "bad"], task=False),
    dict(name="usage-bad-skeleton", args=["--generate-cli-skeleton", "foo"],
         task=False),
    dict(name="usage-ambiguous", args=T + ["--no"], task=False),
    dict(name="usage-flag-explicit", args=T + ["--debug=x"], task=False),
    dict(name="usage-details-no-value", args=T + ["--details"], task=False),
    dict(name="usage-dash-value", args=["--task-token", "-a"], task=False),
    dict(name="usage-skeleton-output-needs-token",
         args=["--generate-cli-skeleton", "output"], task=False),
    dict(name="usage-double-dash", args=T + ["--", "b"], task=False),
    dict(name="usage-bad-operation", pre=[], op=["swf", "list-domain"],
         args=[], task=False, aws_only=True),
    dict(name="help", args=["help"], task=False),

    # ---- successful cancels ---------------------------------------------------
    dict(name="ok-basic", args=T + EP),
    dict(name="ok-details", args=T + ["--details", "worker shut down"] + EP),
    dict(name="ok-details-empty", args=T + ["--details", ""] + EP),
    dict(name="ok-details-escapes",
         args=T + ["--details", "q\" b\\ t\t n\n c\x01 e\u00e9 \U0001f600"]
         + EP),
    dict(name="ok-equals", args=["--task-token={TOKEN}",
                                 "--endpoint-url={URL}"]),
    dict(name="ok-abbrev", args=["--task", "{TOKEN}", "--det", "d"] + EP),
    dict(name="ok-repeated", args=["--task-token", "x", "--task-token",
                                   "{TOKEN}"] + EP),
    dict(name="ok-global-first", pre=EP + ["--region", "us-east-1"],
         args=T, aws_only=True),
    dict(name="ok-debug-flag-anywhere", pre=[], args=T + EP + ["--no-paginate"]),
    dict(name="ok-query-field", args=T + EP + ["--query", "foo"]),
    dict(name="ok-query-field-text",
         args=T + EP + ["--query", "foo", "--output", "text"]),
    dict(name="ok-query-field-table",
         args=T + EP + ["--query", "foo", "--output", "table"]),
    dict(name="ok-query-literal-text",
         args=T + EP + ["--query", "'x'", "--output", "text"]),
    dict(name="ok-query-literal-table",
         args=T + EP + ["--query", "'x'", "--output", "table"]),
    dict(name="ok-query-literal-json", args=T + EP + ["--query", "'x'"]),
    dict(name="ok-query-current", args=T + EP + ["--query", "@"]),
    dict(name="ok-output-text", args=T + EP + ["--output", "text"]),
    dict(name="ok-output-table", args=T + EP + ["--output", "table"]),
    dict(name="ok-output-config",
         args=T + EP, files={"config": "[default]\noutput = text\n"}),
    dict(name="ok-input-json",
         args=["--cli-input-json",
               '{"taskToken": "{TOKEN}", "details": "from json"}'] + EP),
    dict(name="ok-input-json-file",
         args=["--cli-input-json", "file://{TMP}/in.json"] + EP,
         files={"in.json": '{"taskToken": "{TOKEN}", "details": "file"}'}),
    dict(name="ok-input-json-cli-wins",
         args=T + ["--cli-input-json",
                   '{"taskToken": "other", "details": "json"}'] + EP),
    dict(name="ok-input-json-details-cli",
         args=["--details", "cli", "--cli-input-json",
               '{"taskToken": "{TOKEN}", "details": "json"}'] + EP),
    dict(name="ok-details-file",
         args=T + ["--details", "file://{TMP}/d.txt"] + EP,
         files={"d.txt": "line one\r\nline two\rthree\n"}),
    dict(name="ok-token-file", args=["--task-token", "file://{TMP}/t"] + EP,
         files={"t": "{TOKEN}"}),
    dict(name="ok-skeleton-input", args=["--generate-cli-skeleton"],
         task=False),
    dict(name="ok-skeleton-input-explicit",
         args=["--generate-cli-skeleton", "input", "--task-token", "x"],
         task=False),
    dict(name="ok-skeleton-output",
         args=T + EP + ["--generate-cli-skeleton", "output"]),
    dict(name="ok-no-sign-request", server="unsigned",
         args=T + EP + ["--no-sign-request"], env=NO_ENV_CREDS),
    dict(name="ok-session-token", args=T + EP,
         env={"AWS_ACCESS_KEY_ID": "ASIAEXAMPLESESSION1",
              "AWS_SECRET_ACCESS_KEY": "{SESSION_SECRET}",
              "AWS_SESSION_TOKEN": "{SESSION_TOKEN}"}),
    dict(name="ok-creds-file", args=T + EP, env=NO_ENV_CREDS,
         files={"credentials": CREDS_FILE}),
    dict(name="ok-creds-file-profile-env", args=T + EP,
         env=dict(NO_ENV_CREDS, AWS_PROFILE="other"),
         files={"credentials": CREDS_FILE}),
    dict(name="ok-config-file-keys", args=T + EP + ["--profile", "work"],
         env={"AWS_ACCESS_KEY_ID": "AKIDWRONG", "AWS_SECRET_ACCESS_KEY": "x"},
         files={"config": CONFIG_PROFILE}),
    dict(name="ok-region-config", args=T + EP, env={"AWS_DEFAULT_REGION": None},
         files={"config": "[default]\nregion = ap-southeast-2\n"}),
    dict(name="ok-region-flag", args=T + EP + ["--region", "eu-central-1"]),
    dict(name="ok-endpoint-env-swf", args=T,
         env={"AWS_ENDPOINT_URL_SWF": "{URL}",
              "AWS_ENDPOINT_URL": "http://127.0.0.1:1"}),
    dict(name="ok-endpoint-env", args=T, env={"AWS_ENDPOINT_URL": "{URL}"}),
    dict(name="ok-endpoint-config", args=T,
         files={"config": "[default]\nendpoint_url = {URL}\n"}),
    dict(name="ok-endpoint-services", args=T,
         files={"config": "[default]\nservices = local\n\n"
                          "[services local]\nswf =\n  endpoint_url = {URL}\n"}),
    dict(name="ok-endpoint-path", args=T + ["--endpoint-url", "{URL}/base/"]),
    dict(name="ok-timeouts", args=T + EP + ["--cli-read-timeout", "0",
                                            "--cli-connect-timeout", " 5 "]),
    dict(name="ok-chunked-response", args=T + EP, faults=["chunked"]),
    dict(name="ok-close-delimited", args=T + EP, faults=["close_delimited"]),
    dict(name="ok-100-continue", args=T + EP, faults=["continue100"]),

    dict(name="ok-no-verify-ssl-http", args=T + EP + ["--no-verify-ssl"]),
    dict(name="ok-ca-bundle-http",
         args=T + EP + ["--ca-bundle", "{TMP}/none.pem"]),
    dict(name="ok-color-off-table",
         args=T + EP + ["--query", "'x'", "--output", "table", "--color",
                        "off"]),
    dict(name="ok-color-on-table",
         args=T + EP + ["--query", "'x'", "--output", "table", "--color",
                        "on"]),
    dict(name="ok-home-unset", args=T + EP,
         env={"HOME": None, "AWS_CONFIG_FILE": None,
              "AWS_SHARED_CREDENTIALS_FILE": None}),
    dict(name="ok-config-is-directory", args=T + EP,
         env={"AWS_CONFIG_FILE": "{TMP}", "AWS_SHARED_CREDENTIALS_FILE":
              "{TMP}"}),
    dict(name="err-invalid-utf8", task=False,
         args=T + ["--details", "caf\udce9"] + EP,
         expect={"rc": 255, "stdout": "", "requests": [],
                 "stderr": "\nParameter validation failed:\nInvalid "
                           "UTF-8 for parameter details at byte offset "
                           "3\n"}),

    dict(name="err-query-eval", args=T + EP + ["--query", "length(`1`)"]),
    dict(name="err-query-eval-table-color",
         args=T + EP + ["--query", "length(`1`)", "--output", "table",
                        "--color", "on"]),
    dict(name="ok-query-partial-error",
         args=T + EP + ["--query", "[`1`, &foo]"]),

    # ---- errors before the request ------------------------------------------
    dict(name="err-empty-token", args=["--task-token", ""] + EP, task=False),
    dict(name="err-input-json-unknown",
         args=["--cli-input-json", '{"taskToken": "a", "bogus": 1}'] + EP,
         task=False),
    dict(name="err-input-json-invalid",
         args=["--cli-input-json", '{"taskToken": "a"'] + EP, task=False),
    dict(name="err-input-json-type",
         args=["--cli-input-json", '{"taskToken": 5}'] + EP, task=False),
    dict(name="err-input-json-types",
         args=["--cli-input-json",
               '{"taskToken": [1, 2.5, null, true], "details": {"a": "b"}}']
         + EP, task=False),
    dict(name="err-input-json-reprs",
         args=["--cli-input-json",
               '{"taskToken": 1e5, "details": [-0.0, 1e16, 1.5e-5, 0.0001, '
               '123456789012345678901234567890, false, "it\'s", "q\\"\'", '
               '"tab\\t\\u00e9\\u0085", {"k": [{}, []]}, -0, 2.50]}']
         + EP, task=False, float_text=True),
    dict(name="err-input-json-list", args=["--cli-input-json", "[]"] + EP,
         task=False),
    dict(name="err-input-json-missing",
         args=["--cli-input-json", '{"details": "y"}'] + EP, task=False),
    dict(name="err-input-json-no-file",
         args=["--cli-input-json", "file://{TMP}/nope.json"] + EP, task=False),
    dict(name="err-details-no-file",
         args=T + ["--details", "file://{TMP}/nope"] + EP, task=False),
    dict(name="err-no-region", args=T + EP, env={"AWS_DEFAULT_REGION": None},
         task=False),
    dict(name="err-bad-region", args=T + EP + ["--region", "bad region!"],
         task=False),
    dict(name="err-no-credentials", args=T + EP, env=NO_ENV_CREDS, task=False),
    dict(name="err-partial-credentials", args=T + EP,
         env={"AWS_SECRET_ACCESS_KEY": None}, task=False),
    dict(name="err-profile-missing", args=T + EP + ["--profile", "nope"],
         task=False),
    dict(name="err-endpoint-no-scheme",
         args=T + ["--endpoint-url", "foo"], task=False),
    dict(name="err-query-invalid", args=T + EP + ["--query", "[foo"],
         task=False),
    dict(name="err-read-timeout-int",
         args=T + EP + ["--cli-read-timeout", "x"], task=False),
    dict(name="err-connect-timeout-negative",
         args=T + EP + ["--cli-connect-timeout", "-1"], task=False),
    dict(name="err-token-too-long", task=False,
         args=["--task-token", "x" * 1025] + EP,
         expect={"rc": 255, "stdout": "", "requests": [],
                 "stderr": "\nParameter validation failed:\nInvalid length "
                           "for parameter taskToken, value: 1025, valid max "
                           "length: 1024\n"}),
    dict(name="err-details-too-long", task=False,
         args=T + ["--details", "\u00e9" * 32769] + EP,
         expect={"rc": 255, "stdout": "", "requests": [],
                 "stderr": "\nParameter validation failed:\nInvalid length "
                           "for parameter details, value: 32769, valid max "
                           "length: 32768\n"}),

    # ---- service errors and transport faults --------------------------------
    dict(name="err-unknown-token", args=["--task-token", "no-such-token"] + EP,
         task=False),
    dict(name="err-closed-token", args=T + EP,
         faults=[], pre_cancel=True),
    dict(name="err-throttled-max", args=T + EP, env=FAST,
         faults=["throttle", "throttle"]),
    dict(name="err-throttled-legacy", args=T + EP,
         faults=["throttle"] * 5, timeout=120),
    dict(name="ok-retry-after-500", args=T + EP, env=FAST,
         faults=[{"status": 500}]),
    dict(name="err-500-html", args=T + EP, env=FAST,
         faults=["html", "html"]),
    dict(name="err-503-standard", args=T + EP,
         env={"AWS_RETRY_MODE": "standard", "AWS_MAX_ATTEMPTS": "2"},
         faults=[{"status": 503, "body": ""}, {"status": 503, "body": ""}]),
    dict(name="err-400-not-json", args=T + EP,
         faults=[{"status": 400, "body": "garbage <html>",
                  "contentType": "text/plain"}]),
    dict(name="err-400-no-message", args=T + EP,
         faults=[{"status": 400, "body":
                  '{"__type": "com.amazonaws.swf.base.model#SomeFault"}'}]),
    dict(name="err-reset", args=T + EP, env=FAST, faults=["reset", "reset"]),
    dict(name="err-garbage-status", args=T + EP, env=FAST,
         faults=["garbage", "garbage"]),
    dict(name="err-truncated", args=T + EP, env=FAST,
         faults=["truncate", "truncate"]),
    dict(name="err-refused", args=T + ["--endpoint-url", "http://127.0.0.1:1"],
         env={"AWS_MAX_ATTEMPTS": "1"}, task=False),
    dict(name="err-read-timeout", args=T + EP + ["--cli-read-timeout", "1"],
         env={"AWS_MAX_ATTEMPTS": "1"}, faults=[{"delay": 3}]),
    # ---- fault matrix (issue 6): each as the CLI answers it, attempts
    # counted by the requests the endpoint saw ----------------------------
    dict(name="err-closed-no-byte", args=T + EP, env=FAST,
         faults=["close", "close"]),
    dict(name="err-reset-mid-headers", args=T + EP, env=FAST,
         faults=[{"kind": "reset", "after": 30}] * 2),
    dict(name="err-reset-mid-body", args=T + EP, env=FAST,
         faults=[{"kind": "reset", "after": 150}] * 2),
    dict(name="err-garbage-http", args=T + EP, env=FAST,
         faults=[{"kind": "garbage", "body": "HTTP/1.1 abc OK\r\n\r\n"}] * 2),
    # An end of stream inside the head ends the header fields (http.client)
    dict(name="ok-eof-after-status", args=T + EP, env=FAST,
         faults=[{"kind": "garbage", "body": "HTTP/1.1 200 OK\r\n"}] * 2),
    dict(name="ok-eof-mid-header-line", args=T + EP, env=FAST,
         faults=[{"kind": "garbage",
                  "body": "HTTP/1.1 200 OK\r\nContent-Type: x\r"}] * 2),
    dict(name="err-400-eof-in-head", args=T + EP, env=FAST,
         faults=[{"kind": "garbage", "body": "HTTP/1.1 400 Bad\r\n"
                  "Content-Type: application/x-amz-json-1.0\r\n"}] * 2),
    dict(name="err-503-eof-in-head", args=T + EP, env=FAST,
         faults=[{"kind": "garbage", "body": "HTTP/1.1 503 Slow Down\r\n"
                  "Content-Length: 0"}] * 2),
    dict(name="err-eof-in-head-length", args=T + EP, env=FAST,
         faults=[{"kind": "garbage", "body": "HTTP/1.1 200 OK\r\n"
                  "Content-Length: 5\r\n"}] * 2),
    dict(name="err-eof-after-100", args=T + EP, env=FAST,
         faults=[{"kind": "garbage",
                  "body": "HTTP/1.1 100 Continue\r\n"}] * 2),
    dict(name="ok-eof-after-100-then-200", args=T + EP, env=FAST,
         faults=[{"kind": "garbage", "body": "HTTP/1.1 100 Continue\r\n"
                  "\r\nHTTP/1.0 200 OK"}] * 2),
    # Header lines as Python's email parser reads them: the first line
    # that is not a header ends the fields; odd bytes in values are kept
    dict(name="ok-bad-header-line", args=T + EP, env=FAST,
         faults=[{"kind": "garbage", "body": "HTTP/1.1 200 OK\r\n"
                  "Bad Header Line\r\nContent-Length: 5\r\n\r\n{}"}] * 2),
    dict(name="err-400-odd-header-lines", args=T + EP, env=FAST,
         faults=[{"kind": "garbage", "body": "HTTP/1.1 400 Bad\r\n"
                  " folded first\r\nFrom x\r\nX(y): z\r\n: empty\r\n"
                  "X-Amzn-ErrorType: Fo\x01o\r\nContent-Length: 33\r\n"
                  "\xe9: x\r\nContent-Length: 1\r\n\r\n"
                  '{"__type": "A#B", "message": "m"}'}] * 2),
    dict(name="err-big-headers", args=T + EP, env=FAST,
         faults=["big_headers", "big_headers"]),
    dict(name="err-no-response", args=T + EP + ["--cli-read-timeout", "1"],
         env={"AWS_MAX_ATTEMPTS": "3"}, faults=["no_response"] * 3),
    dict(name="err-tls-stall", stall=True, task=False,
         args=T + ["--endpoint-url", "https://{STALL}",
                   "--cli-connect-timeout", "1", "--cli-read-timeout", "5"],
         env=FAST),
    dict(name="err-400-truncated-json", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": "com.amazonaws.swf.'
                  'base.model#UnknownResourceFault", "mess'}]),
    dict(name="err-500-truncated-json", args=T + EP, env=FAST,
         faults=[{"status": 500, "body": '{"__type": "com.amazon.coral.'
                  'service#InternalFailure", "mess'}] * 2),
    dict(name="err-500-no-message", args=T + EP, env=FAST,
         faults=[{"status": 500, "body": '{"__type": "com.amazon.coral.'
                  'service#InternalFailure"}'}] * 2),
    dict(name="err-400-message-number", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": "X#Y", "message": 5}'}]),
    dict(name="err-400-message-true", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": "X#Y", "message": true}'}]),
    dict(name="err-400-message-null", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": "X#Y", "message": null}'}]),
    dict(name="err-400-message-float", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": "X#Y", "Message": 1e5}'}]),
    dict(name="err-400-message-list", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": "X#Y", "message": '
                  '[1, "a\'b", {"k": false}, null, 2.50]}'}]),
    dict(name="err-400-message-object", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": "X#Y", "message": '
                  '{"x": "y", "n": -0.0}}'}]),
    dict(name="err-400-body-list", args=T + EP,
         faults=[{"status": 400, "body": '[1, 2]'}]),
    dict(name="err-400-body-string", args=T + EP,
         faults=[{"status": 400, "body": '"just a string"'}]),
    dict(name="err-500-body-number", args=T + EP, env=FAST,
         faults=[{"status": 500, "body": '42'}] * 2),
    dict(name="err-400-type-number", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": 7, "message": "m"}'}]),
    dict(name="err-400-type-null", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": null, "message": "m"}'}]),
    dict(name="err-400-type-list", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": ["A", 1], "message": "m"}'}]),
    dict(name="err-400-type-list-colon", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": ["A", ":"], "message": "m"}'}]),
    dict(name="err-400-type-dict-hash", args=T + EP,
         faults=[{"status": 400, "body": '{"__type": {"#": 1}, "message": "m"}'}]),
    dict(name="err-500-body-null", args=T + EP, env=FAST,
         faults=[{"status": 500, "body": 'null'}] * 2),
    dict(name="ok-200-junk", args=T + EP,
         faults=[{"status": 200, "body": "<html>not json</html>",
                  "contentType": "text/html"}]),
    dict(name="ok-200-junk-json", args=T + EP,
         faults=[{"status": 200, "body": '{"trunc'}]),
    dict(name="ok-trickle", args=T + EP,
         faults=[{"kind": "trickle", "interval": 0.005}]),
    dict(name="ok-big-headers-8k", args=T + EP,
         faults=[{"kind": "big_headers", "size": 8000}]),
    dict(name="err-unknown-chunked", task=False,
         args=["--task-token", "no-such-token"] + EP, faults=["chunked"]),
    dict(name="err-unknown-close-delimited", task=False,
         args=["--task-token", "no-such-token"] + EP,
         faults=["close_delimited"]),
    dict(name="err-unknown-continue", task=False,
         args=["--task-token", "no-such-token"] + EP,
         faults=["continue100"]),
    dict(name="err-unknown-trickle", task=False,
         args=["--task-token", "no-such-token"] + EP,
         faults=[{"kind": "trickle", "interval": 0.005}]),
]
