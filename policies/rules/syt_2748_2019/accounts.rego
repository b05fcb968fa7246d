# METADATA
# title: 2748/SYT-NVY — Thanh Hoá Department of Health, securing KCB information
# description: |
#   Thanh Hoá Department of Health letter 2748/SYT-NVY of 2019-10-07, implementing 5715/BYT-BH, addressed to
#   the health facilities of the province. It binds facilities in Thanh Hoá (province code 38) only.
# custom:
#   document: 2748/SYT-NVY
#   issuer: Sở Y tế Thanh Hoá
#   date: "2019-10-07"
#   subject: Chấn chỉnh việc bảo mật, an toàn thông tin khám bệnh, chữa bệnh
#   source: 001_0f2e280e53443418.txt
#   scope: province 38 (Thanh Hoá)
package kcb.rules.syt_2748_2019

import data.kcb.lib.dates
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.pointer
import data.kcb.lib.vi

_thanh_hoa_province := "38"

# bound: the letter is addressed to the health facilities (cơ sở khám bệnh, chữa bệnh) of Thanh Hoá province.
_bound if {
	facility.province == _thanh_hoa_province
	facility.is_kcb_facility
}

_not_bound := findings.not_applicable(
	"Công văn 2748/SYT-NVY chỉ áp dụng cho cơ sở trên địa bàn tỉnh Thanh Hoá (mã tỉnh 38).",
	"Letter 2748/SYT-NVY binds only facilities in Thanh Hoá province (code 38).",
) if {
	facility.province != _thanh_hoa_province
} else := findings.not_applicable(
	"Công văn 2748/SYT-NVY gửi các cơ sở khám bệnh, chữa bệnh; nhà thuốc độc lập không thuộc đối tượng.",
	"Letter 2748/SYT-NVY is addressed to health facilities; a stand-alone pharmacy is not one.",
)

# rotation_days is the password rotation period the facility's own regulation sets.
_rotation_days := min([regulation.passwordRotationDays |
	some regulation in facility.regulations_covering("password_rotation")
	regulation.passwordRotationDays
])

# METADATA
# scope: document
# title: The facility's regulation sets a password rotation period
# description: |
#   An internal regulation covering password rotation is on record and states a period in days no longer than
#   the profile's ceiling.
# custom:
#   title_vi: Quy chế của đơn vị quy định chu kỳ thay đổi mật khẩu
#   description_vi: >-
#     Có quy chế nội bộ về việc đổi mật khẩu, nêu thời hạn đổi (số ngày) không dài hơn mức tối đa của bộ tham số.
#   item: "2"
#   clause: >-
#     Định kỳ thay đổi mật khẩu theo Quy chế quản lý, khai thác sử dụng thông tin hoặc khi có sự thay đổi về nhân
#     sự được giao quản lý, sử dụng tài khoản.
#   severity: medium
#   assessment: evidence
#   evidence: [governance.regulations]
#   parameters: [passwordRotationMaxDays]
#   remediation:
#     vi: >-
#       Ban hành (hoặc sửa đổi) quy chế quản lý, khai thác thông tin quy định chu kỳ đổi mật khẩu (số ngày)
#       và ghi chu kỳ đó vào cấu hình.
#     en: >-
#       Issue (or amend) the information-use regulation so it sets a password rotation period in days,
#       and record that period.
regulation_sets_rotation_period contains _not_bound if not _bound

regulation_sets_rotation_period contains finding if {
	_bound
	not _rotation_days
	finding := findings.fail(
		"facility", "/governance",
		"Không có quy chế nào của đơn vị quy định chu kỳ thay đổi mật khẩu.",
		"No regulation of the facility sets a password rotation period.",
	)
}

regulation_sets_rotation_period contains finding if {
	_bound
	some i, regulation in object.get(facility.config, ["governance", "regulations"], [])
	"password_rotation" in regulation.covers
	regulation.passwordRotationDays
	finding := _rotation_period_finding(i, regulation)
}

_rotation_period_finding(i, regulation) := findings.fail(
	concat(":", ["regulation", regulation.id]),
	pointer.of(["governance", "regulations", i, "passwordRotationDays"]),
	concat("", [
		"Quy chế ", regulation.number, " cho phép ", format_int(regulation.passwordRotationDays, 10),
		" ngày mới đổi mật khẩu, dài hơn mức tối đa ", format_int(data.params.passwordRotationMaxDays, 10), " ngày.",
	]),
	concat("", [
		"Regulation ", regulation.number, " allows ", format_int(regulation.passwordRotationDays, 10),
		" days between password changes, more than the ", format_int(data.params.passwordRotationMaxDays, 10), "-day ceiling.",
	]),
) if {
	regulation.passwordRotationDays > data.params.passwordRotationMaxDays
} else := findings.pass(
	concat(":", ["regulation", regulation.id]),
	pointer.of(["governance", "regulations", i, "passwordRotationDays"]),
	concat("", [
		"Quy chế ", regulation.number, " quy định đổi mật khẩu mỗi ",
		format_int(regulation.passwordRotationDays, 10), " ngày.",
	]),
	concat("", [
		"Regulation ", regulation.number, " sets a ",
		format_int(regulation.passwordRotationDays, 10), "-day password rotation.",
	]),
)

# METADATA
# scope: document
# title: Account passwords are changed within the regulation's period
# description: |
#   On the evaluation date, the password of every active account was last changed no longer ago than the
#   rotation period the facility's regulation sets.
# custom:
#   title_vi: Mật khẩu tài khoản được thay đổi định kỳ theo quy chế
#   description_vi: >-
#     Vào ngày đánh giá, mật khẩu của mỗi tài khoản đang hoạt động được đổi lần gần nhất trong thời hạn mà quy chế của
#     cơ sở quy định.
#   item: "2"
#   clause: >-
#     Định kỳ thay đổi mật khẩu theo Quy chế quản lý, khai thác sử dụng thông tin
#   severity: high
#   assessment: automated
#   evidence: [accounts, governance.regulations]
#   remediation:
#     vi: Đổi mật khẩu các tài khoản quá hạn và ghi ngày đổi.
#     en: Change the password of overdue accounts and record the date.
password_rotated_on_time contains _not_bound if not _bound

password_rotated_on_time contains finding if {
	_bound
	not _rotation_days
	some i, account in facility.active_accounts
	finding := findings.fail(
		facility.account_target(account), facility.account_pointer(i),
		concat("", ["Không thể đánh giá tài khoản ", account.id, ": quy chế không quy định chu kỳ đổi mật khẩu."]),
		concat("", ["Account ", account.id, " cannot be assessed: no regulation sets a rotation period."]),
	)
}

password_rotated_on_time contains finding if {
	_bound
	_rotation_days
	some i, account in facility.active_accounts
	not account.passwordChangedOn
	finding := findings.fail(
		facility.account_target(account), facility.account_pointer(i),
		concat("", ["Tài khoản ", account.id, " không ghi ngày đổi mật khẩu gần nhất."]),
		concat("", ["Account ", account.id, " does not record when its password was last changed."]),
	)
}

password_rotated_on_time contains finding if {
	_bound
	_rotation_days
	some i, account in facility.active_accounts
	age := dates.age_in_days(account.passwordChangedOn)
	finding := _rotation_finding(i, account, age)
}

_rotation_finding(i, account, age) := findings.fail(
	facility.account_target(account),
	pointer.of(["accounts", i, "passwordChangedOn"]),
	concat("", [
		"Mật khẩu tài khoản ", account.id, " đã ", format_int(age, 10), " ngày chưa đổi (quy chế: ",
		format_int(_rotation_days, 10), " ngày).",
	]),
	concat("", [
		"The password of account ", account.id, " is ", format_int(age, 10), " days old (regulation: ",
		format_int(_rotation_days, 10), " days).",
	]),
) if {
	age > _rotation_days
} else := findings.pass(
	facility.account_target(account),
	pointer.of(["accounts", i, "passwordChangedOn"]),
	concat("", ["Mật khẩu tài khoản ", account.id, " được đổi cách đây ", format_int(age, 10), " ngày."]),
	concat("", ["The password of account ", account.id, " was changed ", format_int(age, 10), " days ago."]),
)

# METADATA
# scope: document
# title: Passwords are changed when the account holder changes
# description: |
#   For every active account, the password was changed on or after the day its current holder took it over
#   (the start of the current holder's period, or the assignment date).
# custom:
#   title_vi: Đổi mật khẩu khi thay đổi người được giao tài khoản
#   description_vi: >-
#     Với mỗi tài khoản đang hoạt động, mật khẩu được đổi vào hoặc sau ngày người giữ hiện tại nhận bàn giao (ngày bắt
#     đầu của người đang giữ, hoặc ngày quyết định giao).
#   item: "2"
#   clause: >-
#     hoặc khi có sự thay đổi về nhân sự được giao quản lý, sử dụng tài khoản.
#   severity: high
#   assessment: automated
#   evidence: [accounts]
#   remediation:
#     vi: Đổi mật khẩu ngay khi bàn giao tài khoản cho người khác và ghi ngày đổi.
#     en: Change the password as soon as the account is handed over to someone else, and record the date.
password_changed_on_handover contains _not_bound if not _bound

password_changed_on_handover contains finding if {
	_bound
	some i, account in facility.active_accounts
	took_over := _holder_since(account)
	finding := _handover_finding(i, account, took_over)
}

# holder_since is the day the current holder took the account over: the latest known start.
_holder_since(account) := max(starts) if {
	starts := [day |
		some day in array.concat(
			[period.from | some period in object.get(account, "holderHistory", []); not period.to],
			[object.get(account, ["assignment", "decidedOn"], "")],
		)
		day != ""
	]
	count(starts) > 0
}

_handover_finding(i, account, took_over) := findings.pass(
	facility.account_target(account),
	pointer.of(["accounts", i, "passwordChangedOn"]),
	concat("", ["Mật khẩu tài khoản ", account.id, " đã được đổi sau khi bàn giao ngày ", vi.date(took_over), "."]),
	concat("", ["The password of account ", account.id, " was changed after the handover on ", took_over, "."]),
) if {
	account.passwordChangedOn >= took_over
} else := findings.fail(
	facility.account_target(account),
	pointer.of(["accounts", i, "passwordChangedOn"]),
	concat("", [
		"Tài khoản ", account.id, " được bàn giao ngày ", vi.date(took_over),
		" nhưng mật khẩu chưa được đổi từ đó (lần đổi gần nhất: ",
		vi.date(object.get(account, "passwordChangedOn", "chưa ghi nhận")), ").",
	]),
	concat("", [
		"Account ", account.id, " was handed over on ", took_over,
		" but its password has not been changed since (last change: ", object.get(account, "passwordChangedOn", "not recorded"), ").",
	]),
)
