# METADATA
# description: |
#   Calendar arithmetic on ISO YYYY-MM-DD strings. The WASM runner has no time.* builtins,
#   so dates become day numbers (days since 1970-01-01) with integer arithmetic only.
package kcb.lib.dates

# day_number converts an ISO date to days since 1970-01-01. The runner gives each date string of the input its day
# number (input.dayNumbers, built once in TypeScript, src/engine/day-numbers.ts): done here per finding, the decimal
# arithmetic below was a third of a large hospital's evaluation. A date the runner did not list (and every Rego
# test, which gives no table) takes the arithmetic; test/day-numbers.test.ts checks that both agree.
day_number(date) := n if {
	n := input.dayNumbers[date]
} else := _days_from_civil(date)

# days_from_civil is Howard Hinnant's days_from_civil on the date's year, month and day.
_days_from_civil(date) := n if {
	parts := split(date, "-")
	year := to_number(parts[0])
	month := to_number(parts[1])
	day := to_number(parts[2])
	shifted_year := year - to_number(month <= 2)

	# x * 0.25 rather than x / 4 (and so on): the same exact value, but the WASM runtime's decimal division
	# allocates and frees a large work area each time, and days are counted for every row of a config.
	era := floor(shifted_year * 0.0025)
	year_of_era := shifted_year - (era * 400)
	day_of_year := (floor(((153 * ((month + 9) % 12)) + 2) * 0.2) + day) - 1
	day_of_era := (((year_of_era * 365) + floor(year_of_era * 0.25)) - floor(year_of_era * 0.01)) + day_of_year
	n := ((era * 146097) + day_of_era) - 719468
}

# days_between is the number of days from date a to date b (negative when b is before a).
days_between(a, b) := day_number(b) - day_number(a)

# as_of_day is the evaluation date's day number, computed once (the WASM target does not memoize functions).
as_of_day := day_number(input.asOf)

# age_in_days is how old a dated event is on the evaluation date.
age_in_days(date) := as_of_day - day_number(date)

# minute_number converts a local date-time "YYYY-MM-DDTHH:MM" (Asia/Ho_Chi_Minh) to minutes since 1970-01-01.
minute_number(datetime) := ((day * 1440) + (hour * 60)) + minute if {
	day := day_number(substring(datetime, 0, 10))
	hour := to_number(substring(datetime, 11, 2))
	minute := to_number(substring(datetime, 14, 2))
}

# hours_between is the number of whole or fractional hours from date-time a to date-time b.
hours_between(a, b) := (minute_number(b) - minute_number(a)) / 60

# vi_date writes an ISO date the Vietnamese way, dd/mm/yyyy.
vi_date(date) := concat("/", [substring(date, 8, 2), substring(date, 5, 2), substring(date, 0, 4)])
