// Builds the committed bundle in dist/, shared by the GitHub Action and the CLI: one esbuild run, three entries.
//   dist/index.js            the Action (action.yml), every dependency inside, so the runner needs no `npm install`
//   dist/cli.js              the CLI (bin/kcb.js): a check starts by reading a few files instead of resolving and
//                            compiling some two hundred modules (about a third of a small check's start-up)
//   dist/lib/batch/worker.js the batch's worker thread, where src/batch/pool.ts looks for it (beside the runtime files)
// plus copies of the files the library reads at run time (src/paths.ts finds them beside the bundle). Heavy features
// sit in chunks of their own, loaded only by the runs that need them, and shared by both entries. CI rebuilds it
// (scripts/check-generated.sh) and fails when the bytes differ from the commit; `npm run build` rebuilds it too,
// so bin/kcb.js never runs stale code.
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
  entryPoints: { index: "src/action/index.ts", cli: "src/cli/main.ts", "lib/batch/worker": "src/batch/worker.ts" },
  outdir: "dist",
  splitting: true,
  // Chunks sit beside index.js, so src/paths.ts finds the runtime files from any of them.
  chunkNames: "[name]-[hash]",
  bundle: true,
  platform: "node",
  // The oldest Node the CLI and the Action must run on; action.yml asks the runner for node24.
  target: "node20",
  format: "esm",
  charset: "utf8",
  define: { KCB_BUNDLE: "true" },
  // Bundled CommonJS dependencies call require() for Node built-ins, which an ES module lacks.
  banner: {
    js: 'import { createRequire as kcbCreateRequire } from "node:module";\nconst require = kcbCreateRequire(import.meta.url);',
  },
  // DuckDB is a native library that cannot be bundled, and ts-morph carries the 15 MB TypeScript compiler: both
  // stay in node_modules, optional peers loaded only for raw access logs and .ts configs. The Action has no
  // node_modules, so it reports those inputs as unsupported (src/load/optional.ts).
  external: ["@duckdb/node-api", "ts-morph"],
  logLevel: "warning",
});
for (const folder of RUNTIME_FOLDERS) cpSync(join(root, folder), join(dist, folder), { recursive: true });
// Read by the report for its version; "type": "module" makes Node load the bundle as ESM wherever dist/ is.
const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
writeFileSync(join(dist, "package.json"), `${JSON.stringify({ name, version, private: true, type: "module" }, null, 2)}\n`);
