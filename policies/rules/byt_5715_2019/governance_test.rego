package kcb.rules.byt_5715_2019_governance_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_5715_2019

no_contract := fx.with_config({"facility": {"bhytContract": false}})

test_pass_recent_permission_review if {
	fx.only_pass(byt_5715_2019.portal_delegation_reviewed) with input as fx.good with data.params as fx.params
}

test_fail_missing_permission_review if {
	findings := byt_5715_2019.portal_delegation_reviewed with input as fx.without(["governance/permissionReviews"])
		with data.params as fx.params
	fx.fails_with(findings, "No review of the portal accounts' delegation")
	fx.fails_at(findings, "facility", "/governance")
}

test_na_permission_review_without_contract if {
	fx.not_applicable(byt_5715_2019.portal_delegation_reviewed) with input as no_contract with data.params as fx.params
}

test_pass_acknowledged_assignments if {
	fx.only_pass(byt_5715_2019.portal_account_holder_accountable) with input as fx.good
}

test_fail_unacknowledged_assignment if {
	config := json.remove(fx.hospital, ["accounts/0/assignment/acknowledgedOn"])
	findings := byt_5715_2019.portal_account_holder_accountable with input as {"asOf": fx.as_of, "config": config}
	fx.fails_with(findings, "Account bhxh-gd has no holder who signed")
	fx.fails_at(findings, "account:bhxh-gd", "/accounts/0")
}

test_fail_accountability_without_portal_accounts if {
	findings := byt_5715_2019.portal_account_holder_accountable with input as fx.with_config({"accounts": []})
	fx.fails_with(findings, "lists no BHXH portal account")
	fx.fails_at(findings, "facility", "/accounts")
}

test_na_accountability_without_contract if {
	fx.not_applicable(byt_5715_2019.portal_account_holder_accountable) with input as no_contract
}

test_pass_responsibility_regulation if {
	fx.only_pass(byt_5715_2019.regulation_assigns_responsibility) with input as fx.good
}

test_fail_regulation_without_it_operations if {
	regulation := object.union(fx.hospital.governance.regulations[0], {"covers": ["account_responsibility"]})
	narrow := fx.with_config({"governance": {"regulations": [regulation]}})
	findings := byt_5715_2019.regulation_assigns_responsibility with input as narrow
	fx.fails_with(findings, "No regulation assigns responsibilities")
	fx.fails_at(findings, "facility", "/governance")
}

test_pass_recent_direction_by_head if {
	fx.only_pass(byt_5715_2019.head_directs_security) with input as fx.good with data.params as fx.params
}

test_fail_direction_signed_by_someone_else if {
	direction := {"number": "1/CT", "issuedOn": "2026-01-05", "issuedBy": "Phó Giám đốc"}
	findings := byt_5715_2019.head_directs_security with input as fx.with_config({"governance": {"securityDirectives": [direction]}})
		with data.params as fx.params
	fx.fails_with(findings, "No direction on information security signed by the head")
	fx.fails_at(findings, "facility", "/governance")
}

test_fail_old_direction if {
	findings := byt_5715_2019.head_directs_security with input as fx.good
		with input.asOf as "2027-03-01"
		with data.params as fx.params
	fx.fails_with(findings, "beyond the 365-day period")
	fx.fails_at(findings, "facility", "/governance/securityDirectives/0/issuedOn")
}

test_fail_direction_without_named_head if {
	findings := byt_5715_2019.head_directs_security with input as fx.without(["facility/head"])
		with data.params as fx.params
	fx.fails_with(findings, "names no head of unit")
	fx.fails_at(findings, "facility", "/facility")
}

test_pass_empty_incident_register if {
	fx.only_pass(byt_5715_2019.account_leaks_handled) with input as fx.good
}

test_pass_handled_incident if {
	incident := {
		"id": "sc-1", "detectedOn": "2026-10-01", "kind": "account_leak",
		"handledOn": "2026-10-02", "actions": "Đổi mật khẩu",
	}
	fx.only_pass(byt_5715_2019.account_leaks_handled) with input as fx.with_config({"incidents": [incident]})
}

test_fail_unhandled_incident if {
	incident := {"id": "sc-1", "detectedOn": "2026-10-01", "kind": "account_leak"}
	findings := byt_5715_2019.account_leaks_handled with input as fx.with_config({"incidents": [incident]})
	fx.fails_with(findings, "Incident sc-1 (2026-10-01) has no recorded handling")
	fx.fails_at(findings, "incident:sc-1", "/incidents/0")
}

test_fail_missing_incident_register if {
	findings := byt_5715_2019.account_leaks_handled with input as fx.without(["incidents"])
	fx.fails_with(findings, "keeps no incident register")
	fx.fails_at(findings, "facility", "")
}
