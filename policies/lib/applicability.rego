# METADATA
# description: |
#   When a directive's obligation does not bind the facility, and the not_applicable finding that says why.
package kcb.lib.applicability

import data.kcb.lib.dates
import data.kcb.lib.facility
import data.kcb.lib.findings

no_bhyt_contract := findings.not_applicable(
	"Cơ sở không có hợp đồng KCB BHYT nên không có dữ liệu, tài khoản Cổng tiếp nhận dữ liệu hay kênh trích chuyển dữ liệu BHYT.",
	"The facility has no BHYT contract, so it holds no BHXH portal account, BHYT data or BHYT transfer channel.",
)

no_pharmacy := findings.not_applicable(
	"Cơ sở không có nhà thuốc bệnh viện.",
	"The facility runs no hospital pharmacy.",
)

has_pharmacy if count(object.get(facility.config, ["facility", "pharmacies"], [])) > 0

# not_in_force: the rule's instrument (a law, decree or circular of an opt-in pack) is not yet in force on the
# evaluation date, so its obligations do not bind the facility yet.
not_in_force(instrument, effective) := findings.not_applicable(
	concat("", [instrument, " có hiệu lực từ ngày ", dates.vi_date(effective), "; chưa áp dụng vào ngày đánh giá."]),
	concat("", [instrument, " is in force from ", effective, "; it does not apply on the evaluation date."]),
)

no_role_catalogue := findings.not_applicable(
	"Cấu hình không có danh mục vai trò nên chưa đối chiếu được quyền của tài khoản với vai trò của người giữ.",
	"The configuration has no roles catalogue, so account permissions cannot be judged against their holders' roles.",
)
