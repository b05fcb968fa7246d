import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * What the built CLI (bin/kcb.js → dist/) loads to check one ordinary YAML file: modules only, never timings. The
 * yaml library sits in dist/yaml.cjs, required on first use (scripts/build-action.mjs); a preloaded script lists
 * the CommonJS files Node loaded when the process exits.
 */
const LIST_LOADED = `
import { createRequire } from "node:module";
const cache = createRequire(process.cwd() + "/").cache;
process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(Object.keys(cache)) + "\\n"));
`;

function loadedBy(...args: string[]): { status: number | null; loaded: string[] } {
  const run = spawnSync(
    process.execPath,
    ["--import", `data:text/javascript,${encodeURIComponent(LIST_LOADED)}`, "bin/kcb.js", ...args],
    { encoding: "utf8" },
  );
  const listed = /^LOADED (.*)$/m.exec(run.stderr)?.[1];
  if (listed === undefined) throw new Error(`no module list: ${run.stderr}`);
  return { status: run.status, loaded: (JSON.parse(listed) as string[]).map((file) => file.replace(/\\/g, "/")) };
}

describe("the start of a small check", { timeout: 60_000 }, () => {
  it("does not load the yaml library for an ordinary YAML config", () => {
    const run = loadedBy("check", "examples/commune-station/facility.yaml", "--as-of", "2026-11-20");
    expect(run.status).toBe(0);
    expect(run.loaded.filter((file) => file.endsWith("/dist/yaml.cjs"))).toEqual([]);
  });

  it("loads it for a config only the yaml library reads (an alias)", () => {
    const run = loadedBy("check", "test/corpus/bad/alias-unresolved.yaml", "--as-of", "2026-11-20");
    expect(run.status).toBe(2);
    expect(run.loaded.filter((file) => file.endsWith("/dist/yaml.cjs"))).toHaveLength(1);
  });
});
