import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { checkConfig, checkSource, kcbMatchers, RULE_IDS, type KcbMatchers } from "../src/testing.js";
import { UsageError } from "../src/errors.js";
import { loadCatalog } from "../src/index.js";

// The vendor entry point (`kcb-compliance/testing`) used as a vendor would: matchers over real reports (real WASM).
expect.extend(kcbMatchers);
declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Assertion<T> extends KcbMatchers<T> {}
}

const asOf = "2026-11-20";
const vendorTs = "examples/vendor-ts/facility.config.ts";
const noncompliant = "examples/noncompliant-hospital/facility.yaml";

describe("kcb-compliance/testing", () => {
  it("reads TypeScript config text with checkSource, as the CLI reads the file", async () => {
    const report = await checkSource(readFileSync(vendorTs, "utf8"), "facility.config.ts", { asOf });
    expect(report.facilities[0]!.errors).toEqual([]);
    expect(report).toFailRule("syt_2748_2019.password_rotated_on_time", { pointer: "/accounts/0/passwordChangedOn" });
    expect(report).toPassRule("byt_5715_2019.account_secrets_not_in_config");
  });

  it("checks a config object with checkConfig", async () => {
    const config = parse(readFileSync("examples/compliant-hospital/facility.yaml", "utf8")) as object;
    const report = await checkConfig({ ...config, portalPassword: "hunter2-hunter2" }, { asOf });
    expect(report.facilities[0]!.file).toBe("config.json");
    expect(report).toFailRule("byt_5715_2019.account_secrets_not_in_config", { pointer: "/portalPassword" });
  });

  it("explains a failed assertion with the findings, their lines and the remediation", async () => {
    const report = await checkSource(readFileSync(noncompliant, "utf8"), noncompliant, { asOf });
    let message = "";
    try {
      expect(report).toPassRule("byt_5863_2021.transfer_authenticated");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("expected rule byt_5863_2021.transfer_authenticated to pass");
    expect(message).toContain(
      `fail transfer:xml-01 at /dataTransfers/0 (${noncompliant}:71): Channel xml-01 (FTPS) is not authenticated`,
    );
    expect(message).toContain("remediation: Authenticate both ends (certificates, dedicated credentials) on every channel");

    expect(() => expect(report).toFailRule("byt_5863_2021.transfer_authenticated", { target: "transfer:xml-02" })).toThrow(
      /expected rule byt_5863_2021\.transfer_authenticated to fail on target "transfer:xml-02"/,
    );
    expect(report).not.toPassRule("byt_5863_2021.transfer_authenticated");
  });

  it("puts problems in the config in the report and throws on misuse of the API", async () => {
    const broken = await checkSource("facility: [", "broken.yaml", { asOf });
    expect(broken.facilities[0]!.errors[0]!.location).toMatchObject({ file: "broken.yaml", line: 1 });
    expect(() => expect(broken).toPassRule("byt_5863_2021.transfer_authenticated")).toThrow(
      /not assessed:\n\s+broken\.yaml:1:\d+ Invalid YAML/,
    );

    await expect(checkSource("facility: {}", "f.yaml", { asOf: "20-11-2026" })).rejects.toBeInstanceOf(UsageError);
    await expect(checkConfig([])).rejects.toBeInstanceOf(UsageError);
    // @ts-expect-error -- a rule id that does not exist is a type error, and thrown at run time.
    expect(() => expect(broken).toPassRule("byt_5863_2021.transfer_authentcated")).toThrow(UsageError);
    expect(() => expect(Promise.resolve(broken)).toPassRule("byt_5863_2021.transfer_authenticated")).toThrow(/await it/);
  });

  it("knows every rule of the catalog by id", () => {
    expect([...RULE_IDS]).toEqual(
      loadCatalog()
        .rules.map((rule) => rule.id)
        .sort(),
    );
  });
});
