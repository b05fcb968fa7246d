import { extname } from "node:path";
import { SummaryBuilder } from "../../src/batch/summary.js";
import { reportHeader, startAssessor, type ReportHeader } from "../../src/check.js";
import { InputError, type Bilingual, type Location } from "../../src/errors.js";
import { formatReport } from "../../src/format/index.js";
import { formatSummary } from "../../src/format/summary/index.js";
import { CONFIG_EXTENSIONS } from "../../src/load/config.js";
import { isTypeScriptConfig } from "../../src/load/discover.js";
import { loadFacility } from "../../src/load/facility.js";
import { resolveLimits } from "../../src/load/limits.js";
import { loadProfile } from "../../src/profile/load.js";
import { summarize } from "../../src/report/build.js";
import { loadCatalog } from "../../src/report/catalog.js";
import type { FacilityReport, Report } from "../../src/report/model.js";
import { pickedFileSource, type PickedFile } from "./picked-files.js";

export interface PageRequest {
  files: PickedFile[];
  asOf: string;
  /** A bundled profile's name, or a profile file the user picked. */
  profile: string | PickedFile;
}

/** What the worker answers a check with; the reports themselves are formatted on demand (see Checked). */
export interface PageResult {
  configs: string[];
  /** Every located input error of every facility, as the CLI prints them. */
  errors: { location: Location; message: Bilingual }[];
  /** Whether there is a report (any config was picked) and a batch summary (more than one was). */
  report: boolean;
  summary: boolean;
}

/** The texts the page shows or downloads: the report as HTML, SARIF or JSON, the batch summary as HTML. */
export type PageOutput = "html" | "sarif" | "json" | "summary";

/**
 * A finished check. Every text is made by src/format from the one report, only when the page asks for it: a large
 * facility's report in every format and both languages is megabytes the page would mostly never show.
 */
export interface Checked {
  result: PageResult;
  format(output: PageOutput, lang: "vi" | "en"): string;
}

/** `kcb check` over the picked files: the same loader, limits, validation, policy and formats as the CLI. */
export async function checkPicked(request: PageRequest): Promise<Checked> {
  const configs = request.files
    .map((file) => file.path)
    .filter(isConfig)
    .sort();
  let header: ReportHeader;
  try {
    header = pageHeader(request);
    if (configs.length === 0) {
      throw new InputError(
        { file: request.files.map((file) => file.path).join(" ") || "—", line: 1, column: 1 },
        {
          vi: "Không có tệp cấu hình nào (.yaml, .yml, .json) trong các tệp đã chọn.",
          en: "No config files (.yaml, .yml, .json) among the picked files.",
        },
      );
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const result = { configs, errors: [{ location: error.location, message: error.text }], report: false, summary: false };
    return { result, format: () => "" };
  }
  const limits = resolveLimits();
  const source = pickedFileSource(request.files);
  const assess = startAssessor(header, limits);
  const facilities: FacilityReport[] = [];
  for (const file of configs) facilities.push(assess(await loadFacility(file, { limits, source })));
  const report: Report = { ...header, facilities, summary: summarize(facilities) };
  const summary = configs.length > 1 ? batchSummary(header, facilities) : undefined;
  return {
    result: {
      configs,
      errors: facilities.flatMap((facility) => facility.errors.map(({ location, message }) => ({ location, message }))),
      report: true,
      summary: summary !== undefined,
    },
    format(output, lang) {
      if (output === "summary") return summary ? formatSummary(summary, "html", { lang }) : "";
      // JSON is language-neutral (both texts are in it); as `kcb check --format json` gives it.
      return formatReport(report, output, { lang: output === "json" ? "en" : lang });
    },
  };
}

function isConfig(path: string): boolean {
  const name = path.split("/").at(-1)!;
  return CONFIG_EXTENSIONS.includes(extname(name).toLowerCase()) || isTypeScriptConfig(name);
}

/** The report header; a picked profile file is read from the picked bytes instead of the disk. */
function pageHeader(request: PageRequest): ReportHeader {
  if (typeof request.profile === "string") return reportHeader({ asOf: request.asOf, profile: request.profile });
  const picked = request.profile;
  return reportHeader(
    { asOf: request.asOf },
    loadProfile(picked.path, () => picked.bytes),
  );
}

function batchSummary(header: ReportHeader, facilities: FacilityReport[]) {
  const builder = new SummaryBuilder(header, loadCatalog());
  for (const facility of facilities) builder.add(facility);
  return builder.build();
}
