import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, formatReport } from "../src/index.js";

/**
 * SECURITY.md's promises that are about what the tool never does: no network, no child processes, no writes
 * unless asked, and no execution of anything a config contains. Checked at run time on the real CLI, and
 * statically on the source so a change that breaks a promise fails here before it ships.
 */

/** Preloaded into the CLI: any network call ends the process with exit 99 and says which call it was. */
const NETWORK_GUARD = `
import net from "node:net"; import tls from "node:tls"; import dns from "node:dns";
import http from "node:http"; import https from "node:https"; import dgram from "node:dgram";
const deny = (what) => () => { process.stderr.write("NETWORK ATTEMPT: " + what + "\\n"); process.exit(99); };
for (const [mod, names, label] of [[net, ["connect", "createConnection"], "net"], [tls, ["connect"], "tls"],
  [dns, ["lookup", "resolve"], "dns"], [http, ["request", "get"], "http"], [https, ["request", "get"], "https"],
  [dgram, ["createSocket"], "dgram"]]) for (const name of names) mod[name] = deny(label + "." + name);
net.Socket.prototype.connect = deny("net.Socket.connect");
globalThis.fetch = deny("fetch");
`;

const PATHS = [
  "examples",
  "test/corpus/bad/syntax-unknown-tag.yaml",
  "test/corpus/bad/alias-billion-laughs.yaml",
  "test/corpus/bad/proto-key-top.yaml",
];
const asOf = "2026-11-20";

describe("the CLI in a sandbox", () => {
  it("checks configs with no network, no child process, no file written, and the same answer as unsandboxed", async () => {
    const run = spawnSync(
      process.execPath,
      [
        // Node's permission model: reading is allowed; writing files and child processes are not. Native addons
        // are allowed for DuckDB, which reads access logs (examples/hospital-with-evidence) from local paths only.
        "--experimental-permission",
        "--allow-fs-read=*",
        "--allow-worker",
        "--allow-addons",
        "--import",
        `data:text/javascript,${encodeURIComponent(NETWORK_GUARD)}`,
        "bin/kcb.js",
        "check",
        ...PATHS,
        "--as-of",
        asOf,
        "--format",
        "json",
      ],
      { encoding: "utf8" },
    );
    expect(run.stderr).not.toContain("NETWORK ATTEMPT");
    expect(run.stderr).not.toContain("ERR_ACCESS_DENIED");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe(formatReport(await check(PATHS, { asOf }), "json", { lang: "en" }));
  }, 60_000);

  it("keeps a large batch's summary rows in memory where it may not write their temporary file", () => {
    // Past 256 facilities a summary's rows go to a temporary file (batch/spill.ts): denied, they stay in memory.
    const folder = mkdtempSync(join(tmpdir(), "kcb-promises-batch-"));
    try {
      for (let n = 0; n < 260; n += 1)
        copyFileSync("examples/noncompliant-hospital/facility.yaml", join(folder, `${String(n).padStart(3, "0")}.yaml`));
      const summary = (sandboxed: boolean) =>
        spawnSync(
          process.execPath,
          [
            ...(sandboxed ? ["--experimental-permission", "--allow-fs-read=*", "--allow-worker", "--allow-addons"] : []),
            "bin/kcb.js",
            "check",
            folder,
            "--as-of",
            asOf,
            "--summary",
            "json=-",
            "--no-progress",
          ],
          { encoding: "utf8", maxBuffer: 1 << 28 },
        );
      const run = summary(true);
      // Node's own warning that the permission model is experimental is all it prints.
      expect(run.stderr).not.toMatch(/ERR_ACCESS_DENIED|internal error|Error/);
      expect(run.status).toBe(1);
      // The findings the rows packed are read back for the JSON: every facility's, from memory or the file alike.
      const facilities = (JSON.parse(run.stdout) as { facilities: Array<{ failures: unknown[] }> }).facilities;
      expect(facilities).toHaveLength(260);
      expect(facilities.every((facility) => facility.failures.length > 0)).toBe(true);
      expect(run.stdout).toBe(summary(false).stdout);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

/** Every TypeScript file under src/, with its text. */
function sources(folder = "src"): Array<[string, string]> {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name): [string, string] => [join(folder, name), readFileSync(join(folder, name), "utf8")]);
}

describe("the source keeps the promises", () => {
  it("imports no network, process-spawning or code-evaluating module", () => {
    const forbidden = /from\s+["'](?:node:)?(?:net|http|https|http2|tls|dgram|dns|child_process|vm|cluster)["']/;
    for (const [file, text] of sources()) expect(text, file).not.toMatch(forbidden);
  });

  it("never evaluates text as code and never imports a path it was given", () => {
    for (const [file, text] of sources()) {
      expect(text, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
      expect(text, file).not.toMatch(/\bimport\s*\(\s*[^"'`\s]/); // import() only of literal module names
      expect(text, file).not.toMatch(/\brequire\s*\(\s*[^"'`\s]/);
    }
  });
});
