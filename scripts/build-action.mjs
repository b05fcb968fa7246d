// Builds the GitHub Action's committed bundle: dist/index.js (one ESM file, every dependency inside, so the runner
// needs no `npm install`) plus copies of the files the library reads at run time (src/paths.ts finds them beside
// the bundle). CI rebuilds it (scripts/check-generated.sh) and fails when the bytes differ from the commit.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
// Whole folders, so a file the library starts to read at run time cannot be forgotten here.
const RUNTIME_FOLDERS = ["policy", "schemas", "profiles"];

rmSync(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The batch's worker thread is an entry of its own, where src/batch/pool.ts looks for it (lib/batch/worker.js
  // beside the runtime files): runs of 24 configs or more evaluate in worker threads.
  entryPoints: { index: "src/action/index.ts", "lib/batch/worker": "src/batch/worker.ts" },
  outdir: "dist",
  // TypeScript configs, spreadsheets and raw access logs load their readers lazily, from chunks of their own.
  splitting: true,
  // Chunks sit beside index.js, so src/paths.ts finds the runtime files from any of them.
  chunkNames: "[name]-[hash]",
  bundle: true,
  platform: "node",
  // The oldest Node the Action must run on; action.yml asks the runner for node24.
  target: "node20",
  format: "esm",
  charset: "utf8",
  define: { KCB_BUNDLE: "true" },
  // Bundled CommonJS dependencies call require() for Node built-ins, which an ES module lacks.
  banner: {
    js: 'import { createRequire as kcbCreateRequire } from "node:module";\nconst require = kcbCreateRequire(import.meta.url);',
  },
  // DuckDB is a native library that cannot be bundled, and ts-morph (with the TypeScript compiler) would add
  // 15 MB: the Action reports raw access logs and .ts configs as unsupported (src/load/optional.ts) and reads
  // YAML/JSON configs with CSV/XLSX evidence, which is what a facility's CI holds.
  external: ["@duckdb/node-api", "ts-morph"],
  logLevel: "warning",
});
for (const folder of RUNTIME_FOLDERS) cpSync(join(root, folder), join(dist, folder), { recursive: true });
// Read by the report for its version; "type": "module" makes Node load the bundle as ESM wherever dist/ is.
const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
writeFileSync(join(dist, "package.json"), `${JSON.stringify({ name, version, private: true, type: "module" }, null, 2)}\n`);
