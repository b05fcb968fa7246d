package kcb.rules.byt_5715_2019

import data.kcb.lib.applicability
import data.kcb.lib.evidence
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.obligations
import data.kcb.lib.pointer
import data.kcb.lib.vi

# METADATA
# scope: document
# title: Delegation and permissions of the BHXH portal accounts are reviewed
# description: |
#   A review of who was delegated, and with which permissions, the accounts BHXH issued is recorded and no older
#   than the period the profile sets.
# custom:
#   title_vi: Việc uỷ quyền, phân cấp, phân quyền sử dụng tài khoản BHXH cấp được rà soát
#   description_vi: >-
#     Có ghi nhận lần rà soát việc uỷ quyền, phân quyền các tài khoản do BHXH cấp, không cũ hơn số ngày bộ tham số
#     quy định.
#   item: "¶3"
#   clause: >-
#     Đặc biệt, các đơn vị cần rà soát lại việc ủy quyền, phân cấp, phân quyền cho các cá nhân, khoa, phòng liên
#     quan trong việc quản lý, sử dụng tài khoản mà BHXH Việt Nam đã cung cấp.
#   severity: high
#   assessment: evidence
#   evidence: [governance.permissionReviews]
#   parameters: [permissionReviewMaxDays]
#   remediation:
#     vi: >-
#       Rà soát việc uỷ quyền, phân cấp, phân quyền các tài khoản Cổng tiếp nhận dữ liệu và ghi ngày, người rà soát,
#       kết quả.
#     en: >-
#       Review who holds which BHXH portal account with which permissions, and record the date, reviewer and
#       outcome.
portal_delegation_reviewed contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

portal_delegation_reviewed contains finding if {
	facility.has_bhyt_contract
	records := evidence.records_at(
		object.get(facility.config, ["governance", "permissionReviews"], []), "reviewedOn",
		["governance", "permissionReviews"],
	)
	finding := evidence.freshness(
		records, data.params.permissionReviewMaxDays, "facility", ["governance"],
		{
			"vi": "rà soát uỷ quyền, phân quyền tài khoản Cổng tiếp nhận dữ liệu",
			"en": "review of the portal accounts' delegation and permissions",
		},
	)
}

# METADATA
# scope: document
# title: Each portal account's holder signed for personal responsibility
# description: |
#   The holder of every active BHXH portal account acknowledged, by signing the assignment (and the date of
#   signing is recorded), full personal responsibility before the law for leaks through it.
# custom:
#   title_vi: Người được giao tài khoản Cổng tiếp nhận dữ liệu ký nhận trách nhiệm cá nhân
#   description_vi: >-
#     Người giữ mỗi tài khoản Cổng tiếp nhận dữ liệu đang hoạt động đã ký nhận quyết định giao (có ghi ngày ký
#     nhận), chịu hoàn toàn trách nhiệm cá nhân trước pháp luật nếu để lộ, lọt thông tin qua tài khoản.
#   item: "¶3"
#   clause: >-
#     Cá nhân, đơn vị được giao quản lý, sử dụng tài khoản phải chịu hoàn toàn trách nhiệm trước pháp luật nếu để
#     lộ lọt thông tin KCB BHYT của người bệnh ra bên ngoài.
#   severity: medium
#   assessment: evidence
#   evidence: [accounts]
#   remediation:
#     vi: Cho người được giao ký nhận quyết định giao tài khoản và trách nhiệm cá nhân; ghi ngày ký nhận.
#     en: Have the holder sign the assignment decision, accepting personal responsibility; record the date signed.
portal_account_holder_accountable contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

portal_account_holder_accountable contains finding if {
	facility.has_bhyt_contract
	some finding in obligations.personal_responsibility(facility.portal_accounts)
}

portal_account_holder_accountable contains finding if {
	facility.has_bhyt_contract
	count(facility.portal_accounts) == 0
	finding := findings.fail(
		"facility", "/accounts",
		"Cơ sở có hợp đồng KCB BHYT nhưng cấu hình không liệt kê tài khoản Cổng tiếp nhận dữ liệu nào.",
		"The facility has a BHYT contract but the configuration lists no BHXH portal account.",
	)
}

# METADATA
# scope: document
# title: A regulation assigns responsibilities for the IT system and its accounts
# description: |
#   An internal regulation covering both the responsibility of account holders and IT operations is on record.
# custom:
#   title_vi: Quy chế quy định rõ trách nhiệm đối với hệ thống CNTT và tài khoản
#   description_vi: >-
#     Có quy chế nội bộ quy định cả trách nhiệm của người giữ tài khoản và việc vận hành hệ thống CNTT.
#   item: "¶4"
#   clause: >-
#     Các đơn vị cần ban hành quy chế, quy định rõ trách nhiệm cụ thể đối với các cá nhân, tổ chức có liên quan
#     đến quy trình quản lý, triển khai, vận hành và khai thác hệ thống công nghệ thông tin tại đơn vị;
#   severity: medium
#   assessment: evidence
#   evidence: [governance.regulations]
#   remediation:
#     vi: >-
#       Ban hành quy chế quy định trách nhiệm quản lý, triển khai, vận hành, khai thác hệ thống CNTT và tài khoản;
#       ghi nội dung quy chế gồm trách nhiệm của người giữ tài khoản và vận hành hệ thống công nghệ thông tin.
#     en: >-
#       Issue a regulation naming responsibilities for managing, deploying, operating and using the IT system and
#       its accounts; record that it covers the responsibility of account holders and IT operations.
regulation_assigns_responsibility contains finding if some finding in obligations.responsibility_regulation

# METADATA
# scope: document
# title: The head of unit directs information security
# description: |
#   The head of unit signed a direction on information security no older than the period the profile sets: the
#   letter asks for prompt and regular direction.
# custom:
#   title_vi: Người đứng đầu đơn vị chỉ đạo kịp thời, thường xuyên về bảo mật, an toàn thông tin
#   description_vi: >-
#     Thủ trưởng đơn vị đã ký văn bản chỉ đạo về bảo mật, an toàn thông tin không cũ hơn số ngày bộ tham số quy
#     định: công văn yêu cầu chỉ đạo kịp thời, thường xuyên.
#   item: "¶4"
#   clause: >-
#     Trong đó, người đứng đầu đơn vị cần quan tâm, chỉ đạo kịp thời, thường xuyên đối với vấn đề bảo mật, an toàn
#     thông tin trong quá trình triển khai ứng dụng công nghệ thông tin, giao dịch điện tử phục vụ công tác quản lý
#     và giám định, thanh toán chi phí KCB BHYT.
#   severity: medium
#   assessment: evidence
#   evidence: [facility.head, governance.securityDirectives]
#   parameters: [securityDirectionMaxDays]
#   remediation:
#     vi: >-
#       Thủ trưởng đơn vị ban hành văn bản chỉ đạo về bảo mật, an toàn thông tin thường xuyên (công văn không nêu chu kỳ;
#       bộ tham số đặt thời hạn, mặc định của công cụ là một năm) và ghi vào cấu hình.
#     en: >-
#       The head of unit issues written directions on information security regularly (the letters set no period; the
#       profile sets one, a tool default of one year) and records them.
head_directs_security contains obligations.head_direction

# METADATA
# scope: document
# title: Account leaks are recorded and handled
# description: |
#   The facility keeps an incident register (an empty register states that none occurred). Every recorded leak
#   of account or patient data has its handling recorded (date handled and measures taken).
# custom:
#   title_vi: Các vụ lộ, lọt thông tin tài khoản được ghi nhận và xử lý
#   description_vi: >-
#     Cơ sở có sổ theo dõi sự cố (sổ để trống nghĩa là chưa xảy ra sự cố nào). Mọi vụ lộ, lọt thông tin tài khoản
#     hoặc dữ liệu người bệnh đã ghi đều có ngày và biện pháp xử lý.
#   item: "¶4"
#   clause: >-
#     Vì vậy, Bộ tiếp tục có Công văn số 5715/BYT-BH đề nghị Thủ trưởng các đơn vị khẩn trương chỉ đạo kiểm tra,
#     rà soát, xác minh số liệu truy cập trên Cổng Tiếp nhận dữ liệu - Hệ thống Thông tin giám định BHYT, có biện
#     pháp xử lý các đơn vị, cá nhân có liên quan để lộ, lọt thông tin tài khoản (nếu có).
#   severity: high
#   assessment: evidence
#   evidence: [incidents]
#   remediation:
#     vi: >-
#       Lập sổ theo dõi sự cố; với mỗi vụ lộ, lọt, ghi ngày xử lý và biện pháp xử lý cá nhân,
#       đơn vị liên quan.
#     en: >-
#       Keep an incident register; for each leak, record when and how those responsible were dealt with.
account_leaks_handled contains finding if {
	not facility.config.incidents
	finding := findings.fail(
		"facility", "",
		"Cấu hình không có sổ theo dõi sự cố lộ, lọt thông tin (incidents; ghi danh sách rỗng nếu chưa có sự cố).",
		"The configuration keeps no incident register (incidents; an empty list states that none occurred).",
	)
}

account_leaks_handled contains finding if {
	count(object.get(facility.config, "incidents", [0])) == 0
	finding := findings.pass(
		"facility", "/incidents",
		"Sổ theo dõi sự cố không ghi vụ lộ, lọt thông tin nào.",
		"The incident register records no leak.",
	)
}

account_leaks_handled contains finding if {
	some i, incident in facility.config.incidents
	finding := _incident_finding(i, incident)
}

_incident_finding(i, incident) := findings.pass(
	concat(":", ["incident", incident.id]),
	pointer.of(["incidents", i]),
	concat("", [
		"Sự cố ", incident.id, " (ngày ", vi.date(incident.detectedOn), ") đã được xử lý ngày ",
		vi.date(incident.handledOn), ".",
	]),
	concat("", ["Incident ", incident.id, " (", incident.detectedOn, ") was handled on ", incident.handledOn, "."]),
) if {
	incident.handledOn
	incident.actions
} else := findings.fail(
	concat(":", ["incident", incident.id]),
	pointer.of(["incidents", i]),
	concat("", ["Sự cố ", incident.id, " (ngày ", vi.date(incident.detectedOn), ") chưa ghi nhận ngày và biện pháp xử lý."]),
	concat("", ["Incident ", incident.id, " (", incident.detectedOn, ") has no recorded handling (date and measures)."]),
)
