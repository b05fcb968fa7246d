export { check, checkConfig, checkSource, type CheckOptions } from "./check.js";
export { exitCode } from "./report/build.js";
export { applyBaseline, baselineFromReport, loadBaseline, type Baseline } from "./report/baseline.js";
export { catalogForPacks, loadCatalog, optionalPacks, type Catalog, type CatalogRule } from "./report/catalog.js";
export { loadProfile, resolvedParams, type Profile } from "./profile/load.js";
export { describeBasis, type Basis, type ResolvedParam } from "./profile/basis.js";
export {
  findingsFor,
  formatReport,
  FORMATS,
  SHOWS_PASSING_FINDINGS,
  type FormatName,
  type FormatOptions,
} from "./format/index.js";
export type { FindingsKept } from "./engine/policy.js";
export { InputError, EngineError, UsageError } from "./errors.js";
export type * from "./report/model.js";
export { defineFacility } from "./define.js";
export { migrateText, type Migration } from "./migrate.js";
export { initFacility, type InitOptions } from "./init/init.js";
export type { Facility, EvidenceImport } from "./generated/facility.js";
export { RULE_IDS, type RuleId } from "./generated/rule-ids.js";
