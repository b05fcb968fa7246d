import { InputError } from "../errors.js";
import { locate, type LoadedConfig } from "../load/config.js";
import { fieldPhraseVi } from "../schema.js";

/**
 * Fields that record something that already happened (a signature, a training, a password change). A date after
 * the evaluation date is a typo or a back-dated report, and a rule would otherwise count it as recent evidence.
 * Deadlines (waivers' expiresOn) and planned ends (holderHistory.to) may lie in the future and are not listed.
 */
const PAST_EVENTS: string[][] = [
  ["governance", "regulations", "*", "issuedOn"],
  ["governance", "securityDirectives", "*", "issuedOn"],
  ["governance", "disseminations", "*", "heldOn"],
  ["staff", "*", "joinedOn"],
  ["staff", "*", "confidentialityCommitment", "signedOn"],
  ["trainings", "*", "completedOn"],
  ["accounts", "*", "assignment", "decidedOn"],
  ["accounts", "*", "passwordChangedOn"],
  ["accounts", "*", "holderHistory", "*", "from"],
  ["accessReviews", "*", "reviewedOn"],
  ["accessStats", "*", "date"],
  ["dataTransfers", "*", "approvedOn"],
  ["applicationReviews", "*", "reviewedOn"],
  ["inspections", "*", "inspectedOn"],
  ["awareness", "fraudWarnings", "*", "publishedOn"],
  ["waivers", "*", "approvedOn"],
];

/** Every past-event date later than `asOf` (both YYYY-MM-DD, so string order is date order), at its line. */
export function validateEventDates(config: LoadedConfig, asOf: string): InputError[] {
  const errors: InputError[] = [];
  for (const path of PAST_EVENTS) {
    const later: LaterDate[] = [];
    collectLaterDates(config.data, path, asOf, 0, [], later);
    for (const { tokens, value } of later) {
      const pointer = tokens.map((token) => `/${token}`).join("");
      errors.push(
        new InputError(locate(config, pointer), {
          vi: `${fieldPhraseVi(pointer)}: ngày ${dayMonthYear(value)} là sự việc đã xảy ra nhưng lại sau ngày đánh giá ${dayMonthYear(asOf)}. Hãy sửa ngày (nhầm năm/tháng?), hoặc chạy lại với --as-of đúng.`,
          en: `${pointer}: ${value} records a past event but is after the evaluation date ${asOf}. Correct the date (wrong year or month?), or run with the right --as-of.`,
        }),
      );
    }
  }
  return errors.sort((a, b) => a.location.line - b.location.line);
}

interface LaterDate {
  /** Keys and indexes (the pattern's keys need no escaping). */
  tokens: string[];
  value: string;
}

/**
 * The dates along `path` later than `asOf`, into `found`. A hospital has thousands of dated rows and almost never a
 * future one: nothing is built for the others.
 */
function collectLaterDates(node: unknown, path: string[], asOf: string, at: number, tokens: string[], found: LaterDate[]): void {
  if (at === path.length) {
    if (typeof node === "string" && node > asOf) found.push({ tokens: [...tokens], value: node });
    return;
  }
  const step = path[at]!;
  if (step === "*") {
    if (!Array.isArray(node)) return;
    const items: unknown[] = node;
    items.forEach((item, index) => {
      tokens.push(String(index));
      collectLaterDates(item, path, asOf, at + 1, tokens, found);
      tokens.pop();
    });
    return;
  }
  if (typeof node !== "object" || node === null || Array.isArray(node) || !Object.hasOwn(node, step)) return;
  tokens.push(step);
  collectLaterDates((node as Record<string, unknown>)[step], path, asOf, at + 1, tokens, found);
  tokens.pop();
}

/** 2026-10-14 → 14/10/2026 for the Vietnamese sentence (the schema has already checked the form). */
function dayMonthYear(iso: string): string {
  return iso.slice(0, 10).split("-").reverse().join("/");
}
