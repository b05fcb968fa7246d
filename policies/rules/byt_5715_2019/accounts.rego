# METADATA
# title: 5715/BYT-BH — securing KCB BHYT information (portal accounts)
# description: |
#   Ministry of Health letter 5715/BYT-BH of 2019-09-27, as reported by the Ministry's news
#   ("Tăng bảo mật thông tin khám, chữa bệnh bảo hiểm y tế"): facilities leaked the accounts BHXH issued
#   for the data-receiving portal; one account made over a million requests a day.
# custom:
#   document: 5715/BYT-BH
#   issuer: Bộ Y tế
#   date: "2019-09-27"
#   subject: Chấn chỉnh việc bảo mật, an toàn thông tin khám bệnh, chữa bệnh BHYT
#   source: 003_4cef28d2dae48cd3.txt
#   scope: national
package kcb.rules.byt_5715_2019

import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.pointer

# METADATA
# scope: document
# title: Each BHXH portal account has one assigned holder
# description: |
#   Every active account on the BHXH data-receiving portal names exactly one holder, that holder is a
#   staff member on record, and the assignment is recorded by a decision (number and date).
# custom:
#   title_vi: Mỗi tài khoản Cổng tiếp nhận dữ liệu có đúng một người được giao, có quyết định giao
#   description_vi: >-
#     Mỗi tài khoản Cổng tiếp nhận dữ liệu đang hoạt động có đúng một người giữ, người đó có trong danh sách nhân
#     viên, và việc giao có quyết định (số, ngày).
#   item: "¶3"
#   clause: >-
#     Đặc biệt, các đơn vị cần rà soát lại việc ủy quyền, phân cấp, phân quyền cho các cá nhân, khoa, phòng liên
#     quan trong việc quản lý, sử dụng tài khoản mà BHXH Việt Nam đã cung cấp. Tuyệt đối không được để lộ thông tin
#     tài khoản cho các cá nhân, đơn vị không được giao nhiệm vụ.
#   severity: high
#   assessment: evidence
#   evidence: [accounts, staff, systems]
#   remediation:
#     vi: >-
#       Giao mỗi tài khoản Cổng tiếp nhận dữ liệu cho đúng một nhân viên bằng quyết định (số, ngày, người ký)
#       và ghi vào cấu hình.
#     en: Assign each BHXH portal account to exactly one staff member by a decision (number, date, signer) and record it.
portal_account_holder_assigned contains finding if {
	not facility.has_bhyt_contract
	finding := findings.not_applicable(
		"Cơ sở không có hợp đồng KCB BHYT nên không có tài khoản Cổng tiếp nhận dữ liệu.",
		"The facility has no BHYT contract, so it holds no BHXH portal account.",
	)
}

portal_account_holder_assigned contains finding if {
	facility.has_bhyt_contract
	count(facility.portal_accounts) == 0
	finding := findings.fail(
		"facility", "/accounts",
		"Cơ sở có hợp đồng KCB BHYT nhưng cấu hình không liệt kê tài khoản Cổng tiếp nhận dữ liệu nào.",
		"The facility has a BHYT contract but the configuration lists no BHXH portal account.",
	)
}

portal_account_holder_assigned contains finding if {
	facility.has_bhyt_contract
	some i, account in facility.portal_accounts
	some problem in _assignment_problems(i)
	finding := findings.fail(facility.account_target(account), problem.pointer, problem.vi, problem.en)
}

portal_account_holder_assigned contains finding if {
	facility.has_bhyt_contract
	some i, account in facility.portal_accounts
	count(_assignment_problems(i)) == 0
	finding := findings.pass(
		facility.account_target(account), pointer.of(["accounts", i, "holder"]),
		concat("", [
			"Tài khoản ", account.id, " được giao cho ", account.holder,
			" theo quyết định ", account.assignment.decision, ".",
		]),
		concat("", ["Account ", account.id, " is assigned to ", account.holder, " by decision ", account.assignment.decision, "."]),
	)
}

_assignment_problems(i) := {problem | some problem in _assignment_problem; problem.index == i}

_assignment_problem contains problem if {
	some i, account in facility.portal_accounts
	not account.holder
	problem := {
		"index": i,
		"pointer": facility.account_pointer(i),
		"vi": concat("", ["Tài khoản ", account.id, " không ghi người được giao quản lý, sử dụng."]),
		"en": concat("", ["Account ", account.id, " names no holder."]),
	}
}

_assignment_problem contains problem if {
	some i, account in facility.portal_accounts
	account.holder
	not facility.staff_by_id[account.holder]
	problem := {
		"index": i,
		"pointer": pointer.of(["accounts", i, "holder"]),
		"vi": concat("", ["Người giữ tài khoản ", account.id, " (", account.holder, ") không có trong danh sách nhân viên."]),
		"en": concat("", ["The holder of account ", account.id, " (", account.holder, ") is not on the staff list."]),
	}
}

_assignment_problem contains problem if {
	some i, account in facility.portal_accounts
	not account.assignment.decision
	problem := {
		"index": i,
		"pointer": facility.account_pointer(i),
		"vi": concat("", ["Tài khoản ", account.id, " không có quyết định giao (số, ngày)."]),
		"en": concat("", ["Account ", account.id, " has no recorded assignment decision (number, date)."]),
	}
}

_assignment_problem contains problem if {
	some i, account in facility.portal_accounts
	open_periods := [period | some period in object.get(account, "holderHistory", []); not period.to]
	count(open_periods) > 1
	problem := {
		"index": i,
		"pointer": pointer.of(["accounts", i, "holderHistory"]),
		"vi": concat("", ["Tài khoản ", account.id, " đang có nhiều hơn một người sử dụng (dùng chung)."]),
		"en": concat("", ["Account ", account.id, " has more than one current holder (shared account)."]),
	}
}

# METADATA
# scope: document
# title: No BHXH portal account is held by staff who left or moved
# description: |
#   The holder of every active portal account is still in post: staff whose status is left or transferred
#   no longer hold a duty that entitles them to the account.
# custom:
#   title_vi: Không để nhân viên đã nghỉ việc hoặc chuyển công tác giữ tài khoản Cổng tiếp nhận dữ liệu
#   description_vi: >-
#     Người giữ mỗi tài khoản Cổng tiếp nhận dữ liệu đang hoạt động vẫn còn công tác tại đơn vị: nhân viên đã nghỉ
#     việc hoặc chuyển công tác không còn nhiệm vụ để giữ tài khoản.
#   item: "¶3"
#   clause: >-
#     Tuyệt đối không được để lộ thông tin tài khoản cho các cá nhân, đơn vị không được giao nhiệm vụ.
#   severity: high
#   assessment: automated
#   evidence: [accounts, staff]
#   remediation:
#     vi: >-
#       Thu hồi hoặc giao lại tài khoản cho nhân viên đang công tác, đổi mật khẩu ngay khi người giữ nghỉ việc
#       hoặc chuyển công tác.
#     en: Reassign the account to a serving staff member and change its password as soon as the holder leaves or moves.
portal_account_holder_in_post contains finding if {
	not facility.has_bhyt_contract
	finding := findings.not_applicable(
		"Cơ sở không có hợp đồng KCB BHYT nên không có tài khoản Cổng tiếp nhận dữ liệu.",
		"The facility has no BHYT contract, so it holds no BHXH portal account.",
	)
}

portal_account_holder_in_post contains finding if {
	facility.has_bhyt_contract
	some i, account in facility.portal_accounts
	holder := facility.staff_by_id[account.holder]
	holder.status != "active"
	finding := findings.fail(
		facility.account_target(account), pointer.of(["accounts", i, "holder"]),
		concat("", ["Tài khoản ", account.id, " vẫn do ", holder.name, " giữ dù người này đã ", _status_vi[holder.status], "."]),
		concat("", ["Account ", account.id, " is still held by ", holder.name, ", whose status is ", holder.status, "."]),
	)
}

portal_account_holder_in_post contains finding if {
	facility.has_bhyt_contract
	some i, account in facility.portal_accounts
	holder := facility.staff_by_id[account.holder]
	holder.status == "active"
	finding := findings.pass(
		facility.account_target(account), pointer.of(["accounts", i, "holder"]),
		concat("", ["Người giữ tài khoản ", account.id, " đang công tác tại đơn vị."]),
		concat("", ["The holder of account ", account.id, " is serving staff."]),
	)
}

_status_vi := {"left": "nghỉ việc", "transferred": "chuyển công tác"}
