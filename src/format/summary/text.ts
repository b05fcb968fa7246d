import type { SummaryRows } from "../../batch/summary.js";
import { textLines } from "../escape.js";
import { describeLocation } from "../../errors.js";
import type { FormatOptions } from "../index.js";
import { directiveNumber, displayDate, displayNumber, itemLabel, type Lang } from "../locale.js";
import { SEVERITY_LABELS } from "../words.js";
import { OUTCOME, STATUS, STATUSES, WORDS } from "./words.js";

/** Listed in the terminal summary; the HTML, CSV, Excel and JSON summaries list every facility. */
const SHOWN_FACILITIES = 20;

/**
 * A one-screen summary for a terminal: totals, failures per rule, then the facilities that need attention first.
 * It lists at most SHOWN_FACILITIES, from their rows: one piece.
 */
export function* summaryTextChunks(summary: SummaryRows, { lang }: FormatOptions): Iterable<string> {
  const words = WORDS[lang];
  const { totals } = summary;
  const n = (value: number) => displayNumber(value, lang);
  const lines = [
    `${summary.tool.name} ${summary.tool.version} · ${words.asOf} ${displayDate(summary.asOf, lang)} (${summary.timeZone}) · ${words.profile} ${summary.profile.name}`,
    // Facilities and rule results are counted apart: "1 cơ sở không đạt · 36 quy tắc không đạt".
    `${n(totals.facilities)} ${words.facilities}: ${n(totals.failing)} ${words.failing} · ${n(totals.notAssessed)} ${words.notAssessed} · ${n(totals.rules.fail)} ${words.failingRules}`,
    ...expectedLines(summary, lang),
    "",
    `${words.byRule}:`,
    ...summary.rules.map(
      (rule) =>
        `  ${n(rule.facilities.fail).padStart(6)} ${STATUS.fail[lang]}  ${SEVERITY_LABELS[rule.severity][lang].padEnd(12)} ${rule.id}  [${directiveNumber(rule.directive.number, lang)} ${itemLabel(rule.directive.item, lang)}]`,
    ),
  ];
  const attention = summary.facilities.filter((facility) => facility.outcome !== "pass");
  if (attention.length > 0) lines.push("", `${words.byFacility}:`);
  for (const facility of attention.slice(0, SHOWN_FACILITIES)) {
    const counts = STATUSES.filter((status) => facility.counts[status] > 0).map(
      (status) => `${n(facility.counts[status])} ${STATUS[status][lang]}`,
    );
    const detail = facility.firstError
      ? `${describeLocation(facility.firstError.location)} ${facility.firstError.message[lang]}`
      : `${facility.worstSeverity ? SEVERITY_LABELS[facility.worstSeverity][lang] : ""} · ${counts.join(", ")}`;
    lines.push(
      `  ${OUTCOME[facility.outcome][lang].padEnd(12)} ${facility.code ?? "-----"} ${facility.name ?? facility.file}  ${detail}`,
    );
  }
  if (attention.length > SHOWN_FACILITIES) lines.push(`  … +${n(attention.length - SHOWN_FACILITIES)}`);
  yield textLines(lines);
}

function expectedLines(summary: SummaryRows, lang: Lang): string[] {
  if (!summary.expected) return [];
  const words = WORDS[lang];
  const { missing, unknown } = summary.expected;
  return [
    "",
    `${words.missing} (${displayNumber(missing.length, lang)}):`,
    ...missing.map((entry) => `  ${entry.code} ${entry.name}${entry.district ? ` · ${entry.district}` : ""}`),
    `${words.unknown} (${displayNumber(unknown.length, lang)}):`,
    ...unknown.map((entry) => `  ${entry.file} ${entry.code ?? words.noCode} ${entry.name ?? ""}`.trimEnd()),
  ];
}
