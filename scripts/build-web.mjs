// Builds the browser page: web/dist/index.html, one self-contained file (script, style, policy WASM and the files
// the library reads, all inline) that checks a facility offline. The checks are src/'s own code; only where src/
// touches Node does the page swap in its side of a seam (web/src: picked files for the disk, inlined package files
// for src/paths.ts, @noble/hashes for node:crypto). Not committed: `npm run build:web` makes it (see the README).
// Options (for bench/web.mjs): --out <folder> writes the page elsewhere; --readable keeps the code's own names, so a
// CPU profile of the page names its functions (whitespace and syntax are still minified).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const defaultOut = join(root, "web", "dist");
const { values: options } = parseArgs({
  options: { out: { type: "string", default: defaultOut }, readable: { type: "boolean", default: false } },
});
const out = options.out;

// Every file the library reads through src/paths.ts at run time; a missing one fails loudly in the page.
const PACKAGE_TEXT = [
  "policy/catalog.json",
  "policy/manifest.json",
  "schemas/facility.v2.schema.json",
  "schemas/facility.v1-to-v2.json",
  "schemas/profile.v1.schema.json",
  "profiles/national.yaml",
  "profiles/thanh-hoa.yaml",
];
const PACKAGE_BINARY = ["policy/policy.wasm"];

// No request of any kind once loaded: scripts and styles are inline, the worker is a blob: of inline code, WASM is
// compiled from inline bytes ('wasm-unsafe-eval'), and connect-src 'none' stops fetch, XHR, WebSocket and beacons.
// Reports show in sandboxed srcdoc frames, which inherit this policy.
const CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'unsafe-inline'",
  "worker-src blob:",
  "img-src data:",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");

function packageFiles() {
  const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const text = Object.fromEntries(PACKAGE_TEXT.map((file) => [file, readFileSync(join(root, file), "utf8")]));
  text["package.json"] = JSON.stringify({ name, version });
  const binary = Object.fromEntries(PACKAGE_BINARY.map((file) => [file, readFileSync(join(root, file)).toString("base64")]));
  return `export const TEXT = ${JSON.stringify(text)};\nexport const BINARY = ${JSON.stringify(binary)};\n`;
}

/** Resolves src/'s Node-only imports to the page's side of each seam. */
function seams(workerSource) {
  const shim = (name) => join(root, "web", "src", "shims", name);
  return {
    name: "kcb-web-seams",
    setup(build) {
      build.onResolve({ filter: /^kcb:(package-files|worker-source)$/ }, (args) => ({
        path: args.path,
        namespace: "kcb-virtual",
      }));
      build.onLoad({ filter: /.*/, namespace: "kcb-virtual" }, (args) => ({
        contents: args.path === "kcb:package-files" ? packageFiles() : `export default ${JSON.stringify(workerSource ?? "")};`,
        loader: "js",
      }));
      build.onResolve({ filter: /[\\/]paths\.js$/ }, (args) =>
        args.importer.startsWith(join(root, "src")) ? { path: join(root, "web", "src", "package-files.ts") } : undefined,
      );
      // Raw access logs are counted by the page's own reader (DuckDB is native); TypeScript configs (ts-morph, 15 MB)
      // are left out: the absent shim makes src/load/optional.ts say, in the page, to use the kcb command instead.
      build.onResolve({ filter: /^\.\/access-log\.js$/ }, (args) =>
        args.importer === join(root, "src", "load", "evidence.ts")
          ? { path: join(root, "web", "src", "access-log.ts") }
          : undefined,
      );
      // Also out: csv-parse's streaming entry (the CLI's second pass over a bad log) and tinyglobby (the CLI's globs).
      build.onResolve({ filter: /^\.\/typescript\.js$|^@duckdb\/node-api$|^csv-parse$|^tinyglobby$/ }, () => ({
        path: shim("absent.ts"),
      }));
      build.onResolve({ filter: /^node:path$|^path$/ }, () =>
        build.resolve("path-browserify", { kind: "import-statement", resolveDir: root }),
      );
      build.onResolve({ filter: /^(node:)?crypto$/ }, () => ({ path: shim("crypto.ts") }));
      build.onResolve({ filter: /^(node:)?util$/ }, () => ({ path: shim("util.ts") }));
      build.onResolve({ filter: /^node:buffer$/ }, () =>
        build.resolve("buffer/", { kind: "import-statement", resolveDir: root }),
      );
      build.onResolve({ filter: /^(node:)?(fs|fs\/promises|os|url|v8|worker_threads|module)$/ }, () => ({
        path: shim("unavailable.ts"),
      }));
      build.onResolve({ filter: /^read-excel-file\/node$/ }, () => ({ path: shim("read-excel-file.ts") }));
    },
  };
}

async function bundle(entry, workerSource) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    target: "chrome109",
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: !options.readable,
    charset: "utf8",
    legalComments: "none",
    inject: [join(root, "web", "src", "shims", "buffer.ts")],
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [seams(workerSource)],
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}

const workerSource = await bundle("web/src/worker.ts");
const script = await bundle("web/src/page.ts", workerSource);
// esbuild escapes "</script" inside strings; anything left would end the inline script early.
if (/<\/script|<!--/i.test(script))
  throw new Error("build-web: the page script contains </script or <!--, which an inline script cannot hold");
const html = readFileSync(join(root, "web", "src", "index.html"), "utf8")
  .replace("%CSP%", () => CSP)
  .replace("%STYLE%", () => readFileSync(join(root, "web", "src", "page.css"), "utf8").trim())
  .replace("%SCRIPT%", () => script);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "index.html"), html);
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
console.log(
  `${out === defaultOut ? "web/dist/index.html" : join(out, "index.html")}: ${mib(Buffer.byteLength(html))} raw, ${mib(gzipSync(html, { level: 9 }).length)} gzipped (worker ${mib(Buffer.byteLength(workerSource))})`,
);
