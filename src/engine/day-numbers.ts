/**
 * The day number (days since 1970-01-01) of every ISO date that begins a string of the policy input, for the
 * policy's `dates.day_number` to look up instead of computing it with decimal arithmetic for every finding (see
 * policies/lib/dates.rego). Read from the input's JSON text, so no second walk of the config: a date is a string
 * whose first ten characters are YYYY-MM-DD naming a real calendar day. Anything else is left to the policy's own
 * arithmetic, so the table can only agree with it, never replace a judgement.
 */
const DATE_PREFIX = /"\d{4}-\d\d-\d\d/g;
const DAY_MS = 86_400_000;

export function dayNumbers(inputJson: string): Record<string, number> {
  const dates = new Set<string>();
  const pattern = new RegExp(DATE_PREFIX);
  while (pattern.exec(inputJson)) dates.add(inputJson.slice(pattern.lastIndex - 10, pattern.lastIndex));
  const days: Record<string, number> = {};
  for (const date of dates) {
    const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
    // Date.UTC rolls 2025-02-30 over to March and maps years 0–99 to 1900–1999: such strings stay out of the table.
    if (new Date(ms).toISOString().slice(0, 10) === date) days[date] = ms / DAY_MS;
  }
  return days;
}
