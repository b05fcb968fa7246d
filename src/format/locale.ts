import type { DirectiveReference } from "../report/model.js";

/**
 * How dates, numbers, items and directive headings are written in each language. Data and English output keep
 * ISO dates; Vietnamese output writes dd/mm/yyyy and "tháng mm/yyyy", and groups thousands with a dot.
 */
export type Lang = "vi" | "en";

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoMonth = /^(\d{4})-(\d{2})$/;

/** 2026-10-14 → 14/10/2026 in Vietnamese; unchanged in English (and when it is not an ISO date). */
export function displayDate(iso: string, lang: Lang): string {
  const match = isoDate.exec(iso);
  return lang === "vi" && match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** 2026-10 → tháng 10/2026 in Vietnamese; unchanged in English. */
export function displayMonth(iso: string, lang: Lang): string {
  const match = isoMonth.exec(iso);
  return lang === "vi" && match ? `tháng ${match[2]}/${match[1]}` : iso;
}

const LOCALE = { vi: "vi-VN", en: "en-US" } as const;
const THOUSANDS = { vi: ".", en: "," } as const;
const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** 1250000 → 1.250.000 in Vietnamese, 1,250,000 in English. */
export function displayNumber(value: number, lang: Lang): string {
  // Counts, nearly every number shown, are grouped here exactly as Intl groups them (test/locale.test.ts): Intl's
  // first use loads ICU's locale data, a tenth of a small check's start-up. Anything else is Intl's, made on demand.
  if (Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0))
    return String(value).replace(/\B(?=(\d{3})+$)/g, THOUSANDS[lang]);
  return (numberFormats[lang] ??= new Intl.NumberFormat(LOCALE[lang])).format(value);
}

/**
 * How a letter numbers the place a rule comes from: "2" is the letter's own item (mục 2); "¶4" is the fourth
 * paragraph of a letter whose items carry no numbers (đoạn 4). Vietnamese documents do not use the ¶ sign.
 * Anything else (the waiver rule's "waivers") is no item of a letter and gets no label.
 */
export function itemLabel(item: string, lang: Lang): string {
  const paragraph = /^¶\s*(.+)$/.exec(item);
  if (paragraph) return lang === "vi" ? `đoạn ${paragraph[1]}` : `paragraph ${paragraph[1]}`;
  // The tool's own waiver rule belongs to no letter's item: its heading says all there is.
  if (item === "waivers") return "";
  // An opt-in pack names its article as the instrument numbers it ("Điều 4 khoản 2", "Luật Điều 23").
  if (!/^\d/.test(item)) return item;
  return lang === "vi" ? `mục ${item}` : `item ${item}`;
}

/**
 * A directive's number as shown: the letters' numbers are the same in both languages; the tool's own waiver
 * heading is bilingual in the catalog ("Quản lý miễn trừ / Waiver governance") and shows one language at a time.
 */
export function directiveNumber(number: string, lang: Lang): string {
  const [vi, en, ...rest] = number.split(" / ");
  return vi && en && rest.length === 0 && !/\d/.test(number) ? (lang === "vi" ? vi : en) : number;
}

/**
 * "5715/BYT-BH (Bộ Y tế, 27/09/2019)". The tool's own waiver rule is no letter: it has neither issuer nor date,
 * and shows under its own heading only.
 */
export function directiveHeading(directive: Omit<DirectiveReference, "item" | "id">, lang: Lang): string {
  const detail = [directive.issuer, displayDate(directive.date, lang)].filter((part) => part !== "").join(", ");
  const number = directiveNumber(directive.number, lang);
  return detail === "" ? number : `${number} (${detail})`;
}
