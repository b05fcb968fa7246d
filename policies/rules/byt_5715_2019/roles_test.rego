package kcb.rules.byt_5715_2019_roles_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_5715_2019

roles_good := fx.with_roles({})

# account_patch replaces account 0 (bhxh-gd) by its union with the patch.
account_patch(patch) := fx.with_roles({"accounts": [object.union(fx.hospital.accounts[0], patch), fx.hospital.accounts[1]]})

staff_patch(roles) := fx.with_roles({"staff": [object.union(fx.hospital.staff[0], {"roles": roles}), fx.hospital.staff[1]]})

fail_at(findings, target, pointer) if {
	some finding in findings
	finding.status == "fail"
	finding.target == target
	finding.pointer == pointer
}

test_no_catalogue_not_applicable if {
	# The compliant example has a roles catalogue: without it, every role rule says it does not apply.
	no_catalogue := fx.without(["roles"])
	fx.not_applicable(byt_5715_2019.portal_account_role_designated) with input as no_catalogue with data.params as fx.params
	fx.not_applicable(byt_5715_2019.portal_accounts_per_person_limited) with input as no_catalogue with data.params as fx.params
	fx.not_applicable(byt_5715_2019.privileged_permissions_approved) with input as no_catalogue with data.params as fx.params
	fx.not_applicable(byt_5715_2019.assignment_signer_may_delegate) with input as no_catalogue with data.params as fx.params
	fx.not_applicable(byt_5715_2019.incompatible_roles_separated) with input as no_catalogue with data.params as fx.params
}

test_roles_good_passes if {
	fx.only_pass(byt_5715_2019.portal_account_role_designated) with input as roles_good with data.params as fx.params
	fx.only_pass(byt_5715_2019.portal_accounts_per_person_limited) with input as roles_good with data.params as fx.params
	fx.only_pass(byt_5715_2019.privileged_permissions_approved) with input as roles_good with data.params as fx.params
	fx.only_pass(byt_5715_2019.assignment_signer_may_delegate) with input as roles_good with data.params as fx.params
	fx.only_pass(byt_5715_2019.incompatible_roles_separated) with input as roles_good with data.params as fx.params
}

test_holder_without_portal_role_fails if {
	findings := byt_5715_2019.portal_account_role_designated with input as staff_patch([]) with data.params as fx.params
	fail_at(findings, "account:bhxh-gd", "/accounts/0/holder")
}

test_second_portal_account_of_one_person_fails if {
	findings := byt_5715_2019.portal_accounts_per_person_limited with input as account_patch({"holder": "nv-002"})
		with data.params as fx.params
	fail_at(findings, "account:bhxh-it", "/accounts/1/holder")
	not fail_at(findings, "account:bhxh-gd", "/accounts/0/holder")
}

test_unapproved_privilege_fails_at_permission if {
	patch := {"permissions": ["submit_claims", "user_management"]}
	findings := byt_5715_2019.privileged_permissions_approved with input as account_patch(patch) with data.params as fx.params
	fail_at(findings, "account:bhxh-gd", "/accounts/0/permissions/1")
}

test_approved_privilege_passes if {
	patch := {"permissions": ["user_management"], "privilegeApproval": {"approvedOn": "2026-05-02", "by": "Lê Văn Minh"}}
	fx.only_pass(byt_5715_2019.privileged_permissions_approved) with input as account_patch(patch) with data.params as fx.params
}

test_signer_who_may_not_delegate_fails if {
	patch := {"assignment": object.union(fx.hospital.accounts[0].assignment, {"by": "Trần Văn Hùng"})}
	findings := byt_5715_2019.assignment_signer_may_delegate with input as account_patch(patch) with data.params as fx.params
	fail_at(findings, "account:bhxh-gd", "/accounts/0/assignment/by")
}

delegate_role := {"id": "delegate", "name": {"vi": "Phó giám đốc"}, "grants": [], "mayDelegate": true}

test_signer_with_delegating_role_passes if {
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

test_incompatible_pair_fails_at_role if {
	findings := byt_5715_2019.incompatible_roles_separated with input as staff_patch(["portal_admin", "claims_submitter"])
		with data.params as fx.params
	fail_at(findings, "staff:nv-001", "/staff/0/roles/1")
}
