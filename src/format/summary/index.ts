import type { BatchSummary } from "../../batch/summary.js";
import type { FormatOptions } from "../index.js";
import type { SummaryChunks } from "./chunks.js";
import { formatSummaryCsv, formatSummaryRulesCsv, summaryCsvChunks, summaryRulesCsvChunks } from "./csv.js";
import { formatSummaryHtml, summaryHtmlChunks } from "./html.js";
import { formatSummaryJson, summaryJsonChunks } from "./json.js";
import type { SummaryTextFormatName } from "./names.js";
import { formatSummaryText, summaryTextChunks } from "./text.js";

export { SUMMARY_FORMAT_NAMES, type SummaryFormatName, type SummaryTextFormatName } from "./names.js";
export type { SummaryChunks } from "./chunks.js";

/** Aggregate text formats (`--summary FORMAT=PATH`): pure functions of the batch summary, like FORMATS for the report. xlsx: ./xlsx.ts. */
export const SUMMARY_FORMATS = {
  text: formatSummaryText,
  json: formatSummaryJson,
  csv: formatSummaryCsv,
  "csv-rules": formatSummaryRulesCsv,
  html: formatSummaryHtml,
} satisfies Record<SummaryTextFormatName, (summary: BatchSummary, options: FormatOptions) => string>;

/** The same formats as pieces, a facility at a time (what `kcb check --summary` writes); each joins to SUMMARY_FORMATS'. */
export const SUMMARY_CHUNKS = {
  text: summaryTextChunks,
  json: summaryJsonChunks,
  csv: summaryCsvChunks,
  "csv-rules": summaryRulesCsvChunks,
  html: summaryHtmlChunks,
} satisfies Record<SummaryTextFormatName, SummaryChunks>;

export function formatSummary(summary: BatchSummary, format: SummaryTextFormatName, options: FormatOptions): string {
  return SUMMARY_FORMATS[format](summary, options);
}
