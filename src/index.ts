export { check, checkSource, type CheckOptions } from "./check.js";
export { exitCode } from "./report/build.js";
export { applyBaseline, baselineFromReport, loadBaseline, type Baseline } from "./report/baseline.js";
export { loadCatalog, type Catalog, type CatalogRule } from "./report/catalog.js";
export { formatReport, FORMATS, type FormatName, type FormatOptions } from "./format/index.js";
export { InputError, EngineError } from "./errors.js";
export type * from "./report/model.js";
export { defineFacility } from "./define.js";
export type { Facility, EvidenceImport } from "./generated/facility.js";
