package kcb.rules.byt_6827_2024

import data.kcb.lib.exports
import data.kcb.lib.findings
import data.kcb.lib.labels
import data.kcb.lib.pointer

# METADATA
# scope: document
# title: Data exported by the hospital pharmacy or a department is protected, authorized and logged
# description: |
#   Every manual extraction made by a hospital pharmacy or a department is encrypted or
#   password-protected, names who may make it and was approved, and is logged: the letter names leaks from
#   facilities and hospital pharmacies, and asks for technical measures and processes. A facility that declares
#   no such extraction has nothing to check.
# custom:
#   title_vi: Dữ liệu do nhà thuốc bệnh viện hoặc khoa, phòng trích xuất được bảo vệ, phân quyền và ghi nhật ký
#   description_vi: >-
#     Mỗi lần trích xuất thủ công do nhà thuốc bệnh viện hoặc một khoa, phòng thực hiện
#     được mã hoá hoặc đặt mật khẩu, ghi rõ người được phép và đã được phê duyệt, và được ghi nhật ký. Cơ sở không
#     khai báo việc trích xuất nào như vậy thì không có gì để kiểm tra.
#   item: "1"
#   clause: >-
#     Triển khai các biện pháp kỹ thuật và quy trình nhằm quản lý, đảm bảo quyền của người bệnh được giữ bí mật
#     thông tin trong hồ sơ bệnh án và thông tin khác về đời tư mà người bệnh đã cung cấp cho người hành nghề
#     trong quá trình khám bệnh, chữa bệnh.
#   severity: high
#   assessment: evidence
#   evidence: [manualExports]
#   remediation:
#     vi: >-
#       Với mỗi lần nhà thuốc hoặc khoa, phòng trích xuất dữ liệu người bệnh: mã hoá hoặc đặt mật khẩu tệp, chỉ định
#       người được trích xuất, trình phê duyệt và ghi nhật ký.
#     en: >-
#       For each extraction of patient data by the pharmacy or a department: encrypt or password-protect the file,
#       name who may export, have it approved, and log it.
unit_exports_controlled contains _no_unit_export if count(exports.by_unit) == 0

unit_exports_controlled contains finding if {
	some i, export in exports.by_unit
	finding := _unit_export_finding(i, export, _missing(export))
}

_no_unit_export := findings.not_applicable(
	"Cơ sở không khai báo việc trích xuất dữ liệu thủ công nào của nhà thuốc bệnh viện hay khoa, phòng.",
	"The facility declares no manual extraction by a hospital pharmacy or a department.",
)

# _missing lists the fields (paths in the label table) of each check the export does not meet, in a fixed order.
_missing(export) := [field |
	some check in ["protection", "authorized", "logged"]
	not _has(export, check)
	some field in _checked_fields[check]
]

_checked_fields := {
	"protection": ["manualExports.protection"],
	"authorized": ["manualExports.authorizedStaff", "manualExports.approvedBy", "manualExports.approvedOn"],
	"logged": ["manualExports.exportLog"],
}

_has(export, "protection") if exports.protected(export)

_has(export, "authorized") if exports.authorized(export)

_has(export, "logged") if exports.logged(export)

_unit(export) := concat("", ["nhà thuốc ", export.pharmacy]) if export.pharmacy

else := export.department

_unit_en(export) := concat("", ["pharmacy ", export.pharmacy]) if export.pharmacy

else := export.department

_unit_export_finding(i, export, missing) := findings.pass(
	exports.target(export), pointer.of(["manualExports", i]),
	concat("", [exports.label(export).vi, " của ", _unit(export), " được bảo vệ, phân quyền và ghi nhật ký."]),
	concat("", [exports.label(export).en, " by ", _unit_en(export), " is protected, authorized and logged."]),
) if {
	count(missing) == 0
} else := findings.fail(
	exports.target(export), pointer.of(["manualExports", i]),
	concat("", [
		exports.label(export).vi, " của ", _unit(export), " còn thiếu: ",
		concat(", ", [labels.vi(field) | some field in missing]), ".",
	]),
	concat("", [
		exports.label(export).en, " by ", _unit_en(export), " lacks: ",
		concat(", ", [labels.en(field) | some field in missing]), ".",
	]),
)
