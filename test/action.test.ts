import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FORMATS } from "../src/index.js";

// The committed bundle, run as the Actions runner runs it: `node dist/index.js` from a copy of dist/ alone (so it
// cannot reach this repository's node_modules), working directory = the workspace, inputs as INPUT_* variables.
let work: string;
let bundle: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "kcb-action-"));
  cpSync("dist", join(work, "action", "dist"), { recursive: true });
  bundle = join(work, "action", "dist", "index.js");
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface ActionRun {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

let runs = 0;
function runAction(inputs: Record<string, string>): ActionRun {
  runs += 1;
  const summary = join(work, `summary-${runs}.md`);
  const output = join(work, `output-${runs}.txt`);
  writeFileSync(summary, "");
  writeFileSync(output, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: process.cwd(),
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [bundle], { cwd: process.cwd(), env, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout + run.stderr, summary: readFileSync(summary, "utf8"), outputs: parseOutputs(readFileSync(output, "utf8")) };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER`, the value lines, then `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

const NONCOMPLIANT = "examples/noncompliant-hospital/facility.yaml";
const asOf = "2026-11-20";
/** Lines of the non-compliant example's 45 failing findings (test/examples.test.ts lists each), sorted. */
const FAILING_LINES = [3, 3, 3, 3, 13, 13, 13, 13, 13, 13, 13, 13, 19, 21, 30, 30, 34, 34, 38, 38, 38, 42, 42, 45, 48, 49, 49, 49, 49, 49, 54, 59, 59, 59, 61, 65, 68, 68, 71, 73, 75, 84, 91, 98, 105];

describe("the GitHub Action bundle (dist/index.js)", () => {
  it("annotates each failing line of the non-compliant example, writes the summary, outputs and reports, and fails", () => {
    const html = join(work, "reports", "kcb.html");
    const markdown = join(work, "reports", "kcb.md");
    const run = runAction({ paths: NONCOMPLIANT, "as-of": asOf, outputs: `html=${html}\nmarkdown=${markdown}` });
    expect(run.code).toBe(1);
    const errors = [...run.stdout.matchAll(/^::error title=([^\n]*?),file=([^,\n]+),line=(\d+),col=(\d+)::(.*)$/gm)].map((m) => `${m[2]}:${m[3]}`);
    // One annotation per failing finding: the 45 of examples.test.ts's list, on their lines (the waived one is a notice).
    expect(errors.sort()).toEqual(FAILING_LINES.map((line) => `${NONCOMPLIANT}:${line}`).sort());
    expect(run.stdout).toContain(
      `::error title=2748/SYT-NVY item 2 · Account passwords are changed within the regulation's period (high),file=${NONCOMPLIANT},line=48,col=5::The password of account bhxh-01 is 657 days old (regulation: 365 days).%0A→ Change the password`,
    );
    expect(run.stdout).toMatch(/^::error::kcb-compliance: 34 failing rule result\(s\) at or above severity "low"\.$/m);
    expect(run.stdout).toMatch(new RegExp(`^::notice title=6827/BYT-KCB item 1 [^\\n]*,file=${NONCOMPLIANT},line=38,`, "m"));
    // 36 rules: 34 fail, patient_data_encrypted is waived, and the hospital runs no pharmacy (not applicable).
    expect(run.summary).toContain("## kcb-compliance · 1 facilities · ✗ Fail 34 · ~ Waived 1 · ✓ Pass 0 · – N/A 1");
    expect(run.summary).toContain(`\`${NONCOMPLIANT}:49\``);
    expect(run.outputs).toMatchObject({ fail: "34", waived: "1", pass: "0", "not-applicable": "1", facilities: "1", "not-assessed": "0", blocking: "34", sarif: "" });
    expect(JSON.parse(run.outputs.reports!)).toEqual({ html, markdown });
    expect(readFileSync(html, "utf8")).toMatch(/^<!doctype html>/);
    expect(readFileSync(markdown, "utf8")).toBe(run.summary);
  });

  it("passes on the compliant example with no annotations", () => {
    const run = runAction({ paths: "examples/compliant-hospital/facility.yaml", "as-of": asOf });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/^::(error|warning)/m);
    expect(run.summary).toContain("✗ Fail 0 · ~ Waived 0 · ✓ Pass 35 · – N/A 1");
    expect(run.outputs).toMatchObject({ fail: "0", pass: "35", "not-applicable": "1", blocking: "0", "not-assessed": "0" });
  });

  it("follows fail-on: failures below the threshold are warnings and do not fail the step", () => {
    const high = runAction({ paths: NONCOMPLIANT, "as-of": asOf, "fail-on": "high" });
    expect(high.code).toBe(1);
    expect(high.stdout).toMatch(new RegExp(`^::warning title=2748/SYT-NVY item 2 [^\\n]*\\(medium\\),file=${NONCOMPLIANT},line=19,col=7::`, "m"));
    // 19 of the 34 failing rules are critical or high.
    expect(high.outputs.blocking).toBe("19");

    // Four failing rules are critical (secrets in the config, the unauthenticated and unencrypted transfer, the
    // day above the ceiling): their 6 findings are errors, the other 39 warnings.
    const critical = runAction({ paths: NONCOMPLIANT, "as-of": asOf, "fail-on": "critical" });
    expect(critical.code).toBe(1);
    const annotated = (level: string, run: ActionRun) =>
      [...run.stdout.matchAll(new RegExp(`^::${level} title=[^\\n]*,file=examples/noncompliant-hospital/facility\\.yaml,line=(\\d+)`, "gm"))].map((m) => Number(m[1]));
    expect(annotated("error", critical).sort((a, b) => a - b)).toEqual([49, 59, 59, 61, 65, 68]);
    expect(annotated("warning", critical)).toHaveLength(39);
    expect(critical.outputs).toMatchObject({ fail: "34", blocking: "4" });

    const none = runAction({ paths: NONCOMPLIANT, "as-of": asOf, "fail-on": "none" });
    expect(none.code).toBe(0);
    expect(annotated("warning", none).sort((a, b) => a - b)).toEqual(FAILING_LINES);
    expect(none.stdout).not.toMatch(/^::error/m);
    expect(none.outputs).toMatchObject({ fail: "34", blocking: "0" });
  });

  it("expands globs and folders, excludes with !, and speaks Vietnamese", () => {
    const run = runAction({ paths: "examples/*-hospital/facility.yaml\nexamples/commune-station\n!examples/compliant-hospital/**", "as-of": asOf, lang: "vi" });
    expect(run.code).toBe(1);
    // The non-compliant hospital (34 fail, 1 not applicable) and the commune station (no failure; the pharmacy
    // rule, waivers and the seven Thanh Hoá rules do not apply).
    expect(run.outputs).toMatchObject({ facilities: "2", fail: "34", "not-applicable": "10" });
    expect(run.summary).toContain("## kcb-compliance · 2 cơ sở");
    expect(run.stdout).toContain("::Tài khoản bhxh-01 vẫn do Vũ Thị Mai giữ");
  });

  it("fails with the file and line of a config it cannot read, and on paths that match nothing", () => {
    const malformed = runAction({ paths: "test/fixtures/malformed.yaml", "as-of": asOf });
    expect(malformed.code).toBe(1);
    expect(malformed.stdout).toMatch(/^::error title=Not assessed by kcb-compliance,file=test\/fixtures\/malformed\.yaml,line=6,col=1::Invalid YAML/m);
    expect(malformed.outputs["not-assessed"]).toBe("1");

    const nothing = runAction({ paths: "no-such-folder/*.yaml", "as-of": asOf });
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toContain('::error::kcb-compliance: input paths: "no-such-folder/*.yaml" matches no file or folder');
    expect(nothing.stdout).not.toMatch(/\n\s+at /);

    const badDate = runAction({ paths: NONCOMPLIANT, "as-of": "2026-02-30" });
    expect(badDate.code).toBe(1);
    expect(badDate.stdout).toContain('::error::kcb-compliance: input as-of: "2026-02-30" is not a calendar date');
  });

  it("writes SARIF through the sarif format when this build has it, and says so clearly when not", () => {
    const sarif = join(work, "kcb.sarif");
    const run = runAction({ paths: NONCOMPLIANT, "as-of": asOf, sarif });
    expect(run.code).toBe(1);
    if ("sarif" in FORMATS) {
      expect(JSON.parse(readFileSync(sarif, "utf8")).version).toBe("2.1.0");
      expect(run.outputs.sarif).toBe(sarif);
    } else {
      expect(existsSync(sarif)).toBe(false);
      expect(run.stdout).toContain('format "sarif" is not available in this build');
    }
  });
});

describe("the example workflow (examples/workflows)", () => {
  it("passes only inputs the Action declares and uploads the SARIF it writes", () => {
    const action = parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const workflow = parse(readFileSync("examples/workflows/kcb-compliance.yml.example", "utf8")) as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Array<{ id?: string; uses?: string; with?: Record<string, string> }> }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const kcb = steps.find((step) => step.id === "kcb")!;
    expect(Object.keys(kcb.with ?? {}).filter((input) => !(input in action.inputs))).toEqual([]);
    expect(kcb.with?.sarif).toBeTruthy();
    const upload = steps.find((step) => step.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
    expect(upload.with?.sarif_file).toBe("${{ steps.kcb.outputs.sarif }}");
    expect("sarif" in action.outputs).toBe(true);
    expect(workflow.permissions["security-events"]).toBe("write");
  });
});
