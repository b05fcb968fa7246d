package kcb.rules.byt_5715_2019_roles_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_5715_2019

roles_good := fx.with_roles({})

# account_patch replaces account 0 (bhxh-gd) by its union with the patch.
account_patch(patch) := fx.with_roles({"accounts": [object.union(fx.hospital.accounts[0], patch), fx.hospital.accounts[1]]})

staff_patch(roles) := fx.with_roles({"staff": [object.union(fx.hospital.staff[0], {"roles": roles}), fx.hospital.staff[1]]})

test_na_role_rules_without_catalogue if {
	# The compliant example has a roles catalogue: without it, every role rule says it does not apply.
	no_catalogue := fx.without(["roles"])
	fx.not_applicable(byt_5715_2019.portal_account_role_designated) with input as no_catalogue with data.params as fx.params
	fx.not_applicable(byt_5715_2019.portal_accounts_per_person_limited) with input as no_catalogue with data.params as fx.params
	fx.not_applicable(byt_5715_2019.privileged_permissions_approved) with input as no_catalogue with data.params as fx.params
	fx.not_applicable(byt_5715_2019.assignment_signer_may_delegate) with input as no_catalogue with data.params as fx.params
	fx.not_applicable(byt_5715_2019.incompatible_roles_separated) with input as no_catalogue with data.params as fx.params
}

test_pass_role_rules_on_good_roles if {
	fx.only_pass(byt_5715_2019.portal_account_role_designated) with input as roles_good with data.params as fx.params
	fx.only_pass(byt_5715_2019.portal_accounts_per_person_limited) with input as roles_good with data.params as fx.params
	fx.only_pass(byt_5715_2019.privileged_permissions_approved) with input as roles_good with data.params as fx.params
	fx.only_pass(byt_5715_2019.assignment_signer_may_delegate) with input as roles_good with data.params as fx.params
	fx.only_pass(byt_5715_2019.incompatible_roles_separated) with input as roles_good with data.params as fx.params
}

test_fail_holder_without_portal_role if {
	findings := byt_5715_2019.portal_account_role_designated with input as staff_patch([]) with data.params as fx.params
	fx.fails_at(findings, "account:bhxh-gd", "/accounts/0/holder")
}

# claims_with_departments is the test catalogue with the claims officer's role designated for the departments.
claims_with_departments(departments) := [_with_departments(role, departments) | some role in fx.role_catalogue]

_with_departments(role, departments) := object.union(role, {"departments": departments}) if role.id == "claims_submitter"

else := role

test_fail_holder_outside_role_department if {
	# nv-001 works in Phòng Kế hoạch tổng hợp; the role that grants the portal belongs to accounting only.
	input_ := fx.with_roles({"roles": claims_with_departments(["Phòng Tài chính kế toán"])})
	findings := byt_5715_2019.portal_account_role_designated with input as input_ with data.params as fx.params
	fx.fails_at(findings, "account:bhxh-gd", "/staff/0/department")
	fx.fails_with(findings, "works in Phòng Kế hoạch tổng hợp, outside the departments of the roles granted on portal")
	not fx.fails_at(findings, "account:bhxh-it", "/staff/1/department")
}

test_pass_holder_in_one_of_role_departments if {
	input_ := fx.with_roles({"roles": claims_with_departments(["Phòng Tài chính kế toán", "Phòng Kế hoạch tổng hợp"])})
	fx.only_pass(byt_5715_2019.portal_account_role_designated) with input as input_ with data.params as fx.params
}

test_pass_holder_without_department if {
	# Where the holder names no department there is nothing to compare: the role alone decides.
	staff := [object.remove(fx.hospital.staff[0], ["department"]), fx.hospital.staff[1]]
	input_ := fx.with_roles({"roles": claims_with_departments(["Phòng Tài chính kế toán"]), "staff": [
		object.union(staff[0], {"roles": ["claims_submitter"]}),
		object.union(staff[1], {"roles": ["it_contact"]}),
	]})
	fx.only_pass(byt_5715_2019.portal_account_role_designated) with input as input_ with data.params as fx.params
}

test_pass_example_roles_in_their_departments if {
	# The compliant example's own catalogue names each role's departments, and each holder works in one.
	fx.only_pass(byt_5715_2019.portal_account_role_designated) with input as fx.good with data.params as fx.params
}

test_fail_second_portal_account_of_one_person if {
	findings := byt_5715_2019.portal_accounts_per_person_limited with input as account_patch({"holder": "nv-002"})
		with data.params as fx.params
	fx.fails_at(findings, "account:bhxh-it", "/accounts/1/holder")
	not fx.fails_at(findings, "account:bhxh-gd", "/accounts/0/holder")
}

test_fail_unapproved_privilege if {
	patch := {"permissions": ["submit_claims", "user_management"]}
	findings := byt_5715_2019.privileged_permissions_approved with input as account_patch(patch) with data.params as fx.params
	fx.fails_at(findings, "account:bhxh-gd", "/accounts/0/permissions/1")
}

test_pass_approved_privilege if {
	patch := {"permissions": ["user_management"], "privilegeApproval": {"approvedOn": "2026-05-02", "by": "Lê Văn Minh"}}
	fx.only_pass(byt_5715_2019.privileged_permissions_approved) with input as account_patch(patch) with data.params as fx.params
}

test_fail_signer_who_may_not_delegate if {
	patch := {"assignment": object.union(fx.hospital.accounts[0].assignment, {"by": "Trần Văn Hùng"})}
	findings := byt_5715_2019.assignment_signer_may_delegate with input as account_patch(patch) with data.params as fx.params
	fx.fails_at(findings, "account:bhxh-gd", "/accounts/0/assignment/by")
}

delegate_role := {"id": "delegate", "name": {"vi": "Phó giám đốc"}, "grants": [], "mayDelegate": true}

test_pass_signer_with_delegating_role if {
	patch := {"assignment": object.union(fx.hospital.accounts[0].assignment, {"by": "nv-001"})}
	input_ := fx.with_roles({
		"accounts": [object.union(fx.hospital.accounts[0], patch), fx.hospital.accounts[1]],
		"staff": [
			object.union(fx.hospital.staff[0], {"roles": ["claims_submitter", "delegate"]}),
			object.union(fx.hospital.staff[1], {"roles": ["it_contact"]}),
		],
		"roles": array.concat(fx.role_catalogue, [delegate_role]),
	})
	fx.only_pass(byt_5715_2019.assignment_signer_may_delegate) with input as input_ with data.params as fx.params
}

test_fail_incompatible_role_pair if {
	findings := byt_5715_2019.incompatible_roles_separated with input as staff_patch(["portal_admin", "claims_submitter"])
		with data.params as fx.params
	fx.fails_at(findings, "staff:nv-001", "/staff/0/roles/1")
}
