import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);

// src/report/model.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
var RULE_STATUSES = ["fail", "waived", "pass", "not_applicable"];

export {
  SEVERITIES,
  RULE_STATUSES
};
