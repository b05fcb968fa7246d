#!/usr/bin/env node
// Where a check's CPU time goes beyond the parse floor: every file of a corpus goes through the steps of
// src/assess.ts on one thread — load (read, decode, parse, upgrade: what bench/floor.mjs times), the secrets detector,
// the validators, the policy's evaluation (its input JSON included), the report and the withholding of secrets — and
// the CPU time of each step is summed over the corpus, after one untimed pass that warms the code up. A script that
// prints figures, not a test. Needs `npm run build`.
//
// With --split, the evaluation step is timed again in its parts, on the same inputs in the same pass: the policy input
// built in JavaScript (the config's JSON, the day table, the medians), the committed policy.wasm evaluating that input
// through the SDK (input written, every rule, results read back), and a policy that only reads its input
// (bench/read-input: OPA's WASM parses the whole input before any rule runs). What the engine itself costs, whatever
// kcb's own code does. Needs the pinned opa (`npm run tools`) to build the reading policy.
// Usage: node bench/phases.mjs DIR [--findings failed|not_passed|all] [--as-of 2026-11-20] [--split]
import { parseArgs } from "node:util";
import { reportHeader } from "../lib/assess.js";
import { ENTRYPOINTS, loadEngine, policyInput } from "../lib/engine/policy.js";
import { discoverInputs } from "../lib/load/discover.js";
import { loadConfigFile } from "../lib/load/config.js";
import { loadFacility } from "../lib/load/facility.js";
import { readPackageFile } from "../lib/paths.js";
import { facilityReport } from "../lib/report/build.js";
import { catalogForPacks, loadCatalog } from "../lib/report/catalog.js";
import { withholdSecrets } from "../lib/report/withhold-secrets.js";
import { validateEventDates } from "../lib/validate/event-dates.js";
import { validateReferences } from "../lib/validate/references.js";
import { validateConfig } from "../lib/validate/schema.js";
import { findConfigSecrets } from "../lib/validate/secrets.js";
import { validateValues } from "../lib/validate/values.js";
import { compiledPolicy, loadedPolicy } from "./policy-wasm.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    // What a batch summary asks the policy for (batch/run.ts); text and SARIF ask for not_passed, JSON and HTML for all.
    findings: { type: "string", default: "failed" },
    "as-of": { type: "string", default: "2026-11-20" },
    split: { type: "boolean", default: false },
  },
});
const asOf = values["as-of"];
const header = reportHeader({ asOf });
const catalog = catalogForPacks(loadCatalog(), header.packs ?? []);
const engine = loadEngine(header.profile.params, undefined, { findings: values.findings });
const { files } = await discoverInputs(positionals);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const entrypoint = ENTRYPOINTS[values.findings];
const READER_ENTRYPOINT = "bench/read_input/keys";
const split = values.split
  ? {
      rules: loadedPolicy(readPackageFile("policy/policy.wasm")),
      reader: compiledPolicy([new URL("read-input", import.meta.url).pathname], [READER_ENTRYPOINT]),
    }
  : undefined;
const totals = new Map();
const parts = new Map();
const FLOOR_LOAD = "the floor's load alone (read, decode, parse)";
async function pass() {
  totals.clear();
  parts.clear();
  let invalid = 0;
  const step = (name, run, into = totals) => {
    const start = cpuMs();
    const result = run();
    into.set(name, (into.get(name) ?? 0) + cpuMs() - start);
    return result;
  };
  for (const file of files) {
    let start = cpuMs();
    const loaded = await loadFacility(file);
    totals.set("load", (totals.get("load") ?? 0) + cpuMs() - start);
    if (split) {
      start = cpuMs();
      await loadConfigFile(file).catch(() => undefined);
      parts.set(FLOOR_LOAD, (parts.get(FLOOR_LOAD) ?? 0) + cpuMs() - start);
    }
    if ("errors" in loaded) {
      invalid += 1;
      continue;
    }
    const secrets = step("secrets", () => findConfigSecrets(loaded.data));
    const errors = step("validate", () => [
      ...validateValues(loaded),
      ...validateConfig(loaded),
      ...validateReferences(loaded),
      ...validateEventDates(loaded, asOf),
    ]);
    if (errors.length > 0) {
      invalid += 1;
      continue;
    }
    const raw = step("evaluate", () => engine.evaluate(loaded.data, asOf, secrets));
    if (split) {
      const input = step("policy input (JavaScript)", () => policyInput(loaded.data, asOf, secrets), parts);
      step(
        "OPA: reading the input, no rule (within the next)",
        () => split.reader.evaluate(input.buffer, READER_ENTRYPOINT),
        parts,
      );
      step("OPA: every rule, results read back", () => split.rules.evaluate(input.buffer, entrypoint), parts);
    }
    const report = step("report", () => facilityReport(loaded, raw, catalog));
    step("withhold secrets", () => withholdSecrets(report, loaded.data, secrets));
  }
  return invalid;
}

await pass();
const invalid = await pass();
const all = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
const load = totals.get("load") ?? 0;
console.log(`${files.length} files (${invalid} not assessed), findings: ${values.findings}, one thread, second pass\n`);
console.log("| step | CPU s | share | ÷ load |");
console.log("| --- | ---: | ---: | ---: |");
for (const [name, ms] of totals) {
  console.log(`| ${name} | ${(ms / 1000).toFixed(2)} | ${((100 * ms) / all).toFixed(0)} % | ${(ms / load).toFixed(2)} |`);
}
console.log(`| all | ${(all / 1000).toFixed(2)} | 100 % | ${(all / load).toFixed(2)} |`);
if (split) {
  console.log(`\nThe same pass, in parts: the floor's loader alone (bench/floor.mjs: no upgrade, no evidence), and the`);
  console.log(`evaluation step's parts (${entrypoint}; the committed policy.wasm through the SDK, one instance):\n`);
  const floor = parts.get(FLOOR_LOAD) ?? 0;
  console.log("| part | CPU s | ÷ load | ÷ the floor's load |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const [name, ms] of parts) {
    console.log(`| ${name} | ${(ms / 1000).toFixed(2)} | ${(ms / load).toFixed(2)} | ${(ms / floor).toFixed(2)} |`);
  }
}
