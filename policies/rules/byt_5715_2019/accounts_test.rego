package kcb.rules.byt_5715_2019_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_5715_2019

staff := [
	{"id": "s1", "name": "Nguyễn Thị Lan", "status": "active"},
	{"id": "s2", "name": "Phạm Thu Hà", "status": "left"},
]

portal_account := {
	"id": "bhxh-1", "system": "portal", "holder": "s1", "status": "active",
	"assignment": {"decision": "1/QĐ-BV", "decidedOn": "2025-01-01"},
}

facility_with(accounts) := {"asOf": "2026-11-20", "config": {
	"facility": {"code": "38001", "bhytContract": true},
	"staff": staff,
	"systems": [{"id": "portal", "kind": "bhxh_portal", "name": "Cổng BHXH"}],
	"accounts": accounts,
}}

statuses(findings) := {finding.status | some finding in findings}

test_pass_assigned_account if {
	findings := byt_5715_2019.portal_account_holder_assigned with input as facility_with([portal_account])
	statuses(findings) == {"pass"}
}

test_fail_account_without_decision if {
	account := object.remove(portal_account, ["assignment"])
	findings := byt_5715_2019.portal_account_holder_assigned with input as facility_with([account])
	some finding in findings
	finding.status == "fail"
	finding.pointer == "/accounts/0"
	finding.target == "account:bhxh-1"
}

test_fail_account_without_holder if {
	account := object.remove(portal_account, ["holder"])
	findings := byt_5715_2019.portal_account_holder_assigned with input as facility_with([account])
	statuses(findings) == {"fail"}
	fx.fails_at(findings, "account:bhxh-1", "/accounts/0")
}

test_fail_account_held_by_unknown_person if {
	account := object.union(portal_account, {"holder": "nobody"})
	findings := byt_5715_2019.portal_account_holder_assigned with input as facility_with([account])
	some finding in findings
	finding.pointer == "/accounts/0/holder"
	finding.status == "fail"
	finding.target == "account:bhxh-1"
}

test_fail_shared_account if {
	account := object.union(portal_account, {"holderHistory": [
		{"holder": "s1", "from": "2025-01-01"},
		{"holder": "s2", "from": "2025-02-01"},
	]})
	findings := byt_5715_2019.portal_account_holder_assigned with input as facility_with([account])
	some finding in findings
	finding.pointer == "/accounts/0/holderHistory"
	finding.status == "fail"
	finding.target == "account:bhxh-1"
}

test_fail_contracted_facility_without_portal_accounts if {
	findings := byt_5715_2019.portal_account_holder_assigned with input as facility_with([])
	statuses(findings) == {"fail"}
	fx.fails_at(findings, "facility", "/accounts")
}

test_pass_disabled_accounts_not_checked if {
	account := object.union(portal_account, {"status": "disabled", "holder": "s2"})
	findings := byt_5715_2019.portal_account_holder_in_post with input as facility_with([portal_account, account])
	statuses(findings) == {"pass"}
}

test_na_facility_without_contract if {
	no_contract := json.patch(
		facility_with([portal_account]),
		[{"op": "replace", "path": "/config/facility/bhytContract", "value": false}],
	)
	statuses(byt_5715_2019.portal_account_holder_assigned) == {"not_applicable"} with input as no_contract
	statuses(byt_5715_2019.portal_account_holder_in_post) == {"not_applicable"} with input as no_contract
}

test_pass_holder_in_post if {
	findings := byt_5715_2019.portal_account_holder_in_post with input as facility_with([portal_account])
	statuses(findings) == {"pass"}
}

test_fail_holder_who_left if {
	account := object.union(portal_account, {"holder": "s2"})
	findings := byt_5715_2019.portal_account_holder_in_post with input as facility_with([account])
	some finding in findings
	finding.status == "fail"
	finding.pointer == "/accounts/0/holder"
	contains(finding.message.en, "Phạm Thu Hà")
	finding.target == "account:bhxh-1"
}
