import { InputError, UsageError } from "./errors.js";
import { unresolvedImports } from "./load/evidence.js";
import { parseConfigSource, type LoadFailure } from "./load/facility.js";
import { resolveLimits } from "./load/limits.js";
import { upgradeConfig, type UpgradedConfig } from "./load/upgrade.js";
import { summarize } from "./report/build.js";
import type { FacilityReport, Report } from "./report/model.js";
import { reportHeader, startAssessor, type CheckOptions, type ReportHeader } from "./assess.js";
import { checkEach } from "./batch/run.js";

export { reportHeader, startAssessor, type CheckOptions, type ReportHeader } from "./assess.js";

/** Checks facility config files and folders; the library API behind `kcb check`. */
export async function check(paths: string[], options: CheckOptions = {}): Promise<Report> {
  const facilities: FacilityReport[] = [];
  const header = await checkEach(paths, { ...options, onFacility: (facility) => facilities.push(facility) });
  return withFacilities(header, facilities);
}

/**
 * Checks one config given as text, e.g. from a vendor's own test suite: YAML, JSON or TypeScript, by the
 * extension of `file` (the name shown in locations). Problems in the text are in the report; wrong arguments throw.
 */
export async function checkSource(text: string, file: string, options: CheckOptions = {}): Promise<Report> {
  if (typeof text !== "string")
    throw new UsageError("text", {
      en: "checkSource expects the config as a string.",
      vi: "checkSource cần cấu hình dạng chuỗi.",
    });
  if (typeof file !== "string" || file === "")
    throw new UsageError("file", {
      en: "checkSource expects a file name such as facility.yaml.",
      vi: "checkSource cần tên tệp, ví dụ facility.yaml.",
    });
  const header = reportHeader(options);
  const limits = resolveLimits(options.limits);
  let loaded: UpgradedConfig | LoadFailure;
  try {
    loaded = upgradeConfig(await parseConfigSource(text, file, limits));
    const unresolved = unresolvedImports(loaded);
    if (unresolved.length > 0) loaded = { file, errors: unresolved, data: loaded.data, notices: loaded.notices };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    loaded = { file: error.location.file, errors: [error] };
  }
  return withFacilities(header, [startAssessor(header, limits, { findings: options.findings })(loaded)]);
}

/**
 * Checks a config held as an object (what `defineFacility` returns, or data a vendor builds): it is checked as
 * the JSON text it serializes to, so locations are lines of that text, in a file named `file` (config.json).
 */
export async function checkConfig(config: object, options: CheckOptions & { file?: string } = {}): Promise<Report> {
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new UsageError("config", {
      en: "checkConfig expects the config as an object.",
      vi: "checkConfig cần cấu hình dạng đối tượng.",
    });
  }
  const { file = "config.json", ...rest } = options;
  return checkSource(JSON.stringify(config, null, 2), file, rest);
}

function withFacilities(header: ReportHeader, facilities: FacilityReport[]): Report {
  return { ...header, facilities, summary: summarize(facilities) };
}
