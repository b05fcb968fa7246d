// Prints the CPU time of one policy evaluation for the compliant example, as is and with a year of daily
// portal access counts for 10 accounts (3 650 rows): the cost of the secrets scan and the anomaly rules.
// Run after `npm run build`: node bench/rules-eval.mjs
import { loadEngine } from "../lib/engine/policy.js";
import { loadConfigFile } from "../lib/load/config.js";
import { loadProfile } from "../lib/profile/load.js";

const engine = loadEngine(loadProfile("national").params);
const example = (await loadConfigFile("examples/compliant-hospital/facility.yaml")).data;
const accessStats = [];
for (let account = 0; account < 10; account++) {
  for (let day = 0; day < 365; day++) {
    const date = new Date(Date.UTC(2025, 10, 20 + day)).toISOString().slice(0, 10);
    accessStats.push({ date, account: `acc-${account}`, requests: 1000 + ((day * 37) % 500) });
  }
}
for (const [name, config] of [
  ["compliant example", example],
  [`with ${accessStats.length} accessStats rows`, { ...example, accessStats }],
]) {
  engine.evaluate(config, "2026-11-20");
  const runs = 10;
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) engine.evaluate(config, "2026-11-20");
  const used = process.cpuUsage(start);
  console.log(`${name}: ${((used.user + used.system) / 1000 / runs).toFixed(1)} ms CPU per evaluation`);
}
