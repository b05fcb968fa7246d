#!/usr/bin/env node
// Prints throughput, cold start and peak memory of kcb's batch check against OPA's own evaluator (`opa exec`),
// Conftest and the parse floor, on one generated corpus and the same compiled rules. A script that prints figures,
// not a test. Needs `npm run build`, the pinned tools (`npm run tools`) and GNU time (/usr/bin/time).
// Usage: node bench/run.mjs [--count 13000] [--corpus DIR] [--conftest-sample 500] [--as-of 2026-11-20]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { freshPageMicroseconds } from "./page-cost.mjs";
import { parseConfig } from "../lib/load/config.js";
import { discoverInputs } from "../lib/load/discover.js";
import { upgradeConfig } from "../lib/load/upgrade.js";
import { loadProfile } from "../lib/profile/load.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "2000" },
    corpus: { type: "string" },
    seed: { type: "string", default: "1" },
    "conftest-sample": { type: "string", default: "500" },
    "as-of": { type: "string", default: "2026-11-20" },
  },
});
const root = new URL("..", import.meta.url).pathname;
const opa = join(root, ".tools/bin/opa");
// Conftest is built on demand: `npm test` installs only opa and regal.
spawnSync("bash", [join(root, "scripts/install-tools.sh"), "opa", "conftest"], { stdio: "inherit" });
const conftest = join(root, ".tools/bin/conftest");
const asOf = values["as-of"];
const work = mkdtempSync(join(tmpdir(), "kcb-bench-"));
const corpus = values.corpus ?? join(work, "corpus");
const log = (line) => process.stderr.write(`bench: ${line}\n`);

function run(command, args, { allow = [0, 1] } = {}) {
  const timing = join(work, "time.txt");
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M %R", "-o", timing, command, ...args], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 26,
  });
  if (!allow.includes(result.status))
    throw new Error(`${command} ${args.slice(0, 3).join(" ")}… exited ${result.status}: ${result.stderr}`);
  const [wall, user, system, maxKb, faults] = readFileSync(timing, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, cpu: user + system, rssMiB: maxKb / 1024, faults };
}
function capture(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  return result.stdout;
}
const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

// 1. The corpus and the same policy for every tool.
if (!values.corpus) {
  log(`generating ${values.count} facilities (seed ${values.seed})`);
  spawnSync(
    process.execPath,
    [join(root, "bench/generate.mjs"), "--count", values.count, "--out", corpus, "--seed", values.seed, "--as-of", asOf],
    { stdio: "inherit" },
  );
}
const { files } = await discoverInputs([corpus]);
const megabytes = files.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6;
// The parameters as kcb resolves them (numbers, not the profile file's {value, basis} entries).
const profile = loadProfile("national");
const dataDir = join(work, "data");
mkdirSync(dataDir);
writeFileSync(join(dataDir, "data.json"), JSON.stringify({ params: profile.params, bench: { asOf } }));
const bundle = join(work, "bundle.tar.gz");
spawnSync(opa, ["build", "--ignore", "*_test.rego", "-o", bundle, "policies", "bench/adapters/opa", join(dataDir, "data.json")], {
  cwd: root,
  stdio: "inherit",
});
const stride = Math.max(1, Math.floor(files.length / Number(values["conftest-sample"])));
// The sample as JSON, for kcb and Conftest alike: Conftest reads YAML as YAML 1.1, where an unquoted date is a
// timestamp (and `on` a boolean), and cannot upgrade a format v1 file, so from the YAML files it would judge other
// values than kcb. Each copy is the data kcb evaluates: the file as kcb parses it, upgraded to format v2.
const sampleDir = join(work, "sample");
mkdirSync(sampleDir);
const sample = files
  .filter((_, index) => index % stride === 0)
  .map((file, index) => {
    const copy = join(sampleDir, `${String(index).padStart(5, "0")}.json`);
    writeFileSync(copy, JSON.stringify(upgradeConfig(parseConfig(readFileSync(file, "utf8"), file)).data));
    return copy;
  });
const sampleMegabytes = sample.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6;
const conftestArgs = ["test", "--no-color", "--policy", "policies", "--policy", "bench/adapters/conftest", "--data", dataDir];

// 2. Throughput, one tool after the other.
const loadBefore = loadavg()[0];
log(`kcb check on ${files.length} files`);
const kcb = run(
  process.execPath,
  ["bin/kcb.js", "check", corpus, "--as-of", asOf, "--summary", "json=/dev/null", "--no-progress"],
  { allow: [0, 1, 2] },
);
log("parse floor");
const floor = run(process.execPath, ["bench/floor.mjs", corpus]);
log("opa exec");
const opaExec = run(opa, ["exec", "--bundle", bundle, "--decision", "kcb/bench/results", corpus]);
log(`conftest on ${sample.length} of ${files.length} files (every ${stride}th)`);
const conftestRun = run(conftest, [...conftestArgs, ...sample]);
const kcbSample = run(
  process.execPath,
  ["bin/kcb.js", "check", ...sample, "--as-of", asOf, "--summary", "json=/dev/null", "--no-progress"],
  { allow: [0, 1, 2] },
);
const loadAfter = loadavg()[0];
const pageMicroseconds = freshPageMicroseconds();

// 3. The same failures from kcb and Conftest on the sample (they run the same rules; a benchmark of different work is meaningless).
const kcbFailures = new Map(
  JSON.parse(
    capture(process.execPath, ["bin/kcb.js", "check", ...sample, "--as-of", asOf, "--summary", "json=-", "--no-progress"]),
  ).facilities.map((facility) => [
    facility.file,
    Object.keys(facility.rules)
      .filter((id) => facility.rules[id] === "fail")
      .sort()
      .join(","),
  ]),
);
const conftestFailures = JSON.parse(capture(conftest, [...conftestArgs, "-o", "json", ...sample]));
const disagreements = conftestFailures.filter(
  (result) =>
    (result.failures ?? [])
      .map((failure) => failure.msg)
      .sort()
      .join(",") !== kcbFailures.get(result.filename),
);

// 4. Cold start on one small config.
const one = sample.find((file) => statSync(file).size < 8000) ?? sample[0];
const cold = (command, args) => median(Array.from({ length: 5 }, () => run(command, args, { allow: [0, 1, 2] }).wall));
const kcbCold = cold(process.execPath, ["bin/kcb.js", "check", one, "--as-of", asOf]);
const conftestCold = cold(conftest, [...conftestArgs, one]);

// 5. The table.
const row = (name, measured, count, mb) => ({
  name,
  wall: measured.wall,
  cpu: measured.cpu,
  perSecond: count / measured.wall,
  mbPerSecond: mb / measured.wall,
  rss: measured.rssMiB,
  faults: measured.faults,
});
const rows = [
  row("kcb check (batch)", kcb, files.length, megabytes),
  row("parse floor", floor, files.length, megabytes),
  row("opa exec", opaExec, files.length, megabytes),
  row(`kcb check (sample)`, kcbSample, sample.length, sampleMegabytes),
  row(`conftest test (sample)`, conftestRun, sample.length, sampleMegabytes),
];
const fixed = (value, digits = 1) => value.toFixed(digits);
console.log(
  `corpus: ${files.length} facilities, ${fixed(megabytes)} MB (${corpus}); sample for Conftest: ${sample.length} facilities, ${fixed(sampleMegabytes)} MB`,
);
console.log(
  `machine: ${availableParallelism()} cores, load average ${fixed(loadBefore, 2)} before, ${fixed(loadAfter, 2)} after`,
);
console.log(
  `memory: a fresh 4 KiB page costs ${fixed(pageMicroseconds, 2)} µs to fault in here (bench/page-cost.mjs), so each 100,000 page faults below are about ${fixed(pageMicroseconds / 10, 1)} CPU-s`,
);
console.log("");
console.log("| run | wall s | CPU s | facilities/s | MB/s | peak RSS MiB | page faults (k) |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows)
  console.log(
    `| ${r.name} | ${fixed(r.wall, 2)} | ${fixed(r.cpu, 2)} | ${fixed(r.perSecond, 0)} | ${fixed(r.mbPerSecond, 1)} | ${fixed(r.rss, 0)} | ${fixed(r.faults / 1000, 0)} |`,
  );
console.log("");
console.log(`kcb / opa exec throughput: ${fixed(opaExec.wall / kcb.wall, 2)}× (CPU time: ${fixed(opaExec.cpu / kcb.cpu, 2)}×)`);
console.log(
  `kcb / conftest throughput (sample): ${fixed(conftestRun.wall / kcbSample.wall, 2)}× (CPU time: ${fixed(conftestRun.cpu / kcbSample.cpu, 2)}×)`,
);
console.log(
  `kcb time / parse floor time: ${fixed(kcb.wall / floor.wall, 2)}× (CPU time: ${fixed(kcb.cpu / floor.cpu, 2)}×); the floor parses ${fixed(megabytes / floor.cpu, 2)} MB per CPU-second`,
);
console.log(
  `cold start, one config (${one}, median of 5): kcb ${fixed(kcbCold * 1000, 0)} ms, conftest ${fixed(conftestCold * 1000, 0)} ms`,
);
console.log(
  `kcb and Conftest disagree on ${disagreements.length} of ${sample.length} sampled facilities${
    disagreements.length
      ? `: ${disagreements
          .slice(0, 3)
          .map((d) => d.filename)
          .join(", ")}`
      : ""
  }`,
);
rmSync(work, { recursive: true, force: true });
