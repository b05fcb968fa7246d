import type { FacilityReport, Finding, Report, RuleResult } from "../report/model.js";
import type { FormatOptions } from "./index.js";

/**
 * JUnit XML (the Surefire dialect GitLab, Jenkins and Azure DevOps read): one testsuite per facility, one
 * testcase per rule. fail → <failure>, not_applicable / waived / fail only on baselined findings → <skipped>,
 * a facility that could not be assessed → one <error> testcase.
 */
export function formatJunit(report: Report, { lang }: FormatOptions): string {
  const facilities = [...report.facilities].sort((a, b) => compare(a.file, b.file));
  const suites = facilities.map((facility) => suite(facility, lang));
  const total = totals(suites.map((s) => s.counts));
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="${attr(`${report.tool.name} ${report.tool.version}`)}" ${countAttrs(total)}>`,
    ...suites.flatMap((s) => s.lines),
    `</testsuites>`,
  ];
  return `${lines.join("\n")}\n`;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function suite(facility: FacilityReport, lang: "vi" | "en"): { counts: Counts; lines: string[] } {
  const name = facility.facility ? `${facility.facility.code} ${facility.facility.name}` : facility.file;
  const classname = facility.facility?.code ?? facility.file;
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const body: string[] = [];
  if (facility.errors.length > 0) {
    counts.tests = 1;
    counts.errors = 1;
    const first = facility.errors[0]!;
    const details = facility.errors
      .map((e) => `${e.location.file}:${e.location.line}:${e.location.column} ${e.message[lang]}`)
      .join("\n");
    body.push(
      `    <testcase classname="${attr(classname)}" name="not assessed" file="${attr(first.location.file)}" line="${first.location.line}">`,
      `      <error type="${first.kind}" message="${attr(first.message[lang])}">${text(details)}</error>`,
      `    </testcase>`,
    );
  }
  for (const rule of [...facility.rules].sort((a, b) => compare(a.id, b.id))) {
    counts.tests += 1;
    body.push(...testcase(rule, classname, counts, lang));
  }
  const lines = [
    `  <testsuite name="${attr(name)}" ${countAttrs(counts)} file="${attr(facility.file)}">`,
    ...body,
    `  </testsuite>`,
  ];
  return { counts, lines };
}

function testcase(rule: RuleResult, classname: string, counts: Counts, lang: "vi" | "en"): string[] {
  const failures = rule.findings.filter((f) => f.status === "fail");
  const anchor = failures[0] ?? rule.findings[0];
  const where = anchor ? ` file="${attr(anchor.location.file)}" line="${anchor.location.line}"` : "";
  const open = `    <testcase classname="${attr(classname)}" name="${attr(`${rule.id}: ${rule.title[lang]}`)}"${where}>`;
  const reference = `${rule.directive.number}, item ${rule.directive.item}`;
  if (rule.status === "fail" && !rule.baselined) {
    counts.failures += 1;
    const details = [
      ...failures.filter((f) => !f.baselined).map((f) => findingLine(f, lang)),
      "",
      `${reference}: ${rule.clause}`,
      `→ ${rule.remediation[lang]}`,
    ];
    const message = `${rule.severity}: ${failures.find((f) => !f.baselined)?.message[lang] ?? rule.title[lang]}`;
    return [
      open,
      `      <failure type="${attr(rule.severity)}" message="${attr(message)}">${text(details.join("\n"))}</failure>`,
      `    </testcase>`,
    ];
  }
  if (rule.status === "pass") return [open.replace(/>$/, " />")];
  counts.skipped += 1;
  return [open, `      <skipped message="${attr(skipReason(rule, lang))}" />`, `    </testcase>`];
}

function skipReason(rule: RuleResult, lang: "vi" | "en"): string {
  if (rule.status === "fail")
    return `baselined: ${rule.findings
      .filter((f) => f.status === "fail")
      .map((f) => f.message[lang])
      .join(" ")}`;
  if (rule.status === "waived") {
    const waived = rule.findings.filter((f) => f.status === "waived");
    return `waived: ${waived.map((f) => `${f.message[lang]} (${String(f.waiver?.approvedBy ?? "")}, ${String(f.waiver?.expiresOn ?? "")})`).join(" ")}`;
  }
  return `not applicable: ${rule.findings.map((f) => f.message[lang]).join(" ")}`;
}

function findingLine(finding: Finding, lang: "vi" | "en"): string {
  return `${finding.location.file}:${finding.location.line}:${finding.location.column} ${finding.message[lang]}`;
}

function totals(all: Counts[]): Counts {
  return all.reduce(
    (sum, c) => ({
      tests: sum.tests + c.tests,
      failures: sum.failures + c.failures,
      errors: sum.errors + c.errors,
      skipped: sum.skipped + c.skipped,
    }),
    {
      tests: 0,
      failures: 0,
      errors: 0,
      skipped: 0,
    },
  );
}

function countAttrs(c: Counts): string {
  return `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}"`;
}

// XML 1.0 cannot carry most C0 controls even as character references, so they are dropped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function text(value: string): string {
  return value.replace(INVALID_XML, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Attribute values: also quotes, and line breaks as references so parsers do not normalise them to spaces. */
function attr(value: string): string {
  return text(value)
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;")
    .replaceAll("\n", "&#10;")
    .replaceAll("\r", "&#13;")
    .replaceAll("\t", "&#9;");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
