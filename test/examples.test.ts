import { describe, expect, it } from "vitest";
import { check, exitCode, type FacilityReport } from "../src/index.js";

const asOf = "2026-11-20";

function statusById(facility: FacilityReport | undefined): Record<string, string> {
  return Object.fromEntries((facility?.rules ?? []).map((rule) => [rule.id, rule.status]));
}

describe("bundled examples through the real WASM policy", () => {
  it("passes every rule for the compliant hospital", async () => {
    const report = await check(["examples/compliant-hospital/facility.yaml"], { asOf });
    expect(exitCode(report)).toBe(0);
    expect(new Set(Object.values(statusById(report.facilities[0])))).toEqual(new Set(["pass"]));
  });

  it("finds each failure of the non-compliant hospital on its line", async () => {
    const report = await check(["examples/noncompliant-hospital/facility.yaml"], { asOf });
    expect(exitCode(report)).toBe(1);
    const failures = report.facilities[0]!.rules.flatMap((rule) =>
      rule.findings.filter((finding) => finding.status === "fail").map((finding) => `${rule.id}@${finding.location.line}:${finding.target}`),
    );
    expect(failures.sort()).toEqual([
      "byt_5715_2019.portal_account_holder_assigned@49:account:bhxh-02",
      "byt_5715_2019.portal_account_holder_in_post@45:account:bhxh-01",
      "syt_2748_2019.password_changed_on_handover@54:account:bhxh-02",
      "syt_2748_2019.password_rotated_on_time@48:account:bhxh-01",
      "syt_2748_2019.regulation_sets_rotation_period@19:regulation:qc-2019",
    ]);
  });

  it("does not apply the Thanh Hoá letter to a station in Hà Nội", async () => {
    const report = await check(["examples/commune-station/facility.yaml"], { asOf });
    const statuses = statusById(report.facilities[0]);
    expect(statuses["syt_2748_2019.password_rotated_on_time"]).toBe("not_applicable");
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
    const early = await check(["examples/compliant-hospital/facility.yaml"], { asOf: "2026-10-20" });
    const late = await check(["examples/compliant-hospital/facility.yaml"], { asOf: "2027-06-01" });
    expect(exitCode(early)).toBe(0);
    expect(statusById(late.facilities[0])["syt_2748_2019.password_rotated_on_time"]).toBe("fail");
  });
});
