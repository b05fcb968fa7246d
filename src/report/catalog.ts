import { readFileSync } from "node:fs";
import type { Bilingual } from "../errors.js";
import { packagePath } from "../paths.js";
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
  /** What the rule checks, in Vietnamese (METADATA custom.description_vi), where written. */
  descriptionVi?: string;
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
  catalog ??= JSON.parse(readFileSync(packagePath("policy/catalog.json"), "utf8")) as Catalog;
  return catalog;
}

export function loadManifest(): PolicyManifest {
  return JSON.parse(readFileSync(packagePath("policy/manifest.json"), "utf8")) as PolicyManifest;
}
