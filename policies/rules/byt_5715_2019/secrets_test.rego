package kcb.rules.byt_5715_2019_secrets_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_5715_2019

# What the runner's detector (src/validate/secrets.ts) hands the policy: pointers and kinds, never values.
# Its own table-driven tests (test/secrets.test.ts) cover what counts as a secret.
with_secrets(secrets) := object.union(fx.good, {"secrets": secrets})

failing(findings) := {finding.pointer | some finding in findings; finding.status == "fail"}

test_pass_no_secret_found if {
	fx.only_pass(byt_5715_2019.account_secrets_not_in_config) with input as fx.good
}

test_fail_one_finding_per_pointer_naming_the_kinds if {
	findings := byt_5715_2019.account_secrets_not_in_config with input as with_secrets([
		{"pointer": "/facility/name", "kind": "bearer token", "kindVi": "mã bearer"},
		{"pointer": "/facility/name", "kind": "JSON Web Token", "kindVi": "mã JWT"},
		{"pointer": "/accounts/0/password", "kind": "secret-named field", "kindVi": "trường mang tên bí mật"},
	])
	failing(findings) == {"/facility/name", "/accounts/0/password"}
	not "pass" in {f.status | some f in findings}
	en := "The configuration holds a secret (JSON Web Token, bearer token); the value is not shown."
	some finding in findings
	finding.pointer == "/facility/name"
	finding.target == "secret:/facility/name"
	finding.message.en == en
	finding.message.vi == "Cấu hình chứa thông tin bí mật (mã JWT, mã bearer); giá trị không được in ra."
}

test_fail_closed_without_the_detector_result if {
	input_without := json.remove(fx.good, ["secrets"])
	count(byt_5715_2019.account_secrets_not_in_config) == 0 with input as input_without
}
