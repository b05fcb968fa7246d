// Builds the CLI's committed bundle: bundle/main.js (what bin/kcb.js runs) and bundle/worker.js (the batch's worker
// threads), with their dependencies inside, so that a check starts by reading a few files instead of resolving and
// compiling some two hundred modules (about a third of a small check's start-up). Heavy features sit in chunks of
// their own, loaded only by the runs that need them. CI rebuilds it (scripts/check-generated.sh) and fails when the
// bytes differ from the commit; `npm run build` rebuilds it with lib/, so bin/kcb.js never runs stale code.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
rmSync(join(root, "bundle"), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: "src/cli/main.ts", worker: "src/batch/worker.ts" },
  outdir: "bundle",
  splitting: true,
  chunkNames: "[name]-[hash]",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  charset: "utf8",
  // One folder below the package root, like lib/: src/paths.ts finds policy/, schemas/ and profiles/ one folder up.
  define: { KCB_CLI_BUNDLE: "true" },
  // Bundled CommonJS dependencies call require() for Node built-ins, which an ES module lacks.
  banner: {
    js: 'import { createRequire as kcbCreateRequire } from "node:module";\nconst require = kcbCreateRequire(import.meta.url);',
  },
  // DuckDB is a native library, and ts-morph carries the TypeScript compiler: both stay in node_modules, loaded
  // only for raw access logs and .ts configs.
  external: ["@duckdb/node-api", "ts-morph"],
  logLevel: "warning",
});
