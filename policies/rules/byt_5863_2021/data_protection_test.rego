package kcb.rules.byt_5863_2021_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_5863_2021

no_contract := fx.with_config({"facility": {"bhytContract": false}})

transfer := fx.hospital.dataTransfers[0]

with_transfer(patch) := fx.with_config({"dataTransfers": [object.union(transfer, patch)]})

without_transfer_field(field) := {"asOf": fx.as_of, "config": json.remove(fx.hospital, [concat("/", ["dataTransfers/0", field])])}

test_rules_not_applicable_without_contract if {
	fx.not_applicable(byt_5863_2021.bhyt_applications_inventoried) with input as no_contract
	fx.not_applicable(byt_5863_2021.bhyt_application_reviewed) with input as no_contract
	fx.not_applicable(byt_5863_2021.transfer_encrypted) with input as no_contract
	fx.not_applicable(byt_5863_2021.transfer_authenticated) with input as no_contract
	fx.not_applicable(byt_5863_2021.transfer_approved) with input as no_contract
}

test_inventoried_systems_pass if {
	fx.only_pass(byt_5863_2021.bhyt_applications_inventoried) with input as fx.good
}

test_system_not_stating_bhyt_data_fails if {
	findings := byt_5863_2021.bhyt_applications_inventoried with input as fx.without(["systems/2/holdsBhytData"])
	fx.fails_with(findings, "System pharm-01 does not state whether it holds BHYT")
}

test_no_bhyt_application_fails_both_application_rules if {
	input_without_bhyt := fx.without(["systems/1/holdsBhytData", "systems/2/holdsBhytData"])
	findings := byt_5863_2021.bhyt_applications_inventoried with input as input_without_bhyt
	fx.fails_with(findings, "No system is declared as holding BHYT")
	findings_2 := byt_5863_2021.bhyt_application_reviewed with input as input_without_bhyt
		with data.params as fx.params
	fx.fails_with(findings_2, "No application is declared as holding BHYT data")
}

test_recent_application_review_passes if {
	fx.only_pass(byt_5863_2021.bhyt_application_reviewed) with input as fx.good with data.params as fx.params
}

test_old_application_review_fails if {
	fx.fails_with(byt_5863_2021.bhyt_application_reviewed, "is older than 365 days or left issues open") with input as fx.good
		with input.asOf as "2027-09-01"
		with data.params as fx.params
}

test_application_review_with_open_issues_fails if {
	review := {"system": "his-01", "reviewedOn": "2026-10-01", "result": "issues_found"}
	findings := byt_5863_2021.bhyt_application_reviewed with input as fx.with_config({"applicationReviews": [review]})
		with data.params as fx.params
	fx.fails_with(findings, "left issues open")
}

test_unreviewed_application_fails if {
	findings := byt_5863_2021.bhyt_application_reviewed with input as fx.without(["applicationReviews"])
		with data.params as fx.params
	fx.fails_with(findings, "Application his-01 has no recorded security review")
}

test_tls_1_2_channel_passes if {
	fx.only_pass(byt_5863_2021.transfer_encrypted) with input as fx.good
}

test_tls_1_0_channel_fails if {
	findings := byt_5863_2021.transfer_encrypted with input as with_transfer({"tlsMinVersion": "1.0"})
	fx.fails_with(findings, "Channel xml-giamdinh (https) accepts TLS below 1.2 or does not say (tlsMinVersion: 1.0)")
}

test_channel_without_tls_floor_fails if {
	findings := byt_5863_2021.transfer_encrypted with input as without_transfer_field("tlsMinVersion")
	fx.fails_with(findings, "(tlsMinVersion: not stated)")
}

test_no_channel_fails_every_transfer_rule if {
	no_channels := fx.with_config({"dataTransfers": []})
	fx.fails_with(byt_5863_2021.transfer_encrypted, "declares no data extraction or transfer channel") with input as no_channels
	findings := byt_5863_2021.transfer_authenticated with input as no_channels
	fx.fails_with(findings, "declares no data extraction or transfer channel")
	fx.fails_with(byt_5863_2021.transfer_approved, "declares no data extraction or transfer channel") with input as no_channels
}

test_authenticated_channel_passes if {
	fx.only_pass(byt_5863_2021.transfer_authenticated) with input as fx.good
}

test_unauthenticated_channel_fails if {
	findings := byt_5863_2021.transfer_authenticated with input as with_transfer({"authenticated": false})
	fx.fails_with(findings, "Channel xml-giamdinh is not authenticated")
}

test_approved_channel_passes if {
	fx.only_pass(byt_5863_2021.transfer_approved) with input as fx.good
}

test_unapproved_channel_fails if {
	findings := byt_5863_2021.transfer_approved with input as without_transfer_field("approvedOn")
	fx.fails_with(findings, "Channel xml-giamdinh records no approval")
}
