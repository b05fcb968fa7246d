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

type ByLanguage = Record<"vi" | "en", string>;

/** What the page shows and offers for download; every text is made by src/format from the one report. */
export interface PageResult {
  configs: string[];
  /** Every located input error of every facility, as the CLI prints them. */
  errors: { location: Location; message: Bilingual }[];
  report?: { html: ByLanguage; sarif: ByLanguage; json: string };
  /** The batch summary, when more than one config was picked. */
  summary?: { html: ByLanguage };
}

const LANGUAGES = ["vi", "en"] as const;

/** `kcb check` over the picked files: the same loader, limits, validation, policy and formats as the CLI. */
export async function checkPicked(request: PageRequest): Promise<PageResult> {
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
    if (error instanceof InputError) return { configs, errors: [{ location: error.location, message: error.text }] };
    throw error;
  }
  const limits = resolveLimits();
  const source = pickedFileSource(request.files);
  const assess = startAssessor(header, limits);
  const facilities: FacilityReport[] = [];
  for (const file of configs) facilities.push(assess(await loadFacility(file, { limits, source })));
  const report: Report = { ...header, facilities, summary: summarize(facilities) };
  return {
    configs,
    errors: facilities.flatMap((facility) => facility.errors.map(({ location, message }) => ({ location, message }))),
    report: {
      html: byLanguage((lang) => formatReport(report, "html", { lang })),
      sarif: byLanguage((lang) => formatReport(report, "sarif", { lang })),
      json: formatReport(report, "json", { lang: "en" }),
    },
    ...(configs.length > 1 ? { summary: { html: batchSummaryHtml(header, facilities) } } : {}),
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

function batchSummaryHtml(header: ReportHeader, facilities: FacilityReport[]): ByLanguage {
  const builder = new SummaryBuilder(header, loadCatalog());
  for (const facility of facilities) builder.add(facility);
  const summary = builder.build();
  return byLanguage((lang) => formatSummary(summary, "html", { lang }));
}

function byLanguage(make: (lang: "vi" | "en") => string): ByLanguage {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, make(lang)])) as ByLanguage;
}
