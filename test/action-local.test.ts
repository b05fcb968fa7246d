import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

// GitHub's runner for JavaScript actions on a workstation (`npx @github/local-action run . src/action/main.ts .env`),
// as actions/typescript-action documents: it imports the entry point and calls the run() it exports.
it("runs under @github/local-action through the exported run()", () => {
  const dir = mkdtempSync(join(tmpdir(), "kcb-local-action-"));
  try {
    const env = join(dir, ".env");
    writeFileSync(env, "INPUT_PATHS=examples/noncompliant-hospital/facility.yaml\nINPUT_AS-OF=2026-11-20\nINPUT_LANG=vi\n");
    const run = spawnSync(
      process.execPath,
      ["node_modules/@github/local-action/bin/local-action.js", "run", ".", "src/action/main.ts", env],
      {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? dir, NO_COLOR: "1" },
      },
    );
    const output = run.stdout + run.stderr;
    expect(output).not.toContain("does not export a run() function");
    expect(output).toMatch(/^::error::kcb-compliance: 44 quy tắc không đạt ở mức "thấp" trở lên\.$/m);
    // local-action's own table of the outputs the action set.
    expect(output).toMatch(/│ \d+\s+│ 'blocking'\s+│ '44'\s+│/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
