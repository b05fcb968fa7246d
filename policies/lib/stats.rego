# METADATA
# description: Statistics the rules share, written once for the WASM target (no memoization, so call them once per list).
package kcb.lib.stats

# median of a sorted list of numbers: the middle value, or the mean of the middle pair.
median(sorted) := sorted[floor(count(sorted) / 2)] if count(sorted) % 2 == 1

median(sorted) := (sorted[(count(sorted) / 2) - 1] + sorted[count(sorted) / 2]) / 2 if count(sorted) % 2 == 0
