package kcb.rules.syt_2748_2019_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.syt_2748_2019

params := {"passwordRotationMaxDays": 90}

regulation(days) := {
	"id": "qc", "number": "45/QĐ-BV", "issuedOn": "2024-03-01",
	"covers": ["password_rotation"], "passwordRotationDays": days,
}

account := {
	"id": "bhxh-1", "system": "portal", "holder": "s1", "status": "active",
	"assignment": {"decision": "1/QĐ-BV", "decidedOn": "2026-01-10"},
	"passwordChangedOn": "2026-10-01",
}

thanh_hoa(regulations, accounts) := {"asOf": "2026-11-20", "config": {
	"facility": {"code": "38001", "bhytContract": true},
	"governance": {"regulations": regulations},
	"accounts": accounts,
}}

statuses(findings) := {finding.status | some finding in findings}

test_na_rules_outside_thanh_hoa if {
	hanoi := {"asOf": "2026-11-20", "config": {"facility": {"code": "01001", "bhytContract": true}}}
	statuses(syt_2748_2019.regulation_sets_rotation_period) == {"not_applicable"} with input as hanoi
	statuses(syt_2748_2019.password_rotated_on_time) == {"not_applicable"} with input as hanoi
	statuses(syt_2748_2019.password_changed_on_handover) == {"not_applicable"} with input as hanoi
}

test_fail_declared_province_overrides_code if {
	moved := {"asOf": "2026-11-20", "config": {"facility": {"code": "01001", "province": "38", "bhytContract": true}}}
	findings := syt_2748_2019.regulation_sets_rotation_period with input as moved with data.params as params
	statuses(findings) == {"fail"}
	fx.fails_at(findings, "facility", "/governance")
}

test_pass_rotation_period_within_ceiling if {
	findings := syt_2748_2019.regulation_sets_rotation_period with input as thanh_hoa([regulation(90)], [])
		with data.params as params
	statuses(findings) == {"pass"}
}

test_fail_rotation_period_over_ceiling if {
	findings := syt_2748_2019.regulation_sets_rotation_period with input as thanh_hoa([regulation(365)], [])
		with data.params as params
	fx.fails_at(findings, "regulation:qc", "/governance/regulations/0/passwordRotationDays")
}

test_fail_missing_rotation_regulation if {
	findings := syt_2748_2019.regulation_sets_rotation_period with input as thanh_hoa([], [])
		with data.params as params
	statuses(findings) == {"fail"}
	fx.fails_at(findings, "facility", "/governance")
}

test_pass_rotation_on_time if {
	findings := syt_2748_2019.password_rotated_on_time with input as thanh_hoa([regulation(90)], [account])
	statuses(findings) == {"pass"}
}

test_fail_rotation_overdue if {
	old := object.union(account, {"passwordChangedOn": "2026-05-01"})
	findings := syt_2748_2019.password_rotated_on_time with input as thanh_hoa([regulation(90)], [old])
	some finding in findings
	finding.status == "fail"
	contains(finding.message.en, "203 days old")
	finding.target == "account:bhxh-1"
	finding.pointer == "/accounts/0/passwordChangedOn"
}

test_fail_rotation_without_change_date if {
	undated := object.remove(account, ["passwordChangedOn"])
	findings := syt_2748_2019.password_rotated_on_time with input as thanh_hoa([regulation(90)], [undated])
	statuses(findings) == {"fail"}
	fx.fails_at(findings, "account:bhxh-1", "/accounts/0")
}

test_fail_rotation_without_regulation if {
	findings := syt_2748_2019.password_rotated_on_time with input as thanh_hoa([], [account])
	statuses(findings) == {"fail"}
	fx.fails_at(findings, "account:bhxh-1", "/accounts/0")
}

test_fail_shortest_declared_period_applies if {
	findings := syt_2748_2019.password_rotated_on_time with input as thanh_hoa([regulation(365), regulation(30)], [account])
	statuses(findings) == {"fail"}
	fx.fails_at(findings, "account:bhxh-1", "/accounts/0/passwordChangedOn")
}

test_pass_password_changed_after_handover if {
	handed_over := object.union(account, {"holderHistory": [
		{"holder": "s0", "from": "2020-01-01", "to": "2026-09-14"},
		{"holder": "s1", "from": "2026-09-15"},
	]})
	findings := syt_2748_2019.password_changed_on_handover with input as thanh_hoa([], [handed_over])
	statuses(findings) == {"pass"}
}

test_fail_password_not_changed_after_handover if {
	handed_over := object.union(account, {"holderHistory": [{"holder": "s1", "from": "2026-10-02"}]})
	findings := syt_2748_2019.password_changed_on_handover with input as thanh_hoa([], [handed_over])
	some finding in findings
	finding.status == "fail"
	finding.pointer == "/accounts/0/passwordChangedOn"
	finding.target == "account:bhxh-1"
}

test_fail_password_older_than_assignment if {
	reassigned := object.union(account, {"assignment": {"decision": "2/QĐ-BV", "decidedOn": "2026-11-01"}})
	findings := syt_2748_2019.password_changed_on_handover with input as thanh_hoa([], [reassigned])
	statuses(findings) == {"fail"}
	fx.fails_at(findings, "account:bhxh-1", "/accounts/0/passwordChangedOn")
}
