// `kcb-compliance/testing`: assertions for vendors' own test suites (vitest or jest), after ESLint's RuleTester:
// a failing assertion prints the rule's findings, where they are, and the remediation, not "expected 'fail'".
import { UsageError } from "./errors.js";
import { RULE_IDS, type RuleId } from "./generated/rule-ids.js";
import type { FacilityReport, Finding, Report, RuleResult } from "./report/model.js";

export { RULE_IDS, type RuleId };
export { check, checkConfig, checkSource, type CheckOptions } from "./check.js";

/** What `toFailRule` may also require of a failing finding: its target (e.g. an account id) and JSON pointer. */
export interface ExpectedFailure {
  target?: string;
  pointer?: string;
}

/** The matchers' types, to merge into your test framework's assertion type (see the README). */
export interface KcbMatchers<R = unknown> {
  /** The rule passes for every facility in the report. */
  toPassRule(id: RuleId): R;
  /** The rule fails for a facility, with a failing finding on `target` / at `pointer` when given. */
  toFailRule(id: RuleId, expected?: ExpectedFailure): R;
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** The subset of the matcher context (`this`) that vitest and jest both give. */
interface MatcherContext {
  isNot?: boolean;
}

/** Pass to `expect.extend(kcbMatchers)` (vitest or jest). */
export const kcbMatchers = {
  toPassRule(this: MatcherContext, received: unknown, id: RuleId): MatcherResult {
    const results = ruleResults(received, id);
    const pass = results.length > 0 && results.every(({ rule }) => rule?.status === "pass");
    return { pass, message: () => describe(`expected rule ${id} ${this.isNot ? "not " : ""}to pass`, results) };
  },

  toFailRule(this: MatcherContext, received: unknown, id: RuleId, expected: ExpectedFailure = {}): MatcherResult {
    const results = ruleResults(received, id);
    const matches = (finding: Finding) =>
      finding.status === "fail" &&
      (expected.target === undefined || finding.target === expected.target) &&
      (expected.pointer === undefined || finding.pointer === expected.pointer);
    const pass = results.some(({ rule }) => rule?.status === "fail" && rule.findings.some(matches));
    const wanted = [expected.target && `target "${expected.target}"`, expected.pointer && `pointer ${expected.pointer}`]
      .filter(Boolean)
      .join(" and ");
    return {
      pass,
      message: () => describe(`expected rule ${id} ${this.isNot ? "not " : ""}to fail${wanted ? ` on ${wanted}` : ""}`, results),
    };
  },
};

/** The rule's result in each facility of a report (or of one facility report); misuse throws. */
function ruleResults(received: unknown, id: string): Array<{ facility: FacilityReport; rule?: RuleResult }> {
  if (!(RULE_IDS as readonly string[]).includes(id)) {
    throw new UsageError("id", {
      en: `"${id}" is not a rule id (see kcb rules).`,
      vi: `"${id}" không phải mã quy tắc (xem kcb rules).`,
    });
  }
  const facilities = facilitiesOf(received);
  return facilities.map((facility) => ({ facility, rule: facility.rules.find((rule) => rule.id === id) }));
}

function facilitiesOf(received: unknown): FacilityReport[] {
  const value = received as Partial<Report & FacilityReport> | null;
  if (value && Array.isArray(value.facilities)) return value.facilities;
  if (value && Array.isArray(value.rules) && Array.isArray(value.errors)) return [value as FacilityReport];
  throw new UsageError("received", {
    en: "expected a report from check, checkSource or checkConfig (await it), or one of its facilities.",
    vi: "cần báo cáo từ check, checkSource hoặc checkConfig (nhớ await), hoặc một cơ sở của báo cáo.",
  });
}

/** The assertion, then per facility: why it was not assessed, or the rule's status, findings and remediation. */
function describe(headline: string, results: Array<{ facility: FacilityReport; rule?: RuleResult }>): string {
  const lines = [headline];
  if (results.length === 0) lines.push("  (the report has no facility)");
  for (const { facility, rule } of results) {
    lines.push(`  ${facility.file}${facility.facility ? ` (${facility.facility.code} ${facility.facility.name})` : ""}:`);
    if (facility.errors.length > 0) {
      lines.push("    not assessed:");
      for (const error of facility.errors)
        lines.push(`      ${error.location.file}:${error.location.line}:${error.location.column} ${error.message.en}`);
      continue;
    }
    if (!rule) {
      lines.push("    the rule has no result");
      continue;
    }
    lines.push(`    ${rule.id}: ${rule.status} (${rule.severity}) · ${rule.title.en}`);
    for (const finding of rule.findings) {
      lines.push(
        `      ${finding.status} ${finding.target} at ${finding.pointer} (${finding.location.file}:${finding.location.line}): ${finding.message.en}`,
      );
    }
    if (rule.status === "fail") lines.push(`    remediation: ${rule.remediation.en}`);
  }
  return lines.join("\n");
}
