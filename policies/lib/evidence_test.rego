package kcb.lib.evidence_test

import data.kcb.lib.evidence

# Reviews of a list, as records_at gives them: the 10th is the latest by date, the 9th ties with it; one is dated
# after the evaluation date and one has no date, and neither counts.
reviews := array.concat([{"reviewedOn": "2026-01-05"} | some _ in numbers.range(0, 8)], [
	{"reviewedOn": "2026-06-30"},
	{"reviewedOn": "2026-06-30"},
	{"reviewedOn": "2027-01-01"},
	{"note": "undated"},
])

records := evidence.records_at(reviews, "reviewedOn", ["governance", "reviews"])

what := {"vi": "rà soát", "en": "review"}

test_latest_date_skips_future_and_undated if {
	evidence.latest_date(records) == "2026-06-30" with input.asOf as "2026-11-20"
}

test_latest_pointer_tie_goes_to_greater_pointer_string if {
	# "/9/" is the greater string than "/10/": the same record whatever the order of the list.
	evidence.latest_pointer(records, "2026-06-30") == "/governance/reviews/9/reviewedOn"
}

test_pass_points_at_latest_record if {
	finding := evidence.freshness(records, 365, "facility", ["governance"], what) with input.asOf as "2026-11-20"
	finding.status == "pass"
	finding.pointer == "/governance/reviews/9/reviewedOn"
	finding.message.en == "The latest review is dated 2026-06-30 (143 days ago)."
}

test_fail_stale_points_at_latest_record if {
	finding := evidence.freshness(records, 100, "facility", ["governance"], what) with input.asOf as "2026-11-20"
	finding.status == "fail"
	finding.pointer == "/governance/reviews/9/reviewedOn"
	finding.message.en == "The latest review (2026-06-30) is 143 days old, beyond the 100-day period."
}

test_fail_missing_points_at_missing_path if {
	finding := evidence.freshness([], 365, "facility", ["governance"], what) with input.asOf as "2026-11-20"
	finding.status == "fail"
	finding.pointer == "/governance"
	finding.message.vi == "Chưa ghi nhận rà soát."
}

test_subject_follows_what_in_messages if {
	finding := evidence.freshness_of([], 365, "staff:nv-1", ["staff", 0], {"vi": "tập huấn của ", "en": "training of "}, "Lan")
	finding.pointer == "/staff/0"
	finding.message == {"vi": "Chưa ghi nhận tập huấn của Lan.", "en": "No training of Lan is recorded."}
}

test_pass_unwritten_when_passing_messages_omitted if {
	passing := evidence.freshness(records, 365, "facility", ["governance"], what) with input.asOf as "2026-11-20"
		with input.omitPassingMessages as true
	passing == {"status": "pass", "target": "facility", "pointer": "", "message": {"vi": "", "en": ""}}
	failing := evidence.freshness(records, 100, "facility", ["governance"], what) with input.asOf as "2026-11-20"
		with input.omitPassingMessages as true
	failing.pointer == "/governance/reviews/9/reviewedOn"
	failing.message.en == "The latest review (2026-06-30) is 143 days old, beyond the 100-day period."
}
