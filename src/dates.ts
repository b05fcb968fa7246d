import type { Bilingual } from "./errors.js";

/** Dates are taken in Vietnam's time zone, so "today" is the same for every user of a report. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function todayInVietnam(now: Date = new Date()): string {
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
