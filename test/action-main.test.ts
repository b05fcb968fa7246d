import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { EngineError } from "../src/errors.js";

// src/action/main.ts as actions/typescript-action tests it: @actions/core mocked (inputs in, annotations, outputs
// and the failure out), the library real. Only the two error branches replace check() with one that throws.
const inputs = new Map<string, string>();
const core = vi.hoisted(() => ({
  getInput: vi.fn(),
  getMultilineInput: vi.fn(),
  setFailed: vi.fn(),
  setOutput: vi.fn(),
  error: vi.fn(),
  warning: vi.fn(),
  notice: vi.fn(),
  info: vi.fn(),
  debug: vi.fn(),
  summary: { addRaw: vi.fn(), write: vi.fn() },
}));
vi.mock("@actions/core", () => core);

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- widens the type so a case can set an error
const checkOverride = vi.hoisted(() => ({ throws: undefined as unknown, options: [] as unknown[] }));
vi.mock("../src/check.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/check.js")>();
  return {
    ...original,
    check: async (...args: Parameters<typeof original.check>) => {
      checkOverride.options.push(args[1]);
      if (checkOverride.throws !== undefined) throw checkOverride.throws;
      return original.check(...args);
    },
  };
});

const { run } = await import("../src/action/main.js");

const work = mkdtempSync(join(tmpdir(), "kcb-action-main-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NONCOMPLIANT = "examples/noncompliant-hospital/facility.yaml";

beforeEach(() => {
  vi.clearAllMocks();
  inputs.clear();
  checkOverride.throws = undefined;
  checkOverride.options = [];
  core.getInput.mockImplementation((name: string) => inputs.get(name) ?? "");
  core.getMultilineInput.mockImplementation((name: string) =>
    (inputs.get(name) ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  );
  core.summary.addRaw.mockReturnValue(core.summary);
  delete process.env.GITHUB_STEP_SUMMARY;
});

function given(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) inputs.set(name, value);
}

const failedWith = () => core.setFailed.mock.calls.map((call) => String(call[0]));

describe("run() of the Action (src/action/main.ts)", () => {
  it("asks for the passing findings only when a report file shows them, and writes the same reports", async () => {
    const { check } = await import("../src/check.js");
    const { formatReport } = await import("../src/format/index.js");
    const whole = await check([NONCOMPLIANT], { asOf: "2026-11-20" });
    const options = { lang: "en" as const, root: process.cwd() };
    checkOverride.options = [];
    given({
      paths: NONCOMPLIANT,
      "as-of": "2026-11-20",
      sarif: join(work, "kcb.sarif"),
      outputs: `text=${join(work, "kcb.txt")}`,
    });
    await run();
    expect(checkOverride.options).toEqual([expect.objectContaining({ findings: "not_passed" })]);
    expect(readFileSync(join(work, "kcb.sarif"), "utf8")).toBe(formatReport(whole, "sarif", options));
    expect(readFileSync(join(work, "kcb.txt"), "utf8")).toBe(formatReport(whole, "text", options));

    checkOverride.options = [];
    given({ outputs: `json=${join(work, "kcb.json")}` });
    await run();
    expect(checkOverride.options).toEqual([expect.objectContaining({ findings: "all" })]);
    expect(readFileSync(join(work, "kcb.json"), "utf8")).toBe(formatReport(whole, "json", options));
  });

  it("sends the 10 most severe errors, leaves the rest out, and fails in English by default", async () => {
    given({ paths: NONCOMPLIANT, "as-of": "2026-11-20" });
    await run();
    expect(core.error).toHaveBeenCalledTimes(10);
    // Critical findings first: the four critical rules' seven findings lead.
    const titles = core.error.mock.calls.map((call) => (call[1] as { title: string }).title);
    expect(titles.slice(0, 7).every((title) => title.endsWith("(critical)"))).toBe(true);
    expect(titles.slice(7).every((title) => title.endsWith("(high)"))).toBe(true);
    const first = core.error.mock.calls[0]![1] as Record<string, unknown>;
    expect(first).toMatchObject({ file: NONCOMPLIANT, startLine: expect.any(Number), endLine: expect.any(Number) });
    expect(failedWith()).toEqual(['kcb-compliance: 44 failing rule result(s) at or above severity "low".']);
    expect(core.setOutput).toHaveBeenCalledWith("blocking", 44);
  });

  it("says the failure in Vietnamese with lang: vi", async () => {
    given({ paths: NONCOMPLIANT, "as-of": "2026-11-20", lang: "vi", "fail-on": "high" });
    await run();
    expect(failedWith()).toEqual(['kcb-compliance: 26 quy tắc không đạt ở mức "cao" trở lên.']);
  });

  it("names a missing or wrong input in one line, in the run's language", async () => {
    await run();
    expect(failedWith()).toEqual(["kcb-compliance: input paths: is required: config files, folders or globs, one per line"]);

    vi.clearAllMocks();
    given({ paths: NONCOMPLIANT, "fail-on": "severe", lang: "vi" });
    await run();
    expect(failedWith()).toEqual(['kcb-compliance: input fail-on: "severe" không thuộc critical, high, medium, low, none']);

    vi.clearAllMocks();
    given({ lang: "fr" });
    await run();
    expect(failedWith()).toEqual(['kcb-compliance: input lang: "fr" is not one of vi, en']);

    vi.clearAllMocks();
    inputs.clear();
    given({ paths: NONCOMPLIANT, baseline: join(work, "missing.json") });
    await run();
    expect(failedWith()).toEqual([`kcb-compliance: ${join(work, "missing.json")}:1:1: Cannot read the file (ENOENT).`]);
  });

  it("reports a policy engine error as nothing assessed", async () => {
    given({ paths: NONCOMPLIANT });
    checkOverride.throws = new EngineError("the policy returned no result");
    await run();
    expect(failedWith()).toEqual(["kcb-compliance: policy engine error (nothing was assessed): the policy returned no result"]);
    expect(core.setOutput).not.toHaveBeenCalled();
  });

  it("reports an internal error in one line and keeps the stack for the debug log", async () => {
    given({ paths: NONCOMPLIANT });
    const bug = new TypeError("Cannot read properties of undefined (reading 'rules')\nsecond line");
    checkOverride.throws = bug;
    await run();
    expect(failedWith()).toEqual([
      "kcb-compliance: internal error: Cannot read properties of undefined (reading 'rules') (set ACTIONS_STEP_DEBUG to see the trace; please report it)",
    ]);
    expect(core.debug).toHaveBeenCalledWith(bug.stack);
  });

  it("links the summary's file:line to the blob at the commit and says which annotations were left out", async () => {
    const summary = join(work, "summary.md");
    process.env.GITHUB_STEP_SUMMARY = summary;
    vi.stubEnv("GITHUB_SERVER_URL", "https://github.com");
    vi.stubEnv("GITHUB_REPOSITORY", "so-y-te/cau-hinh");
    vi.stubEnv("GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567");
    vi.stubEnv("GITHUB_WORKSPACE", process.cwd());
    try {
      given({ paths: NONCOMPLIANT, "as-of": "2026-11-20" });
      await run();
      const markdown = String(core.summary.addRaw.mock.calls[0]![0]);
      expect(markdown).toContain(
        `[\`${NONCOMPLIANT}:52\`](https://github.com/so-y-te/cau-hinh/blob/0123456789abcdef0123456789abcdef01234567/${NONCOMPLIANT}#L52)`,
      );
      expect(markdown).toMatch(
        /^> Annotations: GitHub shows 10 of each level, so kcb-compliance sent the most severe: 10 of 59 errors \(49 left out\)\./,
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("applies a baseline: known failures no longer block", async () => {
    const { check, formatReport } = await import("../src/index.js");
    const previous = join(work, "baseline.json");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(previous, formatReport(await check([NONCOMPLIANT], { asOf: "2026-11-20" }), "json", { lang: "en" }));
    checkOverride.options = [];
    given({
      paths: NONCOMPLIANT,
      "as-of": "2026-11-20",
      baseline: previous,
      summary: `csv=${join(work, "summary.csv")}`,
      sarif: join(work, "baselined.sarif"),
    });
    await run();
    expect(failedWith()).toEqual([]);
    expect(core.setOutput).toHaveBeenCalledWith("blocking", 0);
    expect(readFileSync(join(work, "summary.csv"), "utf8")).toContain("examples/noncompliant-hospital/facility.yaml");
    // The baseline marks failed findings only: the passing ones stay in the policy, and the SARIF is the whole report's.
    expect(checkOverride.options).toEqual([expect.objectContaining({ findings: "not_passed" })]);
    const { applyBaseline, loadBaseline } = await import("../src/index.js");
    const whole = applyBaseline(await check([NONCOMPLIANT], { asOf: "2026-11-20" }), loadBaseline(previous));
    expect(readFileSync(join(work, "baselined.sarif"), "utf8")).toBe(
      formatReport(whole, "sarif", { lang: "en", root: process.cwd() }),
    );
  });
});

describe("annotation titles", () => {
  it("name the directive and item once, also for the tool's own waiver rule", async () => {
    const { ruleHeading } = await import("../src/action/annotations.js");
    const { loadCatalog } = await import("../src/index.js");
    const governance = loadCatalog().documents.governance!;
    const rule = {
      directive: { number: governance.number, item: "waivers" },
      title: { en: "Waivers are governed records", vi: "" },
      severity: "high",
    };
    expect(ruleHeading(rule as Parameters<typeof ruleHeading>[0], "en")).toBe(
      "Waiver governance · Waivers are governed records (high)",
    );
  });
});
