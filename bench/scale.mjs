#!/usr/bin/env node
// How `kcb check` grows with the rows of one config. One provincial hospital shaped like the corpus's (2,330 staff,
// their trainings, 10 BHXH portal accounts with holder histories, a year of daily portal counts, monthly access
// reviews) is written at ⅛, ¼, ½, 1, 2 and 4× its rows, references kept valid, beside a commune station and a
// 10,000-staff facility. Each is checked by the real CLI in a child process (so each has its own peak RSS), and
// the table gives wall time, CPU time, peak RSS and the growth per doubling. Targets (issue 11): ≤ 2.2× per
// doubling, the hospital within 4× the commune station, 10,000 staff in a few seconds and ≤ 512 MiB.
// With --waivers N, every Nth serving health worker has a valid, approved waiver of byt_6827_2024.health_workers_trained
// and every 2Nth one of byt_6827_2024.confidentiality_commitment_signed, so the waivers grow with the rows too (at
// N = 8 and ×1, 395 waivers, 172 of them over failing findings): judging and applying them must stay linear.
// With --format text (or sarif, markdown), kcb prints what a CI check shows, without the passing findings, which the
// policy then leaves unwritten (engine/policy.ts); the default, json, is the whole report, every finding included.
// Run after `npm run build`: node bench/scale.mjs [--factors 0.125,0.25,0.5,1,2,4] [--repeat 1] [--no-extra] [--waivers N]
//   [--format json]
// It prints figures; it asserts nothing (the machine is shared: read the ratios within one run).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { toYaml } from "./generate.mjs";
import { freshPageMicroseconds } from "./page-cost.mjs";
import { communeStation, scaledHospital } from "./hospital.mjs";

const { values } = parseArgs({
  options: {
    factors: { type: "string", default: "0.125,0.25,0.5,1,2,4" },
    repeat: { type: "string", default: "1" },
    "no-extra": { type: "boolean", default: false },
    "as-of": { type: "string", default: "2026-11-20" },
    waivers: { type: "string" },
    format: { type: "string", default: "json" },
  },
});
const asOf = values["as-of"];
const repeat = Math.max(1, Number(values.repeat));
const waiverEvery = values.waivers === undefined ? undefined : Math.max(1, Number(values.waivers));

/** The config with a waiver per `every` serving health worker (see the head of this file), approved and unexpired. */
function withWaivers(config, every) {
  const day = (offset) => new Date(Date.parse(`${asOf}T00:00:00Z`) + offset * 86400000).toISOString().slice(0, 10);
  const serving = config.staff.filter((person) => person.status === "active" && person.healthWorker !== false);
  const waiver = (rule, person) => ({
    rule,
    target: `staff:${person.id}`,
    reason: "Đợt tập huấn bổ sung đã lên lịch / make-up session scheduled",
    approvedBy: config.facility.head.name,
    approvedOn: day(-30),
    risk: "low",
    expiresOn: day(90),
  });
  const waivers = serving.flatMap((person, n) => [
    ...(n % every === 0 ? [waiver("byt_6827_2024.health_workers_trained", person)] : []),
    ...(n % (2 * every) === 0 ? [waiver("byt_6827_2024.confidentiality_commitment_signed", person)] : []),
  ]);
  return { ...config, waivers };
}
const shaped = (config) => (waiverEvery === undefined ? config : withWaivers(config, waiverEvery));

function rows(config) {
  return {
    staff: config.staff.length,
    trainings: config.trainings.length,
    accounts: config.accounts.length,
    holders: config.accounts.reduce((sum, account) => sum + (account.holderHistory?.length ?? 0), 0),
    daily: config.accessStats.length,
    reviews: config.accessReviews?.length ?? 0,
    waivers: config.waivers?.length ?? 0,
  };
}

// Printed by the child on exit: its own wall time since start, CPU time, peak RSS and minor page faults, as kcb saw them.
const PROBE = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nscale-probe "+JSON.stringify({wall:performance.now()/1000,cpu:(u.userCPUTime+u.systemCPUTime)/1e6,rss:u.maxRSS/1024,faults:u.minorPageFault})+"\\n")})`;

function measure(file) {
  const runs = [];
  for (let n = 0; n < repeat; n += 1) {
    const child = spawnSync(
      process.execPath,
      ["--import", PROBE, "bin/kcb.js", "check", file, "--as-of", asOf, "--format", values.format],
      {
        stdio: ["ignore", "pipe", "pipe"],
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const line = child.stderr.split("\n").find((text) => text.startsWith("scale-probe "));
    if (!line) throw new Error(`kcb check ${file} failed (exit ${child.status}):\n${child.stderr}`);
    const run = JSON.parse(line.slice("scale-probe ".length));
    // An engine error (the policy ran out of memory) is a result to print, not a reason to stop the table.
    if (child.status === 2)
      return {
        ...run,
        error:
          values.format === "json"
            ? (JSON.parse(child.stdout).facilities[0]?.errors[0]?.message.en ?? child.stderr)
            : child.stdout.trim() || child.stderr,
      };
    runs.push(run);
  }
  const median = (key) => runs.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { wall: median("wall"), cpu: median("cpu"), rss: Math.max(...runs.map((run) => run.rss)), faults: median("faults") };
}

const folder = mkdtempSync(join(tmpdir(), "kcb-scale-"));
const cases = values.factors
  .split(",")
  .map((text) => ({ label: `hospital ×${text}`, factor: Number(text), config: shaped(scaledHospital(Number(text), asOf)) }));
if (!values["no-extra"]) {
  cases.push({ label: "commune station", config: shaped(communeStation()) });
  cases.push({ label: "10,000 staff", config: shaped(scaledHospital(4, asOf, 10000)) });
}

const header =
  "| facility | staff | trainings | accounts | holder rows | daily rows | reviews | waivers | YAML MiB | wall s | CPU s | peak RSS MiB | page faults (k) | wall ×/doubling | CPU ×/doubling |";
console.log(`kcb check FILE --format ${values.format}\n`);
console.log(header);
console.log(
  `|${header
    .split("|")
    .slice(1, -1)
    .map((_, n) => (n === 0 ? " --- " : " ---: "))
    .join("|")}|`,
);
const results = new Map();
try {
  for (const item of cases) {
    const file = join(folder, `${item.label.replace(/[^a-z0-9.]+/gi, "-")}.yaml`);
    const text = toYaml(item.config);
    writeFileSync(file, text);
    const figures = measure(file);
    results.set(item.label, figures);
    const half = item.factor === undefined ? undefined : results.get(`hospital ×${item.factor / 2}`);
    const growth = (key) => (half ? `${(figures[key] / half[key]).toFixed(2)}×` : "");
    const r = rows(item.config);
    if (figures.error) console.error(`${item.label}: ${figures.error}`);
    console.log(
      `| ${item.label}${figures.error ? " (engine error)" : ""} | ${r.staff} | ${r.trainings} | ${r.accounts} | ${r.holders} | ${r.daily} | ${r.reviews} | ${r.waivers} | ${(Buffer.byteLength(text) / 1048576).toFixed(2)} | ` +
        `${figures.wall.toFixed(2)} | ${figures.cpu.toFixed(2)} | ${figures.rss.toFixed(0)} | ${(figures.faults / 1000).toFixed(1)} | ${growth("wall")} | ${growth("cpu")} |`,
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
const hospital = results.get("hospital ×1");
const station = results.get("commune station");
if (hospital && station) {
  console.log(
    `\nhospital ×1 / commune station: ${(hospital.wall / station.wall).toFixed(2)}× wall, ${(hospital.cpu / station.cpu).toFixed(2)}× CPU (target ≤ 4×)`,
  );
  // The hospital touches far more new memory than the station; where that is dear, it weighs on the ratio.
  const pageMicroseconds = freshPageMicroseconds();
  const faultSeconds = (figures) => (figures.faults * pageMicroseconds) / 1e6;
  console.log(
    `memory: a fresh 4 KiB page costs ${pageMicroseconds.toFixed(2)} µs to fault in here (bench/page-cost.mjs): about ${faultSeconds(hospital).toFixed(2)} s of the hospital's CPU and ${faultSeconds(station).toFixed(2)} s of the station's`,
  );
}
