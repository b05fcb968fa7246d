import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { check, FORMATS, formatReport, type FormatName } from "../src/index.js";
import { compareUtf8 } from "../src/report/build.js";

/**
 * The same inputs, profile and --as-of give byte-identical output in every registered format: reports are diffed
 * and archived by health departments, and a CI re-run must not churn. Inputs mix passing, failing and broken files.
 */
const PATHS = ["examples", "test/corpus/bad/ref-holder-not-staff.yaml", "test/corpus/bad/syntax-unclosed-flow.yaml"];
const OPTIONS = { asOf: "2026-11-20", profile: "thanh-hoa" };

describe(`deterministic output (${Object.keys(FORMATS).join(", ")})`, () => {
  it("two runs render every format byte for byte the same, in both languages", async () => {
    const [first, second] = [await check(PATHS, OPTIONS), await check(PATHS, OPTIONS)];
    for (const name of Object.keys(FORMATS) as FormatName[]) {
      for (const lang of ["en", "vi"] as const) {
        const a = FORMATS[name](first, { lang });
        expect(a.length, name).toBeGreaterThan(0);
        expect(FORMATS[name](second, { lang }), `${name}/${lang}`).toBe(a);
      }
    }
  });

  it("a separate CLI process writes the same JSON as the library", async () => {
    const run = spawnSync(
      process.execPath,
      ["bin/kcb.js", "check", ...PATHS, "--as-of", OPTIONS.asOf, "--profile", OPTIONS.profile, "--format", "json"],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe(formatReport(await check(PATHS, OPTIONS), "json", { lang: "en" }));
  }, 30_000);

  it("orders findings by the UTF-8 bytes of their keys, as OPA orders strings (astral letters after U+E000–U+FFFF)", () => {
    const texts = [
      "",
      "/a",
      "/a/0",
      "/a/10",
      "/a/9",
      "Z",
      "a",
      "é",
      "ệ",
      "e\u0301",
      "\ud7ff",
      "\ue000",
      "\uffff",
      "😀",
      "𝔸",
      "𝔸a",
    ];
    const byBytes = [...texts].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...texts].reverse().sort(compareUtf8)).toEqual(byBytes);
    // UTF-16 order (JavaScript's own) differs exactly there: the test would catch a plain string comparison.
    expect([...texts].sort()).not.toEqual(byBytes);
  });
});
