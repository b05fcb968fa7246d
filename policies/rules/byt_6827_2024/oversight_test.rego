package kcb.rules.byt_6827_2024_oversight_test

import data.kcb.lib.fixtures_test as fx
import data.kcb.rules.byt_6827_2024

test_pass_recent_inspection_and_report if {
	fx.only_pass(byt_6827_2024.personal_data_inspected) with input as fx.good with data.params as fx.params
	fx.only_pass(byt_6827_2024.periodic_report_submitted) with input as fx.good with data.params as fx.params
}

test_fail_missing_inspection if {
	findings := byt_6827_2024.personal_data_inspected with input as fx.without(["inspections"])
		with data.params as fx.params
	fx.fails_with(findings, "No inspection of how personal data is managed")
	fx.fails_at(findings, "facility", "/inspections")
}

test_fail_report_rule_on_inspection_without_report if {
	unreported := fx.without(["inspections/0/reportNumber"])
	fx.only_pass(byt_6827_2024.personal_data_inspected) with input as unreported with data.params as fx.params
	findings := byt_6827_2024.periodic_report_submitted with input as unreported
		with data.params as fx.params
	fx.fails_with(findings, "No periodic report sent")
	fx.fails_at(findings, "facility", "/inspections")
}

test_pass_media_fraud_warning if {
	fx.only_pass(byt_6827_2024.fraud_warning_with_media) with input as fx.good with data.params as fx.params
}

test_fail_fraud_warning_without_media_partner if {
	findings := byt_6827_2024.fraud_warning_with_media with input as fx.without(["awareness/fraudWarnings/0/partner"])
		with data.params as fx.params
	fx.fails_with(findings, "No fraud warning run with a media partner")
	fx.fails_at(findings, "facility", "/awareness")
}

test_pass_published_reporting_channel if {
	fx.only_pass(byt_6827_2024.patient_reporting_channel_published) with input as fx.good
}

test_fail_unpublished_reporting_channel if {
	unpublished := fx.without(["awareness/patientReportingChannels/0/publishedAt"])
	findings := byt_6827_2024.patient_reporting_channel_published with input as unpublished
	fx.fails_with(findings, "does not say where patients can find it")
	fx.fails_at(findings, "channel:hotline:0237 3 999 999", "/awareness/patientReportingChannels/0")
}

test_fail_no_reporting_channel if {
	findings := byt_6827_2024.patient_reporting_channel_published with input as fx.without(["awareness"])
	fx.fails_with(findings, "No channel lets patients report")
	fx.fails_at(findings, "facility", "/awareness")
}
