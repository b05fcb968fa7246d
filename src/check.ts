import { invalidIsoDate, TIME_ZONE, todayInVietnam } from "./dates.js";
import { EngineError, InputError } from "./errors.js";
import { failedEngine, loadEngine, type Engine } from "./engine/policy.js";
import { parseConfig, type LoadedConfig } from "./load/config.js";
import { unresolvedImports } from "./load/evidence.js";
import type { LoadFailure } from "./load/facility.js";
import { resolveLimits, type Limits } from "./load/limits.js";
import { readPackageText } from "./paths.js";
import { loadProfile } from "./profile/load.js";
import { loadCatalog, loadManifest, type Catalog } from "./report/catalog.js";
import { failedFacility, facilityReport, inputErrorRecord, summarize } from "./report/build.js";
import type { FacilityReport, Report } from "./report/model.js";
import { withholdSecrets } from "./report/withhold-secrets.js";
import { validateEventDates } from "./validate/event-dates.js";
import { validateReferences } from "./validate/references.js";
import { validateConfig } from "./validate/schema.js";
import { checkEach } from "./batch/run.js";

export interface CheckOptions {
  /** Evaluation date, YYYY-MM-DD. Defaults to today in Asia/Ho_Chi_Minh. */
  asOf?: string;
  /** Bundled profile name (national, thanh-hoa) or a profile file path. Defaults to national. */
  profile?: string;
  /** Resource limits for untrusted input (see src/load/limits.ts); unset ones keep their defaults. */
  limits?: Partial<Limits>;
  /** Show a progress bar on stderr while large evidence files (access logs) are read. */
  progress?: boolean;
}

/** Everything in a report except the facilities: what was run, when, with which parameters. */
export type ReportHeader = Pick<Report, "tool" | "asOf" | "timeZone" | "profile">;

const { version } = JSON.parse(readPackageText("package.json")) as { version: string };

/** Checks facility config files and folders; the library API behind `kcb check`. */
export async function check(paths: string[], options: CheckOptions = {}): Promise<Report> {
  const facilities: FacilityReport[] = [];
  const header = await checkEach(paths, { ...options, onFacility: (facility) => facilities.push(facility) });
  return withFacilities(header, facilities);
}

/** Checks one config given as text (YAML or JSON), e.g. from a vendor's own test suite. */
export function checkSource(text: string, file: string, options: CheckOptions = {}): Report {
  const header = reportHeader(options);
  const limits = resolveLimits(options.limits);
  let loaded: LoadedConfig | LoadFailure;
  try {
    loaded = parseConfig(text, file, limits);
    const unresolved = unresolvedImports(loaded);
    if (unresolved.length > 0) loaded = { file, errors: unresolved, data: loaded.data };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    loaded = { file: error.location.file, errors: [error] };
  }
  return withFacilities(header, [startAssessor(header, limits)(loaded)]);
}

function withFacilities(header: ReportHeader, facilities: FacilityReport[]): Report {
  return { ...header, facilities, summary: summarize(facilities) };
}

/** Validates the options and loads the profile: cheap, so it runs before any worker starts. */
export function reportHeader(options: CheckOptions): ReportHeader {
  const asOf = options.asOf ?? todayInVietnam();
  const invalid = invalidIsoDate(asOf);
  if (invalid) throw new InputError({ file: "--as-of", line: 1, column: 1 }, invalid);
  const profile = loadProfile(options.profile);
  const manifest = loadManifest();
  return {
    tool: { name: "kcb-compliance", version, opa: manifest.opa, policySha256: manifest.sha256 },
    asOf,
    timeZone: TIME_ZONE,
    profile: { name: profile.name, source: profile.source, params: profile.params },
  };
}

/** Loads the policy once (per thread) and returns the function that assesses one loaded config. */
export function startAssessor(header: ReportHeader, limits: Limits): (loaded: LoadedConfig | LoadFailure) => FacilityReport {
  const catalog = loadCatalog();
  const engine = loadEngineOrFailure(header.profile.params, limits);
  return (loaded) => assess(loaded, engine, catalog, header.asOf);
}

/** A policy that cannot be loaded (corrupted, swapped) fails every facility in the report, in every format. */
function loadEngineOrFailure(params: Record<string, unknown>, limits: Limits): Engine {
  try {
    return loadEngine(params, undefined, { maxMemoryBytes: limits.maxPolicyMemoryBytes });
  } catch (error) {
    if (error instanceof EngineError) return failedEngine(error);
    throw error;
  }
}

/** The facility's report with every credential-looking config value withheld (see report/withhold-secrets.ts). */
function assess(loaded: LoadedConfig | LoadFailure, engine: Engine, catalog: Catalog, asOf: string): FacilityReport {
  if ("errors" in loaded && loaded.data === undefined) return failedFacility(loaded.file, loaded.errors.map(inputErrorRecord));
  return withholdSecrets(assessLoaded(loaded, engine, catalog, asOf), loaded.data);
}

function assessLoaded(loaded: LoadedConfig | LoadFailure, engine: Engine, catalog: Catalog, asOf: string): FacilityReport {
  if ("errors" in loaded) return failedFacility(loaded.file, loaded.errors.map(inputErrorRecord), loaded.data);
  const schemaErrors = validateConfig(loaded);
  if (schemaErrors.length > 0) return failedFacility(loaded.file, schemaErrors.map(inputErrorRecord), loaded.data);
  const integrityErrors = [...validateReferences(loaded), ...validateEventDates(loaded, asOf)];
  if (integrityErrors.length > 0) return failedFacility(loaded.file, integrityErrors.map(inputErrorRecord), loaded.data);
  try {
    return facilityReport(loaded, engine.evaluate(loaded.data, asOf), catalog);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const location = { file: loaded.file, line: 1, column: 1 };
    return failedFacility(loaded.file, [{ kind: "engine", location, message: { vi: `Lỗi bộ máy chính sách, cơ sở này chưa được đánh giá: ${error.message}`, en: `Policy engine error, this facility was not assessed: ${error.message}` } }], loaded.data);
  }
}
