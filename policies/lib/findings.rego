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
