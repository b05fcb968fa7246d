# METADATA
# description: |
#   Benchmark adapter for `opa exec`: each corpus file is the facility config itself, while the policy reads
#   input.config and input.asOf. This wraps the file and evaluates the same decision, kcb/main/results.
package kcb.bench

results := wrapped if {
	wrapped := data.kcb.main.results with input as {"asOf": data.bench.asOf, "secrets": [], "config": input}
}
