import { summaryRows, type BatchSummary } from "../../batch/summary.js";
import type { FormatOptions } from "../index.js";
import type { SummaryChunks } from "./chunks.js";
import { summaryCsvChunks, summaryRulesCsvChunks } from "./csv.js";
import { summaryHtmlChunks } from "./html.js";
import { summaryJsonChunks } from "./json.js";
import type { SummaryTextFormatName } from "./names.js";
import { summaryTextChunks } from "./text.js";

export { SUMMARY_FORMAT_NAMES, type SummaryFormatName, type SummaryTextFormatName } from "./names.js";
export type { SummaryChunks } from "./chunks.js";

/**
 * Aggregate text formats (`--summary FORMAT=PATH`) as the pieces of their text, a facility at a time (what
 * `kcb check --summary` writes); formatSummary joins them. xlsx: ./xlsx.ts.
 */
export const SUMMARY_CHUNKS = {
  text: summaryTextChunks,
  json: summaryJsonChunks,
  csv: summaryCsvChunks,
  "csv-rules": summaryRulesCsvChunks,
  html: summaryHtmlChunks,
} satisfies Record<SummaryTextFormatName, SummaryChunks>;

/** A format as a pure function of the whole summary, like FORMATS for the report: its pieces joined. */
export function formatSummary(summary: BatchSummary, format: SummaryTextFormatName, options: FormatOptions): string {
  return [...SUMMARY_CHUNKS[format](summaryRows(summary), options)].join("");
}
