import { describe, expect, it } from "vitest";
import { check, checkSource, exitCode, UsageError } from "../src/index.js";

describe("bad input is reported, never passed", () => {
  it("reports a YAML syntax error with its line", async () => {
    const report = await check(["test/fixtures/malformed.yaml"], { asOf: "2026-11-20" });
    expect(exitCode(report)).toBe(2);
    const [error] = report.facilities[0]!.errors;
    expect(error!.location).toMatchObject({ file: "test/fixtures/malformed.yaml", line: 6 });
    expect(error!.message.en).toMatch(/Invalid YAML\/JSON syntax/);
  });

  it("reports every schema error at its line", async () => {
    const report = await check(["test/fixtures/schema-errors.yaml"], { asOf: "2026-11-20" });
    expect(exitCode(report)).toBe(2);
    const errors = report.facilities[0]!.errors.map((e) => `${e.location.line}: ${e.message.en}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        '3: /facility: missing required field "code".',
        "6: /facility/bhytContract: expected boolean.",
        '10: /accounts/0/passwordChangedOn: expected a real date as YYYY-MM-DD, in quotes, e.g. "2026-01-15".',
        '11: /accounts/0: unknown field "colour" (not in format v2).',
      ]),
    );
    expect(report.facilities[0]!.rules).toEqual([]);
  });

  it("rejects duplicate keys", async () => {
    const report = await checkSource("apiVersion: kcb-compliance/v1\nkind: Facility\nkind: Facility\n", "dup.yaml", {
      asOf: "2026-11-20",
    });
    expect(report.facilities[0]!.errors[0]!.location.line).toBe(3);
  });

  it("rejects an empty file", async () => {
    const report = await checkSource("# nothing here\n", "empty.yaml", { asOf: "2026-11-20" });
    expect(report.facilities[0]!.errors[0]!.message.en).toMatch(/^The configuration file is empty\. Start from an example/);
  });

  it("rejects an impossible evaluation date as misuse of the API, naming the option", async () => {
    const rejected = check(["examples/commune-station/facility.yaml"], { asOf: "2026-02-30" });
    await expect(rejected).rejects.toBeInstanceOf(UsageError);
    await expect(rejected).rejects.toMatchObject({ argument: "asOf", message: 'asOf: "2026-02-30" is not a calendar date' });
  });

  it("reads JSON with positions", async () => {
    const json = JSON.stringify({ apiVersion: "kcb-compliance/v1", kind: "Facility", facility: { code: 38 } }, null, 2);
    const report = await checkSource(json, "f.json", { asOf: "2026-11-20" });
    const typeError = report.facilities[0]!.errors.find((e) => e.message.en.includes("/facility/code"));
    expect(typeError!.location.line).toBe(5);
  });
});
