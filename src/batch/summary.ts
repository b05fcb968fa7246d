import type { ReportHeader } from "../assess.js";
import type { Catalog } from "../report/catalog.js";
import type { DelegationRow } from "../report/delegation.js";
import type { Bilingual, Location } from "../errors.js";
import { reaches, type FailOn } from "../report/fail-on.js";
import {
  SEVERITIES,
  type DirectiveReference,
  type FacilityReport,
  type ReportError,
  type RuleStatus,
  type Severity,
} from "../report/model.js";
import type { Registry, RegistryEntry } from "../load/registry.js";

/** The aggregate a health department acts on: one row per facility, per rule and per directive item. */
export interface BatchSummary extends ReportHeader {
  totals: {
    facilities: number;
    /** Facilities whose every rule was evaluated. */
    assessed: number;
    /** Facilities with an input or engine error (not assessed: never counted as passing). */
    notAssessed: number;
    /** Assessed facilities with at least one failed rule. */
    failing: number;
    /** Rule results over all assessed facilities, by status. */
    rules: Record<RuleStatus, number>;
  };
  facilities: FacilitySummary[];
  rules: RuleSummary[];
  items: ItemSummary[];
  /** With `--expect`: the department's list of facilities compared with the files checked. */
  expected?: ExpectedSummary;
}

export interface ExpectedSummary {
  /** The registry file as given. */
  file: string;
  /** How many facilities the registry lists. */
  listed: number;
  /** Listed facilities no checked file belongs to. */
  missing: RegistryEntry[];
  /** Checked files whose facility code is not in the registry (or that name no readable code). */
  unknown: Array<{ file: string; code?: string; name?: string }>;
}

export type FacilityOutcome = "not_assessed" | "fail" | "pass";

export interface FacilitySummary {
  file: string;
  code?: string;
  name?: string;
  /** From the `--expect` registry, when it lists this facility's code with a district. */
  district?: string;
  outcome: FacilityOutcome;
  /** Rule results by status (all zero when not assessed). */
  counts: Record<RuleStatus, number>;
  /** The highest severity among the failed rules. */
  worstSeverity?: Severity;
  /** Status of each rule, by rule id (empty when not assessed). */
  rules: Record<string, RuleStatus>;
  /** How many errors stopped the assessment, and the first of them. */
  errorCount: number;
  firstError?: ReportError;
  /** The failed findings (at most MAX_FAILURES_KEPT), for the department's per-facility and per-finding views. */
  failures: FailureSummary[];
  /** How many failed findings were dropped beyond MAX_FAILURES_KEPT. */
  failuresOmitted: number;
  /** With a roles catalogue: the holder × account × permission rows (at most MAX_DELEGATION_ROWS). */
  delegation?: DelegationRow[];
  /** How many delegation rows were dropped beyond MAX_DELEGATION_ROWS. */
  delegationOmitted?: number;
}

export interface FailureSummary {
  rule: string;
  location: Location;
  message: Bilingual;
}

/** Failed findings kept per facility: enough to act on, bounded so a batch of thousands stays small in memory. */
export const MAX_FAILURES_KEPT = 100;

/** Delegation rows (active accounts) kept per facility: a hospital's HIS accounts run to hundreds. */
export const MAX_DELEGATION_ROWS = 100;

export interface RuleSummary {
  id: string;
  title: { vi: string; en: string };
  severity: Severity;
  directive: DirectiveReference;
  /** Facilities by this rule's status. */
  facilities: Record<RuleStatus, number>;
}

export interface ItemSummary {
  directive: Omit<DirectiveReference, "item">;
  item: string;
  rules: string[];
  /** Assessed facilities failing at least one rule of this item. */
  failingFacilities: number;
}

/** Higher is more severe (SEVERITIES lists the most severe first). */
const SEVERITY_RANK = Object.fromEntries(SEVERITIES.map((severity, index) => [severity, SEVERITIES.length - index])) as Record<
  Severity,
  number
>;
const OUTCOME_ORDER: Record<FacilityOutcome, number> = { not_assessed: 0, fail: 1, pass: 2 };
const noCounts = (): Record<RuleStatus, number> => ({ fail: 0, waived: 0, pass: 0, not_applicable: 0 });

/**
 * Folds facility reports into the aggregate one at a time, keeping only a small row per facility, so a batch of
 * thousands never holds their findings.
 */
export class SummaryBuilder {
  readonly #facilities: FacilitySummary[] = [];
  readonly #rules: RuleSummary[];
  readonly #ruleById: Map<string, RuleSummary>;
  readonly #itemOf = new Map<string, string>();
  readonly #items = new Map<string, ItemSummary>();

  constructor(
    private readonly header: ReportHeader,
    catalog: Catalog,
  ) {
    this.#rules = catalog.rules.map((rule) => {
      const document = catalog.documents[rule.document];
      const directive = {
        id: rule.document,
        number: document?.number ?? rule.document,
        issuer: document?.issuer ?? "",
        date: document?.date ?? "",
      };
      const key = `${rule.document}\u0000${rule.item}`;
      this.#itemOf.set(rule.id, key);
      const item = this.#items.get(key) ?? { directive, item: rule.item, rules: [], failingFacilities: 0 };
      item.rules.push(rule.id);
      this.#items.set(key, item);
      return {
        id: rule.id,
        title: rule.title,
        severity: rule.severity,
        directive: { ...directive, item: rule.item },
        facilities: noCounts(),
      };
    });
    this.#ruleById = new Map(this.#rules.map((rule) => [rule.id, rule]));
  }

  add(report: FacilityReport): void {
    const counts = noCounts();
    const rules: Record<string, RuleStatus> = {};
    const failingItems = new Set<string>();
    let worstSeverity: Severity | undefined;
    const failures: FailureSummary[] = [];
    let failuresOmitted = 0;
    for (const rule of report.rules) {
      counts[rule.status] += 1;
      rules[rule.id] = rule.status;
      const summary = this.#ruleById.get(rule.id);
      if (summary) summary.facilities[rule.status] += 1;
      if (rule.status !== "fail") continue;
      for (const finding of rule.findings) {
        if (finding.status !== "fail") continue;
        if (failures.length < MAX_FAILURES_KEPT)
          failures.push({ rule: rule.id, location: finding.location, message: finding.message });
        else failuresOmitted += 1;
      }
      const item = this.#itemOf.get(rule.id);
      if (item) failingItems.add(item);
      if (!worstSeverity || SEVERITY_RANK[rule.severity] > SEVERITY_RANK[worstSeverity]) worstSeverity = rule.severity;
    }
    for (const item of failingItems) this.#items.get(item)!.failingFacilities += 1;
    const outcome: FacilityOutcome = report.errors.length > 0 ? "not_assessed" : counts.fail > 0 ? "fail" : "pass";
    this.#facilities.push({
      file: report.file,
      ...(report.facility ? { code: report.facility.code, name: report.facility.name } : {}),
      outcome,
      counts,
      ...(worstSeverity ? { worstSeverity } : {}),
      rules,
      errorCount: report.errors.length,
      ...(report.errors[0] ? { firstError: report.errors[0] } : {}),
      failures,
      failuresOmitted,
      ...delegationOf(report),
    });
  }

  build(registry?: Registry): BatchSummary {
    const facilities = [...this.#facilities].sort(byOutcomeThenCode);
    const expected = registry ? compareWithRegistry(facilities, registry) : undefined;
    const rules = noCounts();
    for (const facility of facilities)
      for (const status of Object.keys(rules) as RuleStatus[]) rules[status] += facility.counts[status];
    const notAssessed = facilities.filter((facility) => facility.outcome === "not_assessed").length;
    return {
      ...this.header,
      totals: {
        facilities: facilities.length,
        assessed: facilities.length - notAssessed,
        notAssessed,
        failing: facilities.filter((facility) => facility.outcome === "fail").length,
        rules,
      },
      facilities,
      rules: this.#rules,
      items: [...this.#items.values()],
      ...(expected ? { expected } : {}),
    };
  }
}

function delegationOf(report: FacilityReport): Pick<FacilitySummary, "delegation" | "delegationOmitted"> {
  if (!report.delegation) return {};
  const omitted = report.delegation.length - MAX_DELEGATION_ROWS;
  return {
    delegation: report.delegation.slice(0, MAX_DELEGATION_ROWS),
    ...(omitted > 0 ? { delegationOmitted: omitted } : {}),
  };
}

/** Who has not submitted, and which files name a facility the department does not list; fills in districts. */
function compareWithRegistry(facilities: FacilitySummary[], registry: Registry): ExpectedSummary {
  const byCode = new Map(registry.entries.map((entry) => [entry.code, entry]));
  const submitted = new Set<string>();
  const unknown: ExpectedSummary["unknown"] = [];
  for (const facility of facilities) {
    const entry = facility.code === undefined ? undefined : byCode.get(facility.code);
    if (!entry) {
      unknown.push({
        file: facility.file,
        ...(facility.code ? { code: facility.code } : {}),
        ...(facility.name ? { name: facility.name } : {}),
      });
      continue;
    }
    submitted.add(entry.code);
    if (entry.district) facility.district = entry.district;
  }
  const missing = registry.entries.filter((entry) => !submitted.has(entry.code));
  return { file: registry.file, listed: registry.entries.length, missing, unknown };
}

/** Not assessed first, then failing facilities by worst severity, then compliant ones; by code (then file) within. */
function byOutcomeThenCode(a: FacilitySummary, b: FacilitySummary): number {
  return (
    OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] ||
    (b.worstSeverity ? SEVERITY_RANK[b.worstSeverity] : 0) - (a.worstSeverity ? SEVERITY_RANK[a.worstSeverity] : 0) ||
    compare(a.code ?? "\uffff", b.code ?? "\uffff") ||
    compare(a.file, b.file)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 0 when every assessed facility passes, 1 when a rule failed somewhere, 2 when a facility could not be assessed. */
export function summaryExitCode(summary: BatchSummary, failOn: FailOn = "low"): 0 | 1 | 2 {
  if (summary.totals.notAssessed > 0) return 2;
  return summary.facilities.some((facility) => facility.worstSeverity !== undefined && reaches(facility.worstSeverity, failOn))
    ? 1
    : 0;
}
