import type { DelegationRow } from "./delegation.js";
import type { Bilingual, Location } from "../errors.js";
import type { RuleStatus } from "../engine/policy.js";
import type { Basis } from "../profile/basis.js";

export type { RuleStatus };

/** Severities, most severe first: the one list every ranking, filter and fail-on threshold uses. */
export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rule statuses in the order every output lists them. */
export const RULE_STATUSES: readonly RuleStatus[] = ["fail", "waived", "pass", "not_applicable"];

/** The one model every output format reads. */
export interface Report {
  tool: { name: string; version: string; opa: string; policySha256: string };
  asOf: string;
  timeZone: string;
  profile: { name: string; source: string; params: Record<string, unknown>; bases?: Record<string, Basis> };
  /** Opt-in rule packs evaluated besides the default pack (from --pack and the profile). */
  packs?: string[];
  facilities: FacilityReport[];
  summary: Summary;
}

export interface FacilityReport {
  file: string;
  facility?: { code: string; name: string };
  /** Input or engine errors. When present the facility was not assessed and has no rule results. */
  errors: ReportError[];
  rules: RuleResult[];
  /** Notes about the input that are neither errors nor findings, e.g. that it uses the deprecated format v1. */
  notices?: ReportNotice[];
  /** With a roles catalogue: each active account's holder, roles and permissions (src/report/delegation.ts). */
  delegation?: DelegationRow[];
}

export interface ReportNotice {
  location: Location;
  message: Bilingual;
}

export interface ReportError {
  kind: "input" | "engine";
  location: Location;
  message: Bilingual;
}

export interface DirectiveReference {
  id: string;
  number: string;
  issuer: string;
  date: string;
  item: string;
}

export interface RuleResult {
  id: string;
  status: RuleStatus;
  severity: Severity;
  title: Bilingual;
  directive: DirectiveReference;
  clause: string;
  remediation: Bilingual;
  findings: Finding[];
  /** Set by --baseline when the rule fails only on findings the baseline already knew: it does not fail the run. */
  baselined?: true;
}

export interface Finding {
  status: RuleStatus;
  target: string;
  pointer: string;
  location: Location;
  message: Bilingual;
  waiver?: Record<string, unknown>;
  /** Set by --baseline on a failure the baseline report already had (matched on rule, facility, target). */
  baselined?: true;
}

export interface Summary {
  facilities: number;
  facilitiesWithErrors: number;
  rules: Record<RuleStatus, number>;
  /** With --baseline: how many of the failing rules fail only on known findings (counted in rules.fail too). */
  baselined?: number;
}
