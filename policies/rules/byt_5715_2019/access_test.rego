package kcb.rules.byt_5715_2019_access_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_5715_2019

no_contract := fx.with_config({"facility": {"bhytContract": false}})

_stats(list) := fx.with_config({"accessStats": list})

day(date, account, requests) := {"date": date, "account": account, "requests": requests}

ordinary_days := [
	day("2026-10-01", "bhxh-gd", 1800), day("2026-10-02", "bhxh-gd", 1900),
	day("2026-10-01", "bhxh-it", 40), day("2026-10-02", "bhxh-it", 42),
]

test_pass_recent_access_review if {
	fx.only_pass(byt_5715_2019.access_stats_reviewed) with input as fx.good with data.params as fx.params
}

test_fail_stale_access_review if {
	findings := byt_5715_2019.access_stats_reviewed with input as fx.good with input.asOf as "2027-01-31"
		with data.params as fx.params
	fx.fails_with(findings, "beyond the 45-day period")
	fx.fails_at(findings, "facility", "/accessReviews/2/reviewedOn")
}

test_fail_missing_access_review if {
	findings := byt_5715_2019.access_stats_reviewed with input as fx.without(["accessReviews"]) with data.params as fx.params
	fx.fails_with(findings, "No review of the portal access statistics is recorded")
	fx.fails_at(findings, "facility", "/accessReviews")
}

test_na_access_rules_without_contract if {
	fx.not_applicable(byt_5715_2019.access_stats_reviewed) with input as no_contract with data.params as fx.params
	fx.not_applicable(byt_5715_2019.access_ceiling_investigated) with input as no_contract with data.params as fx.params
	fx.not_applicable(byt_5715_2019.access_baseline_investigated) with input as no_contract with data.params as fx.params
}

test_pass_ordinary_days_both_anomaly_rules if {
	fx.only_pass(byt_5715_2019.access_ceiling_investigated) with input as _stats(ordinary_days) with data.params as fx.params
	fx.only_pass(byt_5715_2019.access_baseline_investigated) with input as _stats(ordinary_days) with data.params as fx.params
}

test_fail_day_over_ceiling_without_review_naming_account_day_and_count if {
	input_with_day := _stats(array.concat(ordinary_days, [day("2026-10-03", "bhxh-gd", 1250000)]))
	findings := byt_5715_2019.access_ceiling_investigated with input as input_with_day
		with data.params as fx.params
	fx.fails_with(findings, "Account bhxh-gd made 1250000 requests on 2026-10-03 (above the ceiling of 100000 a day)")
	fx.fails_at(findings, "account:bhxh-gd", "/accessStats/4/requests")
}

test_pass_day_over_ceiling_found_by_review if {
	input_with_day := _stats(array.concat(ordinary_days, [day("2026-09-12", "bhxh-it", 1250000)]))
	findings := byt_5715_2019.access_ceiling_investigated with input as input_with_day
		with data.params as fx.params
	fx.only_pass(findings)
	some finding in findings
	contains(finding.message.en, "the review of 2026-09 found and investigated it")
}

test_fail_day_far_above_baseline_without_review if {
	input_with_day := _stats(array.concat(ordinary_days, [day("2026-10-03", "bhxh-it", 900)]))
	findings := byt_5715_2019.access_baseline_investigated with input as input_with_day
		with data.params as fx.params
	fx.fails_with(findings, "Account bhxh-it made 900 requests on 2026-10-03 (over 10 times its median of 42)")
	fx.fails_at(findings, "account:bhxh-it", "/accessStats/4/requests")
}

test_pass_baseline_spike_found_by_review if {
	fx.only_pass(byt_5715_2019.access_baseline_investigated) with input as fx.good with data.params as fx.params
}

test_fail_missing_statistics_both_anomaly_rules if {
	findings := byt_5715_2019.access_ceiling_investigated with input as fx.without(["accessStats"])
		with data.params as fx.params
	fx.fails_with(findings, "No daily BHXH portal access statistics")
	fx.fails_at(findings, "facility", "/accessStats")
	findings_2 := byt_5715_2019.access_baseline_investigated with input as fx.without(["accessStats"])
		with data.params as fx.params
	fx.fails_with(findings_2, "No daily BHXH portal access statistics")
	fx.fails_at(findings_2, "facility", "/accessStats")
}

test_fail_portal_account_without_counts if {
	only_gd := [d | some d in ordinary_days; d.account == "bhxh-gd"]
	findings := byt_5715_2019.access_ceiling_investigated with input as _stats(only_gd)
		with data.params as fx.params
	fx.fails_with(findings, "No daily access counts are recorded for account bhxh-it")
	fx.fails_at(findings, "account:bhxh-it", "/accounts/1")
}

# A row without a count (the schema requires one; the policy does not lean on it) measures nothing.
test_fail_portal_account_with_rows_but_no_counts if {
	only_gd := [d | some d in ordinary_days; d.account == "bhxh-gd"]
	uncounted := array.concat(only_gd, [{"date": "2026-11-01", "account": "bhxh-it"}])
	findings := byt_5715_2019.access_baseline_investigated with input as _stats(uncounted)
		with data.params as fx.params
	fx.fails_with(findings, "No daily access counts are recorded for account bhxh-it")
	fx.fails_at(findings, "account:bhxh-it", "/accounts/1")
}

# The runner's medians (input.dailyRequestMedians) stand in for sorting: here it says 100 for bhxh-it (sorted, its
# counts give 42), so 900 is not over 10 times it; bhxh-gd, which it does not list, is sorted here.
test_pass_baseline_from_runner_medians if {
	input_with_day := _stats(array.concat(ordinary_days, [day("2026-10-03", "bhxh-it", 900)]))
	findings := byt_5715_2019.access_baseline_investigated with input as object.union(
		input_with_day,
		{"dailyRequestMedians": {"bhxh-it": 100, "other": 1}},
	)
		with data.params as fx.params
	fx.only_pass(findings)
	some finding in findings
	finding.message.en == "Account bhxh-it has no day above 10 times its median of 100 requests a day."
	some finding_2 in findings
	finding_2.message.en == "Account bhxh-gd has no day above 10 times its median of 1850 requests a day."
}
