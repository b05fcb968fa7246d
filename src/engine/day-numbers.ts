/**
 * The day number (days since 1970-01-01) of every ISO date that begins a string of the policy input, for the
 * policy's `dates.day_number` to look up instead of computing it with decimal arithmetic for every finding (see
 * policies/lib/dates.rego). Read from the input's JSON text, so no second walk of the config: a date is a string
 * whose first ten characters are YYYY-MM-DD naming a real calendar day. Anything else is left to the policy's own
 * arithmetic, so the table can only agree with it, never replace a judgement.
 */
// One expression for the whole process: V8 starts every new regular expression in its slower bytecode tier.
const DATE_PREFIX = /"\d{4}-\d\d-\d\d/g;
const DIGIT_0 = 0x30;

export function dayNumbers(inputJson: string): Record<string, number> {
  const days: Record<string, number> = {};
  DATE_PREFIX.lastIndex = 0;
  while (DATE_PREFIX.test(inputJson)) {
    const start = DATE_PREFIX.lastIndex - 10;
    const year = digits(inputJson, start, 4);
    const month = digits(inputJson, start + 5, 2);
    const day = digits(inputJson, start + 8, 2);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) continue;
    days[inputJson.slice(start, start + 10)] = daysFromCivil(year, month, day);
  }
  return days;
}

/** The decimal number of `length` digits at `start`, or -1 if one of them is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Howard Hinnant's days_from_civil, as in policies/lib/dates.rego. */
function daysFromCivil(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
