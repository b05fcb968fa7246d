import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPolicySync } from "../src/engine/policy.js";
import { loadEngine } from "../src/engine/policy.js";
import { catalogForPacks, loadCatalog } from "../src/index.js";
import { loadFacility } from "../src/load/facility.js";
import { loadProfile } from "../src/profile/load.js";

/** The rules a run without --pack reports: the default pack (the four letters and the waiver rule). */
const defaultRules = () => catalogForPacks(loadCatalog(), []).rules;

const wasm = readFileSync("policy/policy.wasm");

/** Reads the JSON the policy's builtins() export describes: the host builtins it would call out to. */
function hostBuiltins(): Record<string, number> {
  const policy = loadPolicySync(wasm);
  const exports = (policy.wasmInstance as WebAssembly.Instance).exports as Record<string, (...args: number[]) => number>;
  const address = exports.opa_json_dump!(exports.builtins!());
  const bytes = new Uint8Array(policy.mem.buffer, address);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0))));
}

describe("the compiled policy", () => {
  it("loads in the SDK with OPA's WASM ABI 1.x", () => {
    const policy = loadPolicySync(wasm);
    expect(Object.keys(policy.entrypoints).sort()).toEqual(["kcb/main/failures", "kcb/main/not_passed", "kcb/main/results"]);
    expect(JSON.parse(readFileSync("policy/manifest.json", "utf8")).entrypoints.sort()).toEqual(
      Object.keys(policy.entrypoints).sort(),
    );
  });

  it("calls no host builtin (everything, rego.metadata included, is compiled in)", () => {
    expect(hostBuiltins()).toEqual({});
  });

  it("matches the sha256 recorded at build", () => {
    const manifest = JSON.parse(readFileSync("policy/manifest.json", "utf8"));
    expect(createHash("sha256").update(wasm).digest("hex")).toBe(manifest.sha256);
  });

  it("has a catalog entry with METADATA for every rule it evaluates", () => {
    const policy = loadPolicySync(wasm);
    policy.setData({ params: { passwordRotationMaxDays: 90 } });
    const [{ result }] = policy.evaluate({ asOf: "2026-11-20", config: { facility: { code: "38001", bhytContract: false } } });
    expect(Object.keys(result).sort()).toEqual(defaultRules().map((rule) => rule.id));
    for (const rule of defaultRules()) {
      expect(rule.title.vi && rule.title.en && rule.clause && rule.severity && rule.remediation.vi).toBeTruthy();
    }
  });
});

// The lighter entrypoints: what a batch summary asks for (failed), and the text report (not_passed).
describe.each([
  { findings: "failed" as const, kept: (status: string) => status === "fail" },
  { findings: "not_passed" as const, kept: (status: string) => status !== "pass" },
])("the $findings entrypoint", ({ findings, kept }) => {
  it.each(["noncompliant-hospital", "compliant-hospital", "hospital-with-evidence", "packs-gaps"])(
    "gives %s each rule's status and exactly the findings it keeps of the full results",
    async (example) => {
      const loaded = await loadFacility(`examples/${example}/facility.yaml`);
      if (!("data" in loaded) || "errors" in loaded) throw new Error(`examples/${example} did not load`);
      const params = loadProfile("national").params;
      const packs = ["emr-2025", "pdpl-2025"];
      const full = loadEngine(params, undefined, { packs }).evaluate(loaded.data, "2026-11-20");
      const lighter = loadEngine(params, undefined, { packs, findings });
      // Also through the two-part evaluation of large configs (engine/policy.ts), forced here for every config.
      const split = loadEngine(params, undefined, { packs, splitInputBytes: 0, findings });
      const keptStatuses = new Set<string>();
      let dropped = 0;
      for (const results of [lighter.evaluate(loaded.data, "2026-11-20"), split.evaluate(loaded.data, "2026-11-20")]) {
        expect(Object.keys(results).sort()).toEqual(Object.keys(full).sort());
        for (const [rule, result] of Object.entries(full)) {
          const expected = result.findings.filter((finding) => kept(finding.status));
          expected.forEach((finding) => keptStatuses.add(finding.status));
          dropped += result.findings.length - expected.length;
          expect(results[rule]!.status, rule).toBe(result.status);
          expect(results[rule]!.findings, rule).toEqual(expected);
        }
      }
      // Each example has passing findings to drop; all but the compliant one have failures to keep.
      expect(dropped).toBeGreaterThan(0);
      if (example !== "compliant-hospital") expect(keptStatuses).toContain("fail");
      if (findings === "not_passed") expect(keptStatuses).toContain("not_applicable");
      if (findings === "not_passed" && example === "noncompliant-hospital") expect(keptStatuses).toContain("waived");
    },
  );
});
