package kcb.rules.byt_5863_2021

import data.kcb.lib.applicability
import data.kcb.lib.exports
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.labels
import data.kcb.lib.pointer
import data.kcb.lib.vi

# METADATA
# scope: document
# title: Manual extractions of data are encrypted or password-protected
# description: |
#   Every declared manual extraction (Excel/CSV exports, USB, email, messaging apps such as Zalo, screenshots)
#   produces files that are encrypted or password-protected.
#   A facility that declares none has nothing to check.
# custom:
#   title_vi: Dữ liệu trích xuất thủ công được mã hoá hoặc đặt mật khẩu
#   description_vi: >-
#     Mỗi lần trích xuất thủ công đã khai báo (xuất Excel/CSV, USB, thư điện tử, ứng dụng nhắn tin như Zalo, chụp
#     màn hình) tạo tệp được mã hoá hoặc đặt mật khẩu. Cơ sở không khai báo việc trích xuất nào thì không có gì để
#     kiểm tra.
#   item: "¶2"
#   clause: >-
#     đồng thời phối hợp với các cơ sở khám bệnh, chữa bệnh để hỗ trợ việc trích chuyển dữ liệu, bảo đảm an toàn,
#     bảo mật, tránh lộ, lọt thông tin để các đối tượng xấu khai thác, lợi dụng.
#   severity: high
#   assessment: evidence
#   evidence: [manualExports]
#   remediation:
#     vi: Mã hoá hoặc đặt mật khẩu cho mọi tệp trích xuất, gửi mật khẩu qua kênh khác.
#     en: Encrypt or password-protect every exported file and send the password by another channel.
manual_export_protected contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

manual_export_protected contains exports.none_declared if {
	facility.has_bhyt_contract
	count(exports.declared) == 0
}

manual_export_protected contains finding if {
	facility.has_bhyt_contract
	some i, export in exports.declared
	finding := _protection_finding(i, export)
}

_protection_finding(i, export) := findings.pass(
	exports.target(export), pointer.of(["manualExports", i, "protection"]),
	concat("", [
		exports.label(export).vi, " được bảo vệ: ",
		labels.value_vi("manualExports.protection", export.protection), ".",
	]),
	concat("", [
		exports.label(export).en, " is protected: ",
		labels.value_en("manualExports.protection", export.protection), ".",
	]),
) if {
	exports.protected(export)
} else := findings.fail(
	exports.target(export), pointer.of(["manualExports", i]),
	concat("", [exports.label(export).vi, " không được mã hoá hay đặt mật khẩu."]),
	concat("", [exports.label(export).en, " is neither encrypted nor password-protected."]),
)

# METADATA
# scope: document
# title: Who may extract data manually is named, and each extraction is approved
# description: |
#   Every declared manual extraction names the staff who may make it and records its approval (who approved it,
#   and when). A facility that declares none has nothing to check.
# custom:
#   title_vi: Người được phép trích xuất dữ liệu thủ công được chỉ định và việc trích xuất được phê duyệt
#   description_vi: >-
#     Mỗi lần trích xuất thủ công đã khai báo ghi rõ nhân viên được phép thực hiện và việc phê duyệt (người phê
#     duyệt, ngày phê duyệt). Cơ sở không khai báo việc trích xuất nào thì không có gì để kiểm tra.
#   item: "¶3"
#   clause: >-
#     đồng thời yêu cầu các cơ sở khám bệnh, chữa bệnh phối hợp bảo vệ dữ liệu khám bệnh, chữa bệnh BHYT.
#   severity: high
#   assessment: evidence
#   evidence: [manualExports]
#   remediation:
#     vi: Chỉ định người được trích xuất, trình phê duyệt và ghi người phê duyệt, ngày phê duyệt.
#     en: Name who may export, have the extraction approved, and record who approved it and when.
manual_export_authorized contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

manual_export_authorized contains exports.none_declared if {
	facility.has_bhyt_contract
	count(exports.declared) == 0
}

manual_export_authorized contains finding if {
	facility.has_bhyt_contract
	some i, export in exports.declared
	finding := _authorization_finding(i, export)
}

_authorization_finding(i, export) := findings.pass(
	exports.target(export), pointer.of(["manualExports", i, "approvedBy"]),
	concat("", [
		exports.label(export).vi, " chỉ do ", concat(", ", export.authorizedStaff), " thực hiện, được ",
		export.approvedBy, " phê duyệt ngày ", vi.date(export.approvedOn), ".",
	]),
	concat("", [
		exports.label(export).en, " is made only by ", concat(", ", export.authorizedStaff), ", approved by ",
		export.approvedBy, " on ", export.approvedOn, ".",
	]),
) if {
	exports.authorized(export)
} else := findings.fail(
	exports.target(export), pointer.of(["manualExports", i]),
	concat("", [exports.label(export).vi, " không ghi người được phép trích xuất hoặc việc phê duyệt."]),
	concat("", [exports.label(export).en, " names no one allowed to export or records no approval."]),
)

# METADATA
# scope: document
# title: Manual extractions of data are logged
# description: |
#   Every declared manual extraction is written to an export log (and where the log is kept is named), so a leak
#   can be traced to an export. A facility that declares none has nothing to check.
# custom:
#   title_vi: Việc trích xuất dữ liệu thủ công được ghi nhật ký
#   description_vi: >-
#     Mỗi lần trích xuất thủ công đã khai báo được ghi vào nhật ký trích xuất (có ghi nơi lưu nhật ký), để
#     truy được nguồn khi lộ dữ liệu. Cơ sở không khai báo việc trích xuất nào thì không có gì để kiểm tra.
#   item: "¶2"
#   clause: >-
#     đồng thời phối hợp với các cơ sở khám bệnh, chữa bệnh để hỗ trợ việc trích chuyển dữ liệu, bảo đảm an toàn,
#     bảo mật, tránh lộ, lọt thông tin để các đối tượng xấu khai thác, lợi dụng.
#   severity: medium
#   assessment: evidence
#   evidence: [manualExports]
#   remediation:
#     vi: Ghi mỗi lần trích xuất vào sổ hoặc nhật ký (ai, khi nào, dữ liệu gì, gửi đi đâu) và khai báo nơi lưu nhật ký.
#     en: Record every extraction in a log (who, when, what data, sent where) and name where the log is kept.
manual_export_logged contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

manual_export_logged contains exports.none_declared if {
	facility.has_bhyt_contract
	count(exports.declared) == 0
}

manual_export_logged contains finding if {
	facility.has_bhyt_contract
	some i, export in exports.declared
	finding := _log_finding(i, export)
}

_log_finding(i, export) := findings.pass(
	exports.target(export), pointer.of(["manualExports", i, "exportLog"]),
	concat("", [exports.label(export).vi, " được ghi nhật ký: ", export.exportLog, "."]),
	concat("", [exports.label(export).en, " is logged: ", export.exportLog, "."]),
) if {
	exports.logged(export)
} else := findings.fail(
	exports.target(export), pointer.of(["manualExports", i]),
	concat("", [exports.label(export).vi, " không được ghi nhật ký."]),
	concat("", [exports.label(export).en, " is not logged."]),
)
