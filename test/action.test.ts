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
  return {
    code: run.status,
    stdout: run.stdout + run.stderr,
    summary: readFileSync(summary, "utf8"),
    outputs: parseOutputs(readFileSync(output, "utf8")),
  };
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
/** Lines of the non-compliant example's 59 failing findings (test/examples.test.ts lists each), sorted. */
const FAILING_LINES = [
  3, 3, 3, 3, 13, 13, 13, 13, 13, 13, 13, 13, 19, 21, 23, 23, 32, 32, 35, 37, 37, 41, 41, 41, 45, 45, 48, 49, 51, 52, 52, 52, 52,
  52, 52, 56, 56, 58, 62, 62, 65, 71, 71, 71, 73, 77, 80, 80, 83, 85, 87, 96, 103, 110, 117, 126, 126, 126, 126,
];

/** The annotations of a level in the order sent: line and the severity at the end of the title. */
function levels(level: string, run: ActionRun): Array<{ line: number; severity: string }> {
  const pattern = new RegExp(`^::${level} title=[^\\n]*\\((\\w+)\\),file=[^,\\n]+,line=(\\d+),endLine=`, "gm");
  return [...run.stdout.matchAll(pattern)].map((m) => ({ severity: m[1]!, line: Number(m[2]) }));
}

describe("the GitHub Action bundle (dist/index.js)", () => {
  it("annotates each failing line of the non-compliant example, writes the summary, outputs and reports, and fails", () => {
    const html = join(work, "reports", "kcb.html");
    const markdown = join(work, "reports", "kcb.md");
    const run = runAction({ paths: NONCOMPLIANT, "as-of": asOf, outputs: `html=${html}\nmarkdown=${markdown}` });
    expect(run.code).toBe(1);
    // One annotation per failing finding, on its line, most severe first, up to the 10 errors GitHub shows: the 6
    // critical findings, then 4 high ones (the waived one is a notice); the summary says 39 were left out.
    expect(
      levels("error", run)
        .map(({ line }) => line)
        .every((line) => FAILING_LINES.includes(line)),
    ).toBe(true);
    expect(levels("error", run).map(({ severity }) => severity)).toEqual([
      ...Array(7).fill("critical"),
      ...Array(3).fill("high"),
    ]);
    expect(run.stdout).toContain(
      `::error title=5715/BYT-BH paragraph 3 · The configuration discloses no account password%2C token or key (critical),file=${NONCOMPLIANT},line=73,endLine=73,col=5,endColumn=43::The configuration holds a secret (URL with a password)`,
    );
    expect(run.summary).toContain(
      "> Annotations: GitHub shows 10 of each level, so kcb-compliance sent the most severe: 10 of 59 errors (49 left out).",
    );
    expect(run.stdout).toMatch(/^::error::kcb-compliance: 44 failing rule result\(s\) at or above severity "low"\.$/m);
    expect(run.stdout).toMatch(new RegExp(`^::notice title=6827/BYT-KCB item 1 [^\\n]*,file=${NONCOMPLIANT},line=41,`, "m"));
    // 46 rules: 44 fail, patient_data_encrypted is waived, and the hospital runs no pharmacy (not applicable).
    expect(run.summary).toContain("## kcb-compliance · 1 facilities · ✗ Fail 44 · ~ Waived 1 · ✓ Pass 0 · – N/A 1");
    expect(run.summary).toContain(`\`${NONCOMPLIANT}:52\``);
    expect(run.outputs).toMatchObject({
      fail: "44",
      waived: "1",
      pass: "0",
      "not-applicable": "1",
      facilities: "1",
      "not-assessed": "0",
      blocking: "44",
      sarif: "",
    });
    expect(JSON.parse(run.outputs.reports!)).toEqual({ html, markdown });
    expect(readFileSync(html, "utf8")).toMatch(/^<!doctype html>/);
    // The job summary is the markdown report, after the note on annotations left out.
    expect(run.summary.endsWith(readFileSync(markdown, "utf8"))).toBe(true);
  });

  it("passes on the compliant example with no annotations", () => {
    const run = runAction({ paths: "examples/compliant-hospital/facility.yaml", "as-of": asOf });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/^::(error|warning)/m);
    expect(run.summary).toContain("✗ Fail 0 · ~ Waived 0 · ✓ Pass 45 · – N/A 1");
    expect(run.outputs).toMatchObject({ fail: "0", pass: "45", "not-applicable": "1", blocking: "0", "not-assessed": "0" });
  });

  it("follows fail-on: failures below the threshold are warnings and do not fail the step", () => {
    const high = runAction({ paths: NONCOMPLIANT, "as-of": asOf, "fail-on": "high" });
    expect(high.code).toBe(1);
    expect(high.stdout).toMatch(
      new RegExp(`^::warning title=5715/BYT-BH paragraph 4 · [^\\n]*\\(medium\\),file=${NONCOMPLIANT},line=13,endLine=19::`, "m"),
    );
    // 26 of the 44 failing rules are critical or high; below fail-on, medium findings are sent before low ones.
    expect(high.outputs.blocking).toBe("26");
    expect(levels("warning", high).map(({ severity }) => severity)).toEqual(Array(10).fill("medium"));

    // Four failing rules are critical (secrets in the config, the unauthenticated and unencrypted transfer, the
    // day above the ceiling, the accounts with no counts): their 7 findings are errors, the other 52 warnings (10 sent).
    const critical = runAction({ paths: NONCOMPLIANT, "as-of": asOf, "fail-on": "critical" });
    expect(critical.code).toBe(1);
    const annotated = (level: string, run: ActionRun) => levels(level, run).map(({ line }) => line);
    expect(annotated("error", critical).sort((a, b) => a - b)).toEqual([52, 62, 71, 71, 73, 77, 80]);
    expect(annotated("warning", critical)).toHaveLength(10);
    expect(critical.summary).toContain("10 of 52 warnings (42 left out)");
    expect(critical.outputs).toMatchObject({ fail: "44", blocking: "4" });

    const none = runAction({ paths: NONCOMPLIANT, "as-of": asOf, "fail-on": "none" });
    expect(none.code).toBe(0);
    expect(levels("warning", none).map(({ severity }) => severity)).toEqual([
      ...Array(7).fill("critical"),
      ...Array(3).fill("high"),
    ]);
    expect(none.stdout).not.toMatch(/^::error/m);
    expect(none.outputs).toMatchObject({ fail: "44", blocking: "0" });
  });

  it("checks the opt-in packs named by the packs input", () => {
    const run = runAction({ paths: "examples/packs-gaps/facility.yaml", "as-of": asOf, packs: "pdpl-2025,\nemr-2025" });
    expect(run.code).toBe(1);
    // The letters all pass; the five gaps are the packs' (no officer, late breach, no dossier, no EMR, no EMR regulation).
    expect(run.outputs).toMatchObject({ facilities: "1", fail: "5" });
    expect(run.stdout).toContain("Breach sc-2026-01 was notified 80 hours after detection, more than 72.");
  });

  it("expands globs and folders, excludes with !, and speaks Vietnamese", () => {
    const run = runAction({
      paths: "examples/*-hospital/facility.yaml\nexamples/commune-station\n!examples/compliant-hospital/**",
      "as-of": asOf,
      lang: "vi",
    });
    expect(run.code).toBe(1);
    // The non-compliant hospital (44 fail, 1 not applicable) and the commune station (no failure; the pharmacy
    // rule, waivers and the seven Thanh Hoá rules do not apply); it has no roles catalogue either, so the six role
    // rules do not apply to it.
    // The commune station declares no manual export either: the four export rules do not apply to it.
    expect(run.outputs).toMatchObject({ facilities: "2", fail: "44", "not-applicable": "20" });
    expect(run.summary).toContain("## kcb-compliance · 2 cơ sở");
    expect(run.summary).toContain("Tài khoản bhxh-01 vẫn do Vũ Thị Mai giữ");
    expect(run.stdout).toMatch(/^::error::kcb-compliance: 44 quy tắc không đạt ở mức "thấp" trở lên\.$/m);
  });

  it("fails with the file and line of a config it cannot read, and on paths that match nothing", () => {
    const malformed = runAction({ paths: "test/fixtures/malformed.yaml", "as-of": asOf });
    expect(malformed.code).toBe(1);
    expect(malformed.stdout).toMatch(
      /^::error title=Not assessed by kcb-compliance,file=test\/fixtures\/malformed\.yaml,line=6,endLine=6,col=1,endColumn=1::Invalid YAML/m,
    );
    expect(malformed.outputs["not-assessed"]).toBe("1");

    const nothing = runAction({ paths: "no-such-folder/*.yaml", "as-of": asOf });
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toContain('::error::kcb-compliance: input paths: "no-such-folder/*.yaml" matches no file or folder');
    expect(nothing.stdout).not.toMatch(/\n\s+at /);

    const badDate = runAction({ paths: NONCOMPLIANT, "as-of": "2026-02-30" });
    expect(badDate.code).toBe(1);
    expect(badDate.stdout).toContain('::error::kcb-compliance: input as-of: "2026-02-30" is not a calendar date');
  });

  it("checks a folder of 31 configs in worker threads, with ! excludes inside it, and caps the annotations", () => {
    const folder = join(work, "province");
    for (let n = 1; n <= 32; n += 1) {
      const example = n % 2 === 0 ? "noncompliant-hospital" : "compliant-hospital";
      cpSync(join("examples", example), join(folder, `h${String(n).padStart(2, "0")}`), { recursive: true });
    }
    const run = runAction({ paths: `${folder}\n!${folder}/h07/**`, "as-of": asOf, summary: `csv=${join(work, "province.csv")}` });
    expect(run.stdout).not.toContain("Cannot find module");
    expect(run.stdout).not.toMatch(/\n\s+at /);
    // 32 copies minus the excluded h07: 16 non-compliant (44 failing rules each), 15 compliant.
    expect(run.outputs).toMatchObject({ facilities: "31", fail: String(16 * 44), "not-assessed": "0" });
    expect(run.stdout).not.toContain("/h07/");
    const errors = [
      ...run.stdout.matchAll(/^::error title=([^\n]*?),file=[^,\n]+,line=(\d+),endLine=(\d+)(?:,col=(\d+),endColumn=(\d+))?::/gm),
    ];
    // GitHub shows 10 errors per step: the Action sends the 10 most severe (all critical) and says what it left out.
    expect(errors).toHaveLength(10);
    expect(errors.every((match) => match[1]!.endsWith("(critical)"))).toBe(true);
    expect(run.summary).toMatch(
      /^> Annotations: GitHub shows 10 of each level, so kcb-compliance sent the most severe: 10 of 944 errors \(934 left out\)/,
    );
    expect(readFileSync(join(work, "province.csv"), "utf8").trim().split("\n")).toHaveLength(32);
    expect(JSON.parse(run.outputs.reports!)).toEqual({ "summary-csv": join(work, "province.csv") });
  }, 120_000);

  it("says what is wrong with a missing or bad input in one line, without a stack", () => {
    const missing = runAction({ "as-of": asOf });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("::error::kcb-compliance: input paths: is required");
    const badSummary = runAction({ paths: NONCOMPLIANT, summary: "pdf=x.pdf", lang: "vi" });
    expect(badSummary.stdout).toContain('::error::kcb-compliance: input summary: không có định dạng "pdf"');
    for (const run of [missing, badSummary]) expect(run.stdout).not.toMatch(/\n\s+at /);
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
    const action = parse(readFileSync("action.yml", "utf8")) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
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
