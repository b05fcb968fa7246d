import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { parse, stringify } from "yaml";
import { catalogForPacks, checkSource, exitCode, FORMATS, InputError, loadCatalog, type Report } from "../src/index.js";
import { CONFIG_EXTENSIONS } from "../src/load/config.js";
import { loadFacility } from "../src/load/facility.js";
import { DEFAULT_LIMITS, type Limits } from "../src/load/limits.js";

/** The rules a run without --pack reports: the default pack (the four letters and the waiver rule). */
const defaultRules = () => catalogForPacks(loadCatalog(), []).rules;

/**
 * Property-based tests (fast-check): random and mutated inputs for every loader (every extension in
 * CONFIG_EXTENSIONS, so loaders added later are covered) and for the whole pipeline through the real WASM.
 * The promise checked each time: no exception escapes, no limit is exceeded, and the result is either a
 * report or an input error that names a file and line. The number of cases run is printed at the end.
 */

const tmp = mkdtempSync(join(tmpdir(), "kcb-property-"));
const runs = { loader: 0, loaded: 0, pipeline: 0, assessed: 0, hostile: 0 };
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  console.log(
    `property tests: ${runs.loader + runs.pipeline + runs.hostile} cases (${runs.hostile} hostile strings through every output) — ${runs.loader} loader runs over ${LOADERS.map((loader) => loader.name).join(", ")} ` +
      `(${runs.loaded} loaded, ${runs.loader - runs.loaded} input errors); ${runs.pipeline} pipeline runs ` +
      `(${runs.assessed} assessed by the WASM, ${runs.pipeline - runs.assessed} input errors)`,
  );
});

const STACK_FRAME = /\n\s+at \S/;

/** Sample files per extension, from examples/, the corpus and fixtures, to mutate byte by byte. */
function samplesFor(extension: string): Uint8Array[] {
  return ["examples", "test/corpus/bad", "test/fixtures"].flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((name) => extname(name).toLowerCase() === extension)
      .slice(0, 12)
      .map((name) => new Uint8Array(readFileSync(join(folder, name)))),
  );
}

/** Bytes: random, random text, or a sample with random bytes replaced, inserted and deleted. */
function bytesFor(extension: string): fc.Arbitrary<Uint8Array> {
  const samples = samplesFor(extension);
  const mutated =
    samples.length === 0
      ? []
      : [
          fc
            .tuple(
              fc.constantFrom(...samples),
              fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.uint8Array({ maxLength: 4 })), { maxLength: 8 }),
            )
            .map(([sample, edits]) => {
              const bytes = Array.from(sample);
              for (const [at, removed, inserted] of edits) bytes.splice(at % (bytes.length + 1), removed, ...inserted);
              return Uint8Array.from(bytes);
            }),
        ];
  const text = fc.string({ unit: "grapheme", maxLength: 400 }).map((s) => new TextEncoder().encode(s));
  const yamlish = fc
    .array(
      fc.constantFrom(
        "a:",
        " ",
        "\n",
        "- ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&x ",
        "*x",
        "!!",
        '"',
        "'",
        "|",
        ">",
        "#",
        "---",
        "\uFEFF",
        "\r\n",
        "__proto__",
        "1",
        "2024-02-30",
        ";",
        "export default ",
        "import ",
        "=>",
        "(",
      ),
      { maxLength: 80 },
    )
    .map((parts) => new TextEncoder().encode(parts.join("")));
  return fc.oneof(fc.uint8Array({ maxLength: 600 }), text, yamlish, ...mutated);
}

/**
 * Every loader: each config extension, TypeScript configs, and the evidence readers a config can name (a CSV or
 * XLSX list, a raw access log). Evidence bytes are written beside a small valid config that points at them.
 */
const EVIDENCE_CONFIG =
  'apiVersion: kcb-compliance/v1\nkind: Facility\nfacility: { code: "01905", name: Trạm, type: commune_station, bhytContract: true }\n';
const LOADERS: Array<{ name: string; extension: string; file: string; config?: string; runs: number }> = [
  ...CONFIG_EXTENSIONS.map((extension) => ({ name: `${extension} config`, extension, file: `facility${extension}`, runs: 250 })),
  ...(existsSync("src/load/typescript.ts") ? [{ name: ".ts config", extension: ".ts", file: "x.facility.ts", runs: 100 }] : []),
  ...(existsSync("src/load/csv.ts")
    ? [
        {
          name: "CSV list",
          extension: ".csv",
          file: "staff.csv",
          config: `${EVIDENCE_CONFIG}staff: { from: staff.csv }\n`,
          runs: 100,
        },
      ]
    : []),
  ...(existsSync("src/load/xlsx.ts")
    ? [
        {
          name: "XLSX list",
          extension: ".xlsx",
          file: "staff.xlsx",
          config: `${EVIDENCE_CONFIG}staff: { from: staff.xlsx }\n`,
          runs: 100,
        },
      ]
    : []),
  ...(existsSync("src/load/access-log.ts")
    ? [
        {
          name: "access log",
          extension: ".csv",
          file: "log.csv",
          config: `${EVIDENCE_CONFIG}accessStats: { from: log.csv, format: access-log }\n`,
          runs: 25,
        },
      ]
    : []),
];

const limitsArbitrary: fc.Arbitrary<Limits> = fc
  .record({
    maxFileBytes: fc.oneof(fc.constant(DEFAULT_LIMITS.maxFileBytes), fc.nat({ max: 4000 })),
    maxDepth: fc.oneof(fc.constant(DEFAULT_LIMITS.maxDepth), fc.integer({ min: 1, max: 8 })),
    maxAliases: fc.oneof(fc.constant(DEFAULT_LIMITS.maxAliases), fc.nat({ max: 5 })),
    maxPolicyMemoryBytes: fc.constant(DEFAULT_LIMITS.maxPolicyMemoryBytes),
  })
  .map((varied) => ({ ...DEFAULT_LIMITS, ...varied }));

function depth(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depth));
}

/**
 * CI runs a fixed number of cases (the counts here, about 1,300). KCB_PROPERTY_BUDGET=N (`npm run
 * test:property:nightly` sets 100,000) scales every count so the cases total at least N, with no timeout.
 */
const PIPELINE_RUNS = 200;
const HOSTILE_RUNS = 60;
const BASE_CASES = LOADERS.reduce((sum, loader) => sum + loader.runs, 0) + PIPELINE_RUNS + HOSTILE_RUNS;
const budget = Number(process.env.KCB_PROPERTY_BUDGET ?? 0);
const scale = budget > BASE_CASES ? budget / BASE_CASES : 1;
const scaled = (runs: number) => Math.ceil(runs * scale);
const timeout = (ms: number) => (scale > 1 ? 0 : ms);

// A fixed seed keeps CI reproducible; KCB_PROPERTY_SEED=random (or a number) explores further when run by hand.
const seedSetting = process.env.KCB_PROPERTY_SEED ?? "20261125";
if (seedSetting !== "random") fc.configureGlobal({ seed: Number(seedSetting) });

/** The deepest a config gets from rows imported out of CSV/XLSX files (see the bound below). */
const TABLE_ROW_DEPTH = 5;

function expectInputError(error: unknown) {
  expect(error).toBeInstanceOf(InputError);
  const { location, text } = error as InputError;
  expect(location.file.length).toBeGreaterThan(0);
  expect(location.line).toBeGreaterThanOrEqual(1);
  expect(location.column).toBeGreaterThanOrEqual(1);
  expect(text.en.length * text.vi.length).toBeGreaterThan(0);
  expect(`${text.en}${text.vi}`).not.toMatch(STACK_FRAME);
}

describe("every loader, on random and mutated bytes", () => {
  it.each(LOADERS)(
    "$name: a loaded config within the limits, or input errors with file and line",
    async (loader) => {
      let index = 0;
      await fc.assert(
        fc.asyncProperty(bytesFor(loader.extension), limitsArbitrary, async (bytes, limits) => {
          runs.loader += 1;
          const folder = join(tmp, `case-${(index += 1)}`);
          mkdirSync(folder);
          writeFileSync(join(folder, loader.file), bytes);
          const file = join(folder, loader.config ? "facility.yaml" : loader.file);
          if (loader.config) writeFileSync(file, loader.config);
          try {
            const loaded = await loadFacility(file, { limits });
            if ("errors" in loaded) {
              expect(loaded.errors.length).toBeGreaterThan(0);
              for (const error of loaded.errors) expectInputError(error);
            } else {
              runs.loaded += 1;
              if (!loader.config) expect(bytes.length).toBeLessThanOrEqual(limits.maxFileBytes);
              // The depth limit bounds what a parser reads; rows imported from a table take the schema's item shapes,
              // whose depth is fixed (root → governance → regulations → row → covers: 5), whatever maxDepth says.
              const bound = loader.config ? Math.max(limits.maxDepth, TABLE_ROW_DEPTH) : Math.max(limits.maxDepth, 3);
              if (loader.extension !== ".ts") expect(depth(loaded.data)).toBeLessThanOrEqual(bound);
              expect(() => JSON.stringify(loaded.data)).not.toThrow(); // no cycles, nothing a consumer cannot serialise
            }
            expect(Object.prototype).not.toHaveProperty("polluted");
          } finally {
            rmSync(folder, { recursive: true, force: true });
          }
        }),
        { numRuns: scaled(loader.runs) },
      );
    },
    timeout(300_000),
  );
});

// ----- The whole pipeline (load → validate → references → WASM → report → every format) on mutated configs -----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const EXAMPLES = ["compliant-hospital", "noncompliant-hospital", "commune-station"].map(
  (name) => parse(readFileSync(`examples/${name}/facility.yaml`, "utf8"), { schema: "core" }) as Json,
);

/** Every path in a value, so a mutation can aim anywhere. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== "object" || value === null) return [prefix];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string, Json>)[key]!, [...prefix, key]))];
}

const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    "2024-02-30",
    "2026-11-20",
    "2099-01-01",
    "1900-01-01",
    "",
    "nv-999",
    "portal",
    "active",
    "left",
    true,
    0,
    -1,
    null,
    [],
    {},
  ),
  fc.string({ maxLength: 30 }),
);

// Most edits break the schema; "date" and "status" edits keep the config valid so the WASM sees many variants.
const mutation = fc.tuple(
  fc.nat(),
  fc.constantFrom("replace", "delete", "add-field", "duplicate", "date", "date", "date", "status", "status"),
  replacement,
  fc.string({ minLength: 1, maxLength: 12 }),
  fc
    .date({ min: new Date("2015-01-01"), max: new Date("2024-12-31"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);

const STATUS_FAMILIES = [
  ["active", "left", "transferred"],
  ["active", "disabled"],
];

function mutate(original: Json, edits: Array<typeof mutation extends fc.Arbitrary<infer T> ? T : never>): Json {
  const config = structuredClone(original);
  for (const [pick, kind, value, key, date] of edits) {
    const leaf = (path: Array<string | number>) =>
      path.reduce<Json>((node, step) => (node as Record<string, Json>)[step]!, config);
    const all = paths(config)
      .filter((path) => path.length > 0)
      .filter((path) => {
        if (kind === "date") return /^\d{4}-\d{2}-\d{2}$/.test(String(leaf(path)));
        if (kind === "status") return path.at(-1) === "status";
        return true;
      });
    if (all.length === 0) break;
    const path = all[pick % all.length]!;
    const parent = path.slice(0, -1).reduce<Json>((node, step) => (node as Record<string, Json>)[step]!, config) as
      Record<string | number, Json> | Json[];
    const last = path.at(-1)!;
    if (kind === "date") (parent as Record<string | number, Json>)[last] = date;
    else if (kind === "status") {
      const family = STATUS_FAMILIES[Number(path[0] === "accounts")]!;
      (parent as Record<string | number, Json>)[last] = family[pick % family.length]!;
    } else if (kind === "replace") (parent as Record<string | number, Json>)[last] = value;
    else if (kind === "delete")
      Array.isArray(parent) ? parent.splice(Number(last), 1) : delete (parent as Record<string, Json>)[last];
    else if (kind === "add-field" && !Array.isArray(parent)) (parent as Record<string, Json>)[key] = value;
    else if (kind === "duplicate" && Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]!));
  }
  return config;
}

const pipelineCase = fc.record({
  config: fc
    .tuple(fc.constantFrom(...EXAMPLES), fc.array(mutation, { maxLength: 5 }))
    .map(([example, edits]) => mutate(example, edits)),
  as: fc.constantFrom("yaml", "json"),
  asOf: fc.constantFrom("2026-11-20", "2025-01-01", "2030-06-15"),
  profile: fc.constantFrom("national", "thanh-hoa"),
});

function expectWellFormed(report: Report, file: string) {
  expect(report.facilities).toHaveLength(1);
  const [facility] = report.facilities;
  const code = exitCode(report);
  if (facility!.errors.length > 0) {
    expect(code).toBe(2);
    expect(facility!.rules).toEqual([]);
    for (const error of facility!.errors) {
      expect(error.location.file).toBe(file);
      expect(error.location.line).toBeGreaterThanOrEqual(1);
      expect(`${error.message.en}${error.message.vi}`).not.toMatch(STACK_FRAME);
    }
  } else {
    runs.assessed += 1;
    expect(code).toBeLessThan(2);
    // Every rule answered: nothing silently missing, so nothing silently passed.
    expect(facility!.rules.map((rule) => rule.id)).toEqual(defaultRules().map((rule) => rule.id));
    for (const rule of facility!.rules) {
      expect(["pass", "fail", "not_applicable", "waived"]).toContain(rule.status);
      for (const finding of rule.findings) expect(finding.location.line).toBeGreaterThanOrEqual(1);
    }
  }
  for (const [name, format] of Object.entries(FORMATS)) expect(format(report, { lang: "vi" }).length, name).toBeGreaterThan(0);
}

describe("the whole pipeline, on mutated configs", () => {
  it(
    "always gives a report (findings for every rule, or input errors at a line), never an exception",
    async () => {
      await fc.assert(
        fc.asyncProperty(pipelineCase, async ({ config, as, asOf, profile }) => {
          runs.pipeline += 1;
          const file = `facility.${as}`;
          const text = as === "json" ? JSON.stringify(config, null, 2) : stringify(config);
          expectWellFormed(await checkSource(text, file, { asOf, profile }), file);
        }),
        { numRuns: scaled(PIPELINE_RUNS) },
      );
    },
    timeout(120_000),
  );
});

// ----- Hostile strings: whatever a config holds, every output escapes it for its medium and withholds secrets -----

const HOSTILE_PARTS = [
  "\n",
  "\r",
  "\r\n",
  "\u001b[31m",
  "\u001b]8;;https://evil\u0007",
  "\u0000",
  "\u0085",
  "\u2028",
  "::add-mask::",
  "::error file=x.yaml::",
  "=",
  "+",
  "-",
  "@",
  "\t",
  "[x](https://evil)",
  "![i](https://evil/p.png)",
  "@octocat",
  "# ",
  "|",
  "<img src=x>",
  "`",
  "Trạm Y tế",
  "mật khẩu: ",
  "password=",
  "PIN: ",
  "Bearer ",
  "sftp://u:",
  "@h",
  " ",
];

const hostileName = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PARTS), fc.string({ maxLength: 6 })), { maxLength: 12 }),
    fc.stringMatching(/^[A-Za-z]{3}[0-9][A-Za-z0-9]{4}$/u),
    fc.constantFrom("mật khẩu: ", "matkhau=", "pw: ", "password=", "MK: ", "api key: ", "PIN: ", "Bearer ", "redis://:"),
  )
  .map(([parts, secret, label]) => ({ name: `${parts.join("")} ${label}${secret}${label === "redis://:" ? "@h" : ""}`, secret }));

const FORMULA_START = /^[=+\-@\t\r]/u;

describe("every output, on hostile strings in a config", () => {
  it(
    "has no control character or workflow command in text, no raw line break in Markdown, no formula in CSV, no secret anywhere",
    async () => {
      const { formatSummary } = await import("../src/format/summary/index.js");
      const { SummaryBuilder } = await import("../src/batch/summary.js");
      const example = readFileSync("examples/commune-station/facility.yaml", "utf8");
      await fc.assert(
        fc.asyncProperty(hostileName, async ({ name, secret }) => {
          runs.hostile += 1;
          const source = example.replace(/^( {2}name: ).*$/mu, `$1${JSON.stringify(name)}`);
          const report = await checkSource(source, "facility.yaml", { asOf: "2026-11-20" });
          for (const lang of ["en", "vi"] as const) {
            const text = FORMATS.text(report, { lang });
            expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
            expect(text.split("\n").filter((line) => /^\s*::/u.test(line))).toEqual([]);
            const markdown = FORMATS.markdown(report, { lang });
            expect(markdown).not.toMatch(/\r|\]\(https:\/\/evil|@octocat/u);
            const builder = new SummaryBuilder(report, loadCatalog());
            builder.add(report.facilities[0]!);
            const csv = formatSummary(builder.build(), "csv", { lang });
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- csv-parse types records as unknown without columns
            const cells = (parseCsv(csv.replace(/^\uFEFF/u, ""), { relax_column_count: true }) as string[][]).flat();
            for (const cell of cells) expect(cell).not.toMatch(FORMULA_START);
            for (const [format, render] of Object.entries(FORMATS))
              expect(render(report, { lang }), format).not.toContain(secret);
          }
        }),
        { numRuns: scaled(HOSTILE_RUNS) },
      );
    },
    timeout(300_000),
  );
});
