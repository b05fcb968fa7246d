# METADATA
# description: |
#   Finds credentials written into the configuration itself: a key named like a password, token or key
#   that holds a value, or a string shaped like a secret (private key, URL or connection string with a
#   password, bearer token, JWT, cloud access key). Findings name the JSON pointer and the kind of
#   secret, never the value. src/validate lets secret-named keys through the schema so this rule sees them;
#   test/secrets.test.ts checks that both sides use the same key pattern.
package kcb.lib.secrets

import data.kcb.lib.evidence

secret_key_pattern := `(?i)(passw|pwd|secret|token|api_?key|private_?key|access_?key|credential|connection_?string|mat_?khau)`

# Fields of the facility format whose names look secret but hold dates and periods.
known_fields := {"passwordChangedOn", "passwordRotationDays"}

secret_value_patterns := {
	"private key": `-----BEGIN [A-Z ]*PRIVATE KEY-----`,
	"URL with a password": `[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@`,
	"connection string with a password": `(?i)(^|;)\s*(password|pwd)\s*=\s*[^;\s]`,
	"bearer token": `(?i)bearer\s+[A-Za-z0-9._~+/=-]{16,}`,
	"JSON Web Token": `eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`,
	"cloud access key": `(AKIA|ASIA)[0-9A-Z]{16}`,
	"GitHub token": `gh[pousr]_[A-Za-z0-9]{30,}`,
	"credential note": concat("", [
		`(?i)(pass(word|wd|phrase)?|pwd|mật khẩu|mat khau|api[_-]?key|access[_-]?key|client[_-]?secret|token)`,
		`\s*[:=]\s*[^\s,;/]`,
	]),
}

# any_secret_shape matches when one of the shapes does: one regex per string rejects ordinary values cheaply.
any_secret_shape := concat("|", [concat("", ["(?:", pattern, ")"]) | some pattern in secret_value_patterns])

# found lists each secret as {pointer, kind}.
found contains {"pointer": evidence.pointer_to(path), "kind": "secret-named field"} if {
	walk(input.config, [path, value])
	count(path) > 0
	secret_named(path[count(path) - 1])
	holds_value(value)
}

found contains {"pointer": evidence.pointer_to(path), "kind": kind} if {
	walk(input.config, [path, value])
	is_string(value)
	may_hold_secret(value)
	regex.match(any_secret_shape, value)
	not secret_named(path[count(path) - 1])
	some kind, pattern in secret_value_patterns
	regex.match(pattern, value)
}

# may_hold_secret: a cheap necessary condition of any_secret_shape, so that dates, names and ids (nearly every
# string of a config) skip the regex. Each shape contains one of these: "-----BEGIN", "://" (so ":"),
# "=", "bearer" in any case, "eyJ", "AKIA" or "ASIA", "gh?_" (so "_"), or ":"/"=" after a credential word.
shape_hints := ["-----BEGIN", ":", "=", "eyJ", "AKIA", "ASIA", "_"]

may_hold_secret(value) if {
	some hint in shape_hints
	contains(value, hint)
}

may_hold_secret(value) if contains(lower(value), "bearer")

# Vietnamese names of the kinds, for the vi message.
kind_vi := {
	"secret-named field": "trường mang tên bí mật",
	"private key": "khoá bí mật",
	"URL with a password": "URL có mật khẩu",
	"connection string with a password": "chuỗi kết nối có mật khẩu",
	"bearer token": "mã bearer",
	"JSON Web Token": "mã JWT",
	"cloud access key": "khoá truy cập đám mây",
	"GitHub token": "mã GitHub",
	"credential note": "ghi chú có mật khẩu hoặc khoá",
}

# by_pointer_vi is by_pointer with the kinds named in Vietnamese.
by_pointer_vi[pointer] := concat(", ", sort([kind_vi[secret.kind] | some secret in found; secret.pointer == pointer])) if {
	some pointer in {secret.pointer | some secret in found}
}

# by_pointer maps the JSON pointer of each secret to the kinds of secret found there, e.g. "bearer token, JSON Web Token".
by_pointer[pointer] := concat(", ", sort([secret.kind | some secret in found; secret.pointer == pointer])) if {
	some pointer in {secret.pointer | some secret in found}
}

secret_named(key) if {
	is_string(key)
	not key in known_fields
	regex.match(secret_key_pattern, key)
}

holds_value(value) if {
	value != null
	value != ""
}
