import { DEFAULT_LIMITS } from "../load/limits.js";
import { readInputFile } from "../load/read-file.js";
import { InputError } from "../errors.js";
import type { FacilityReport, Report, RuleResult } from "./model.js";

/** The failures a previous `--format json` report knew, as stable keys (rule, facility, target). */
export type Baseline = ReadonlySet<string>;

/**
 * Keys do not contain line numbers or JSON pointers, so an edit elsewhere in the file (or a reordered
 * list) does not turn a known failure into a new one. A facility without a readable code is keyed by file.
 */
function baselineKey(facility: Pick<FacilityReport, "file" | "facility">, ruleId: string, target: string): string {
  return JSON.stringify([ruleId, facility.facility?.code ?? `file:${facility.file}`, target]);
}

export function baselineFromReport(previous: Report): Baseline {
  const keys = new Set<string>();
  for (const facility of previous.facilities) {
    for (const rule of facility.rules) {
      for (const finding of rule.findings) {
        if (finding.status === "fail") keys.add(baselineKey(facility, rule.id, finding.target));
      }
    }
  }
  return keys;
}

/** Reads a previous `kcb check --format json` report; anything else is an input error (exit 2). */
export function loadBaseline(file: string): Baseline {
  const fail = (en: string, vi: string): never => {
    throw new InputError({ file, line: 1, column: 1 }, { en, vi });
  };
  const text = readInputFile(file, DEFAULT_LIMITS.maxReportBytes, "limits.maxReportBytes").toString("utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // JSON.parse's message quotes the text around the mistake, which may be anything: only its position is kept.
    const at = /position \d+/u.exec((error as Error).message)?.[0] ?? "";
    fail(`The baseline is not JSON (${at}).`, `Báo cáo mốc không phải JSON (${at}).`);
  }
  if (!isReport(parsed)) {
    fail(
      "The baseline is not a kcb report: expected the output of `kcb check --format json`.",
      "Báo cáo mốc không đúng định dạng: cần kết quả của `kcb check --format json`.",
    );
  }
  return baselineFromReport(parsed as Report);
}

function isReport(value: unknown): boolean {
  const facilities = (value as { facilities?: unknown } | null)?.facilities;
  if (!Array.isArray(facilities)) return false;
  return facilities.every((facility: { file?: unknown; rules?: unknown }) => {
    if (typeof facility?.file !== "string" || !Array.isArray(facility.rules)) return false;
    return facility.rules.every(
      (rule: { id?: unknown; findings?: unknown }) =>
        typeof rule?.id === "string" &&
        Array.isArray(rule.findings) &&
        rule.findings.every(
          (finding: { status?: unknown; target?: unknown }) =>
            typeof finding?.status === "string" && typeof finding.target === "string",
        ),
    );
  });
}

/**
 * Marks the failures the baseline already knew. Statuses stay what the policy said (a known failure is
 * still a failure); only the exit code changes: a rule whose every failure is known no longer fails the run.
 */
export function applyBaseline(report: Report, baseline: Baseline): Report {
  let baselinedRules = 0;
  const facilities = report.facilities.map((facility) => {
    const marked = baselineFacility(facility, baseline);
    baselinedRules += marked.baselinedRules;
    return marked.facility;
  });
  return { ...report, facilities, summary: { ...report.summary, baselined: baselinedRules } };
}

/** One facility's failures marked as applyBaseline does, and how many of its failing rules are only known ones. */
export function baselineFacility(
  facility: FacilityReport,
  baseline: Baseline,
): { facility: FacilityReport; baselinedRules: number } {
  let baselinedRules = 0;
  const rules = facility.rules.map((rule): RuleResult => {
    const findings = rule.findings.map((finding) =>
      finding.status === "fail" && baseline.has(baselineKey(facility, rule.id, finding.target))
        ? { ...finding, baselined: true as const }
        : finding,
    );
    const failures = findings.filter((finding) => finding.status === "fail");
    const onlyKnown = rule.status === "fail" && failures.length > 0 && failures.every((finding) => finding.baselined);
    if (onlyKnown) baselinedRules += 1;
    return { ...rule, findings, ...(onlyKnown ? { baselined: true as const } : {}) };
  });
  return { facility: { ...facility, rules }, baselinedRules };
}
