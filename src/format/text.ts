import { styleText } from "node:util";
import { describeLocation } from "../errors.js";
import type { FacilityReport, Report, RuleResult, RuleStatus, Summary } from "../report/model.js";
import { textLines } from "./escape.js";
import type { FormatOptions } from "./index.js";
import { streamWhole, type ReportStream } from "./stream.js";
import { directiveHeading, displayDate, displayNumber, itemLabel, type Lang } from "./locale.js";
import { SEVERITY_LABELS } from "./words.js";

type Style = Parameters<typeof styleText>[0];
const STATUS_STYLES: Record<RuleStatus, Style> = {
  fail: ["bold", "red"],
  waived: "yellow",
  pass: "green",
  not_applicable: "dim",
};

const LABELS: Record<RuleStatus, { mark: string; vi: string; en: string }> = {
  fail: { mark: "✗", vi: "KHÔNG ĐẠT", en: "FAIL" },
  waived: { mark: "~", vi: "MIỄN TRỪ", en: "WAIVED" },
  pass: { mark: "✓", vi: "ĐẠT", en: "PASS" },
  not_applicable: { mark: "-", vi: "KHÔNG ÁP DỤNG", en: "N/A" },
};

const RULE_COUNTS: Record<RuleStatus, { vi: string; en: string }> = {
  fail: { vi: "quy tắc không đạt", en: "rule results failing" },
  waived: { vi: "miễn trừ", en: "waived" },
  pass: { vi: "đạt", en: "passing" },
  not_applicable: { vi: "không áp dụng", en: "not applicable" },
};

const WORDS = {
  vi: {
    asOf: "ngày đánh giá",
    profile: "bộ tham số",
    notAssessed: "không đánh giá được",
    error: "LỖI",
    notice: "LƯU Ý",
    summary: "Tổng hợp",
    facilities: "cơ sở",
    failing: "cơ sở không đạt",
    waivedBy: "miễn trừ bởi",
    until: "đến",
    baselined: "đã có trong báo cáo mốc",
  },
  en: {
    asOf: "as of",
    profile: "profile",
    notAssessed: "not assessed",
    error: "ERROR",
    notice: "NOTICE",
    summary: "Summary",
    facilities: "facilities",
    failing: "facilities failing",
    waivedBy: "waived by",
    until: "until",
    baselined: "baselined",
  },
};

/** Human-readable report for a terminal, grouped by facility then directive. */
export function formatText(report: Report, options: FormatOptions): string {
  return streamWhole(report, textStream(options));
}

/** The text report piece by piece: the heading line, each facility's lines, then the totals. */
export function textStream({ lang, quiet = false, color = false }: FormatOptions): ReportStream {
  const words = WORDS[lang];
  let failing = 0;
  // Colours are marked while the lines are built and turned into escape sequences only after textLines has made
  // every line safe (it replaces control characters, ESC included, so a config value can never emit one).
  const painted = (build: (paint: Paint) => string[]): string => {
    const styles: Style[] = [];
    const paint: Paint = color
      ? (style, text) => `${MARK_OPEN}${styles.push(style) - 1}${MARK_TEXT}${text}${MARK_CLOSE}`
      : (_style, text) => text;
    const lines = build(paint);
    if (lines.length === 0) return "";
    const safe = textLines(lines);
    // validateStream: false — the caller decided; the format itself never looks at a stream or the environment.
    // A config value that spells a marker can only pick one of these colours: never a control sequence of its own.
    const paintMarked = (all: string, index: string, text: string) =>
      styles[Number(index)] ? styleText(styles[Number(index)]!, text, { validateStream: false }) : all;
    return color ? safe.replace(PAINTED, paintMarked) : safe;
  };
  return {
    begin: (header) =>
      painted(() => [
        `${header.tool.name} ${header.tool.version} · ${words.asOf} ${displayDate(header.asOf, lang)} (${header.timeZone}) · ${words.profile} ${header.profile.name}`,
      ]),
    facility: (facility) => {
      if (facility.errors.length === 0 && facility.rules.some((rule) => rule.status === "fail")) failing += 1;
      return painted((paint) => {
        const shown = facilityLines(facility, lang, quiet, paint);
        return shown.length > 0 ? ["", ...shown] : [];
      });
    },
    end: (summary) => painted(() => ["", totalsLine(summary, failing, lang)]),
  };
}

// Private-use characters that mark painted text until the lines are safe.
const MARK_OPEN = "\uE000";
const MARK_TEXT = "\uE001";
const MARK_CLOSE = "\uE002";
const PAINTED = /\uE000(\d+)\uE001([^\uE000-\uE002]*)\uE002/gu;

/** Facilities and rule results are counted apart: "1 cơ sở không đạt · 36 quy tắc không đạt". */
function totalsLine(summary: Summary, failing: number, lang: Lang): string {
  const words = WORDS[lang];
  const parts = [
    `${displayNumber(summary.facilities, lang)} ${words.facilities}`,
    `${displayNumber(failing, lang)} ${words.failing}`,
    ...(summary.facilitiesWithErrors ? [`${displayNumber(summary.facilitiesWithErrors, lang)} ${words.notAssessed}`] : []),
    ...(Object.keys(RULE_COUNTS) as RuleStatus[]).map(
      (status) => `${displayNumber(summary.rules[status], lang)} ${RULE_COUNTS[status][lang]}`,
    ),
  ];
  const baselined = summary.baselined ? ` (${displayNumber(summary.baselined, lang)} ${words.baselined})` : "";
  return `${words.summary}: ${parts.join(" · ")}${baselined}`;
}

type Paint = (style: Style, text: string) => string;

/** A facility's lines; with quiet, only its failing rules, and nothing when none fails. */
function facilityLines(facility: FacilityReport, lang: Lang, quiet: boolean, paint: Paint): string[] {
  const words = WORDS[lang];
  const name = facility.facility ? ` — ${facility.facility.code} ${facility.facility.name}` : "";
  const notices = (facility.notices ?? []).map(
    (notice) => `  ! ${words.notice}  ${describeLocation(notice.location)}  ${notice.message[lang]}`,
  );
  if (facility.errors.length > 0) {
    return [
      `${paint("bold", facility.file)}${name} — ${words.notAssessed}`,
      ...notices,
      ...facility.errors.map(
        (error) => `  ${paint(["bold", "red"], `✗ ${words.error}`)}  ${describeLocation(error.location)}  ${error.message[lang]}`,
      ),
    ];
  }
  const rules = quiet ? facility.rules.filter((rule) => rule.status === "fail") : facility.rules;
  if (rules.length === 0 && quiet && notices.length === 0) return [];
  const lines = [`${paint("bold", facility.file)}${name}`, ...notices];
  let directive = "";
  for (const rule of rules) {
    if (rule.directive.id !== directive) {
      directive = rule.directive.id;
      lines.push(`  ${directiveHeading(rule.directive, lang)}`);
    }
    lines.push(...ruleLines(rule, lang, paint));
  }
  return lines;
}

function ruleLines(rule: RuleResult, lang: Lang, paint: Paint): string[] {
  const words = WORDS[lang];
  const label = LABELS[rule.status];
  const severity = SEVERITY_LABELS[rule.severity][lang];
  const lines = [
    `    ${paint(STATUS_STYLES[rule.status], `${label.mark} ${label[lang].padEnd(13)}`)} ${severity.padEnd(12)} ${rule.id}  ${rule.title[lang]}${bracketed(itemLabel(rule.directive.item, lang))}`,
  ];
  const shown = rule.findings.filter((finding) => finding.status === rule.status && rule.status !== "pass");
  for (const finding of shown) {
    const where = describeLocation(finding.location);
    const known = finding.baselined ? ` (${words.baselined})` : "";
    lines.push(`        ${where}  ${finding.message[lang]}${known}`);
    if (finding.waiver) {
      const until = displayDate(String(finding.waiver.expiresOn), lang);
      lines.push(
        `          ${words.waivedBy} ${String(finding.waiver.approvedBy)} ${words.until} ${until}: ${String(finding.waiver.reason)}`,
      );
    }
  }
  if (rule.status === "fail") lines.push(`        → ${rule.remediation[lang]}`);
  return lines;
}

function bracketed(label: string): string {
  return label ? ` [${label}]` : "";
}
