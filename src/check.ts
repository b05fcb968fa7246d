import { readFileSync } from "node:fs";
import { invalidIsoDate, TIME_ZONE, todayInVietnam } from "./dates.js";
import { EngineError, InputError } from "./errors.js";
import { loadEngine, type Engine } from "./engine/policy.js";
import { parseConfig, type LoadedConfig } from "./load/config.js";
import { discoverConfigFiles } from "./load/discover.js";
import { packagePath } from "./paths.js";
import { unresolvedImports } from "./load/evidence.js";
import { loadFacility, type LoadFailure } from "./load/facility.js";
import { loadProfile } from "./profile/load.js";
import { loadCatalog, loadManifest, type Catalog } from "./report/catalog.js";
import { failedFacility, facilityReport, inputErrorRecord, summarize } from "./report/build.js";
import type { FacilityReport, Report } from "./report/model.js";
import { validateConfig } from "./validate/schema.js";

export interface CheckOptions {
  /** Evaluation date, YYYY-MM-DD. Defaults to today in Asia/Ho_Chi_Minh. */
  asOf?: string;
  /** Bundled profile name (national, thanh-hoa) or a profile file path. Defaults to national. */
  profile?: string;
  /** Show a progress bar on stderr while large evidence files (access logs) are read. */
  progress?: boolean;
}

const { version } = JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { version: string };

/** Checks facility config files and folders; the library API behind `kcb check`. */
export async function check(paths: string[], options: CheckOptions = {}): Promise<Report> {
  const session = startSession(options);
  const facilities: FacilityReport[] = [];
  for (const file of await discoverConfigFiles(paths)) {
    facilities.push(session.assess(await loadFacility(file, { progress: options.progress ?? false })));
  }
  return session.report(facilities);
}

/** Checks one config given as text (YAML or JSON), e.g. from a vendor's own test suite. */
export function checkSource(text: string, file: string, options: CheckOptions = {}): Report {
  const session = startSession(options);
  let loaded: LoadedConfig | LoadFailure;
  try {
    loaded = parseConfig(text, file);
    const unresolved = unresolvedImports(loaded);
    if (unresolved.length > 0) loaded = { file, errors: unresolved, data: loaded.data };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    loaded = { file: error.location.file, errors: [error] };
  }
  return session.report([session.assess(loaded)]);
}

function startSession(options: CheckOptions) {
  const asOf = options.asOf ?? todayInVietnam();
  const invalid = invalidIsoDate(asOf);
  if (invalid) throw new InputError({ file: "--as-of", line: 1, column: 1 }, invalid);
  const profile = loadProfile(options.profile);
  const catalog = loadCatalog();
  const manifest = loadManifest();
  const engine = loadEngine(profile.params);
  return {
    assess: (loaded: LoadedConfig | LoadFailure) => assess(loaded, engine, catalog, asOf),
    report: (facilities: FacilityReport[]): Report => ({
      tool: { name: "kcb-compliance", version, opa: manifest.opa, policySha256: manifest.sha256 },
      asOf,
      timeZone: TIME_ZONE,
      profile: { name: profile.name, source: profile.source, params: profile.params },
      facilities,
      summary: summarize(facilities),
    }),
  };
}

function assess(loaded: LoadedConfig | LoadFailure, engine: Engine, catalog: Catalog, asOf: string): FacilityReport {
  if ("errors" in loaded) return failedFacility(loaded.file, loaded.errors.map(inputErrorRecord), loaded.data);
  const schemaErrors = validateConfig(loaded);
  if (schemaErrors.length > 0) return failedFacility(loaded.file, schemaErrors.map(inputErrorRecord), loaded.data);
  try {
    return facilityReport(loaded, engine.evaluate(loaded.data, asOf), catalog);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const location = { file: loaded.file, line: 1, column: 1 };
    return failedFacility(loaded.file, [{ kind: "engine", location, message: { vi: `Lỗi bộ máy chính sách: ${error.message}`, en: error.message } }], loaded.data);
  }
}
