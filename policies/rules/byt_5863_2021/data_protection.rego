# METADATA
# title: 5863/BYT-BH — checking the security of KCB BHYT data nationwide
# description: |
#   Ministry of Health letter 5863/BYT-BH of 2021-07-21 (urgent), to the IT Centre of Viet Nam Social Security,
#   after BHYT card and treatment-history data leaked to callers posing as health workers. It asks for a review
#   of the applications that hold BHYT card and claim data, safe and secure data extraction and transfer with
#   the health facilities, and asks the facilities to cooperate in protecting KCB BHYT data.
# custom:
#   document: 5863/BYT-BH
#   issuer: Bộ Y tế
#   date: "2021-07-21"
#   subject: Kiểm tra, rà soát về an toàn, bảo mật thông tin dữ liệu KCB BHYT trên toàn quốc
#   source: 000_df8381cd6af105bc.txt
#   scope: national (facilities with a KCB BHYT contract)
package kcb.rules.byt_5863_2021

import data.kcb.lib.applicability
import data.kcb.lib.channels
import data.kcb.lib.dates
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.labels
import data.kcb.lib.pointer
import data.kcb.lib.vi

# bhyt_applications maps the index of each facility system (not the BHXH portal) declared to hold BHYT data.
_bhyt_applications[i] := system if {
	some i, system in object.get(facility.config, "systems", [])
	system.kind != "bhxh_portal"
	system.holdsBhytData == true
}

_no_transfers := findings.fail(
	"facility", "/dataTransfers",
	"Cơ sở có hợp đồng KCB BHYT nhưng không khai báo kênh trích chuyển dữ liệu nào.",
	"The facility has a BHYT contract but declares no data extraction or transfer channel.",
)

# METADATA
# scope: document
# title: Applications holding BHYT data are inventoried
# description: |
#   Every system of the facility (other than the BHXH portal) states whether it holds BHYT card or claim data,
#   and at least one does: the inventory the review of those applications starts from.
# custom:
#   title_vi: Các ứng dụng lưu giữ dữ liệu thẻ BHYT, dữ liệu KCB BHYT được kiểm kê
#   description_vi: >-
#     Mỗi hệ thống của cơ sở (trừ Cổng tiếp nhận dữ liệu) ghi rõ có lưu dữ liệu thẻ BHYT, dữ liệu KCB BHYT hay không,
#     và có ít nhất một hệ thống như vậy: đây là danh mục để rà soát các ứng dụng đó.
#   item: "¶2"
#   clause: >-
#     Bộ Y tế gửi Quý Trung tâm một số thông tin phản ánh nêu trên và đề nghị Quý Trung tâm khẩn trương kiểm tra,
#     rà soát các ứng dụng trên Hệ thống công nghệ thông tin do Bảo hiểm xã hội Việt Nam quản lý, nhằm tăng cường
#     an toàn, bảo mật thông tin về dữ liệu thẻ bảo hiểm y tế và dữ liệu khám bệnh, chữa bệnh bảo hiểm y tế;
#   severity: medium
#   assessment: automated
#   evidence: [systems]
#   remediation:
#     vi: Khai báo mọi hệ thống của cơ sở và ghi rõ hệ thống nào lưu dữ liệu thẻ, dữ liệu KCB BHYT.
#     en: List every system of the facility and state which hold BHYT card or claim data.
bhyt_applications_inventoried contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

bhyt_applications_inventoried contains finding if {
	facility.has_bhyt_contract
	count(_bhyt_applications) == 0
	finding := findings.fail(
		"facility", "/systems",
		"Không hệ thống nào được khai báo là lưu dữ liệu thẻ, dữ liệu KCB BHYT.",
		"No system is declared as holding BHYT card or claim data.",
	)
}

bhyt_applications_inventoried contains finding if {
	facility.has_bhyt_contract
	some i, system in object.get(facility.config, "systems", [])
	system.kind != "bhxh_portal"
	finding := _inventory_finding(i, system)
}

_inventory_finding(i, system) := findings.pass(
	facility.system_target(system), pointer.of(["systems", i, "holdsBhytData"]),
	concat("", ["Hệ thống ", system.id, " được kiểm kê (lưu dữ liệu BHYT: ", _yes_no_vi[system.holdsBhytData], ")."]),
	concat("", ["System ", system.id, " is inventoried (holds BHYT data: ", _yes_no_en[system.holdsBhytData], ")."]),
) if {
	is_boolean(system.holdsBhytData)
} else := findings.fail(
	facility.system_target(system), facility.system_pointer(i),
	concat("", ["Hệ thống ", system.id, " không ghi có lưu dữ liệu thẻ, dữ liệu KCB BHYT hay không."]),
	concat("", ["System ", system.id, " does not state whether it holds BHYT card or claim data."]),
)

_yes_no_vi := {true: "có", false: "không"}

_yes_no_en := {true: "yes", false: "no"}

# METADATA
# scope: document
# title: Each application holding BHYT data has a recent security review
# description: |
#   Every system declared as holding BHYT data has a security review no older than the period the profile sets,
#   and the latest review left no open issue (its result is passed, or issues found and fixed).
# custom:
#   title_vi: Ứng dụng lưu giữ dữ liệu BHYT được kiểm tra, rà soát an toàn, bảo mật gần đây
#   description_vi: >-
#     Mỗi hệ thống được khai báo là lưu dữ liệu BHYT có lần rà soát an toàn, bảo mật không cũ hơn số ngày bộ tham số
#     quy định, và lần gần nhất không còn tồn tại chưa khắc phục (kết quả đạt, hoặc phát hiện lỗi và đã khắc phục).
#   item: "¶2"
#   clause: >-
#     Bộ Y tế gửi Quý Trung tâm một số thông tin phản ánh nêu trên và đề nghị Quý Trung tâm khẩn trương kiểm tra,
#     rà soát các ứng dụng trên Hệ thống công nghệ thông tin do Bảo hiểm xã hội Việt Nam quản lý, nhằm tăng cường
#     an toàn, bảo mật thông tin về dữ liệu thẻ bảo hiểm y tế và dữ liệu khám bệnh, chữa bệnh bảo hiểm y tế;
#   severity: high
#   assessment: evidence
#   evidence: [systems, applicationReviews]
#   parameters: [applicationReviewMaxDays]
#   remediation:
#     vi: Rà soát an toàn, bảo mật từng ứng dụng lưu dữ liệu BHYT, khắc phục tồn tại và ghi kết quả.
#     en: Run a security review of each application holding BHYT data, fix what it finds, and record it.
bhyt_application_reviewed contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

bhyt_application_reviewed contains finding if {
	facility.has_bhyt_contract
	count(_bhyt_applications) == 0
	finding := findings.fail(
		"facility", "/systems",
		"Không có ứng dụng nào được khai báo là lưu dữ liệu BHYT để rà soát.",
		"No application is declared as holding BHYT data, so none can be shown reviewed.",
	)
}

bhyt_application_reviewed contains finding if {
	facility.has_bhyt_contract
	some i, system in _bhyt_applications
	finding := _review_finding(system, _latest_review(system.id))
}

bhyt_application_reviewed contains finding if {
	facility.has_bhyt_contract
	some i, system in _bhyt_applications
	not _latest_review(system.id)
	finding := findings.fail(
		facility.system_target(system), facility.system_pointer(i),
		concat("", ["Ứng dụng ", system.id, " chưa có lần rà soát an toàn, bảo mật nào được ghi nhận."]),
		concat("", ["Application ", system.id, " has no recorded security review."]),
	)
}

_latest_review(system_id) := {"index": last[1], "review": _data_reviews[last[1]]} if {
	sorted := sort([[review.reviewedOn, i] |
		some i, review in _data_reviews
		review.system == system_id
		review.reviewedOn <= input.asOf
	])
	count(sorted) > 0
	last := sorted[count(sorted) - 1]
}

_data_reviews := object.get(facility.config, "applicationReviews", [])

_review_finding(system, latest) := findings.pass(
	facility.system_target(system), pointer.of(["applicationReviews", latest.index]),
	concat("", [
		"Ứng dụng ", system.id, " được rà soát ngày ", vi.date(latest.review.reviewedOn), " (",
		labels.value_vi("applicationReviews.result", latest.review.result), ").",
	]),
	concat("", [
		"Application ", system.id, " was reviewed on ", latest.review.reviewedOn, " (",
		labels.value_en("applicationReviews.result", latest.review.result), ").",
	]),
) if {
	dates.age_in_days(latest.review.reviewedOn) <= data.params.applicationReviewMaxDays
	latest.review.result != "issues_found"
} else := findings.fail(
	facility.system_target(system), pointer.of(["applicationReviews", latest.index]),
	concat("", [
		"Lần rà soát gần nhất của ứng dụng ", system.id, " (", vi.date(latest.review.reviewedOn), ", ",
		labels.value_vi("applicationReviews.result", latest.review.result), ") đã quá ",
		format_int(data.params.applicationReviewMaxDays, 10), " ngày hoặc còn tồn tại chưa khắc phục.",
	]),
	concat("", [
		"The latest review of application ", system.id, " (", latest.review.reviewedOn, ", ",
		labels.value_en("applicationReviews.result", latest.review.result), ") is older than ",
		format_int(data.params.applicationReviewMaxDays, 10), " days or left issues open.",
	]),
)

# METADATA
# scope: document
# title: Data extraction and transfer channels are encrypted in transit
# description: |
#   Every channel that extracts or transfers KCB BHYT data is encrypted, judged by its protocol's family:
#   TLS-based protocols (https, ftps, smtps, hl7-mllp-tls, fhir-https, dicom-tls) accept nothing below TLS 1.2
#   (the lowest TLS version accepted is 1.2 or 1.3; a channel that does not state it fails); SSH-based ones (sftp,
#   scp) are encrypted by SSH, and a TLS version stated on them is ignored with a note; VPN tunnels (ipsec,
#   wireguard, openvpn, ssl-vpn)
#   are encrypted, but a TLS-based VPN that states a TLS floor below 1.2 fails; plaintext protocols (http, ftp,
#   telnet, smb, smtp, hl7-mllp, fhir-http, dicom) fail unless the channel runs inside a VPN tunnel declared as
#   another channel. The TLS 1.2 floor is the tool's own default, not a figure of the letter.
# custom:
#   title_vi: Kênh trích chuyển dữ liệu được mã hoá đường truyền
#   description_vi: >-
#     Mỗi kênh trích chuyển dữ liệu KCB BHYT được mã hoá, xét theo họ giao thức: giao thức dựa trên TLS (https, ftps,
#     smtps, hl7-mllp-tls, fhir-https, dicom-tls) chỉ chấp nhận TLS 1.2 trở lên; giao thức SSH (sftp, scp) được SSH mã
#     hoá; đường hầm VPN được mã hoá; giao thức không mã hoá (http, ftp, telnet, smb…) không đạt trừ khi chạy trong
#     một đường hầm VPN đã khai báo. Mức TLS 1.2 là mặc định của công cụ, không phải con số của công văn.
#   item: "¶2"
#   clause: >-
#     đồng thời phối hợp với các cơ sở khám bệnh, chữa bệnh để hỗ trợ việc trích chuyển dữ liệu, bảo đảm an toàn,
#     bảo mật, tránh lộ, lọt thông tin để các đối tượng xấu khai thác, lợi dụng.
#   severity: critical
#   assessment: automated
#   evidence: [dataTransfers]
#   remediation:
#     vi: >-
#       Dùng giao thức có mã hoá (TLS 1.2 trở lên, SSH hoặc đường hầm VPN) cho mọi kênh trích chuyển dữ liệu; với giao
#       thức TLS khai báo phiên bản TLS thấp nhất được chấp nhận, với giao thức truyền rõ khai báo đường hầm VPN chứa nó.
#     en: >-
#       Use an encrypted protocol (TLS 1.2 or later, SSH, or a VPN tunnel) on every extraction or transfer channel;
#       declare the lowest TLS version accepted for a TLS protocol, and the VPN tunnel that carries a plaintext one.
transfer_encrypted contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

transfer_encrypted contains _no_transfers if {
	facility.has_bhyt_contract
	count(channels.transfers) == 0
}

transfer_encrypted contains finding if {
	facility.has_bhyt_contract
	some i, transfer in channels.transfers
	finding := _encryption_finding(i, transfer, channels.encryption(transfer))
}

_encryption_finding(i, transfer, verdict) := findings.pass(
	channels.target(transfer), pointer.of(array.concat(["dataTransfers", i], verdict.path)),
	concat("", ["Kênh ", transfer.id, ": ", verdict.vi]),
	concat("", ["Channel ", transfer.id, ": ", verdict.en]),
) if {
	verdict.encrypted
} else := findings.fail(
	channels.target(transfer), pointer.of(array.concat(["dataTransfers", i], verdict.path)),
	concat("", ["Kênh ", transfer.id, ": ", verdict.vi]),
	concat("", ["Channel ", transfer.id, ": ", verdict.en]),
)

# METADATA
# scope: document
# title: Data extraction and transfer channels are authenticated
# description: Every channel that extracts or transfers KCB BHYT data authenticates both ends (authenticated true).
# custom:
#   title_vi: Kênh trích chuyển dữ liệu có xác thực
#   description_vi: >-
#     Mỗi kênh trích chuyển dữ liệu KCB BHYT đều xác thực hai đầu (authenticated: true).
#   item: "¶2"
#   clause: >-
#     đồng thời phối hợp với các cơ sở khám bệnh, chữa bệnh để hỗ trợ việc trích chuyển dữ liệu, bảo đảm an toàn,
#     bảo mật, tránh lộ, lọt thông tin để các đối tượng xấu khai thác, lợi dụng.
#   severity: critical
#   assessment: automated
#   evidence: [dataTransfers]
#   remediation:
#     vi: Bật xác thực hai đầu (chứng thư, tài khoản riêng) cho mọi kênh trích chuyển dữ liệu; khai báo authenticated.
#     en: Authenticate both ends (certificates, dedicated credentials) on every channel; declare authenticated.
transfer_authenticated contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

transfer_authenticated contains _no_transfers if {
	facility.has_bhyt_contract
	count(channels.transfers) == 0
}

transfer_authenticated contains finding if {
	facility.has_bhyt_contract
	some i, transfer in channels.transfers
	transfer.authenticated == true
	finding := findings.pass(
		channels.target(transfer), pointer.of(["dataTransfers", i, "authenticated"]),
		concat("", [
			"Kênh ", transfer.id, " (", _family(transfer).name, " ", _family(transfer).vi, ") có xác thực",
			_ssh_method_vi(transfer), ".",
		]),
		concat("", [
			"Channel ", transfer.id, " (", _family(transfer).name, " ", _family(transfer).en, ") is authenticated",
			_ssh_method_en(transfer), ".",
		]),
	)
}

transfer_authenticated contains finding if {
	facility.has_bhyt_contract
	some i, transfer in channels.transfers
	not transfer.authenticated
	finding := findings.fail(
		channels.target(transfer), pointer.of(["dataTransfers", i]),
		concat("", [
			"Kênh ", transfer.id, " (", _family(transfer).name, ")",
			" không có (hoặc không khai báo) xác thực hai đầu.",
		]),
		concat("", [
			"Channel ", transfer.id, " (", _family(transfer).name, ")",
			" is not authenticated, or does not say so.",
		]),
	)
}

_family(transfer) := channels.family_text(transfer)

_ssh_method_vi(transfer) := concat("", [" bằng ", method]) if {
	channels.families[transfer.protocol] == "ssh"
	method := _ssh_methods_vi[transfer.sshAuthentication]
} else := ""

_ssh_method_en(transfer) := concat("", [" by ", method]) if {
	channels.families[transfer.protocol] == "ssh"
	method := _ssh_methods_en[transfer.sshAuthentication]
} else := ""

_ssh_methods_vi := {"publickey": "khoá SSH", "password": "mật khẩu", "publickey-and-password": "khoá SSH và mật khẩu"}

_ssh_methods_en := {"publickey": "SSH key", "password": "password", "publickey-and-password": "SSH key and password"}

# METADATA
# scope: document
# title: Data extraction and transfer channels are approved
# description: Every channel that extracts or transfers KCB BHYT data was approved (who approved it, and when).
# custom:
#   title_vi: Kênh trích chuyển dữ liệu được phê duyệt
#   description_vi: >-
#     Mỗi kênh trích chuyển dữ liệu KCB BHYT đều đã được phê duyệt (có người và ngày phê duyệt).
#   item: "¶3"
#   clause: >-
#     đồng thời yêu cầu các cơ sở khám bệnh, chữa bệnh phối hợp bảo vệ dữ liệu khám bệnh, chữa bệnh BHYT.
#   severity: high
#   assessment: evidence
#   evidence: [dataTransfers]
#   remediation:
#     vi: Trình thủ trưởng đơn vị phê duyệt từng kênh trích chuyển dữ liệu; ghi người phê duyệt và ngày phê duyệt.
#     en: Have each extraction or transfer channel approved by the head of unit; record who approved it and when.
transfer_approved contains applicability.no_bhyt_contract if not facility.has_bhyt_contract

transfer_approved contains _no_transfers if {
	facility.has_bhyt_contract
	count(channels.transfers) == 0
}

transfer_approved contains finding if {
	facility.has_bhyt_contract
	some i, transfer in channels.transfers
	transfer.approvedBy
	transfer.approvedOn
	finding := findings.pass(
		channels.target(transfer), pointer.of(["dataTransfers", i, "approvedBy"]),
		concat("", ["Kênh ", transfer.id, " được ", transfer.approvedBy, " phê duyệt ngày ", vi.date(transfer.approvedOn), "."]),
		concat("", ["Channel ", transfer.id, " was approved by ", transfer.approvedBy, " on ", transfer.approvedOn, "."]),
	)
}

transfer_approved contains finding if {
	facility.has_bhyt_contract
	some i, transfer in channels.transfers
	not _approval_recorded(transfer)
	finding := findings.fail(
		channels.target(transfer), pointer.of(["dataTransfers", i]),
		concat("", ["Kênh ", transfer.id, " không ghi người và ngày phê duyệt."]),
		concat("", ["Channel ", transfer.id, " records no approval (who and when)."]),
	)
}

_approval_recorded(transfer) if {
	transfer.approvedBy
	transfer.approvedOn
}
