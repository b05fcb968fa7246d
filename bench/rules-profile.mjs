#!/usr/bin/env node
// Which rules cost what, and which grow faster than the rows. The scaled hospital (bench/hospital.mjs) at several
// sizes is loaded like `kcb check` loads it, and the exact policy input is evaluated
//   1. through the committed policy.wasm (the engine kcb runs), in CPU ms per evaluation;
//   2. rule by rule, through a WASM built here with one entrypoint per rule (the same compiler and planner, so the
//      same costs as in policy.wasm): CPU ms per rule at each size and its growth per doubling, worst first;
//   3. with --opa-profile, by `opa eval --profile` (OPA's interpreter: time per Rego expression; its costs differ
//      from the WASM's, which computes a rule without arguments once, so read it for where, not how much).
// Run after `npm run build` and `npm run tools`: node bench/rules-profile.mjs [--factors 1,2] [--top 15]
// It prints figures; it asserts nothing.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ENTRYPOINTS, loadEngine, policyInput } from "../lib/engine/policy.js";
import { parseConfig } from "../lib/load/config.js";
import { loadProfile } from "../lib/profile/load.js";
import { findConfigSecrets } from "../lib/validate/secrets.js";
import { toYaml } from "./generate.mjs";
import { scaledHospital } from "./hospital.mjs";
import { compiledPolicy, heapMiB } from "./policy-wasm.mjs";

const { values } = parseArgs({
  options: {
    factors: { type: "string", default: "1,2" },
    top: { type: "string", default: "15" },
    "as-of": { type: "string", default: "2026-11-20" },
    "opa-profile": { type: "boolean", default: false },
  },
});
const asOf = values["as-of"];
const factors = values.factors.split(",").map(Number);
const top = Number(values.top);
const opa = ".tools/bin/opa";
const params = loadProfile("national").params;
const folder = mkdtempSync(join(tmpdir(), "kcb-rules-profile-"));
writeFileSync(join(folder, "data.json"), JSON.stringify({ params, packs: {} }));

/** Median CPU milliseconds of `run` over three calls after one warm-up. */
function cpuMs(run) {
  run();
  const times = [];
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[1];
}

// One WASM with an entrypoint per rule of the catalog (and the entrypoint kcb runs, for the total).
// Each rule is reached through a one-line alias in a bench package: naming a rule package's rule as an entrypoint
// directly makes OPA's type checker reject the waiver package ("function … used as reference, not called").
const rules = JSON.parse(readFileSync("policy/catalog.json", "utf8")).rules.map((rule) => rule.id);
const alias = (id) => id.replaceAll(".", "__");
const entrypoint = (id) => `kcb/bench/${alias(id)}`;
const path = (id) => (id.startsWith("governance.") ? `data.kcb.${id}` : `data.kcb.rules.${id}`);
mkdirSync(join(folder, "aliases"));
writeFileSync(
  join(folder, "aliases", "bench.rego"),
  `package kcb.bench\n\n${rules.map((id) => `${alias(id)} := ${path(id)}\n`).join("")}`,
);
const perRule = compiledPolicy(["policies", join(folder, "aliases")], [...rules.map(entrypoint), ENTRYPOINTS.all], {
  initialPages: 5,
});

const engine = loadEngine(params);
const byRule = new Map(rules.map((id) => [id, []]));
// The policy heap each rule leaves at the largest size, MiB: the memory the evaluation touches.
const heapByRule = new Map();
let heapTotal = 0;
const totals = [];
for (const factor of factors) {
  const loaded = parseConfig(toYaml(scaledHospital(factor, asOf)), `hospital-x${factor}.yaml`);
  const secrets = findConfigSecrets(loaded.data);
  totals.push(cpuMs(() => engine.evaluate(loaded.data, asOf, secrets)));
  // The input exactly as the engine writes it, day table included.
  const input = policyInput(loaded.data, asOf, secrets).buffer;
  perRule.evaluate(input, ENTRYPOINTS.all);
  heapTotal = heapMiB(perRule);
  for (const id of rules) {
    const ms = cpuMs(() => perRule.evaluate(input, entrypoint(id)));
    byRule.get(id).push(ms);
    heapByRule.set(id, heapMiB(perRule));
  }

  if (values["opa-profile"]) {
    const inputFile = join(folder, `input-x${factor}.json`);
    writeFileSync(inputFile, Buffer.from(input));
    const args = [
      "eval",
      "--profile",
      "--profile-limit",
      String(top),
      "--format",
      "json",
      "-d",
      "policies",
      "-d",
      join(folder, "data.json"),
      "--ignore",
      "*_test.rego",
      "-i",
      inputFile,
      "data.kcb.main.results",
    ];
    const run = spawnSync(opa, args, { encoding: "utf8", maxBuffer: 1 << 30 });
    if (run.status !== 0) throw new Error(run.stderr);
    const { profile } = JSON.parse(run.stdout);
    console.log(`\nopa eval --profile, hospital ×${factor}:\n| ms | evals | location |\n| ---: | ---: | --- |`);
    for (const row of profile) {
      console.log(`| ${(row.total_time_ns / 1e6).toFixed(1)} | ${row.num_eval} | ${row.location.file}:${row.location.row} |`);
    }
  }
}

const growth = (series) =>
  series.slice(1).map((value, i) => (value / Math.max(series[i], 0.05)) ** (1 / Math.log2(factors[i + 1] / factors[i])));
const columns = factors.map((factor) => `×${factor} ms`).join(" | ");
console.log(
  `\n| rule | ${columns} | ×/doubling | heap MiB ×${factors.at(-1)} |\n| --- | ${factors.map(() => "---:").join(" | ")} | ---: | ---: |`,
);
console.log(
  `| **policy.wasm (all rules)** | ${totals.map((ms) => ms.toFixed(0)).join(" | ")} | ${growth(totals)
    .map((g) => g.toFixed(2))
    .join(", ")} | ${heapTotal.toFixed(1)} |`,
);
const ranked = [...byRule].sort((a, b) => b[1].at(-1) - a[1].at(-1));
for (const [id, series] of ranked.slice(0, top)) {
  console.log(
    `| ${id} | ${series.map((ms) => ms.toFixed(1)).join(" | ")} | ${growth(series)
      .map((g) => g.toFixed(2))
      .join(", ")} | ${heapByRule.get(id).toFixed(1)} |`,
  );
}
const sum = factors.map((_, i) => ranked.reduce((total, [, series]) => total + series[i], 0));
console.log(
  `| sum of the ${rules.length} rules alone | ${sum.map((ms) => ms.toFixed(0)).join(" | ")} | ${growth(sum)
    .map((g) => g.toFixed(2))
    .join(", ")} |`,
);
rmSync(folder, { recursive: true, force: true });
