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
