#!/usr/bin/env node
// Cold start of one small check: `kcb check FILE` against `conftest test` of the same rules on the same file, run in
// pairs (kcb, then Conftest, then kcb…) so that both see the same load on a shared machine; prints each median and
// the ratio. A script that prints figures, not a test. Needs `npm run build`, Conftest (built on demand as in
// bench/run.mjs) and GNU time is not needed: wall time is taken around each process.
// Usage: node bench/cold-start.mjs [--file examples/commune-station/facility.yaml] [--runs 9] [--as-of 2026-11-20]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { loadProfile } from "../lib/profile/load.js";

const { values } = parseArgs({
  options: {
    file: { type: "string", default: "examples/commune-station/facility.yaml" },
    runs: { type: "string", default: "9" },
    "as-of": { type: "string", default: "2026-11-20" },
  },
});
const root = new URL("..", import.meta.url).pathname;
spawnSync("bash", [join(root, "scripts/install-tools.sh"), "conftest"], { stdio: "inherit" });
const conftest = join(root, ".tools/bin/conftest");
const work = mkdtempSync(join(tmpdir(), "kcb-cold-"));
// The parameters as kcb resolves them (numbers, not the profile file's {value, basis} entries).
const profile = loadProfile("national");
writeFileSync(join(work, "data.json"), JSON.stringify({ params: profile.params, bench: { asOf: values["as-of"] } }));

const commands = {
  kcb: [process.execPath, ["bin/kcb.js", "check", values.file, "--as-of", values["as-of"]]],
  conftest: [
    conftest,
    ["test", "--no-color", "--policy", "policies", "--policy", "bench/adapters/conftest", "--data", work, values.file],
  ],
};
const times = { kcb: [], conftest: [] };
for (let run = 0; run < Number(values.runs); run += 1) {
  for (const [name, [command, args]] of Object.entries(commands)) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    times[name].push(performance.now() - started);
    if (![0, 1].includes(result.status)) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
  }
}
rmSync(work, { recursive: true, force: true });
const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const kcb = median(times.kcb);
const conftestMedian = median(times.conftest);
console.log(
  `cold start, ${values.file}, ${values.runs} paired runs (median wall ms): kcb ${kcb.toFixed(0)}, conftest ${conftestMedian.toFixed(0)}; kcb / conftest ${(kcb / conftestMedian).toFixed(2)}×`,
);
