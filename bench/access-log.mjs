// Access-log aggregation benchmark (prints figures; not a test).
//   npm run build && node bench/access-log.mjs [LINES=10000000] [LOG_FILE]
// Generates LINES requests (bench/generate-access-log.mjs) unless LOG_FILE exists, then measures, each in its
// own process so peak memory (max RSS) is per candidate:
//   floor      read the file and split it into lines (no parsing): the fastest any reader could be;
//   csv-parse  stream through csv-parse in Node and count per (day, account) in a Map;
//   duckdb     the shipped aggregation (src/load/access-log.ts: DAILY_COUNTS_SQL on DuckDB).
import { execFileSync, spawnSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const [mode, file] = process.argv[2] === "--run" ? process.argv.slice(3) : [];
if (mode) {
  const started = performance.now();
  const result = await { floor, "csv-parse": csvParse, duckdb }[mode](file);
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ mode, seconds, result, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const lines = Number(process.argv[2] ?? 10_000_000);
const log = process.argv[3] ?? join(tmpdir(), `kcb-access-${lines}.csv`);
if (!existsSync(log)) {
  console.error(`generating ${lines} lines into ${log} …`);
  execFileSync(process.execPath, [new URL("generate-access-log.mjs", import.meta.url).pathname, log, String(lines)], {
    stdio: "inherit",
  });
}
const bytes = statSync(log).size;
console.log(`access log: ${log} · ${lines.toLocaleString("en")} lines · ${(bytes / 2 ** 20).toFixed(0)} MiB`);
console.log(
  `machine: ${cpus().length} cores · load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
const figures = {};
for (const candidate of ["floor", "csv-parse", "duckdb"]) {
  const run = spawnSync(process.execPath, [new URL(import.meta.url).pathname, "--run", candidate, log], { encoding: "utf8" });
  if (run.status !== 0) {
    console.log(`${candidate.padEnd(10)} failed: ${run.stderr.trim().split("\n")[0]}`);
    continue;
  }
  const figure = JSON.parse(run.stdout.trim().split("\n").at(-1));
  figures[candidate] = figure;
  const ratio = figures.floor ? (figure.seconds / figures.floor.seconds).toFixed(2) : "–";
  console.log(
    `${candidate.padEnd(10)} ${figure.seconds.toFixed(2).padStart(7)} s  ${Math.round(lines / figure.seconds)
      .toLocaleString("en")
      .padStart(12)} lines/s  ` +
      `${ratio}× floor  peak RSS ${figure.maxRssMiB.toFixed(0)} MiB  (${JSON.stringify(figure.result)})`,
  );
}
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);

async function floor(path) {
  let count = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count += 1;
  }
  return { lines: count };
}

async function csvParse(path) {
  const { parse } = await import("csv-parse");
  const counts = new Map();
  // Same day rule as the SQL for the timestamps this log holds (+07:00): the first 10 characters.
  for await (const [timestamp, account] of createReadStream(path, { highWaterMark: 1 << 20 }).pipe(parse({ from_line: 2 }))) {
    const key = `${timestamp.slice(0, 10)}\t${account}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { accountDays: counts.size };
}

async function duckdb(path) {
  const { aggregateAccessLog } = await import("../lib/load/access-log.js");
  const { DEFAULT_LIMITS } = await import("../lib/load/limits.js");
  const { stats, errors } = await aggregateAccessLog({ display: path, real: path }, { progress: false, limits: DEFAULT_LIMITS });
  return { accountDays: stats.length, requests: stats.reduce((sum, s) => sum + s.requests, 0), errors: errors.length };
}
