# METADATA
# description: |
#   Obligations that more than one letter states in the same words (5715/BYT-BH as reported, and
#   2748/SYT-NVY): each letter keeps its own rule, and both read the findings computed here.
package kcb.lib.obligations

import data.kcb.lib.evidence
import data.kcb.lib.facility
import data.kcb.lib.findings
import data.kcb.lib.pointer
import data.kcb.lib.vi

responsibility_topics := {"account_responsibility", "it_operations"}

# responsibility_regulation: a regulation names responsibilities for IT operations and for accounts.
responsibility_regulation contains finding if {
	some i, regulation in object.get(facility.config, ["governance", "regulations"], [])
	covers_responsibilities(regulation)
	finding := findings.pass(
		concat(":", ["regulation", regulation.id]),
		pointer.of(["governance", "regulations", i, "covers"]),
		concat("", ["Quy chế ", regulation.number, " quy định trách nhiệm quản lý, vận hành hệ thống CNTT và tài khoản."]),
		concat("", ["Regulation ", regulation.number, " assigns responsibilities for IT operations and accounts."]),
	)
}

responsibility_regulation contains finding if {
	not some_regulation_covers_responsibilities
	finding := findings.fail(
		"facility", "/governance",
		concat("", [
			"Không có quy chế nào quy định trách nhiệm quản lý, triển khai, vận hành, khai thác hệ thống CNTT ",
			"và tài khoản.",
		]),
		concat("", [
			"No regulation assigns responsibilities for managing, deploying, operating and using the IT system ",
			"and its accounts.",
		]),
	)
}

covers_responsibilities(regulation) if {
	every topic in responsibility_topics {
		topic in regulation.covers
	}
}

some_regulation_covers_responsibilities if {
	some regulation in object.get(facility.config, ["governance", "regulations"], [])
	covers_responsibilities(regulation)
}

# head_direction: the head of unit has issued a direction on information security within the period.
head_direction := finding if {
	facility.head_name
	by_head := {i: direction |
		some i, direction in object.get(facility.config, ["governance", "securityDirectives"], [])
		direction.issuedBy == facility.head_name
	}
	records := evidence.records_at(by_head, "issuedOn", ["governance", "securityDirectives"])
	finding := evidence.freshness(
		records, data.params.securityDirectionMaxDays, "facility", ["governance"],
		{
			"vi": concat("", ["chỉ đạo về bảo mật, an toàn thông tin do thủ trưởng (", facility.head_name, ") ký"]),
			"en": concat("", ["direction on information security signed by the head of unit (", facility.head_name, ")"]),
		},
	)
}

head_direction := finding if {
	not facility.head_name
	finding := findings.fail(
		"facility", "/facility",
		"Cấu hình không ghi thủ trưởng đơn vị, nên không xác định được chỉ đạo của người đứng đầu.",
		"The configuration names no head of unit, so the head's direction cannot be shown.",
	)
}

# personal_responsibility: the holder of each active account signed the assignment, accepting personal
# responsibility for it (assignment.acknowledgedOn).
personal_responsibility(accounts) := {finding |
	some i, account in accounts
	finding := responsibility_finding(i, account)
}

responsibility_finding(i, account) := findings.pass(
	facility.account_target(account),
	pointer.of(["accounts", i, "assignment", "acknowledgedOn"]),
	concat("", [
		"Người giữ tài khoản ", account.id, " đã ký nhận trách nhiệm cá nhân ngày ",
		vi.date(account.assignment.acknowledgedOn), ".",
	]),
	concat("", [
		"The holder of account ", account.id, " signed for personal responsibility on ",
		account.assignment.acknowledgedOn, ".",
	]),
) if {
	account.holder
	account.assignment.acknowledgedOn
} else := findings.fail(
	facility.account_target(account), facility.account_pointer(i),
	concat("", ["Tài khoản ", account.id, " không có người giữ đã ký nhận trách nhiệm cá nhân."]),
	concat("", ["Account ", account.id, " has no holder who signed for personal responsibility."]),
)
