package kcb.lib.secrets_test

import data.kcb.lib.secrets

# Every shape the scan looks for passes the cheap pre-filter; ordinary values do not reach the regex.
examples := {
	"private key": "-----BEGIN RSA PRIVATE KEY-----\nMIIE",
	"URL with a password": "sftp://kcb:S3cret@10.0.0.5/xml",
	"connection string with a password": "Server=db;Password=S3cret",
	"bearer token": "BeArEr abcdefghijklmnopqrstuvwxyz",
	"JSON Web Token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIzODAxNyJ9.c2lnbmF0dXJl",
	"cloud access key": "AKIAABCDEFGHIJKLMNOP",
	"GitHub token": "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
	"credential note": "mật khẩu: S3cret",
}

test_success_every_shape_passes_the_prefilter if {
	every kind, value in examples {
		regex.match(secrets.secret_value_patterns[kind], value)
		secrets.may_hold_secret(value)
	}
}

test_success_ordinary_values_skip_the_regex if {
	every value in ["2026-11-20", "Nguyễn Văn An", "bhxh-01", "Khoa Nội"] {
		not secrets.may_hold_secret(value)
	}
}
