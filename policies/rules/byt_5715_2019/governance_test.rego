package kcb.rules.byt_5715_2019_governance_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_5715_2019

no_contract := fx.with_config({"facility": {"bhytContract": false}})

test_recent_permission_review_passes if {
	fx.only_pass(byt_5715_2019.portal_delegation_reviewed) with input as fx.good with data.params as fx.params
}

test_missing_permission_review_fails if {
	findings := byt_5715_2019.portal_delegation_reviewed with input as fx.without(["governance/permissionReviews"])
		with data.params as fx.params
	fx.fails_with(findings, "No review of the portal accounts' delegation")
}

test_permission_review_not_applicable_without_contract if {
	fx.not_applicable(byt_5715_2019.portal_delegation_reviewed) with input as no_contract with data.params as fx.params
}

test_acknowledged_assignments_pass if {
	fx.only_pass(byt_5715_2019.portal_account_holder_accountable) with input as fx.good
}

test_unacknowledged_assignment_fails if {
	config := json.remove(fx.hospital, ["accounts/0/assignment/acknowledgedOn"])
	findings := byt_5715_2019.portal_account_holder_accountable with input as {"asOf": fx.as_of, "config": config}
	fx.fails_with(findings, "Account bhxh-gd has no holder who signed")
}

test_accountability_without_portal_accounts_fails if {
	findings := byt_5715_2019.portal_account_holder_accountable with input as fx.with_config({"accounts": []})
	fx.fails_with(findings, "lists no BHXH portal account")
}

test_accountability_not_applicable_without_contract if {
	fx.not_applicable(byt_5715_2019.portal_account_holder_accountable) with input as no_contract
}

test_responsibility_regulation_passes if {
	fx.only_pass(byt_5715_2019.regulation_assigns_responsibility) with input as fx.good
}

test_regulation_without_it_operations_fails if {
	regulation := object.union(fx.hospital.governance.regulations[0], {"covers": ["account_responsibility"]})
	narrow := fx.with_config({"governance": {"regulations": [regulation]}})
	findings := byt_5715_2019.regulation_assigns_responsibility with input as narrow
	fx.fails_with(findings, "No regulation assigns responsibilities")
}

test_recent_direction_by_head_passes if {
	fx.only_pass(byt_5715_2019.head_directs_security) with input as fx.good with data.params as fx.params
}

test_direction_signed_by_someone_else_fails if {
	direction := {"number": "1/CT", "issuedOn": "2026-01-05", "issuedBy": "Phó Giám đốc"}
	findings := byt_5715_2019.head_directs_security with input as fx.with_config({"governance": {"securityDirectives": [direction]}})
		with data.params as fx.params
	fx.fails_with(findings, "No direction on information security signed by the head")
}

test_old_direction_fails if {
	fx.fails_with(byt_5715_2019.head_directs_security, "beyond the 365-day period") with input as fx.good
		with input.asOf as "2027-03-01"
		with data.params as fx.params
}

test_direction_without_named_head_fails if {
	fx.fails_with(byt_5715_2019.head_directs_security, "names no head of unit") with input as fx.without(["facility/head"])
		with data.params as fx.params
}

test_empty_incident_register_passes if {
	fx.only_pass(byt_5715_2019.account_leaks_handled) with input as fx.good
}

test_handled_incident_passes if {
	incident := {
		"id": "sc-1", "detectedOn": "2026-10-01", "kind": "account_leak",
		"handledOn": "2026-10-02", "actions": "Đổi mật khẩu",
	}
	fx.only_pass(byt_5715_2019.account_leaks_handled) with input as fx.with_config({"incidents": [incident]})
}

test_unhandled_incident_fails if {
	incident := {"id": "sc-1", "detectedOn": "2026-10-01", "kind": "account_leak"}
	findings := byt_5715_2019.account_leaks_handled with input as fx.with_config({"incidents": [incident]})
	fx.fails_with(findings, "Incident sc-1 (2026-10-01) has no recorded handling")
}

test_missing_incident_register_fails if {
	fx.fails_with(byt_5715_2019.account_leaks_handled, "keeps no incident register") with input as fx.without(["incidents"])
}
