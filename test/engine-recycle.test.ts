import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadEngine, loadPolicySync } from "../src/engine/policy.js";
import { loadConfigFile } from "../src/load/config.js";
import { loadProfile } from "../src/profile/load.js";
import { findConfigSecrets } from "../src/validate/secrets.js";

/**
 * After an evaluation that used a large heap the engine replaces its policy instance (engine/policy.ts), so the
 * written pages of the old one can be freed. The replacement must be invisible in the results: a large config and
 * the small ones after it give the reports a fresh instance gives them.
 */

const params = loadProfile("national").params;
const asOf = "2026-11-20";

/** A fresh instance for every evaluation: the reference the recycling engine must agree with. */
function freshResults(config: unknown): unknown {
  const policy = loadPolicySync(readFileSync("policy/policy.wasm"), { initial: 5, maximum: 16384 });
  policy.setData({ params, packs: {} });
  const input = { asOf, secrets: findConfigSecrets(config), config };
  const heap = (policy.wasmInstance as WebAssembly.Instance).exports;
  const results = (policy.evaluate(input, "kcb/main/results") as Array<{ result: unknown }>)[0]!.result;
  return { results, heap: (heap["opa_heap_ptr_get"] as () => number)() };
}

describe("the engine's policy instance", () => {
  it("is replaced after a large evaluation without changing any report", async () => {
    const small = (await loadConfigFile("examples/noncompliant-hospital/facility.yaml")).data as Record<string, unknown>;
    const example = (await loadConfigFile("examples/compliant-hospital/facility.yaml")).data as {
      staff: Array<Record<string, unknown>>;
      trainings: Array<Record<string, unknown>>;
    };
    // Some 3,000 staff, each with a training: well past the heap at which this engine replaces its instance.
    const copies = Array.from({ length: 1000 }, (_, n) => n);
    const large = {
      ...example,
      staff: copies.flatMap((n) => example.staff.map((person) => ({ ...person, id: `${String(person.id)}-${n}` }))),
      trainings: copies.flatMap((n) =>
        example.trainings.map((training) => ({ ...training, staffId: `${String(training.staffId)}-${n}` })),
      ),
    };
    const largeFresh = freshResults(large) as { results: unknown; heap: number };
    expect(largeFresh.heap).toBeGreaterThan(16 * 1024 * 1024);
    const smallFresh = (freshResults(small) as { results: unknown }).results;

    // Replaced after any evaluation above 8 MiB of heap: the large config's, whole or in parts, and not the small one's.
    const engine = loadEngine(params, undefined, { recycleHeapBytes: 8 * 1024 * 1024 });
    expect(engine.evaluate(small, asOf, findConfigSecrets(small))).toEqual(smallFresh);
    expect(engine.evaluate(large, asOf, findConfigSecrets(large))).toEqual(largeFresh.results);
    expect(engine.evaluate(small, asOf, findConfigSecrets(small))).toEqual(smallFresh);
    expect(engine.evaluate(large, asOf, findConfigSecrets(large))).toEqual(largeFresh.results);
    expect(engine.evaluate(small, asOf, findConfigSecrets(small))).toEqual(smallFresh);
  });
});
