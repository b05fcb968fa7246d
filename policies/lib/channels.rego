# METADATA
# description: |
#   The protocol families of data extraction and transfer channels, and how each family is
#   judged for encryption in transit. Shared by the 5863/BYT-BH transfer rules and the pdpl-2025 pack.
#   TLS-based protocols are judged by the lowest TLS version they accept (1.2 or later); SSH-based ones are
#   encrypted by SSH (TLS does not apply); a VPN tunnel is encrypted by itself; a plaintext protocol is encrypted
#   only when it runs inside a VPN tunnel declared as another channel (tunnel). The protocol list is the same
#   as the schema's enum, so an unknown protocol is an input error before any rule runs; a rule still fails
#   closed on one.
package kcb.lib.channels

import data.kcb.lib.facility
import data.kcb.lib.labels

# families maps each known protocol to its family: tls, ssh, vpn or plaintext.
families := {
	"https": "tls",
	"ftps": "tls",
	"smtps": "tls",
	"hl7-mllp-tls": "tls",
	"fhir-https": "tls",
	"dicom-tls": "tls",
	"sftp": "ssh",
	"scp": "ssh",
	"ipsec": "vpn",
	"wireguard": "vpn",
	"openvpn": "vpn",
	"ssl-vpn": "vpn",
	"http": "plaintext",
	"ftp": "plaintext",
	"telnet": "plaintext",
	"smb": "plaintext",
	"smtp": "plaintext",
	"hl7-mllp": "plaintext",
	"fhir-http": "plaintext",
	"dicom": "plaintext",
}

# names are the protocols as messages print them.
names := {
	"https": "HTTPS",
	"ftps": "FTPS",
	"smtps": "SMTPS",
	"hl7-mllp-tls": "HL7 MLLP/TLS",
	"fhir-https": "FHIR/HTTPS",
	"dicom-tls": "DICOM/TLS",
	"sftp": "SFTP",
	"scp": "SCP",
	"ipsec": "IPsec",
	"wireguard": "WireGuard",
	"openvpn": "OpenVPN",
	"ssl-vpn": "SSL VPN",
	"http": "HTTP",
	"ftp": "FTP",
	"telnet": "Telnet",
	"smb": "SMB",
	"smtp": "SMTP",
	"hl7-mllp": "HL7 MLLP",
	"fhir-http": "FHIR/HTTP",
	"dicom": "DICOM",
}

# VPNs built on TLS: a TLS floor they state is judged; IPsec and WireGuard have none.
# transfers lists the facility's extraction and transfer channels (dataTransfers).
transfers := object.get(facility.config, "dataTransfers", [])

# target names a channel in findings: "transfer:<id>".
target(transfer) := concat(":", ["transfer", transfer.id])

_tls_vpns := {"openvpn", "ssl-vpn"}

_strong_tls := {"1.2", "1.3"}

# tunnels are the ids of the channels declared as VPN tunnels.
tunnels contains channel.id if {
	some channel in object.get(facility.config, "dataTransfers", [])
	families[channel.protocol] == "vpn"
}

# family_text names a channel's protocol and family for messages, e.g. "SFTP runs over SSH".
family_text(transfer) := {"vi": _family_vi[family], "en": _family_en[family], "name": names[transfer.protocol]} if {
	family := families[transfer.protocol]
} else := {"vi": "giao thức không xác định", "en": "an unknown protocol", "name": transfer.protocol}

_family_vi := {"tls": "chạy trên TLS", "ssh": "chạy trên SSH", "vpn": "là đường hầm VPN", "plaintext": "truyền rõ, không mã hoá"}

_family_en := {"tls": "runs over TLS", "ssh": "runs over SSH", "vpn": "is a VPN tunnel", "plaintext": "is plaintext"}

# encryption judges one channel: {"encrypted": bool, "path": the path under the channel to show, "vi", "en"}.
encryption(transfer) := _in_tunnel(transfer) if {
	families[transfer.protocol] != "vpn"
	transfer.tunnel in tunnels
} else := _by_family(transfer, families[transfer.protocol]) if {
	families[transfer.protocol]
} else := _verdict(
	false, ["protocol"],
	concat("", ["giao thức '", transfer.protocol, "' không nằm trong danh sách đã biết nên không đánh giá được mã hoá."]),
	concat("", ["protocol '", transfer.protocol, "' is not a known protocol, so its encryption cannot be judged."]),
)

_verdict(encrypted, path, vi, en) := {"encrypted": encrypted, "path": path, "vi": vi, "en": en}

_in_tunnel(transfer) := _verdict(
	true, ["tunnel"],
	concat("", [
		names[transfer.protocol], " chạy bên trong đường hầm VPN ", transfer.tunnel,
		": được mã hoá bởi đường hầm.",
	]),
	concat("", [
		names[transfer.protocol], " runs inside VPN tunnel ", transfer.tunnel,
		": encrypted by the tunnel.",
	]),
)

_by_family(transfer, "tls") := _verdict(
	true, ["tlsMinVersion"],
	concat("", [names[transfer.protocol], " chạy trên TLS: chỉ chấp nhận TLS ", transfer.tlsMinVersion, " trở lên."]),
	concat("", [names[transfer.protocol], " runs over TLS: accepts TLS ", transfer.tlsMinVersion, " or later only."]),
) if {
	transfer.tlsMinVersion in _strong_tls
} else := _weak_tls(transfer)

_by_family(transfer, "ssh") := _verdict(
	true, _tls_path(transfer),
	concat("", [names[transfer.protocol], " chạy trên SSH: được mã hoá.", _tls_ignored_vi(transfer, "SSH")]),
	concat("", [names[transfer.protocol], " runs over SSH: encrypted.", _tls_ignored_en(transfer, "SSH")]),
)

_by_family(transfer, "vpn") := _weak_tls(transfer) if {
	transfer.protocol in _tls_vpns
	transfer.tlsMinVersion
	not transfer.tlsMinVersion in _strong_tls
} else := _verdict(
	true, _tls_path(transfer),
	concat("", [names[transfer.protocol], " là đường hầm VPN: được mã hoá.", _vpn_tls_note_vi(transfer)]),
	concat("", [names[transfer.protocol], " is a VPN tunnel: encrypted.", _vpn_tls_note_en(transfer)]),
)

_by_family(transfer, "plaintext") := _verdict(
	false, ["tunnel"],
	concat("", [
		names[transfer.protocol], " truyền rõ, không mã hoá; đường hầm ", transfer.tunnel,
		" không phải kênh VPN đã khai báo trong ", labels.vi("dataTransfers"), ".",
	]),
	concat("", [
		names[transfer.protocol], " is plaintext, and tunnel ", transfer.tunnel,
		" is not a VPN channel declared among the ", labels.en("dataTransfers"), ".",
	]),
) if {
	transfer.tunnel
} else := _verdict(
	false, ["protocol"],
	concat("", [names[transfer.protocol], " truyền rõ, không mã hoá, và không chạy trong đường hầm VPN đã khai báo."]),
	concat("", [names[transfer.protocol], " is plaintext and does not run inside a declared VPN tunnel."]),
)

_weak_tls(transfer) := _verdict(
	false, [],
	concat("", [
		names[transfer.protocol], " chạy trên TLS nhưng chấp nhận TLS thấp hơn 1.2 hoặc không khai báo (",
		labels.vi("dataTransfers.tlsMinVersion"), ": ", object.get(transfer, "tlsMinVersion", "không ghi"), ").",
	]),
	concat("", [
		names[transfer.protocol], " runs over TLS but accepts TLS below 1.2 or does not say (",
		labels.en("dataTransfers.tlsMinVersion"), ": ", object.get(transfer, "tlsMinVersion", "not stated"), ").",
	]),
)

_tls_label := {"vi": labels.vi("dataTransfers.tlsMinVersion"), "en": labels.en("dataTransfers.tlsMinVersion")}

_tls_path(transfer) := ["tlsMinVersion"] if {
	transfer.tlsMinVersion
} else := ["protocol"]

_tls_ignored_vi(transfer, family) := text if {
	transfer.tlsMinVersion
	text := concat("", [" Trường «", _tls_label.vi, "» không áp dụng cho ", family, " và được bỏ qua."])
} else := ""

_tls_ignored_en(transfer, family) := text if {
	transfer.tlsMinVersion
	text := concat("", [" The field \"", _tls_label.en, "\" does not apply to ", family, " and is ignored."])
} else := ""

_vpn_tls_note_vi(transfer) := "" if {
	transfer.protocol in _tls_vpns
} else := _tls_ignored_vi(transfer, names[transfer.protocol])

_vpn_tls_note_en(transfer) := "" if {
	transfer.protocol in _tls_vpns
} else := _tls_ignored_en(transfer, names[transfer.protocol])
