import { styleText } from "node:util";
import { describeLocation } from "../errors.js";
import type { FacilityReport, Report, RuleResult, RuleStatus } from "../report/model.js";
import { textLines } from "./escape.js";
import type { FormatOptions } from "./index.js";

type Style = Parameters<typeof styleText>[0];
const STATUS_STYLES: Record<RuleStatus, Style> = { fail: ["bold", "red"], waived: "yellow", pass: "green", not_applicable: "dim" };

const LABELS: Record<RuleStatus, { mark: string; vi: string; en: string }> = {
  fail: { mark: "✗", vi: "KHÔNG ĐẠT", en: "FAIL" },
  waived: { mark: "~", vi: "MIỄN TRỪ", en: "WAIVED" },
  pass: { mark: "✓", vi: "ĐẠT", en: "PASS" },
  not_applicable: { mark: "-", vi: "KHÔNG ÁP DỤNG", en: "N/A" },
};

const WORDS = {
  vi: { asOf: "ngày đánh giá", profile: "hồ sơ", notAssessed: "không đánh giá được", error: "LỖI", notice: "LƯU Ý", summary: "Tổng hợp", facilities: "cơ sở", item: "mục", waivedBy: "miễn trừ bởi", until: "đến" },
  en: { asOf: "as of", profile: "profile", notAssessed: "not assessed", error: "ERROR", notice: "NOTICE", summary: "Summary", facilities: "facilities", item: "item", waivedBy: "waived by", until: "until" },
};

/** Human-readable report for a terminal, grouped by facility then directive. */
export function formatText(report: Report, { lang, quiet = false, color = false }: FormatOptions): string {
  const words = WORDS[lang];
  // validateStream: false — the caller decided; the format itself never looks at a stream or the environment.
  const paint: Paint = color ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text;
  const lines = [
    `${report.tool.name} ${report.tool.version} · ${words.asOf} ${report.asOf} (${report.timeZone}) · ${words.profile} ${report.profile.name}`,
  ];
  for (const facility of report.facilities) {
    const shown = facilityLines(facility, lang, quiet, paint);
    if (shown.length > 0) lines.push("", ...shown);
  }
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

type Paint = (style: Style, text: string) => string;

/** A facility's lines; with quiet, only its failing rules, and nothing when none fails. */
function facilityLines(facility: FacilityReport, lang: "vi" | "en", quiet: boolean, paint: Paint): string[] {
  const words = WORDS[lang];
  const name = facility.facility ? ` — ${facility.facility.code} ${facility.facility.name}` : "";
  const notices = (facility.notices ?? []).map((notice) => `  ! ${words.notice}  ${describeLocation(notice.location)}  ${notice.message[lang]}`);
  if (facility.errors.length > 0) {
    return [
      `${paint("bold", facility.file)}${name} — ${words.notAssessed}`,
      ...notices,
      ...facility.errors.map((error) => `  ${paint(["bold", "red"], `✗ ${words.error}`)}  ${describeLocation(error.location)}  ${error.message[lang]}`),
    ];
  }
  const rules = quiet ? facility.rules.filter((rule) => rule.status === "fail") : facility.rules;
  if (rules.length === 0 && quiet && notices.length === 0) return [];
  const lines = [`${paint("bold", facility.file)}${name}`, ...notices];
  let directive = "";
  for (const rule of rules) {
    if (rule.directive.id !== directive) {
      directive = rule.directive.id;
      lines.push(`  ${rule.directive.number} (${rule.directive.issuer}, ${rule.directive.date})`);
    }
    lines.push(...ruleLines(rule, lang, paint));
  }
  return lines;
}

function ruleLines(rule: RuleResult, lang: "vi" | "en", paint: Paint): string[] {
  const words = WORDS[lang];
  const label = LABELS[rule.status];
  const lines = [`    ${paint(STATUS_STYLES[rule.status], `${label.mark} ${label[lang].padEnd(13)}`)} ${rule.severity.padEnd(8)} ${rule.id}  ${rule.title[lang]} [${words.item} ${rule.directive.item}]`];
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
