import type { InputError } from "../errors.js";
import type { RawFinding, RawResults, RuleStatus } from "../engine/policy.js";
import { locate, type LoadedConfig } from "../load/config.js";
import type { Catalog, CatalogRule } from "./catalog.js";
import { blockingRules, blocks, reaches, type FailOn } from "./fail-on.js";
import {
  RULE_STATUSES as STATUSES,
  type FacilityReport,
  type Report,
  type ReportError,
  type RuleResult,
  type Severity,
  type Summary,
} from "./model.js";

/** Joins the engine's raw results with the catalog and the config's source positions. */
export function facilityReport(config: LoadedConfig, raw: RawResults, catalog: Catalog): FacilityReport {
  const rules = catalog.rules.map((rule): RuleResult => {
    const result = raw[rule.id];
    if (!result) {
      // The catalog and the compiled policy disagree: never let a rule silently disappear.
      throw new Error(`rule ${rule.id} is in the catalog but produced no result; rebuild the policy`);
    }
    return {
      ...ruleHeader(rule, catalog),
      status: result.status,
      findings: inSourceOrder(result.findings).map((finding) => ({ ...finding, location: locate(config, finding.pointer) })),
    };
  });
  return { file: config.file, facility: facilityIdentity(config.data), errors: [], rules };
}

/**
 * Findings in source order: pointer, then target, then status as the rule emitted it (a waived finding was a
 * fail), then message. Done here rather than in Rego, whose WASM sort is an insertion sort (quadratic in the
 * findings of a large facility); strings compare by UTF-8 bytes, as OPA orders them.
 */
export function inSourceOrder(findings: RawFinding[]): RawFinding[] {
  const key = (finding: RawFinding) => [
    finding.pointer,
    finding.target,
    finding.status === "waived" ? "fail" : finding.status,
    finding.message.en,
    finding.message.vi,
  ];
  const keyed = findings.map((finding) => ({ finding, key: key(finding) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const order = compareUtf8(a.key[i]!, b.key[i]!);
      if (order !== 0) return order;
    }
    return 0;
  });
  return keyed.map(({ finding }) => finding);
}

/**
 * Orders strings as their UTF-8 bytes (code point order) without encoding them: no allocation per comparison, which
 * matters in the browser page, whose Buffer is JavaScript and copies both arguments of every Buffer.compare.
 */
export function compareUtf8(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** UTF-16 puts surrogates (halves of code points past U+FFFF) before U+E000–U+FFFF; code point order puts them after. */
const codePointRank = (unit: number): number => (unit < 0xd800 ? unit : unit >= 0xe000 ? unit - 0x800 : unit + 0x2000);

export function failedFacility(file: string, errors: ReportError[], data?: unknown): FacilityReport {
  return { file, facility: data === undefined ? undefined : facilityIdentity(data), errors, rules: [] };
}

export function inputErrorRecord(error: InputError): ReportError {
  return { kind: "input", location: error.location, message: error.text };
}

/** What a rule's result says whatever the facility: its catalog entry (the same in every report). */
export function ruleHeader(rule: CatalogRule, catalog: Catalog): Omit<RuleResult, "status" | "findings"> {
  const document = catalog.documents[rule.document];
  return {
    id: rule.id,
    severity: rule.severity,
    title: rule.title,
    directive: {
      id: rule.document,
      number: document?.number ?? rule.document,
      issuer: document?.issuer ?? "",
      date: document?.date ?? "",
      item: rule.item,
    },
    clause: rule.clause,
    remediation: rule.remediation,
  };
}

function facilityIdentity(data: unknown): FacilityReport["facility"] {
  const facility = (data as { facility?: { code?: unknown; name?: unknown } } | null)?.facility;
  // Only a well-formed code is shown: a config that failed validation may hold anything there, a secret included.
  if (typeof facility?.code !== "string" || !/^[0-9]{5}$/.test(facility.code) || typeof facility.name !== "string")
    return undefined;
  return { code: facility.code, name: facility.name };
}

export function summarize(facilities: FacilityReport[]): Summary {
  const tally = new SummaryTally();
  for (const facility of facilities) tally.add(facility);
  return tally.summary;
}

/** The report's summary and exit code, tallied one facility at a time (a streamed batch keeps no report). */
export class SummaryTally {
  readonly summary: Summary = {
    facilities: 0,
    facilitiesWithErrors: 0,
    rules: Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<RuleStatus, number>,
  };
  /** Failing rules no baseline knew, by severity: what exitCode compares with fail-on. */
  readonly #failing = new Map<Severity, number>();

  add(facility: FacilityReport): void {
    this.summary.facilities += 1;
    if (facility.errors.length > 0) this.summary.facilitiesWithErrors += 1;
    for (const rule of facility.rules) {
      this.summary.rules[rule.status] += 1;
      if (blocks(rule, "low")) this.#failing.set(rule.severity, (this.#failing.get(rule.severity) ?? 0) + 1);
    }
  }

  /** As exitCode(report, failOn) on the whole report. */
  exitCode(failOn: FailOn = "low"): 0 | 1 | 2 {
    if (this.summary.facilitiesWithErrors > 0) return 2;
    return [...this.#failing.keys()].some((severity) => reaches(severity, failOn)) ? 1 : 0;
  }
}

/**
 * 2 when something could not be assessed; 1 when a rule failed at or above fail-on (default: any severity) on a
 * finding the baseline did not already have; 0 otherwise.
 */
export function exitCode(report: Report, failOn: FailOn = "low"): 0 | 1 | 2 {
  if (report.summary.facilitiesWithErrors > 0) return 2;
  return blockingRules(report, failOn) > 0 ? 1 : 0;
}
