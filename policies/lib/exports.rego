# METADATA
# description: |
#   Manual extractions of patient or KCB BHYT data: staff exporting Excel/CSV lists or PDF reports
#   from a system, copying them to USB, sending them by email or a messaging app (Zalo), or screenshots. The
#   checks each rule asks of one export, shared by the 5863/BYT-BH and 6827/BYT-KCB rules.
package kcb.lib.exports

import data.kcb.lib.facility
import data.kcb.lib.findings

declared := object.get(facility.config, "manualExports", [])

target(export) := concat(":", ["export", export.id])

none_declared := findings.not_applicable(
	"Cơ sở không khai báo việc trích xuất dữ liệu thủ công nào (xuất Excel/CSV, USB, thư điện tử, Zalo…).",
	"The facility declares no manual extraction (Excel/CSV exports, USB, email, Zalo…).",
)

# media names each medium for messages.
media := {
	"excel": {"vi": "tệp Excel", "en": "Excel file"},
	"csv": {"vi": "tệp CSV", "en": "CSV file"},
	"pdf": {"vi": "tệp PDF", "en": "PDF file"},
	"usb": {"vi": "USB", "en": "USB drive"},
	"email": {"vi": "thư điện tử", "en": "email"},
	"messaging": {"vi": "ứng dụng nhắn tin", "en": "messaging app"},
	"screenshot": {"vi": "ảnh chụp màn hình", "en": "screenshot"},
}

# protected: the exported file is encrypted or password-protected.
protected(export) if export.protection in {"encrypted", "password"}

# authorized: the staff who may export are named, and the export was approved.
authorized(export) if {
	count(object.get(export, "authorizedStaff", [])) > 0
	export.approvedBy
	export.approvedOn
}

# logged: each export is written to a log that is named.
logged(export) if count(object.get(export, "exportLog", "")) > 0

# label is "Export <id> (<medium> to <destination>)" in both languages.
label(export) := {
	"vi": concat("", ["Trích xuất ", export.id, " (", media[export.medium].vi, " tới ", export.destination, ")"]),
	"en": concat("", ["Export ", export.id, " (", media[export.medium].en, " to ", export.destination, ")"]),
}

# by_unit maps the index of each export made by a hospital pharmacy or a department.
by_unit[i] := export if {
	some i, export in declared
	_unit(export)
}

_unit(export) if export.pharmacy

_unit(export) if export.department
