import type { SummaryRows } from "../../batch/summary.js";
import type { FormatOptions } from "../index.js";

/**
 * A summary format as the pieces of its text, one facility at a time, so a batch of thousands is written without
 * its whole text (hundreds of MB at 13,000 facilities, near V8's longest string) or every facility in full in
 * memory at once. The format's pure function (formatSummary) is the same pieces joined, so both are byte-identical.
 */
export type SummaryChunks = (summary: SummaryRows, options: FormatOptions) => Iterable<string>;
