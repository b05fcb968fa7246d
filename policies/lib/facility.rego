# METADATA
# description: Facts about the facility under evaluation that several directives share.
package kcb.lib.facility

import data.kcb.lib.pointer

config := input.config

# province is the two-digit province code: declared, or the first two digits of the KCB facility code.
default province := ""

province := config.facility.province

province := substring(config.facility.code, 0, 2) if not config.facility.province

# is_kcb_facility: a health facility (cơ sở khám bệnh, chữa bệnh), not a stand-alone pharmacy.
is_kcb_facility if not standalone_pharmacy

standalone_pharmacy if config.facility.type == "pharmacy"

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

account_pointer(i) := pointer.of(["accounts", i])

# regulations_covering lists the internal regulations that declare the given topic.
regulations_covering(topic) := [regulation |
	some regulation in object.get(config, ["governance", "regulations"], [])
	topic in regulation.covers
]

# head_name is the declared head of unit (thủ trưởng), if any.
head_name := config.facility.head.name

# systems_holding_patient_data maps the index of each system that stores patient data to the system.
# A system stores patient data unless it says otherwise; the BHXH portal is BHXH's, not the facility's.
systems_holding_patient_data[i] := system if {
	some i, system in object.get(config, "systems", [])
	object.get(system, "holdsPatientData", system.kind != "bhxh_portal")
}

# active_health_workers maps the index of each serving health worker to the person.
active_health_workers[i] := person if {
	some i, person in object.get(config, "staff", [])
	person.status == "active"
	object.get(person, "healthWorker", true)
}

staff_pointer(i) := pointer.of(["staff", i])

staff_target(person) := concat(":", ["staff", person.id])

system_target(system) := concat(":", ["system", system.id])

system_pointer(i) := pointer.of(["systems", i])

# has_role_catalogue: the facility declares a roles catalogue, so permissions can be judged against roles.
has_role_catalogue if count(object.get(config, "roles", [])) > 0

role_ids contains role.id if some role in object.get(config, "roles", [])

# role_grants lists every grant of the role: its grants, and the one-row form (system, permissions) of each
# row with that id (a role imported from a spreadsheet has one row per system).
role_grants(role_id) := [grant |
	some role in config.roles
	role.id == role_id
	some grant in array.concat(object.get(role, "grants", []), _row_grant(role))
]

_row_grant(role) := [{"system": role.system, "permissions": object.get(role, "permissions", [])}] if role.system

else := []

# role_departments is the set of departments the role's rows name (roles[].departments).
role_departments(role_id) := {department |
	some role in config.roles
	role.id == role_id
	some department in object.get(role, "departments", [])
}

# role_may_delegate: a row of the role says mayDelegate.
role_may_delegate(role_id) if {
	some role in config.roles
	role.id == role_id
	role.mayDelegate == true
}

# allowed_permissions is the set of permissions the person's roles may hold on the system.
allowed_permissions(person, system) := {permission |
	some role_id in object.get(person, "roles", [])
	some grant in role_grants(role_id)
	grant.system == system
	some permission in grant.permissions
}

# role_grants_system: one of the person's roles may hold an account on the system.
role_grants_system(person, system) if {
	some role_id in object.get(person, "roles", [])
	some grant in role_grants(role_id)
	grant.system == system
}
