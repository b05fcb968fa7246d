package kcb.lib.dates_test

import data.kcb.lib.dates

test_epoch_is_day_zero if dates.day_number("1970-01-01") == 0

test_day_number_counts_leap_days if dates.day_number("2024-03-01") - dates.day_number("2024-02-28") == 2

test_day_number_across_centuries if dates.day_number("2000-03-01") == 11017

test_days_between_is_signed if {
	dates.days_between("2026-11-20", "2026-11-25") == 5
	dates.days_between("2026-11-25", "2026-11-20") == -5
}

test_age_in_days_uses_evaluation_date if {
	dates.age_in_days("2026-01-01") == 323 with input.asOf as "2026-11-20"
}

test_hours_between_crosses_days if {
	dates.hours_between("2026-03-01T08:00", "2026-03-04T16:00") == 80
	dates.hours_between("2026-02-28T23:30", "2026-03-01T00:00") == 0.5
}

test_vi_date_is_day_month_year if dates.vi_date("2026-01-01") == "01/01/2026"
