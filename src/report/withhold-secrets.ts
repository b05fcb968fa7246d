/**
 * Secrets never leave the tool, and no value floods an output. Every string of a facility's report — messages,
 * error messages quoting an evidence cell or header, file names, facility names — is passed through the one secret
 * detector (validate/secrets.ts) before any format sees the report, and cut to MAX_SHOWN_CHARS. Values the secrets
 * rule located under a secret-named key (a password of any shape) are withheld wherever they are quoted too.
 * Findings keep their file:line, so a reader can still go to the line; only the value is withheld. Detection is
 * deliberately generous: a false positive hides a few characters, a false negative publishes a credential.
 */

import { findConfigSecrets, isSecretNamedKey, redactText, SECRET_NAMED_FIELD, type ConfigSecret } from "../validate/secrets.js";
import { pointerTokens } from "../load/pointer.js";
import type { FacilityReport } from "./model.js";

/** The mask the secrets rule's own redaction uses too, so a reader sees one marker. */
export const REDACTED = "[redacted]";

/**
 * Longest string any output shows, in characters (a facility name, a message, a cell quoted in an error); the
 * rest is replaced by a note of how much was cut. Bounds every format, e.g. a 10 MB facility name.
 */
export const MAX_SHOWN_CHARS = 1000;

const MIN_SECRET_LENGTH = 4;

/**
 * The facility's report with every secret withheld and every string capped. `data` is the config as loaded,
 * when it parsed: the values under secret-named keys (and keys that read like values) are withheld by value.
 * `secrets` is the detector's result for `data` when the caller already has it (it walks the whole config).
 */
export function withholdSecrets(report: FacilityReport, data?: unknown, secrets?: ConfigSecret[]): FacilityReport {
  const known = data === undefined ? [] : secretValues(data, secrets ?? findConfigSecrets(data));
  const scrub = (node: unknown): unknown => {
    if (typeof node === "string") return shown(known.reduce((text, secret) => text.replaceAll(secret, REDACTED), node));
    // Copies only what changed: most of a report needs nothing withheld (and a hospital's report has tens of
    // thousands of nodes, so the walk allocates nothing until a value changes).
    if (Array.isArray(node)) {
      const items: unknown[] = node;
      let copy: unknown[] | undefined;
      items.forEach((item, index) => {
        const scrubbed = scrub(item);
        if (scrubbed !== item) (copy ??= [...items])[index] = scrubbed;
      });
      return copy ?? node;
    }
    if (typeof node === "object" && node !== null) {
      let copy: Record<string, unknown> | undefined;
      for (const [key, child] of Object.entries(node)) {
        const scrubbed = scrub(child);
        if (scrubbed !== child) (copy ??= { ...node })[key] = scrubbed;
      }
      return copy ?? node;
    }
    return node;
  };
  return scrub(report) as FacilityReport;
}

// Most strings of a report (rule titles, clauses, remediation) repeat in every facility: each is scanned once.
const scanned = new Map<string, string>();
const MAX_SCANNED = 20_000;

/** A string as outputs may show it: credentials withheld by the one detector, cut to MAX_SHOWN_CHARS. */
function shown(text: string): string {
  let result = scanned.get(text);
  if (result === undefined) {
    result = capText(redactText(text, REDACTED));
    if (scanned.size >= MAX_SCANNED) scanned.clear();
    if (text.length <= MAX_SHOWN_CHARS) scanned.set(text, result);
  }
  return result;
}

/** The values of secret-named fields, and keys named like secrets that are no identifier, longest first. */
function secretValues(data: unknown, secrets: ConfigSecret[]): string[] {
  const values = new Set<string>();
  for (const { pointer, kind } of secrets) {
    if (kind !== SECRET_NAMED_FIELD.en) continue;
    const key = pointerTokens(pointer).at(-1) ?? "";
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(key) && isSecretNamedKey(key)) values.add(key);
    const value = valueAt(data, pointer);
    if (typeof value === "string") values.add(value);
    else if (typeof value === "number") values.add(String(value));
  }
  return [...values].filter((value) => value.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const key of pointerTokens(pointer)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A string cut to MAX_SHOWN_CHARS (on a whole character), saying how much was left out. */
export function capText(text: string): string {
  if (text.length <= MAX_SHOWN_CHARS) return text;
  const kept = Array.from(text.slice(0, MAX_SHOWN_CHARS)).slice(0, -1).join("");
  return `${kept}… [+${text.length - kept.length} chars]`;
}
