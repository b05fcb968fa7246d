import { describe, expect, it } from "vitest";
import { TIME_ZONE, todayInVietnam } from "../src/dates.js";
import { displayNumber } from "../src/format/locale.js";

// Both functions answer the common case without Intl (whose first use loads ICU data on every run): the answers
// must be Intl's own.
describe("numbers and today's date without loading ICU", () => {
  it("groups thousands as Intl does in Vietnamese and English", () => {
    const values = [0, -0, 1, 12, 999, 1000, 1234, 99_999, 100_000, 1_250_000, 2 ** 31, Number.MAX_SAFE_INTEGER];
    const others = [-1, -1234, 0.5, 1234.5, 1e21, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Number.POSITIVE_INFINITY];
    for (const value of [...values, ...others, ...Array.from({ length: 200 }, (_, i) => Math.floor(1.37 ** i))]) {
      expect(displayNumber(value, "vi")).toBe(new Intl.NumberFormat("vi-VN").format(value));
      expect(displayNumber(value, "en")).toBe(new Intl.NumberFormat("en-US").format(value));
    }
  });

  it("gives today's date in Asia/Ho_Chi_Minh as Intl does", () => {
    const intl = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
    const hour = 60 * 60 * 1000;
    const instants = [Date.UTC(1975, 5, 12), Date.UTC(1975, 11, 31, 16, 59), Date.UTC(1976, 0, 1), Date.now()];
    // Every quarter hour for three days, then every 31 hours 13 minutes through more than a century.
    for (let time = Date.UTC(2026, 11, 1); time < Date.UTC(2026, 11, 4); time += hour / 4) instants.push(time);
    for (let time = Date.UTC(1976, 0, 1); time < Date.UTC(2100, 0, 1); time += 31 * hour + 13 * 60 * 1000 + 7)
      instants.push(time);
    for (const time of instants) expect(todayInVietnam(new Date(time)), new Date(time).toISOString()).toBe(intl.format(time));
  });
});
