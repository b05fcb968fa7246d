import { describe, expect, it } from "vitest";
import { dayNumbers } from "../src/engine/day-numbers.js";
import { loadEngine } from "../src/engine/policy.js";
import { loadConfigFile } from "../src/load/config.js";
import { loadProfile } from "../src/profile/load.js";
import { findConfigSecrets } from "../src/validate/secrets.js";
import { bareResults } from "./helpers/policy.js";

/**
 * The runner hands the policy a day number for every date of its input (input.dayNumbers) so the policy need not
 * compute them with decimal arithmetic per finding; dates it does not list fall back to the policy's own arithmetic.
 * These tests hold the two to the same answers: the table alone, then whole reports through the real WASM with and
 * without the table.
 */

describe("dayNumbers", () => {
  it("numbers the days since 1970-01-01 of every date that begins a string, datetimes included", () => {
    const json = JSON.stringify({ a: "1970-01-01", b: ["2024-02-29", "2024-03-01T07:30:00+07:00"], c: "1969-12-31" });
    expect(dayNumbers(json)).toEqual({ "1970-01-01": 0, "2024-02-29": 19782, "2024-03-01": 19783, "1969-12-31": -1 });
  });

  it("leaves out what is not a calendar day, for the policy's arithmetic to judge", () => {
    const json = JSON.stringify([
      "2025-02-30",
      "2023-02-29",
      "2025-13-01",
      "2025-00-10",
      "2025-01-00",
      "x2025-01-01",
      "20250101",
      "2025-1-01",
    ]);
    expect(dayNumbers(json)).toEqual({});
  });

  it("makes one table of several pieces of the input's JSON, each date once", () => {
    const head = JSON.stringify({ asOf: "2026-11-20" });
    const config = JSON.stringify({ staff: [{ joinedOn: "2026-11-20" }, { joinedOn: "1970-01-02" }] });
    expect(dayNumbers(head, config)).toEqual({ "2026-11-20": 20777, "1970-01-02": 1 });
    expect(dayNumbers()).toEqual({});
  });

  it("agrees with the JavaScript calendar on every day from 1800 to 2200", () => {
    const expected: Record<string, number> = {};
    for (let day = Date.UTC(1800, 0, 1) / 86_400_000; day < Date.UTC(2200, 0, 1) / 86_400_000; day++) {
      expected[new Date(day * 86_400_000).toISOString().slice(0, 10)] = day;
    }
    expect(dayNumbers(JSON.stringify(Object.keys(expected)))).toEqual(expected);
  });
});

const params = loadProfile("national").params;
const engine = loadEngine(params);
describe("the policy's day numbers", () => {
  const examples = ["compliant-hospital", "noncompliant-hospital", "commune-station", "hospital-with-evidence"];

  it.each(examples)("give the same report with and without the runner's table: %s", async (example) => {
    const config = (await loadConfigFile(`examples/${example}/facility.yaml`)).data;
    const asOf = "2026-11-20";
    expect(engine.evaluate(config, asOf, findConfigSecrets(config))).toEqual(bareResults(config, asOf).results);
  });

  // Leap days, year and century ends, dates before 1970 and after the evaluation date, as training dates: each
  // finding's message states the age in days, so any disagreement shows in the report.
  it.each(["2024-02-29", "2024-03-01", "2023-12-31", "2000-02-29", "1900-03-01", "1969-12-31", "2026-11-21", "2027-01-01"])(
    "agree on a training completed %s",
    async (date) => {
      const config = (await loadConfigFile("examples/compliant-hospital/facility.yaml")).data as {
        trainings: Array<{ completedOn: string }>;
      };
      const dated = { ...config, trainings: config.trainings.map((training) => ({ ...training, completedOn: date })) };
      const asOf = "2026-11-20";
      expect(engine.evaluate(dated, asOf, findConfigSecrets(dated))).toEqual(bareResults(dated, asOf).results);
    },
  );
});
