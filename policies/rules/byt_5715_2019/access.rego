package kcb.rules.byt_5715_2019

import data.kcb.lib.applicability
import data.kcb.lib.evidence
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.pointer
import data.kcb.lib.stats
import data.kcb.lib.vi

_stats := object.get(facility.config, "accessStats", [])

# The rows grouped by account in one pass: filtering all the rows per account would cost accounts × rows. Grouped
# as row indexes, which keep a count that repeats (a set of [requests, i] pairs cost three times the memory).
_daily_requests[stat.account] contains i if some i, stat in _stats

# daily_counts maps each account id in the statistics to its daily request counts; an account whose rows carry no
# count is not measured.
_daily_counts[account] := counts if {
	some account, rows in _daily_requests
	counts := [_stats[i].requests | some i in rows]
	count(counts) > 0
}

# median is the account's median daily request count: its ordinary load, robust to the anomaly itself.
# Each account's median and baseline, computed once rather than for every row (no function memoization in WASM).
_medians[account] := _median(account, counts) if some account, counts in _daily_counts

# The runner gives each account's median (input.dailyRequestMedians, computed once in TypeScript,
# src/engine/daily-medians.ts): a median needs the counts sorted, and the WASM runtime's sort is an insertion sort,
# quadratic in an account's days (365 a year), about 15 % of a large hospital's evaluation. An account the runner
# did not list (and every Rego test without the table) is sorted here; test/daily-medians.test.ts checks that both
# agree.
_median(account, counts) := middle if {
	middle := input.dailyRequestMedians[account]
} else := stats.median(sort(counts))

_baseline_limits[account] := data.params.accessBaselineFactor * max([middle, 1]) if some account, middle in _medians

# investigated: an access review of the day's month found the anomaly (outcome anomalies_found).
_investigated(date) if {
	some review in object.get(facility.config, "accessReviews", [])
	review.period == substring(date, 0, 7)
	review.outcome == "anomalies_found"
}

_stat_pointer(i) := pointer.of(["accessStats", i, "requests"])

_anomaly_finding(i, stat, why_vi, why_en) := findings.pass(
	concat(":", ["account", stat.account]), _stat_pointer(i),
	concat("", [
		"Tài khoản ", stat.account, " có ", vi.number(stat.requests), " lượt truy cập ngày ", vi.date(stat.date),
		" (", why_vi, "); đã được rà soát trong ", vi.month(stat.date), " (ghi nhận bất thường).",
	]),
	concat("", [
		"Account ", stat.account, " made ", format_int(stat.requests, 10), " requests on ", stat.date,
		" (", why_en, "); the review of ", substring(stat.date, 0, 7), " found and investigated it.",
	]),
) if {
	_investigated(stat.date)
} else := findings.fail(
	concat(":", ["account", stat.account]), _stat_pointer(i),
	concat("", [
		"Tài khoản ", stat.account, " có ", vi.number(stat.requests), " lượt truy cập ngày ", vi.date(stat.date),
		" (", why_vi, ") nhưng chưa có lần rà soát ", vi.month(stat.date), " nào ghi nhận bất thường.",
	]),
	concat("", [
		"Account ", stat.account, " made ", format_int(stat.requests, 10), " requests on ", stat.date,
		" (", why_en, ") and no access review of ", substring(stat.date, 0, 7), " records it as an anomaly.",
	]),
)

_no_stats := findings.fail(
	"facility", "/accessStats",
	"Chưa có số liệu truy cập Cổng tiếp nhận dữ liệu theo ngày để kiểm tra.",
	"No daily BHXH portal access statistics are recorded to check.",
)

# portal accounts that have no daily counts at all cannot be checked: that fails.
_unmeasured_account_findings contains finding if {
	some i, account in facility.portal_accounts
	not _daily_counts[account.id]
	finding := findings.fail(
		facility.account_target(account), facility.account_pointer(i),
		concat("", ["Chưa có số liệu truy cập theo ngày của tài khoản ", account.id, "."]),
		concat("", ["No daily access counts are recorded for account ", account.id, "."]),
	)
}

# METADATA
# scope: document
# title: Portal access statistics are reviewed on schedule
# description: |
#   The facility checks the access statistics of its BHXH portal accounts regularly: the latest access review
#   is no older than the period the profile sets.
# custom:
#   title_vi: Số liệu truy cập Cổng tiếp nhận dữ liệu được kiểm tra, rà soát định kỳ
#   description_vi: >-
#     Cơ sở kiểm tra định kỳ số liệu truy cập của các tài khoản Cổng tiếp nhận dữ liệu: lần rà soát gần nhất
#     không cũ hơn số ngày bộ tham số quy định.
#   item: "¶4"
#   clause: >-
#     Vì vậy, Bộ tiếp tục có Công văn số 5715/BYT-BH đề nghị Thủ trưởng các đơn vị khẩn trương chỉ đạo kiểm tra,
#     rà soát, xác minh số liệu truy cập trên Cổng Tiếp nhận dữ liệu - Hệ thống Thông tin giám định BHYT, có biện
#     pháp xử lý các đơn vị, cá nhân có liên quan để lộ, lọt thông tin tài khoản (nếu có).
#   severity: high
#   assessment: evidence
#   evidence: [accessReviews]
#   parameters: [accessReviewMaxDays]
#   remediation:
#     vi: Rà soát số liệu truy cập Cổng tiếp nhận dữ liệu hằng tháng, ghi kỳ, ngày, người rà soát và kết quả.
#     en: Review the portal access statistics every month and record the period, date, reviewer and outcome.
access_stats_reviewed contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

access_stats_reviewed contains finding if {
	facility.has_bhyt_contract
	records := evidence.records_at(object.get(facility.config, "accessReviews", []), "reviewedOn", ["accessReviews"])
	finding := evidence.freshness(
		records, data.params.accessReviewMaxDays, "facility", ["accessReviews"],
		{"vi": "rà soát số liệu truy cập Cổng tiếp nhận dữ liệu", "en": "review of the portal access statistics"},
	)
}

# METADATA
# scope: document
# title: No portal account exceeds the daily request ceiling without investigation
# description: |
#   Every day on which one account made more requests than the profile's daily ceiling is flagged; it passes only
#   when an access review of that month records anomalies found (the day was found and investigated). Portal
#   accounts without daily counts fail, since they cannot be checked.
# custom:
#   title_vi: Ngày có lượt truy cập vượt ngưỡng được phát hiện và xác minh
#   description_vi: >-
#     Đánh dấu mọi ngày một tài khoản có số lượt truy cập vượt ngưỡng mỗi ngày của bộ tham số; chỉ đạt khi lần rà soát truy cập
#     của tháng đó ghi nhận bất thường (đã phát hiện và xác minh). Tài khoản Cổng tiếp nhận dữ liệu không có số liệu
#     theo ngày thì không đạt, vì không kiểm tra được.
#   item: "¶4"
#   clause: >-
#     Vì vậy, Bộ tiếp tục có Công văn số 5715/BYT-BH đề nghị Thủ trưởng các đơn vị khẩn trương chỉ đạo kiểm tra,
#     rà soát, xác minh số liệu truy cập trên Cổng Tiếp nhận dữ liệu - Hệ thống Thông tin giám định BHYT, có biện
#     pháp xử lý các đơn vị, cá nhân có liên quan để lộ, lọt thông tin tài khoản (nếu có).
#   severity: critical
#   assessment: automated
#   evidence: [accessStats, accessReviews, accounts]
#   parameters: [accessDailyCeiling]
#   remediation:
#     vi: >-
#       Xác minh các ngày có lượt truy cập vượt ngưỡng, đổi mật khẩu tài khoản liên quan và ghi kết quả rà soát
#       của tháng đó: kết quả phát hiện bất thường và biện pháp đã thực hiện.
#     en: >-
#       Investigate each day above the ceiling, change the account's password, and record that month's review:
#       outcome anomalies found, and the actions taken.
access_ceiling_investigated contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

access_ceiling_investigated contains _no_stats if {
	facility.has_bhyt_contract
	count(_stats) == 0
}

access_ceiling_investigated contains finding if {
	facility.has_bhyt_contract
	some finding in _unmeasured_account_findings
}

access_ceiling_investigated contains finding if {
	facility.has_bhyt_contract
	some i, stat in _stats
	stat.requests > data.params.accessDailyCeiling
	finding := _anomaly_finding(
		i, stat,
		concat("", ["vượt ngưỡng ", vi.number(data.params.accessDailyCeiling), " lượt/ngày"]),
		concat("", ["above the ceiling of ", format_int(data.params.accessDailyCeiling, 10), " a day"]),
	)
}

access_ceiling_investigated contains finding if {
	facility.has_bhyt_contract
	some account, counts in _daily_counts
	max(counts) <= data.params.accessDailyCeiling
	finding := findings.pass(
		concat(":", ["account", account]), "/accessStats",
		concat("", [
			"Tài khoản ", account, " không có ngày nào vượt ", vi.number(data.params.accessDailyCeiling),
			" lượt (cao nhất ", vi.number(max(counts)), ").",
		]),
		concat("", [
			"Account ", account, " has no day above ", format_int(data.params.accessDailyCeiling, 10),
			" requests (highest ", format_int(max(counts), 10), ").",
		]),
	)
}

# METADATA
# scope: document
# title: A day far above an account's own baseline is investigated
# description: |
#   A day on which an account made more than the profile's factor times its median daily count (at least 1) is
#   flagged; it passes only when an access review of that month records anomalies found.
# custom:
#   title_vi: Ngày có lượt truy cập cao bất thường so với mức thường ngày của tài khoản được xác minh
#   description_vi: >-
#     Đánh dấu ngày một tài khoản có số lượt truy cập gấp nhiều lần (hệ số của bộ tham số) trung vị theo ngày của
#     chính tài khoản đó (ít nhất 1); chỉ đạt khi lần rà soát truy cập của tháng đó ghi nhận bất thường.
#   item: "¶4"
#   clause: >-
#     Vì vậy, Bộ tiếp tục có Công văn số 5715/BYT-BH đề nghị Thủ trưởng các đơn vị khẩn trương chỉ đạo kiểm tra,
#     rà soát, xác minh số liệu truy cập trên Cổng Tiếp nhận dữ liệu - Hệ thống Thông tin giám định BHYT, có biện
#     pháp xử lý các đơn vị, cá nhân có liên quan để lộ, lọt thông tin tài khoản (nếu có).
#   severity: high
#   assessment: automated
#   evidence: [accessStats, accessReviews, accounts]
#   parameters: [accessBaselineFactor]
#   remediation:
#     vi: >-
#       Xác minh các ngày có lượt truy cập cao bất thường so với mức thường ngày, và ghi kết quả rà soát của tháng
#       đó: kết quả phát hiện bất thường và biện pháp đã thực hiện.
#     en: >-
#       Investigate each day far above the account's usual load and record that month's review: outcome anomalies
#       found, and the actions taken.
access_baseline_investigated contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

access_baseline_investigated contains _no_stats if {
	facility.has_bhyt_contract
	count(_stats) == 0
}

access_baseline_investigated contains finding if {
	facility.has_bhyt_contract
	some finding in _unmeasured_account_findings
}

access_baseline_investigated contains finding if {
	facility.has_bhyt_contract
	some i, stat in _stats
	stat.requests > _baseline_limits[stat.account]
	finding := _anomaly_finding(
		i, stat,
		concat("", [
			"gấp hơn ", format_int(data.params.accessBaselineFactor, 10),
			" lần trung vị ", vi.number(floor(_medians[stat.account])),
		]),
		concat("", ["over ", format_int(data.params.accessBaselineFactor, 10), " times its median of ", _median_text(stat.account)]),
	)
}

access_baseline_investigated contains finding if {
	facility.has_bhyt_contract
	some account, counts in _daily_counts
	max(counts) <= _baseline_limits[account]
	finding := findings.pass(
		concat(":", ["account", account]), "/accessStats",
		concat("", [
			"Tài khoản ", account, " không có ngày nào gấp hơn ", format_int(data.params.accessBaselineFactor, 10),
			" lần trung vị ", vi.number(floor(_medians[account])), " lượt/ngày.",
		]),
		concat("", [
			"Account ", account, " has no day above ", format_int(data.params.accessBaselineFactor, 10),
			" times its median of ", _median_text(account), " requests a day.",
		]),
	)
}

_median_text(account) := format_int(floor(_medians[account]), 10)
