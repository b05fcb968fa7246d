import type { BatchSummary } from "../../batch/summary.js";
import { textLines } from "../escape.js";
import type { FormatOptions } from "../index.js";
import { OUTCOME, STATUS, STATUSES, WORDS } from "./words.js";

/** Listed in the terminal summary; the HTML, CSV and JSON summaries list every facility. */
const SHOWN_FACILITIES = 20;

/** A one-screen summary for a terminal: totals, failures per rule, then the facilities that need attention first. */
export function formatSummaryText(summary: BatchSummary, { lang }: FormatOptions): string {
  const words = WORDS[lang];
  const { totals } = summary;
  const lines = [
    `${summary.tool.name} ${summary.tool.version} · ${words.asOf} ${summary.asOf} (${summary.timeZone}) · ${words.profile} ${summary.profile.name}`,
    `${totals.facilities} ${words.facilities}: ${totals.assessed} ${words.assessed}, ${totals.failing} ${words.failing}, ${totals.notAssessed} ${words.notAssessed}`,
    "",
    `${words.byRule}:`,
    ...summary.rules.map(
      (rule) => `  ${String(rule.facilities.fail).padStart(6)} ${STATUS.fail[lang]}  ${rule.severity.padEnd(8)} ${rule.id}  [${rule.directive.number} ${words.item} ${rule.directive.item}]`,
    ),
  ];
  const attention = summary.facilities.filter((facility) => facility.outcome !== "pass");
  if (attention.length > 0) lines.push("", `${words.byFacility}:`);
  for (const facility of attention.slice(0, SHOWN_FACILITIES)) {
    const counts = STATUSES.filter((status) => facility.counts[status] > 0).map((status) => `${facility.counts[status]} ${STATUS[status][lang]}`);
    const detail = facility.firstError
      ? `${facility.firstError.location.file}:${facility.firstError.location.line}:${facility.firstError.location.column} ${facility.firstError.message[lang]}`
      : `${facility.worstSeverity ?? ""} · ${counts.join(", ")}`;
    lines.push(`  ${OUTCOME[facility.outcome][lang].padEnd(12)} ${facility.code ?? "-----"} ${facility.name ?? facility.file}  ${detail}`);
  }
  if (attention.length > SHOWN_FACILITIES) lines.push(`  … +${attention.length - SHOWN_FACILITIES}`);
  return textLines(lines);
}
