import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { check, exitCode, FORMATS, type Report } from "../src/index.js";

/** test/corpus/manifest.json, written with the files by test/corpus/generate.py. */
interface CorpusCase {
  file: string;
  line: number;
  message: string;
  exit: 0 | 1 | 2;
  why?: string;
  /** The file the problem points to when it is not the config itself (an evidence file under bad/evidence/). */
  at?: string;
}

const CORPUS = "test/corpus/bad";
const manifest = JSON.parse(readFileSync("test/corpus/manifest.json", "utf8")) as { asOf: string; cases: CorpusCase[] };
const asOf = manifest.asOf;
const tmp = mkdtempSync(join(tmpdir(), "kcb-corpus-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const STACK_FRAME = /\n\s+at \S/;

/** What the reader is shown for one facility: its errors, or else its failing findings. */
function problems(report: Report) {
  const facility = report.facilities[0]!;
  if (facility.errors.length > 0) return facility.errors.map((e) => ({ ...e.location, en: e.message.en, vi: e.message.vi }));
  return facility.rules.flatMap((rule) =>
    rule.findings.filter((f) => f.status === "fail").map((f) => ({ ...f.location, en: f.message.en, vi: f.message.vi })),
  );
}

function kcb(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/kcb.js", ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe(`bad-input corpus (${manifest.cases.length} files in ${CORPUS})`, () => {
  it("has at least 50 cases, each with an exact expectation", () => {
    expect(manifest.cases.length).toBeGreaterThanOrEqual(50);
    console.log(
      `corpus: ${manifest.cases.length} bad-input files (test/corpus/bad), plus ${GENERATED_CASES} tests on inputs generated in a temp dir`,
    );
  });

  it.each(manifest.cases)("$file → line $line, exit $exit: $message", async (testCase) => {
    const file = `${CORPUS}/${testCase.file}`;
    const report = await check([file], { asOf });
    expect(exitCode(report)).toBe(testCase.exit);
    const shown = problems(report);
    expect(shown.length).toBeGreaterThan(0);
    const at = testCase.at === undefined ? file : join(CORPUS, testCase.at);
    expect(shown).toContainEqual(
      expect.objectContaining({ file: at, line: testCase.line, en: expect.stringContaining(testCase.message) }),
    );
    for (const problem of shown) {
      expect(problem.vi.length).toBeGreaterThan(0);
      expect(`${problem.en}\n${problem.vi}`).not.toMatch(STACK_FRAME);
      // Corpus secrets (hunter2…) must never be quoted back, even inside syntax errors.
      expect(`${problem.en}\n${problem.vi}`.toLowerCase()).not.toContain("hunter2");
    }
    if (testCase.exit === 2) {
      expect(report.facilities[0]!.rules).toEqual([]);
      expect(report.summary.rules.pass).toBe(0);
    }
  });

  it("the CLI reports the whole corpus in one run: exit 2, JSON on stdout, no stack trace, nothing passes", () => {
    const run = kcb("check", CORPUS, "--as-of", asOf, "--format", "json");
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.facilities).toHaveLength(manifest.cases.length);
    for (const facility of report.facilities) {
      expect(facility.errors.length + facility.rules.filter((rule) => rule.status === "fail").length).toBeGreaterThan(0);
    }
    for (const [name, format] of Object.entries(FORMATS)) {
      expect(format(report, { lang: "en" }), name).not.toMatch(STACK_FRAME);
    }
  }, 60_000);

  it("leaves Object.prototype untouched after __proto__ and constructor keys", async () => {
    await check([`${CORPUS}/proto-key-top.yaml`, `${CORPUS}/constructor-key.yaml`, `${CORPUS}/proto-key-nested.json`], { asOf });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

// Cases generated here rather than committed: the 200 MB file, BOM and CRLF variants of an example, limits.
const GENERATED_CASES = 5;

describe("generated hostile inputs", () => {
  it("refuses a 200 MB file by its size, before reading it", async () => {
    const file = join(tmp, "huge.yaml");
    writeFileSync(file, "apiVersion: kcb-compliance/v1\n");
    truncateSync(file, 200 * 1024 * 1024); // sparse: costs no disk, and its NUL bytes would give another error if read
    const report = await check([file], { asOf });
    expect(exitCode(report)).toBe(2);
    expect(report.facilities[0]!.errors[0]).toMatchObject({
      location: { file, line: 1, column: 1 },
      message: {
        en: expect.stringMatching(/^The file is 200\.0 MiB, over the 10\.0 MiB limit, so it was not read\..*--max-file-size/),
      },
    });
    const run = kcb("check", file, "--as-of", asOf);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${file}:1:1`);
  }, 30_000);

  it("refuses a device or a pipe dressed as a config (a symlink to /dev/zero would never end)", async () => {
    const device = join(tmp, "zero.yaml");
    symlinkSync("/dev/zero", device);
    const pipe = join(tmp, "pipe.yaml");
    execFileSync("mkfifo", [pipe]);
    const report = await check([device, pipe], { asOf });
    expect(exitCode(report)).toBe(2);
    for (const facility of report.facilities) expect(facility.errors[0]!.message.en).toMatch(/^This is not a regular file/);
  });

  it("reads a UTF-8 file with a byte-order mark and CRLF line ends exactly like the plain file", async () => {
    const source = "examples/noncompliant-hospital/facility.yaml";
    const file = join(tmp, "bom-crlf.yaml");
    writeFileSync(file, `\uFEFF${readFileSync(source, "utf8").replaceAll("\n", "\r\n")}`);
    const plain = await check([source], { asOf });
    const variant = await check([file], { asOf });
    expect(exitCode(variant)).toBe(1);
    const where = (report: Report) =>
      report.facilities[0]!.rules.flatMap((rule) =>
        rule.findings.map((f) => [rule.id, f.location.line, f.location.column, f.message.en]),
      );
    expect(where(variant)).toEqual(where(plain));
  });

  it("takes its limits from options: file size, depth and aliases", async () => {
    const example = "examples/commune-station/facility.yaml";
    const small = await check([example], { asOf, limits: { maxFileBytes: 100 } });
    expect(small.facilities[0]!.errors[0]!.message.en).toMatch(/over the 0\.0 MiB limit/);
    const shallow = await check([example], { asOf, limits: { maxDepth: 2 } });
    expect(shallow.facilities[0]!.errors[0]!.message.en).toMatch(/deeper than 2 levels/);
    const anchored = join(tmp, "anchored.yaml");
    writeFileSync(
      anchored,
      readFileSync(example, "utf8")
        .replace("name: Ngô Thị Hạnh\n    title", "name: &head Ngô Thị Hạnh\n    title")
        .replace("  - id: tyt-01\n    name: Ngô Thị Hạnh", "  - id: tyt-01\n    name: *head"),
    );
    expect(exitCode(await check([anchored], { asOf }))).toBe(0);
    const noAliases = await check([anchored], { asOf, limits: { maxAliases: 0 } });
    expect(noAliases.facilities[0]!.errors[0]!.message.en).toMatch(/beyond the limit of 0/);
  });

  it("takes its limits from the command line, and refuses a malformed limit", () => {
    const example = "examples/commune-station/facility.yaml";
    expect(kcb("check", example, "--as-of", asOf, "--max-file-size", "100").code).toBe(2);
    const bad = kcb("check", example, "--as-of", asOf, "--max-file-size", "lots");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--max-file-size");
    expect(bad.stderr).not.toMatch(STACK_FRAME);
  }, 30_000);
});
