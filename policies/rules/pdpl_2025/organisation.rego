# METADATA
# title: 91/2025/QH15 and 356/2025/NĐ-CP — personal data protection (opt-in pack pdpl-2025)
# description: |
#   The Personal Data Protection Law 91/2025/QH15 (passed 2025-06-26) and its Decree 356/2025/NĐ-CP
#   (2025-12-31), both in force from 2026-01-01; the decree replaces Decree 13/2023/NĐ-CP. Health data is
#   sensitive personal data, so every health facility processes it. Encoded from secondary sources (official
#   summaries, law-firm notes): the gazette text could not be opened here. Each rule states its confidence;
#   a lawyer should confirm the pack before a decision rests on it.
# custom:
#   document: 91/2025/QH15 + 356/2025/NĐ-CP
#   issuer: Quốc hội; Chính phủ
#   date: "2025-06-26"
#   subject: Luật Bảo vệ dữ liệu cá nhân và Nghị định quy định chi tiết
#   source: https://thuviennhadat.vn/vbpl/luat-bao-ve-du-lieu-ca-nhan-2025-so-91-2025-qh15-625628.html
#   scope: every health facility (health data is sensitive personal data)
#   pack: pdpl-2025
#   effective: "2026-01-01"
package kcb.rules.pdpl_2025

import data.kcb.lib.applicability
import data.kcb.lib.dates
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.pointer

_effective := "2026-01-01"

_in_force if input.asOf >= _effective

_not_in_force := applicability.not_in_force("Luật 91/2025/QH15, Nghị định 356/2025/NĐ-CP", _effective)

_data_protection := object.get(facility.config, "dataProtection", {})

# METADATA
# scope: document
# title: A data-protection unit or person is designated by written decision, or a service is hired
# description: |
#   The configuration names the unit or person designated to protect personal data, with the written
#   decision that designates them (its number, and a date of issue on or before the evaluation date), or
#   the data-protection service hired instead (provider and contract).
# custom:
#   title_vi: Chỉ định bộ phận, nhân sự bảo vệ dữ liệu cá nhân bằng văn bản, hoặc thuê dịch vụ
#   description_vi: >-
#     Cơ sở ghi nhận bộ phận hoặc nhân sự bảo vệ dữ liệu cá nhân được chỉ định bằng quyết
#     định (số, ngày ban hành), hoặc hợp đồng thuê dịch vụ bảo vệ dữ liệu cá nhân.
#   item: Luật Điều 33
#   clause: >-
#     Cơ quan, tổ chức có trách nhiệm chỉ định bộ phận, nhân sự đủ điều kiện năng lực bảo vệ dữ liệu cá nhân
#     hoặc thuê tổ chức, cá nhân cung cấp dịch vụ bảo vệ dữ liệu cá nhân.
#   confidence: medium
#   verification: >-
#     Sentence quoted from Art. 33 as reproduced by tracuuquyhoach.com and summarised by apolatlegal.com
#     (two secondary sources agree); the gazette text was not opened. The qualification conditions of
#     Decree 356 Art. 13 are not checked (one secondary source).
#   severity: high
#   assessment: evidence
#   evidence: [dataProtection.officer]
#   remediation:
#     vi: >-
#       Ra quyết định chỉ định bộ phận, nhân sự bảo vệ dữ liệu cá nhân (hoặc ký hợp đồng thuê dịch vụ) và ghi vào
#       mục bảo vệ dữ liệu cá nhân (số và ngày ban hành quyết định).
#     en: >-
#       Designate the data-protection unit or person by a written decision (or hire a data-protection service)
#       and record it with the decision's number and date of issue.
protection_officer_designated contains _not_in_force if not _in_force

protection_officer_designated contains finding if {
	_in_force
	finding := _officer_finding(object.get(_data_protection, "officer", {}))
}

_officer_finding(officer) := findings.pass(
	"facility", "/dataProtection/officer/decision",
	concat("", [officer.name, " được chỉ định bảo vệ dữ liệu cá nhân theo quyết định ", officer.decision.number, "."]),
	concat("", [officer.name, " is designated to protect personal data by decision ", officer.decision.number, "."]),
) if {
	officer.decision.issuedOn <= input.asOf
} else := findings.pass(
	"facility", "/dataProtection/officer/service",
	concat("", ["Cơ sở thuê dịch vụ bảo vệ dữ liệu cá nhân của ", officer.service.provider, " (", officer.service.contract, ")."]),
	concat("", ["The facility hires ", officer.service.provider, " to protect personal data (", officer.service.contract, ")."]),
) if {
	officer.service.provider
	officer.service.contract
} else := findings.fail(
	"facility", _officer_pointer,
	concat("", [
		"Không có quyết định chỉ định bộ phận, nhân sự bảo vệ dữ liệu cá nhân, ",
		"cũng không có hợp đồng thuê dịch vụ.",
	]),
	"No written decision designates a data-protection unit or person, and no service is hired.",
)

# The finding points at the officer block when there is one, else at dataProtection, else at the file's top.
default _officer_pointer := ""

_officer_pointer := "/dataProtection/officer" if _data_protection.officer

_officer_pointer := "/dataProtection" if {
	facility.config.dataProtection
	not _data_protection.officer
}

# METADATA
# scope: document
# title: An impact-assessment dossier is submitted within 60 days of starting the processing
# description: |
#   The configuration holds the impact-assessment dossier of each processing of personal data (at least the
#   processing of patients' data). Each is submitted no later than the days the profile sets after
#   the processing started, counted from 2026-01-01 for processing that started earlier. A dossier
#   not yet submitted passes while that time has not run out.
# custom:
#   title_vi: Hồ sơ đánh giá tác động xử lý dữ liệu cá nhân được gửi trong 60 ngày kể từ khi bắt đầu xử lý
#   description_vi: >-
#     Mỗi hoạt động xử lý dữ liệu cá nhân có hồ sơ đánh giá tác động được gửi
#     trong số ngày bộ tham số quy định kể từ khi bắt đầu xử lý (với hoạt động có từ trước, tính từ ngày luật có
#     hiệu lực); hồ sơ chưa gửi chỉ đạt khi thời hạn chưa hết.
#   item: Luật Điều 21
#   clause: >-
#     (diễn giải của nguồn thứ cấp) Hồ sơ đánh giá tác động phải được gửi đến Bộ Công an trong vòng 60 ngày kể từ khi
#     bắt đầu xử lý dữ liệu.
#   confidence: medium
#   verification: >-
#     The clause is a secondary source's sentence (altas.eso.vn), not the gazette text; the 60 days agree with the
#     research notes and with Decree 13/2023 Art. 24, which the law replaced. Updating the dossier when the
#     processing changes (Decree 356 Art. 20) is not checked.
#   severity: high
#   assessment: evidence
#   evidence: [dataProtection.impactAssessments]
#   parameters: [impactAssessmentMaxDays]
#   remediation:
#     vi: >-
#       Lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân của bệnh nhân, gửi Bộ Công an (Cục A05) và ghi vào
#       cấu hình (ngày bắt đầu xử lý, ngày gửi hồ sơ, số tiếp nhận).
#     en: >-
#       Prepare the impact-assessment dossier for processing patients' data, submit it to the Ministry of Public
#       Security and record it (date processing started, date sent, receipt reference).
impact_assessment_submitted contains _not_in_force if not _in_force

impact_assessment_submitted contains finding if {
	_in_force
	count(object.get(_data_protection, "impactAssessments", [])) == 0
	finding := findings.fail(
		"facility", _dossiers_pointer,
		"Không có hồ sơ đánh giá tác động xử lý dữ liệu cá nhân nào được ghi nhận.",
		"No impact-assessment dossier is recorded.",
	)
}

impact_assessment_submitted contains finding if {
	_in_force
	some i, dossier in object.get(_data_protection, "impactAssessments", [])
	finding := _dossier_finding(i, dossier, _counted_from(dossier.startedOn))
}

default _dossiers_pointer := ""

_dossiers_pointer := "/dataProtection/impactAssessments" if facility.config.dataProtection

# Processing that started before the law was in force is counted from the day it took effect.
_counted_from(started) := started if started >= _effective

else := _effective

_dossier_finding(i, dossier, from) := _submitted_finding(i, dossier, from) if dossier.submittedOn

else := _unsubmitted_finding(i, dossier, from)

_dossier_target(dossier) := concat(":", ["dossier", dossier.id])

_max_days := data.params.impactAssessmentMaxDays

_submitted_finding(i, dossier, from) := findings.pass(
	_dossier_target(dossier), pointer.of(["dataProtection", "impactAssessments", i, "submittedOn"]),
	concat("", ["Hồ sơ ", dossier.id, " được gửi ngày ", dates.vi_date(dossier.submittedOn), "."]),
	concat("", ["Dossier ", dossier.id, " was submitted on ", dossier.submittedOn, "."]),
) if {
	dates.days_between(from, dossier.submittedOn) <= _max_days
} else := findings.fail(
	_dossier_target(dossier), pointer.of(["dataProtection", "impactAssessments", i, "submittedOn"]),
	concat("", [
		"Hồ sơ ", dossier.id, " được gửi sau ", format_int(dates.days_between(from, dossier.submittedOn), 10),
		" ngày, quá ", format_int(_max_days, 10), " ngày kể từ ", dates.vi_date(from), ".",
	]),
	concat("", [
		"Dossier ", dossier.id, " was submitted ", format_int(dates.days_between(from, dossier.submittedOn), 10),
		" days after ", from, ", more than ", format_int(_max_days, 10), " days.",
	]),
)

_unsubmitted_finding(i, dossier, from) := findings.pass(
	_dossier_target(dossier), pointer.of(["dataProtection", "impactAssessments", i]),
	concat("", ["Hồ sơ ", dossier.id, " chưa gửi, còn trong hạn ", format_int(_max_days, 10), " ngày."]),
	concat("", ["Dossier ", dossier.id, " is not submitted yet, within its ", format_int(_max_days, 10), " days."]),
) if {
	dates.age_in_days(from) <= _max_days
} else := findings.fail(
	_dossier_target(dossier), pointer.of(["dataProtection", "impactAssessments", i]),
	concat("", [
		"Hồ sơ ", dossier.id, " chưa được gửi dù đã quá ", format_int(_max_days, 10),
		" ngày kể từ ", dates.vi_date(from), ".",
	]),
	concat("", [
		"Dossier ", dossier.id, " is not submitted, more than ", format_int(_max_days, 10),
		" days after ", from, ".",
	]),
)

# METADATA
# scope: document
# title: Written access-authorisation rules protect health data
# description: |
#   An internal regulation in force on the evaluation date covers access to health data: who may read, change or
#   export which patients' data, and how that access is granted and withdrawn.
# custom:
#   title_vi: Có quy định bằng văn bản về phân quyền truy cập dữ liệu sức khoẻ (dữ liệu cá nhân nhạy cảm)
#   description_vi: >-
#     Một quy chế của cơ sở bao gồm nội dung phân quyền truy cập dữ liệu sức khoẻ: ai được truy cập dữ liệu
#     sức khoẻ của người bệnh, dữ liệu cá nhân nhạy cảm.
#   item: Nghị định Điều 4
#   clause: Dữ liệu cá nhân nhạy cảm
#   confidence: low
#   verification: >-
#     Only the research notes (law-firm summaries) state that Decree 356 Art. 4 requires written
#     access-authorisation rules for sensitive data; the searches here confirmed that Art. 4 lists sensitive
#     data, health data among it (thanhnien.vn, atlaslaw.vn), but not the duty itself. The clause quotes the
#     article's heading phrase only.
#   severity: medium
#   assessment: evidence
#   evidence: [governance.regulations]
#   remediation:
#     vi: >-
#       Ban hành quy định phân quyền truy cập dữ liệu sức khoẻ của người bệnh và ghi vào danh sách quy chế, với nội
#       dung phân quyền truy cập dữ liệu sức khoẻ.
#     en: >-
#       Issue a regulation on who may access patients' health data and record it among the regulations, covering
#       access to health data.
health_data_access_regulated contains _not_in_force if not _in_force

health_data_access_regulated contains finding if {
	_in_force
	finding := _regulation_finding(facility.regulations_covering("health_data_access"))
}

_regulation_finding(regulations) := findings.pass(
	"facility", "/governance/regulations",
	concat("", ["Quy định ", regulations[0].number, " phân quyền truy cập dữ liệu sức khoẻ."]),
	concat("", ["Regulation ", regulations[0].number, " sets who may access health data."]),
) if {
	count(regulations) > 0
	regulations[0].issuedOn <= input.asOf
} else := findings.fail(
	"facility", _regulations_pointer,
	"Không có quy định bằng văn bản về phân quyền truy cập dữ liệu sức khoẻ.",
	"No written regulation sets who may access health data.",
)

default _regulations_pointer := ""

_regulations_pointer := "/governance/regulations" if facility.config.governance.regulations
