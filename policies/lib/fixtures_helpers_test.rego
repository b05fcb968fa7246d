# Assertions and input builders shared by the rule tests; the input data itself is generated into
# fixtures_test.rego from the compliant example (scripts/generate-rego-fixtures.mjs).
package kcb.lib.fixtures_test

good := {"asOf": as_of, "secrets": [], "config": hospital}

# with_config is the good input with parts of the config replaced (objects merge, other values replace).
with_config(patch) := {"asOf": as_of, "secrets": [], "config": object.union(hospital, patch)}

# without is the good input with the config paths removed (e.g. "incidents", "governance/permissionReviews").
without(paths) := {"asOf": as_of, "secrets": [], "config": json.remove(hospital, paths)}

statuses(findings) := {finding.status | some finding in findings}

# only_pass: the rule emitted findings and every one passes.
only_pass(findings) if {
	count(findings) > 0
	statuses(findings) == {"pass"}
}

# fails_with: a failing finding whose English message contains the text.
fails_with(findings, text) if {
	some finding in findings
	finding.status == "fail"
	contains(finding.message.en, text)
}

not_applicable(findings) if statuses(findings) == {"not_applicable"}

# fails_at: a failing finding for this target at this pointer (the pointer is what the user sees as file:line).
fails_at(findings, target, pointer) if {
	some finding in findings
	finding.status == "fail"
	finding.target == target
	finding.pointer == pointer
}

# A roles catalogue for the role rules' tests (the compliant example has its own; tests patch this one).
role_catalogue := [
	{
		"id": "claims_submitter", "name": {"vi": "Giám định BHYT"},
		"grants": [{"system": "portal", "permissions": ["submit_claims", "view_feedback"]}],
	},
	{"id": "it_contact", "name": {"vi": "Đầu mối kỹ thuật"}, "grants": [{"system": "portal", "permissions": ["technical_contact"]}]},
	{
		"id": "portal_admin", "name": {"vi": "Quản trị tài khoản Cổng"}, "mayDelegate": true,
		"grants": [{"system": "portal", "permissions": ["user_management"]}],
	},
]

staff_roles := {"nv-001": ["claims_submitter"], "nv-002": ["it_contact"]}

# with_roles is the good input with a roles catalogue, the staff given roles, and the config patched further.
with_roles(patch) := {"asOf": as_of, "secrets": [], "config": object.union_n([
	hospital,
	{
		"roles": role_catalogue,
		"staff": [object.union(person, {"roles": object.get(staff_roles, person.id, [])}) | some person in hospital.staff],
	},
	patch,
])}
