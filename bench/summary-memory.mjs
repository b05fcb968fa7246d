#!/usr/bin/env node
// What a batch summary costs in memory and time for N facilities, without running N checks: the examples are
// checked once, then N facility reports are made from them (each a structured clone, as a worker thread's report
// arrives: its own copy of every string) and folded into SummaryBuilder; then each summary format is written to a
// file in /tmp as `kcb check --summary FORMAT=PATH` writes it (pieces, a facility at a time), or with --whole as one
// string (the pure function). Each format runs in its own child process, so each peak RSS is its own.
// Run after `npm run build`: node bench/summary-memory.mjs [--count 13000] [--formats json,html,csv,xlsx] [--whole]
// It prints figures; it asserts nothing.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "13000" },
    formats: { type: "string", default: "json,html,csv,csv-rules,text,xlsx" },
    whole: { type: "boolean", default: false },
    child: { type: "string" },
    out: { type: "string" },
  },
});
const count = Number(values.count);
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

if (values.child) await child(values.child, values.out);
else parent();

function parent() {
  const folder = mkdtempSync(join(tmpdir(), "kcb-summary-memory-"));
  console.log(`${count} facilities, ${values.whole ? "whole string (pure function)" : "written in pieces (CLI)"}`);
  console.log("format     fold s  rows heap  write s  peak RSS  output");
  try {
    for (const format of values.formats.split(",")) {
      const out = join(folder, `summary.${format}`);
      const args = ["--expose-gc", process.argv[1], "--child", format, "--out", out, "--count", String(count)];
      const run = spawnSync(process.execPath, values.whole ? [...args, "--whole"] : args, { encoding: "utf8" });
      if (run.status !== 0) console.log(`${format.padEnd(10)} failed: ${run.stderr.trim().split("\n").slice(-3).join(" | ")}`);
      else console.log(`${format.padEnd(10)} ${run.stdout.trim()}  ${mib(statSync(out).size)}`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function child(format, out) {
  const { check, loadCatalog } = await import("../lib/index.js");
  const { SummaryBuilder } = await import("../lib/batch/summary.js");
  const { SUMMARY_CHUNKS, formatSummary } = await import("../lib/format/summary/index.js");
  const { formatSummaryXlsx } = await import("../lib/format/summary/xlsx.js");
  const examples = ["noncompliant-hospital", "compliant-hospital", "commune-station"].map(
    (name) => `examples/${name}/facility.yaml`,
  );
  const sample = await check(examples, { asOf: "2026-11-20" });
  const builder = new SummaryBuilder(sample, loadCatalog());
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const facility = structuredClone(sample.facilities[i % sample.facilities.length]);
    facility.file = `configs/${String(i).padStart(6, "0")}/facility.yaml`;
    if (facility.facility) facility.facility.code = String(100000 + i);
    builder.add(facility);
  }
  const folded = (performance.now() - started) / 1000;
  globalThis.gc();
  const heap = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const writing = performance.now();
  const options = { lang: "vi" };
  if (format === "xlsx") writeFileSync(out, await formatSummaryXlsx(values.whole ? builder.build() : builder.rows(), options));
  else if (values.whole) writeFileSync(out, formatSummary(builder.build(), format, options));
  else {
    const fd = openSync(out, "w");
    for (const chunk of SUMMARY_CHUNKS[format](builder.rows(), options)) writeSync(fd, chunk);
    closeSync(fd);
  }
  const written = (performance.now() - writing) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `${folded.toFixed(1).padStart(6)}  ${mib(heap).padStart(9)}  ${written.toFixed(1).padStart(7)}  ${mib(peak).padStart(8)}`,
  );
}
