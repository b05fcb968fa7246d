# METADATA
# description: Facts about the facility under evaluation that several directives share.
package kcb.lib.facility

config := input.config

# province is the two-digit province code: declared, or the first two digits of the KCB facility code.
default province := ""

province := config.facility.province

province := substring(config.facility.code, 0, 2) if not config.facility.province

has_bhyt_contract if config.facility.bhytContract == true

portal_system_ids contains system.id if {
	some system in config.systems
	system.kind == "bhxh_portal"
}

# portal_accounts maps the index of each active BHXH portal account to the account.
portal_accounts[i] := account if {
	some i, account in config.accounts
	account.system in portal_system_ids
	account_is_active(account)
}

active_accounts[i] := account if {
	some i, account in config.accounts
	account_is_active(account)
}

account_is_active(account) if object.get(account, "status", "active") == "active"

staff_by_id[person.id] := person if some person in config.staff

account_target(account) := concat(":", ["account", account.id])

account_pointer(i) := concat("/", ["", "accounts", format_int(i, 10)])

# regulations_covering lists the internal regulations that declare the given topic.
regulations_covering(topic) := [regulation |
	some regulation in object.get(config, ["governance", "regulations"], [])
	topic in regulation.covers
]
