package kcb.rules.byt_6827_2024

import data.kcb.lib.dates
import data.kcb.lib.evidence
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.pointer
import data.kcb.lib.vi

_no_health_worker := findings.fail(
	"facility", "/staff",
	"Cấu hình không liệt kê nhân viên y tế nào đang công tác.",
	"The configuration lists no serving health worker.",
)

# in_grace: staff who joined within newStaffGraceDays are not yet due.
_in_grace(person) if {
	age := dates.age_in_days(person.joinedOn)
	age >= 0
	age <= data.params.newStaffGraceDays
}

# _confidentiality_trainings groups the records (evidence.records_at) of trainings on patient confidentiality by
# trainee in one pass: looking them up per person instead would cost staff × trainings in the WASM evaluator.
_confidentiality_trainings[training.staffId] contains {
	"date": training.completedOn,
	"path": ["trainings", i, "completedOn"],
} if {
	some i, training in object.get(facility.config, "trainings", [])
	"patient_confidentiality" in object.get(training, "topics", [])
}

_trainings_of(person) := object.get(_confidentiality_trainings, person.id, set())

# The grace finding's message is written only when the report shows passing findings
# (findings.passing_messages_omitted).
_grace_finding(i, person, grace) := findings.pass_unwritten(_staff_targets[i]) if {
	findings.passing_messages_omitted
} else := findings.pass(
	_staff_targets[i], pointer.of(["staff", i, "joinedOn"]),
	concat("", [
		person.name, " vào làm ngày ", vi.date(person.joinedOn), ", còn trong thời hạn ",
		format_int(data.params.newStaffGraceDays, 10), " ngày để ", grace.vi, ".",
	]),
	concat("", [
		person.name, " joined on ", person.joinedOn, ", within the ",
		format_int(data.params.newStaffGraceDays, 10), "-day grace period for new staff to ", grace.en, ".",
	]),
)

# METADATA
# scope: document
# title: Every health worker is trained on patient-information security
# description: |
#   Every serving health worker (staff not marked as other than health workers) completed a training covering
#   patient confidentiality no older than the period the profile sets; staff who joined within the profile's grace
#   are still due.
# custom:
#   title_vi: Từng nhân viên y tế được tập huấn về bảo mật thông tin người bệnh
#   description_vi: >-
#     Mỗi nhân viên y tế đang công tác  đã hoàn thành tập huấn có nội dung bảo mật
#     thông tin người bệnh trong vòng số ngày bộ tham số quy định; nhân viên mới vào làm trong
#     thời hạn bộ tham số cho phép chưa bị tính.
#   item: "2"
#   clause: >-
#     Tăng cường tập huấn, đào tạo về bảo mật thông tin của người bệnh cho từng nhân viên y tế, đảm bảo nhận thức
#     đầy đủ và nghiêm túc tuân thủ nghĩa vụ đối với nghề nghiệp của nhân viên y tế được quy định tại Điều 45 Luật
#     Khám bệnh, chữa bệnh và các quy định về bảo mật thông tin, giữ bí mật tình trạng bệnh của người bệnh, những
#     thông tin mà người bệnh đã cung cấp và hồ sơ bệnh án.
#   severity: high
#   assessment: evidence
#   evidence: [staff, trainings]
#   parameters: [trainingValidityDays, newStaffGraceDays]
#   remediation:
#     vi: >-
#       Tập huấn bảo mật thông tin người bệnh cho từng nhân viên y tế (kể cả nhân viên mới) và ghi ngày hoàn thành,
#       chủ đề giữ bí mật thông tin người bệnh.
#     en: >-
#       Train every health worker (new staff included) on patient-information security and record the completion
#       date with the topic patient confidentiality.
health_workers_trained := [_no_health_worker] if {
	count(facility.active_health_workers) == 0
} else := [finding |
	# One finding per serving health worker, each person's records gathered once (the WASM target does not memoize
	# functions). A list, not a set like other rules' findings: each has its own target, so there is nothing to
	# deduplicate, and OPA's WASM hashes a finding whole, messages included, as it enters a set and again each time
	# the set grows (a quarter of a large hospital's evaluation).
	some i, person in facility.active_health_workers
	finding := _staff_finding(
		i, person, _trainings_of(person), data.params.trainingValidityDays,
		_training_words,
	)
]

# staff_finding: a new staff member without fresh evidence yet is within the grace period (pass); anyone else
# gets the freshness finding of the latest record.
_staff_finding(i, person, records, max_days, words) := _grace_finding(i, person, words.grace) if {
	_in_grace(person)
	not evidence.has_fresh(records, max_days)
} else := evidence.freshness_of(records, max_days, _staff_targets[i], ["staff", i], words.what, person.name)

# What each rule's findings call the record (the person's name follows it) and what a new person has yet to do;
# the same words for every person, so the policy builds them once.
_training_words := {
	"what": {"vi": "tập huấn bảo mật thông tin người bệnh của ", "en": "patient-confidentiality training of "},
	"grace": {"vi": "được tập huấn", "en": "be trained"},
}

_commitment_words := {
	"what": {"vi": "cam kết giữ bí mật thông tin người bệnh của ", "en": "confidentiality commitment of "},
	"grace": {"vi": "ký cam kết", "en": "sign the commitment"},
}

# Each serving health worker's target, built once for both rules above rather than once per rule: the WASM target
# does not memoize functions, and its heap is never freed during an evaluation, so at 10,000 staff each copy cost
# some 20 MB of the policy's memory.
_staff_targets[i] := facility.staff_target(person) if some i, person in facility.active_health_workers

# METADATA
# scope: document
# title: Every health worker signed a confidentiality commitment (Article 45)
# description: |
#   Every serving health worker signed a commitment to the Article 45 duties of keeping patients' information
#   secret, renewed within the period the profile sets; staff who joined within the profile's grace period are
#   still due.
# custom:
#   title_vi: Từng nhân viên y tế ký cam kết giữ bí mật thông tin người bệnh (Điều 45)
#   description_vi: >-
#     Mỗi nhân viên y tế đang công tác đã ký cam kết thực hiện nghĩa vụ giữ bí mật thông tin người bệnh theo
#     Điều 45, ký lại trong thời hạn bộ tham số quy định;
#     nhân viên mới vào làm trong thời hạn bộ tham số cho phép chưa bị tính.
#   item: "2"
#   clause: >-
#     Tăng cường tập huấn, đào tạo về bảo mật thông tin của người bệnh cho từng nhân viên y tế, đảm bảo nhận thức
#     đầy đủ và nghiêm túc tuân thủ nghĩa vụ đối với nghề nghiệp của nhân viên y tế được quy định tại Điều 45 Luật
#     Khám bệnh, chữa bệnh và các quy định về bảo mật thông tin, giữ bí mật tình trạng bệnh của người bệnh, những
#     thông tin mà người bệnh đã cung cấp và hồ sơ bệnh án.
#   severity: medium
#   assessment: evidence
#   evidence: [staff]
#   parameters: [commitmentValidityDays, newStaffGraceDays]
#   remediation:
#     vi: Cho từng nhân viên y tế ký cam kết giữ bí mật thông tin người bệnh và ghi ngày ký.
#     en: Have every health worker sign a patient-confidentiality commitment and record the date.
confidentiality_commitment_signed := [_no_health_worker] if {
	count(facility.active_health_workers) == 0
} else := [finding |
	# A list, as health_workers_trained's.
	some i, person in facility.active_health_workers
	finding := _staff_finding(
		i, person, _commitment_of(i, person), data.params.commitmentValidityDays,
		_commitment_words,
	)
]

_commitment_of(i, person) := [{
	"date": person.confidentialityCommitment.signedOn,
	"path": ["staff", i, "confidentialityCommitment", "signedOn"],
}] if {
	person.confidentialityCommitment.signedOn
} else := []
