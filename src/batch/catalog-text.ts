import { ruleHeader } from "../report/build.js";
import type { Catalog } from "../report/catalog.js";
import type { FacilityReport, RuleResult } from "../report/model.js";

/**
 * A rule's result as a worker sends it: without its catalog text (title, clause, remediation, directive), which is
 * the same in every facility's report — about 50 KB of each, copied across threads and back for nothing. A rule
 * whose text the report changed (a secret withheld from it, a cap) is sent whole.
 */
export type SentRule = RuleResult | Pick<RuleResult, "id" | "status" | "findings">;
export type SentFacility = Omit<FacilityReport, "rules"> & { rules: SentRule[] };

type Header = ReturnType<typeof ruleHeader>;

/** The catalog text of each rule, by id, as facilityReport puts it in a report. */
export function catalogHeaders(catalog: Catalog): Map<string, Header> {
  return new Map(catalog.rules.map((rule) => [rule.id, ruleHeader(rule, catalog)]));
}

/** The report with each rule's unchanged catalog text left out (worker side). */
export function withoutCatalogText(facility: FacilityReport, headers: Map<string, Header>): SentFacility {
  return {
    ...facility,
    rules: facility.rules.map((rule) => {
      const header = headers.get(rule.id);
      return header && sameText(rule, header) ? { id: rule.id, status: rule.status, findings: rule.findings } : rule;
    }),
  };
}

/** The report as the worker built it, catalog text put back (main thread side). */
export function withCatalogText(facility: SentFacility, headers: Map<string, Header>): FacilityReport {
  return {
    ...facility,
    rules: facility.rules.map((rule) => {
      if ("title" in rule) return rule;
      const header = headers.get(rule.id);
      if (!header) throw new Error(`rule ${rule.id} is not in the main thread's catalog`);
      return { ...header, status: rule.status, findings: rule.findings };
    }),
  };
}

function sameText(rule: RuleResult, header: Header): boolean {
  return (
    rule.severity === header.severity &&
    rule.clause === header.clause &&
    sameBilingual(rule.title, header.title) &&
    sameBilingual(rule.remediation, header.remediation) &&
    rule.directive.id === header.directive.id &&
    rule.directive.number === header.directive.number &&
    rule.directive.issuer === header.directive.issuer &&
    rule.directive.date === header.directive.date &&
    rule.directive.item === header.directive.item &&
    Object.keys(rule).length === Object.keys(header).length + 2
  );
}

function sameBilingual(a: { vi: string; en: string }, b: { vi: string; en: string }): boolean {
  return a.vi === b.vi && a.en === b.en;
}
