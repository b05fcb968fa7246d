import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);

// src/report/model.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
var RULE_STATUSES = ["fail", "waived", "pass", "not_applicable"];

// src/report/fail-on.ts
var FAIL_ON_LEVELS = [...SEVERITIES, "none"];
function reaches(severity, failOn) {
  return failOn !== "none" && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}
function blocks(rule, failOn) {
  return rule.status === "fail" && !rule.baselined && reaches(rule.severity, failOn);
}
function blockingRules(report, failOn) {
  return report.facilities.reduce((sum, facility) => sum + facility.rules.filter((rule) => blocks(rule, failOn)).length, 0);
}

export {
  SEVERITIES,
  RULE_STATUSES,
  FAIL_ON_LEVELS,
  reaches,
  blocks,
  blockingRules
};
