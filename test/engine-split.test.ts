import { describe, expect, it } from "vitest";
import { loadEngine, type RawResults } from "../src/engine/policy.js";
import { loadConfigFile } from "../src/load/config.js";
import { loadProfile } from "../src/profile/load.js";
import { findConfigSecrets } from "../src/validate/secrets.js";
import { withStaffCopies } from "./helpers/policy.js";

/**
 * A large config is evaluated in two parts whose results the engine joins (engine/policy.ts, input.part in
 * policies/main/main.rego), unless a waiver names a rule evaluated apart. The join must be the whole: every example
 * and a large config, with and without waivers, give the same results split and whole, through the real WASM.
 */

const params = loadProfile("national").params;
const asOf = "2026-11-20";
const split = loadEngine(params, undefined, { splitInputBytes: 0 });
const whole = loadEngine(params, undefined, { splitInputBytes: Number.POSITIVE_INFINITY });

async function example(name: string): Promise<Record<string, unknown>> {
  return (await loadConfigFile(`examples/${name}/facility.yaml`)).data as Record<string, unknown>;
}

function both(config: Record<string, unknown>): [unknown, unknown] {
  const secrets = findConfigSecrets(config);
  return [split.evaluate(config, asOf, secrets), whole.evaluate(config, asOf, secrets)];
}

describe("the two-part evaluation", () => {
  it.each(["compliant-hospital", "noncompliant-hospital", "commune-station", "hospital-with-evidence", "packs-gaps"])(
    "gives the whole results: %s",
    async (name) => {
      const [parts, all] = both(await example(name));
      expect(parts).toEqual(all);
    },
  );

  it("gives the whole results without waivers, with failing and in-grace health workers", async () => {
    const config = await example("noncompliant-hospital");
    const { waivers: _, ...unwaived } = config;
    const [parts, all] = both(unwaived);
    expect(parts).toEqual(all);
    expect(Object.keys(parts as object)).toContain("byt_6827_2024.health_workers_trained");
  });

  it("gives the whole results on a large config", async () => {
    const config = (await example("compliant-hospital")) as {
      staff: Array<Record<string, unknown>>;
      trainings: Array<Record<string, unknown>>;
    };
    const large = withStaffCopies(config, 300);
    const [parts, all] = both(large);
    expect(parts).toEqual(all);
  });

  it("gives the whole results on a large config with waivers, split or kept whole", async () => {
    const config = (await example("noncompliant-hospital")) as {
      staff: Array<Record<string, unknown>>;
      trainings: Array<Record<string, unknown>>;
      waivers: Array<Record<string, unknown>>;
    };
    const large = withStaffCopies(config, 300);
    const waiver = (rule: string, target: string) => ({ ...config.waivers[0], rule, target });
    const [person] = large.staff.filter((member) => member.status === "active" && member.healthWorker !== false);
    const target = `staff:${String(person!.id)}`;
    // Waivers of rules evaluated with the rest only (the example's, one per health worker of the commitment rule):
    // split; then also one of the rule evaluated apart: kept whole.
    const rest = { ...large, waivers: [...config.waivers, waiver("byt_6827_2024.confidentiality_commitment_signed", target)] };
    const apart = { ...rest, waivers: [...rest.waivers, waiver("byt_6827_2024.health_workers_trained", target)] };
    for (const waived of [rest, apart]) {
      const [parts, all] = both(waived);
      expect(parts).toEqual(all);
      const statuses = new Set((parts as RawResults)["governance.waivers_governed"]!.findings.map((f) => f.status));
      expect(statuses).toEqual(new Set(["pass", "fail"]));
    }
  });
});
