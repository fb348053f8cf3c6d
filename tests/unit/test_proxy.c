/*
 * test_proxy.c - proxy choice, URL handling and the CONNECT tunnel.
 *
 * The tables of expected values were produced by the reference itself
 * (Python 3.11 urllib.request, botocore, urllib3) on the cases listed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "check.h"
#include "proxy.h"

/* urllib.request.proxy_bypass_environment(netloc, {"no": no}) */
static const struct { const char *netloc, *no; int want; } bypass_cases[] = {
	{ "localhost", "localhost", 1 },
	{ "localhost", "*", 1 },
	{ "localhost", " * ", 0 },
	{ "localhost", "*,localhost", 1 },
	{ "localhost", ".localhost", 1 },
	{ "localhost", "LOCALHOST", 1 },
	{ "localhost", "localhost:8443", 0 },
	{ "localhost", "localhost:1", 0 },
	{ "localhost", "calhost", 0 },
	{ "localhost", "127.0.0.0/8", 0 },
	{ "localhost", "0.0.1", 0 },
	{ "localhost", "127.0.0.1", 0 },
	{ "localhost", "::1", 0 },
	{ "localhost", "[::1]", 0 },
	{ "localhost", "amazonaws.com", 0 },
	{ "localhost", ".amazonaws.com.cn", 0 },
	{ "localhost", "us-east-1.amazonaws.com", 0 },
	{ "localhost", "other.test, example.test", 0 },
	{ "localhost", "  example.test  ,x", 0 },
	{ "localhost", "\texample.test\n", 0 },
	{ "localhost", ",,", 0 },
	{ "localhost", ".", 0 },
	{ "localhost", "..test", 0 },
	{ "localhost", "b.example.test:1", 0 },
	{ "localhost", "example.test:1", 0 },
	{ "localhost", "", 0 },
	{ "localhost", "amazonaws.com:443", 0 },
	{ "localhost", "com", 0 },
	{ "localhost", "host:", 0 },
	{ "localhost", "host", 0 },
	{ "localhost", "xample.test", 0 },
	{ "localhost", " example.test ", 0 },
	{ "localhost:8443", "localhost", 1 },
	{ "localhost:8443", "*", 1 },
	{ "localhost:8443", " * ", 0 },
	{ "localhost:8443", "*,localhost", 1 },
	{ "localhost:8443", ".localhost", 1 },
	{ "localhost:8443", "LOCALHOST", 1 },
	{ "localhost:8443", "localhost:8443", 1 },
	{ "localhost:8443", "localhost:1", 0 },
	{ "localhost:8443", "calhost", 0 },
	{ "localhost:8443", "127.0.0.0/8", 0 },
	{ "localhost:8443", "0.0.1", 0 },
	{ "localhost:8443", "127.0.0.1", 0 },
	{ "localhost:8443", "::1", 0 },
	{ "localhost:8443", "[::1]", 0 },
	{ "localhost:8443", "amazonaws.com", 0 },
	{ "localhost:8443", ".amazonaws.com.cn", 0 },
	{ "localhost:8443", "us-east-1.amazonaws.com", 0 },
	{ "localhost:8443", "other.test, example.test", 0 },
	{ "localhost:8443", "  example.test  ,x", 0 },
	{ "localhost:8443", "\texample.test\n", 0 },
	{ "localhost:8443", ",,", 0 },
	{ "localhost:8443", ".", 0 },
	{ "localhost:8443", "..test", 0 },
	{ "localhost:8443", "b.example.test:1", 0 },
	{ "localhost:8443", "example.test:1", 0 },
	{ "localhost:8443", "", 0 },
	{ "localhost:8443", "amazonaws.com:443", 0 },
	{ "localhost:8443", "com", 0 },
	{ "localhost:8443", "host:", 0 },
	{ "localhost:8443", "host", 0 },
	{ "localhost:8443", "xample.test", 0 },
	{ "localhost:8443", " example.test ", 0 },
	{ "LocalHost:8443", "localhost", 1 },
	{ "LocalHost:8443", "*", 1 },
	{ "LocalHost:8443", " * ", 0 },
	{ "LocalHost:8443", "*,localhost", 1 },
	{ "LocalHost:8443", ".localhost", 1 },
	{ "LocalHost:8443", "LOCALHOST", 1 },
	{ "LocalHost:8443", "localhost:8443", 1 },
	{ "LocalHost:8443", "localhost:1", 0 },
	{ "LocalHost:8443", "calhost", 0 },
	{ "LocalHost:8443", "127.0.0.0/8", 0 },
	{ "LocalHost:8443", "0.0.1", 0 },
	{ "LocalHost:8443", "127.0.0.1", 0 },
	{ "LocalHost:8443", "::1", 0 },
	{ "LocalHost:8443", "[::1]", 0 },
	{ "LocalHost:8443", "amazonaws.com", 0 },
	{ "LocalHost:8443", ".amazonaws.com.cn", 0 },
	{ "LocalHost:8443", "us-east-1.amazonaws.com", 0 },
	{ "LocalHost:8443", "other.test, example.test", 0 },
	{ "LocalHost:8443", "  example.test  ,x", 0 },
	{ "LocalHost:8443", "\texample.test\n", 0 },
	{ "LocalHost:8443", ",,", 0 },
	{ "LocalHost:8443", ".", 0 },
	{ "LocalHost:8443", "..test", 0 },
	{ "LocalHost:8443", "b.example.test:1", 0 },
	{ "LocalHost:8443", "example.test:1", 0 },
	{ "LocalHost:8443", "", 0 },
	{ "LocalHost:8443", "amazonaws.com:443", 0 },
	{ "LocalHost:8443", "com", 0 },
	{ "LocalHost:8443", "host:", 0 },
	{ "LocalHost:8443", "host", 0 },
	{ "LocalHost:8443", "xample.test", 0 },
	{ "LocalHost:8443", " example.test ", 0 },
	{ "127.0.0.1", "localhost", 0 },
	{ "127.0.0.1", "*", 1 },
	{ "127.0.0.1", " * ", 0 },
	{ "127.0.0.1", "*,localhost", 0 },
	{ "127.0.0.1", ".localhost", 0 },
	{ "127.0.0.1", "LOCALHOST", 0 },
	{ "127.0.0.1", "localhost:8443", 0 },
	{ "127.0.0.1", "localhost:1", 0 },
	{ "127.0.0.1", "calhost", 0 },
	{ "127.0.0.1", "127.0.0.0/8", 0 },
	{ "127.0.0.1", "0.0.1", 1 },
	{ "127.0.0.1", "127.0.0.1", 1 },
	{ "127.0.0.1", "::1", 0 },
	{ "127.0.0.1", "[::1]", 0 },
	{ "127.0.0.1", "amazonaws.com", 0 },
	{ "127.0.0.1", ".amazonaws.com.cn", 0 },
	{ "127.0.0.1", "us-east-1.amazonaws.com", 0 },
	{ "127.0.0.1", "other.test, example.test", 0 },
	{ "127.0.0.1", "  example.test  ,x", 0 },
	{ "127.0.0.1", "\texample.test\n", 0 },
	{ "127.0.0.1", ",,", 0 },
	{ "127.0.0.1", ".", 0 },
	{ "127.0.0.1", "..test", 0 },
	{ "127.0.0.1", "b.example.test:1", 0 },
	{ "127.0.0.1", "example.test:1", 0 },
	{ "127.0.0.1", "", 0 },
	{ "127.0.0.1", "amazonaws.com:443", 0 },
	{ "127.0.0.1", "com", 0 },
	{ "127.0.0.1", "host:", 0 },
	{ "127.0.0.1", "host", 0 },
	{ "127.0.0.1", "xample.test", 0 },
	{ "127.0.0.1", " example.test ", 0 },
	{ "127.0.0.1:443", "localhost", 0 },
	{ "127.0.0.1:443", "*", 1 },
	{ "127.0.0.1:443", " * ", 0 },
	{ "127.0.0.1:443", "*,localhost", 0 },
	{ "127.0.0.1:443", ".localhost", 0 },
	{ "127.0.0.1:443", "LOCALHOST", 0 },
	{ "127.0.0.1:443", "localhost:8443", 0 },
	{ "127.0.0.1:443", "localhost:1", 0 },
	{ "127.0.0.1:443", "calhost", 0 },
	{ "127.0.0.1:443", "127.0.0.0/8", 0 },
	{ "127.0.0.1:443", "0.0.1", 1 },
	{ "127.0.0.1:443", "127.0.0.1", 1 },
	{ "127.0.0.1:443", "::1", 0 },
	{ "127.0.0.1:443", "[::1]", 0 },
	{ "127.0.0.1:443", "amazonaws.com", 0 },
	{ "127.0.0.1:443", ".amazonaws.com.cn", 0 },
	{ "127.0.0.1:443", "us-east-1.amazonaws.com", 0 },
	{ "127.0.0.1:443", "other.test, example.test", 0 },
	{ "127.0.0.1:443", "  example.test  ,x", 0 },
	{ "127.0.0.1:443", "\texample.test\n", 0 },
	{ "127.0.0.1:443", ",,", 0 },
	{ "127.0.0.1:443", ".", 0 },
	{ "127.0.0.1:443", "..test", 0 },
	{ "127.0.0.1:443", "b.example.test:1", 0 },
	{ "127.0.0.1:443", "example.test:1", 0 },
	{ "127.0.0.1:443", "", 0 },
	{ "127.0.0.1:443", "amazonaws.com:443", 0 },
	{ "127.0.0.1:443", "com", 0 },
	{ "127.0.0.1:443", "host:", 0 },
	{ "127.0.0.1:443", "host", 0 },
	{ "127.0.0.1:443", "xample.test", 0 },
	{ "127.0.0.1:443", " example.test ", 0 },
	{ "[::1]:8443", "localhost", 0 },
	{ "[::1]:8443", "*", 1 },
	{ "[::1]:8443", " * ", 0 },
	{ "[::1]:8443", "*,localhost", 0 },
	{ "[::1]:8443", ".localhost", 0 },
	{ "[::1]:8443", "LOCALHOST", 0 },
	{ "[::1]:8443", "localhost:8443", 0 },
	{ "[::1]:8443", "localhost:1", 0 },
	{ "[::1]:8443", "calhost", 0 },
	{ "[::1]:8443", "127.0.0.0/8", 0 },
	{ "[::1]:8443", "0.0.1", 0 },
	{ "[::1]:8443", "127.0.0.1", 0 },
	{ "[::1]:8443", "::1", 0 },
	{ "[::1]:8443", "[::1]", 1 },
	{ "[::1]:8443", "amazonaws.com", 0 },
	{ "[::1]:8443", ".amazonaws.com.cn", 0 },
	{ "[::1]:8443", "us-east-1.amazonaws.com", 0 },
	{ "[::1]:8443", "other.test, example.test", 0 },
	{ "[::1]:8443", "  example.test  ,x", 0 },
	{ "[::1]:8443", "\texample.test\n", 0 },
	{ "[::1]:8443", ",,", 0 },
	{ "[::1]:8443", ".", 0 },
	{ "[::1]:8443", "..test", 0 },
	{ "[::1]:8443", "b.example.test:1", 0 },
	{ "[::1]:8443", "example.test:1", 0 },
	{ "[::1]:8443", "", 0 },
	{ "[::1]:8443", "amazonaws.com:443", 0 },
	{ "[::1]:8443", "com", 0 },
	{ "[::1]:8443", "host:", 0 },
	{ "[::1]:8443", "host", 0 },
	{ "[::1]:8443", "xample.test", 0 },
	{ "[::1]:8443", " example.test ", 0 },
	{ "[::1]", "localhost", 0 },
	{ "[::1]", "*", 1 },
	{ "[::1]", " * ", 0 },
	{ "[::1]", "*,localhost", 0 },
	{ "[::1]", ".localhost", 0 },
	{ "[::1]", "LOCALHOST", 0 },
	{ "[::1]", "localhost:8443", 0 },
	{ "[::1]", "localhost:1", 0 },
	{ "[::1]", "calhost", 0 },
	{ "[::1]", "127.0.0.0/8", 0 },
	{ "[::1]", "0.0.1", 0 },
	{ "[::1]", "127.0.0.1", 0 },
	{ "[::1]", "::1", 0 },
	{ "[::1]", "[::1]", 1 },
	{ "[::1]", "amazonaws.com", 0 },
	{ "[::1]", ".amazonaws.com.cn", 0 },
	{ "[::1]", "us-east-1.amazonaws.com", 0 },
	{ "[::1]", "other.test, example.test", 0 },
	{ "[::1]", "  example.test  ,x", 0 },
	{ "[::1]", "\texample.test\n", 0 },
	{ "[::1]", ",,", 0 },
	{ "[::1]", ".", 0 },
	{ "[::1]", "..test", 0 },
	{ "[::1]", "b.example.test:1", 0 },
	{ "[::1]", "example.test:1", 0 },
	{ "[::1]", "", 0 },
	{ "[::1]", "amazonaws.com:443", 0 },
	{ "[::1]", "com", 0 },
	{ "[::1]", "host:", 0 },
	{ "[::1]", "host", 0 },
	{ "[::1]", "xample.test", 0 },
	{ "[::1]", " example.test ", 0 },
	{ "swf.us-east-1.amazonaws.com", "localhost", 0 },
	{ "swf.us-east-1.amazonaws.com", "*", 1 },
	{ "swf.us-east-1.amazonaws.com", " * ", 0 },
	{ "swf.us-east-1.amazonaws.com", "*,localhost", 0 },
	{ "swf.us-east-1.amazonaws.com", ".localhost", 0 },
	{ "swf.us-east-1.amazonaws.com", "LOCALHOST", 0 },
	{ "swf.us-east-1.amazonaws.com", "localhost:8443", 0 },
	{ "swf.us-east-1.amazonaws.com", "localhost:1", 0 },
	{ "swf.us-east-1.amazonaws.com", "calhost", 0 },
	{ "swf.us-east-1.amazonaws.com", "127.0.0.0/8", 0 },
	{ "swf.us-east-1.amazonaws.com", "0.0.1", 0 },
	{ "swf.us-east-1.amazonaws.com", "127.0.0.1", 0 },
	{ "swf.us-east-1.amazonaws.com", "::1", 0 },
	{ "swf.us-east-1.amazonaws.com", "[::1]", 0 },
	{ "swf.us-east-1.amazonaws.com", "amazonaws.com", 1 },
	{ "swf.us-east-1.amazonaws.com", ".amazonaws.com.cn", 0 },
	{ "swf.us-east-1.amazonaws.com", "us-east-1.amazonaws.com", 1 },
	{ "swf.us-east-1.amazonaws.com", "other.test, example.test", 0 },
	{ "swf.us-east-1.amazonaws.com", "  example.test  ,x", 0 },
	{ "swf.us-east-1.amazonaws.com", "\texample.test\n", 0 },
	{ "swf.us-east-1.amazonaws.com", ",,", 0 },
	{ "swf.us-east-1.amazonaws.com", ".", 0 },
	{ "swf.us-east-1.amazonaws.com", "..test", 0 },
	{ "swf.us-east-1.amazonaws.com", "b.example.test:1", 0 },
	{ "swf.us-east-1.amazonaws.com", "example.test:1", 0 },
	{ "swf.us-east-1.amazonaws.com", "", 0 },
	{ "swf.us-east-1.amazonaws.com", "amazonaws.com:443", 0 },
	{ "swf.us-east-1.amazonaws.com", "com", 1 },
	{ "swf.us-east-1.amazonaws.com", "host:", 0 },
	{ "swf.us-east-1.amazonaws.com", "host", 0 },
	{ "swf.us-east-1.amazonaws.com", "xample.test", 0 },
	{ "swf.us-east-1.amazonaws.com", " example.test ", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "localhost", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "*", 1 },
	{ "swf.cn-north-1.amazonaws.com.cn", " * ", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "*,localhost", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", ".localhost", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "LOCALHOST", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "localhost:8443", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "localhost:1", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "calhost", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "127.0.0.0/8", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "0.0.1", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "127.0.0.1", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "::1", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "[::1]", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "amazonaws.com", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", ".amazonaws.com.cn", 1 },
	{ "swf.cn-north-1.amazonaws.com.cn", "us-east-1.amazonaws.com", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "other.test, example.test", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "  example.test  ,x", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "\texample.test\n", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", ",,", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", ".", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "..test", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "b.example.test:1", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "example.test:1", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "amazonaws.com:443", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "com", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "host:", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "host", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", "xample.test", 0 },
	{ "swf.cn-north-1.amazonaws.com.cn", " example.test ", 0 },
	{ "a.b.example.test:1", "localhost", 0 },
	{ "a.b.example.test:1", "*", 1 },
	{ "a.b.example.test:1", " * ", 0 },
	{ "a.b.example.test:1", "*,localhost", 0 },
	{ "a.b.example.test:1", ".localhost", 0 },
	{ "a.b.example.test:1", "LOCALHOST", 0 },
	{ "a.b.example.test:1", "localhost:8443", 0 },
	{ "a.b.example.test:1", "localhost:1", 0 },
	{ "a.b.example.test:1", "calhost", 0 },
	{ "a.b.example.test:1", "127.0.0.0/8", 0 },
	{ "a.b.example.test:1", "0.0.1", 0 },
	{ "a.b.example.test:1", "127.0.0.1", 0 },
	{ "a.b.example.test:1", "::1", 0 },
	{ "a.b.example.test:1", "[::1]", 0 },
	{ "a.b.example.test:1", "amazonaws.com", 0 },
	{ "a.b.example.test:1", ".amazonaws.com.cn", 0 },
	{ "a.b.example.test:1", "us-east-1.amazonaws.com", 0 },
	{ "a.b.example.test:1", "other.test, example.test", 1 },
	{ "a.b.example.test:1", "  example.test  ,x", 1 },
	{ "a.b.example.test:1", "\texample.test\n", 1 },
	{ "a.b.example.test:1", ",,", 0 },
	{ "a.b.example.test:1", ".", 0 },
	{ "a.b.example.test:1", "..test", 1 },
	{ "a.b.example.test:1", "b.example.test:1", 1 },
	{ "a.b.example.test:1", "example.test:1", 1 },
	{ "a.b.example.test:1", "", 0 },
	{ "a.b.example.test:1", "amazonaws.com:443", 0 },
	{ "a.b.example.test:1", "com", 0 },
	{ "a.b.example.test:1", "host:", 0 },
	{ "a.b.example.test:1", "host", 0 },
	{ "a.b.example.test:1", "xample.test", 0 },
	{ "a.b.example.test:1", " example.test ", 1 },
	{ "example.test", "localhost", 0 },
	{ "example.test", "*", 1 },
	{ "example.test", " * ", 0 },
	{ "example.test", "*,localhost", 0 },
	{ "example.test", ".localhost", 0 },
	{ "example.test", "LOCALHOST", 0 },
	{ "example.test", "localhost:8443", 0 },
	{ "example.test", "localhost:1", 0 },
	{ "example.test", "calhost", 0 },
	{ "example.test", "127.0.0.0/8", 0 },
	{ "example.test", "0.0.1", 0 },
	{ "example.test", "127.0.0.1", 0 },
	{ "example.test", "::1", 0 },
	{ "example.test", "[::1]", 0 },
	{ "example.test", "amazonaws.com", 0 },
	{ "example.test", ".amazonaws.com.cn", 0 },
	{ "example.test", "us-east-1.amazonaws.com", 0 },
	{ "example.test", "other.test, example.test", 1 },
	{ "example.test", "  example.test  ,x", 1 },
	{ "example.test", "\texample.test\n", 1 },
	{ "example.test", ",,", 0 },
	{ "example.test", ".", 0 },
	{ "example.test", "..test", 1 },
	{ "example.test", "b.example.test:1", 0 },
	{ "example.test", "example.test:1", 0 },
	{ "example.test", "", 0 },
	{ "example.test", "amazonaws.com:443", 0 },
	{ "example.test", "com", 0 },
	{ "example.test", "host:", 0 },
	{ "example.test", "host", 0 },
	{ "example.test", "xample.test", 0 },
	{ "example.test", " example.test ", 1 },
	{ "host:", "localhost", 0 },
	{ "host:", "*", 1 },
	{ "host:", " * ", 0 },
	{ "host:", "*,localhost", 0 },
	{ "host:", ".localhost", 0 },
	{ "host:", "LOCALHOST", 0 },
	{ "host:", "localhost:8443", 0 },
	{ "host:", "localhost:1", 0 },
	{ "host:", "calhost", 0 },
	{ "host:", "127.0.0.0/8", 0 },
	{ "host:", "0.0.1", 0 },
	{ "host:", "127.0.0.1", 0 },
	{ "host:", "::1", 0 },
	{ "host:", "[::1]", 0 },
	{ "host:", "amazonaws.com", 0 },
	{ "host:", ".amazonaws.com.cn", 0 },
	{ "host:", "us-east-1.amazonaws.com", 0 },
	{ "host:", "other.test, example.test", 0 },
	{ "host:", "  example.test  ,x", 0 },
	{ "host:", "\texample.test\n", 0 },
	{ "host:", ",,", 0 },
	{ "host:", ".", 0 },
	{ "host:", "..test", 0 },
	{ "host:", "b.example.test:1", 0 },
	{ "host:", "example.test:1", 0 },
	{ "host:", "", 0 },
	{ "host:", "amazonaws.com:443", 0 },
	{ "host:", "com", 0 },
	{ "host:", "host:", 1 },
	{ "host:", "host", 1 },
	{ "host:", "xample.test", 0 },
	{ "host:", " example.test ", 0 },
	{ "host:12ab", "localhost", 0 },
	{ "host:12ab", "*", 1 },
	{ "host:12ab", " * ", 0 },
	{ "host:12ab", "*,localhost", 0 },
	{ "host:12ab", ".localhost", 0 },
	{ "host:12ab", "LOCALHOST", 0 },
	{ "host:12ab", "localhost:8443", 0 },
	{ "host:12ab", "localhost:1", 0 },
	{ "host:12ab", "calhost", 0 },
	{ "host:12ab", "127.0.0.0/8", 0 },
	{ "host:12ab", "0.0.1", 0 },
	{ "host:12ab", "127.0.0.1", 0 },
	{ "host:12ab", "::1", 0 },
	{ "host:12ab", "[::1]", 0 },
	{ "host:12ab", "amazonaws.com", 0 },
	{ "host:12ab", ".amazonaws.com.cn", 0 },
	{ "host:12ab", "us-east-1.amazonaws.com", 0 },
	{ "host:12ab", "other.test, example.test", 0 },
	{ "host:12ab", "  example.test  ,x", 0 },
	{ "host:12ab", "\texample.test\n", 0 },
	{ "host:12ab", ",,", 0 },
	{ "host:12ab", ".", 0 },
	{ "host:12ab", "..test", 0 },
	{ "host:12ab", "b.example.test:1", 0 },
	{ "host:12ab", "example.test:1", 0 },
	{ "host:12ab", "", 0 },
	{ "host:12ab", "amazonaws.com:443", 0 },
	{ "host:12ab", "com", 0 },
	{ "host:12ab", "host:", 0 },
	{ "host:12ab", "host", 0 },
	{ "host:12ab", "xample.test", 0 },
	{ "host:12ab", " example.test ", 0 },
	{ "xlocalhost", "localhost", 0 },
	{ "xlocalhost", "*", 1 },
	{ "xlocalhost", " * ", 0 },
	{ "xlocalhost", "*,localhost", 0 },
	{ "xlocalhost", ".localhost", 0 },
	{ "xlocalhost", "LOCALHOST", 0 },
	{ "xlocalhost", "localhost:8443", 0 },
	{ "xlocalhost", "localhost:1", 0 },
	{ "xlocalhost", "calhost", 0 },
	{ "xlocalhost", "127.0.0.0/8", 0 },
	{ "xlocalhost", "0.0.1", 0 },
	{ "xlocalhost", "127.0.0.1", 0 },
	{ "xlocalhost", "::1", 0 },
	{ "xlocalhost", "[::1]", 0 },
	{ "xlocalhost", "amazonaws.com", 0 },
	{ "xlocalhost", ".amazonaws.com.cn", 0 },
	{ "xlocalhost", "us-east-1.amazonaws.com", 0 },
	{ "xlocalhost", "other.test, example.test", 0 },
	{ "xlocalhost", "  example.test  ,x", 0 },
	{ "xlocalhost", "\texample.test\n", 0 },
	{ "xlocalhost", ",,", 0 },
	{ "xlocalhost", ".", 0 },
	{ "xlocalhost", "..test", 0 },
	{ "xlocalhost", "b.example.test:1", 0 },
	{ "xlocalhost", "example.test:1", 0 },
	{ "xlocalhost", "", 0 },
	{ "xlocalhost", "amazonaws.com:443", 0 },
	{ "xlocalhost", "com", 0 },
	{ "xlocalhost", "host:", 0 },
	{ "xlocalhost", "host", 0 },
	{ "xlocalhost", "xample.test", 0 },
	{ "xlocalhost", " example.test ", 0 },
};

/* urllib.request.getproxies_environment() for each environment */
static const struct { const char *env[6]; const char *https, *http, *no; } env_cases[] = {
	{ { "HTTPS_PROXY=a", NULL }, "a", NULL, NULL },
	{ { "HTTPS_PROXY=a", "https_proxy=b", NULL }, "b", NULL, NULL },
	{ { "https_proxy=b", "HTTPS_PROXY=a", NULL }, "b", NULL, NULL },
	{ { "HTTPS_PROXY=a", "https_proxy=", NULL }, NULL, NULL, NULL },
	{ { "HTTPS_PROXY=", "https_proxy=b", NULL }, "b", NULL, NULL },
	{ { "Https_Proxy=a", NULL }, "a", NULL, NULL },
	{ { "Https_Proxy=a", "HTTPS_PROXY=c", NULL }, "c", NULL, NULL },
	{ { "HTTPS_PROXY=c", "Https_Proxy=a", NULL }, "a", NULL, NULL },
	{ { "HTTPS_proxy=a", NULL }, "a", NULL, NULL },
	{ { "HTTPS_proxy=a", "https_proxy=b", NULL }, "b", NULL, NULL },
	{ { "HTTP_PROXY=h", NULL }, NULL, "h", NULL },
	{ { "HTTP_PROXY=h", "REQUEST_METHOD=GET", NULL }, NULL, NULL, NULL },
	{ { "http_proxy=h", "REQUEST_METHOD=GET", NULL }, NULL, "h", NULL },
	{ { "HTTP_proxy=h", "REQUEST_METHOD=", NULL }, NULL, "h", NULL },
	{ { "REQUEST_METHOD=GET", "HTTP_PROXY=h", "https_proxy=s", NULL }, "s", NULL, NULL },
	{ { "NO_PROXY=x", "no_proxy=y", NULL }, NULL, NULL, "y" },
	{ { "NO_PROXY=x", "no_proxy=", NULL }, NULL, NULL, NULL },
	{ { "NO_PROXY=x", NULL }, NULL, NULL, "x" },
	{ { "ALL_PROXY=z", "all_proxy=z", NULL }, NULL, NULL, NULL },
	{ { "HTTPS_PROXYX=a", "XHTTPS_PROXY=b", "HTTPS-PROXY=c", NULL }, NULL, NULL, NULL },
	{ { "https_proxy=a=b", NULL }, "a=b", NULL, NULL },
	{ { NULL }, NULL, NULL, NULL },
	{ { "HTTPS_PROXY=", NULL }, NULL, NULL, NULL },
};

/* botocore ProxyConfiguration + mask_proxy_url, urllib3 parse_url */
static const struct { const char *value, *masked, *auth, *host; unsigned port; int parse_err; } url_cases[] = {
	{ "http://127.0.0.1:3128", "http://127.0.0.1:3128", NULL, "127.0.0.1", 3128, 0 },
	{ "127.0.0.1:3128", "http://127.0.0.1:3128", NULL, "127.0.0.1", 3128, 0 },
	{ "//127.0.0.1:3128", "http://127.0.0.1:3128", NULL, "127.0.0.1", 3128, 0 },
	{ "http://proxy.test", "http://proxy.test", NULL, "proxy.test", 80, 0 },
	{ "http://u:p@127.0.0.1:1", "htt***://***:p@127.0.0.1:1", "Basic dTpw", "127.0.0.1", 1, 0 },
	{ "http://user:pass@proxy.test:8080/", "http://***:***@proxy.test:8080/", "Basic dXNlcjpwYXNz", "proxy.test", 8080, 0 },
	{ "http://us%40er:p%3Aw@h.test:1", "http://***:***@h.test:1", "Basic dXNAZXI6cDp3", "h.test", 1, 0 },
	{ "http://u@h.test:1", "http://***@h.test:1", NULL, "h.test", 1, 0 },
	{ "http://:p@h.test:1", "htt***://:p@h.test:1", NULL, "h.test", 1, 0 },
	{ "http://u:@h.test:1", "http://***:@h.test:1", NULL, "h.test", 1, 0 },
	{ "http://http:http@h.test:1", "***://***:http@h.test:1", "Basic aHR0cDpodHRw", "h.test", 1, 0 },
	{ "http://a:b@c@h.test:1", "http://***:***@h.test:1", "Basic YTpiQGM=", "h.test", 1, 0 },
	{ "http://127.0.0.1:abc", "http://127.0.0.1:abc", NULL, "", 0, 1 },
	{ "http://127.0.0.1:99999", "http://127.0.0.1:99999", NULL, "", 0, 1 },
	{ "http://127.0.0.1:65535", "http://127.0.0.1:65535", NULL, "127.0.0.1", 65535, 0 },
	{ "http://127.0.0.1:0", "http://127.0.0.1:0", NULL, "127.0.0.1", 80, 0 },
	{ "http://127.0.0.1:000080", "http://127.0.0.1:000080", NULL, "127.0.0.1", 80, 0 },
	{ "http://127.0.0.1:", "http://127.0.0.1:", NULL, "127.0.0.1", 80, 0 },
	{ "http://", "http://", NULL, "", 80, 0 },
	{ "http://:8080", "http://:8080", NULL, "", 8080, 0 },
	{ "http://[::1]:3128", "http://[::1]:3128", NULL, "::1", 3128, 0 },
	{ "http://[::1]", "http://[::1]", NULL, "::1", 80, 0 },
	{ "http://PROXY.Test:1/x?y#z", "http://PROXY.Test:1/x?y#z", NULL, "proxy.test", 1, 0 },
	{ "http://h.test:1?q", "http://h.test:1?q", NULL, "h.test", 1, 0 },
	{ "u:p@h.test:2", "htt***://***:p@h.test:2", "Basic dTpw", "h.test", 2, 0 },
	{ "http://h.test:123456", "http://h.test:123456", NULL, "", 0, 1 },
	{ "http://u:p@h.test:abc", "htt***://***:p@h.test:abc", "Basic dTpw", "", 0, 1 },
	{ "http:h.test:1", "http:h.test:1", NULL, "", 80, 0 },
};

static void test_bypass(void)
{
	size_t i;

	for (i = 0; i < sizeof bypass_cases / sizeof bypass_cases[0]; i++) {
		const char *h = bypass_cases[i].netloc;
		int got = proxy_bypass(h, strlen(h), bypass_cases[i].no);

		CHECK(got == bypass_cases[i].want, "bypass(%s, no=\"%s\"): "
		      "got %d want %d", h, bypass_cases[i].no, got,
		      bypass_cases[i].want);
	}
	CHECK(proxy_bypass("localhost", 9, NULL) == 0, "no no_proxy");
	/* only the netloc's own bytes count */
	CHECK(proxy_bypass("localhost:1/x", 11, "localhost:1") == 1,
	      "netloc length");
}

static int same(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static void test_env(void)
{
	static char *dup[] = { "https_proxy=first", "https_proxy=second",
			       "HTTPS_PROXY=upper", NULL };
	size_t i;

	for (i = 0; i < sizeof env_cases / sizeof env_cases[0]; i++) {
		char *const *env = (char *const *)env_cases[i].env;
		const char *hs = proxy_env_value(env, "https");
		const char *h = proxy_env_value(env, "http");
		const char *n = proxy_env_value(env, "no");

		CHECK(same(hs, env_cases[i].https) && same(h, env_cases[i].http)
		      && same(n, env_cases[i].no), "env case %zu: https=%s "
		      "http=%s no=%s", i, hs ? hs : "-", h ? h : "-",
		      n ? n : "-");
	}
	/* os.environ keeps the first of two entries with one name */
	CHECK(same(proxy_env_value(dup, "https"), "first"), "duplicate names");
	CHECK(proxy_env_value(NULL, "https") == NULL, "NULL environment");
}

static void test_urls(void)
{
	char env0[2200], masked[PROXY_VALUE_MAX + 16], auth[PROXY_AUTH_MAX];
	char err[512];
	char *env[2] = { env0, NULL };
	proxy_config p;
	size_t i;
	int r;

	for (i = 0; i < sizeof url_cases / sizeof url_cases[0]; i++) {
		snprintf(env0, sizeof env0, "HTTPS_PROXY=%s", url_cases[i].value);
		err[0] = '\0';
		r = proxy_select(&p, "https://swf.us-east-1.amazonaws.com/", env,
				 err, sizeof err);
		if (url_cases[i].parse_err) {
			char want[600];

			snprintf(want, sizeof want, "An HTTP Client raised an "
				 "unhandled exception: Failed to parse: %s",
				 url_cases[i].masked);
			CHECK(r == PROXY_E_PARSE, "%s: parse error expected, got "
			      "%d", url_cases[i].value, r);
			CHECK_STR(err, want, "%s: message %s",
				  url_cases[i].value, err);
			continue;
		}
		CHECK(r == PROXY_OK && p.enabled, "%s: %d %s",
		      url_cases[i].value, r, err);
		proxy_masked_url(&p, masked, sizeof masked);
		CHECK_STR(masked, url_cases[i].masked, "%s: masked %s",
			  url_cases[i].value, masked);
		CHECK_STR(p.host, url_cases[i].host, "%s: host %s",
			  url_cases[i].value, p.host);
		if (url_cases[i].host[0]) {
			CHECK(p.status == PROXY_OK && p.port == url_cases[i].port,
			      "%s: status %d port %u", url_cases[i].value,
			      p.status, p.port);
		} else {
			CHECK(p.status == PROXY_E_NO_HOST, "%s: no host: %d",
			      url_cases[i].value, p.status);
		}
		r = proxy_auth_value(&p, auth);
		CHECK(r == (url_cases[i].auth != NULL) &&
		      (!r || strcmp(auth, url_cases[i].auth) == 0),
		      "%s: auth %d %s", url_cases[i].value, r, auth);
	}
}

static void test_select(void)
{
	char *env[] = { "https_proxy=http://u:secretpw@127.0.0.1:3128",
			"http_proxy=10.0.0.1:8080", "no_proxy=localhost,.internal",
			NULL };
	char *https_only[] = { "HTTPS_PROXY=https://u:secretpw@p.test:443",
			       NULL };
	char *nonascii[] = { "HTTPS_PROXY=http://u:p%C3%A9@p.test:1", NULL };
	char *longcred[] = { NULL, NULL };
	char big[PROXY_VALUE_MAX + 64], cred[PROXY_CRED_MAX + 200];
	char err[512];
	proxy_config p;
	int r;

	r = proxy_select(&p, "https://swf.us-east-1.amazonaws.com/", env, err,
			 sizeof err);
	CHECK(r == PROXY_OK && p.enabled && p.port == 3128 && p.has_auth
	      && strcmp(p.host, "127.0.0.1") == 0, "https: %d", r);
	r = proxy_select(&p, "http://swf.internal:8080/", env, err, sizeof err);
	CHECK(r == PROXY_OK && !p.enabled, "no_proxy .internal: %d %d", r,
	      p.enabled);
	r = proxy_select(&p, "https://localhost:8443/", env, err, sizeof err);
	CHECK(r == PROXY_OK && !p.enabled, "no_proxy localhost");
	r = proxy_select(&p, "http://example.test/", env, err, sizeof err);
	CHECK(r == PROXY_OK && p.enabled && p.port == 8080 && !p.has_auth
	      && strcmp(p.host, "10.0.0.1") == 0, "http proxy");
	r = proxy_select(&p, "https://example.test/", NULL, err, sizeof err);
	CHECK(r == PROXY_OK && !p.enabled, "no environment");

	err[0] = '\0';
	r = proxy_select(&p, "https://example.test/", https_only, err,
			 sizeof err);
	CHECK(r == PROXY_E_HTTPS && strstr(err, "not supported")
	      && !strstr(err, "secretpw") && strstr(err, "https://***:***@"),
	      "https proxy: %d %s", r, err);
	r = proxy_select(&p, "https://example.test/", nonascii, err,
			 sizeof err);
	CHECK(r == PROXY_E_CRED && strstr(err, "'ascii' codec")
	      && !strstr(err, "%C3"), "non-ASCII credentials: %d %s", r, err);

	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	memcpy(big, "HTTPS_PROXY=", 12);
	longcred[0] = big;
	r = proxy_select(&p, "https://example.test/", longcred, err,
			 sizeof err);
	CHECK(r == PROXY_E_LIMIT, "long URL: %d", r);
	memset(cred, 'c', sizeof cred);
	snprintf(big, sizeof big, "HTTPS_PROXY=http://u:%.*s@p.test:1",
		 (int)sizeof cred - 1, cred);
	r = proxy_select(&p, "https://example.test/", longcred, err,
			 sizeof err);
	CHECK(r == PROXY_E_LIMIT && !strstr(err, "ccccc"),
	      "long credentials: %d %s", r, err);
	snprintf(big, sizeof big, "HTTPS_PROXY=http://%.*s.test:1", 300, cred);
	r = proxy_select(&p, "https://example.test/", longcred, err,
			 sizeof err);
	CHECK(r == PROXY_E_LIMIT, "long host: %d", r);
	r = proxy_select(&p, NULL, env, err, sizeof err);
	CHECK(r == PROXY_E_ARG, "no URL");
}

/* The proxy's side of a tunnel: its answer is written before the
 * client's CONNECT is read back; then the proxy closes its side when
 * answer_eof is set (always when there is no answer). */
static int answer_eof;

static int tunnel(const char *env0, const char *host, unsigned port,
		  const char *answer, char *sent, size_t sentcap,
		  long *net_err, char *err, size_t errlen, size_t *left)
{
	char *env[2];
	static http_writer w;
	char head[64];
	proxy_config p;
	net_conn c;
	int sv[2], r;
	ssize_t n;

	env[0] = (char *)env0;
	env[1] = NULL;
	if (proxy_select(&p, "https://example.test/", env, err, errlen)
	    != PROXY_OK || socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
		return -100;
	if (answer && write(sv[1], answer, strlen(answer)) < 0)
		return -101;
	if (!answer || answer_eof)
		shutdown(sv[1], SHUT_WR);
	fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);
	net_init(&c);
	c.fd = sv[0];
	c.connect_timeout_ms = 2000;
	c.read_timeout_ms = 1;
	r = proxy_tunnel(&p, &c, host, port, &w, head, sizeof head, net_err,
			 err, errlen);
	CHECK(c.read_timeout_ms == 1, "read timeout restored");
	n = recv(sv[1], sent, sentcap - 1, MSG_DONTWAIT);
	sent[n > 0 ? n : 0] = '\0';
	/* bytes after the answer stay in the socket for TLS */
	n = recv(sv[0], head, sizeof head, MSG_DONTWAIT);
	*left = n > 0 ? (size_t)n : 0;
	close(sv[0]);
	close(sv[1]);
	return r;
}

static void test_tunnel(void)
{
	char sent[1024], err[256];
	long ne;
	size_t left;
	int r;

	r = tunnel("HTTPS_PROXY=http://us%40er:p%3Aw@127.0.0.1:1",
		   "swf.us-east-1.amazonaws.com", 443,
		   "HTTP/1.1 200 Connection established\r\n\r\n\x16\x03\x03",
		   sent, sizeof sent, &ne, err, sizeof err, &left);
	CHECK(r == PROXY_OK, "tunnel: %d %s", r, err);
	CHECK_STR(sent, "CONNECT swf.us-east-1.amazonaws.com:443 HTTP/1.1\r\n"
		  "Host: swf.us-east-1.amazonaws.com:443\r\n"
		  "Proxy-Authorization: Basic dXNAZXI6cDp3\r\n\r\n",
		  "CONNECT request: %s", sent);
	CHECK(left == 3, "tunnel bytes left unread: %zu", left);

	r = tunnel("HTTPS_PROXY=127.0.0.1:1", "::1", 8443,
		   "HTTP/1.0 200 OK\r\nVia: test\r\n\r\n", sent, sizeof sent,
		   &ne, err, sizeof err, &left);
	CHECK(r == PROXY_OK && strcmp(sent, "CONNECT [::1]:8443 HTTP/1.1\r\n"
				      "Host: [::1]:8443\r\n\r\n") == 0,
	      "IPv6 target: %d %s", r, sent);

	r = tunnel("HTTPS_PROXY=127.0.0.1:1", "h.test", 443,
		   "HTTP/1.1 407 Proxy Authentication Required\r\n"
		   "Content-Length: 5\r\n\r\nnope!", sent, sizeof sent, &ne,
		   err, sizeof err, &left);
	CHECK(r == PROXY_E_REFUSED && strcmp(err, "Tunnel connection failed: "
					     "407 Proxy Authentication "
					     "Required") == 0,
	      "407: %d %s", r, err);
	r = tunnel("HTTPS_PROXY=127.0.0.1:1", "h.test", 443,
		   "HTTP/1.1 201 Created\r\n\r\n", sent, sizeof sent, &ne, err,
		   sizeof err, &left);
	CHECK(r == PROXY_E_REFUSED, "only 200 opens a tunnel: %d", r);
	r = tunnel("HTTPS_PROXY=127.0.0.1:1", "h.test", 443,
		   "SSH-2.0-OpenSSH_9.2\r\n", sent, sizeof sent, &ne, err,
		   sizeof err, &left);
	CHECK(r == PROXY_E_BAD_REPLY, "garbage: %d", r);
	r = tunnel("HTTPS_PROXY=127.0.0.1:1", "h.test", 443, NULL, sent,
		   sizeof sent, &ne, err, sizeof err, &left);
	CHECK(r == PROXY_E_BAD_REPLY, "closed: %d", r);
	r = tunnel("HTTPS_PROXY=127.0.0.1:1", "h.test", 443, "HTTP/1.1 20",
		   sent, sizeof sent, &ne, err, sizeof err, &left);
	CHECK(r == PROXY_E_STREAM && ne == NET_ETIMEOUT,
	      "no answer: timeout after the connect timeout: %d %ld", r, ne);
	/* http.client takes the end of the stream as the end of the head */
	answer_eof = 1;
	r = tunnel("HTTPS_PROXY=127.0.0.1:1", "h.test", 443,
		   "HTTP/1.1 200 OK\r\nContent-Le", sent, sizeof sent, &ne, err,
		   sizeof err, &left);
	CHECK(r == PROXY_OK, "200 then end of stream: %d", r);
	r = tunnel("HTTPS_PROXY=127.0.0.1:1", "h.test", 443,
		   "HTTP/1.1 403 Forbidden\r\nX: y", sent, sizeof sent, &ne,
		   err, sizeof err, &left);
	CHECK(r == PROXY_E_REFUSED, "403 then end of stream: %d", r);
	r = tunnel("HTTPS_PROXY=127.0.0.1:1", "h.test", 443,
		   "HTTP/1.1 200 OK", sent, sizeof sent, &ne, err, sizeof err,
		   &left);
	CHECK(r == PROXY_OK, "status line cut by the end of stream: %d", r);
	answer_eof = 0;
	r = tunnel("HTTPS_PROXY=127.0.0.1:1", "h.test", 443,
		   "HTTP/1.1 200 OK\r\nX-Long: "
		   "0123456789012345678901234567890123456789012345678901234567"
		   "\r\n\r\n", sent, sizeof sent, &ne, err, sizeof err, &left);
	CHECK(r == PROXY_E_BAD_REPLY, "header line longer than the buffer: "
	      "%d", r);
	r = tunnel("HTTPS_PROXY=127.0.0.1:1", "h.test", 443, "\r\n", sent,
		   sizeof sent, &ne, err, sizeof err, &left);
	CHECK(r == PROXY_E_BAD_REPLY, "empty status line: %d", r);
}

int main(void)
{
	test_bypass();
	test_env();
	test_urls();
	test_select();
	test_tunnel();
	return check_done();
}
