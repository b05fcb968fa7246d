package kcb.rules.byt_5715_2019

import data.kcb.lib.applicability
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.pointer

_holder(account) := facility.staff_by_id[account.holder]

_holder_pointer(i) := pointer.of(["accounts", i, "holder"])

_staff_index[person.id] := i if some i, person in facility.config.staff

# _designated: one of the person's roles grants the system and, where the role names its departments and the
# person names one, belongs to the person's department.
_designated(person, system) if {
	some role_id in _portal_roles(person, system)
	_in_role_department(person, role_id)
}

_portal_roles(person, system) := {role_id |
	some role_id in object.get(person, "roles", [])
	some grant in facility.role_grants(role_id)
	grant.system == system
}

_in_role_department(_, role_id) if count(facility.role_departments(role_id)) == 0

_in_role_department(person, _) if not person.department

_in_role_department(person, role_id) if person.department in facility.role_departments(role_id)

# _portal_roles_text: "claims_submitter: Phòng Kế hoạch tổng hợp; …", the roles granting the system and their departments.
_portal_roles_text(person, system) := concat("; ", [text |
	some role_id in _portal_roles(person, system)
	text := concat(": ", [role_id, concat(", ", sort(facility.role_departments(role_id)))])
])

# _applies: the facility has portal accounts to judge and a roles catalogue to judge them by.
_applies if {
	facility.has_bhyt_contract
	facility.has_role_catalogue
}

_not_applicable contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

_not_applicable contains applicability.no_role_catalogue if {
	facility.has_bhyt_contract
	not facility.has_role_catalogue
}

# METADATA
# scope: document
# title: BHXH portal accounts are held only by staff of a role and department designated for them
# description: |
#   With a roles catalogue, the holder of every active portal account holds a role whose grants include the
#   portal system; where that role names its departments and the holder's record names a department, the
#   holder's department is among them. The letter asks for a review of the delegation
#   and permissions given to individuals and departments (cá nhân, khoa, phòng) for the accounts; it names no
#   department: which departments a role belongs to is the facility's own designation in its catalogue. Without
#   a catalogue the rule is not applicable.
# custom:
#   title_vi: Tài khoản Cổng tiếp nhận dữ liệu chỉ giao cho người có vai trò, thuộc khoa, phòng được giao nhiệm vụ
#   description_vi: >-
#     Khi có danh mục vai trò, người giữ mỗi tài khoản Cổng tiếp nhận dữ liệu đang hoạt động có một vai trò được
#     cấp quyền trên Cổng; nếu vai trò đó ghi các khoa, phòng của mình và hồ sơ người giữ ghi khoa, phòng thì khoa,
#     phòng của người giữ phải nằm trong số đó. Công văn yêu cầu rà soát việc uỷ
#     quyền, phân quyền cho các cá nhân, khoa, phòng trong việc sử dụng tài khoản, không nêu tên khoa, phòng nào: vai
#     trò thuộc khoa, phòng nào là do cơ sở tự quy định trong danh mục. Chưa có danh mục vai trò thì quy tắc không áp
#     dụng.
#   item: "¶3"
#   clause: >-
#     Đặc biệt, các đơn vị cần rà soát lại việc ủy quyền, phân cấp, phân quyền cho các cá nhân, khoa, phòng liên
#     quan trong việc quản lý, sử dụng tài khoản mà BHXH Việt Nam đã cung cấp. Tuyệt đối không được để lộ thông tin
#     tài khoản cho các cá nhân, đơn vị không được giao nhiệm vụ.
#   severity: high
#   assessment: automated
#   evidence: [roles, staff, accounts]
#   remediation:
#     vi: >-
#       Chỉ giao tài khoản Cổng tiếp nhận dữ liệu cho nhân viên có vai trò được cấp quyền trên Cổng và làm việc ở
#       khoa, phòng của vai trò đó (nếu vai trò có khai báo khoa, phòng), hoặc thu hồi tài khoản.
#     en: >-
#       Give portal accounts only to staff whose role grants the portal and who work in a department of that role
#       (where the role names departments), or withdraw the account.
portal_account_role_designated contains finding if {
	some finding in _not_applicable
}

portal_account_role_designated contains finding if {
	_applies
	some i, account in facility.portal_accounts
	person := _holder(account)
	_designated(person, account.system)
	finding := findings.pass(
		facility.account_target(account), _holder_pointer(i),
		concat("", ["Người giữ tài khoản ", account.id, " (", person.id, ") có vai trò được cấp quyền trên ", account.system, "."]),
		concat("", ["The holder of account ", account.id, " (", person.id, ") holds a role granted on ", account.system, "."]),
	)
}

portal_account_role_designated contains finding if {
	_applies
	some i, account in facility.portal_accounts
	person := _holder(account)
	not facility.role_grants_system(person, account.system)
	finding := findings.fail(
		facility.account_target(account), _holder_pointer(i),
		concat("", [
			"Người giữ tài khoản ", account.id, " (", person.id, ") không có vai trò nào được cấp quyền trên ",
			account.system, " (staff[].roles, roles[].grants).",
		]),
		concat("", [
			"The holder of account ", account.id, " (", person.id, ") holds no role granted on ", account.system,
			" (staff[].roles, roles[].grants).",
		]),
	)
}

portal_account_role_designated contains finding if {
	_applies
	some i, account in facility.portal_accounts
	person := _holder(account)
	facility.role_grants_system(person, account.system)
	not _designated(person, account.system)
	roles := _portal_roles_text(person, account.system)
	finding := findings.fail(
		facility.account_target(account), concat("", [facility.staff_pointer(_staff_index[person.id]), "/department"]),
		concat("", [
			"Người giữ tài khoản ", account.id, " (", person.id, ") thuộc ", person.department,
			", không phải khoa, phòng của vai trò được cấp quyền trên ", account.system, " mà người này giữ (", roles, ").",
		]),
		concat("", [
			"The holder of account ", account.id, " (", person.id, ") works in ", person.department,
			", outside the departments of the roles granted on ", account.system, " they hold (", roles, ").",
		]),
	)
}

portal_account_role_designated contains finding if {
	_applies
	some i, account in facility.portal_accounts
	not _holder(account)
	finding := findings.fail(
		facility.account_target(account), _holder_pointer(i),
		concat("", ["Tài khoản ", account.id, " không có người giữ trong danh sách nhân viên để đối chiếu vai trò."]),
		concat("", ["Account ", account.id, " has no holder on the staff list whose roles could be checked."]),
	)
}

_portal_accounts_of(holder) := [i |
	some i, account in facility.portal_accounts
	account.holder == holder
]

# METADATA
# scope: document
# title: No person holds more BHXH portal accounts than the profile allows
# description: |
#   With a roles catalogue, no staff member holds more active portal accounts than the profile allows;
#   each account beyond the limit fails at its holder field. Without a catalogue the rule is not applicable.
# custom:
#   title_vi: Mỗi người không giữ quá số tài khoản Cổng tiếp nhận dữ liệu cho phép
#   description_vi: >-
#     Khi có danh mục vai trò, không nhân viên nào giữ nhiều tài khoản Cổng tiếp nhận dữ liệu đang hoạt động hơn
#     số bộ tham số cho phép; mỗi tài khoản vượt mức là một phát hiện tại người giữ. Chưa có danh mục vai trò
#     thì quy tắc không áp dụng.
#   item: "¶3"
#   clause: >-
#     Đặc biệt, các đơn vị cần rà soát lại việc ủy quyền, phân cấp, phân quyền cho các cá nhân, khoa, phòng liên
#     quan trong việc quản lý, sử dụng tài khoản mà BHXH Việt Nam đã cung cấp.
#   severity: medium
#   assessment: automated
#   evidence: [roles, accounts]
#   parameters: [portalAccountsPerPersonMax]
#   remediation:
#     vi: Thu hồi các tài khoản Cổng tiếp nhận dữ liệu vượt số lượng cho phép mà một người đang giữ.
#     en: Withdraw the portal accounts one person holds beyond the allowed number.
portal_accounts_per_person_limited contains finding if {
	some finding in _not_applicable
}

portal_accounts_per_person_limited contains finding if {
	_applies
	some holder in {account.holder | some account in facility.portal_accounts}
	indexes := _portal_accounts_of(holder)
	count(indexes) <= data.params.portalAccountsPerPersonMax
	finding := findings.pass(
		concat(":", ["staff", holder]), _holder_pointer(indexes[0]),
		concat("", [holder, " giữ ", format_int(count(indexes), 10), " tài khoản Cổng tiếp nhận dữ liệu (tối đa ", _limit_text, ")."]),
		concat("", [holder, " holds ", format_int(count(indexes), 10), " portal account(s) (at most ", _limit_text, ")."]),
	)
}

portal_accounts_per_person_limited contains finding if {
	_applies
	some holder in {account.holder | some account in facility.portal_accounts}
	indexes := _portal_accounts_of(holder)
	some n, i in indexes
	n >= data.params.portalAccountsPerPersonMax
	finding := findings.fail(
		facility.account_target(facility.portal_accounts[i]), _holder_pointer(i),
		concat("", [
			holder, " giữ ", format_int(count(indexes), 10), " tài khoản Cổng tiếp nhận dữ liệu, vượt mức ",
			_limit_text, "; tài khoản ", facility.portal_accounts[i].id, " là tài khoản vượt mức.",
		]),
		concat("", [
			holder, " holds ", format_int(count(indexes), 10), " portal accounts, above the limit of ",
			_limit_text, "; account ", facility.portal_accounts[i].id, " is beyond it.",
		]),
	)
}

_limit_text := format_int(data.params.portalAccountsPerPersonMax, 10)

_privileged(account) := [j |
	some j, permission in object.get(account, "permissions", [])
	permission in data.params.privilegedPermissions
]

_privilege_pointer(i, j) := pointer.of(["accounts", i, "permissions", j])

# METADATA
# scope: document
# title: Privileged permissions are held by named staff and approved
# description: |
#   With a roles catalogue, every active account holding a permission the profile lists as privileged
#   (administration, user management) names a holder on the staff list and records its approval (date and
#   approver). Without a catalogue the rule is not applicable.
# custom:
#   title_vi: Quyền quản trị, quản lý người dùng được giao đích danh và được phê duyệt
#   description_vi: >-
#     Khi có danh mục vai trò, mỗi tài khoản đang hoạt động mang quyền đặc quyền mà bộ tham số liệt kê (quản trị,
#     quản lý người dùng) có người giữ trong danh sách nhân sự và ghi nhận việc phê duyệt (ngày, người phê duyệt).
#     Chưa có danh mục vai trò thì quy tắc không áp dụng.
#   item: "¶3"
#   clause: >-
#     Đặc biệt, các đơn vị cần rà soát lại việc ủy quyền, phân cấp, phân quyền cho các cá nhân, khoa, phòng liên
#     quan trong việc quản lý, sử dụng tài khoản mà BHXH Việt Nam đã cung cấp.
#   severity: high
#   assessment: automated
#   evidence: [roles, accounts, staff]
#   parameters: [privilegedPermissions]
#   remediation:
#     vi: Giao quyền quản trị, quản lý người dùng cho người đích danh và ghi việc phê duyệt, hoặc thu hồi quyền.
#     en: >-
#       Give administration and user-management permissions to named staff and record the approval, or withdraw
#       them.
privileged_permissions_approved contains applicability.no_role_catalogue if not facility.has_role_catalogue

privileged_permissions_approved contains finding if {
	facility.has_role_catalogue
	some i, account in facility.active_accounts
	some j in _privileged(account)
	_holder(account)
	account.privilegeApproval
	finding := findings.pass(
		facility.account_target(account), _privilege_pointer(i, j),
		concat("", [
			"Quyền ", account.permissions[j], " của tài khoản ", account.id, " được giao cho ", account.holder,
			", phê duyệt bởi ", account.privilegeApproval.by, ".",
		]),
		concat("", [
			"Permission ", account.permissions[j], " of account ", account.id, " is held by ", account.holder,
			", approved by ", account.privilegeApproval.by, ".",
		]),
	)
}

privileged_permissions_approved contains finding if {
	facility.has_role_catalogue
	some i, account in facility.active_accounts
	some j in _privileged(account)
	not _holder(account)
	finding := findings.fail(
		facility.account_target(account), _privilege_pointer(i, j),
		concat("", ["Quyền đặc quyền ", account.permissions[j], " của tài khoản ", account.id, " không giao cho nhân viên đích danh."]),
		concat("", [
			"Privileged permission ", account.permissions[j], " of account ", account.id,
			" is not held by a named staff member.",
		]),
	)
}

privileged_permissions_approved contains finding if {
	facility.has_role_catalogue
	some i, account in facility.active_accounts
	some j in _privileged(account)
	_holder(account)
	not account.privilegeApproval
	finding := findings.fail(
		facility.account_target(account), _privilege_pointer(i, j),
		concat("", [
			"Quyền đặc quyền ", account.permissions[j], " của tài khoản ", account.id,
			" không có phê duyệt.",
		]),
		concat("", [
			"Privileged permission ", account.permissions[j], " of account ", account.id,
			" has no recorded approval.",
		]),
	)
}

privileged_permissions_approved contains finding if {
	facility.has_role_catalogue
	every account in facility.active_accounts {
		count(_privileged(account)) == 0
	}
	finding := findings.pass(
		"facility", "/accounts",
		"Không tài khoản nào giữ quyền quản trị hay quản lý người dùng.",
		"No account holds an administration or user-management permission.",
	)
}

# _may_delegate: the signer is the head of unit, or a staff member (by id or name) holding a role that may delegate.
_may_delegate(signer) if signer == facility.head_name

_may_delegate(signer) if {
	some person in object.get(facility.config, "staff", [])
	signer in {person.id, person.name}
	person.status == "active"
	some role_id in object.get(person, "roles", [])
	facility.role_may_delegate(role_id)
}

# METADATA
# scope: document
# title: BHXH portal account assignments are signed by someone who may delegate
# description: |
#   With a roles catalogue, the signer of every active portal account's assignment is the head of unit or an
#   active staff member holding a role that may delegate. Without a catalogue the rule is not
#   applicable.
# custom:
#   title_vi: Quyết định giao tài khoản Cổng tiếp nhận dữ liệu do người có thẩm quyền uỷ quyền ký
#   description_vi: >-
#     Khi có danh mục vai trò, người ký quyết định giao mỗi tài khoản Cổng tiếp nhận dữ liệu đang hoạt động là thủ
#     trưởng đơn vị hoặc nhân viên đang công tác giữ vai trò được phép uỷ quyền. Chưa có danh mục vai trò thì quy
#     tắc không áp dụng.
#   item: "¶3"
#   clause: >-
#     Đặc biệt, các đơn vị cần rà soát lại việc ủy quyền, phân cấp, phân quyền cho các cá nhân, khoa, phòng liên
#     quan trong việc quản lý, sử dụng tài khoản mà BHXH Việt Nam đã cung cấp.
#   severity: high
#   assessment: automated
#   evidence: [roles, staff, accounts]
#   remediation:
#     vi: Để Thủ trưởng đơn vị hoặc người có vai trò được uỷ quyền ký lại quyết định giao tài khoản.
#     en: Have the head of unit or a holder of a role that may delegate sign the assignment again.
assignment_signer_may_delegate contains finding if {
	some finding in _not_applicable
}

assignment_signer_may_delegate contains finding if {
	_applies
	some i, account in facility.portal_accounts
	_may_delegate(account.assignment.by)
	finding := findings.pass(
		facility.account_target(account), pointer.of(["accounts", i, "assignment", "by"]),
		concat("", ["Quyết định giao tài khoản ", account.id, " do ", account.assignment.by, " ký, là người có thẩm quyền giao."]),
		concat("", ["The assignment of account ", account.id, " is signed by ", account.assignment.by, ", who may delegate."]),
	)
}

assignment_signer_may_delegate contains finding if {
	_applies
	some i, account in facility.portal_accounts
	account.assignment.by
	not _may_delegate(account.assignment.by)
	finding := findings.fail(
		facility.account_target(account), pointer.of(["accounts", i, "assignment", "by"]),
		concat("", [
			"Quyết định giao tài khoản ", account.id, " do ", account.assignment.by,
			" ký, không phải Thủ trưởng đơn vị hay người có vai trò được uỷ quyền.",
		]),
		concat("", [
			"The assignment of account ", account.id, " is signed by ", account.assignment.by,
			", neither the head of unit nor an active holder of a role that may delegate.",
		]),
	)
}

assignment_signer_may_delegate contains finding if {
	_applies
	some i, account in facility.portal_accounts
	not account.assignment.by
	finding := findings.fail(
		facility.account_target(account), facility.account_pointer(i),
		concat("", ["Quyết định giao tài khoản ", account.id, " không ghi người ký."]),
		concat("", ["The assignment of account ", account.id, " names no signer."]),
	)
}

_conflict(person) := [[j, pair] |
	some pair in data.params.incompatibleRolePairs
	pair[0] in object.get(person, "roles", [])
	some j, role_id in person.roles
	role_id == pair[1]
]

# METADATA
# scope: document
# title: No one holds two incompatible roles
# description: |
#   With a roles catalogue, no active staff member holds both roles of a pair the profile lists as incompatible (e.g.
#   managing the portal accounts and submitting claims with them). Without a catalogue the rule is not applicable.
# custom:
#   title_vi: Không một người kiêm nhiệm hai vai trò không được kiêm nhiệm
#   description_vi: >-
#     Khi có danh mục vai trò, không nhân viên nào đang công tác giữ cả hai vai trò của một cặp mà bộ tham số liệt kê
#     là không được kiêm nhiệm (ví dụ quản lý tài khoản Cổng và dùng chính tài khoản đó gửi hồ sơ đề nghị thanh
#     toán). Chưa có danh mục vai trò thì quy tắc không áp dụng.
#   item: "¶3"
#   clause: >-
#     Đặc biệt, các đơn vị cần rà soát lại việc ủy quyền, phân cấp, phân quyền cho các cá nhân, khoa, phòng liên
#     quan trong việc quản lý, sử dụng tài khoản mà BHXH Việt Nam đã cung cấp.
#   severity: medium
#   assessment: automated
#   evidence: [roles, staff]
#   parameters: [incompatibleRolePairs]
#   remediation:
#     vi: Giao một trong hai vai trò không được kiêm nhiệm cho người khác.
#     en: Give one of the two incompatible roles to someone else.
incompatible_roles_separated contains applicability.no_role_catalogue if not facility.has_role_catalogue

incompatible_roles_separated contains finding if {
	facility.has_role_catalogue
	some i, person in facility.config.staff
	person.status == "active"
	count(object.get(person, "roles", [])) > 0
	count(_conflict(person)) == 0
	finding := findings.pass(
		facility.staff_target(person), pointer.of(["staff", i, "roles"]),
		concat("", [person.id, " không kiêm nhiệm hai vai trò không được kiêm nhiệm."]),
		concat("", [person.id, " holds no incompatible pair of roles."]),
	)
}

incompatible_roles_separated contains finding if {
	facility.has_role_catalogue
	some i, person in facility.config.staff
	person.status == "active"
	some conflict in _conflict(person)
	finding := findings.fail(
		facility.staff_target(person), pointer.of(["staff", i, "roles", conflict[0]]),
		concat("", [person.id, " giữ cả vai trò ", conflict[1][0], " và ", conflict[1][1], ", là hai vai trò không được kiêm nhiệm."]),
		concat("", [person.id, " holds both ", conflict[1][0], " and ", conflict[1][1], ", an incompatible pair of roles."]),
	)
}
