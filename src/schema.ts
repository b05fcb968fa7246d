import { readFileSync } from "node:fs";
import { packagePath } from "./paths.js";

let facility: unknown;

/**
 * The facility format's JSON Schema (v2), read once. Its descriptions and messages are bilingual: a Vietnamese
 * paragraph, a blank line, an English one (what editors show).
 */
export function facilitySchema(): unknown {
  facility ??= JSON.parse(readFileSync(packagePath("schemas/facility.v2.schema.json"), "utf8"));
  return facility;
}

/** A bilingual schema text split into its languages, or undefined when it is not "vi\n\nen". */
export function bilingualText(text: unknown): { vi: string; en: string } | undefined {
  if (typeof text !== "string") return undefined;
  const [vi, en, ...rest] = text.split("\n\n");
  return vi && en && rest.length === 0 ? { vi, en } : undefined;
}
