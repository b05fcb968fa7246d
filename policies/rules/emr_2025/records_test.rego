package kcb.rules.emr_2025_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.emr_2025

emr_rule := {"id": "qc-emr", "number": "61/QĐ-BV", "issuedOn": "2025-09-01", "covers": ["emr_management"]}

with_regulation := {"governance": {"regulations": array.concat(fx.hospital.governance.regulations, [emr_rule])}}

in_use := object.union({"electronicRecords": {"inUseSince": "2025-09-15"}}, with_regulation)

as_type(type) := object.union(fx.hospital.facility, {"type": type})

the_finding(findings, status) := finding if {
	some finding in findings
	finding.status == status
}

test_na_before_the_circular if {
	finding := the_finding(emr_2025.electronic_records_in_use, "not_applicable") with input as fx.good
		with input.asOf as "2025-07-20"
	contains(finding.message.en, "is in force from 2025-07-21")
	fx.not_applicable(emr_2025.electronic_records_regulated) with input as fx.good with input.asOf as "2025-07-20"
}

test_pass_records_in_use if {
	finding := the_finding(emr_2025.electronic_records_in_use, "pass") with input as fx.with_config(in_use)
	finding.pointer == "/electronicRecords/inUseSince"
	finding.target == "facility"
}

test_fail_hospital_without_records_after_2025_09_30 if {
	finding := the_finding(emr_2025.electronic_records_in_use, "fail") with input as fx.good
	finding.pointer == "/facility/type"
	contains(finding.message.en, "the deadline 2025-09-30 has passed")
	finding.target == "facility"
}

test_na_health_center_not_yet_due_in_2026 if {
	center := {"facility": as_type("health_center")}
	finding := the_finding(emr_2025.electronic_records_in_use, "not_applicable") with input as fx.with_config(center)
	contains(finding.message.en, "2026-12-31; not yet reached")
	fx.not_applicable(emr_2025.electronic_records_regulated) with input as fx.with_config(center)
}

test_fail_health_center_without_records_in_2027 if {
	center := {"facility": as_type("health_center")}
	finding := the_finding(emr_2025.electronic_records_in_use, "fail") with input as fx.with_config(center)
		with input.asOf as "2027-01-01"
	contains(finding.message.en, "2026-12-31 has passed")
	finding.target == "facility"
	finding.pointer == "/facility/type"
}

test_na_pharmacy_keeps_no_records if {
	pharmacy := {"facility": as_type("pharmacy")}
	fx.not_applicable(emr_2025.electronic_records_in_use) with input as fx.with_config(pharmacy)
	fx.not_applicable(emr_2025.electronic_records_regulated) with input as fx.with_config(pharmacy)
}

test_pass_records_regulated if {
	finding := the_finding(emr_2025.electronic_records_regulated, "pass") with input as fx.with_config(in_use)
	finding.pointer == "/governance/regulations"
	contains(finding.message.en, "61/QĐ-BV")
}

test_fail_records_in_use_without_regulation if {
	records := {"electronicRecords": {"inUseSince": "2025-09-15"}}
	finding := the_finding(emr_2025.electronic_records_regulated, "fail") with input as fx.with_config(records)
	finding.pointer == "/governance"
	finding.target == "facility"
}
