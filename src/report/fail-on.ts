import { SEVERITIES, type Report, type RuleResult, type Severity } from "./model.js";

/**
 * The lowest severity of a failing rule that fails the run (`kcb check --fail-on`, the Action's `fail-on`), or
 * none. One definition for both, so a CI run and a local run agree on what blocks.
 */
export const FAIL_ON_LEVELS = [...SEVERITIES, "none"] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** Whether a failing severity reaches the threshold. */
export function reaches(severity: Severity, failOn: FailOn): boolean {
  return failOn !== "none" && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}

/** A failure at or above fail-on that the baseline did not already know. */
export function blocks(rule: RuleResult, failOn: FailOn): boolean {
  return rule.status === "fail" && !rule.baselined && reaches(rule.severity, failOn);
}

/** How many rule results block the run. */
export function blockingRules(report: Report, failOn: FailOn): number {
  return report.facilities.reduce((sum, facility) => sum + facility.rules.filter((rule) => blocks(rule, failOn)).length, 0);
}
