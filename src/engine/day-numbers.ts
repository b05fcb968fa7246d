/**
 * The day number (days since 1970-01-01) of every ISO date that begins a string of the policy input, for the
 * policy's `dates.day_number` to look up instead of computing it with decimal arithmetic for every finding (see
 * policies/lib/dates.rego). Read from the input's JSON text, so no second walk of the config: a date is a string
 * whose first ten characters are YYYY-MM-DD naming a real calendar day. Anything else is left to the policy's own
 * arithmetic, so the table can only agree with it, never replace a judgement.
 */
// One expression for the whole process: V8 starts every new regular expression in its slower bytecode tier.
const DATE_PREFIX = /"\d{4}-\d\d-\d\d/g;
const DAY_MS = 86_400_000;

/**
 * One table for all the pieces of the input's JSON: merging tables afterwards with object spread cost four times
 * what building them did (V8 copies a large object of string keys slowly), a third of a small config's evaluation.
 */
export function dayNumbers(...inputJson: string[]): Record<string, number> {
  const days: Record<string, number> = {};
  for (const text of inputJson) {
    DATE_PREFIX.lastIndex = 0;
    while (DATE_PREFIX.test(text)) {
      const date = text.slice(DATE_PREFIX.lastIndex - 10, DATE_PREFIX.lastIndex);
      // A facility's dates repeat (a year of daily statistics, the same training day for hundreds): each once.
      if (Object.hasOwn(days, date)) continue;
      const year = Number(date.slice(0, 4));
      const month = Number(date.slice(5, 7));
      const day = Number(date.slice(8, 10));
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) continue;
      // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
      days[date] = new Date(0).setUTCFullYear(year, month - 1, day) / DAY_MS;
    }
  }
  return days;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
