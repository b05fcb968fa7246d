import type { Bilingual } from "../errors.js";
import { readPackageText } from "../paths.js";
import type { Severity } from "./model.js";

/** policy/catalog.json, generated from the rules' METADATA by scripts/build-catalog.mjs. */
export interface Catalog {
  documents: Record<string, CatalogDocument>;
  rules: CatalogRule[];
}

export interface CatalogDocument {
  number: string;
  issuer: string;
  date: string;
  subject: string;
  title: string;
  description: string;
  source: string;
  scope: string;
}

export interface CatalogRule {
  id: string;
  document: string;
  title: Bilingual;
  description: string;
  item: string;
  clause: string;
  severity: Severity;
  /** automated: read from configuration facts; evidence: passes on a recorded act (what, when, who). */
  assessment: "automated" | "evidence";
  evidence: string[];
  parameters: string[];
  waivable: boolean;
  remediation: Bilingual;
  source: string;
}

export interface PolicyManifest {
  sha256: string;
  opa: string;
  entrypoint: string;
}

let catalog: Catalog | undefined;

export function loadCatalog(): Catalog {
  catalog ??= JSON.parse(readPackageText("policy/catalog.json")) as Catalog;
  return catalog;
}

export function loadManifest(): PolicyManifest {
  return JSON.parse(readPackageText("policy/manifest.json")) as PolicyManifest;
}
