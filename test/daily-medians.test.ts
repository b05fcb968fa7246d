import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dailyRequestMedians } from "../src/engine/daily-medians.js";
import { loadEngine } from "../src/engine/policy.js";
import { loadConfigFile } from "../src/load/config.js";
import { loadProfile } from "../src/profile/load.js";
import { findConfigSecrets } from "../src/validate/secrets.js";
import { bareResults } from "./helpers/policy.js";

/**
 * The runner hands the policy each portal account's median daily request count (input.dailyRequestMedians) so the
 * policy need not sort every account's counts with the WASM runtime's insertion sort; accounts it does not list are
 * sorted by the policy. These tests hold the two to the same answers: the table against the Rego computation
 * (`opa eval` of the policy's own medians, no table given), then whole reports through the real WASM with and
 * without the table.
 */

type Stat = { date?: unknown; account?: unknown; requests?: unknown };
const row = (account: unknown, requests: unknown, date = "2026-10-01"): Stat => ({ date, account, requests });
const rows = (account: string, counts: number[]): Stat[] =>
  counts.map((requests, day) => row(account, requests, `2026-10-${String(day + 1).padStart(2, "0")}`));

/** Pseudo-random counts, the same at every run. */
function counts(seed: number, length: number, spread: number): number[] {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % spread;
  });
}

const cases: Record<string, Stat[]> = {
  "one account, odd count": rows("a", [5, 1, 3]),
  "one account, even count": rows("a", [4, 1, 3, 2]),
  "one account, one day": rows("a", [7]),
  "one account, two days, a half": rows("a", [2, 3]),
  zeros: [...rows("z", [0, 0, 0]), ...rows("y", [0, 0, 5, 0])],
  ties: [...rows("t", [9, 9, 9, 9]), ...rows("u", [3, 7, 7, 7, 1, 7])],
  "many accounts, a year each": ["gd", "it", "kt", "__proto__", "Tài khoản"].flatMap((account, n) =>
    rows(account, counts(n + 1, 365 - n, n === 2 ? 3 : 5000)),
  ),
  "counts near the safe-integer limit": [
    ...rows("big", [9007199254740991, 9007199254740990]),
    ...rows("odd-big", [9007199254740991, 1, 9007199254740990]),
  ],
  "rows the rule does not see, beside ones it does": [
    ...rows("a", [4, 8, 6]),
    row("a", undefined),
    { date: "2026-10-09", account: "a" },
    { date: "2026-10-09", requests: 900 },
    "not a row" as unknown as Stat,
  ],
  "counts the table leaves to the policy": [
    ...rows("decimal", [1.5, 2, 3]),
    ...rows("text", [1, 2, 3]),
    row("text", "40"),
    ...rows("fine", [10, 20]),
    row(7, 3),
    row(null, 4),
  ],
};

/** The policy's own medians, by the pinned opa's evaluation of the Rego with no table in the input. */
function regoMedians(): Record<string, Record<string, unknown>> {
  const input = {
    cases: Object.fromEntries(Object.entries(cases).map(([name, stats]) => [name, { config: { accessStats: stats } }])),
  };
  const query =
    "{name: medians | some name, case in input.cases; medians := data.kcb.rules.byt_5715_2019._medians with input as case}";
  const output = execFileSync(resolve(".tools/bin/opa"), ["eval", "-d", "policies", "-I", "--format", "json", query], {
    input: JSON.stringify(input),
    encoding: "utf8",
  });
  return (JSON.parse(output) as { result: Array<{ expressions: Array<{ value: Record<string, Record<string, unknown>> }> }> })
    .result[0]!.expressions[0]!.value;
}

describe("dailyRequestMedians", () => {
  const rego = regoMedians();

  it.each(Object.keys(cases))("gives the policy's own median of every account it lists: %s", (name) => {
    const table = dailyRequestMedians({ accessStats: JSON.parse(JSON.stringify(cases[name])) as unknown });
    for (const [account, median] of Object.entries(table)) expect([account, median]).toEqual([account, rego[name]![account]]);
  });

  it("lists every account of plain integer counts, and leaves the rest to the policy", () => {
    expect(dailyRequestMedians({ accessStats: cases["counts the table leaves to the policy"] })).toEqual({ fine: 15 });
    expect(dailyRequestMedians({ accessStats: cases["one account, two days, a half"] })).toEqual({ a: 2.5 });
    expect(Object.keys(dailyRequestMedians({ accessStats: cases["many accounts, a year each"] })).sort()).toEqual(
      Object.keys(rego["many accounts, a year each"]!).sort(),
    );
    // The middle pair's sum is past the safe integers: left to the policy's exact arithmetic.
    expect(dailyRequestMedians({ accessStats: cases["counts near the safe-integer limit"] })).toEqual({
      "odd-big": 9007199254740990,
    });
    expect(dailyRequestMedians({ accessStats: cases["rows the rule does not see, beside ones it does"] })).toEqual({ a: 6 });
  });

  it("gives nothing for statistics that are absent or not a list", () => {
    expect(dailyRequestMedians({})).toEqual({});
    expect(dailyRequestMedians(null)).toEqual({});
    expect(dailyRequestMedians({ accessStats: { a: { account: "a", requests: 1 } } })).toEqual({});
    expect(dailyRequestMedians({ accessStats: { from: "stats.csv" } })).toEqual({});
  });
});

const params = loadProfile("national").params;
const engine = loadEngine(params);
describe("the policy's medians", () => {
  const asOf = "2026-11-20";

  it.each(["compliant-hospital", "noncompliant-hospital", "commune-station", "hospital-with-evidence"])(
    "give the same report with and without the runner's table: %s",
    async (example) => {
      const config = (await loadConfigFile(`examples/${example}/facility.yaml`)).data;
      expect(engine.evaluate(config, asOf, findConfigSecrets(config))).toEqual(bareResults(config, asOf).results);
    },
  );

  // Each case's counts as the example's statistics, with a spike per account, so that the baseline rule's findings
  // (which state the median) and its threshold both depend on every median.
  // Not the counts past 2^53: the policy's format_int aborts on them, table or not.
  const reported = Object.keys(cases).filter((name) => name !== "counts near the safe-integer limit");
  it.each(reported)("give the same report with and without the runner's table: %s", async (name) => {
    const config = (await loadConfigFile("examples/compliant-hospital/facility.yaml")).data as Record<string, unknown>;
    const accounts = [...new Set(cases[name]!.map((stat) => stat?.account).filter((a) => typeof a === "string"))];
    const spikes = accounts.map((account) => row(account, 40, "2026-09-12"));
    const dated = { ...config, accessStats: [...cases[name]!, ...spikes] };
    const report = engine.evaluate(dated, asOf, findConfigSecrets(dated));
    expect(report).toEqual(bareResults(dated, asOf).results);
    expect(report["byt_5715_2019.access_baseline_investigated"]?.findings.length).toBeGreaterThan(0);
  });
});
