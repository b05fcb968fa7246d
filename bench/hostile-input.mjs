#!/usr/bin/env node
// Time and memory to refuse hostile inputs, and to check a large genuine config, through the built library.
// Usage: npm run build && node bench/hostile-input.mjs [legit-config-MiB, default 2]
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check, exitCode } from "../lib/index.js";

const asOf = "2026-11-20";
const tmp = mkdtempSync(join(tmpdir(), "kcb-bench-"));
const megabytes = Number(process.argv[2] ?? 2);

async function measure(label, file) {
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const report = await check([file], { asOf, limits: { maxFileBytes: Math.max(10, megabytes + 1) * 1024 * 1024 } });
  const ms = performance.now() - start;
  const rss = (process.memoryUsage().rss - before) / 1024 / 1024;
  const first =
    report.facilities[0].errors[0]?.message.en.slice(0, 60) ??
    `${report.summary.rules.fail} fail, ${report.summary.rules.pass} pass`;
  console.log(
    `${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms  rss +${rss.toFixed(0).padStart(4)} MiB  exit ${exitCode(report)}  ${first}`,
  );
}

function write(name, content) {
  const file = join(tmp, name);
  writeFileSync(file, content);
  return file;
}

try {
  const huge = write("huge.yaml", "a: 1\n");
  truncateSync(huge, 200 * 1024 * 1024);
  await measure("200 MiB file (sparse)", huge);
  await measure("10,000-level [ nesting", write("flow.yaml", `a: ${"[".repeat(10000)}${"]".repeat(10000)}\n`));
  await measure("1,000,000-level '- ' nesting", write("seq.yaml", `a:\n  ${"- ".repeat(1_000_000)}x\n`));
  await measure("billion laughs (9 levels of 9)", "test/corpus/bad/alias-billion-laughs.yaml");
  const base = readFileSync("examples/compliant-hospital/facility.yaml", "utf8");
  const line = '  - { date: "2026-01-01", account: bhxh-gd, requests: 1234 }\n';
  const count = Math.floor((megabytes * 1024 * 1024 - base.length) / line.length);
  await measure(
    `genuine config, ${megabytes} MiB (${count} rows)`,
    write("large.yaml", `${base}accessStats:\n${line.repeat(count)}`),
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
