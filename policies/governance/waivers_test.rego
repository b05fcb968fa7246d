package kcb.governance_test

import data.kcb.governance
import data.kcb.lib.fixtures_test as fx

emitted := {
	"x.rule": {{"status": "fail", "target": "account:a1", "pointer": "/accounts/0", "message": {"vi": "v", "en": "e"}}},
	"x.locked": {{"status": "fail", "target": "facility", "pointer": "", "message": {"vi": "v", "en": "e"}}},
}

waiver := {
	"rule": "x.rule", "target": "account:a1", "reason": "migration", "approvedBy": "Giám đốc",
	"approvedOn": "2026-11-01", "risk": "low", "expiresOn": "2026-12-31",
}

index := {"emitted": emitted, "non_waivable": ["x.locked"]}

config_with(_waivers) := {"asOf": "2026-11-20", "config": {"waivers": _waivers}}

test_pass_governed_waiver if {
	findings := governance.waivers_governed with input as config_with([waiver])
		with data.kcb.main.index as index
		with data.params as fx.params
	fx.only_pass(findings)
}

test_na_no_waiver if {
	findings := governance.waivers_governed with input as config_with([])
		with data.kcb.main.index as index
		with data.params as fx.params
	fx.not_applicable(findings)
}

test_fail_expired_waiver if {
	findings := governance.waivers_governed with input as config_with([object.union(waiver, {"expiresOn": "2026-11-19"})])
		with data.kcb.main.index as index
		with data.params as fx.params
	fx.fails_with(findings, "it has expired")
	fx.fails_at(findings, "waiver:x.rule@account:a1", "/waivers/0")
}

test_fail_waiver_past_maximum_duration if {
	findings := governance.waivers_governed with input as config_with([object.union(waiver, {"expiresOn": "2027-06-01"})])
		with data.kcb.main.index as index
		with data.params as fx.params
	fx.fails_with(findings, "it runs 212 days, beyond the 180-day maximum")
	fx.fails_at(findings, "waiver:x.rule@account:a1", "/waivers/0")
}

test_fail_waiver_of_unknown_rule if {
	findings := governance.waivers_governed with input as config_with([object.union(waiver, {"rule": "x.nope"})])
		with data.kcb.main.index as index
		with data.params as fx.params
	fx.fails_with(findings, "it names an unknown rule")
	fx.fails_at(findings, "waiver:x.nope@account:a1", "/waivers/0")
}

test_fail_waiver_of_unchecked_target if {
	findings := governance.waivers_governed with input as config_with([object.union(waiver, {"target": "account:zz"})])
		with data.kcb.main.index as index
		with data.params as fx.params
	fx.fails_with(findings, "it names a target the rule does not check")
	fx.fails_at(findings, "waiver:x.rule@account:zz", "/waivers/0")
}

test_fail_waiver_of_non_waivable_rule if {
	locked := object.union(waiver, {"rule": "x.locked", "target": "facility"})
	findings := governance.waivers_governed with input as config_with([locked])
		with data.kcb.main.index as index
		with data.params as fx.params
	fx.fails_with(findings, "names a rule that cannot be waived")
	fx.fails_at(findings, "waiver:x.locked@facility", "/waivers/0")
}

test_fail_waiver_without_approval_date_or_risk if {
	findings := governance.waivers_governed with input as config_with([object.remove(waiver, ["approvedOn", "risk"])])
		with data.kcb.main.index as index
		with data.params as fx.params
	fx.fails_with(findings, "lacks an approval date or a risk level")
	fx.fails_at(findings, "waiver:x.rule@account:a1", "/waivers/0")
}

test_fail_invalid_waiver_waives_nothing if {
	valid := governance.valid with input as config_with([object.union(waiver, {"rule": "x.nope"})])
		with data.kcb.main.index as index
		with data.params as fx.params
	count(valid) == 0
}

# The targets a waiver may name are gathered once per rule (governance._targets_checked): with several waivers of
# several rules, each is judged against the targets of its own rule only.
several_index := {
	"emitted": {
		"x.rule": {
			{"status": "fail", "target": "account:a1", "pointer": "/accounts/0", "message": {"vi": "v", "en": "e"}},
			{"status": "pass", "target": "account:a2", "pointer": "/accounts/1", "message": {"vi": "v", "en": "e"}},
		},
		"x.other": {{"status": "fail", "target": "system:his", "pointer": "/systems/0", "message": {"vi": "v", "en": "e"}}},
		"x.silent": set(),
	},
	"non_waivable": [],
}

several_waivers := [
	waiver,
	object.union(waiver, {"target": "account:a2"}),
	object.union(waiver, {"target": "system:his"}),
	object.union(waiver, {"rule": "x.other", "target": "system:his"}),
	object.union(waiver, {"rule": "x.other", "target": "account:a1"}),
	object.union(waiver, {"rule": "x.silent", "target": "facility"}),
	object.union(waiver, {"rule": "x.nope"}),
]

test_fail_each_waiver_judged_against_the_targets_of_its_rule if {
	findings := governance.waivers_governed with input as config_with(several_waivers)
		with data.kcb.main.index as several_index
		with data.params as fx.params
	{[finding.status, finding.pointer] | some finding in findings} == {
		["pass", "/waivers/0"], ["pass", "/waivers/1"], ["fail", "/waivers/2"], ["pass", "/waivers/3"],
		["fail", "/waivers/4"], ["fail", "/waivers/5"], ["fail", "/waivers/6"],
	}
	fx.fails_at(findings, "waiver:x.rule@system:his", "/waivers/2")
	fx.fails_at(findings, "waiver:x.other@account:a1", "/waivers/4")
	fx.fails_at(findings, "waiver:x.silent@facility", "/waivers/5")
}

# An unknown rule has no targets to check against: its waiver fails for the unknown rule alone.
test_fail_waiver_of_unknown_rule_only_for_that if {
	findings := governance.waivers_governed with input as config_with(several_waivers)
		with data.kcb.main.index as several_index
		with data.params as fx.params
	messages := {finding.message.en | some finding in findings; finding.pointer == "/waivers/6"}
	messages == {"The waiver of x.nope for account a1 is invalid: it names an unknown rule."}
}

test_pass_valid_holds_the_governed_waivers_only if {
	valid := governance.valid with input as config_with(several_waivers)
		with data.kcb.main.index as several_index
		with data.params as fx.params
	valid == {several_waivers[0], several_waivers[1], several_waivers[3]}
}
