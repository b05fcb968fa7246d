package kcb.rules.byt_5715_2019_secrets_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_5715_2019

secret_value := "S3cr3t-Value!"

failing_pointers(findings) := {finding.pointer | some finding in findings; finding.status == "fail"}

never_echoes_value(findings) if {
	every finding in findings {
		not contains(finding.message.en, secret_value)
		not contains(finding.message.vi, secret_value)
	}
}

test_config_without_secrets_passes if {
	fx.only_pass(byt_5715_2019.account_secrets_not_in_config) with input as fx.good
}

test_password_field_fails_without_echoing_it if {
	config := object.union(fx.hospital, {"accounts": [object.union(fx.hospital.accounts[0], {"password": secret_value})]})
	findings := byt_5715_2019.account_secrets_not_in_config with input as {"asOf": fx.as_of, "config": config}
	failing_pointers(findings) == {"/accounts/0/password"}
	never_echoes_value(findings)
}

test_secret_shaped_values_fail if {
	config := object.union(fx.hospital, {"dataTransfers": [
		object.union(fx.hospital.dataTransfers[0], {"to": concat("", ["https://kcb:", secret_value, "@portal.example/api"])}),
		object.union(fx.hospital.dataTransfers[0], {"to": concat("", ["Server=db;User Id=kcb;Password=", secret_value, ";"])}),
		object.union(fx.hospital.dataTransfers[0], {"to": "-----BEGIN RSA PRIVATE KEY-----\nMIIE"}),
	]})
	findings := byt_5715_2019.account_secrets_not_in_config with input as {"asOf": fx.as_of, "config": config}
	failing_pointers(findings) == {"/dataTransfers/0/to", "/dataTransfers/1/to", "/dataTransfers/2/to"}
	never_echoes_value(findings)
}

test_credential_notes_in_free_text_fail if {
	name := concat("", ["mật khẩu: ", secret_value])
	config := object.union(fx.hospital, {"facility": object.union(fx.hospital.facility, {"name": name})})
	findings := byt_5715_2019.account_secrets_not_in_config with input as {"asOf": fx.as_of, "config": config}
	failing_pointers(findings) == {"/facility/name"}
	never_echoes_value(findings)
}

test_known_password_date_fields_are_not_secrets if {
	findings := byt_5715_2019.account_secrets_not_in_config with input as fx.good
	count(failing_pointers(findings)) == 0
}

test_empty_secret_field_is_not_a_disclosure if {
	config := object.union(fx.hospital, {"token": ""})
	fx.only_pass(byt_5715_2019.account_secrets_not_in_config) with input as {"asOf": fx.as_of, "config": config}
}

test_pointer_escapes_slash_and_tilde if {
	config := object.union(fx.hospital, {"api_key/x~1": "x"})
	findings := byt_5715_2019.account_secrets_not_in_config with input as {"asOf": fx.as_of, "config": config}
	failing_pointers(findings) == {"/api_key~1x~01"}
}

test_value_matching_two_shapes_is_one_finding if {
	jwt := "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIzODAxNyJ9.c2lnbmF0dXJl"
	config := object.union(fx.hospital, {"facility": {"name": concat(" ", ["Bearer", jwt])}})
	findings := byt_5715_2019.account_secrets_not_in_config with input as {"asOf": fx.as_of, "config": config}
	[finding] := [f | some f in findings; f.status == "fail"]
	finding.pointer == "/facility/name"
	contains(finding.message.en, "(JSON Web Token, bearer token)")
}

test_secret_kind_is_named_in_vietnamese if {
	config := object.union(fx.hospital, {"password": "x"})
	findings := byt_5715_2019.account_secrets_not_in_config with input as {"asOf": fx.as_of, "config": config}
	some finding in findings

	# The pointer is in the location (file:line), not in the sentence an officer reads.
	finding.message.vi == "Cấu hình chứa thông tin bí mật (trường mang tên bí mật); giá trị không được in ra."
}
