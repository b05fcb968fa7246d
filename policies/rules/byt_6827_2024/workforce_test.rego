package kcb.rules.byt_6827_2024_workforce_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_6827_2024

test_pass_trained_and_new_staff if {
	findings := byt_6827_2024.health_workers_trained with input as fx.good with data.params as fx.params
	fx.only_pass(findings)
	some finding in findings
	contains(finding.message.en, "Hoàng Thị Thu joined on 2026-10-01, within the 60-day grace period")
}

# With input.omitPassingMessages (the runner's entrypoints that drop passing findings), a passing finding keeps its
# target (waivers are judged against it) and leaves its message and pointer unwritten; a failing one keeps both.
omitting := object.union(fx.good, {"omitPassingMessages": true})

unwritten := {"vi": "", "en": ""}

test_pass_messages_unwritten_when_omitted if {
	findings := byt_6827_2024.health_workers_trained with input as omitting with data.params as fx.params
	fx.only_pass(findings)
	{"status": "pass", "target": "staff:nv-004", "pointer": "", "message": unwritten} in findings
	{"status": "pass", "target": "staff:nv-001", "pointer": "", "message": unwritten} in findings
	commitments := byt_6827_2024.confidentiality_commitment_signed with input as omitting with data.params as fx.params
	fx.only_pass(commitments)
	{finding.message | some finding in commitments} == {unwritten}
}

test_fail_messages_written_when_passing_omitted if {
	findings := byt_6827_2024.health_workers_trained with input as omitting
		with input.asOf as "2027-03-02"
		with data.params as fx.params
	fx.fails_with(findings, "training of Nguyễn Thị Lan (2026-02-20) is 375 days old")
	fx.fails_at(findings, "staff:nv-001", "/trainings/0/completedOn")
}

test_na_non_health_workers if {
	findings := byt_6827_2024.health_workers_trained with input as fx.good with data.params as fx.params
	not "staff:nv-002" in {finding.target | some finding in findings}
}

test_fail_expired_training if {
	findings := byt_6827_2024.health_workers_trained with input as fx.good
		with input.asOf as "2027-03-02"
		with data.params as fx.params
	fx.fails_with(findings, "training of Nguyễn Thị Lan (2026-02-20) is 375 days old")
	fx.fails_at(findings, "staff:nv-001", "/trainings/0/completedOn")
}

test_fail_new_staff_past_grace_without_training if {
	findings := byt_6827_2024.health_workers_trained with input as fx.good
		with input.asOf as "2026-12-15"
		with data.params as fx.params
	fx.fails_with(findings, "No patient-confidentiality training of Hoàng Thị Thu")
	fx.fails_at(findings, "staff:nv-004", "/staff/3")
}

test_fail_training_without_confidentiality_topic if {
	training := object.union(fx.hospital.trainings[0], {"topics": ["account_responsibility"]})
	findings := byt_6827_2024.health_workers_trained with input as fx.with_config({"trainings": [training]})
		with data.params as fx.params
	fx.fails_with(findings, "No patient-confidentiality training of Nguyễn Thị Lan")
	fx.fails_at(findings, "staff:nv-001", "/staff/0")
}

test_fail_no_health_worker_both_workforce_rules if {
	findings := byt_6827_2024.health_workers_trained with input as fx.with_config({"staff": []})
		with data.params as fx.params
	fx.fails_with(findings, "lists no serving health worker")
	fx.fails_at(findings, "facility", "/staff")
	findings_2 := byt_6827_2024.confidentiality_commitment_signed with input as fx.with_config({"staff": []})
		with data.params as fx.params
	fx.fails_with(findings_2, "lists no serving health worker")
	fx.fails_at(findings_2, "facility", "/staff")
}

test_pass_signed_commitments if {
	fx.only_pass(byt_6827_2024.confidentiality_commitment_signed) with input as fx.good with data.params as fx.params
}

test_fail_missing_commitment if {
	findings := byt_6827_2024.confidentiality_commitment_signed with input as fx.without(["staff/0/confidentialityCommitment"])
		with data.params as fx.params
	fx.fails_with(findings, "No confidentiality commitment of Nguyễn Thị Lan")
	fx.fails_at(findings, "staff:nv-001", "/staff/0")
}

test_fail_old_commitment if {
	findings := byt_6827_2024.confidentiality_commitment_signed with input as fx.good
		with input.asOf as "2028-02-01"
		with data.params as fx.params
	fx.fails_with(findings, "beyond the 1095-day period")
	fx.fails_at(findings, "staff:nv-001", "/staff/0/confidentialityCommitment/signedOn")
}
