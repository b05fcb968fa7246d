package kcb.rules.byt_6827_2024_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_6827_2024

his := fx.hospital.systems[1]

with_his_controls(controls) := fx.with_config({"systems": [
	fx.hospital.systems[0],
	object.union(his, {"controls": controls}),
	fx.hospital.systems[2],
]})

portal_only := fx.with_config({"systems": [fx.hospital.systems[0]]})

test_recent_dissemination_passes if {
	fx.only_pass(byt_6827_2024.confidentiality_law_disseminated) with input as fx.good with data.params as fx.params
}

test_missing_dissemination_fails if {
	findings := byt_6827_2024.confidentiality_law_disseminated with input as fx.without(["governance/disseminations"])
		with data.params as fx.params
	fx.fails_with(findings, "No dissemination of the law")
}

test_dissemination_dated_after_evaluation_date_does_not_count if {
	fx.fails_with(byt_6827_2024.confidentiality_law_disseminated, "No dissemination of the law") with input as fx.good
		with input.asOf as "2026-03-14"
		with data.params as fx.params
}

test_confidentiality_regulation_passes if {
	fx.only_pass(byt_6827_2024.confidentiality_process_regulated) with input as fx.good
}

test_missing_confidentiality_regulation_fails if {
	findings := byt_6827_2024.confidentiality_process_regulated with input as fx.without(["governance/regulations"])
	fx.fails_with(findings, "No regulation or process covers patient confidentiality")
}

test_controls_in_place_pass if {
	fx.only_pass(byt_6827_2024.patient_data_access_controlled) with input as fx.good
	fx.only_pass(byt_6827_2024.patient_data_access_logged) with input as fx.good
	fx.only_pass(byt_6827_2024.patient_data_encrypted) with input as fx.good
}

test_missing_controls_fail if {
	weak := with_his_controls({"rbac": false, "auditLog": false, "encryptionAtRest": false})
	findings := byt_6827_2024.patient_data_access_controlled with input as weak
	fx.fails_with(findings, "System his-01, hospital information system (HIS), holds patient data but has no role-based")
	fx.fails_with(byt_6827_2024.patient_data_access_logged, "has no access logging") with input as weak
	fx.fails_with(byt_6827_2024.patient_data_encrypted, "has no encryption at rest") with input as weak
}

test_pharmacy_system_without_controls_fails if {
	findings := byt_6827_2024.patient_data_access_logged with input as fx.without(["systems/2/controls"])
	fx.fails_with(findings, "System pharm-01, pharmacy software, holds patient data")
}

test_no_patient_data_system_fails if {
	findings := byt_6827_2024.patient_data_access_controlled with input as portal_only
	fx.fails_with(findings, "declares no system holding patient data")
	fx.fails_with(byt_6827_2024.patient_data_access_logged, "declares no system holding patient data") with input as portal_only
	fx.fails_with(byt_6827_2024.patient_data_encrypted, "declares no system holding patient data") with input as portal_only
}

test_declared_pharmacy_systems_pass if {
	fx.only_pass(byt_6827_2024.pharmacy_systems_covered) with input as fx.good
}

test_pharmacy_with_undeclared_system_fails if {
	fx.fails_with(byt_6827_2024.pharmacy_systems_covered, "Pharmacy nt-01 names no system") with input as portal_only
}

test_pharmacy_rule_not_applicable_without_pharmacy if {
	fx.not_applicable(byt_6827_2024.pharmacy_systems_covered) with input as fx.without(["facility/pharmacies"])
}
