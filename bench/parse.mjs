#!/usr/bin/env node
// Parser throughput in MB per CPU-second on one thread, in the same run: kcb's parseConfig (the fast path, with the
// yaml library's path for what it leaves), the yaml library's path alone (what every file took before), and js-yaml's
// own load() as a reference. Files are read and decoded first, so only parsing is timed; each is run three times and
// the best kept. A script that prints figures, not a test. Needs `npm run build`.
// Usage: node bench/parse.mjs DIR
import { readFileSync } from "node:fs";
import { CORE_SCHEMA, load } from "js-yaml";
import { discoverConfigFiles } from "../lib/load/discover.js";
import { parseConfig, parseThoroughly } from "../lib/load/config.js";

const files = await discoverConfigFiles(process.argv.slice(2));
const texts = files.map((file) => [file, readFileSync(file, "utf8").normalize("NFC")]);
const megabytes = texts.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0) / 1e6;
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const parsers = {
  "kcb parseConfig": (text, file) => parseConfig(text, file),
  "yaml Documents (kcb's path before)": (text, file) => parseThoroughly(text, file),
  "js-yaml load (reference)": (text) => load(text, { schema: CORE_SCHEMA }),
};
console.log(`${files.length} files, ${megabytes.toFixed(1)} MB`);
for (const [name, parse] of Object.entries(parsers)) {
  let best = Infinity;
  for (let round = 0; round < 3; round += 1) {
    const start = cpuSeconds();
    for (const [file, text] of texts) {
      try {
        parse(text, file);
      } catch {
        // An input error costs what it costs; it is part of the corpus.
      }
    }
    best = Math.min(best, cpuSeconds() - start);
  }
  console.log(`${name}: ${(megabytes / best).toFixed(2)} MB per CPU-second`);
}
