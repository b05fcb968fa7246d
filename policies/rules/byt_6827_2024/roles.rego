package kcb.rules.byt_6827_2024

import data.kcb.lib.applicability
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.pointer

_excess(account) := [j |
	some j, permission in object.get(account, "permissions", [])
	not permission in facility.allowed_permissions(facility.staff_by_id[account.holder], account.system)
]

# METADATA
# scope: document
# title: Every account's permissions are within its holder's roles (least privilege)
# description: |
#   With a roles catalogue, every permission of every active account is one that a role of its holder may hold
#   on that system; each permission beyond them fails at the permission. Roles given to
#   staff must be in the catalogue. Without a catalogue the rule is not applicable.
# custom:
#   title_vi: Quyền của mỗi tài khoản nằm trong vai trò của người giữ (quyền tối thiểu)
#   description_vi: >-
#     Khi có danh mục vai trò, mỗi quyền của mỗi tài khoản đang hoạt động là quyền mà một vai trò của người giữ
#     được cấp trên hệ thống đó; quyền vượt phạm vi là một phát hiện tại quyền đó. Vai trò giao cho
#     nhân viên phải có trong danh mục. Chưa có danh mục vai trò thì quy tắc không áp dụng.
#   item: "1"
#   clause: >-
#     Triển khai các biện pháp kỹ thuật và quy trình nhằm quản lý, đảm bảo quyền của người bệnh được giữ bí mật
#     thông tin trong hồ sơ bệnh án và thông tin khác về đời tư mà người bệnh đã cung cấp cho người hành nghề
#     trong quá trình khám bệnh, chữa bệnh.
#   severity: high
#   assessment: automated
#   evidence: [roles, staff, accounts]
#   remediation:
#     vi: Thu hồi các quyền vượt vai trò của người giữ tài khoản, hoặc bổ sung vai trò phù hợp vào danh mục vai trò.
#     en: Withdraw permissions beyond the holder's roles, or record a role that grants them in the role catalogue.
account_permissions_within_roles contains applicability.no_role_catalogue if not facility.has_role_catalogue

account_permissions_within_roles contains finding if {
	facility.has_role_catalogue
	some i, account in facility.active_accounts
	facility.staff_by_id[account.holder]
	count(_excess(account)) == 0
	finding := findings.pass(
		facility.account_target(account), pointer.of(["accounts", i, "permissions"]),
		concat("", ["Mọi quyền của tài khoản ", account.id, " nằm trong vai trò của ", account.holder, "."]),
		concat("", ["Every permission of account ", account.id, " is within the roles of ", account.holder, "."]),
	)
}

account_permissions_within_roles contains finding if {
	facility.has_role_catalogue
	some i, account in facility.active_accounts
	some j in _excess(account)
	finding := findings.fail(
		facility.account_target(account), pointer.of(["accounts", i, "permissions", j]),
		concat("", [
			"Quyền ", account.permissions[j], " của tài khoản ", account.id, " không thuộc vai trò nào của ",
			account.holder, " trên hệ thống ", account.system, ".",
		]),
		concat("", [
			"Permission ", account.permissions[j], " of account ", account.id, " is not granted on ", account.system,
			" by any role of ", account.holder, ".",
		]),
	)
}

account_permissions_within_roles contains finding if {
	facility.has_role_catalogue
	some i, account in facility.active_accounts
	not facility.staff_by_id[account.holder]
	finding := findings.fail(
		facility.account_target(account), pointer.of(["accounts", i, "holder"]),
		concat("", ["Tài khoản ", account.id, " không có người giữ trong danh sách nhân viên để đối chiếu quyền."]),
		concat("", ["Account ", account.id, " has no holder on the staff list to judge its permissions against."]),
	)
}

account_permissions_within_roles contains finding if {
	facility.has_role_catalogue
	some i, person in facility.config.staff
	some k, role_id in object.get(person, "roles", [])
	not role_id in facility.role_ids
	finding := findings.fail(
		facility.staff_target(person), pointer.of(["staff", i, "roles", k]),
		concat("", ["Vai trò ", role_id, " của ", person.id, " không có trong danh mục vai trò."]),
		concat("", ["Role ", role_id, " of ", person.id, " is not in the roles catalogue."]),
	)
}
