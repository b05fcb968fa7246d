import type { ReportHeader } from "../assess.js";
import type { FacilityReport, Report, Summary } from "../report/model.js";

/**
 * A format written one facility at a time, so a batch of thousands never holds every report: the text before the
 * first facility, each facility's text as its result comes in, then the text after the last. The whole-report
 * format is the same pieces joined (streamWhole), so a streamed output is byte-identical to it.
 */
export interface ReportStream {
  begin(header: ReportHeader): string;
  facility(facility: FacilityReport): string;
  /** The run's summary: the report's own, or the one tallied while streaming (report/build.ts SummaryTally). */
  end(summary: Summary): string;
}

/** The whole report through a stream: what the format's pure function returns. */
export function streamWhole(report: Report, stream: ReportStream): string {
  const { facilities, summary, ...header } = report;
  return [stream.begin(header), ...facilities.map((facility) => stream.facility(facility)), stream.end(summary)].join("");
}
