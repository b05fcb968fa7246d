import { InputError, type Bilingual } from "../errors.js";
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
  /** "default" for the four letters and the waiver rule; an opt-in pack name (e.g. pdpl-2025) for a law. */
  pack: string;
  /** The day the instrument took effect; before it the pack's rules are not applicable. */
  effective?: string;
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
  pack: string;
  /** How sure the encoding is, and how it was verified (a law's rules: against secondary sources). */
  confidence: "high" | "medium" | "low";
  verification: string;
}

let catalog: Catalog | undefined;

export function loadCatalog(): Catalog {
  catalog ??= JSON.parse(readPackageText("policy/catalog.json")) as Catalog;
  return catalog;
}

export const DEFAULT_PACK = "default";

/** The opt-in packs the policy holds (every pack but the default one). */
export function optionalPacks(catalog: Catalog): string[] {
  return [...new Set(catalog.rules.map((rule) => rule.pack))].filter((pack) => pack !== DEFAULT_PACK).sort();
}

/** The catalog restricted to the default pack and the enabled opt-in packs: the rules a run reports. */
export function catalogForPacks(catalog: Catalog, packs: readonly string[]): Catalog {
  const enabled = new Set([DEFAULT_PACK, ...packs]);
  return { ...catalog, rules: catalog.rules.filter((rule) => enabled.has(rule.pack)) };
}

/** Checks pack names against the policy's packs; an unknown one is a usage error naming the known ones. */
export function assertKnownPacks(catalog: Catalog, packs: readonly string[]): void {
  const known = optionalPacks(catalog);
  const unknown = packs.filter((pack) => !known.includes(pack));
  if (unknown.length === 0) return;
  throw new InputError(
    { file: "--pack", line: 1, column: 1 },
    {
      vi: `Không có gói quy tắc ${unknown.join(", ")}; các gói: ${known.join(", ")}.`,
      en: `Unknown rule pack ${unknown.join(", ")}; packs: ${known.join(", ")}.`,
    },
  );
}

// The manifest belongs to the engine (the WASM's sha256); re-exported for the report header and existing callers.
export { loadManifest, type PolicyManifest } from "../engine/manifest.js";
