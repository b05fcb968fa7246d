import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { check, formatReport } from "../src/index.js";

// SARIF Multitool's SARIF1002 (and GitHub) want artifact URIs without "." or ".." segments, relative to the checkout.
const asOf = "2026-11-20";
const uris = (sarif: string): string[] => [
  ...new Set(
    (
      JSON.parse(sarif) as {
        runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
      }
    ).runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri),
  ),
];

describe("SARIF artifact locations", () => {
  it("normalizes relative and absolute paths with .. to the path relative to the checkout", async () => {
    for (const path of [
      "test/../examples/./noncompliant-hospital/facility.yaml",
      resolve("examples/commune-station/../noncompliant-hospital/facility.yaml"),
    ]) {
      const sarif = formatReport(await check([path], { asOf }), "sarif", { lang: "en", root: process.cwd() });
      expect(uris(sarif), path).toEqual(["examples/noncompliant-hospital/facility.yaml"]);
    }
    const sarif = formatReport(await check(["examples/noncompliant-hospital/facility.yaml"], { asOf }), "sarif", { lang: "en" });
    expect(JSON.parse(sarif).runs[0].tool.driver.informationUri).toBe("https://www.npmjs.com/package/kcb-compliance");
  });

  it("gives a file: URI without .. for a config outside the checkout", async () => {
    const report = await check([resolve("examples/../examples/noncompliant-hospital/facility.yaml")], { asOf });
    const root = join(process.cwd(), "test");
    expect(uris(formatReport(report, "sarif", { lang: "en", root }))).toEqual([
      `file://${resolve("examples/noncompliant-hospital/facility.yaml")}`,
    ]);
  });

  it("does so from the CLI", () => {
    const run = spawnSync(
      process.execPath,
      ["bin/kcb.js", "check", "test/../examples/noncompliant-hospital/facility.yaml", "--as-of", asOf, "--format", "sarif"],
      { encoding: "utf8" },
    );
    expect(uris(run.stdout)).toEqual(["examples/noncompliant-hospital/facility.yaml"]);
  });
});
