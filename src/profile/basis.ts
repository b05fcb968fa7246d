import type { Bilingual } from "../errors.js";
import { displayDate } from "../format/locale.js";

/** Where a parameter's number comes from (schemas/profile.v1.schema.json, $defs/basis). */
export type Basis =
  | { kind: "letter"; letter: string; item?: string; quote: string }
  | { kind: "law"; instrument: string; article: string; confidence: "high" | "medium" | "low"; note?: Bilingual }
  | { kind: "decision"; number: string; issuer?: string; date?: string; note?: Bilingual }
  | { kind: "default"; reason: Bilingual; letter?: string; quote?: string }
  /** A profile file set a bare number different from the value it inherits, without saying why. */
  | { kind: "unstated"; profile: string };

export interface ResolvedParam {
  value: number;
  basis: Basis;
}

const WORDS = {
  en: {
    default: "tool default",
    law: "law",
    confidence: "confidence",
    decision: "decision",
    unstated: "set by profile",
    noBasis: "without a stated basis",
    letter: "letter",
  },
  vi: {
    default: "mặc định của công cụ",
    law: "văn bản pháp luật",
    confidence: "độ tin cậy",
    decision: "quyết định",
    unstated: "do bộ tham số",
    noBasis: "đặt, không nêu căn cứ",
    letter: "công văn",
  },
} as const;

/** A confidence level in words. */
export const CONFIDENCE = {
  high: { en: "high", vi: "cao" },
  medium: { en: "medium", vi: "trung bình" },
  low: { en: "low", vi: "thấp" },
} as const;

/** One line saying where the number comes from, e.g. "tool default: 2748/SYT-NVY leaves the period to …". */
export function describeBasis(basis: Basis, lang: "vi" | "en"): string {
  const words = WORDS[lang];
  switch (basis.kind) {
    case "letter":
      return `${words.letter} ${basis.letter}${basis.item ? ` ${basis.item}` : ""}: «${basis.quote}»`;
    case "law":
      return `${words.law}: ${basis.instrument}, ${basis.article} (${words.confidence} ${CONFIDENCE[basis.confidence][lang]})${basis.note ? ` — ${basis.note[lang]}` : ""}`;
    case "decision":
      return `${words.decision} ${basis.number}${basis.issuer ? `, ${basis.issuer}` : ""}${basis.date ? `, ${displayDate(basis.date, lang)}` : ""}${basis.note ? ` — ${basis.note[lang]}` : ""}`;
    case "default":
      return `${words.default}: ${basis.reason[lang]}`;
    case "unstated":
      return `${words.unstated} ${basis.profile} ${words.noBasis}`;
  }
}

/** The report's parameters in name order, each with its value and basis line (for the HTML and Markdown reports). */
export function parameterRows(
  profile: { params: Record<string, unknown>; bases?: Record<string, Basis> },
  lang: "vi" | "en",
): Array<{ name: string; value: string; basis: string }> {
  return Object.entries(profile.params).map(([name, value]) => {
    const basis = profile.bases?.[name];
    return { name, value: String(value), basis: basis ? describeBasis(basis, lang) : "" };
  });
}
