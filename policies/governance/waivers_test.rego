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
