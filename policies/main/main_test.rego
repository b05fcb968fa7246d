package kcb.main_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.main

outside_thanh_hoa := {"asOf": "2026-11-20", "config": {"facility": {"code": "01001", "bhytContract": false}}}

test_na_every_indexed_rule_has_a_result if {
	results := main.results with input as outside_thanh_hoa with data.params as fx.params
	count(results) == count(main.index.emitted) + 1
	results["governance.waivers_governed"].status == "not_applicable"
	results["syt_2748_2019.password_rotated_on_time"].status == "not_applicable"
}

test_fail_closed_rule_without_findings if {
	results := main.results with input as outside_thanh_hoa
		with main.index.emitted as {"x.silent": set()}
	results["x.silent"].status == "fail"
	fx.fails_at(results["x.silent"].findings, "facility", "")
	results["x.silent"].findings[0].message.en == "The configuration holds no evidence this rule can assess."
}

failing_finding := {"status": "fail", "target": "account:a1", "pointer": "/accounts/0", "message": {"vi": "v", "en": "e"}}

waiver(expires_on) := {
	"rule": "x.rule", "target": "account:a1", "reason": "migration",
	"approvedBy": "Giám đốc", "approvedOn": "2026-11-01", "risk": "low", "expiresOn": expires_on,
}

test_waived_matching_failure_under_current_waiver if {
	results := main.results with input as {"asOf": "2026-11-20", "config": {"waivers": [waiver("2026-12-31")]}}
		with main.index.emitted as {"x.rule": {failing_finding}}
		with data.params as fx.params
	results["x.rule"].status == "waived"
	results["x.rule"].findings[0].waiver.approvedBy == "Giám đốc"
}

test_fail_expired_waiver_does_not_waive if {
	results := main.results with input as {"asOf": "2026-11-20", "config": {"waivers": [waiver("2026-11-19")]}}
		with main.index.emitted as {"x.rule": {failing_finding}}
		with data.params as fx.params
	results["x.rule"].status == "fail"
	results["governance.waivers_governed"].status == "fail"
}

# A rule's status is its findings' worst: fail over waived over pass over not applicable.
test_fail_status_over_waived if main.rule_status([{"status": "waived"}, {"status": "fail"}]) == "fail"

test_waived_status_over_pass if main.rule_status([{"status": "pass"}, {"status": "waived"}]) == "waived"

test_pass_status_over_not_applicable if main.rule_status([{"status": "pass"}, {"status": "not_applicable"}]) == "pass"

test_na_status_when_every_finding_is if main.rule_status([{"status": "not_applicable"}]) == "not_applicable"

test_fail_failures_keep_statuses_and_only_failed_findings if {
	mixed := {
		{"status": "pass", "target": "account:a2", "pointer": "/accounts/1", "message": {"vi": "v", "en": "e"}},
		failing_finding,
	}
	passing := {"status": "pass", "target": "facility", "pointer": "/facility", "message": {"vi": "v", "en": "e"}}
	failures := main.failures with input as outside_thanh_hoa
		with main.index.emitted as {"x.mixed": mixed, "x.passing": {passing}}
		with data.params as fx.params
	failures["x.mixed"].status == "fail"
	failures["x.mixed"].findings == [failing_finding]
	failures["x.passing"] == {"status": "pass", "findings": []}
}

test_waived_failures_leave_out_waived_findings if {
	failures := main.failures with input as {"asOf": "2026-11-20", "config": {"waivers": [waiver("2026-12-31")]}}
		with main.index.emitted as {"x.rule": {failing_finding}}
		with data.params as fx.params
	failures["x.rule"] == {"status": "waived", "findings": []}
}

# The two parts the runner evaluates a large config in (input.part) join into the whole results.
test_pass_parts_join_into_the_whole_results if {
	whole := main.results with input as fx.good with data.params as fx.params
	rest := main.results with input as object.union(fx.good, {"part": "rest"}) with data.params as fx.params
	apart := main.results with input as object.union(fx.good, {"part": "apart"}) with data.params as fx.params
	object.keys(apart) == {"byt_6827_2024.health_workers_trained"}
	count(rest) == count(whole) - 1
	object.union(rest, apart) == whole
}
