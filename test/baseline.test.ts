import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/main.js";
import {
  applyBaseline,
  baselineFromReport,
  check,
  checkSource,
  exitCode,
  formatReport,
  InputError,
  loadBaseline,
} from "../src/index.js";

const asOf = "2026-11-20";
const noncompliant = "examples/noncompliant-hospital/facility.yaml";
const source = readFileSync(noncompliant, "utf8");

/** Runs the CLI in-process (test/cli.test.ts covers the built binary), capturing what it prints. */
async function kcb(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
  try {
    return { code: await main(args), stdout: stdout.join(""), stderr: stderr.join("") };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}

describe("baseline", () => {
  it("lets known failures through and keeps their status", async () => {
    const previous = await check([noncompliant], { asOf });
    const report = applyBaseline(await check([noncompliant], { asOf }), baselineFromReport(previous));
    expect(exitCode(previous)).toBe(1);
    expect(exitCode(report)).toBe(0);
    // All 44 failing rules of the example fail only on known findings.
    expect(report.summary).toMatchObject({ baselined: 44, rules: { fail: 44 } });
    const failures = report.facilities[0]!.rules.flatMap((rule) => rule.findings.filter((finding) => finding.status === "fail"));
    expect(failures.every((finding) => finding.baselined)).toBe(true);
    expect(formatReport(report, "text", { lang: "en" })).toContain("(44 baselined)");
    expect(formatReport(report, "junit", { lang: "en" })).toContain('failures="0" errors="0" skipped="46"'); // 44 baselined, 1 waived, 1 not applicable (no pharmacy)
    expect(JSON.parse(formatReport(report, "sarif", { lang: "en" })).runs[0].results[0].message.text).toMatch(/\(baselined\)$/);
    expect(formatReport(report, "oscal", { lang: "en" })).toContain('"name": "baselined"');
  });

  it("matches on rule, facility and target, not on lines", async () => {
    const previous = baselineFromReport(await check([noncompliant], { asOf }));
    const moved = await checkSource(source.replace("accounts:\n", "# new comment\n# another\naccounts:\n"), noncompliant, {
      asOf,
    });
    expect(exitCode(applyBaseline(moved, previous))).toBe(0);
  });

  it("fails on a new failure only, and only the rule that has it", async () => {
    const previous = baselineFromReport(await check([noncompliant], { asOf }));
    // bhxh-01 loses its assignment decision: a new failure of a rule that so far failed only on bhxh-02.
    const worse = await checkSource(source.replace(/^ {4}assignment: \{ decision: 33\/QĐ-BV,.*\n/m, ""), noncompliant, { asOf });
    const report = applyBaseline(worse, previous);
    expect(exitCode(report)).toBe(1);
    const assigned = report.facilities[0]!.rules.find((rule) => rule.id === "byt_5715_2019.portal_account_holder_assigned")!;
    expect(assigned.baselined).toBeUndefined();
    expect(assigned.findings.filter((f) => f.status === "fail").map((f) => [f.target, f.baselined ?? false])).toEqual([
      ["account:bhxh-01", false],
      ["account:bhxh-02", true],
    ]);
    // Removing the decision leaves bhxh-01's other failures (accountable, personal responsibility, the signer) on known
    // targets.
    expect(report.summary.baselined).toBe(43);
  });

  it("does not carry a failure over to another facility", async () => {
    const previous = baselineFromReport(await check([noncompliant], { asOf }));
    const other = await checkSource(source.replace('code: "38052"', 'code: "38053"'), "other.yaml", { asOf });
    expect(exitCode(applyBaseline(other, previous))).toBe(1);
  });

  it("refuses a file that is not a kcb JSON report", () => {
    const dir = mkdtempSync(join(tmpdir(), "kcb-baseline-"));
    writeFileSync(join(dir, "bad.json"), "{ not json");
    writeFileSync(join(dir, "other.json"), JSON.stringify({ runs: [] }));
    expect(() => loadBaseline(join(dir, "bad.json"))).toThrow(InputError);
    expect(() => loadBaseline(join(dir, "other.json"))).toThrow(/kcb check --format json/);
    expect(() => loadBaseline(join(dir, "missing.json"))).toThrow(/ENOENT/);
  });
});

describe("kcb check --baseline and --output", () => {
  it("writes several formats in one run and exits 0 when every failure is known", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kcb-outputs-"));
    const previous = join(dir, "previous.json");
    expect((await kcb("check", noncompliant, "--as-of", asOf, "--output", `json=${previous}`)).code).toBe(1);
    const run = await kcb(
      "check",
      noncompliant,
      "--as-of",
      asOf,
      "--baseline",
      previous,
      "-o",
      `sarif=${join(dir, "out/kcb.sarif")}`,
      "-o",
      `junit=${join(dir, "out/junit.xml")}`,
      "-o",
      `oscal=${join(dir, "oscal.json")}`,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("(baselined)");
    expect(JSON.parse(readFileSync(join(dir, "out/kcb.sarif"), "utf8")).version).toBe("2.1.0");
    expect(readFileSync(join(dir, "out/junit.xml"), "utf8")).toContain('<testsuites name="kcb-compliance');
    expect(Object.keys(JSON.parse(readFileSync(join(dir, "oscal.json"), "utf8")))).toEqual(["assessment-results"]);
  });

  it("keeps a bare --output PATH as the --format report instead of stdout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kcb-output-"));
    const run = await kcb("check", noncompliant, "--as-of", asOf, "--format", "junit", "--output", join(dir, "report.xml"));
    expect(run.stdout).toBe("");
    expect(readFileSync(join(dir, "report.xml"), "utf8")).toMatch(/^<\?xml/);
  });

  it("exits 2 on an unknown output format or an unreadable baseline", async () => {
    expect((await kcb("check", noncompliant, "--as-of", asOf, "-o", "sraif=x.sarif")).code).toBe(2);
    const run = await kcb("check", noncompliant, "--as-of", asOf, "--baseline", "no/such/report.json");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no/such/report.json");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
