import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { loadEngine } from "../src/engine/policy.js";
import { check, EngineError, exitCode, FORMATS } from "../src/index.js";

/**
 * Fail closed: whenever the policy cannot give a trustworthy answer, the result is exit 2 and an explicit error in
 * every output format, never a pass. Everything runs the real engine code on real WASM: corrupted copies of the
 * shipped policy, and small failing policies compiled here by the pinned opa.
 */

const tmp = mkdtempSync(join(tmpdir(), "kcb-fail-closed-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const shipped = readFileSync("policy/policy.wasm");
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const params = { passwordRotationMaxDays: 90 };
const asOf = "2026-11-20";
const example = resolve("examples/compliant-hospital/facility.yaml");

/** Compiles a one-file policy with entrypoint kcb/main/results, as scripts/build-policies.sh does. */
function buildPolicy(name: string, rego: string): Buffer {
  const folder = join(tmp, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "policy.rego"), rego);
  execFileSync(resolve(".tools/bin/opa"), [
    "build",
    "-t",
    "wasm",
    "-e",
    "kcb/main/results",
    "-o",
    join(folder, "bundle.tar.gz"),
    join(folder, "policy.rego"),
  ]);
  execFileSync("tar", ["-xzf", join(folder, "bundle.tar.gz"), "-C", folder, "/policy.wasm"], { stdio: "ignore" });
  return readFileSync(join(folder, "policy.wasm"));
}

/** A copy of the installed package (bin, lib, policy…) whose policy WASM and manifest we may replace. */
function installedCopy(name: string, wasm: Uint8Array, manifestSha256: string): string {
  const root = join(tmp, `pkg-${name}`);
  for (const part of ["bin", "lib", "policy", "schemas", "profiles", "package.json"])
    cpSync(part, join(root, part), { recursive: true });
  symlinkSync(resolve("node_modules"), join(root, "node_modules"), "dir");
  writeFileSync(join(root, "policy/policy.wasm"), wasm);
  const manifest = JSON.parse(readFileSync("policy/manifest.json", "utf8"));
  writeFileSync(join(root, "policy/manifest.json"), JSON.stringify({ ...manifest, sha256: manifestSha256 }, null, 2));
  return root;
}

/** Runs check + every registered format inside the copy, in a child process (the copy has its own module graph). */
function runInCopy(root: string, limits: Record<string, number> = {}) {
  const script = `
    const kcb = await import(${JSON.stringify(join(root, "lib/index.js"))});
    const report = await kcb.check([${JSON.stringify(example)}], { asOf: "${asOf}", limits: ${JSON.stringify(limits)} });
    const outputs = Object.fromEntries(Object.entries(kcb.FORMATS).map(([name, format]) => [name, format(report, { lang: "en" })]));
    process.stdout.write(JSON.stringify({ exit: kcb.exitCode(report), report, outputs }));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as {
    exit: number;
    report: {
      summary: { rules: { pass: number } };
      facilities: Array<{ errors: Array<{ kind: string; message: { en: string } }> }>;
    };
    outputs: Record<string, string>;
  };
}

function expectFailedClosed(result: ReturnType<typeof runInCopy>, reason: string) {
  expect(result.exit).toBe(2);
  expect(result.report.summary.rules.pass).toBe(0);
  expect(result.report.facilities[0]!.errors[0]).toMatchObject({
    kind: "engine",
    message: { en: expect.stringContaining(reason) },
  });
  expect(Object.keys(result.outputs).sort()).toEqual(Object.keys(FORMATS).sort());
  for (const [format, output] of Object.entries(result.outputs)) expect(output, `format ${format}`).toContain(reason);
}

describe("a policy WASM that is not the one built is never run", () => {
  it("refuses a WASM whose sha256 differs from policy/manifest.json", () => {
    const altered = Buffer.from(shipped);
    altered[altered.length - 1]! ^= 0x01;
    expect(() => loadEngine(params, altered)).toThrow(EngineError);
    expect(() => loadEngine(params, altered)).toThrow(/does not match its recorded sha256/);
    expect(() => loadEngine(params, shipped)).not.toThrow();
  });

  it("refuses a truncated or bit-flipped WASM even when its hash was recorded (a corrupted build)", () => {
    const truncated = shipped.subarray(0, shipped.length >> 1);
    expect(() => loadEngine(params, truncated, { sha256: sha256(truncated) })).toThrow(/cannot load the policy WASM/);
    const flipped = Buffer.from(shipped);
    for (let at = 100; at < flipped.length; at += 997) flipped[at]! ^= 0xff;
    expect(() => loadEngine(params, flipped, { sha256: sha256(flipped) })).toThrow(/cannot load the policy WASM/);
  });

  it("an installed copy with a corrupted WASM gives exit 2 and the error in every format", () => {
    const corrupted = Buffer.from(shipped);
    corrupted[corrupted.length >> 1]! ^= 0xff;
    const root = installedCopy("corrupted", corrupted, sha256(shipped));
    expectFailedClosed(runInCopy(root), "does not match its recorded sha256");
    const cli = spawnSync(process.execPath, [join(root, "bin/kcb.js"), "check", example, "--as-of", asOf], { encoding: "utf8" });
    expect(cli.status).toBe(2);
    expect(cli.stdout + cli.stderr).not.toMatch(/\n\s+at \S/);
  }, 60_000);
});

describe("a policy that errors while evaluating fails closed", () => {
  // Two complete definitions of one rule that disagree: OPA's "var assignment conflict" at run time.
  const conflicting = () =>
    buildPolicy(
      "conflict",
      "package kcb.main\n\nresults := input.config.facility.code\n\nresults := input.config.facility.name\n",
    );

  it("turns OPA's runtime error into an EngineError", () => {
    const wasm = conflicting();
    const engine = loadEngine(params, wasm, { sha256: sha256(wasm) });
    expect(() => engine.evaluate({ facility: { code: "1", name: "2" } }, asOf)).toThrow(/var assignment conflict/);
  }, 60_000);

  it("an installed copy of that policy gives exit 2 and the error in every format", () => {
    const wasm = conflicting();
    expectFailedClosed(runInCopy(installedCopy("conflict", wasm, sha256(wasm))), "var assignment conflict");
  }, 60_000);

  it("treats an undefined decision as an error, not as no findings", () => {
    const wasm = buildPolicy("undefined", "package kcb.main\n\nresults := {} if false\n");
    const engine = loadEngine(params, wasm, { sha256: sha256(wasm) });
    expect(() => engine.evaluate({}, asOf)).toThrow(/undefined decision/);
  }, 60_000);

  it("turns a trap inside the WASM (stack exhausted by json.unmarshal) into an EngineError, then evaluates the next config afresh", () => {
    // The input is a flat string, so nothing in JS recurses: the 200,000-level parse happens inside the WASM.
    const wasm = buildPolicy("unmarshal", 'package kcb.main\n\nresults := {"items": count(json.unmarshal(input.config.text))}\n');
    const engine = loadEngine(params, wasm, { sha256: sha256(wasm) });
    const thrown = (() => {
      try {
        engine.evaluate({ text: `${"[".repeat(200_000)}${"]".repeat(200_000)}` }, asOf);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(EngineError);
    expect((thrown as Error).message).toMatch(/^policy evaluation failed: Maximum call stack size exceeded/);
    expect(((thrown as Error).cause as Error).stack).toMatch(/wasm:\/\//); // raised in WASM frames
    expect(engine.evaluate({ text: "[[1], 2]" }, asOf)).toEqual({ items: 2 });
  }, 60_000);
});

describe("the policy's memory is bounded", () => {
  /** A config with `rows` trainings on top of the compliant example. */
  const withTrainings = (rows: number) => {
    const config = parseYaml(readFileSync(example, "utf8")) as { trainings?: unknown[] };
    const extra = Array.from({ length: rows }, (_, i) => ({
      staffId: "nv-001",
      course: `Khoá ${i}`,
      completedOn: "2025-01-01",
      topics: ["patient_confidentiality"],
    }));
    config.trainings = [...(config.trainings ?? []), ...extra];
    const file = join(tmp, `trainings-${rows}.json`);
    writeFileSync(file, JSON.stringify(config, null, 2));
    return file;
  };

  it("fails closed with exit 2 when evaluation needs more than maxPolicyMemoryBytes", async () => {
    // The smallest ceiling (in 256 KiB steps) under which the small config is assessed, so the test follows the
    // policy's size; a config forty times larger must then run out of memory under it, and fail closed.
    const small = withTrainings(10);
    let ceiling = 256 * 1024;
    while (exitCode(await check([small], { asOf, limits: { maxPolicyMemoryBytes: ceiling } })) === 2) {
      ceiling += 256 * 1024;
      expect(ceiling, "the small config never fits: it is not assessable at all").toBeLessThan(256 * 1024 * 1024);
    }
    const large = withTrainings(400);
    const bounded = await check([large], { asOf, limits: { maxPolicyMemoryBytes: ceiling } });
    expect(exitCode(bounded)).toBe(2);
    expect(bounded.facilities[0]!.errors[0]).toMatchObject({
      kind: "engine",
      message: { en: expect.stringContaining("opa_malloc: failed") },
    });
    for (const [name, format] of Object.entries(FORMATS))
      expect(format(bounded, { lang: "en" }), name).toContain("opa_malloc: failed");
    expect(exitCode(await check([large], { asOf }))).toBeLessThan(2);
  }, 60_000);
});
