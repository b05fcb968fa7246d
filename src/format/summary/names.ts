/** The aggregate formats, listed apart from their code so the CLI can check a name without loading them. */
export const SUMMARY_FORMAT_NAMES = ["text", "json", "csv", "csv-rules", "html", "xlsx"] as const;

export type SummaryFormatName = (typeof SUMMARY_FORMAT_NAMES)[number];
/** The text formats; xlsx is a binary workbook, written by its own (asynchronous) function. */
export type SummaryTextFormatName = Exclude<SummaryFormatName, "xlsx">;
