package kcb.lib.vi_test

import data.kcb.lib.vi

test_date_is_day_month_year if vi.date("2026-10-14") == "14/10/2026"

test_date_not_iso_is_shown_as_is if vi.date("hôm qua") == "hôm qua"

test_month_of_a_month_or_a_date if {
	vi.month("2026-10") == "tháng 10/2026"
	vi.month("2026-09-05") == "tháng 09/2026"
}

test_month_not_iso_is_shown_as_is if vi.month("quý 3") == "quý 3"

test_number_groups_thousands_with_dots if {
	vi.number(0) == "0"
	vi.number(999) == "999"
	vi.number(2100) == "2.100"
	vi.number(100000) == "100.000"
	vi.number(1250000) == "1.250.000"
	vi.number(1000001) == "1.000.001"
	vi.number(3000000005) == "3.000.000.005"
}
