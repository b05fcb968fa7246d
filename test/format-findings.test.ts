import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { check, checkSource } from "../src/index.js";
import { findingsFor, formatReport, FORMATS, SHOWS_PASSING_FINDINGS, type FormatName } from "../src/format/index.js";
import type { Report } from "../src/report/model.js";

// A report checked with findings: "not_passed" is the whole report without its passing findings, and every format
// that SHOWS_PASSING_FINDINGS marks false writes it to the same bytes; every format marked true writes it otherwise.
const asOf = "2026-11-20";
let whole: Report;
let notPassed: Report;

beforeAll(async () => {
  const corpus = join(mkdtempSync(join(tmpdir(), "kcb-format-findings-")), "corpus");
  execFileSync(process.execPath, ["bench/generate.mjs", "--count", "24", "--seed", "5", "--out", corpus, "--as-of", asOf]);
  // The examples hold failed, waived, passing and not-applicable findings; 24 generated files run in worker threads.
  const paths = ["examples", corpus];
  whole = await check(paths, { asOf, packs: ["pdpl-2025"] });
  notPassed = await check(paths, { asOf, packs: ["pdpl-2025"], findings: "not_passed" });
}, 120_000);

const withoutPasses = (report: Report): Report => ({
  ...report,
  facilities: report.facilities.map((facility) => ({
    ...facility,
    rules: facility.rules.map((rule) => ({ ...rule, findings: rule.findings.filter((finding) => finding.status !== "pass") })),
  })),
});

describe('findings: "not_passed"', () => {
  it("gives every rule its status and every finding but the passing ones", () => {
    expect(notPassed).toEqual(withoutPasses(whole));
    const statuses = new Set(notPassed.facilities.flatMap((f) => f.rules.flatMap((r) => r.findings.map((x) => x.status))));
    expect([...statuses].sort()).toEqual(["fail", "not_applicable", "waived"]);
  });

  it.each(Object.keys(FORMATS) as FormatName[])("%s: the same bytes exactly when it shows no passing finding", (format) => {
    for (const lang of ["en", "vi"] as const) {
      const options = { lang, root: process.cwd() };
      const same = formatReport(notPassed, format, options) === formatReport(whole, format, options);
      expect(same, `${format} (${lang})`).toBe(!SHOWS_PASSING_FINDINGS[format]);
    }
  });

  it("is honoured by checkSource (and so checkConfig) as by check", async () => {
    const file = "examples/noncompliant-hospital/facility.yaml";
    const text = readFileSync(file, "utf8");
    const sourceWhole = await checkSource(text, file, { asOf });
    const sourceNotPassed = await checkSource(text, file, { asOf, findings: "not_passed" });
    expect(sourceNotPassed).toEqual(withoutPasses(sourceWhole));
    expect(sourceNotPassed).not.toEqual(sourceWhole);
  });

  it("is what a run of formats that show no passing finding needs", () => {
    expect(findingsFor(["text", "sarif", "markdown"])).toBe("not_passed");
    expect(findingsFor(["sarif", "json"])).toBe("all");
    expect(findingsFor(["junit"])).toBe("all");
  });
});
