package kcb.rules.pdpl_2025

import data.kcb.lib.channels
import data.kcb.lib.findings
import data.kcb.lib.pointer

# METADATA
# scope: document
# title: Each transfer of health data has a transfer agreement and is encrypted
# description: |
#   Every data transfer channel (the same list the 5863/BYT-BH transfer rules read) records the agreement
#   that governs it (its reference, signed on or before the evaluation date) and is encrypted
#   as the 5863/BYT-BH transfer rule judges it by protocol family (TLS 1.2 or later, SSH, or a VPN tunnel).
#   A facility that declares no transfer has nothing to check.
# custom:
#   title_vi: Mỗi kênh chuyển giao dữ liệu sức khoẻ có thoả thuận chuyển giao và được mã hoá
#   description_vi: >-
#     Mỗi kênh trích chuyển dữ liệu có thoả thuận chuyển giao (agreement: số hiệu, ngày ký) và được
#     mã hoá khi truyền (như quy tắc mã hoá của 5863/BYT-BH).
#   item: Nghị định Điều 7
#   clause: chuyển giao dữ liệu cá nhân
#   confidence: low
#   verification: >-
#     The transfer agreement and encryption of sensitive data in transfer (Decree 356 Art. 7) rest on the
#     research notes' law-firm summaries (medium there); no source found here states them, so the confidence is
#     lowered to low. The clause quotes the subject phrase only.
#   severity: high
#   assessment: evidence
#   evidence: [dataTransfers]
#   remediation:
#     vi: >-
#       Ký thoả thuận chuyển giao dữ liệu cho từng kênh (ghi số hiệu, ngày ký) và dùng giao thức
#       có mã hoá (TLS 1.2 trở lên, SSH hoặc đường hầm VPN).
#     en: >-
#       Sign a transfer agreement for each channel (record its reference and date signed) and use an encrypted
#       protocol (TLS 1.2 or later, SSH, or a VPN tunnel).
transfer_agreed_and_encrypted contains _not_in_force if not _in_force

transfer_agreed_and_encrypted contains finding if {
	_in_force
	count(channels.transfers) == 0
	finding := findings.not_applicable(
		"Cơ sở không khai báo kênh chuyển giao dữ liệu nào.",
		"The facility declares no data transfer channel.",
	)
}

transfer_agreed_and_encrypted contains finding if {
	_in_force
	some i, transfer in channels.transfers
	finding := _transfer_finding(i, transfer)
}

_transfer_finding(i, transfer) := findings.pass(
	channels.target(transfer), pointer.of(["dataTransfers", i, "agreement"]),
	concat("", [
		"Kênh ", transfer.id, " có thoả thuận ", transfer.agreement.reference,
		"; ", channels.encryption(transfer).vi,
	]),
	concat("", [
		"Channel ", transfer.id, " has agreement ", transfer.agreement.reference,
		"; ", channels.encryption(transfer).en,
	]),
) if {
	transfer.agreement.signedOn <= input.asOf
	channels.encryption(transfer).encrypted
} else := findings.fail(
	channels.target(transfer), pointer.of(["dataTransfers", i]),
	concat("", [
		"Kênh ", transfer.id, " thiếu thoả thuận chuyển giao đã ký hoặc không được mã hoá; ",
		channels.encryption(transfer).vi,
	]),
	concat("", [
		"Channel ", transfer.id, " has no signed transfer agreement or is not encrypted; ",
		channels.encryption(transfer).en,
	]),
)
