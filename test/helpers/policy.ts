import { readFileSync } from "node:fs";
import { loadPolicySync } from "../../src/engine/policy.js";
import { loadProfile } from "../../src/profile/load.js";
import { findConfigSecrets } from "../../src/validate/secrets.js";

/**
 * The shipped policy's results from a fresh instance, without the engine: none of the runner's tables (day numbers,
 * medians), no two-part evaluation, no recycling — the reference the engine's shortcuts must agree with. `heap` is
 * the WASM heap the evaluation used.
 */
export function bareResults(config: unknown, asOf: string): { results: unknown; heap: number } {
  const policy = loadPolicySync(readFileSync("policy/policy.wasm"), { initial: 5, maximum: 16384 });
  policy.setData({ params: loadProfile("national").params, packs: {} });
  const input = { asOf, secrets: findConfigSecrets(config), config };
  const results = (policy.evaluate(input, "kcb/main/results") as Array<{ result: unknown }>)[0]!.result;
  const exports = (policy.wasmInstance as WebAssembly.Instance).exports;
  return { results, heap: (exports["opa_heap_ptr_get"] as () => number)() };
}

type WithStaff = { staff: Array<Record<string, unknown>>; trainings: Array<Record<string, unknown>> };

/** A large config: the staff and trainings of `config` repeated `copies` times, ids kept distinct. */
export function withStaffCopies<T extends WithStaff>(config: T, copies: number): T {
  const times = Array.from({ length: copies }, (_, n) => n);
  return {
    ...config,
    staff: times.flatMap((n) => config.staff.map((person) => ({ ...person, id: `${String(person.id)}-${n}` }))),
    trainings: times.flatMap((n) =>
      config.trainings.map((training) => ({ ...training, staffId: `${String(training.staffId)}-${n}` })),
    ),
  };
}
