import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { load as loadYaml11, YAML11_SCHEMA } from "js-yaml";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { check, checkSource, type FacilityReport, type Report } from "../src/index.js";
import { migrateText } from "../src/migrate.js";
import { formatReport } from "../src/format/index.js";

const asOf = "2026-11-20";
const EXAMPLES = ["compliant-hospital", "noncompliant-hospital", "commune-station", "hospital-with-evidence"];
const CORPUS = "test/corpus/bad";

function kcb(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/kcb.js", ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * What a facility's results say, wherever they came from: every finding with its status, target, pointer and line
 * (not column: `decidedOn` is longer than `on`, so what follows it on the line moves right).
 */
function outcome(facility: FacilityReport | undefined) {
  return {
    errors: (facility?.errors ?? []).map((error) => `${error.location.line} ${error.message.en}`),
    rules: (facility?.rules ?? []).map((rule) => ({
      id: rule.id,
      status: rule.status,
      findings: rule.findings.map((f) => `${f.status} ${f.target} ${f.pointer} @${f.location.line} ${f.message.en}`),
    })),
  };
}

/** A copy of an example's folder (its evidence files) with `text` as its facility.yaml. */
function exampleWith(example: string, text: string): string {
  const folder = join(mkdtempSync(join(tmpdir(), "kcb-v2-")), example);
  cpSync(join("examples", example), folder, { recursive: true });
  writeFileSync(join(folder, "facility.yaml"), text);
  return join(folder, "facility.yaml");
}

describe("format v2 reads the same in YAML 1.1 and 1.2", { timeout: 60_000 }, () => {
  it.each(EXAMPLES)("%s: js-yaml's YAML 1.1 schema reads the same data, and it checks the same", (example) => {
    const file = `examples/${example}/facility.yaml`;
    const text = readFileSync(file, "utf8");
    const yaml11 = loadYaml11(text, { schema: YAML11_SCHEMA });
    expect(yaml11).toEqual(parse(text, { schema: "core" }));
    // The data a YAML 1.1 program (PyYAML, Go yaml.v2) would save, handed back to kcb as JSON.
    const json = join(dirname(exampleWith(example, text)), "facility.json");
    writeFileSync(json, JSON.stringify(yaml11, null, 2));
    return Promise.all([check([file], { asOf }), check([json], { asOf })]).then(([fromYaml, fromYaml11]) => {
      const strip = (report: Report) =>
        outcome(report.facilities[0]).rules.map((rule) => ({
          ...rule,
          findings: rule.findings.map((f) => f.replace(/ @\d+/, "")),
        }));
      expect(strip(fromYaml11)).toEqual(strip(fromYaml));
    });
  });

  it("v1 was not: YAML 1.1 reads its `on:` keys as the boolean true", () => {
    const text = readFileSync("test/fixtures/v1/compliant-hospital.yaml", "utf8");
    expect(() => loadYaml11(text, { schema: YAML11_SCHEMA })).not.toThrow();
    const data = loadYaml11(text, { schema: YAML11_SCHEMA }) as { incidents: unknown; inspections: Record<string, unknown>[] };
    expect(Object.keys(data.inspections[0]!)).toContain("true");
  });

  it("the vendor TypeScript example is v2 and passes like before", async () => {
    const report = await check(["examples/vendor-ts/facility.config.ts"], { asOf });
    expect(report.facilities[0]!.errors).toEqual([]);
    expect(report.facilities[0]!.notices).toBeUndefined();
  });
});

describe("v1 stays readable: the same checks, one notice per file", { timeout: 60_000 }, () => {
  it.each(EXAMPLES)("%s in v1 gives the v2 results on the user's v1 lines, plus the notice", async (example) => {
    const text = readFileSync(`test/fixtures/v1/${example}.yaml`, "utf8");
    const v1 = exampleWith(example, text);
    const [fromV1, fromV2] = [await check([v1], { asOf }), await check([`examples/${example}/facility.yaml`], { asOf })];
    expect(outcome(fromV1.facilities[0])).toEqual(outcome(fromV2.facilities[0]));
    expect(fromV2.facilities[0]!.notices).toBeUndefined();
    const notices = fromV1.facilities[0]!.notices!;
    expect(notices).toHaveLength(1);
    expect(notices[0]!.location).toMatchObject({
      file: v1,
      line: text.split("\n").indexOf("apiVersion: kcb-compliance/v1") + 1,
      column: 1,
    });
    expect(notices[0]!.message.en).toContain(`kcb migrate --write ${v1}`);
    expect(notices[0]!.message.vi).toContain("đã lỗi thời");
  });

  it("a finding on a renamed key points at the v1 line that holds it", async () => {
    const text = readFileSync("test/fixtures/v1/noncompliant-hospital.yaml", "utf8").replace(
      /(assignment: \{ decision: 33\/QĐ-BV, on: )"2020-01-06"/,
      '$1"2030-01-06"',
    );
    const report = await checkSource(text, "v1.yaml", { asOf });
    const line = text.split("\n").findIndex((entry) => entry.includes('on: "2030-01-06"')) + 1;
    expect(report.facilities[0]!.errors.map((e) => [e.location.line, e.message.en.split(":")[0]])).toEqual([
      [line, "/accounts/0/assignment/decidedOn"],
    ]);
  });

  it("shows the notice in every format that has notices", async () => {
    const report = await checkSource(readFileSync("test/fixtures/v1/commune-station.yaml", "utf8"), "old.yaml", { asOf });
    // Once per language the format carries: JSON keeps both.
    for (const [format, times] of [
      ["text", 1],
      ["json", 2],
      ["sarif", 1],
      ["markdown", 1],
      ["html", 1],
    ] as const) {
      const out = formatReport(report, format, { lang: "en" });
      expect(out.split("kcb migrate --write old.yaml").length - 1, format).toBe(times);
    }
    expect(formatReport(report, "text", { lang: "vi" })).toContain(
      "LƯU Ý  old.yaml:4:1  Định dạng kcb-compliance/v1 đã lỗi thời",
    );
    const sarif = JSON.parse(formatReport(report, "sarif", { lang: "en" }));
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: "note",
      locations: [{ physicalLocation: { region: { startLine: 4 } } }],
    });
  });

  it("names the new key when a v2 file still uses a v1 one", async () => {
    const text = readFileSync("examples/commune-station/facility.yaml", "utf8").replace("heldOn:", "on:");
    const errors = (await checkSource(text, "mixed.yaml", { asOf })).facilities[0]!.errors.map((e) => e.message.en);
    expect(errors).toContain(
      '/governance/disseminations/0: unknown field "on" (not in format v2). Format v2 renamed it "heldOn".',
    );
  });
});

describe("kcb migrate", { timeout: 120_000 }, () => {
  const corpusFiles = readdirSync(CORPUS)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .map((name) => join(CORPUS, name));

  it.each(EXAMPLES)("%s: v1 → v2 gives the committed example, byte for byte, and the same results", async (example) => {
    const v1Text = readFileSync(`test/fixtures/v1/${example}.yaml`, "utf8");
    const migrated = migrateText(v1Text, "facility.yaml");
    expect(migrated.changed).toBe(true);
    expect(migrated.text).toBe(readFileSync(`examples/${example}/facility.yaml`, "utf8"));
    const [before, after] = [
      await check([exampleWith(example, v1Text)], { asOf }),
      await check([exampleWith(example, migrated.text)], { asOf }),
    ];
    expect(outcome(after.facilities[0])).toEqual(outcome(before.facilities[0]));
    expect(migrateText(migrated.text, "facility.yaml")).toEqual({ text: migrated.text, changed: false });
  });

  it("keeps every result of every corpus file that parses, and refuses the others", async () => {
    let migratedCount = 0;
    for (const file of corpusFiles) {
      const text = readFileSync(file, "utf8");
      let migrated: string;
      try {
        migrated = migrateText(text, basename(file)).text;
      } catch (error) {
        expect((error as Error).name, file).toBe("InputError");
        expect((await checkSource(text, basename(file), { asOf })).facilities[0]!.rules, file).toEqual([]);
        continue;
      }
      migratedCount += 1;
      const before = outcome((await checkSource(text, basename(file), { asOf })).facilities[0]);
      const after = outcome((await checkSource(migrated, basename(file), { asOf })).facilities[0]);
      expect(after, file).toEqual(before);
    }
    expect(migratedCount).toBeGreaterThan(30);
  });

  it("keeps comments and layout, and quotes what YAML 1.1 would misread", () => {
    const v1 = [
      "# yaml-language-server: $schema=../schemas/facility.v1.schema.json",
      "apiVersion: kcb-compliance/v1 # the old one",
      "kind: Facility",
      'facility: { code: "01905", name: Trạm, type: commune_station, bhytContract: true }',
      "incidents:",
      "  # found by the IT office",
      "  - id: sc-1",
      "    on: 2026-10-01   # plain date: YAML 1.1 makes it a timestamp",
      "    kind: account_leak",
      "    description: no",
      "",
    ].join("\n");
    expect(migrateText(v1, "x.yaml").text).toBe(
      [
        "# yaml-language-server: $schema=../schemas/facility.v2.schema.json",
        "apiVersion: kcb-compliance/v2 # the old one",
        "kind: Facility",
        'facility: { code: "01905", name: Trạm, type: commune_station, bhytContract: true }',
        "incidents:",
        "  # found by the IT office",
        "  - id: sc-1",
        '    detectedOn: "2026-10-01"   # plain date: YAML 1.1 makes it a timestamp',
        "    kind: account_leak",
        '    description: "no"',
        "",
      ].join("\n"),
    );
  });

  it("rewrites JSON keys in JSON's own quoting", () => {
    const json =
      '{\n  "apiVersion": "kcb-compliance/v1",\n  "incidents": [{ "id": "a", "on": "2026-01-01", "kind": "other" }]\n}\n';
    expect(migrateText(json, "f.json").text).toBe(
      '{\n  "apiVersion": "kcb-compliance/v2",\n  "incidents": [{ "id": "a", "detectedOn": "2026-01-01", "kind": "other" }]\n}\n',
    );
  });

  it("prints to stdout by default, writes with --write, and never rewrites a file it cannot parse", () => {
    const folder = mkdtempSync(join(tmpdir(), "kcb-migrate-"));
    const good = join(folder, "good.yaml");
    const bad = join(folder, "bad.yaml");
    const v1 = readFileSync("test/fixtures/v1/commune-station.yaml", "utf8");
    writeFileSync(good, v1);
    writeFileSync(bad, `${v1}\n  broken: [unclosed\n`);
    const printed = kcb("migrate", good);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(readFileSync("examples/commune-station/facility.yaml", "utf8"));
    expect(readFileSync(good, "utf8")).toBe(v1);
    const refused = kcb("migrate", "--write", good, bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${bad}:`);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect([readFileSync(good, "utf8"), readFileSync(bad, "utf8")]).toEqual([v1, `${v1}\n  broken: [unclosed\n`]);
    expect(kcb("migrate", "--write", good).code).toBe(0);
    expect(readFileSync(good, "utf8")).toBe(readFileSync("examples/commune-station/facility.yaml", "utf8"));
  });
});
