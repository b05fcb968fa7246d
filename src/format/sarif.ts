import { createHash } from "node:crypto";
import { posix } from "node:path";
import type { Location } from "../errors.js";
import type { Finding, Report, RuleResult, Severity } from "../report/model.js";
import type { FormatOptions } from "./index.js";
import { directiveHeading, itemLabel } from "./locale.js";

// Only properties that GitHub code scanning documents as read are emitted; everything else would be dropped
// on upload. Descriptors carry the directive text so an alert explains itself without the catalog.

const SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
/** Where a reader of the log learns about the tool (SARIF toolComponent.informationUri). */
const INFORMATION_URI = "https://www.npmjs.com/package/kcb-compliance";

/** GitHub maps security-severity scores to critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
};

/** Facilities that could not be assessed are reported under this id, so a broken config is never silent. */
const NOT_ASSESSED_ID = "kcb.not_assessed";

interface Descriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: "error" | "warning" | "note" };
  help: { text: string; markdown?: string };
  properties: { tags: string[]; precision: string; "security-severity"?: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: "error" | "warning" | "note";
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: Region } }[];
  partialFingerprints: { primaryLocationLineHash: string };
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn?: number;
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one descriptor per rule, one result per failing finding. Waived
 * findings are left out (GitHub reads no suppression data, and an approved exception is not an alert).
 */
export function formatSarif(report: Report, { lang, root }: FormatOptions): string {
  const uri = (file: string) => fileUri(file, root);
  const rules = ruleHeaders(report);
  const descriptors: Descriptor[] = rules.map((rule) => descriptor(rule));
  const hasErrors = report.facilities.some((facility) => facility.errors.length > 0);
  if (hasErrors) descriptors.push(notAssessedDescriptor());
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const results: SarifResult[] = [];
  const seen = new Map<string, number>();
  for (const facility of [...report.facilities].sort((a, b) => compare(a.file, b.file))) {
    for (const error of facility.errors) {
      results.push(
        result(
          NOT_ASSESSED_ID,
          index,
          "error",
          error.message[lang],
          error.location,
          fingerprint(seen, NOT_ASSESSED_ID, facility.file, error.message.en),
          uri,
        ),
      );
    }
    for (const rule of facility.rules) {
      for (const finding of reportable(rule)) {
        results.push(
          result(
            rule.id,
            index,
            LEVEL[rule.severity],
            findingText(finding, lang),
            finding.location,
            fingerprint(seen, rule.id, facility.file, finding.target),
            uri,
          ),
        );
      }
    }
  }
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: descriptors,
          },
        },
        results,
        ...invocations(report, uri),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Every rule that was evaluated, once, in id order (the same catalog rules for every assessed facility). */
function ruleHeaders(report: Report): RuleResult[] {
  const byId = new Map<string, RuleResult>();
  for (const facility of report.facilities) for (const rule of facility.rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return [...byId.values()].sort((a, b) => compare(a.id, b.id));
}

function reportable(rule: RuleResult): Finding[] {
  return rule.findings
    .filter((finding) => finding.status === "fail")
    .sort((a, b) => compare(a.target, b.target) || compare(a.pointer, b.pointer));
}

function descriptor(rule: RuleResult): Descriptor {
  const { directive } = rule;
  const reference = `${directiveHeading(directive, "en")}, ${itemLabel(directive.item, "en")}`;
  const helpText = [
    `${reference}:`,
    `“${rule.clause}”`,
    "",
    `Khắc phục: ${rule.remediation.vi}`,
    `Remediation: ${rule.remediation.en}`,
  ].join("\n");
  const helpMarkdown = [
    `**${reference}**`,
    "",
    `> ${rule.clause}`,
    "",
    `**Khắc phục:** ${rule.remediation.vi}`,
    "",
    `**Remediation:** ${rule.remediation.en}`,
  ].join("\n");
  return {
    id: rule.id,
    name: rule.id.slice(rule.id.indexOf(".") + 1),
    shortDescription: { text: rule.title.en },
    fullDescription: { text: `${rule.title.en} — ${rule.title.vi}. ${reference}.` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    help: { text: helpText, markdown: helpMarkdown },
    properties: {
      tags: ["security", "compliance", directive.number, `${directive.number} item ${directive.item}`],
      precision: "very-high",
      "security-severity": SECURITY_SEVERITY[rule.severity],
    },
  };
}

function notAssessedDescriptor(): Descriptor {
  return {
    id: NOT_ASSESSED_ID,
    name: "not_assessed",
    shortDescription: { text: "The configuration could not be assessed" },
    fullDescription: {
      text: "The file could not be read, parsed or validated against the facility schema, so no rule was evaluated.",
    },
    defaultConfiguration: { level: "error" },
    help: { text: "Sửa tệp cấu hình theo thông báo lỗi rồi chạy lại.\nFix the configuration as the message says and run again." },
    properties: { tags: ["compliance"], precision: "very-high" },
  };
}

function result(
  ruleId: string,
  index: Map<string, number>,
  level: SarifResult["level"],
  text: string,
  location: Location,
  hash: string,
  uri: (file: string) => string,
): SarifResult {
  return {
    ruleId,
    ruleIndex: index.get(ruleId) ?? 0,
    level,
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(location.file) },
          region: region(location),
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: hash },
  };
}

/** Notices (e.g. a deprecated format) are tool notifications, not alerts: GitHub shows no code-scanning result. */
function invocations(report: Report, uri: (file: string) => string): { invocations?: object[] } {
  const notifications = report.facilities.flatMap((facility) =>
    (facility.notices ?? []).map((notice) => ({
      level: "note",
      message: { text: notice.message.en },
      locations: [
        { physicalLocation: { artifactLocation: { uri: uri(notice.location.file) }, region: region(notice.location) } },
      ],
    })),
  );
  return notifications.length === 0
    ? {}
    : { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] };
}

/** The config's exact region when known (values); a point otherwise (e.g. a syntax error). */
function region(location: Location): Region {
  const startLine = Math.max(1, location.line);
  const startColumn = Math.max(1, location.column);
  if (location.endLine === undefined || location.endColumn === undefined) return { startLine, startColumn, endLine: startLine };
  return { startLine, startColumn, endLine: Math.max(startLine, location.endLine), endColumn: Math.max(1, location.endColumn) };
}

function findingText(finding: Finding, lang: "vi" | "en"): string {
  return finding.baselined ? `${finding.message[lang]} (baselined)` : finding.message[lang];
}

/**
 * Hash of rule, file and the finding's stable target (not its line), so an edit above a finding does not
 * reopen the alert; the counter tells apart findings that share all three, like GitHub's own fingerprints.
 */
function fingerprint(seen: Map<string, number>, ruleId: string, file: string, content: string): string {
  const hash = createHash("sha256").update(`${ruleId}\0${file}\0${content}`).digest("hex").slice(0, 16);
  const count = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, count);
  return `${hash}:${count}`;
}

/**
 * Paths inside `root` (the checkout) become relative URIs, which GitHub resolves against the checkout; others
 * become file: URIs. Either way without `.` or `..` segments (SARIF1002: such a URI names a file ambiguously).
 */
function fileUri(file: string, root: string | undefined): string {
  const slashed = (path: string) => path.replaceAll("\\", "/");
  const isAbsolute = (path: string) => path.startsWith("/") || /^[A-Za-z]:\//.test(path);
  const path = slashed(file);
  const base = root === undefined ? undefined : slashed(root);
  const absolute = isAbsolute(path)
    ? posix.normalize(path)
    : base !== undefined && isAbsolute(base)
      ? posix.join(base, path)
      : undefined;
  if (absolute === undefined) return encodePath(posix.normalize(path).replace(/^(\.\/)+/, ""));
  if (base !== undefined) {
    const relative = posix.relative(posix.normalize(base), absolute);
    if (relative !== "" && !relative.startsWith("../") && relative !== ".." && !isAbsolute(relative)) return encodePath(relative);
  }
  const encoded = encodePath(absolute);
  return /^[A-Za-z]:\//.test(absolute) ? `file:///${encoded.replace("%3A", ":")}` : `file://${encoded}`;
}

function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
