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
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
// Whole folders, so a file the library starts to read at run time cannot be forgotten here.
const RUNTIME_FOLDERS = ["policy", "schemas", "profiles"];

/**
 * The opa-wasm SDK implements a few builtins in JavaScript (sprintf, yaml.*, regex.split, json.is_valid) and loads
 * them, with its own copy of the yaml 1.x library, as it starts: a fifth of a megabyte compiled on every run. The
 * policy is built without them (scripts/capabilities.mjs leaves them out of policy/capabilities.json, so
 * `opa build` refuses a rule that calls one), so the bundle gives the SDK an empty table instead. Were a policy
 * ever to call one, the SDK would throw "not implemented" and the engine fail closed (src/engine/policy.ts).
 */
function withoutSdkHostBuiltins() {
  const require = createRequire(join(root, "package.json"));
  const sdkBuiltins = join(dirname(require.resolve("@open-policy-agent/opa-wasm")), "builtins", "index.js");
  const capabilities = JSON.parse(readFileSync(join(root, "policy", "capabilities.json"), "utf8"));
  const allowed = new Set(capabilities.builtins.map((builtin) => builtin.name));
  const used = Object.keys(require(sdkBuiltins)).filter((name) => allowed.has(name));
  if (used.length > 0) throw new Error(`build-action: policy/capabilities.json allows the SDK's JavaScript builtins ${used}`);
  return {
    name: "kcb-without-sdk-host-builtins",
    setup(build) {
      build.onResolve({ filter: /^\.\/builtins\/index$/ }, (args) =>
        join(args.resolveDir, "builtins", "index.js") === sdkBuiltins
          ? { path: "@open-policy-agent/opa-wasm/src/builtins/index.js", namespace: "kcb-empty" }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: "kcb-empty" }, () => ({ contents: "module.exports = {};", loader: "js" }));
    },
  };
}

/**
 * The yaml library (a quarter of a megabyte) reads the configs the fast path leaves to it (anchors, tags, errors:
 * src/load/config.ts) and serves `kcb migrate`; an ordinary check never calls it. Its code is built into
 * dist/yaml.cjs, and the bundle imports, in its place, a table of its exports that requires that file the first time
 * one is used: synchronously, as the callers expect, from the runtime chunk beside it (esbuild's __require, with the
 * banner's require). A check that does not use it never compiles it (test/cold-start.test.ts).
 */
function yamlOnFirstUse() {
  const names = Object.keys(createRequire(join(root, "package.json"))("yaml"));
  return {
    name: "kcb-yaml-on-first-use",
    setup(build) {
      build.onResolve({ filter: /^yaml$/ }, () => ({ path: "yaml", namespace: "kcb-yaml-on-first-use" }));
      build.onResolve({ filter: /^\.\/yaml\.cjs$/ }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: "kcb-yaml-on-first-use" }, () => ({
        contents: [
          "let yaml;",
          'const load = () => (yaml ??= require("./yaml.cjs"));',
          `for (const name of ${JSON.stringify(names)})`,
          "  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });",
        ].join("\n"),
        loader: "js",
      }));
    },
  };
}

rmSync(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  stdin: { contents: 'module.exports = require("yaml");', resolveDir: root, sourcefile: "yaml.cjs" },
  outfile: "dist/yaml.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  charset: "utf8",
  logLevel: "warning",
});
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
  plugins: [withoutSdkHostBuiltins(), yamlOnFirstUse()],
  logLevel: "warning",
});
for (const folder of RUNTIME_FOLDERS) cpSync(join(root, folder), join(dist, folder), { recursive: true });
// Read by the report for its version; "type": "module" makes Node load the bundle as ESM wherever dist/ is.
const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
writeFileSync(join(dist, "package.json"), `${JSON.stringify({ name, version, private: true, type: "module" }, null, 2)}\n`);
