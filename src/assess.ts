// One config → its facility report: the options and profile checked once (reportHeader), then per config the
// validation, the policy and the report (startAssessor). Both check.ts (one config or many) and the batch's worker
// threads build on this module, which imports neither of them.
import { invalidIsoDate, TIME_ZONE, todayInVietnam } from "./dates.js";
import { EngineError, UsageError } from "./errors.js";
import { failedEngine, loadEngine, type Engine, type FindingsKept } from "./engine/policy.js";
import type { LoadedConfig } from "./load/config.js";
import { unexpectedFailure, type LoadFailure } from "./load/facility.js";
import type { Limits } from "./load/limits.js";
import type { UpgradedConfig } from "./load/upgrade.js";
import { readPackageText } from "./paths.js";
import { loadProfile, type Profile } from "./profile/load.js";
import { assertKnownPacks, catalogForPacks, loadCatalog, loadManifest, type Catalog } from "./report/catalog.js";
import { failedFacility, facilityReport, inputErrorRecord } from "./report/build.js";
import { delegationRows } from "./report/delegation.js";
import type { FacilityReport, Report } from "./report/model.js";
import { withholdSecrets } from "./report/withhold-secrets.js";
import { validateEventDates } from "./validate/event-dates.js";
import { validateReferences } from "./validate/references.js";
import { validateConfig } from "./validate/schema.js";
import { findConfigSecrets, type ConfigSecret } from "./validate/secrets.js";
import { validateValues } from "./validate/values.js";

export interface CheckOptions {
  /** Evaluation date, YYYY-MM-DD. Defaults to today in Asia/Ho_Chi_Minh. */
  asOf?: string;
  /** Bundled profile name (national, thanh-hoa) or a profile file path. Defaults to national. */
  profile?: string;
  /** Resource limits for untrusted input (see src/load/limits.ts); unset ones keep their defaults. */
  limits?: Partial<Limits>;
  /** Opt-in rule packs to evaluate besides the default pack (e.g. pdpl-2025), added to the profile's packs. */
  packs?: string[];
  /** Show a progress bar on stderr while large evidence files (access logs) are read. */
  progress?: boolean;
  /**
   * Which findings each rule's status comes with: all (the default); all but the passing ones ("not_passed", what the
   * text, Markdown and SARIF formats show, and much less work for a large facility); or only the failed ones.
   */
  findings?: FindingsKept;
}

/** Everything in a report except the facilities: what was run, when, with which parameters. */
export type ReportHeader = Pick<Report, "tool" | "asOf" | "timeZone" | "profile" | "packs">;

let version: string | undefined;

/**
 * Validates the options and loads the profile: cheap, so it runs before any worker starts. The browser page
 * passes a profile it loaded from a picked file.
 */
export function reportHeader(options: CheckOptions, loaded?: Profile): ReportHeader {
  const asOf = options.asOf ?? todayInVietnam();
  const invalid = invalidIsoDate(asOf);
  if (invalid) throw new UsageError("asOf", invalid);
  const profile = loaded ?? loadProfile(options.profile);
  const packs = [...new Set([...profile.packs, ...(options.packs ?? [])])].sort();
  assertKnownPacks(loadCatalog(), packs);
  const manifest = loadManifest();
  version ??= (JSON.parse(readPackageText("package.json")) as { version: string }).version;
  return {
    tool: { name: "kcb-compliance", version, opa: manifest.opa, policySha256: manifest.sha256 },
    asOf,
    timeZone: TIME_ZONE,
    profile: { name: profile.name, source: profile.source, params: profile.params, bases: profile.bases },
    packs,
  };
}

/** What a caller needs of each facility's report. */
export interface AssessorOptions {
  /** Which findings come with each rule's status (engine/policy.ts): those left out are not carried out of the policy. */
  findings?: FindingsKept;
}

/** Loads the policy once (per thread) and returns the function that assesses one loaded config. */
export function startAssessor(
  header: ReportHeader,
  limits: Limits,
  { findings = "all" }: AssessorOptions = {},
): (loaded: UpgradedConfig | LoadFailure) => FacilityReport {
  const packs = header.packs ?? [];
  const catalog = catalogForPacks(loadCatalog(), packs);
  const engine = loadEngineOrFailure(header.profile.params, limits, packs, findings);
  return (loaded) => {
    try {
      return assess(loaded, engine, catalog, header.asOf);
    } catch (error) {
      // A validator or report builder overwhelmed by one file (a stack overflow) fails that facility, not the batch.
      return withholdSecrets(failedFacility(loaded.file, [inputErrorRecord(unexpectedFailure(loaded.file, error))]));
    }
  };
}

/** A policy that cannot be loaded (corrupted, swapped) fails every facility in the report, in every format. */
function loadEngineOrFailure(params: Record<string, unknown>, limits: Limits, packs: string[], findings: FindingsKept): Engine {
  try {
    return loadEngine(params, undefined, { maxMemoryBytes: limits.maxPolicyMemoryBytes, packs, findings });
  } catch (error) {
    if (error instanceof EngineError) return failedEngine(error);
    throw error;
  }
}

/**
 * The facility's report with every credential-looking config value withheld (see report/withhold-secrets.ts),
 * and the load's notices (a deprecated format).
 */
function assess(loaded: UpgradedConfig | LoadFailure, engine: Engine, catalog: Catalog, asOf: string): FacilityReport {
  if ("errors" in loaded && loaded.data === undefined)
    return withholdSecrets(failedFacility(loaded.file, loaded.errors.map(inputErrorRecord)));
  // The detector walks the whole config once: the rule gets where the secrets are, the withholding their values.
  const secrets = findConfigSecrets(loaded.data);
  const report = withholdSecrets(
    withDelegation(assessLoaded(loaded, engine, catalog, asOf, secrets), loaded.data),
    loaded.data,
    secrets,
  );
  return loaded.notices?.length ? { ...report, notices: loaded.notices } : report;
}

/** An assessed facility with a roles catalogue carries its delegation table (redacted with the rest). */
function withDelegation(report: FacilityReport, data: unknown): FacilityReport {
  const delegation = report.errors.length === 0 ? delegationRows(data) : undefined;
  return delegation ? { ...report, delegation } : report;
}

function assessLoaded(
  loaded: LoadedConfig | LoadFailure,
  engine: Engine,
  catalog: Catalog,
  asOf: string,
  secrets: ConfigSecret[],
): FacilityReport {
  if ("errors" in loaded) return failedFacility(loaded.file, loaded.errors.map(inputErrorRecord), loaded.data);
  const valueErrors = validateValues(loaded);
  if (valueErrors.length > 0) return failedFacility(loaded.file, valueErrors.map(inputErrorRecord), loaded.data);
  const schemaErrors = validateConfig(loaded);
  if (schemaErrors.length > 0) return failedFacility(loaded.file, schemaErrors.map(inputErrorRecord), loaded.data);
  const integrityErrors = [...validateReferences(loaded), ...validateEventDates(loaded, asOf)];
  if (integrityErrors.length > 0) return failedFacility(loaded.file, integrityErrors.map(inputErrorRecord), loaded.data);
  try {
    return facilityReport(loaded, engine.evaluate(loaded.data, asOf, secrets), catalog);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const location = { file: loaded.file, line: 1, column: 1 };
    return failedFacility(
      loaded.file,
      [
        {
          kind: "engine",
          location,
          message: {
            vi: `Lỗi bộ máy chính sách, cơ sở này chưa được đánh giá: ${error.message}`,
            en: `Policy engine error, this facility was not assessed: ${error.message}`,
          },
        },
      ],
      loaded.data,
    );
  }
}
