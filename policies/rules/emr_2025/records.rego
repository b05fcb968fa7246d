# METADATA
# title: 13/2025/TT-BYT — electronic medical records (opt-in pack emr-2025)
# description: |
#   Ministry of Health Circular 13/2025/TT-BYT of 2025-06-06 guiding the deployment of electronic medical
#   records, in force from 2025-07-21; it replaces Circular 46/2018/TT-BYT. Hospitals run electronic records by
#   2025-09-30, other facilities with inpatient, day or outpatient treatment by 2026-12-31. Encoded from
#   secondary sources (news reports and a reproduction of the text): a lawyer should confirm the pack before a
#   decision rests on it.
# custom:
#   document: 13/2025/TT-BYT
#   issuer: Bộ Y tế
#   date: "2025-06-06"
#   subject: Hướng dẫn triển khai hồ sơ bệnh án điện tử
#   source: https://dientuungdung.vn/benh-vien-phai-trien-khai-ho-so-benh-an-dien-tu-tu-thang-92025-9688.html
#   scope: facilities with inpatient, day or outpatient treatment (not stand-alone pharmacies)
#   pack: emr-2025
#   effective: "2025-07-21"
package kcb.rules.emr_2025

import data.kcb.lib.applicability
import data.kcb.lib.dates
import data.kcb.lib.facility
import data.kcb.lib.findings

_effective := "2025-07-21"

_in_force if input.asOf >= _effective

_not_in_force := applicability.not_in_force("Thông tư 13/2025/TT-BYT", _effective)

_no_treatment := findings.not_applicable(
	"Nhà thuốc độc lập không điều trị người bệnh nên không lập hồ sơ bệnh án.",
	"A stand-alone pharmacy treats no patients, so it keeps no medical records.",
)

# The deadline for the facility's type (Art. 4(2)): hospitals first, every other treating facility later.
default _deadline := "2026-12-31"

_deadline := "2025-09-30" if facility.config.facility.type == "hospital"

_records := object.get(facility.config, "electronicRecords", {})

_in_use if _records.inUseSince <= input.asOf

_due if input.asOf > _deadline

_not_yet_due := findings.not_applicable(
	concat("", ["Thời hạn triển khai hồ sơ bệnh án điện tử của loại cơ sở này là ", dates.vi_date(_deadline), "; chưa đến hạn."]),
	concat("", ["The deadline for electronic medical records for this kind of facility is ", _deadline, "; not yet reached."]),
)

# METADATA
# scope: document
# title: Electronic medical records are in use by the deadline for the facility's type
# description: |
#   The date electronic records went into use is on or before the evaluation date once the deadline for the facility's type has
#   passed: 2025-09-30 for hospitals, 2026-12-31 for every other facility that treats patients. Before the deadline
#   the rule passes if the records are in use and is not applicable otherwise.
# custom:
#   title_vi: Triển khai hồ sơ bệnh án điện tử đúng thời hạn theo loại cơ sở
#   description_vi: >-
#     Khi đã qua thời hạn theo loại cơ sở (bệnh viện 30/09/2025, cơ sở khám bệnh, chữa bệnh khác 31/12/2026), ngày bắt
#     đầu sử dụng hồ sơ bệnh án điện tử không muộn hơn ngày đánh giá. Trước thời hạn,
#     quy tắc đạt nếu đã sử dụng và không áp dụng nếu chưa.
#   item: Điều 4 khoản 2
#   clause: >-
#     Đối với các cơ sở khám bệnh, chữa bệnh khác có người bệnh điều trị nội trú, điều trị ban ngày và điều trị
#     ngoại trú triển khai hồ sơ bệnh án điện tử, hoàn thành chậm nhất vào ngày 31/12/2026.
#   confidence: high
#   verification: >-
#     Both deadlines and the in-force date agree in five independent sources found here (trungtamytelucyen.vn,
#     which the clause quotes, dientuungdung.vn, thuonghieucongluan.com.vn, medipharusa.com, thuvienphapluat.vn).
#     Which facility types count as "other facilities with treatment" is the tool's reading (every type but a
#     stand-alone pharmacy).
#   severity: high
#   assessment: evidence
#   evidence: [facility.type, electronicRecords.inUseSince]
#   remediation:
#     vi: Triển khai hồ sơ bệnh án điện tử và ghi ngày bắt đầu sử dụng.
#     en: Deploy electronic medical records and record the date they went into use.
electronic_records_in_use contains _not_in_force if not _in_force

electronic_records_in_use contains _no_treatment if {
	_in_force
	facility.standalone_pharmacy
}

electronic_records_in_use contains _in_use_finding if {
	_in_force
	facility.is_kcb_facility
}

_in_use_finding := findings.pass(
	"facility", "/electronicRecords/inUseSince",
	concat("", ["Hồ sơ bệnh án điện tử được sử dụng từ ngày ", dates.vi_date(_records.inUseSince), "."]),
	concat("", ["Electronic medical records are in use since ", _records.inUseSince, "."]),
) if {
	_in_use
} else := findings.fail(
	"facility", "/facility/type",
	concat("", [
		"Chưa triển khai hồ sơ bệnh án điện tử dù đã quá thời hạn ", dates.vi_date(_deadline),
		".",
	]),
	concat("", [
		"Electronic medical records are not in use although the deadline ", _deadline,
		" has passed.",
	]),
) if {
	_due
} else := _not_yet_due

# METADATA
# scope: document
# title: A regulation governs the management and security of the electronic records
# description: |
#   Once electronic records are in use or due, an internal regulation issued on or before the evaluation date
#   covers the management and security of electronic records: creating, updating, managing, storing, using and
#   securing the records.
# custom:
#   title_vi: Có quy chế về lập, quản lý, lưu trữ, sử dụng và bảo mật hồ sơ bệnh án điện tử
#   description_vi: >-
#     Khi đã sử dụng hoặc đã đến hạn sử dụng hồ sơ bệnh án điện tử, một quy chế nội bộ ban hành không muộn hơn ngày
#     đánh giá bao gồm nội dung quản lý, bảo mật hồ sơ bệnh án điện tử: lập, cập nhật, quản lý, lưu trữ, sử dụng và bảo mật hồ sơ.
#   item: Điều 4 khoản 3
#   clause: >-
#     (diễn giải, không phải nguyên văn) ban hành quy chế về lập, cập nhật, quản lý, lưu trữ, sử dụng và bảo mật hồ
#     sơ bệnh án điện tử
#   confidence: low
#   verification: >-
#     Art. 4(3)(b) is known only from the research notes (medium there); the reproductions found here show Art. 1
#     (principles, including compliance with information-security and data-protection law) but not this point,
#     so the confidence is lowered to low. The clause is a paraphrase of the notes, marked as such.
#   severity: medium
#   assessment: evidence
#   evidence: [governance.regulations]
#   remediation:
#     vi: >-
#       Ban hành quy chế quản lý, sử dụng và bảo mật hồ sơ bệnh án điện tử và ghi vào danh sách quy chế, với nội dung
#       quản lý, bảo mật hồ sơ bệnh án điện tử.
#     en: >-
#       Issue a regulation on managing, using and securing the electronic records; declare it in
#       the regulations, covering the management and security of electronic records.
electronic_records_regulated contains _not_in_force if not _in_force

electronic_records_regulated contains _no_treatment if {
	_in_force
	facility.standalone_pharmacy
}

electronic_records_regulated contains _not_yet_due if {
	_in_force
	facility.is_kcb_facility
	not _in_use
	not _due
}

electronic_records_regulated contains finding if {
	_in_force
	facility.is_kcb_facility
	_in_use_or_due
	finding := _regulated_finding(facility.regulations_covering("emr_management"))
}

_in_use_or_due if _in_use

_in_use_or_due if _due

_regulated_finding(regulations) := findings.pass(
	"facility", "/governance/regulations",
	concat("", ["Quy chế ", regulations[0].number, " quy định quản lý, bảo mật hồ sơ bệnh án điện tử."]),
	concat("", ["Regulation ", regulations[0].number, " governs the management and security of the electronic records."]),
) if {
	count(regulations) > 0
	regulations[0].issuedOn <= input.asOf
} else := findings.fail(
	"facility", "/governance",
	"Không có quy chế quản lý, bảo mật hồ sơ bệnh án điện tử.",
	"No regulation governs the management and security of the electronic records.",
)
