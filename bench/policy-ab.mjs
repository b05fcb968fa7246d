#!/usr/bin/env node
// Two versions of the Rego policies, compared on the same inputs in one process: each is compiled to WASM with the
// pinned opa (the runner's entrypoints kcb/main/failures and kcb/main/results), every config of a corpus is loaded as
// kcb loads it, and each input is evaluated by A and B in turn (the order alternating), so the machine's drift falls
// on both alike. Prints, per entrypoint, the median over rounds of each policy's time on the whole corpus, the ratio
// B/A with every round's ratio, and the policy heap each leaves summed over the inputs (deterministic: a proxy for
// the work the WASM allocator does). A script that prints figures, not a test. Needs `npm run build` and `npm run tools`.
// Usage: node bench/policy-ab.mjs POLICIES_A POLICIES_B CORPUS [--rounds 5] [--as-of 2026-11-20]
//   e.g. git worktree add /tmp/before HEAD~1 && node bench/policy-ab.mjs /tmp/before/policies policies C
import { parseArgs } from "node:util";
import { ENTRYPOINTS as RUNNER_ENTRYPOINTS, policyInput } from "../lib/engine/policy.js";
import { discoverInputs } from "../lib/load/discover.js";
import { loadFacility } from "../lib/load/facility.js";
import { findConfigSecrets } from "../lib/validate/secrets.js";
import { compiledPolicy, heapMiB } from "./policy-wasm.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: "string", default: "5" }, "as-of": { type: "string", default: "2026-11-20" } },
});
const [dirA, dirB, corpus] = positionals;
if (!corpus) throw new Error("usage: node bench/policy-ab.mjs POLICIES_A POLICIES_B CORPUS [--rounds 5]");
const rounds = Number(values.rounds);
const ENTRYPOINTS = [RUNNER_ENTRYPOINTS.failed, RUNNER_ENTRYPOINTS.all];

const policies = { A: compiledPolicy([dirA], ENTRYPOINTS), B: compiledPolicy([dirB], ENTRYPOINTS) };
const { files } = await discoverInputs([corpus]);
const inputs = [];
for (const file of files) {
  const loaded = await loadFacility(file);
  if ("errors" in loaded) continue;
  inputs.push(policyInput(loaded.data, values["as-of"], findConfigSecrets(loaded.data)).buffer);
}
const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

console.log(`${inputs.length} inputs from ${corpus}; A = ${dirA}, B = ${dirB}; ${rounds} rounds after one warm-up\n`);
console.log("| entrypoint | A ms | B ms | B ÷ A | each round | A heap MiB | B heap MiB |");
console.log("| --- | ---: | ---: | ---: | --- | ---: | ---: |");
for (const entrypoint of ENTRYPOINTS) {
  const times = { A: [], B: [] };
  const heap = { A: 0, B: 0 };
  for (let round = 0; round <= rounds; round += 1) {
    const total = { A: 0, B: 0 };
    inputs.forEach((input, index) => {
      for (const name of (index + round) % 2 === 0 ? ["A", "B"] : ["B", "A"]) {
        const start = performance.now();
        policies[name].evaluate(input, entrypoint);
        total[name] += performance.now() - start;
        if (round === 0) heap[name] += heapMiB(policies[name]);
      }
    });
    if (round > 0) for (const name of ["A", "B"]) times[name].push(total[name]);
  }
  const [a, b] = [median(times.A), median(times.B)];
  const each = times.A.map((time, n) => (times.B[n] / time).toFixed(2)).join(" ");
  console.log(
    `| ${entrypoint} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(b / a).toFixed(2)}× | ${each} | ${heap.A.toFixed(1)} | ${heap.B.toFixed(1)} |`,
  );
}
