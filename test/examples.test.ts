import { describe, expect, it } from "vitest";
import { catalogForPacks, check, exitCode, loadCatalog, type FacilityReport } from "../src/index.js";

const asOf = "2026-11-20";
const NO_EVIDENCE = "The configuration holds no evidence this rule can assess.";

function statusById(facility: FacilityReport | undefined): Record<string, string> {
  return Object.fromEntries((facility?.rules ?? []).map((rule) => [rule.id, rule.status]));
}

function findingsOf(facility: FacilityReport, status: string): string[] {
  return facility.rules
    .flatMap((rule) =>
      rule.findings
        .filter((finding) => finding.status === status)
        .map((finding) => `${rule.id}@${finding.location.line}:${finding.target}`),
    )
    .sort();
}

describe("bundled examples through the real WASM policy", { timeout: 30_000 }, () => {
  it("gives every rule a finding of its own in every example (none falls back to 'no evidence')", async () => {
    const report = await check(["examples"], { asOf });
    const ruleIds = catalogForPacks(loadCatalog(), [])
      .rules.map((rule) => rule.id)
      .sort();
    expect(report.facilities).toHaveLength(7);
    for (const facility of report.facilities) {
      expect(facility.errors).toEqual([]);
      expect(facility.rules.map((rule) => rule.id).sort()).toEqual(ruleIds);
      for (const rule of facility.rules) {
        expect(rule.findings.length, `${facility.file} ${rule.id}`).toBeGreaterThan(0);
        expect(
          rule.findings.map((finding) => finding.message.en),
          `${facility.file} ${rule.id}`,
        ).not.toContain(NO_EVIDENCE);
      }
    }
  });

  it("passes every applicable rule for the compliant hospital", async () => {
    const report = await check(["examples/compliant-hospital/facility.yaml"], { asOf });
    expect(exitCode(report)).toBe(0);
    const statuses = statusById(report.facilities[0]);
    const notApplicable = Object.keys(statuses).filter((id) => statuses[id] === "not_applicable");
    expect(notApplicable).toEqual(["governance.waivers_governed"]);
    expect(new Set(Object.values(statuses))).toEqual(new Set(["pass", "not_applicable"]));
  });

  it("also passes under the stricter thanh-hoa profile", async () => {
    const report = await check(["examples/compliant-hospital/facility.yaml"], { asOf, profile: "thanh-hoa" });
    expect(report.profile.params).toMatchObject({ accessReviewMaxDays: 35 });
    expect(exitCode(report)).toBe(0);
  });

  it("finds each failure of the non-compliant hospital on its line", async () => {
    const report = await check(["examples/noncompliant-hospital/facility.yaml"], { asOf });
    expect(exitCode(report)).toBe(1);
    expect(findingsOf(report.facilities[0]!, "fail")).toEqual([
      "byt_5715_2019.access_baseline_investigated@52:account:bhxh-02",
      "byt_5715_2019.access_baseline_investigated@62:account:bhxh-03",
      "byt_5715_2019.access_baseline_investigated@80:account:bhxh-01",
      "byt_5715_2019.access_ceiling_investigated@52:account:bhxh-02",
      "byt_5715_2019.access_ceiling_investigated@62:account:bhxh-03",
      "byt_5715_2019.access_ceiling_investigated@80:account:bhxh-01",
      "byt_5715_2019.access_stats_reviewed@83:facility",
      "byt_5715_2019.account_leaks_handled@87:incident:sc-01",
      "byt_5715_2019.account_secrets_not_in_config@73:secret:/dataTransfers/0/to",
      "byt_5715_2019.account_secrets_not_in_config@77:secret:/portalPassword",
      "byt_5715_2019.assignment_signer_may_delegate@49:account:bhxh-01",
      "byt_5715_2019.assignment_signer_may_delegate@52:account:bhxh-02",
      "byt_5715_2019.head_directs_security@13:facility",
      "byt_5715_2019.incompatible_roles_separated@35:staff:nv-012",
      "byt_5715_2019.portal_account_holder_accountable@45:account:bhxh-01",
      "byt_5715_2019.portal_account_holder_accountable@52:account:bhxh-02",
      "byt_5715_2019.portal_account_holder_assigned@52:account:bhxh-02",
      "byt_5715_2019.portal_account_holder_in_post@48:account:bhxh-01",
      "byt_5715_2019.portal_account_role_designated@23:account:bhxh-02",
      "byt_5715_2019.portal_account_role_designated@23:account:bhxh-03",
      "byt_5715_2019.portal_accounts_per_person_limited@65:account:bhxh-03",
      "byt_5715_2019.portal_delegation_reviewed@13:facility",
      "byt_5715_2019.privileged_permissions_approved@56:account:bhxh-02",
      "byt_5715_2019.regulation_assigns_responsibility@13:facility",
      "byt_5863_2021.bhyt_application_reviewed@37:facility",
      "byt_5863_2021.bhyt_applications_inventoried@37:facility",
      "byt_5863_2021.bhyt_applications_inventoried@41:system:his",
      "byt_5863_2021.manual_export_authorized@126:export:ds-benh-nhan-zalo",
      "byt_5863_2021.manual_export_logged@126:export:ds-benh-nhan-zalo",
      "byt_5863_2021.manual_export_protected@126:export:ds-benh-nhan-zalo",
      "byt_5863_2021.transfer_approved@71:transfer:xml-01",
      "byt_5863_2021.transfer_authenticated@71:transfer:xml-01",
      "byt_5863_2021.transfer_encrypted@71:transfer:xml-01",
      "byt_6827_2024.account_permissions_within_roles@56:account:bhxh-02",
      "byt_6827_2024.confidentiality_commitment_signed@21:staff:nv-010",
      "byt_6827_2024.confidentiality_commitment_signed@32:staff:nv-012",
      "byt_6827_2024.confidentiality_law_disseminated@13:facility",
      "byt_6827_2024.confidentiality_process_regulated@13:facility",
      "byt_6827_2024.fraud_warning_with_media@3:facility",
      "byt_6827_2024.health_workers_trained@32:staff:nv-012",
      "byt_6827_2024.health_workers_trained@85:staff:nv-010",
      "byt_6827_2024.patient_data_access_controlled@41:system:his",
      "byt_6827_2024.patient_data_access_logged@41:system:his",
      "byt_6827_2024.patient_reporting_channel_published@3:facility",
      "byt_6827_2024.periodic_report_submitted@3:facility",
      "byt_6827_2024.personal_data_inspected@3:facility",
      "byt_6827_2024.unit_exports_controlled@126:export:ds-benh-nhan-zalo",
      "governance.waivers_governed@103:waiver:byt_5715_2019.account_secrets_not_in_config@secret:/portalPassword",
      "governance.waivers_governed@110:waiver:syt_2748_2019.password_rotated_on_time@account:bhxh-01",
      "governance.waivers_governed@117:waiver:byt_5715_2019.portal_account_reviewed@account:bhxh-02",
      "governance.waivers_governed@96:waiver:byt_5863_2021.transfer_encrypted@transfer:xml-01",
      "syt_2748_2019.account_personal_responsibility@45:account:bhxh-01",
      "syt_2748_2019.account_personal_responsibility@52:account:bhxh-02",
      "syt_2748_2019.head_directs_security@13:facility",
      "syt_2748_2019.implements_941_direction@13:facility",
      "syt_2748_2019.password_changed_on_handover@58:account:bhxh-02",
      "syt_2748_2019.password_rotated_on_time@51:account:bhxh-01",
      "syt_2748_2019.regulation_assigns_responsibility@13:facility",
      "syt_2748_2019.regulation_sets_rotation_period@19:regulation:qc-2019",
    ]);
    expect(findingsOf(report.facilities[0]!, "waived")).toEqual(["byt_6827_2024.patient_data_encrypted@41:system:his"]);
  });

  it("reports a waived failure with the waiver's reason and approver", async () => {
    const report = await check(["examples/noncompliant-hospital/facility.yaml"], { asOf });
    const rule = report.facilities[0]!.rules.find((r) => r.id === "byt_6827_2024.patient_data_encrypted")!;
    expect(rule.status).toBe("waived");
    expect(rule.findings[0]!.waiver).toMatchObject({
      approvedBy: "Hoàng Văn Sơn",
      reason: expect.stringContaining("HIS cũ"),
      expiresOn: "2027-01-31",
    });
  });

  it("does not apply the Thanh Hoá letter to a station in Hà Nội, nor the pharmacy rule to a station without one", async () => {
    const report = await check(["examples/commune-station/facility.yaml"], { asOf });
    const statuses = statusById(report.facilities[0]);
    const notApplicable = Object.keys(statuses)
      .filter((id) => statuses[id] === "not_applicable")
      .sort();
    expect(notApplicable).toEqual(
      [
        "byt_5863_2021.manual_export_authorized",
        "byt_5863_2021.manual_export_logged",
        "byt_5863_2021.manual_export_protected",
        "byt_6827_2024.pharmacy_systems_covered",
        "byt_6827_2024.unit_exports_controlled",
        "governance.waivers_governed",
        // No roles catalogue: the role rules say they cannot judge permissions against roles.
        "byt_5715_2019.assignment_signer_may_delegate",
        "byt_5715_2019.incompatible_roles_separated",
        "byt_5715_2019.portal_account_role_designated",
        "byt_5715_2019.portal_accounts_per_person_limited",
        "byt_5715_2019.privileged_permissions_approved",
        "byt_6827_2024.account_permissions_within_roles",
        ...Object.keys(statuses)
          .filter((id) => id.startsWith("syt_2748_2019."))
          .sort(),
      ].sort(),
    );
    expect(notApplicable.filter((id) => id.startsWith("syt_2748_2019."))).toHaveLength(7);
    expect(statuses["byt_5715_2019.portal_account_holder_assigned"]).toBe("pass");
    expect(exitCode(report)).toBe(0);
  });

  it("gives bilingual messages and directive references", async () => {
    const report = await check(["examples/noncompliant-hospital/facility.yaml"], { asOf });
    const rule = report.facilities[0]!.rules.find((r) => r.id === "syt_2748_2019.password_rotated_on_time")!;
    expect(rule.directive).toMatchObject({ number: "2748/SYT-NVY", item: "2", date: "2019-10-07" });
    expect(rule.findings[0]!.message.vi).toContain("Mật khẩu tài khoản bhxh-01");
    expect(rule.clause).toContain("Định kỳ thay đổi mật khẩu");
    expect(report.profile.name).toBe("national");
    expect(report.timeZone).toBe("Asia/Ho_Chi_Minh");
  });

  it("re-evaluates with the evaluation date, not the clock", async () => {
    // Not earlier than the example's own records: an event dated after --as-of is an input error.
    const early = await check(["examples/compliant-hospital/facility.yaml"], { asOf: "2026-11-20" });
    const late = await check(["examples/compliant-hospital/facility.yaml"], { asOf: "2027-06-01" });
    expect(exitCode(early)).toBe(0);
    expect(statusById(late.facilities[0])["syt_2748_2019.password_rotated_on_time"]).toBe("fail");
    expect(statusById(late.facilities[0])["byt_6827_2024.health_workers_trained"]).toBe("fail");
  });
});
