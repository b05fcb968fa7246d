# A policy that reads its input and evaluates no rule: what OPA's WASM spends on any input before a rule runs (it
# parses the whole input JSON into its own values first). bench/phases.mjs --split times it beside the real policy.
package bench.read_input

keys := count(input.config)
