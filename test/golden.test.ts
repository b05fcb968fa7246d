import { readFileSync, rmSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { check } from "../src/index.js";
// @ts-expect-error -- a plain .mjs shared with the generator script; its exports are used as written there.
import { GOLDEN_CASES, goldenFile, runCase, writeBenchSample } from "./fixtures/golden/golden.mjs";

interface GoldenCase {
  name: string;
}

const sample = writeBenchSample();
afterAll(() => rmSync(sample, { recursive: true, force: true }));

// Results identical to the reports of the original rules (issue 11): whole reports, compared as text so a
// changed order, line or message fails as surely as a changed status.
describe("reports are identical to the golden reports", { timeout: 120_000 }, () => {
  it.each(GOLDEN_CASES as GoldenCase[])("$name", async (goldenCase) => {
    const actual = await runCase(check, goldenCase, sample);
    const expected = gunzipSync(readFileSync(goldenFile(goldenCase))).toString("utf8");
    if (actual !== expected) {
      // Only on failure: a structural diff that names the facility and finding that changed.
      expect(JSON.parse(actual)).toEqual(JSON.parse(expected));
    }
    expect(actual === expected, "same findings but different text (key order or formatting)").toBe(true);
  });
});
