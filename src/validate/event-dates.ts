import { InputError } from "../errors.js";
import { locate, type LoadedConfig } from "../load/config.js";
import { forEachAt } from "../load/pointer.js";
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
    forEachAt(config.data, path, (value, pointerOf) => {
      if (typeof value !== "string" || value <= asOf) return;
      const pointer = pointerOf();
      errors.push(
        new InputError(locate(config, pointer), {
          vi: `${fieldPhraseVi(pointer)}: ngày ${dayMonthYear(value)} là sự việc đã xảy ra nhưng lại sau ngày đánh giá ${dayMonthYear(asOf)}. Hãy sửa ngày (nhầm năm/tháng?), hoặc chạy lại với --as-of đúng.`,
          en: `${pointer}: ${value} records a past event but is after the evaluation date ${asOf}. Correct the date (wrong year or month?), or run with the right --as-of.`,
        }),
      );
    });
  }
  return errors.sort((a, b) => a.location.line - b.location.line);
}

/** 2026-10-14 → 14/10/2026 for the Vietnamese sentence (the schema has already checked the form). */
function dayMonthYear(iso: string): string {
  return iso.slice(0, 10).split("-").reverse().join("/");
}
