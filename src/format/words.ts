import type { FacilityReport, Report, RuleResult, RuleStatus, Severity } from "../report/model.js";

/** Status words and order shared by the document formats (markdown, html). Order: what needs action first. */
export { RULE_STATUSES as STATUS_ORDER, SEVERITIES as SEVERITY_ORDER } from "../report/model.js";

export const STATUS_LABELS: Record<RuleStatus, { mark: string; vi: string; en: string }> = {
  fail: { mark: "✗", vi: "Không đạt", en: "Fail" },
  waived: { mark: "~", vi: "Miễn trừ", en: "Waived" },
  pass: { mark: "✓", vi: "Đạt", en: "Pass" },
  not_applicable: { mark: "–", vi: "Không áp dụng", en: "N/A" },
};

export const SEVERITY_LABELS: Record<Severity, { vi: string; en: string }> = {
  critical: { vi: "nghiêm trọng", en: "critical" },
  high: { vi: "cao", en: "high" },
  medium: { vi: "trung bình", en: "medium" },
  low: { vi: "thấp", en: "low" },
};

export interface DirectiveRow {
  id: string;
  number: string;
  issuer: string;
  date: string;
  /** One entry per catalog rule of this directive, in catalog order, with how many facilities got each status. */
  rules: Array<{ rule: RuleResult; counts: Record<RuleStatus, number> }>;
  counts: Record<RuleStatus, number>;
}

/** Rule results of every assessed facility folded per directive and rule (rules keep catalog order). */
export function directiveRows(report: Report): DirectiveRow[] {
  const directives = new Map<string, DirectiveRow>();
  for (const facility of report.facilities) {
    for (const rule of facility.rules) {
      let directive = directives.get(rule.directive.id);
      if (!directive) {
        directive = { ...rule.directive, rules: [], counts: zeroCounts() };
        directives.set(rule.directive.id, directive);
      }
      let row = directive.rules.find((entry) => entry.rule.id === rule.id);
      if (!row) {
        row = { rule, counts: zeroCounts() };
        directive.rules.push(row);
      }
      row.counts[rule.status] += 1;
      directive.counts[rule.status] += 1;
    }
  }
  return [...directives.values()];
}

export function zeroCounts(): Record<RuleStatus, number> {
  return { fail: 0, waived: 0, pass: 0, not_applicable: 0 };
}

export function facilityName(facility: FacilityReport): string {
  return facility.facility ? `${facility.facility.code} ${facility.facility.name}` : facility.file;
}
