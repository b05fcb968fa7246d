import type { BatchSummary } from "../../batch/summary.js";

/** The aggregate itself, as stable, indented JSON. */
export function formatSummaryJson(summary: BatchSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
