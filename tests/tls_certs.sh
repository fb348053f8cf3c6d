#!/bin/sh
# tls_certs.sh DIR - generate the TLS test certificate matrix into DIR
# with openssl (nothing is fetched; every key is new).
#
# Authorities: root-rsa (trusted), ica-rsa (its intermediate), root-ec
# (trusted, ECDSA P-256), other-root + other-ica (never trusted).
# Server cases: for each NAME, NAME.chain.pem (the chain the server sends,
# end-entity first) and NAME.key.pem:
#   chain      RSA leaf <- ica-rsa (sent) <- root-rsa; DNS:localhost, IP:127.0.0.1
#   direct     RSA leaf <- root-rsa; DNS:localhost
#   ec         ECDSA leaf <- root-ec; DNS:localhost
#   ip         RSA leaf <- root-rsa; IP:127.0.0.1 and IP:::1 only
#   wildcard   RSA leaf <- root-rsa; DNS:*.example.test
#   multi      RSA leaf <- root-rsa; DNS:a.example.test, DNS:b.example.test, IP:10.9.8.7
#   cnonly     RSA leaf <- root-rsa; no SAN, CN=localhost
#   expired    RSA leaf <- root-rsa; valid 2020-01-01 .. 2021-01-01
#   notyet     RSA leaf <- root-rsa; valid 2099-01-01 .. 2100-01-01
#   wronghost  RSA leaf <- root-rsa; DNS:other.example.test
#   ipnotsan   RSA leaf <- root-rsa; DNS:localhost, IP:10.1.2.3
#   selfsigned self-signed RSA leaf; DNS:localhost
#   untrusted  RSA leaf <- other-ica (sent) <- other-root (sent)
#   missingica RSA leaf <- ica-rsa (not sent) <- root-rsa
# Bundles: ca-rsa.pem (root-rsa), ca-ec.pem (root-ec), ca-all.pem (both).
set -eu
D=$1
mkdir -p "$D"
cd "$D"

rsa() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }
# Leaves share one RSA key (key generation is the slow part).
rsaleaf() { [ -f leaf-rsa.key ] || rsa leaf-rsa.key; cp leaf-rsa.key "$1"; }
ec() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

SAN=DNS:unused
export SAN
cat >ext.cnf <<'EOF'
[req]
distinguished_name = dn
[dn]
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[leaf]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = $ENV::SAN
[leafnosan]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
EOF

mkroot() { # NAME KEYKIND CN
	$2 "$1.key.pem"
	openssl req -new -x509 -key "$1.key.pem" -subj "/O=swf-cancel tests/CN=$3" \
		-days 3650 -sha256 -config ext.cnf -extensions ca -out "$1.pem" 2>/dev/null
}
mkica() { # NAME ISSUER CN
	rsa "$1.key.pem"
	openssl req -new -key "$1.key.pem" -subj "/O=swf-cancel tests/CN=$3" -out "$1.csr" 2>/dev/null
	openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key.pem" -CAcreateserial \
		-days 3650 -sha256 -extfile ext.cnf -extensions ca -out "$1.pem" 2>/dev/null
}
mkleaf() { # NAME ISSUER KEYKIND SAN|- [CN]
	$3 "$1.key.pem"
	cn=${5:-$1}
	openssl req -new -key "$1.key.pem" -subj "/O=swf-cancel tests/CN=$cn" -out "$1.csr" 2>/dev/null
	if [ "$4" = - ]; then ext=leafnosan; else ext=leaf; fi
	SAN=$4 openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key.pem" -CAcreateserial \
		-days 825 -sha256 -extfile ext.cnf -extensions $ext -out "$1.pem" 2>/dev/null
}
mkdated() { # NAME ISSUER START END SAN  (openssl ca: explicit dates)
	rsaleaf "$1.key.pem"
	openssl req -new -key "$1.key.pem" -subj "/O=swf-cancel tests/CN=$1" -out "$1.csr" 2>/dev/null
	mkdir -p "ca-$1"
	: >"ca-$1/index.txt"
	echo 1000 >"ca-$1/serial"
	cat >"ca-$1/ca.cnf" <<EOF
[ca]
default_ca = d
[d]
database = ca-$1/index.txt
serial = ca-$1/serial
new_certs_dir = ca-$1
default_md = sha256
policy = p
unique_subject = no
copy_extensions = none
[p]
commonName = supplied
organizationName = optional
EOF
	SAN=$5 openssl ca -batch -notext -config "ca-$1/ca.cnf" -cert "$2.pem" -keyfile "$2.key.pem" \
		-startdate "$3" -enddate "$4" -extfile ext.cnf -extensions leaf \
		-in "$1.csr" -out "$1.pem" 2>/dev/null
}

mkroot root-rsa rsa "Test Root RSA"
mkica ica-rsa root-rsa "Test Intermediate RSA"
mkroot root-ec ec "Test Root EC"
mkroot other-root rsa "Other Root"
mkica other-ica other-root "Other Intermediate"

mkleaf chain ica-rsa rsaleaf "DNS:localhost,IP:127.0.0.1"
mkleaf direct root-rsa rsaleaf "DNS:localhost"
mkleaf ec root-ec ec "DNS:localhost"
mkleaf ip root-rsa rsaleaf "IP:127.0.0.1,IP:::1"
mkleaf wildcard root-rsa rsaleaf "DNS:*.example.test"
mkleaf multi root-rsa rsaleaf "DNS:a.example.test,DNS:b.example.test,IP:10.9.8.7"
mkleaf cnonly root-rsa rsaleaf - localhost
mkdated expired root-rsa 20200101000000Z 20210101000000Z "DNS:localhost"
mkdated notyet root-rsa 20990101000000Z 21000101000000Z "DNS:localhost"
mkleaf wronghost root-rsa rsaleaf "DNS:other.example.test"
mkleaf ipnotsan root-rsa rsaleaf "DNS:localhost,IP:10.1.2.3"
rsaleaf selfsigned.key.pem
SAN="DNS:localhost" openssl req -new -x509 -key selfsigned.key.pem \
	-subj "/O=swf-cancel tests/CN=localhost" -days 825 -sha256 \
	-config ext.cnf -extensions leaf -out selfsigned.pem 2>/dev/null
mkleaf untrusted other-ica rsaleaf "DNS:localhost"
mkleaf missingica ica-rsa rsaleaf "DNS:localhost"

cat chain.pem ica-rsa.pem >chain.chain.pem
cat untrusted.pem other-ica.pem other-root.pem >untrusted.chain.pem
for n in direct ec ip wildcard multi cnonly expired notyet wronghost ipnotsan \
	selfsigned missingica; do
	cp "$n.pem" "$n.chain.pem"
done
cp root-rsa.pem ca-rsa.pem
cp root-ec.pem ca-ec.pem
cat root-rsa.pem root-ec.pem >ca-all.pem
rm -f ./*.csr ./*.srl leaf-rsa.key
