# METADATA
# description: |
#   Constructors for the findings every rule emits. A rule emits one finding per target it checks:
#   pass, fail or not_applicable, each with a JSON pointer into the facility config so the runner
#   can map it to file:line, and a message in Vietnamese and English.
package kcb.lib.findings

pass(target, pointer, vi, en) := {
	"status": "pass",
	"target": target,
	"pointer": pointer,
	"message": {"vi": vi, "en": en},
}

fail(target, pointer, vi, en) := {
	"status": "fail",
	"target": target,
	"pointer": pointer,
	"message": {"vi": vi, "en": en},
}

not_applicable(vi, en) := {
	"status": "not_applicable",
	"target": "facility",
	"pointer": "/facility",
	"message": {"vi": vi, "en": en},
}

# passing_messages_omitted: no passing finding leaves the policy (input.omitPassingMessages, which the entrypoints
# kcb.main.not_passed and kcb.main.failures set with `with`, as they drop every passing finding). The rules with a
# passing finding per row then leave its message and pointer unwritten (pass_unwritten): a large hospital has
# thousands of passing findings, and writing their messages was half of its evaluation.
passing_messages_omitted if input.omitPassingMessages == true

# pass_unwritten is a passing finding with its target (waivers are judged against the targets a rule checks) and
# without message or pointer (see passing_messages_omitted): it never leaves the policy.
pass_unwritten(target) := pass(target, "", "", "")
