import type { BatchSummary } from "../../batch/summary.js";
import type { FormatOptions } from "../index.js";
import { formatSummaryCsv, formatSummaryRulesCsv } from "./csv.js";
import { formatSummaryHtml } from "./html.js";
import { formatSummaryJson } from "./json.js";
import type { SummaryTextFormatName } from "./names.js";
import { formatSummaryText } from "./text.js";

export { SUMMARY_FORMAT_NAMES, type SummaryFormatName, type SummaryTextFormatName } from "./names.js";

/** Aggregate text formats (`--summary FORMAT=PATH`): pure functions of the batch summary, like FORMATS for the report. xlsx: ./xlsx.ts. */
export const SUMMARY_FORMATS = {
  text: formatSummaryText,
  json: formatSummaryJson,
  csv: formatSummaryCsv,
  "csv-rules": formatSummaryRulesCsv,
  html: formatSummaryHtml,
} satisfies Record<SummaryTextFormatName, (summary: BatchSummary, options: FormatOptions) => string>;

export function formatSummary(summary: BatchSummary, format: SummaryTextFormatName, options: FormatOptions): string {
  return SUMMARY_FORMATS[format](summary, options);
}
