import { describe, expect, it } from "vitest";
import { loadEngine } from "../src/engine/policy.js";
import { loadConfigFile } from "../src/load/config.js";
import { loadProfile } from "../src/profile/load.js";
import { findConfigSecrets } from "../src/validate/secrets.js";
import { bareResults, withStaffCopies } from "./helpers/policy.js";

/**
 * After an evaluation that used a large heap the engine drops its policy instance and starts another for the next
 * config (engine/policy.ts), so the written pages of the old one can be freed. The replacement must be invisible in
 * the results: a large config and
 * the small ones after it give the reports a fresh instance gives them.
 */

const params = loadProfile("national").params;
const asOf = "2026-11-20";

describe("the engine's policy instance", () => {
  it("is replaced after a large evaluation without changing any report", async () => {
    const small = (await loadConfigFile("examples/noncompliant-hospital/facility.yaml")).data as Record<string, unknown>;
    const example = (await loadConfigFile("examples/compliant-hospital/facility.yaml")).data as {
      staff: Array<Record<string, unknown>>;
      trainings: Array<Record<string, unknown>>;
    };
    // Some 3,000 staff, each with a training: well past the heap at which this engine drops its instance.
    const large = withStaffCopies(example, 1000);
    const largeFresh = bareResults(large, asOf);
    expect(largeFresh.heap).toBeGreaterThan(16 * 1024 * 1024);
    const smallFresh = bareResults(small, asOf).results;

    // Dropped after any evaluation above 8 MiB of heap: the large config's, whole or in parts, and not the small one's.
    const engine = loadEngine(params, undefined, { recycleHeapBytes: 8 * 1024 * 1024 });
    expect(engine.evaluate(small, asOf, findConfigSecrets(small))).toEqual(smallFresh);
    expect(engine.evaluate(large, asOf, findConfigSecrets(large))).toEqual(largeFresh.results);
    expect(engine.evaluate(small, asOf, findConfigSecrets(small))).toEqual(smallFresh);
    expect(engine.evaluate(large, asOf, findConfigSecrets(large))).toEqual(largeFresh.results);
    expect(engine.evaluate(small, asOf, findConfigSecrets(small))).toEqual(smallFresh);
  });
});
