package kcb.rules.syt_2748_2019_governance_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.syt_2748_2019

in_ha_noi := fx.with_config({"facility": {"code": "01001", "province": "01"}})

test_na_governance_rules_outside_thanh_hoa if {
	fx.not_applicable(syt_2748_2019.implements_941_direction) with input as in_ha_noi
	fx.not_applicable(syt_2748_2019.head_directs_security) with input as in_ha_noi with data.params as fx.params
	fx.not_applicable(syt_2748_2019.regulation_assigns_responsibility) with input as in_ha_noi
	fx.not_applicable(syt_2748_2019.account_personal_responsibility) with input as in_ha_noi
}

test_pass_recorded_941_implementation if {
	fx.only_pass(syt_2748_2019.implements_941_direction) with input as fx.good
}

test_fail_missing_941_implementation if {
	findings := syt_2748_2019.implements_941_direction with input as fx.without(["governance/directiveImplementations"])
	fx.fails_with(findings, "No record shows letter 941/SYT-NVY was implemented")
	fx.fails_at(findings, "facility", "/governance")
}

test_pass_head_direction if {
	fx.only_pass(syt_2748_2019.head_directs_security) with input as fx.good with data.params as fx.params
}

test_fail_missing_head_direction if {
	findings := syt_2748_2019.head_directs_security with input as fx.without(["governance/securityDirectives"])
		with data.params as fx.params
	fx.fails_with(findings, "No direction on information security signed by the head")
	fx.fails_at(findings, "facility", "/governance")
}

test_pass_responsibility_regulation if {
	fx.only_pass(syt_2748_2019.regulation_assigns_responsibility) with input as fx.good
}

test_fail_missing_responsibility_regulation if {
	findings := syt_2748_2019.regulation_assigns_responsibility with input as fx.without(["governance/regulations"])
	fx.fails_with(findings, "No regulation assigns responsibilities")
	fx.fails_at(findings, "facility", "/governance")
}

test_pass_every_account_acknowledged if {
	fx.only_pass(syt_2748_2019.account_personal_responsibility) with input as fx.good
}

test_fail_account_without_holder if {
	findings := syt_2748_2019.account_personal_responsibility with input as fx.without(["accounts/1/holder"])
	fx.fails_with(findings, "Account bhxh-it has no holder who signed")
	fx.fails_at(findings, "account:bhxh-it", "/accounts/1")
}

test_fail_no_active_account if {
	findings := syt_2748_2019.account_personal_responsibility with input as fx.with_config({"accounts": []})
	fx.fails_with(findings, "lists no active account")
	fx.fails_at(findings, "facility", "/accounts")
}

test_na_standalone_pharmacy_in_thanh_hoa if {
	findings := syt_2748_2019.implements_941_direction with input as fx.with_config({"facility": {"type": "pharmacy"}})
	fx.not_applicable(findings)
	some finding in findings
	contains(finding.message.en, "a stand-alone pharmacy is not one")
}
