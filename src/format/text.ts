import { describeLocation } from "../errors.js";
import type { FacilityReport, Report, RuleResult, RuleStatus } from "../report/model.js";
import { textLines } from "./escape.js";
import type { FormatOptions } from "./index.js";

const LABELS: Record<RuleStatus, { mark: string; vi: string; en: string }> = {
  fail: { mark: "✗", vi: "KHÔNG ĐẠT", en: "FAIL" },
  waived: { mark: "~", vi: "MIỄN TRỪ", en: "WAIVED" },
  pass: { mark: "✓", vi: "ĐẠT", en: "PASS" },
  not_applicable: { mark: "-", vi: "KHÔNG ÁP DỤNG", en: "N/A" },
};

const WORDS = {
  vi: { asOf: "ngày đánh giá", profile: "hồ sơ", notAssessed: "không đánh giá được", error: "LỖI", summary: "Tổng hợp", facilities: "cơ sở", item: "mục", waivedBy: "miễn trừ bởi", until: "đến" },
  en: { asOf: "as of", profile: "profile", notAssessed: "not assessed", error: "ERROR", summary: "Summary", facilities: "facilities", item: "item", waivedBy: "waived by", until: "until" },
};

/** Human-readable report for a terminal, grouped by facility then directive. */
export function formatText(report: Report, { lang }: FormatOptions): string {
  const words = WORDS[lang];
  const lines = [
    `${report.tool.name} ${report.tool.version} · ${words.asOf} ${report.asOf} (${report.timeZone}) · ${words.profile} ${report.profile.name}`,
  ];
  for (const facility of report.facilities) lines.push("", ...facilityLines(facility, lang));
  const counts = report.summary.rules;
  lines.push(
    "",
    `${words.summary}: ${report.summary.facilities} ${words.facilities}` +
      (report.summary.facilitiesWithErrors ? ` (${report.summary.facilitiesWithErrors} ${words.notAssessed})` : "") +
      ` · ${(Object.keys(LABELS) as RuleStatus[]).map((status) => `${counts[status]} ${LABELS[status][lang]}`).join(" · ")}` +
      (report.summary.baselined ? ` (${report.summary.baselined} ${lang === "vi" ? "đã có trong báo cáo mốc" : "baselined"})` : ""),
  );
  return textLines(lines);
}

function facilityLines(facility: FacilityReport, lang: "vi" | "en"): string[] {
  const words = WORDS[lang];
  const name = facility.facility ? ` — ${facility.facility.code} ${facility.facility.name}` : "";
  if (facility.errors.length > 0) {
    return [
      `${facility.file}${name} — ${words.notAssessed}`,
      ...facility.errors.map((error) => `  ✗ ${words.error}  ${describeLocation(error.location)}  ${error.message[lang]}`),
    ];
  }
  const lines = [`${facility.file}${name}`];
  let directive = "";
  for (const rule of facility.rules) {
    if (rule.directive.id !== directive) {
      directive = rule.directive.id;
      lines.push(`  ${rule.directive.number} (${rule.directive.issuer}, ${rule.directive.date})`);
    }
    lines.push(...ruleLines(rule, lang));
  }
  return lines;
}

function ruleLines(rule: RuleResult, lang: "vi" | "en"): string[] {
  const words = WORDS[lang];
  const label = LABELS[rule.status];
  const lines = [`    ${label.mark} ${label[lang].padEnd(13)} ${rule.severity.padEnd(8)} ${rule.id}  ${rule.title[lang]} [${words.item} ${rule.directive.item}]`];
  const shown = rule.findings.filter((finding) => finding.status === rule.status && rule.status !== "pass");
  for (const finding of shown) {
    const where = describeLocation(finding.location);
    const known = finding.baselined ? (lang === "vi" ? " (đã có trong báo cáo mốc)" : " (baselined)") : "";
    lines.push(`        ${where}  ${finding.message[lang]}${known}`);
    if (finding.waiver) {
      lines.push(`          ${words.waivedBy} ${String(finding.waiver.approvedBy)} ${words.until} ${String(finding.waiver.expiresOn)}: ${String(finding.waiver.reason)}`);
    }
  }
  if (rule.status === "fail") lines.push(`        → ${rule.remediation[lang]}`);
  return lines;
}
