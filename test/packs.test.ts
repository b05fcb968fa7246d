import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, checkSource, type FacilityReport, type Report } from "../src/index.js";

const asOf = "2026-11-20";
const GAPS = "examples/packs-gaps/facility.yaml";
const COMPLIANT = "examples/packs-compliant/facility.yaml";
const PACKS = ["pdpl-2025", "emr-2025"];
const dir = mkdtempSync(join(tmpdir(), "kcb-packs-"));

function kcb(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/kcb.js", ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function rule(report: Report, id: string) {
  const found = (report.facilities[0] as FacilityReport).rules.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`${id} not in the report`);
  return found;
}

function packRules(report: Report, prefix: string) {
  return (report.facilities[0] as FacilityReport).rules.filter((candidate) => candidate.id.startsWith(prefix));
}

describe("opt-in law packs through the real WASM policy", { timeout: 30_000 }, () => {
  it("checks only the default pack unless a pack is enabled", async () => {
    const report = await check([GAPS], { asOf });
    expect(report.packs).toEqual([]);
    expect(packRules(report, "pdpl_2025.")).toEqual([]);
    expect(packRules(report, "emr_2025.")).toEqual([]);
    expect(report.summary.rules.fail).toBe(0);
  });

  it("finds the typical gaps: no officer, a breach notified after 80 hours, no dossier, no electronic records", async () => {
    const report = await check([GAPS], { asOf, packs: PACKS });
    expect(report.packs).toEqual(["emr-2025", "pdpl-2025"]);
    const officer = rule(report, "pdpl_2025.protection_officer_designated");
    expect(officer.status).toBe("fail");
    expect(officer.findings[0]).toMatchObject({ target: "facility", pointer: "/dataProtection", location: { line: 189 } });
    const breach = rule(report, "pdpl_2025.breach_notified_in_time");
    expect(breach.status).toBe("fail");
    expect(breach.findings[0]).toMatchObject({
      target: "incident:sc-2026-01",
      pointer: "/incidents/0/notifiedAt",
      location: { line: 168 },
    });
    expect(breach.findings[0]?.message.en).toBe("Breach sc-2026-01 was notified 80 hours after detection, more than 72.");
    expect(rule(report, "pdpl_2025.impact_assessment_submitted").findings[0]).toMatchObject({
      status: "fail",
      pointer: "/dataProtection/impactAssessments",
      location: { line: 189 },
    });
    expect(rule(report, "emr_2025.electronic_records_in_use").findings[0]).toMatchObject({
      status: "fail",
      pointer: "/facility/type",
    });
    expect(rule(report, "emr_2025.electronic_records_regulated").status).toBe("fail");
  });

  it("passes the compliant hospital under every pack", async () => {
    const report = await check([COMPLIANT], { asOf, packs: PACKS });
    const statuses = [...packRules(report, "pdpl_2025."), ...packRules(report, "emr_2025.")].map(
      (result) => `${result.id}:${result.status}`,
    );
    expect(statuses).toHaveLength(7);
    expect(statuses.filter((status) => !status.endsWith(":pass"))).toEqual([]);
    expect(report.summary.rules.fail).toBe(0);
  });

  it("makes every pdpl-2025 rule not applicable before the law is in force, saying why", async () => {
    // Every dated record of the examples is in 2026, after this evaluation date: a config with none.
    const config =
      "apiVersion: kcb-compliance/v1\nkind: Facility\nfacility: { code: '01001', name: Phòng khám, type: clinic, bhytContract: false }\n";
    const report = await checkSource(config, "clinic.yaml", { asOf: "2025-12-31", packs: ["pdpl-2025"] });
    expect(report.facilities[0]?.errors).toEqual([]);
    const rules = packRules(report, "pdpl_2025.");
    expect(rules).toHaveLength(5);
    for (const result of rules) {
      expect(result.status, result.id).toBe("not_applicable");
      expect(result.findings[0]?.message.en).toContain("is in force from 2026-01-01");
      expect(result.findings[0]?.message.vi).toContain("có hiệu lực từ ngày 01/01/2026");
    }
  });

  it("enables the packs a profile names", async () => {
    const profile = join(dir, "packs.yaml");
    writeFileSync(profile, "name: so-y-te-packs\npacks: [emr-2025]\nparams: {}\n");
    const report = await check([GAPS], { asOf, profile });
    expect(report.packs).toEqual(["emr-2025"]);
    expect(rule(report, "emr_2025.electronic_records_in_use").status).toBe("fail");
    expect(packRules(report, "pdpl_2025.")).toEqual([]);
  });

  it("enables packs from the command line, and refuses an unknown one", () => {
    const run = kcb("check", GAPS, "--pack", "pdpl-2025", "--as-of", asOf, "--format", "json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).packs).toEqual(["pdpl-2025"]);
    const unknown = kcb("check", GAPS, "--pack", "gdpr", "--as-of", asOf);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown rule pack gdpr; packs: emr-2025, pdpl-2025.");
  });

  it("lists pack and confidence for every rule with kcb rules --format json", () => {
    const plain = JSON.parse(kcb("rules", "--format", "json").stdout) as Array<{ id: string; pack: string; confidence: string }>;
    expect(new Set(plain.map((row) => row.pack))).toEqual(new Set(["default"]));
    const all = JSON.parse(kcb("rules", "--format", "json", "--pack", "pdpl-2025", "--pack", "emr-2025").stdout) as typeof plain;
    expect(all.length).toBe(plain.length + 7);
    for (const row of all) expect(["high", "medium", "low"], row.id).toContain(row.confidence);
    expect(all.find((row) => row.id === "pdpl_2025.breach_notified_in_time")).toMatchObject({
      pack: "pdpl-2025",
      confidence: "medium",
    });
    expect(all.find((row) => row.id === "emr_2025.electronic_records_in_use")).toMatchObject({
      pack: "emr-2025",
      confidence: "high",
    });
  });
});

describe("parameter provenance", { timeout: 30_000 }, () => {
  it("prints every resolved parameter with its value and basis (kcb profile --format json)", () => {
    const run = kcb("profile", "thanh-hoa", "--format", "json");
    expect(run.code).toBe(0);
    const profile = JSON.parse(run.stdout);
    expect(profile.params.accessReviewMaxDays).toMatchObject({ value: 35, basis: { kind: "default" } });
    expect(profile.params.passwordRotationMaxDays).toMatchObject({
      value: 90,
      basis: { kind: "default", letter: "2748/SYT-NVY" },
    });
    expect(profile.params.breachNotificationMaxHours).toMatchObject({
      value: 72,
      basis: { kind: "law", article: "Điều 23 khoản 1", confidence: "medium" },
    });
    for (const [name, param] of Object.entries(profile.params as Record<string, { basis: { kind: string } }>)) {
      expect(["letter", "law", "decision", "default"], name).toContain(param.basis.kind);
    }
  });

  it("says the letters set no number: the text form names the tool default and the letter", () => {
    const run = kcb("profile");
    expect(run.stdout).toMatch(
      /passwordRotationMaxDays\s+90 {2}tool default: 2748\/SYT-NVY leaves the period to the facility's regulation/,
    );
  });

  it("keeps a department's bare numbers readable and its own decision as the basis", () => {
    const file = join(dir, "so-y-te.yaml");
    writeFileSync(
      file,
      "name: so-y-te-x\nparams:\n  waiverMaxDays: 180\n  accessDailyCeiling: 50000\n  accessReviewMaxDays:\n    value: 31\n    basis: { kind: decision, number: 123/QĐ-SYT }\n",
    );
    const profile = JSON.parse(kcb("profile", file, "--format", "json").stdout);
    expect(profile.params.waiverMaxDays.basis).toMatchObject({ kind: "default" });
    expect(profile.params.accessDailyCeiling).toEqual({ value: 50000, basis: { kind: "unstated", profile: "so-y-te-x" } });
    expect(profile.params.accessReviewMaxDays).toEqual({ value: 31, basis: { kind: "decision", number: "123/QĐ-SYT" } });
    expect(kcb("profile", file).stdout).toContain("set by profile so-y-te-x without a stated basis");
  });

  it("shows the basis next to the number in kcb explain and the HTML and Markdown reports", () => {
    const explain = kcb("explain", "syt_2748_2019.regulation_sets_rotation_period");
    expect(explain.stdout).toContain("passwordRotationMaxDays = 90 — tool default: 2748/SYT-NVY leaves the period");
    const markdown = kcb("check", COMPLIANT, "--as-of", asOf, "--format", "markdown").stdout;
    expect(markdown).toContain(
      "| `accessDailyCeiling` | 100000 | tool default: The letter reports one account with over a million requests a day",
    );
    const html = kcb("check", COMPLIANT, "--as-of", asOf, "--format", "html", "--lang", "vi").stdout;
    expect(html).toContain(
      '<td><code>breachNotificationMaxHours</code></td><td class="num">72</td><td>văn bản pháp luật: Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, Điều 23 khoản 1',
    );
  });
});
