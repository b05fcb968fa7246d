package kcb.rules.pdpl_2025_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.pdpl_2025

params := fx.params

protected := {
	"officer": {"name": "Phòng CNTT", "decision": {"number": "02/QĐ-BV", "issuedOn": "2026-01-02"}},
	"impactAssessments": [{"id": "dgtd-his", "processing": "HIS", "startedOn": "2015-01-01", "submittedOn": "2026-02-20"}],
}

access_rule := {"id": "qd-dlcn", "number": "61/QĐ-BV", "issuedOn": "2025-09-01", "covers": ["health_data_access"]}

breach(patch) := object.union(
	{
		"id": "sc-1", "detectedOn": "2026-05-04", "kind": "data_leak", "description": "lộ danh sách",
		"detectedAt": "2026-05-04T09:15", "handledOn": "2026-05-06", "actions": "khắc phục",
	},
	patch,
)

with_pack(patch) := fx.with_config(object.union({"dataProtection": protected}, patch))

the_finding(findings, status) := finding if {
	some finding in findings
	finding.status == status
}

test_na_every_rule_before_2026 if {
	every rule in [
		pdpl_2025.protection_officer_designated, pdpl_2025.impact_assessment_submitted,
		pdpl_2025.breach_notified_in_time, pdpl_2025.health_data_access_regulated,
		pdpl_2025.transfer_agreed_and_encrypted,
	] {
		fx.not_applicable(rule)
	} with input as with_pack({}) with input.asOf as "2025-12-31" with data.params as params
}

test_na_not_in_force_says_why if {
	finding := the_finding(pdpl_2025.protection_officer_designated, "not_applicable") with input as fx.good
		with input.asOf as "2025-12-31"
	contains(finding.message.en, "is in force from 2026-01-01")
}

test_pass_officer_designated_by_decision if {
	finding := the_finding(pdpl_2025.protection_officer_designated, "pass") with input as with_pack({})
	finding.pointer == "/dataProtection/officer/decision"
	finding.target == "facility"
}

test_pass_officer_hired_service if {
	service := {"dataProtection": {"officer": {"name": "DPO.VN", "service": {"provider": "DPO.VN", "contract": "12/HĐ"}}}}
	finding := the_finding(pdpl_2025.protection_officer_designated, "pass") with input as fx.with_config(service)
	finding.pointer == "/dataProtection/officer/service"
}

test_fail_no_officer if {
	finding := the_finding(pdpl_2025.protection_officer_designated, "fail") with input as fx.with_config({"dataProtection": {}})
	finding.pointer == "/dataProtection"
	contains(finding.message.en, "No written decision designates")
	finding.target == "facility"
}

test_fail_no_data_protection_block_points_at_file_top if {
	finding := the_finding(pdpl_2025.protection_officer_designated, "fail") with input as fx.good
	finding.pointer == ""
	finding.target == "facility"
}

test_pass_dossier_submitted_within_60_days_of_the_law if {
	finding := the_finding(pdpl_2025.impact_assessment_submitted, "pass") with input as with_pack({})
		with data.params as params
	finding.pointer == "/dataProtection/impactAssessments/0/submittedOn"
	finding.target == "dossier:dgtd-his"
}

test_fail_dossier_submitted_late if {
	dossier := {"id": "d", "processing": "p", "startedOn": "2026-03-01", "submittedOn": "2026-05-15"}
	late := {"dataProtection": {"impactAssessments": [dossier]}}
	finding := the_finding(pdpl_2025.impact_assessment_submitted, "fail") with input as fx.with_config(late)
		with data.params as params
	finding.pointer == "/dataProtection/impactAssessments/0/submittedOn"
	contains(finding.message.en, "was submitted 75 days after 2026-03-01, more than 60 days")
	finding.target == "dossier:d"
}

test_pass_dossier_pending_within_its_time if {
	pending := {"dataProtection": {"impactAssessments": [{"id": "d", "processing": "p", "startedOn": "2026-11-01"}]}}
	finding := the_finding(pdpl_2025.impact_assessment_submitted, "pass") with input as fx.with_config(pending)
		with data.params as params
	finding.pointer == "/dataProtection/impactAssessments/0"
}

test_fail_dossier_never_submitted if {
	overdue := {"dataProtection": {"impactAssessments": [{"id": "d", "processing": "p", "startedOn": "2026-03-01"}]}}
	finding := the_finding(pdpl_2025.impact_assessment_submitted, "fail") with input as fx.with_config(overdue)
		with data.params as params
	contains(finding.message.en, "is not submitted, more than 60 days after 2026-03-01")
	finding.target == "dossier:d"
	finding.pointer == "/dataProtection/impactAssessments/0"
}

test_fail_no_dossier if {
	finding := the_finding(pdpl_2025.impact_assessment_submitted, "fail") with input as fx.with_config({"dataProtection": {}})
		with data.params as params
	finding.pointer == "/dataProtection/impactAssessments"
	finding.target == "facility"
}

test_pass_breach_notified_in_30_hours if {
	notified := {"incidents": [breach({"notifiedAt": "2026-05-05T15:15"})]}
	finding := the_finding(pdpl_2025.breach_notified_in_time, "pass") with input as fx.with_config(notified)
		with data.params as params
	finding.pointer == "/incidents/0/notifiedAt"
	finding.target == "incident:sc-1"
	contains(finding.message.en, "notified 30 hours after detection")
}

test_fail_breach_notified_after_80_hours if {
	late := {"incidents": [breach({"notifiedAt": "2026-05-07T17:15"})]}
	finding := the_finding(pdpl_2025.breach_notified_in_time, "fail") with input as fx.with_config(late)
		with data.params as params
	finding.pointer == "/incidents/0/notifiedAt"
	finding.message.en == "Breach sc-1 was notified 80 hours after detection, more than 72."
	finding.target == "incident:sc-1"
}

test_fail_breach_never_notified if {
	finding := the_finding(pdpl_2025.breach_notified_in_time, "fail") with input as fx.with_config({"incidents": [breach({})]})
		with data.params as params
	finding.pointer == "/incidents/0/detectedAt"
	finding.target == "incident:sc-1"
}

test_pass_breach_pending_within_72_hours if {
	finding := the_finding(pdpl_2025.breach_notified_in_time, "pass") with input as fx.with_config({"incidents": [breach({})]})
		with input.asOf as "2026-05-05"
		with data.params as params
	contains(finding.message.en, "not notified yet")
}

test_fail_breach_without_detection_time if {
	unrecorded := {"incidents": [json.remove(breach({"notifiedAt": "2026-05-05T10:00"}), ["detectedAt"])]}
	finding := the_finding(pdpl_2025.breach_notified_in_time, "fail") with input as fx.with_config(unrecorded)
		with data.params as params
	finding.pointer == "/incidents/0"
	contains(finding.message.en, "does not record when it was detected")
	finding.target == "incident:sc-1"
}

test_pass_account_leak_is_not_a_personal_data_breach if {
	leak := {"incidents": [breach({"kind": "account_leak"})]}
	finding := the_finding(pdpl_2025.breach_notified_in_time, "pass") with input as fx.with_config(leak)
		with data.params as params
	finding.pointer == "/incidents"
}

test_fail_no_incident_register if {
	finding := the_finding(pdpl_2025.breach_notified_in_time, "fail") with input as fx.without(["incidents"])
		with data.params as params
	finding.pointer == ""
	finding.target == "facility"
}

test_pass_access_rules_written if {
	regulations := {"governance": {"regulations": array.concat(fx.hospital.governance.regulations, [access_rule])}}
	finding := the_finding(pdpl_2025.health_data_access_regulated, "pass") with input as fx.with_config(regulations)
	finding.pointer == "/governance/regulations"
	contains(finding.message.en, "61/QĐ-BV")
}

test_fail_no_access_rules if {
	finding := the_finding(pdpl_2025.health_data_access_regulated, "fail") with input as fx.good
	finding.pointer == "/governance/regulations"
	finding.target == "facility"
}

test_pass_transfer_with_agreement_and_tls if {
	agreed := object.union(fx.hospital.dataTransfers[0], {"agreement": {"reference": "38/HĐ", "signedOn": "2026-01-02"}})
	finding := the_finding(pdpl_2025.transfer_agreed_and_encrypted, "pass") with input as fx.with_config({"dataTransfers": [agreed]})
	finding.pointer == "/dataTransfers/0/agreement"
	finding.target == "transfer:xml-giamdinh"
}

test_fail_transfer_without_agreement if {
	some finding in pdpl_2025.transfer_agreed_and_encrypted with input as fx.good
	finding.status == "fail"
	finding.target == "transfer:xml-giamdinh"
	finding.pointer == "/dataTransfers/0"
	contains(finding.message.en, "has no signed transfer agreement")
}

test_fail_transfer_with_old_tls if {
	agreement := {"reference": "38/HĐ", "signedOn": "2026-01-02"}
	weak := object.union(fx.hospital.dataTransfers[0], {"tlsMinVersion": "1.0", "agreement": agreement})
	finding := the_finding(pdpl_2025.transfer_agreed_and_encrypted, "fail") with input as fx.with_config({"dataTransfers": [weak]})
	finding.target == "transfer:xml-giamdinh"
	finding.pointer == "/dataTransfers/0"
}

test_na_no_transfer if {
	fx.not_applicable(pdpl_2025.transfer_agreed_and_encrypted) with input as fx.with_config({"dataTransfers": []})
}
