import { readFileSync } from "node:fs";
import * as sdk from "@open-policy-agent/opa-wasm";

// The SDK's ESM entry exposes loadPolicySync only on its default export, which its .d.mts does not declare.
export const { loadPolicySync } = (sdk as unknown as { default: typeof sdk }).default;

type LoadedPolicy = ReturnType<typeof loadPolicySync>;
import { describeThrown, EngineError } from "../errors.js";
import { packagePath } from "../paths.js";

export const ENTRYPOINT = "kcb/main/results";

export type RuleStatus = "pass" | "fail" | "not_applicable" | "waived";

/** One finding as the Rego rules emit it (see policies/lib/findings.rego). */
export interface RawFinding {
  status: RuleStatus;
  target: string;
  pointer: string;
  message: { vi: string; en: string };
  waiver?: Record<string, unknown>;
}

export type RawResults = Record<string, { status: RuleStatus; findings: RawFinding[] }>;

export interface Engine {
  evaluate(config: unknown, asOf: string): RawResults;
}

const encoder = new TextEncoder();

/**
 * Loads the compiled policy once and sets the profile parameters once; each evaluate() call
 * then only writes the input. The input goes in as JSON bytes so the SDK does not serialise it again.
 */
export function loadEngine(params: Record<string, unknown>, wasm: Uint8Array = readFileSync(packagePath("policy/policy.wasm"))): Engine {
  let policy: LoadedPolicy;
  try {
    policy = loadPolicySync(wasm);
    policy.setData({ params });
  } catch (thrown) {
    throw new EngineError(`cannot load the policy WASM: ${describeThrown(thrown)}`, { cause: thrown });
  }
  return {
    evaluate(config, asOf) {
      const input = encoder.encode(`{"asOf":${JSON.stringify(asOf)},"config":${JSON.stringify(config)}}`);
      let resultSet: unknown;
      try {
        resultSet = policy.evaluate(input.buffer as ArrayBuffer, ENTRYPOINT);
      } catch (thrown) {
        throw new EngineError(`policy evaluation failed: ${describeThrown(thrown)}`, { cause: thrown });
      }
      const results = (resultSet as Array<{ result?: RawResults }>)?.[0]?.result;
      if (!results || typeof results !== "object") {
        throw new EngineError("policy evaluation returned no result (undefined decision)");
      }
      return results;
    },
  };
}
