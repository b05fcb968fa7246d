import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogForPacks, loadCatalog } from "../src/index.js";

function kcb(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/kcb.js", ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("kcb rules and kcb explain", { timeout: 30_000 }, () => {
  it("lists every rule of the catalog with directive, item, severity and assessment", () => {
    const run = kcb("rules");
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(catalogForPacks(loadCatalog(), []).rules.length);
    expect(run.stdout).toMatch(/byt_5715_2019\.access_ceiling_investigated\s+5715\/BYT-BH\s+\[¶4\]\s+critical\s+automated/);
    expect(run.stdout).toMatch(/byt_6827_2024\.fraud_warning_with_media\s+6827\/BYT-KCB\s+\[3\]\s+low\s+evidence-based/);
  });

  it("prints the catalog as JSON and as the Markdown of docs/rules.md", () => {
    const rows = JSON.parse(kcb("rules", "--format", "json").stdout);
    expect(rows.find((row: { id: string }) => row.id === "byt_5715_2019.account_secrets_not_in_config")).toMatchObject({
      directive: "5715/BYT-BH",
      severity: "critical",
      assessment: "automated",
      waivable: false,
    });
    expect(kcb("rules", "--format", "md", "--pack", "pdpl-2025", "--pack", "emr-2025").stdout).toBe(
      readFileSync("docs/rules.md", "utf8"),
    );
  });

  it("explains a rule: its sentence, what it checks, parameter values from the profile, and the fix", () => {
    const run = kcb("explain", "byt_5715_2019.access_ceiling_investigated", "--profile", "thanh-hoa");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("«Vì vậy, Bộ tiếp tục có Công văn số 5715/BYT-BH");
    expect(run.stdout).toContain(
      "Parameters:\n  accessDailyCeiling = 100000 — tool default: The letter reports one account with over a million requests a day",
    );
    expect(run.stdout).toContain("How to fix:");
    expect(kcb("explain", "syt_2748_2019.password_rotated_on_time", "--lang", "vi").stdout).toContain("Cách khắc phục:");
  });

  it("exits 2 naming close matches for an unknown rule", () => {
    const run = kcb("explain", "password_rotated_on_time");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("syt_2748_2019.password_rotated_on_time?");
  });
});
