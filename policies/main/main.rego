# METADATA
# description: |
#   The runner's single entrypoint. Collects the findings of every rule under data.kcb.rules,
#   applies the facility's valid waivers (see kcb.governance), and gives each rule one status. A rule that emits nothing
#   could not assess anything: that is reported as a failure, never as a pass (fail closed).
package kcb.main

import data.kcb.governance
import data.kcb.lib.findings
import data.kcb.main.index

# METADATA
# entrypoint: true
# description: |
#   Each rule id ("<package>.<rule>") mapped to its status and findings. Undefined when the input asks the rules to
#   leave passing findings' messages unwritten (findings.passing_messages_omitted, which only the lighter entrypoints
#   below set), so that an input carrying it fails closed instead of reporting passing findings without messages.
results := _results if not findings.passing_messages_omitted

_results := all_results if not input.part

# A large config is evaluated in two parts (input.part; see src/engine/policy.ts), whose results the runner joins:
# the rules that emit a finding per health worker (index.apart) alone, then all the others. The WASM heap is never
# freed during an evaluation, so each part needs only its own heap: at 10,000 staff 144 MiB instead of 230. A rule's
# result depends on no other rule's findings but through the waivers, which each part judges alike (kcb.governance
# evaluates only the rules they name); the runner keeps a config whole when a waiver names a rule evaluated apart.
_results := _results_of(index.apart) if input.part == "apart"

_results := object.union(_results_of(index.rest), _governance_result) if input.part == "rest"

all_results := object.union(_results_of(index.emitted), _governance_result)

_results_of(emitted_by_rule) := {rule_id: {"status": rule_status(findings), "findings": findings} |
	some rule_id, emitted in emitted_by_rule
	findings := with_waivers(rule_id, emitted)
}

# The waiver governance rule judges the waivers themselves, so no waiver applies to it.
_governance_result["governance.waivers_governed"] := {"status": rule_status(findings), "findings": findings} if {
	findings := with_waivers("governance.waivers_governed", governance.waivers_governed)
}

# METADATA
# entrypoint: true
# description: |
#   The results with only the failed findings: all a batch summary lists. The passing findings are still
#   computed (a status needs them) but not written out, read back and located: half a large facility's output.
#   Nor are their messages (findings.passing_messages_omitted).
failures[rule_id] := {"status": result.status, "findings": failed} if {
	# The entrypoint itself tells the rules it drops passing findings; in the WASM it costs no more than the runner
	# adding the flag to the input did (the 2,330-staff hospital's heap and time alike), and no runner has to know.
	# regal ignore:with-outside-test-context
	some rule_id, result in _results with input.omitPassingMessages as true
	failed := [finding | some finding in result.findings; finding.status == "fail"]
}

# METADATA
# entrypoint: true
# description: |
#   The results without the passing findings: all the text, Markdown and SARIF reports show (see
#   SHOWS_PASSING_FINDINGS in src/format/index.ts). A large facility's passing findings are most of its output: one
#   per health worker and rule. Their messages are not written (findings.passing_messages_omitted).
not_passed[rule_id] := {"status": result.status, "findings": kept} if {
	# regal ignore:with-outside-test-context
	some rule_id, result in _results with input.omitPassingMessages as true
	kept := [finding | some finding in result.findings; finding.status != "pass"]
}

# The findings in the engine's own order: src/report/build.ts puts them in source order. Sorting here would
# be quadratic, as the WASM runtime's sort is an insertion sort and a large facility has thousands of findings.
with_waivers(rule_id, emitted) := [waived_or_same(rule_id, finding) | some finding in emitted] if {
	count(emitted) > 0
}

with_waivers(_, emitted) := [no_evidence] if count(emitted) == 0

no_evidence := {
	"status": "fail",
	"target": "facility",
	"pointer": "",
	"message": {
		"vi": "Không có dữ liệu nào trong cấu hình để đánh giá quy tắc này.",
		"en": "The configuration holds no evidence this rule can assess.",
	},
}

# A fail covered by several waivers takes the first of them in the order governance.valid is iterated in, so the
# output is deterministic: sorted in OPA's evaluator (opa test); in the WASM, the set's hash order, fixed by the
# valid waivers of the config but not sorted. Each failing finding looks its waiver up in _first_covering,
# built once, rather than scanning every valid waiver: findings × waivers was 2,000 failing staff × 300 waivers
# at a hospital, and the WASM target memoizes no function.
waived_or_same(rule_id, finding) := object.union(finding, {"status": "waived", "waiver": waiver}) if {
	finding.status == "fail"
	waiver := _first_covering[[rule_id, finding.target]]
} else := finding

# _valid_in_order holds the valid waivers in the order a scan of governance.valid meets them; _covering gives,
# for each rule and target a valid waiver names, the positions of the waivers naming it; the first is the least.
_valid_in_order := [waiver | some waiver in governance.valid]

_covering[[waiver.rule, waiver.target]] contains i if some i, waiver in _valid_in_order

_first_covering[rule_target] := _valid_in_order[min(positions)] if some rule_target, positions in _covering

statuses(findings) := {finding.status | some finding in findings}

rule_status(findings) := "fail" if {
	"fail" in statuses(findings)
} else := "waived" if {
	"waived" in statuses(findings)
} else := "pass" if {
	"pass" in statuses(findings)
} else := "not_applicable"
