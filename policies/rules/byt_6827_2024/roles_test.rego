package kcb.rules.byt_6827_2024_roles_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_6827_2024

test_na_permissions_within_roles_without_catalogue if {
	# The compliant example has a roles catalogue: without it, every role rule says it does not apply.
	no_catalogue := fx.without(["roles"])
	fx.not_applicable(byt_6827_2024.account_permissions_within_roles) with input as no_catalogue with data.params as fx.params
}

test_pass_permissions_within_roles if {
	fx.only_pass(byt_6827_2024.account_permissions_within_roles) with input as fx.with_roles({}) with data.params as fx.params
}

test_fail_permission_beyond_roles if {
	account := object.union(fx.hospital.accounts[1], {"permissions": ["technical_contact", "submit_claims"]})
	input_ := fx.with_roles({"accounts": [fx.hospital.accounts[0], account]})
	findings := byt_6827_2024.account_permissions_within_roles with input as input_ with data.params as fx.params
	fx.fails_at(findings, "account:bhxh-it", "/accounts/1/permissions/1")
}

test_fail_unknown_role if {
	staff := [object.union(fx.hospital.staff[0], {"roles": ["claims_submitter", "nurse"]})]
	findings := byt_6827_2024.account_permissions_within_roles with input as fx.with_roles({"staff": staff})
		with data.params as fx.params
	fx.fails_at(findings, "staff:nv-001", "/staff/0/roles/1")
}

# A role imported from a spreadsheet: one row per role and system (system, permissions), the id repeated.
test_fail_permission_beyond_role_rows_merged_per_system if {
	rows := [
		{"id": "claims_submitter", "name": {"vi": "Giám định BHYT"}, "system": "his-01", "permissions": ["view_claims"]},
		{"id": "claims_submitter", "name": {"vi": "Giám định BHYT"}, "system": "portal", "permissions": ["submit_claims"]},
		{"id": "it_contact", "name": {"vi": "Đầu mối kỹ thuật"}, "system": "portal", "permissions": ["technical_contact"]},
	]
	findings := byt_6827_2024.account_permissions_within_roles with input as fx.with_roles({"roles": rows})
		with data.params as fx.params
	fx.fails_at(findings, "account:bhxh-gd", "/accounts/0/permissions/1")
	not fx.fails_at(findings, "account:bhxh-gd", "/accounts/0/permissions/0")
	some finding in findings
	finding.target == "account:bhxh-it"
	finding.status == "pass"
}
