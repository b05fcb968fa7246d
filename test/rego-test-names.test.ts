import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// `npm run lint:rego` runs the project's Regal rule test-outcome-name (.regal/rules/testing/): a rule test is named
// test_fail_, test_pass_, test_na_ or test_waived_ for the outcome it expects; lib/ unit tests are exempt.
describe("Regal enforces the Rego test naming scheme", () => {
  it("reports the one rule test named otherwise, and no lib test", () => {
    const lint = spawnSync(
      ".tools/bin/regal",
      ["lint", "--format", "json", "--disable-all", "--enable", "test-outcome-name", "test/fixtures/rego-test-names"],
      { encoding: "utf8" },
    );
    expect(lint.status).toBe(3); // Regal's exit code for violations at level error
    const { violations } = JSON.parse(lint.stdout) as {
      violations: Array<{ title: string; location: { file: string; row: number; text: string } }>;
    };
    expect(violations.map(({ title, location }) => [title, location.file, location.row, location.text])).toEqual([
      ["test-outcome-name", "test/fixtures/rego-test-names/rule_test.rego", 11, "test_recent_record_passes if true"],
    ]);
  });
});
