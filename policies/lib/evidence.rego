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

# A record is {date, path}: a date and the path to it in the config (["trainings", 3, "completedOn"]). Its pointer
# is written only for the record a finding cites (latest_pointer): a hospital has thousands of trainings, and in the
# reports that leave passing findings out, no passing finding needs one.

# latest_date is the date of the most recent record dated on or before the evaluation date.
latest_date(records) := max(days) if {
	days := {record.date | some record in records; is_string(record.date); record.date <= input.asOf}
	count(days) > 0
}

# latest_pointer points at the record dated `date` (the latest); a tie goes to the greater pointer string (not
# document order: ".../9/..." beats ".../10/..."). The greatest by max, not the last of a sort: the WASM runtime's
# sort is an insertion sort, quadratic in the records.
latest_pointer(records, date) := max({pointer.of(record.path) | some record in records; record.date == date})

fresh(date, max_days) if _within(dates.age_in_days(date), max_days)

# within: an age in days that is neither in the future nor beyond the period.
_within(age, max_days) if {
	age >= 0
	age <= max_days
}

has_fresh(records, max_days) if fresh(latest_date(records), max_days)

# freshness is the finding for the latest record: pass when it is fresh, fail when it is stale or missing (then it
# points at missing_path, e.g. ["governance"]). The latest date and its age are computed once per call (the WASM
# target does not memoize functions, and day arithmetic on OPA's decimal numbers is the costliest step of a large
# staff list).
freshness(records, max_days, target, missing_path, what) := freshness_of(
	records, max_days,
	target, missing_path, what, "",
)

# freshness_of is freshness with a subject written after what in the messages ("training of " and a person's name):
# a rule with a finding per person passes every person the same what, and the name is joined only into the messages
# a report shows.
freshness_of(records, max_days, target, missing_path, what, subject) := _aged_finding(
	records, date, age, max_days,
	target, what, subject,
) if {
	date := latest_date(records)
	age := dates.age_in_days(date)
} else := findings.fail(
	target, pointer.of(missing_path),
	concat("", ["Chưa ghi nhận ", what.vi, subject, "."]),
	concat("", ["No ", what.en, subject, " is recorded."]),
)

# A passing finding's message and pointer are written only when the report shows passing findings
# (findings.passing_messages_omitted).
_aged_finding(records, date, age, max_days, target, what, subject) := findings.pass_unwritten(target) if {
	_within(age, max_days)
	findings.passing_messages_omitted
} else := findings.pass(
	target, latest_pointer(records, date),
	concat("", ["Lần gần nhất ghi nhận ", what.vi, subject, ": ngày ", vi.date(date), " (", format_int(age, 10), " ngày trước)."]),
	concat("", ["The latest ", what.en, subject, " is dated ", date, " (", format_int(age, 10), " days ago)."]),
) if {
	_within(age, max_days)
} else := findings.fail(
	target, latest_pointer(records, date),
	concat("", [
		"Lần gần nhất ghi nhận ", what.vi, subject, " (ngày ", vi.date(date), ") đã cách ", format_int(age, 10),
		" ngày, quá thời hạn ", format_int(max_days, 10), " ngày.",
	]),
	concat("", [
		"The latest ", what.en, subject, " (", date, ") is ", format_int(age, 10),
		" days old, beyond the ", format_int(max_days, 10), "-day period.",
	]),
)

# records_at turns items (an array, or an object from index to item) under the path base (e.g.
# ["governance", "permissionReviews"]) into records {date, path} dated by the given field.
records_at(items, field, base) := [{"date": item[field], "path": array.concat(base, [i, field])} |
	some i, item in items
]
