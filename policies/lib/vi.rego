# METADATA
# description: |
#   How Vietnamese messages write dates and numbers: 14/10/2026, tháng 10/2026, 1.250.000. Data and English
#   messages keep ISO dates and plain numbers. Anything not in the expected form is shown as it is.
package kcb.lib.vi

# date writes an ISO date YYYY-MM-DD as dd/mm/yyyy.
date(iso) := concat("/", [parts[2], parts[1], parts[0]]) if {
	parts := split(iso, "-")
	count(parts) == 3
} else := iso

# month writes an ISO month YYYY-MM (or the month of a date) as "tháng mm/yyyy".
month(iso) := concat("", ["tháng ", parts[1], "/", parts[0]]) if {
	parts := split(iso, "-")
	count(parts) >= 2
} else := iso

# number writes a whole number with a dot between groups of three digits (up to the trillions, which no
# count in a facility's records reaches; beyond that the leading group is simply longer).
number(n) := format_int(n, 10) if {
	n < 1000
} else := concat(".", [format_int(floor(n / 1000), 10), _three_digits(n % 1000)]) if {
	n < 1000000
} else := concat(".", [
	format_int(floor(n / 1000000), 10),
	_three_digits(floor(n / 1000) % 1000), _three_digits(n % 1000),
]) if {
	n < 1000000000
} else := concat(".", [
	format_int(floor(n / 1000000000), 10), _three_digits(floor(n / 1000000) % 1000),
	_three_digits(floor(n / 1000) % 1000), _three_digits(n % 1000),
])

_three_digits(n) := substring(concat("", ["00", format_int(n, 10)]), count(format_int(n, 10)) - 1, 3)
