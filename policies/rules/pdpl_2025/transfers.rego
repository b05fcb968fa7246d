package kcb.rules.pdpl_2025

import data.kcb.lib.findings
import data.kcb.rules.byt_5863_2021

# METADATA
# scope: document
# title: Each transfer of health data has a transfer agreement and is encrypted
# description: |
#   Every channel in dataTransfers (the same list the 5863/BYT-BH transfer rules read) records the agreement
#   that governs it (agreement.reference, agreement.signedOn on or before the evaluation date) and accepts
#   nothing below TLS 1.2 (tlsMinVersion). A facility that declares no transfer has nothing to check.
# custom:
#   title_vi: Mỗi kênh chuyển giao dữ liệu sức khoẻ có thoả thuận chuyển giao và được mã hoá
#   description_vi: >-
#     Mỗi kênh trích chuyển dữ liệu (dataTransfers) có thoả thuận chuyển giao (agreement: số hiệu, ngày ký) và được
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
#       Ký thoả thuận chuyển giao dữ liệu cho từng kênh (agreement.reference, agreement.signedOn) và chỉ cho phép
#       TLS 1.2 trở lên (tlsMinVersion).
#     en: >-
#       Sign a transfer agreement for each channel (agreement.reference, agreement.signedOn) and accept only
#       TLS 1.2 or later (tlsMinVersion).
transfer_agreed_and_encrypted contains _not_in_force if not _in_force

transfer_agreed_and_encrypted contains finding if {
	_in_force
	count(byt_5863_2021.transfers) == 0
	finding := findings.not_applicable(
		"Cơ sở không khai báo kênh chuyển giao dữ liệu nào (dataTransfers).",
		"The facility declares no data transfer channel (dataTransfers).",
	)
}

transfer_agreed_and_encrypted contains finding if {
	_in_force
	some i, transfer in byt_5863_2021.transfers
	finding := _transfer_finding(i, transfer)
}

_transfer_finding(i, transfer) := findings.pass(
	byt_5863_2021.transfer_target(transfer), byt_5863_2021.transfer_pointer(i, "/agreement"),
	concat("", [
		"Kênh ", transfer.id, " có thoả thuận ", transfer.agreement.reference,
		" và dùng TLS ", transfer.tlsMinVersion, " trở lên.",
	]),
	concat("", [
		"Channel ", transfer.id, " has agreement ", transfer.agreement.reference,
		" and TLS ", transfer.tlsMinVersion, " or later.",
	]),
) if {
	transfer.agreement.signedOn <= input.asOf
	transfer.tlsMinVersion in {"1.2", "1.3"}
} else := findings.fail(
	byt_5863_2021.transfer_target(transfer), byt_5863_2021.transfer_pointer(i, ""),
	concat("", ["Kênh ", transfer.id, " thiếu thoả thuận chuyển giao đã ký (agreement) hoặc chấp nhận TLS thấp hơn 1.2."]),
	concat("", ["Channel ", transfer.id, " has no signed transfer agreement (agreement) or accepts TLS below 1.2."]),
)
