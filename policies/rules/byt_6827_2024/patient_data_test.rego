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

test_pass_recent_dissemination if {
	fx.only_pass(byt_6827_2024.confidentiality_law_disseminated) with input as fx.good with data.params as fx.params
}

test_fail_missing_dissemination if {
	findings := byt_6827_2024.confidentiality_law_disseminated with input as fx.without(["governance/disseminations"])
		with data.params as fx.params
	fx.fails_with(findings, "No dissemination of the law")
	fx.fails_at(findings, "facility", "/governance")
}

test_fail_dissemination_dated_after_evaluation_date if {
	findings := byt_6827_2024.confidentiality_law_disseminated with input as fx.good
		with input.asOf as "2026-03-14"
		with data.params as fx.params
	fx.fails_with(findings, "No dissemination of the law")
	fx.fails_at(findings, "facility", "/governance")
}

test_pass_confidentiality_regulation if {
	fx.only_pass(byt_6827_2024.confidentiality_process_regulated) with input as fx.good
}

test_fail_missing_confidentiality_regulation if {
	findings := byt_6827_2024.confidentiality_process_regulated with input as fx.without(["governance/regulations"])
	fx.fails_with(findings, "No regulation or process covers patient confidentiality")
	fx.fails_at(findings, "facility", "/governance")
}

test_pass_controls_in_place if {
	fx.only_pass(byt_6827_2024.patient_data_access_controlled) with input as fx.good
	fx.only_pass(byt_6827_2024.patient_data_access_logged) with input as fx.good
	fx.only_pass(byt_6827_2024.patient_data_encrypted) with input as fx.good
}

test_fail_missing_controls if {
	weak := with_his_controls({"rbac": false, "auditLog": false, "encryptionAtRest": false})
	findings := byt_6827_2024.patient_data_access_controlled with input as weak
	fx.fails_with(findings, "System his-01, hospital information system (HIS), holds patient data but has no role-based")
	fx.fails_at(findings, "system:his-01", "/systems/1")
	logged := byt_6827_2024.patient_data_access_logged with input as weak
	fx.fails_with(logged, "has no access logging")
	fx.fails_at(logged, "system:his-01", "/systems/1")
	encrypted := byt_6827_2024.patient_data_encrypted with input as weak
	fx.fails_with(encrypted, "has no encryption at rest")
	fx.fails_at(encrypted, "system:his-01", "/systems/1")
}

test_fail_pharmacy_system_without_controls if {
	findings := byt_6827_2024.patient_data_access_logged with input as fx.without(["systems/2/controls"])
	fx.fails_with(findings, "System pharm-01, pharmacy software, holds patient data")
	fx.fails_at(findings, "system:pharm-01", "/systems/2")
}

test_fail_no_patient_data_system if {
	findings := byt_6827_2024.patient_data_access_controlled with input as portal_only
	fx.fails_with(findings, "declares no system holding patient data")
	fx.fails_at(findings, "facility", "/systems")
	logged := byt_6827_2024.patient_data_access_logged with input as portal_only
	fx.fails_with(logged, "declares no system holding patient data")
	fx.fails_at(logged, "facility", "/systems")
	encrypted := byt_6827_2024.patient_data_encrypted with input as portal_only
	fx.fails_with(encrypted, "declares no system holding patient data")
	fx.fails_at(encrypted, "facility", "/systems")
}

test_pass_declared_pharmacy_systems if {
	fx.only_pass(byt_6827_2024.pharmacy_systems_covered) with input as fx.good
}

test_fail_pharmacy_with_undeclared_system if {
	findings := byt_6827_2024.pharmacy_systems_covered with input as portal_only
	fx.fails_with(findings, "Pharmacy nt-01 names no system")
	fx.fails_at(findings, "pharmacy:nt-01", "/facility/pharmacies/0")
}

test_na_pharmacy_rule_without_pharmacy if {
	fx.not_applicable(byt_6827_2024.pharmacy_systems_covered) with input as fx.without(["facility/pharmacies"])
}
