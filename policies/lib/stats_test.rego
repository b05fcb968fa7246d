package kcb.lib.stats_test

import data.kcb.lib.stats

test_median_of_odd_count_is_the_middle if stats.median([1, 3, 5]) == 3

test_median_of_even_count_is_mean_of_middle_pair if stats.median([1, 3, 5, 7]) == 4
