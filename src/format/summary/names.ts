/** The aggregate formats, listed apart from their code so the CLI can check a name without loading them. */
export const SUMMARY_FORMAT_NAMES = ["text", "json", "csv", "csv-rules", "html"] as const;

export type SummaryFormatName = (typeof SUMMARY_FORMAT_NAMES)[number];
