# Test fixtures shared by the rule tests: the compliant example hospital (copied from
# examples/compliant-hospital/facility.yaml) and the national parameters. Tests change parts of it to show failures.
package kcb.lib.fixtures_test

as_of := "2026-11-20"

params := {
	"passwordRotationMaxDays": 90,
	"applicationReviewMaxDays": 365,
	"permissionReviewMaxDays": 365,
	"accessReviewMaxDays": 45,
	"accessDailyCeiling": 100000,
	"accessBaselineFactor": 10,
	"securityDirectionMaxDays": 365,
	"disseminationMaxDays": 365,
	"trainingValidityDays": 365,
	"newStaffGraceDays": 60,
	"commitmentValidityDays": 1095,
	"inspectionMaxDays": 365,
	"fraudWarningMaxDays": 365,
	"waiverMaxDays": 180,
	"impactAssessmentMaxDays": 60,
	"breachNotificationMaxHours": 72,
}

hospital := {
	"apiVersion": "kcb-compliance/v2",
	"kind": "Facility",
	"facility": {
		"code": "38017",
		"name": "Bệnh viện Đa khoa huyện Sông Mây (ví dụ)",
		"province": "38",
		"type": "hospital",
		"bhytContract": true,
		"head": {
			"name": "Lê Văn Minh",
			"title": "Giám đốc",
		},
		"pharmacies": [{
			"id": "nt-01",
			"name": "Nhà thuốc Bệnh viện",
			"systems": ["pharm-01"],
		}],
	},
	"governance": {
		"regulations": [{
			"id": "qc-cntt",
			"number": "45/QĐ-BV",
			"title": "Quy chế quản lý, khai thác và sử dụng hệ thống công nghệ thông tin",
			"issuedOn": "2024-03-01",
			"covers": [
				"account_responsibility",
				"password_rotation",
				"access_review",
				"patient_confidentiality",
				"it_operations",
				"data_transfer",
				"incident_response",
			],
			"passwordRotationDays": 90,
		}],
		"securityDirectives": [{
			"number": "12/CT-BV",
			"issuedOn": "2026-01-05",
			"issuedBy": "Lê Văn Minh",
			"topic": "Bảo mật, an toàn thông tin KCB BHYT năm 2026",
		}],
		"disseminations": [{
			"heldOn": "2026-03-15",
			"topic": "Luật Khám bệnh, chữa bệnh 15/2023/QH15 (Điều 10, Điều 45) và quy chế bảo mật thông tin người bệnh",
			"audience": "Toàn thể viên chức, người lao động",
			"evidence": "Biên bản hội nghị ngày 15/3/2026",
		}],
		"permissionReviews": [{
			"reviewedOn": "2026-06-30",
			"reviewer": "Phòng Kế hoạch tổng hợp",
			"scope": "Toàn bộ tài khoản Cổng tiếp nhận dữ liệu BHXH cấp",
			"outcome": "no_change",
		}],
		"directiveImplementations": [{
			"directive": "941/SYT-NVY",
			"implementedOn": "2019-05-10",
			"by": "Lê Văn Minh",
			"summary": "Kế hoạch 30/KH-BV triển khai chấn chỉnh bảo mật thông tin KCB",
		}],
	},
	"staff": [
		{
			"id": "nv-001",
			"name": "Nguyễn Thị Lan",
			"department": "Phòng Kế hoạch tổng hợp",
			"role": "Chuyên viên giám định BHYT",
			"status": "active",
			"joinedOn": "2015-06-01",
			"confidentialityCommitment": {"signedOn": "2025-01-10"},
		},
		{
			"id": "nv-002",
			"name": "Trần Văn Hùng",
			"department": "Phòng Công nghệ thông tin",
			"role": "Kỹ sư CNTT",
			"healthWorker": false,
			"status": "active",
			"joinedOn": "2018-09-15",
			"confidentialityCommitment": {"signedOn": "2025-01-10"},
		},
		{
			"id": "nv-003",
			"name": "Phạm Thu Hà",
			"department": "Phòng Kế hoạch tổng hợp",
			"role": "Chuyên viên",
			"status": "transferred",
			"joinedOn": "2012-02-01",
			"leftOn": "2026-04-30",
		},
		{
			"id": "nv-004",
			"name": "Hoàng Thị Thu",
			"department": "Khoa Khám bệnh",
			"role": "Điều dưỡng",
			"status": "active",
			"joinedOn": "2026-10-01",
		},
	],
	"trainings": [{
		"staffId": "nv-001",
		"course": "Bảo mật thông tin người bệnh và tài khoản Cổng BHXH",
		"completedOn": "2026-02-20",
		"topics": [
			"patient_confidentiality",
			"account_responsibility",
		],
	}],
	"systems": [
		{
			"id": "portal",
			"kind": "bhxh_portal",
			"name": "Cổng tiếp nhận dữ liệu Hệ thống thông tin giám định BHYT",
		},
		{
			"id": "his-01",
			"kind": "his",
			"name": "HIS bệnh viện",
			"holdsBhytData": true,
			"controls": {
				"rbac": true,
				"auditLog": true,
				"encryptionAtRest": true,
				"mfa": true,
			},
		},
		{
			"id": "pharm-01",
			"kind": "pharmacy",
			"name": "Phần mềm nhà thuốc",
			"holdsBhytData": false,
			"controls": {
				"rbac": true,
				"auditLog": true,
				"encryptionAtRest": true,
				"mfa": false,
			},
		},
	],
	"accounts": [
		{
			"id": "bhxh-gd",
			"system": "portal",
			"username": "38017_gd",
			"holder": "nv-001",
			"assignment": {
				"decision": "101/QĐ-BV",
				"decidedOn": "2026-05-02",
				"by": "Lê Văn Minh",
				"acknowledgedOn": "2026-05-02",
			},
			"permissions": [
				"submit_claims",
				"view_feedback",
			],
			"status": "active",
			"passwordChangedOn": "2026-10-15",
			"holderHistory": [
				{
					"holder": "nv-003",
					"from": "2019-10-15",
					"to": "2026-04-30",
				},
				{
					"holder": "nv-001",
					"from": "2026-05-02",
				},
			],
		},
		{
			"id": "bhxh-it",
			"system": "portal",
			"username": "38017_it",
			"holder": "nv-002",
			"assignment": {
				"decision": "58/QĐ-BV",
				"decidedOn": "2024-03-10",
				"by": "Lê Văn Minh",
				"acknowledgedOn": "2024-03-11",
			},
			"permissions": ["technical_contact"],
			"status": "active",
			"passwordChangedOn": "2026-09-30",
		},
	],
	"applicationReviews": [{
		"system": "his-01",
		"reviewedOn": "2026-08-15",
		"reviewer": "Trung tâm CNTT Sở Y tế",
		"result": "issues_fixed",
	}],
	"dataTransfers": [{
		"id": "xml-giamdinh",
		"from": "his-01",
		"to": "Cổng tiếp nhận dữ liệu BHXH",
		"protocol": "https",
		"tlsMinVersion": "1.2",
		"authenticated": true,
		"approvedBy": "Lê Văn Minh",
		"approvedOn": "2024-03-15",
	}],
	"manualExports": [
		{
			"id": "ds-bhyt-thang",
			"source": "his-01",
			"medium": "excel",
			"department": "Phòng Kế hoạch tổng hợp",
			"authorizedStaff": ["nv-001"],
			"destination": "Giám định viên BHXH tỉnh",
			"protection": "encrypted",
			"approvedBy": "Lê Văn Minh",
			"approvedOn": "2024-03-15",
			"exportLog": "Sổ theo dõi trích xuất dữ liệu, Phòng Kế hoạch tổng hợp",
		},
		{
			"id": "bc-don-thuoc",
			"source": "pharm-01",
			"medium": "pdf",
			"pharmacy": "nt-01",
			"authorizedStaff": ["nv-002"],
			"destination": "Phòng Tài chính kế toán",
			"protection": "password",
			"approvedBy": "Lê Văn Minh",
			"approvedOn": "2024-03-15",
			"exportLog": "Nhật ký xuất báo cáo của phần mềm nhà thuốc",
		},
	],
	"accessStats": [
		{
			"date": "2026-09-10",
			"account": "bhxh-gd",
			"requests": 1850,
		},
		{
			"date": "2026-09-11",
			"account": "bhxh-gd",
			"requests": 2010,
		},
		{
			"date": "2026-09-12",
			"account": "bhxh-gd",
			"requests": 1920,
		},
		{
			"date": "2026-09-10",
			"account": "bhxh-it",
			"requests": 40,
		},
		{
			"date": "2026-09-11",
			"account": "bhxh-it",
			"requests": 35,
		},
		{
			"date": "2026-09-12",
			"account": "bhxh-it",
			"requests": 2400,
		},
		{
			"date": "2026-09-13",
			"account": "bhxh-it",
			"requests": 38,
		},
	],
	"accessReviews": [
		{
			"period": "2026-08",
			"reviewedOn": "2026-09-08",
			"reviewer": "Trần Văn Hùng",
			"outcome": "normal",
		},
		{
			"period": "2026-09",
			"reviewedOn": "2026-10-10",
			"reviewer": "Trần Văn Hùng",
			"outcome": "anomalies_found",
			"actions": "Ngày 12/9 tài khoản bhxh-it đẩy lại dữ liệu 3 tháng theo yêu cầu của BHXH; đã xác minh, đổi mật khẩu.",
		},
	],
	"incidents": [],
	"inspections": [{
		"inspectedOn": "2026-06-20",
		"scope": "Quản lý, lưu trữ, sử dụng thông tin cá nhân người bệnh tại các khoa, nhà thuốc",
		"reportedTo": "Sở Y tế Thanh Hoá",
		"reportNumber": "85/BC-BV",
	}],
	"awareness": {
		"patientReportingChannels": [{
			"kind": "hotline",
			"value": "0237 3 999 999",
			"publishedAt": [
				"Khoa Khám bệnh",
				"website bệnh viện",
			],
		}],
		"fraudWarnings": [{
			"publishedOn": "2026-04-10",
			"channel": "Báo Thanh Hoá",
			"partner": "Báo Thanh Hoá",
			"topic": "Cảnh báo giả danh nhân viên y tế gọi điện bán thuốc",
		}],
	},
}

good := {"asOf": as_of, "config": hospital}

# with_config is the good input with parts of the config replaced (objects merge, other values replace).
with_config(patch) := {"asOf": as_of, "config": object.union(hospital, patch)}

# without is the good input with the config paths removed (e.g. "incidents", "governance/permissionReviews").
without(paths) := {"asOf": as_of, "config": json.remove(hospital, paths)}

statuses(findings) := {finding.status | some finding in findings}

# only_pass: the rule emitted findings and every one passes.
only_pass(findings) if {
	count(findings) > 0
	statuses(findings) == {"pass"}
}

# fails_with: a failing finding whose English message contains the text.
fails_with(findings, text) if {
	some finding in findings
	finding.status == "fail"
	contains(finding.message.en, text)
}

not_applicable(findings) if statuses(findings) == {"not_applicable"}
