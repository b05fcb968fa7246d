import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { ReportHeader } from "../assess.js";
import type { Catalog } from "../report/catalog.js";
import type { DelegationRow } from "../report/delegation.js";
import type { Bilingual, Location } from "../errors.js";
import { reaches, type FailOn } from "../report/fail-on.js";
import {
  RULE_STATUSES,
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

/**
 * A facility as a batch keeps it: everything but its failed findings and delegation rows, which stay packed until a
 * format reaches this facility and asks for them (full()), and its rules' statuses, which status() answers for one
 * rule. The totals, the matrix and the per-clause lists read rows only.
 */
export type FacilityRow = Omit<FacilitySummary, "failures" | "delegation" | "rules"> & {
  /** This facility in full, as BatchSummary lists it (decoded anew on each call: keep it only while writing it). */
  full(): FacilitySummary;
  /** The status of one rule here, as `rules[id]` (undefined when not assessed or not in the catalogue). */
  status(rule: string): RuleStatus | undefined;
};

/** A batch summary whose facilities are read one at a time, what the summary formats write from (SummaryBuilder.rows). */
export interface SummaryRows extends Omit<BatchSummary, "facilities"> {
  facilities: readonly FacilityRow[];
}

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

/** What a store gives back a row's packed text by: its compressed bytes, or where it put them. */
export type PackRef = Uint8Array | number;

/**
 * Where and how a builder keeps each row's packed text (the JSON of its failed findings and delegation rows): deflated
 * in memory by default, with fflate, which the web page bundles with this file; deflated by node:zlib into a
 * temporary file in a CLI batch (batch/spill.ts).
 */
export interface PackStore {
  put(text: string): PackRef;
  get(ref: PackRef): string;
}

// Measured on a generated batch, when the rule statuses were packed too: a facility's rules and kept failures (up
// to 100 findings of ~1 KB of two-byte Vietnamese and English text, cloned string by string from the worker) were
// ~14 KB as JSON, several times that as objects; deflated, ~3 KB. Level 1 packs within 6% of level 6.
export const PACK_LEVEL = 1;

const IN_MEMORY: PackStore = {
  // Raw DEFLATE of the UTF-8 text; fflate returns a buffer of its own, exactly the packed size.
  put: (text) => deflateSync(strToU8(text), { level: PACK_LEVEL }),
  get: (ref) => strFromU8(inflateSync(ref as Uint8Array)),
};

/**
 * Folds facility reports into the aggregate one at a time, keeping only a small row per facility, so a batch of
 * thousands never holds their findings: each row's failed findings and delegation rows are packed as JSON and
 * kept in `store`, deflated (see PackStore).
 */
export class SummaryBuilder {
  readonly #facilities: PackedRow[] = [];
  readonly #rules: RuleSummary[];
  /** Each catalogue rule's place in a row's statuses. */
  readonly #ruleIndex = new Map<string, number>();
  readonly #ruleById: Map<string, RuleSummary>;
  readonly #itemOf = new Map<string, string>();
  readonly #items = new Map<string, ItemSummary>();

  constructor(
    private readonly header: ReportHeader,
    catalog: Catalog,
    private readonly store: PackStore = IN_MEMORY,
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
    this.#rules.forEach((rule, index) => this.#ruleIndex.set(rule.id, index));
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
    const delegation = delegationOf(report);
    // The keys in FacilitySummary's order, the packed ones holding their place (full() fills them in where they
    // stand), so a row unpacked serializes byte for byte like the facility it was folded from.
    this.#facilities.push({
      file: report.file,
      ...(report.facility ? { code: report.facility.code, name: report.facility.name } : {}),
      outcome,
      counts,
      ...(worstSeverity ? { worstSeverity } : {}),
      rules: null,
      errorCount: report.errors.length,
      ...(report.errors[0] ? { firstError: report.errors[0] } : {}),
      failures: this.store.put(
        JSON.stringify({
          failures,
          ...(delegation.delegation?.length ? { delegation: delegation.delegation } : {}),
        } satisfies Packed),
      ),
      failuresOmitted,
      ...(delegation.delegation ? { delegation: null } : {}),
      ...(delegation.delegationOmitted ? { delegationOmitted: delegation.delegationOmitted } : {}),
      full: unpack,
      status: statusOf,
      statuses: this.#statuses(rules),
      ruleIndex: this.#ruleIndex,
      store: this.store,
    });
  }

  /** One letter per catalogue rule (STATUS_LETTER): a row's statuses in a short string, not an object of ~50 keys. */
  #statuses(rules: Record<string, RuleStatus>): string {
    const letters = Array<string>(this.#rules.length).fill(" ");
    for (const [id, status] of Object.entries(rules)) {
      const index = this.#ruleIndex.get(id);
      if (index !== undefined) letters[index] = STATUS_LETTER[status];
    }
    return letters.join("");
  }

  /** The summary with every facility in full: the library's value, for batches small enough to hold. */
  build(registry?: Registry): BatchSummary {
    const { facilities, ...rest } = this.rows(registry);
    const { header, totals, after } = splitAtFacilities(rest);
    return { ...header, totals, facilities: facilities.map((facility) => facility.full()), ...after };
  }

  /** The summary with compact facility rows, each unpacked when a format reaches it: what a batch is written from. */
  rows(registry?: Registry): SummaryRows {
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

/** The keys of a summary before its facilities (the run's header and the totals) and after them, in order. */
function splitAtFacilities(summary: Omit<SummaryRows, "facilities">) {
  const { totals, rules, items, expected, ...header } = summary;
  return { header, totals, after: { rules, items, ...(expected ? { expected } : {}) } };
}

/** A whole summary read as rows (each row's full() is the facility itself): the pure formats' way into the streamed ones. */
export function summaryRows(summary: BatchSummary): SummaryRows {
  return {
    ...summary,
    facilities: summary.facilities.map((facility) => ({
      ...facility,
      full: () => facility,
      status: (rule: string) => facility.rules[rule],
    })),
  };
}

/**
 * A row as the builder stores it: the rule statuses as letters, one per catalogue rule (full() spells them out as
 * `rules` again), and the failed findings and delegation rows packed in one buffer, kept in `store` and held under
 * `failures` as what the store gives it back by (`rules` and `delegation` keep their places as null).
 */
type PackedRow = Omit<FacilitySummary, "failures" | "delegation" | "rules"> & {
  rules: null;
  failures: PackRef;
  delegation?: null;
  full(this: PackedRow): FacilitySummary;
  status(this: PackedRow, rule: string): RuleStatus | undefined;
  statuses: string;
  ruleIndex: ReadonlyMap<string, number>;
  store: PackStore;
};

// A dictionary of ~50 rule ids per facility takes ~3 KB of heap; a string of one letter per rule, ~50 bytes.
const STATUS_LETTER: Record<RuleStatus, string> = { fail: "f", waived: "w", pass: "p", not_applicable: "n" };
const LETTER_STATUS = Object.fromEntries(RULE_STATUSES.map((status) => [STATUS_LETTER[status], status])) as Record<
  string,
  RuleStatus
>;

function statusOf(this: PackedRow, rule: string): RuleStatus | undefined {
  const index = this.ruleIndex.get(rule);
  return index === undefined ? undefined : LETTER_STATUS[this.statuses[index]!];
}

interface Packed {
  failures: FailureSummary[];
  delegation?: DelegationRow[];
}

function unpack(this: PackedRow): FacilitySummary {
  // The methods are dropped here, never called unbound.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { full: _full, status: _status, statuses, ruleIndex, store, ...row } = this;
  const packed = JSON.parse(store.get(row.failures)) as Packed;
  // The statuses in catalogue order, the order the report listed its rules in (report/build.ts).
  const rules: Record<string, RuleStatus> = {};
  for (const [id, index] of ruleIndex) {
    const status = LETTER_STATUS[statuses[index]!];
    if (status) rules[id] = status;
  }
  // Spread first, then the packed keys: an object literal redefining a key keeps it where the spread put it.
  return {
    ...row,
    rules,
    failures: packed.failures,
    ...(row.delegation === null ? { delegation: packed.delegation ?? [] } : {}),
  } as FacilitySummary;
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
function compareWithRegistry(facilities: FacilityRow[], registry: Registry): ExpectedSummary {
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
function byOutcomeThenCode(a: FacilityRow, b: FacilityRow): number {
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
export function summaryExitCode(summary: BatchSummary | SummaryRows, failOn: FailOn = "low"): 0 | 1 | 2 {
  if (summary.totals.notAssessed > 0) return 2;
  return summary.facilities.some((facility) => facility.worstSeverity !== undefined && reaches(facility.worstSeverity, failOn))
    ? 1
    : 0;
}
