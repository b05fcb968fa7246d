package kcb.rules.byt_6827_2024

import data.kcb.lib.evidence
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.labels
import data.kcb.lib.pointer

_inspections := object.get(facility.config, "inspections", [])

# METADATA
# scope: document
# title: How personal data is managed, stored and used is inspected periodically
# description: |
#   An inspection or supervision of how personal data is managed, stored and used is recorded,
#   no older than the period the profile sets.
# custom:
#   title_vi: Kiểm tra, giám sát định kỳ việc quản lý, lưu trữ, sử dụng thông tin cá nhân
#   description_vi: >-
#     Có ghi nhận lần kiểm tra, giám sát việc quản lý, lưu trữ, sử dụng dữ liệu cá nhân, không cũ hơn
#     số ngày bộ tham số quy định.
#   item: "3"
#   clause: >-
#     Tổ chức kiểm tra, giám sát, báo cáo định kỳ về việc thực hiện các biện pháp quản lý, lưu trữ và sử dụng
#     thông tin cá nhân tại các cơ sở y tế;
#   severity: medium
#   assessment: evidence
#   evidence: [inspections]
#   parameters: [inspectionMaxDays]
#   remediation:
#     vi: Tổ chức kiểm tra việc quản lý, lưu trữ, sử dụng thông tin cá nhân ít nhất mỗi kỳ và ghi ngày, phạm vi.
#     en: Inspect how personal data is managed, stored and used at least once a period; record date and scope.
personal_data_inspected contains finding if {
	records := evidence.records_at(_inspections, "inspectedOn", ["inspections"])
	finding := evidence.freshness(
		records, data.params.inspectionMaxDays, "facility", ["inspections"],
		{"vi": "kiểm tra, giám sát việc quản lý thông tin cá nhân", "en": "inspection of how personal data is managed"},
	)
}

# METADATA
# scope: document
# title: Periodic reports on personal-data management are submitted
# description: |
#   An inspection whose report was sent is recorded, no older than
#   the period the profile sets.
# custom:
#   title_vi: Báo cáo định kỳ về việc quản lý, lưu trữ, sử dụng thông tin cá nhân
#   description_vi: >-
#     Có ghi nhận lần kiểm tra đã gửi báo cáo, không cũ hơn số ngày bộ tham số quy định.
#   item: "3"
#   clause: >-
#     Tổ chức kiểm tra, giám sát, báo cáo định kỳ về việc thực hiện các biện pháp quản lý, lưu trữ và sử dụng
#     thông tin cá nhân tại các cơ sở y tế;
#   severity: medium
#   assessment: evidence
#   evidence: [inspections]
#   parameters: [inspectionMaxDays]
#   remediation:
#     vi: Gửi báo cáo định kỳ cho cơ quan quản lý và ghi số báo cáo, nơi nhận.
#     en: Send the periodic report to the supervising authority and record its number and recipient.
periodic_report_submitted contains finding if {
	reported := {i: inspection |
		some i, inspection in _inspections
		inspection.reportedTo
		inspection.reportNumber
	}
	records := evidence.records_at(reported, "inspectedOn", ["inspections"])
	finding := evidence.freshness(
		records, data.params.inspectionMaxDays, "facility", ["inspections"],
		{"vi": "báo cáo định kỳ đã gửi", "en": "periodic report sent"},
	)
}

# METADATA
# scope: document
# title: Fraud warnings run with the media
# description: |
#   A campaign warning patients about fraud that exploits personal data, run with a media partner
#   is recorded, no older than the period the profile sets. No configuration fact
#   can show this cooperation: it passes on the recorded campaign and fails without it.
# custom:
#   title_vi: Phối hợp với cơ quan truyền thông tuyên truyền, cảnh báo lừa đảo
#   description_vi: >-
#     Có ghi nhận đợt cảnh báo người bệnh về lừa đảo lợi dụng dữ liệu cá nhân, phối hợp với cơ quan truyền thông
#     không cũ hơn số ngày bộ tham số quy định. Không dữ kiện cấu hình nào chứng
#     minh được sự phối hợp này: quy tắc đạt khi có bản ghi đợt cảnh báo, không đạt khi chưa có.
#   item: "3"
#   clause: >-
#     Phối hợp với các cơ quan truyền thông để tăng cường công tác tuyên truyền, cảnh báo về các hành vi lừa đảo
#     thông qua việc lợi dụng thông tin cá nhân;
#   severity: low
#   assessment: evidence
#   evidence: [awareness.fraudWarnings]
#   parameters: [fraudWarningMaxDays]
#   remediation:
#     vi: Phối hợp với báo, đài địa phương cảnh báo người bệnh về lừa đảo; ghi ngày, kênh, đối tác.
#     en: Warn patients about fraud together with local press or broadcasters; record date, channel and partner.
fraud_warning_with_media contains finding if {
	with_media := {i: warning |
		some i, warning in object.get(facility.config, ["awareness", "fraudWarnings"], [])
		warning.partner
	}
	records := evidence.records_at(with_media, "publishedOn", ["awareness", "fraudWarnings"])
	finding := evidence.freshness(
		records, data.params.fraudWarningMaxDays, "facility", ["awareness"],
		{"vi": "cảnh báo lừa đảo phối hợp với cơ quan truyền thông", "en": "fraud warning run with a media partner"},
	)
}

# METADATA
# scope: document
# title: Patients have a published channel to report leaks
# description: |
#   At least one channel for patients to report suspected leaks or fraud
#   is recorded, and each recorded channel says where it is published.
# custom:
#   title_vi: Có kênh tiếp nhận phản ánh của người bệnh được công bố
#   description_vi: >-
#     Có ít nhất một kênh để người bệnh phản ánh nghi ngờ lộ dữ liệu hoặc lừa đảo, và mỗi kênh ghi rõ nơi công bố.
#   item: "3"
#   clause: >-
#     Khuyến khích người bệnh cảnh giác và báo cáo ngay khi phát hiện các dấu hiệu bất thường, lộ, lọt thông tin
#     cá nhân.
#   severity: medium
#   assessment: evidence
#   evidence: [awareness.patientReportingChannels]
#   remediation:
#     vi: Công bố đường dây nóng hoặc kênh tiếp nhận phản ánh tại khoa khám bệnh, website; ghi nơi công bố.
#     en: Publish a hotline or reporting channel at the outpatient department and on the website; record where it is published.
patient_reporting_channel_published contains finding if {
	count(object.get(facility.config, ["awareness", "patientReportingChannels"], [])) == 0
	finding := findings.fail(
		"facility", "/awareness",
		"Không có kênh nào để người bệnh báo cáo dấu hiệu lộ, lọt thông tin.",
		"No channel lets patients report signs of leaks.",
	)
}

patient_reporting_channel_published contains finding if {
	some i, channel in facility.config.awareness.patientReportingChannels
	finding := _channel_finding(i, channel)
}

_channel_finding(i, channel) := findings.pass(
	concat(":", ["channel", channel.kind, channel.value]),
	pointer.of(["awareness", "patientReportingChannels", i, "publishedAt"]),
	concat("", [_kind_vi(channel), " ", channel.value, " được công bố tại: ", concat(", ", channel.publishedAt), "."]),
	concat("", [_kind_en(channel), " ", channel.value, " is published at: ", concat(", ", channel.publishedAt), "."]),
) if {
	count(object.get(channel, "publishedAt", [])) > 0
} else := findings.fail(
	concat(":", ["channel", channel.kind, channel.value]),
	pointer.of(["awareness", "patientReportingChannels", i]),
	concat("", [_kind_vi(channel), " ", channel.value, " không ghi nơi công bố cho người bệnh."]),
	concat("", [_kind_en(channel), " ", channel.value, " does not say where patients can find it."]),
)

_kind_vi(channel) := concat("", ["Kênh ", labels.value_vi("awareness.patientReportingChannels.kind", channel.kind)])

_kind_en(channel) := concat("", ["Channel (", labels.value_en("awareness.patientReportingChannels.kind", channel.kind), ")"])
