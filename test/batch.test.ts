import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync as makeTempDir, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { check } from "../src/index.js";
import { checkEach } from "../src/batch/run.js";
import { SummaryBuilder, summaryExitCode } from "../src/batch/summary.js";
import type { FindingsKept } from "../src/engine/policy.js";
import { catalogForPacks, loadCatalog } from "../src/report/catalog.js";
import type { FacilityReport } from "../src/report/model.js";
import { startProgress } from "../src/cli/progress.js";
import { formatJson } from "../src/format/json.js";
import { formatText } from "../src/format/text.js";
import { applyBaseline, loadBaseline } from "../src/report/baseline.js";
import { exitCode } from "../src/report/build.js";

const asOf = "2026-11-20";
let corpus: string;
const temporary: string[] = [];

function mkdtempSync(prefix: string): string {
  const folder = makeTempDir(prefix);
  temporary.push(folder);
  return folder;
}

afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

function kcb(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/kcb.js", ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  // A small generated corpus (seeded, so the same on every run) plus the bundled examples.
  corpus = mkdtempSync(join(tmpdir(), "kcb-batch-test-"));
  const generated = spawnSync(process.execPath, [
    "bench/generate.mjs",
    "--count",
    "26",
    "--seed",
    "7",
    "--out",
    join(corpus, "generated"),
  ]);
  expect(generated.status).toBe(0);
  for (const name of ["compliant-hospital", "noncompliant-hospital", "commune-station"]) {
    copyFileSync(`examples/${name}/facility.yaml`, join(corpus, `${name}.yaml`));
  }
});

describe("kcb check over many files (worker threads)", () => {
  it("gives every facility the same result as checking it alone", async () => {
    const batch: FacilityReport[] = [];
    await checkEach([corpus], { asOf, jobs: 2, onFacility: (facility) => batch.push(facility) });
    expect(batch).toHaveLength(29);
    for (const facility of batch) {
      const alone = await check([facility.file], { asOf });
      expect(facility).toEqual(alone.facilities[0]);
    }
    expect(batch.some((facility) => facility.rules.some((rule) => rule.status === "fail"))).toBe(true);
  }, 120_000);

  it("folds the same summary from worker threads with only the findings it needs as from one thread with them all", async () => {
    const summaryOf = async (jobs: number, findings: FindingsKept) => {
      let builder: SummaryBuilder | undefined;
      await checkEach([corpus], {
        asOf,
        jobs,
        findings,
        onStart: (_total, header) => {
          builder = new SummaryBuilder(header, catalogForPacks(loadCatalog(), header.packs ?? []));
        },
        onFacility: (facility) => builder!.add(facility),
      });
      return builder!.build();
    };
    const workers = await summaryOf(2, "failed");
    expect(workers.facilities.some((facility) => facility.failures.length > 0)).toBe(true);
    const whole = await summaryOf(1, "all");
    expect(workers).toEqual(whole);
    expect(await summaryOf(2, "not_passed")).toEqual(whole);
  });

  it("reports a bad file as that facility's input error and checks the rest", () => {
    const folder = mkdtempSync(join(tmpdir(), "kcb-batch-bad-"));
    spawnSync(process.execPath, ["bench/generate.mjs", "--count", "24", "--seed", "3", "--out", folder]);
    copyFileSync("test/fixtures/malformed.yaml", join(folder, "00-malformed.yaml"));
    copyFileSync("test/fixtures/schema-errors.yaml", join(folder, "00-schema-errors.yaml"));
    const run = kcb("check", folder, "--as-of", asOf, "--jobs", "2", "--summary", "json=-");
    expect(run.code).toBe(2);
    const summary = JSON.parse(run.stdout);
    expect(summary.totals).toMatchObject({ facilities: 26, notAssessed: 2, assessed: 24 });
    const bad = summary.facilities.filter((facility: { outcome: string }) => facility.outcome === "not_assessed");
    expect(bad.map((facility: { file: string }) => facility.file).sort()).toEqual([
      join(folder, "00-malformed.yaml"),
      join(folder, "00-schema-errors.yaml"),
    ]);
    expect(bad.find((facility: { file: string }) => facility.file.endsWith("00-malformed.yaml")).firstError.location.line).toBe(
      6,
    );
  }, 120_000);

  it("keeps progress off stdout: plain lines on stderr in a log, the report alone on stdout", () => {
    const run = kcb("check", corpus, "--as-of", asOf, "--summary", "json=-");
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toMatch(/kcb check: 29\/29 facilities \(100 %/);
    expect(run.code).toBe(1);
  }, 120_000);

  it("draws the progress bar on the given stream (stderr), never on stdout", async () => {
    const written: string[] = [];
    const terminal = Object.assign(new Writable({ write: (chunk, _encoding, done) => (written.push(String(chunk)), done()) }), {
      isTTY: true,
      columns: 80,
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    });
    const stdout = vi.spyOn(process.stdout, "write");
    const progress = await startProgress(terminal, 3);
    for (let n = 0; n < 3; n += 1) progress.tick();
    progress.stop();
    expect(written.join("")).toContain("3/3 facilities");
    expect(stdout).not.toHaveBeenCalled();
    stdout.mockRestore();
  });
});

describe("streamed reports (kcb check writes each facility as it comes)", () => {
  it("writes text and JSON byte for byte as the whole report's formats, on stdout and in --output files", async () => {
    const paths = [corpus, "examples"];
    const report = await check(paths, { asOf });
    const out = mkdtempSync(join(tmpdir(), "kcb-stream-"));
    const json = kcb("check", ...paths, "--as-of", asOf, "--format", "json", "--no-progress", "-j", "2");
    expect(json.stdout).toBe(formatJson(report));
    expect(json.code).toBe(exitCode(report));
    const text = kcb(
      "check",
      ...paths,
      "--as-of",
      asOf,
      "--no-progress",
      "-o",
      `json=${join(out, "r.json")}`,
      "-o",
      `text=${join(out, "r.txt")}`,
    );
    expect(text.stdout).toBe(formatText(report, { lang: "en" }));
    expect(readFileSync(join(out, "r.json"), "utf8")).toBe(formatJson(report));
    expect(readFileSync(join(out, "r.txt"), "utf8")).toBe(formatText(report, { lang: "en" }));
    const quiet = kcb("check", ...paths, "--as-of", asOf, "--no-progress", "--quiet", "--lang", "vi", "--fail-on", "critical");
    expect(quiet.stdout).toBe(formatText(report, { lang: "vi", quiet: true }));
    expect(quiet.code).toBe(exitCode(report, "critical"));
    // Text alone leaves the passing findings in the policy (kcb/main/not_passed): the same text, in workers and alone.
    const textOnly = kcb("check", ...paths, "--as-of", asOf, "--no-progress");
    expect(textOnly.stdout).toBe(formatText(report, { lang: "en" }));
    expect(textOnly.code).toBe(exitCode(report));
    const file = "examples/noncompliant-hospital/facility.yaml";
    const alone = await check([file], { asOf });
    expect(alone.facilities[0]!.rules.some((rule) => rule.status === "waived")).toBe(true);
    expect(kcb("check", file, "--as-of", asOf).stdout).toBe(formatText(alone, { lang: "en" }));
  });

  it("marks baselined failures and counts them in the totals as applyBaseline does", async () => {
    const out = mkdtempSync(join(tmpdir(), "kcb-stream-baseline-"));
    const previous = join(out, "baseline.json");
    writeFileSync(previous, formatJson(await check(["examples/noncompliant-hospital"], { asOf })));
    const report = applyBaseline(await check([corpus], { asOf }), loadBaseline(previous));
    const run = kcb(
      "check",
      corpus,
      "--as-of",
      asOf,
      "--no-progress",
      "--baseline",
      previous,
      "-o",
      `json=${join(out, "r.json")}`,
    );
    expect(run.stdout).toBe(formatText(report, { lang: "en" }));
    expect(readFileSync(join(out, "r.json"), "utf8")).toBe(formatJson(report));
    expect(report.summary.baselined).toBeGreaterThan(0);
    expect(run.code).toBe(exitCode(report));
    // Text alone asks the policy for no passing finding; the baseline marks the same failures.
    const textOnly = kcb("check", corpus, "--as-of", asOf, "--no-progress", "--baseline", previous);
    expect(textOnly.stdout).toBe(formatText(report, { lang: "en" }));
    expect(textOnly.code).toBe(exitCode(report));
  });
});

describe("finding the files", () => {
  it("refuses a folder with no configs rather than passing it", () => {
    const run = kcb("check", mkdtempSync(join(tmpdir(), "kcb-batch-empty-")), "--as-of", asOf);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("No config files found");
  });

  it("expands globs the shell left alone", () => {
    const run = kcb("check", "examples/*/facility.yaml", "--as-of", asOf, "--summary", "json=-");
    expect(JSON.parse(run.stdout).totals.facilities).toBe(6);
  });
});

describe("aggregate reports", () => {
  it("writes CSV with a BOM and RFC 4180 quoting of Vietnamese names with commas and quotes", () => {
    const folder = mkdtempSync(join(tmpdir(), "kcb-batch-csv-"));
    const text =
      'apiVersion: kcb-compliance/v1\nkind: Facility\nfacility:\n  code: "01999"\n' +
      "  name: 'Bệnh viện \"Hữu Nghị\", cơ sở 2'\n  type: clinic\n  bhytContract: true\n";
    writeFileSync(join(folder, "facility.yaml"), text);
    const run = kcb("check", folder, "--as-of", asOf, "--summary", "csv=-", "--lang", "vi");
    expect(run.stdout.startsWith("\uFEFF")).toBe(true);
    expect(run.stdout).toContain('01999,"Bệnh viện ""Hữu Nghị"", cơ sở 2",');
    expect(run.stdout).toContain("\r\n");
  });

  it("counts facilities per rule and per directive item, and escapes names in HTML", async () => {
    const folder = mkdtempSync(join(tmpdir(), "kcb-batch-html-"));
    mkdirSync(folder, { recursive: true });
    copyFileSync("examples/noncompliant-hospital/facility.yaml", join(folder, "a.yaml"));
    copyFileSync("examples/compliant-hospital/facility.yaml", join(folder, "b.yaml"));
    writeFileSync(
      join(folder, "c.yaml"),
      'apiVersion: kcb-compliance/v1\nkind: Facility\nfacility:\n  code: "01998"\n  name: "<script>x</script> & co"\n  type: clinic\n  bhytContract: true\n',
    );
    const builder: { summary?: SummaryBuilder } = {};
    await checkEach([folder], {
      asOf,
      onStart: (_total, header) => {
        builder.summary = new SummaryBuilder(header, catalogForPacks(loadCatalog(), []));
      },
      onFacility: (facility) => builder.summary!.add(facility),
    });
    const summary = builder.summary!.build();
    expect(summary.totals).toMatchObject({ facilities: 3, assessed: 3, notAssessed: 0 });
    const rotated = summary.rules.find((rule) => rule.id === "syt_2748_2019.password_rotated_on_time")!;
    expect(rotated.facilities.fail).toBe(1);
    expect(summary.items.find((item) => item.directive.number === "2748/SYT-NVY" && item.item === "2")!.failingFacilities).toBe(
      1,
    );
    expect(summaryExitCode(summary)).toBe(1);
    const html = kcb("check", folder, "--as-of", asOf, "--summary", "html=-").stdout;
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt; &amp; co");
    // The page's own filter script is the only one.
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
});
