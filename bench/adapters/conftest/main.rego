# METADATA
# description: |
#   Benchmark adapter for Conftest: one deny message per failed rule of the same policy (kcb/main/results),
#   with the facility config (Conftest's input) wrapped as the policy expects. The secrets list is empty: the
#   generated configs hold none, and the policy fails closed without the list kcb's runner gives it.
package main

deny contains rule_id if {
	results := data.kcb.main.results with input as {"asOf": data.bench.asOf, "secrets": [], "config": input}
	some rule_id, result in results
	result.status == "fail"
}
