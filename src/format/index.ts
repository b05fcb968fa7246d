import type { FindingsKept } from "../engine/policy.js";
import type { Location } from "../errors.js";
import type { Report } from "../report/model.js";
import { formatHtml } from "./html.js";
import { formatJson, jsonStream } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatOscal } from "./oscal.js";
import { formatSarif } from "./sarif.js";
import { formatMarkdown } from "./markdown.js";
import { formatText, textStream } from "./text.js";
import type { ReportStream } from "./stream.js";

export interface FormatOptions {
  lang: "vi" | "en";
  /** Markdown: the web address of a config line (the Action links the job summary to the blob at the commit). */
  sourceUrl?: (location: Location) => string;
  /**
   * SARIF: the folder the report's relative paths are relative to, the checkout (the CLI and the Action pass the
   * working directory): paths inside it become relative URIs, others file: URIs.
   */
  root?: string;
  /** Text: only failing rules and facilities not assessed (kcb check --quiet). */
  quiet?: boolean;
  /** Text: ANSI colours, for a terminal (the CLI decides: TTY, NO_COLOR, FORCE_COLOR); never in files. */
  color?: boolean;
}

/** Every output format: a pure function of the report. This map is also the list `--help` prints. */
export const FORMATS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  oscal: formatOscal,
  markdown: formatMarkdown,
  html: formatHtml,
} satisfies Record<string, (report: Report, options: FormatOptions) => string>;

export type FormatName = keyof typeof FORMATS;

export function formatReport(report: Report, format: FormatName, options: FormatOptions): string {
  return FORMATS[format](report, options);
}

/**
 * Whether a format reads passing findings. Text, Markdown and SARIF show a rule's findings only when it fails or is
 * waived (SARIF only failed ones); JSON and OSCAL list every finding, HTML shows them, and JUnit places a passing
 * rule's testcase at its first finding. A run whose formats all say false leaves the passing findings in the policy
 * (kcb/main/not_passed): a large facility's are most of its output. test/format-findings.test.ts holds each false
 * to the same bytes, and each true to a difference.
 */
export const SHOWS_PASSING_FINDINGS: Record<FormatName, boolean> = {
  text: false,
  json: true,
  sarif: false,
  junit: true,
  oscal: true,
  markdown: false,
  html: true,
};

/** The findings a run needs to write `formats` (see SHOWS_PASSING_FINDINGS). */
export function findingsFor(formats: readonly FormatName[]): FindingsKept {
  return formats.some((format) => SHOWS_PASSING_FINDINGS[format]) ? "all" : "not_passed";
}

/**
 * The formats a batch writes facility by facility (byte-identical to the whole-report function). The others are
 * one document whose parts need the whole set first (SARIF's rules and results, JUnit's totals in the opening
 * element, OSCAL's and HTML's findings grouped by rule): the CLI builds those from the whole report.
 */
export const STREAMS: Partial<Record<FormatName, (options: FormatOptions) => ReportStream>> = {
  text: textStream,
  json: jsonStream,
};
