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

test_fail_not_passed_keeps_statuses_and_every_finding_but_passes if {
	mixed := {
		{"status": "pass", "target": "account:a2", "pointer": "/accounts/1", "message": {"vi": "v", "en": "e"}},
		failing_finding,
	}
	passing := {"status": "pass", "target": "facility", "pointer": "/facility", "message": {"vi": "v", "en": "e"}}
	not_applicable := {"status": "not_applicable", "target": "facility", "pointer": "/facility", "message": {"vi": "v", "en": "e"}}
	shown := main.not_passed with input as outside_thanh_hoa
		with main.index.emitted as {"x.mixed": mixed, "x.passing": {passing}, "x.na": {not_applicable}}
		with data.params as fx.params
	shown["x.mixed"].status == "fail"
	shown["x.mixed"].findings == [failing_finding]
	shown["x.passing"] == {"status": "pass", "findings": []}
	shown["x.na"] == {"status": "not_applicable", "findings": [not_applicable]}
}

test_waived_not_passed_keeps_waived_findings if {
	shown := main.not_passed with input as {"asOf": "2026-11-20", "config": {"waivers": [waiver("2026-12-31")]}}
		with main.index.emitted as {"x.rule": {failing_finding}}
		with data.params as fx.params
	shown["x.rule"].status == "waived"
	[finding.status | some finding in shown["x.rule"].findings] == ["waived"]
	shown["x.rule"].findings[0].pointer == failing_finding.pointer
}

# With input.omitPassingMessages the full results are undefined, so a runner asking for them that way fails closed;
# the lighter entrypoints, which drop the passing findings, give what they give without it.
test_fail_results_undefined_when_passing_messages_omitted if {
	not main.results with input as object.union(fx.good, {"omitPassingMessages": true}) with data.params as fx.params
}

test_pass_lighter_entrypoints_alike_when_passing_messages_omitted if {
	later := object.union(fx.good, {"asOf": "2027-03-02"})
	omitting := object.union(later, {"omitPassingMessages": true})
	not_passed := main.not_passed with input as later with data.params as fx.params
	not_passed_omitting := main.not_passed with input as omitting with data.params as fx.params
	not_passed_omitting == not_passed
	not_passed["byt_6827_2024.health_workers_trained"].status == "fail"
	failures := main.failures with input as later with data.params as fx.params
	failures_omitting := main.failures with input as omitting with data.params as fx.params
	failures_omitting == failures
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

# Waivers are looked up by rule and target (main._first_covering): each fail takes the waiver naming its own rule and
# target, whatever else the config waives.
account_finding(status, n) := {
	"status": status, "target": sprintf("account:a%d", [n]), "pointer": sprintf("/accounts/%d", [n]),
	"message": {"vi": "v", "en": "e"},
}

waiver_of(rule, n, approver) := object.union(waiver("2026-12-31"), {
	"rule": rule, "target": sprintf("account:a%d", [n]),
	"approvedBy": approver,
})

several_emitted := {
	"x.rule": {account_finding("fail", 1), account_finding("fail", 2), account_finding("fail", 3), account_finding("pass", 4)},
	"x.other": {account_finding("fail", 1), account_finding("fail", 3)},
}

waivers_input(waivers) := {"asOf": "2026-11-20", "config": {"waivers": waivers}}

finding_of(result, target) := [finding | some finding in result.findings; finding.target == target][0]

test_waived_each_fail_by_the_waiver_of_its_rule_and_target if {
	w1 := waiver_of("x.rule", 1, "Giám đốc")
	w2 := waiver_of("x.rule", 2, "Phó giám đốc")
	w4 := waiver_of("x.rule", 4, "Giám đốc")
	results := main.results with input as waivers_input([w2, w4, w1])
		with main.index.emitted as several_emitted
		with data.params as fx.params
	results["x.rule"].status == "fail"
	finding_of(results["x.rule"], "account:a1") == object.union(account_finding("fail", 1), {"status": "waived", "waiver": w1})
	finding_of(results["x.rule"], "account:a2") == object.union(account_finding("fail", 2), {"status": "waived", "waiver": w2})
	finding_of(results["x.rule"], "account:a3") == account_finding("fail", 3)
	finding_of(results["x.rule"], "account:a4") == account_finding("pass", 4)
	results["governance.waivers_governed"].status == "pass"
}

test_waived_by_the_first_in_sorted_order_of_two_covering_one_target if {
	first := waiver_of("x.rule", 1, "Bác sĩ trưởng khoa")
	second := waiver_of("x.rule", 1, "Giám đốc")
	results := main.results with input as waivers_input([second, first])
		with main.index.emitted as several_emitted
		with data.params as fx.params
	waived := finding_of(results["x.rule"], "account:a1")
	waived.status == "waived"
	waived.waiver == first
	waived.pointer == "/accounts/1"
}

test_fail_waiver_of_another_rule_does_not_waive if {
	results := main.results with input as waivers_input([waiver_of("x.other", 1, "Giám đốc"), waiver_of("x.other", 3, "Giám đốc")])
		with main.index.emitted as several_emitted
		with data.params as fx.params
	results["x.rule"].status == "fail"
	not "waived" in {finding.status | some finding in results["x.rule"].findings}
	results["x.other"].status == "waived"
	finding_of(results["x.other"], "account:a3").waiver == waiver_of("x.other", 3, "Giám đốc")
	finding_of(results["x.other"], "account:a3").pointer == "/accounts/3"
}

test_fail_invalid_waivers_do_not_waive if {
	expired := object.union(waiver_of("x.rule", 1, "Giám đốc"), {"expiresOn": "2026-11-19"})
	unapproved := object.remove(waiver_of("x.rule", 2, "Giám đốc"), ["approvedOn"])
	results := main.results with input as waivers_input([expired, unapproved, waiver_of("x.rule", 3, "Giám đốc")])
		with main.index.emitted as several_emitted
		with data.params as fx.params
	finding_of(results["x.rule"], "account:a1") == account_finding("fail", 1)
	finding_of(results["x.rule"], "account:a2") == account_finding("fail", 2)
	finding_of(results["x.rule"], "account:a3").status == "waived"
	results["x.rule"].status == "fail"
	results["governance.waivers_governed"].status == "fail"
}
