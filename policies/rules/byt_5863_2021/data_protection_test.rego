package kcb.rules.byt_5863_2021_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_5863_2021

no_contract := fx.with_config({"facility": {"bhytContract": false}})

transfer := fx.hospital.dataTransfers[0]

with_transfer(patch) := fx.with_config({"dataTransfers": [object.union(transfer, patch)]})

without_transfer_field(field) := {"asOf": fx.as_of, "config": json.remove(fx.hospital, [concat("/", ["dataTransfers/0", field])])}

test_na_rules_without_contract if {
	fx.not_applicable(byt_5863_2021.bhyt_applications_inventoried) with input as no_contract
	fx.not_applicable(byt_5863_2021.bhyt_application_reviewed) with input as no_contract
	fx.not_applicable(byt_5863_2021.transfer_encrypted) with input as no_contract
	fx.not_applicable(byt_5863_2021.transfer_authenticated) with input as no_contract
	fx.not_applicable(byt_5863_2021.transfer_approved) with input as no_contract
}

test_pass_inventoried_systems if {
	fx.only_pass(byt_5863_2021.bhyt_applications_inventoried) with input as fx.good
}

test_fail_system_not_stating_bhyt_data if {
	findings := byt_5863_2021.bhyt_applications_inventoried with input as fx.without(["systems/2/holdsBhytData"])
	fx.fails_with(findings, "System pharm-01 does not state whether it holds BHYT")
	fx.fails_at(findings, "system:pharm-01", "/systems/2")
}

test_fail_no_bhyt_application_both_application_rules if {
	input_without_bhyt := fx.without(["systems/1/holdsBhytData", "systems/2/holdsBhytData"])
	findings := byt_5863_2021.bhyt_applications_inventoried with input as input_without_bhyt
	fx.fails_with(findings, "No system is declared as holding BHYT")
	fx.fails_at(findings, "facility", "/systems")
	findings_2 := byt_5863_2021.bhyt_application_reviewed with input as input_without_bhyt
		with data.params as fx.params
	fx.fails_with(findings_2, "No application is declared as holding BHYT data")
	fx.fails_at(findings_2, "facility", "/systems")
}

test_pass_recent_application_review if {
	fx.only_pass(byt_5863_2021.bhyt_application_reviewed) with input as fx.good with data.params as fx.params
}

test_fail_old_application_review if {
	findings := byt_5863_2021.bhyt_application_reviewed with input as fx.good
		with input.asOf as "2027-09-01"
		with data.params as fx.params
	fx.fails_with(findings, "is older than 365 days or left issues open")
	fx.fails_at(findings, "system:his-01", "/applicationReviews/0")
}

test_fail_application_review_with_open_issues if {
	review := {"system": "his-01", "reviewedOn": "2026-10-01", "result": "issues_found"}
	findings := byt_5863_2021.bhyt_application_reviewed with input as fx.with_config({"applicationReviews": [review]})
		with data.params as fx.params
	fx.fails_with(findings, "left issues open")
	fx.fails_at(findings, "system:his-01", "/applicationReviews/0")
}

test_fail_unreviewed_application if {
	findings := byt_5863_2021.bhyt_application_reviewed with input as fx.without(["applicationReviews"])
		with data.params as fx.params
	fx.fails_with(findings, "Application his-01 has no recorded security review")
	fx.fails_at(findings, "system:his-01", "/systems/1")
}

test_pass_tls_1_2_channel if {
	fx.only_pass(byt_5863_2021.transfer_encrypted) with input as fx.good
}

test_fail_tls_1_0_channel if {
	findings := byt_5863_2021.transfer_encrypted with input as with_transfer({"tlsMinVersion": "1.0"})
	finding := _the_finding(findings, "fail")
	finding.message.en == concat("", [
		"Channel xml-giamdinh: HTTPS runs over TLS but accepts TLS below 1.2 or does not say ",
		"(lowest TLS version: 1.0).",
	])
	finding.target == "transfer:xml-giamdinh"
	finding.pointer == "/dataTransfers/0"
}

test_fail_channel_without_tls_floor if {
	findings := byt_5863_2021.transfer_encrypted with input as without_transfer_field("tlsMinVersion")
	fx.fails_with(findings, "(lowest TLS version: not stated)")
	fx.fails_at(findings, "transfer:xml-giamdinh", "/dataTransfers/0")
}

test_fail_no_channel_every_transfer_rule if {
	no_channels := fx.with_config({"dataTransfers": []})
	encrypted := byt_5863_2021.transfer_encrypted with input as no_channels
	fx.fails_with(encrypted, "declares no data extraction or transfer channel")
	fx.fails_at(encrypted, "facility", "/dataTransfers")
	findings := byt_5863_2021.transfer_authenticated with input as no_channels
	fx.fails_with(findings, "declares no data extraction or transfer channel")
	fx.fails_at(findings, "facility", "/dataTransfers")
	approved := byt_5863_2021.transfer_approved with input as no_channels
	fx.fails_with(approved, "declares no data extraction or transfer channel")
	fx.fails_at(approved, "facility", "/dataTransfers")
}

test_pass_authenticated_channel if {
	fx.only_pass(byt_5863_2021.transfer_authenticated) with input as fx.good
}

test_fail_unauthenticated_channel if {
	findings := byt_5863_2021.transfer_authenticated with input as with_transfer({"authenticated": false})
	fx.fails_with(findings, "Channel xml-giamdinh (HTTPS) is not authenticated")
	fx.fails_at(findings, "transfer:xml-giamdinh", "/dataTransfers/0")
}

test_pass_approved_channel if {
	fx.only_pass(byt_5863_2021.transfer_approved) with input as fx.good
}

test_fail_unapproved_channel if {
	findings := byt_5863_2021.transfer_approved with input as without_transfer_field("approvedOn")
	fx.fails_with(findings, "Channel xml-giamdinh records no approval")
	fx.fails_at(findings, "transfer:xml-giamdinh", "/dataTransfers/0")
}

_the_finding(findings, status) := finding if {
	some finding in findings
	finding.status == status
}

_channels(list) := fx.with_config({"dataTransfers": list})

_channel(id, patch) := object.union_n([object.remove(transfer, ["tlsMinVersion"]), {"id": id}, patch])

test_pass_tls_channel_names_its_family if {
	some finding in byt_5863_2021.transfer_encrypted with input as fx.good
	finding.target == "transfer:xml-giamdinh"
	finding.status == "pass"
	finding.message.en == "Channel xml-giamdinh: HTTPS runs over TLS: accepts TLS 1.2 or later only."
	finding.target == "transfer:xml-giamdinh"
	finding.pointer == "/dataTransfers/0/tlsMinVersion"
}

test_pass_sftp_without_tls_floor_is_encrypted_by_ssh if {
	findings := byt_5863_2021.transfer_encrypted with input as _channels([_channel("backup", {"protocol": "sftp"})])
	finding := _the_finding(findings, "pass")
	finding.message.en == "Channel backup: SFTP runs over SSH: encrypted."
	finding.target == "transfer:backup"
	finding.pointer == "/dataTransfers/0/protocol"
	fx.only_pass(findings)
}

test_pass_scp_with_tls_floor_notes_the_field_does_not_apply if {
	scp := _channel("scp-1", {"protocol": "scp", "tlsMinVersion": "1.0"})
	findings := byt_5863_2021.transfer_encrypted with input as _channels([scp])
	fx.only_pass(findings)
	finding := _the_finding(findings, "pass")
	finding.message.en == concat("", [
		"Channel scp-1: SCP runs over SSH: encrypted. ",
		"The field \"lowest TLS version\" does not apply to SSH and is ignored.",
	])
	finding.pointer == "/dataTransfers/0/tlsMinVersion"
}

test_pass_vpn_tunnel_is_encrypted if {
	findings := byt_5863_2021.transfer_encrypted with input as _channels([_channel("vpn-bhxh", {"protocol": "ipsec"})])
	finding := _the_finding(findings, "pass")
	finding.message.en == "Channel vpn-bhxh: IPsec is a VPN tunnel: encrypted."
	finding.pointer == "/dataTransfers/0/protocol"
}

test_fail_tls_vpn_with_old_tls if {
	vpn := _channel("vpn", {"protocol": "ssl-vpn", "tlsMinVersion": "1.1"})
	findings := byt_5863_2021.transfer_encrypted with input as _channels([vpn])
	finding := _the_finding(findings, "fail")
	finding.message.en == "Channel vpn: SSL VPN runs over TLS but accepts TLS below 1.2 or does not say (lowest TLS version: 1.1)."
	finding.pointer == "/dataTransfers/0"
	finding.target == "transfer:vpn"
}

test_pass_plaintext_inside_declared_tunnel if {
	tunnel := _channel("vpn-bhxh", {"protocol": "ipsec"})
	ftp := _channel("ftp-xml", {"protocol": "ftp", "tunnel": "vpn-bhxh"})
	findings := byt_5863_2021.transfer_encrypted with input as _channels([tunnel, ftp])
	fx.only_pass(findings)
	some finding in findings
	finding.target == "transfer:ftp-xml"
	finding.message.en == "Channel ftp-xml: FTP runs inside VPN tunnel vpn-bhxh: encrypted by the tunnel."
	finding.pointer == "/dataTransfers/1/tunnel"
}

test_fail_plaintext_without_tunnel if {
	findings := byt_5863_2021.transfer_encrypted with input as _channels([_channel("ftp-xml", {"protocol": "ftp"})])
	finding := _the_finding(findings, "fail")
	finding.message.en == "Channel ftp-xml: FTP is plaintext and does not run inside a declared VPN tunnel."
	finding.target == "transfer:ftp-xml"
	finding.pointer == "/dataTransfers/0/protocol"
}

test_fail_plaintext_in_undeclared_tunnel if {
	lab := _channel("lab", {"protocol": "http", "tunnel": "vpn-nowhere"})
	findings := byt_5863_2021.transfer_encrypted with input as _channels([lab])
	finding := _the_finding(findings, "fail")
	finding.message.en == concat("", [
		"Channel lab: HTTP is plaintext, and tunnel vpn-nowhere is not a VPN channel declared among the ",
		"data transfer channels.",
	])
	finding.pointer == "/dataTransfers/0/tunnel"
	finding.target == "transfer:lab"
}

test_fail_unknown_protocol_fails_closed if {
	findings := byt_5863_2021.transfer_encrypted with input as _channels([_channel("x", {"protocol": "gopher"})])
	finding := _the_finding(findings, "fail")
	finding.message.en == "Channel x: protocol 'gopher' is not a known protocol, so its encryption cannot be judged."
	finding.pointer == "/dataTransfers/0/protocol"
	finding.target == "transfer:x"
}

test_pass_sftp_authentication_names_ssh_and_method if {
	sftp := _channel("backup", {"protocol": "sftp", "sshAuthentication": "publickey"})
	finding := _the_finding(byt_5863_2021.transfer_authenticated, "pass") with input as _channels([sftp])
	finding.message.en == "Channel backup (SFTP runs over SSH) is authenticated by SSH key."
	finding.target == "transfer:backup"
	finding.pointer == "/dataTransfers/0/authenticated"
}

test_pass_sftp_authenticated_without_method if {
	findings := byt_5863_2021.transfer_authenticated with input as _channels([_channel("backup", {"protocol": "sftp"})])
	fx.only_pass(findings)
	finding := _the_finding(findings, "pass")
	finding.message.en == "Channel backup (SFTP runs over SSH) is authenticated."
}

_export := fx.hospital.manualExports[0]

_with_export(patch) := fx.with_config({"manualExports": [object.union(_export, patch)]})

_without_export_field(field) := fx.with_config({"manualExports": [object.remove(_export, [field])]})

test_pass_protected_export if {
	findings := byt_5863_2021.manual_export_protected with input as fx.good
	fx.only_pass(findings)
	some finding in findings
	finding.target == "export:ds-bhyt-thang"
	finding.pointer == "/manualExports/0/protection"
	finding.message.en == concat("", [
		"Export ds-bhyt-thang (Excel file to Giám định viên BHXH tỉnh) is protected: ",
		"encrypted (e.g. 7-Zip AES-256, an encrypted USB drive).",
	])
}

test_fail_unprotected_zalo_export if {
	zalo := _with_export({"medium": "messaging", "destination": "Nhóm Zalo", "protection": "none"})
	finding := _the_finding(byt_5863_2021.manual_export_protected, "fail") with input as zalo
	finding.target == "export:ds-bhyt-thang"
	finding.pointer == "/manualExports/0"
	finding.message.en == concat("", [
		"Export ds-bhyt-thang (messaging app to Nhóm Zalo) ",
		"is neither encrypted nor password-protected.",
	])
}

test_fail_export_without_named_staff if {
	findings := byt_5863_2021.manual_export_authorized with input as _without_export_field("authorizedStaff")
	finding := _the_finding(findings, "fail")
	finding.target == "export:ds-bhyt-thang"
	finding.pointer == "/manualExports/0"
	contains(finding.message.en, "names no one allowed to export or records no approval")
}

test_pass_authorized_export if {
	findings := byt_5863_2021.manual_export_authorized with input as fx.good
	fx.only_pass(findings)
	some finding in findings
	finding.pointer == "/manualExports/0/approvedBy"
	contains(finding.message.en, "is made only by nv-001, approved by Lê Văn Minh on 2024-03-15")
}

test_fail_unlogged_export if {
	findings := byt_5863_2021.manual_export_logged with input as _without_export_field("exportLog")
	finding := _the_finding(findings, "fail")
	finding.target == "export:ds-bhyt-thang"
	finding.pointer == "/manualExports/0"
	finding.message.en == "Export ds-bhyt-thang (Excel file to Giám định viên BHXH tỉnh) is not logged."
}

test_na_no_export if {
	fx.not_applicable(byt_5863_2021.manual_export_protected) with input as fx.without(["manualExports"])
	fx.not_applicable(byt_5863_2021.manual_export_authorized) with input as fx.without(["manualExports"])
	fx.not_applicable(byt_5863_2021.manual_export_logged) with input as fx.without(["manualExports"])
}
