# METADATA
# title: 6827/BYT-KCB — strengthening the management of health information and data at KCB facilities
# description: |
#   Ministry of Health letter 6827/BYT-KCB of 2024-11-04, to provincial health departments, hospitals and
#   ministries' health services, after patients' personal data leaked from facilities and hospital pharmacies
#   was sold and used for fraud. Three items: disseminate the law and apply technical measures and processes
#   protecting medical records; train every health worker on Article 45 duties; inspect, report, warn patients
#   with the media and encourage them to report.
# custom:
#   document: 6827/BYT-KCB
#   issuer: Bộ Y tế
#   date: "2024-11-04"
#   subject: Tăng cường quản lý thông tin, dữ liệu y tế tại các cơ sở khám bệnh, chữa bệnh
#   source: 004_6441678d3fcf449c.txt
#   scope: national (every KCB facility, hospital pharmacies included)
package kcb.rules.byt_6827_2024

import data.kcb.lib.applicability
import data.kcb.lib.evidence
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.labels
import data.kcb.lib.pointer

_regulations := object.get(facility.config, ["governance", "regulations"], [])

_no_patient_data_system := findings.fail(
	"facility", "/systems",
	"Cấu hình không khai báo hệ thống nào lưu dữ liệu người bệnh.",
	"The configuration declares no system holding patient data.",
)

# control_findings is one finding per system holding patient data: does it have the given control? The control
# and the system's kind are named by their labels (lib/labels).
_control_findings(control, field) := {finding |
	some i, system in facility.systems_holding_patient_data
	finding := _control_finding(i, system, control, field)
}

_control_finding(i, system, control, field) := findings.pass(
	facility.system_target(system), pointer.of(["systems", i, "controls", control]),
	concat("", ["Hệ thống ", system.id, ", ", labels.value_vi("systems.kind", system.kind), ", có ", labels.vi(field), "."]),
	concat("", ["System ", system.id, ", ", labels.value_en("systems.kind", system.kind), ", has ", labels.en(field), "."]),
) if {
	system.controls[control] == true
} else := findings.fail(
	facility.system_target(system), facility.system_pointer(i),
	concat("", [
		"Hệ thống ", system.id, ", ", labels.value_vi("systems.kind", system.kind),
		", lưu dữ liệu người bệnh nhưng không có ", labels.vi(field), ".",
	]),
	concat("", [
		"System ", system.id, ", ", labels.value_en("systems.kind", system.kind),
		", holds patient data but has no ", labels.en(field), ".",
	]),
)

# METADATA
# scope: document
# title: The law on patient confidentiality is disseminated
# description: |
#   The head of unit had the Law on Medical Examination and Treatment and the rules on patient confidentiality
#   disseminated to staff, no older than the period the profile sets.
# custom:
#   title_vi: Phổ biến, quán triệt Luật Khám bệnh, chữa bệnh và quy định về bảo mật thông tin người bệnh
#   description_vi: >-
#     Thủ trưởng đơn vị đã tổ chức phổ biến Luật Khám bệnh, chữa bệnh và quy định về bảo mật thông tin người bệnh cho
#     nhân viên, không cũ hơn số ngày bộ tham số quy định.
#   item: "1"
#   clause: >-
#     Thủ trưởng các đơn vị chịu trách nhiệm triển khai, quán triệt và tăng cường phổ biến Luật Khám bệnh, chữa
#     bệnh và các văn bản quy phạm pháp luật có liên quan đến bảo mật thông tin người bệnh;
#   severity: medium
#   assessment: evidence
#   evidence: [governance.disseminations]
#   parameters: [disseminationMaxDays]
#   remediation:
#     vi: Tổ chức phổ biến Luật Khám bệnh, chữa bệnh và quy định bảo mật thông tin người bệnh; ghi ngày, nội dung, thành phần.
#     en: Hold a session on the Law and the rules on patient confidentiality; record date, topic and audience.
confidentiality_law_disseminated contains finding if {
	records := evidence.records_at(
		object.get(facility.config, ["governance", "disseminations"], []), "heldOn",
		["governance", "disseminations"],
	)
	finding := evidence.freshness(
		records, data.params.disseminationMaxDays, "facility", ["governance"],
		{"vi": "phổ biến pháp luật về bảo mật thông tin người bệnh", "en": "dissemination of the law on patient confidentiality"},
	)
}

# METADATA
# scope: document
# title: A process protecting patient confidentiality is regulated
# description: |
#   An internal regulation covering patient confidentiality sets the processes that keep medical records and
#   patients' private information secret.
# custom:
#   title_vi: Có quy trình quản lý bảo đảm quyền được giữ bí mật thông tin của người bệnh
#   description_vi: >-
#     Có quy chế nội bộ về bảo mật thông tin người bệnh quy định quy trình giữ bí mật hồ sơ
#     bệnh án và thông tin đời tư của người bệnh.
#   item: "1"
#   clause: >-
#     Triển khai các biện pháp kỹ thuật và quy trình nhằm quản lý, đảm bảo quyền của người bệnh được giữ bí mật
#     thông tin trong hồ sơ bệnh án và thông tin khác về đời tư mà người bệnh đã cung cấp cho người hành nghề
#     trong quá trình khám bệnh, chữa bệnh.
#   severity: high
#   assessment: evidence
#   evidence: [governance.regulations]
#   remediation:
#     vi: >-
#       Ban hành quy trình bảo mật hồ sơ bệnh án, thông tin đời tư người bệnh; ghi nội dung quy chế là giữ bí mật
#       thông tin người bệnh.
#     en: >-
#       Issue a process protecting medical records and private information; record that the regulation covers
#       patient confidentiality.
confidentiality_process_regulated contains finding if {
	some i, regulation in _regulations
	"patient_confidentiality" in regulation.covers
	finding := findings.pass(
		concat(":", ["regulation", regulation.id]), pointer.of(["governance", "regulations", i, "covers"]),
		concat("", ["Quy chế ", regulation.number, " quy định việc bảo mật thông tin người bệnh."]),
		concat("", ["Regulation ", regulation.number, " covers patient confidentiality."]),
	)
}

confidentiality_process_regulated contains finding if {
	count(facility.regulations_covering("patient_confidentiality")) == 0
	finding := findings.fail(
		"facility", "/governance",
		"Không có quy chế, quy trình nào về bảo mật thông tin người bệnh.",
		"No regulation or process covers patient confidentiality.",
	)
}

# METADATA
# scope: document
# title: Systems holding patient data control access by role
# description: |
#   Every system that stores patient data (true unless stated otherwise; hospital pharmacy systems
#   included) enforces role-based access control.
# custom:
#   title_vi: Hệ thống lưu dữ liệu người bệnh phân quyền truy cập theo vai trò
#   description_vi: >-
#     Mỗi hệ thống lưu dữ liệu người bệnh (mặc định là có; kể cả hệ thống của nhà thuốc bệnh viện)
#     phân quyền truy cập theo vai trò.
#   item: "1"
#   clause: >-
#     Triển khai các biện pháp kỹ thuật và quy trình nhằm quản lý, đảm bảo quyền của người bệnh được giữ bí mật
#     thông tin trong hồ sơ bệnh án và thông tin khác về đời tư mà người bệnh đã cung cấp cho người hành nghề
#     trong quá trình khám bệnh, chữa bệnh.
#   severity: high
#   assessment: automated
#   evidence: [systems]
#   remediation:
#     vi: Bật phân quyền theo vai trò trên mọi hệ thống lưu dữ liệu người bệnh, kể cả phần mềm nhà thuốc, và ghi vào cấu hình.
#     en: Enforce role-based access on every system holding patient data, pharmacy software included, and record it.
patient_data_access_controlled contains _no_patient_data_system if count(facility.systems_holding_patient_data) == 0

patient_data_access_controlled contains finding if {
	some finding in _control_findings("rbac", "systems.controls.rbac")
}

# METADATA
# scope: document
# title: Access to patient data is logged
# description: Every system that stores patient data logs who accessed what.
# custom:
#   title_vi: Hệ thống lưu dữ liệu người bệnh ghi nhật ký truy cập
#   description_vi: >-
#     Mỗi hệ thống lưu dữ liệu người bệnh ghi nhật ký ai đã truy cập dữ liệu nào.
#   item: "1"
#   clause: >-
#     Triển khai các biện pháp kỹ thuật và quy trình nhằm quản lý, đảm bảo quyền của người bệnh được giữ bí mật
#     thông tin trong hồ sơ bệnh án và thông tin khác về đời tư mà người bệnh đã cung cấp cho người hành nghề
#     trong quá trình khám bệnh, chữa bệnh.
#   severity: high
#   assessment: automated
#   evidence: [systems]
#   remediation:
#     vi: Bật ghi nhật ký truy cập trên mọi hệ thống lưu dữ liệu người bệnh và ghi vào cấu hình.
#     en: Turn on access logging on every system holding patient data, and record it.
patient_data_access_logged contains _no_patient_data_system if count(facility.systems_holding_patient_data) == 0

patient_data_access_logged contains finding if {
	some finding in _control_findings("auditLog", "systems.controls.auditLog")
}

# METADATA
# scope: document
# title: Stored patient data is encrypted
# description: Every system that stores patient data encrypts it at rest.
# custom:
#   title_vi: Dữ liệu người bệnh được mã hoá khi lưu trữ
#   description_vi: >-
#     Mỗi hệ thống lưu dữ liệu người bệnh mã hoá dữ liệu khi lưu trữ.
#   item: "1"
#   clause: >-
#     Triển khai các biện pháp kỹ thuật và quy trình nhằm quản lý, đảm bảo quyền của người bệnh được giữ bí mật
#     thông tin trong hồ sơ bệnh án và thông tin khác về đời tư mà người bệnh đã cung cấp cho người hành nghề
#     trong quá trình khám bệnh, chữa bệnh.
#   severity: medium
#   assessment: automated
#   evidence: [systems]
#   remediation:
#     vi: Mã hoá dữ liệu người bệnh khi lưu trữ trên mọi hệ thống và ghi vào cấu hình.
#     en: Encrypt patient data at rest on every system, and record it.
patient_data_encrypted contains _no_patient_data_system if count(facility.systems_holding_patient_data) == 0

patient_data_encrypted contains finding if {
	some finding in _control_findings("encryptionAtRest", "systems.controls.encryptionAtRest")
}

# METADATA
# scope: document
# title: Hospital pharmacy systems are declared and protected like the others
# description: |
#   Each hospital pharmacy names the systems it uses and each is a declared
#   system, so the access, logging and encryption rules cover it: the letter names leaks from hospital pharmacies.
# custom:
#   title_vi: Hệ thống của nhà thuốc bệnh viện được khai báo và bảo vệ như các hệ thống khác
#   description_vi: >-
#     Mỗi nhà thuốc bệnh viện ghi rõ các hệ thống đang dùng và mỗi hệ thống đều được
#     khai báo, để các quy tắc về phân quyền, nhật ký và mã hoá áp dụng cho nó: công văn nêu việc lộ dữ liệu từ nhà
#     thuốc bệnh viện.
#   item: "1"
#   clause: >-
#     Triển khai các biện pháp kỹ thuật và quy trình nhằm quản lý, đảm bảo quyền của người bệnh được giữ bí mật
#     thông tin trong hồ sơ bệnh án và thông tin khác về đời tư mà người bệnh đã cung cấp cho người hành nghề
#     trong quá trình khám bệnh, chữa bệnh.
#   severity: high
#   assessment: automated
#   evidence: [facility.pharmacies, systems]
#   remediation:
#     vi: Khai báo các hệ thống nhà thuốc bệnh viện sử dụng và liệt kê chúng trong danh sách hệ thống thông tin.
#     en: List the systems each hospital pharmacy uses and declare them among the information systems.
pharmacy_systems_covered contains applicability.no_pharmacy if not applicability.has_pharmacy

pharmacy_systems_covered contains finding if {
	some i, pharmacy in object.get(facility.config, ["facility", "pharmacies"], [])
	finding := _pharmacy_finding(i, pharmacy)
}

_system_ids contains system.id if some system in object.get(facility.config, "systems", [])

_pharmacy_finding(i, pharmacy) := findings.pass(
	concat(":", ["pharmacy", pharmacy.id]), pointer.of(["facility", "pharmacies", i, "systems"]),
	concat("", ["Nhà thuốc ", pharmacy.id, " dùng các hệ thống đã khai báo: ", concat(", ", pharmacy.systems), "."]),
	concat("", ["Pharmacy ", pharmacy.id, " uses declared systems: ", concat(", ", pharmacy.systems), "."]),
) if {
	count(object.get(pharmacy, "systems", [])) > 0
	every id in pharmacy.systems {
		id in _system_ids
	}
} else := findings.fail(
	concat(":", ["pharmacy", pharmacy.id]), pointer.of(["facility", "pharmacies", i]),
	concat("", [
		"Nhà thuốc ", pharmacy.id,
		" không khai báo hệ thống, hoặc dùng hệ thống không có trong danh sách hệ thống thông tin.",
	]),
	concat("", ["Pharmacy ", pharmacy.id, " names no system, or a system missing from the information systems."]),
)
