// Builds the GitHub Action's committed bundle: dist/index.js (one ESM file, every dependency inside, so the runner
// needs no `npm install`) plus copies of the files the library reads at run time (src/paths.ts finds them beside
// the bundle). CI rebuilds it (scripts/check-generated.sh) and fails when the bytes differ from the commit.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const RUNTIME_FILES = [
  "policy/policy.wasm",
  "policy/catalog.json",
  "policy/manifest.json",
  "schemas/facility.v1.schema.json",
  "profiles/national.yaml",
  "profiles/thanh-hoa.yaml",
];

rmSync(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ["src/action/index.ts"],
  outfile: "dist/index.js",
  bundle: true,
  platform: "node",
  // The oldest Node the Action must run on; action.yml asks the runner for node24.
  target: "node20",
  format: "esm",
  charset: "utf8",
  define: { KCB_BUNDLE: "true" },
  // Bundled CommonJS dependencies call require() for Node built-ins, which an ES module lacks.
  banner: { js: 'import { createRequire as kcbCreateRequire } from "node:module";\nconst require = kcbCreateRequire(import.meta.url);' },
  logLevel: "warning",
});
for (const file of RUNTIME_FILES) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  copyFileSync(join(root, file), join(dist, file));
}
// Read by the report for its version; "type": "module" makes Node load the bundle as ESM wherever dist/ is.
const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
writeFileSync(join(dist, "package.json"), `${JSON.stringify({ name, version, private: true, type: "module" }, null, 2)}\n`);
