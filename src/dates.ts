import type { Bilingual } from "./errors.js";

/** Dates are taken in Vietnam's time zone, so "today" is the same for every user of a report. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Asia/Ho_Chi_Minh has kept UTC+7, with no daylight saving time, since 13 June 1975. */
const UTC_OFFSET_MS = 7 * 60 * 60 * 1000;
const FIXED_OFFSET_SINCE = Date.UTC(1976, 0, 1);
const FIXED_OFFSET_UNTIL = Date.UTC(10000, 0, 1) - UTC_OFFSET_MS;

export function todayInVietnam(now: Date = new Date()): string {
  const time = now.getTime();
  // The fixed offset, not Intl: Intl's first use loads ICU's time zone data, a tenth of a small check's start-up
  // (test/locale.test.ts compares both). Intl still answers for instants the offset does not cover.
  if (time >= FIXED_OFFSET_SINCE && time < FIXED_OFFSET_UNTIL) return new Date(time + UTC_OFFSET_MS).toISOString().slice(0, 10);
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Returns an explanation when `text` is not a real calendar date in YYYY-MM-DD form. */
export function invalidIsoDate(text: string): Bilingual | undefined {
  const match = isoDate.exec(text);
  if (!match) {
    return { vi: `"${text}" không phải ngày dạng YYYY-MM-DD`, en: `"${text}" is not a date in YYYY-MM-DD form` };
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { vi: `ngày "${text}" không tồn tại`, en: `"${text}" is not a calendar date` };
  }
  return undefined;
}
