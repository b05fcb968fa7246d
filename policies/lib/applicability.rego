# METADATA
# description: |
#   When a directive's obligation does not bind the facility, and the not_applicable finding that says why.
package kcb.lib.applicability

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
