# METADATA
# title: kcb-compliance — waiver governance
# description: |
#   The tool's own rule for exceptions: a waiver in the configuration only waives a failure when it is a
#   governed record (rule, target, reason, approver, approval date, risk, expiry) that names a known, waivable
#   rule and one of its targets, is unexpired, and is no longer than the profile's maximum.
# custom:
#   document: Quản lý miễn trừ / Waiver governance
#   subject: Quản lý miễn trừ (waiver) trong cấu hình
#   scope: every facility
package kcb.governance

import data.kcb.lib.dates
import data.kcb.lib.findings
import data.kcb.lib.pointer
import data.kcb.lib.vi
import data.kcb.main.index

_waivers := object.get(input.config, "waivers", [])

# problems lists why each waiver (by index) cannot be honoured.
_problems contains {"index": i, "vi": "quy tắc không tồn tại", "en": "names an unknown rule"} if {
	some i, waiver in _waivers
	not index.emitted[waiver.rule]
}

_problems contains {"index": i, "vi": "quy tắc không được miễn trừ", "en": "names a rule that cannot be waived"} if {
	some i, waiver in _waivers
	waiver.rule in index.non_waivable
}

_problems contains {
	"index": i, "vi": "đối tượng không có trong kết quả của quy tắc",
	"en": "names a target the rule does not check",
} if {
	some i, waiver in _waivers
	index.emitted[waiver.rule]
	not _checks(waiver.rule, waiver.target)
}

_problems contains {"index": i, "vi": "đã hết hạn", "en": "has expired"} if {
	some i, waiver in _waivers
	waiver.expiresOn < input.asOf
}

_problems contains {"index": i, "vi": "thiếu ngày phê duyệt hoặc mức rủi ro", "en": "lacks an approval date or a risk level"} if {
	some i, waiver in _waivers
	not _governed_record(waiver)
}

_problems contains problem if {
	some i, waiver in _waivers
	length := dates.days_between(waiver.approvedOn, waiver.expiresOn)
	length > data.params.waiverMaxDays
	problem := {
		"index": i,
		"vi": concat("", [
			"kéo dài ", format_int(length, 10), " ngày, quá mức tối đa ",
			format_int(data.params.waiverMaxDays, 10), " ngày",
		]),
		"en": concat("", [
			"runs ", format_int(length, 10), " days, beyond the ",
			format_int(data.params.waiverMaxDays, 10), "-day maximum",
		]),
	}
}

# _targets_checked holds the targets of each rule a waiver names, gathered once per rule rather than scanned once per
# waiver (a few hundred waivers of a rule with a finding per staff member made waivers × staff comparisons).
_targets_checked[rule_id] contains finding.target if {
	some rule_id in _rules_named
	some finding in index.emitted[rule_id]
}

_checks(rule_id, target) if target in _targets_checked[rule_id]

_rules_named contains waiver.rule if some waiver in _waivers

_governed_record(waiver) if {
	waiver.approvedOn
	waiver.risk
}

# valid lists the waivers that may waive a failure.
valid contains waiver if {
	some i, waiver in _waivers
	not _has_problem(i)
}

_has_problem(i) if i in _invalid

_invalid contains problem.index if some problem in _problems

_waiver_target(waiver) := concat("", ["waiver:", waiver.rule, "@", waiver.target])

# METADATA
# scope: document
# title: Waivers are governed records
# description: |
#   Every waiver names a known rule that may be waived and a target that rule checks, has a reason, an
#   approver, an approval date and a risk level, has not expired, and lasts no longer than the profile's maximum.
#   A waiver that breaks any of these waives nothing and fails this rule.
# custom:
#   title_vi: Mỗi miễn trừ ghi đủ căn cứ, người phê duyệt, thời hạn và còn hiệu lực
#   description_vi: >-
#     Mỗi miễn trừ nêu một quy tắc có tồn tại và được phép miễn trừ, một đối tượng mà quy tắc đó kiểm tra, có lý do,
#     người phê duyệt, ngày phê duyệt và mức rủi ro, chưa hết hạn và không dài hơn số ngày tối đa của bộ tham số. Miễn trừ sai
#     bất kỳ điều nào thì không miễn trừ được gì và làm quy tắc này không đạt.
#   item: "waivers"
#   clause: >-
#     Miễn trừ phải nêu quy tắc, đối tượng, lý do, người phê duyệt, ngày phê duyệt, mức rủi ro và ngày hết hạn;
#     miễn trừ hết hạn, quá thời hạn tối đa, sai quy tắc hoặc đối tượng, hoặc áp cho quy tắc không được miễn trừ
#     là không hợp lệ.
#   severity: high
#   assessment: evidence
#   waivable: false
#   evidence: [waivers]
#   parameters: [waiverMaxDays]
#   remediation:
#     vi: Sửa hoặc xoá miễn trừ không hợp lệ; xin phê duyệt lại với thời hạn trong mức tối đa của bộ tham số.
#     en: Fix or remove the invalid waiver; have it approved again with an expiry within the profile's maximum.
waivers_governed contains finding if {
	count(_waivers) == 0
	finding := findings.not_applicable("Cấu hình không có miễn trừ nào.", "The configuration records no waiver.")
}

waivers_governed contains finding if {
	some problem in _problems
	waiver := _waivers[problem.index]
	finding := findings.fail(
		_waiver_target(waiver), pointer.of(["waivers", problem.index]),
		concat("", ["Miễn trừ ", waiver.rule, " cho ", _target_vi(waiver.target), " không hợp lệ: ", problem.vi, "."]),
		concat("", ["The waiver of ", waiver.rule, " for ", _target_en(waiver.target), " is invalid: it ", problem.en, "."]),
	)
}

waivers_governed contains finding if {
	some i, waiver in _waivers
	not _has_problem(i)
	finding := findings.pass(
		_waiver_target(waiver), pointer.of(["waivers", i]),
		concat("", [
			"Miễn trừ ", waiver.rule, " cho ", _target_vi(waiver.target), " do ", waiver.approvedBy,
			" phê duyệt, hiệu lực đến ", vi.date(waiver.expiresOn), ".",
		]),
		concat("", [
			"The waiver of ", waiver.rule, " for ", _target_en(waiver.target), " approved by ", waiver.approvedBy,
			" holds until ", waiver.expiresOn, ".",
		]),
	)
}

# _target_vi and _target_en name a waiver's target in words ("tài khoản bhxh-01"): a secret's target holds a
# JSON pointer, which belongs in the location, not in the sentence.
_target_vi(target) := "thông tin bí mật trong cấu hình" if startswith(target, "secret:")

else := concat(" ", [_target_words[_kind(target)].vi, _id(target)]) if _target_words[_kind(target)]

else := target

_target_en(target) := "a secret in the configuration" if startswith(target, "secret:")

else := concat(" ", [_target_words[_kind(target)].en, _id(target)]) if _target_words[_kind(target)]

else := target

_kind(target) := substring(target, 0, indexof(target, ":"))

_id(target) := substring(target, indexof(target, ":") + 1, -1)

_target_words := {
	"account": {"vi": "tài khoản", "en": "account"},
	"transfer": {"vi": "kênh", "en": "channel"},
	"staff": {"vi": "nhân viên", "en": "staff member"},
	"system": {"vi": "hệ thống", "en": "system"},
	"export": {"vi": "việc trích xuất", "en": "export"},
	"incident": {"vi": "sự cố", "en": "incident"},
	"regulation": {"vi": "quy chế", "en": "regulation"},
	"pharmacy": {"vi": "nhà thuốc", "en": "pharmacy"},
	"dossier": {"vi": "hồ sơ", "en": "dossier"},
}
