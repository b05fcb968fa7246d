#!/usr/bin/env node
// The parse floor: finds the same files and reads and parses each with kcb's own loader (UTF-8 decoding, js-yaml
// events and values, the same worker threads), and does nothing else. kcb cannot be faster than this.
// Usage: node bench/floor.mjs DIR [--jobs N]   (needs `npm run build`)
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { parseArgs } from "node:util";

if (isMainThread) {
  const { discoverInputs } = await import("../lib/load/discover.js");
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: "string" } } });
  const { files } = await discoverInputs(positionals);
  const jobs = Math.min(Number(values.jobs ?? availableParallelism()), files.length);
  const results = await Promise.all(
    Array.from(
      { length: jobs },
      (_, n) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: files.filter((_, index) => index % jobs === n) });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  const parsed = results.reduce((sum, count) => sum + count, 0);
  process.stdout.write(`${JSON.stringify({ files: files.length, parsed })}\n`);
} else {
  const { loadConfigFile } = await import("../lib/load/config.js");
  let parsed = 0;
  for (const file of workerData) {
    try {
      await loadConfigFile(file);
      parsed += 1;
    } catch {
      // A file kcb would report as an input error: read and parsed as far as it goes, like kcb does.
    }
  }
  parentPort.postMessage(parsed);
}
