package kcb.rules.byt_6827_2024_exports_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_6827_2024

_pharmacy_export := fx.hospital.manualExports[1]

_the_finding(findings, status) := finding if {
	some finding in findings
	finding.status == status
}

test_pass_pharmacy_and_department_exports_controlled if {
	findings := byt_6827_2024.unit_exports_controlled with input as fx.good
	fx.only_pass(findings)
	count(findings) == 2
	some finding in findings
	finding.target == "export:bc-don-thuoc"
	finding.pointer == "/manualExports/1"
	finding.message.en == concat("", [
		"Export bc-don-thuoc (PDF file to Phòng Tài chính kế toán) ",
		"by pharmacy nt-01 is protected, authorized and logged.",
	])
}

test_fail_pharmacy_export_unprotected_and_unlogged if {
	loose := object.remove(object.union(_pharmacy_export, {"protection": "none"}), ["exportLog"])
	findings := byt_6827_2024.unit_exports_controlled with input as fx.with_config({"manualExports": [loose]})
	finding := _the_finding(findings, "fail")
	finding.target == "export:bc-don-thuoc"
	finding.pointer == "/manualExports/0"
	finding.message.en == concat("", [
		"Export bc-don-thuoc (PDF file to Phòng Tài chính kế toán) by pharmacy nt-01 lacks: ",
		"encryption or password on the file, export log.",
	])
}

test_na_export_by_no_unit if {
	central := object.remove(_pharmacy_export, ["pharmacy"])
	fx.not_applicable(byt_6827_2024.unit_exports_controlled) with input as fx.with_config({"manualExports": [central]})
}
