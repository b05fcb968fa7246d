import type { BatchSummary } from "../../batch/summary.js";
import type { FormatOptions } from "../index.js";
import { formatSummaryCsv, formatSummaryRulesCsv } from "./csv.js";
import { formatSummaryHtml } from "./html.js";
import { formatSummaryJson } from "./json.js";
import type { SummaryFormatName } from "./names.js";
import { formatSummaryText } from "./text.js";

export { SUMMARY_FORMAT_NAMES, type SummaryFormatName } from "./names.js";

/** Aggregate formats (`--summary FORMAT=PATH`): pure functions of the batch summary, like FORMATS for the report. */
export const SUMMARY_FORMATS = {
  text: formatSummaryText,
  json: formatSummaryJson,
  csv: formatSummaryCsv,
  "csv-rules": formatSummaryRulesCsv,
  html: formatSummaryHtml,
} satisfies Record<SummaryFormatName, (summary: BatchSummary, options: FormatOptions) => string>;

export function formatSummary(summary: BatchSummary, format: SummaryFormatName, options: FormatOptions): string {
  return SUMMARY_FORMATS[format](summary, options);
}
