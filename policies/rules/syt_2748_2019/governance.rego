package kcb.rules.syt_2748_2019

import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.obligations
import data.kcb.lib.pointer
import data.kcb.lib.vi

# METADATA
# scope: document
# title: Letter 941/SYT-NVY is implemented
# description: |
#   The facility records how it implemented the Department's letter 941/SYT-NVY of 2019-04-22
#   (a record of implementing 941/SYT-NVY): no configuration fact can show it.
# custom:
#   title_vi: Thực hiện chỉ đạo của Sở Y tế tại Công văn 941/SYT-NVY
#   description_vi: >-
#     Cơ sở ghi nhận việc triển khai Công văn 941/SYT-NVY ngày 22/04/2019 của Sở: không dữ kiện cấu hình nào
#     chứng minh được việc này.
#   item: "1"
#   clause: >-
#     Nghiêm túc thực hiện chỉ đạo của Sở Y tế tại Công văn số 941/SYT-NVY ngày 22/4/2019 về việc chấn chỉnh việc
#     bảo mật, an toàn thông tin khám bệnh, chữa bệnh.
#   severity: medium
#   assessment: evidence
#   evidence: [governance.directiveImplementations]
#   remediation:
#     vi: Ghi nhận việc triển khai Công văn 941/SYT-NVY (ngày, người chịu trách nhiệm, văn bản/biên bản).
#     en: Record how letter 941/SYT-NVY was implemented (date, who, document or minutes).
implements_941_direction contains _not_bound if not _bound

implements_941_direction contains finding if {
	_bound
	some i, record in object.get(facility.config, ["governance", "directiveImplementations"], [])
	record.directive == "941/SYT-NVY"
	finding := findings.pass(
		"facility", pointer.of(["governance", "directiveImplementations", i]),
		concat("", ["Đã triển khai Công văn 941/SYT-NVY ngày ", vi.date(record.implementedOn), " (", record.by, ")."]),
		concat("", ["Letter 941/SYT-NVY was implemented on ", record.implementedOn, " (", record.by, ")."]),
	)
}

implements_941_direction contains finding if {
	_bound
	not _implementation_941_recorded
	finding := findings.fail(
		"facility", "/governance",
		"Không có ghi nhận việc triển khai Công văn 941/SYT-NVY.",
		"No record shows letter 941/SYT-NVY was implemented.",
	)
}

_implementation_941_recorded if {
	some record in object.get(facility.config, ["governance", "directiveImplementations"], [])
	record.directive == "941/SYT-NVY"
}

# METADATA
# scope: document
# title: The head of unit directs information security promptly and regularly
# description: |
#   The head of unit signed a direction on information security
#   no older than the period the profile sets.
# custom:
#   title_vi: Người đứng đầu đơn vị chỉ đạo kịp thời, thường xuyên về bảo mật, an toàn thông tin
#   description_vi: >-
#     Thủ trưởng đơn vị đã ký văn bản chỉ đạo về bảo mật, an toàn thông tin
#     không cũ hơn số ngày bộ tham số quy định.
#   item: "1"
#   clause: >-
#     Người đứng đầu đơn vị cần quan tâm, chỉ đạo kịp thời, thường xuyên đối với vấn đề bảo mật, an toàn thông tin
#     trong quá trình triển khai ứng dụng công nghệ thông tin giao dịch điện tử phục vụ công tác quản lý và giám
#     định, thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế tại đơn vị.
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
head_directs_security contains _not_bound if not _bound

head_directs_security contains obligations.head_direction if _bound

# METADATA
# scope: document
# title: A regulation names responsibilities for the IT system
# description: |
#   An internal regulation covering both the responsibility of account holders and IT operations is on record.
# custom:
#   title_vi: Ban hành quy chế quy định rõ trách nhiệm đối với hệ thống CNTT
#   description_vi: >-
#     Có quy chế nội bộ quy định cả trách nhiệm đối với tài khoản và việc vận hành hệ thống
#     CNTT.
#   item: "2"
#   clause: >-
#     Ban hành quy chế, quy định rõ trách nhiệm cụ thể đối với các cá nhân, tổ chức có liên quan đến quy trình
#     quản lý, triển khai, vận hành và khai thác hệ thống công nghệ thông tin tại đơn vị.
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
regulation_assigns_responsibility contains _not_bound if not _bound

regulation_assigns_responsibility contains finding if {
	_bound
	some finding in obligations.responsibility_regulation
}

# METADATA
# scope: document
# title: Each account has a named person who signed for its responsibility
# description: |
#   Every active account has a holder who acknowledged, by signing the assignment, full personal responsibility
#   for leaks through it.
# custom:
#   title_vi: Cá nhân được giao tài khoản ký nhận chịu trách nhiệm cá nhân
#   description_vi: >-
#     Mỗi tài khoản đang hoạt động có người giữ đã ký nhận quyết định giao,
#     chịu hoàn toàn trách nhiệm cá nhân nếu để lộ, lọt thông tin qua tài khoản.
#   item: "2"
#   clause: >-
#     Các cá nhân, đơn vị được giao quản lý, sử dụng tài khoản phải chịu hoàn toàn trách nhiệm trước pháp luật nếu
#     để lộ, lọt thông tin KCB BHYT của người bệnh ra ngoài.
#   severity: medium
#   assessment: evidence
#   evidence: [accounts]
#   remediation:
#     vi: Cho người được giao ký nhận quyết định giao tài khoản và trách nhiệm cá nhân; ghi ngày ký nhận.
#     en: Have the holder sign the assignment decision, accepting personal responsibility; record the date signed.
account_personal_responsibility contains _not_bound if not _bound

account_personal_responsibility contains finding if {
	_bound
	some finding in obligations.personal_responsibility(facility.active_accounts)
}

account_personal_responsibility contains finding if {
	_bound
	count(facility.active_accounts) == 0
	finding := findings.fail(
		"facility", "/accounts",
		"Cấu hình không liệt kê tài khoản nào đang hoạt động để xác định trách nhiệm cá nhân.",
		"The configuration lists no active account whose personal responsibility could be shown.",
	)
}
