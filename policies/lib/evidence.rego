# METADATA
# description: |
#   Recorded evidence and its freshness. A record (review, training, inspection, direction...) counts only
#   when it is dated on or before the evaluation date and no older than its period: an older record counts
#   as missing, so the rule fails rather than passing on stale evidence.
package kcb.lib.evidence

import data.kcb.lib.dates
import data.kcb.lib.findings
import data.kcb.lib.pointer
import data.kcb.lib.vi

# dated keeps the records (each {date, pointer}) dated on or before the evaluation date.
dated(records) := [record |
	some record in records
	is_string(record.date)
	record.date <= input.asOf
]

# latest is the most recent dated record; a tie goes to the greater pointer string (not document order: ".../9/..."
# beats ".../10/..."). The greatest [date, pointer] pair by max, not the last of a sort: the WASM runtime's sort is
# an insertion sort, quadratic in the records, copying the list once more into a heap never freed during evaluation.
latest(records) := {"date": last[0], "pointer": last[1]} if {
	pairs := [[record.date, record.pointer] | some record in dated(records)]
	count(pairs) > 0
	last := max(pairs)
}

fresh(date, max_days) if _within(dates.age_in_days(date), max_days)

# within: an age in days that is neither in the future nor beyond the period.
_within(age, max_days) if {
	age >= 0
	age <= max_days
}

has_fresh(records, max_days) if fresh(latest(records).date, max_days)

# freshness is the finding for the latest record: pass when it is fresh, fail when it is stale or missing.
# The latest record and its age are computed once per call (the WASM target does not memoize functions, and
# day arithmetic on OPA's decimal numbers is the costliest step of a large staff list).
freshness(records, max_days, target, missing_pointer, what) := aged_finding(record, age, max_days, target, what) if {
	record := latest(records)
	age := dates.age_in_days(record.date)
} else := findings.fail(
	target, missing_pointer,
	concat("", ["Chưa ghi nhận ", what.vi, "."]),
	concat("", ["No ", what.en, " is recorded."]),
)

# A passing record's message is written only when the report shows passing findings (findings.passing_messages_omitted).
aged_finding(record, age, max_days, target, what) := findings.pass_unwritten(target, record.pointer) if {
	_within(age, max_days)
	findings.passing_messages_omitted
} else := findings.pass(
	target, record.pointer,
	concat("", ["Lần gần nhất ghi nhận ", what.vi, ": ngày ", vi.date(record.date), " (", format_int(age, 10), " ngày trước)."]),
	concat("", ["The latest ", what.en, " is dated ", record.date, " (", format_int(age, 10), " days ago)."]),
) if {
	_within(age, max_days)
} else := findings.fail(
	target, record.pointer,
	concat("", [
		"Lần gần nhất ghi nhận ", what.vi, " (ngày ", vi.date(record.date), ") đã cách ", format_int(age, 10),
		" ngày, quá thời hạn ", format_int(max_days, 10), " ngày.",
	]),
	concat("", [
		"The latest ", what.en, " (", record.date, ") is ", format_int(age, 10),
		" days old, beyond the ", format_int(max_days, 10), "-day period.",
	]),
)

# records_at turns items (an array, or an object from index to item) under the path base (e.g.
# ["governance", "permissionReviews"]) into records {date, pointer} dated by the given field.
records_at(items, field, base) := [{"date": item[field], "pointer": pointer.of(array.concat(base, [i, field]))} |
	some i, item in items
]
