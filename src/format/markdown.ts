import { parameterRows } from "../profile/basis.js";
import type { FacilityReport, Report, RuleStatus } from "../report/model.js";
import { linesWithin, markdownCell, MAX_MARKDOWN_BYTES } from "./escape.js";
import type { FormatOptions } from "./index.js";
import { directiveRows, facilityName, SEVERITY_LABELS, STATUS_LABELS, STATUS_ORDER } from "./words.js";
import { directiveHeading, directiveNumber, displayDate, itemLabel } from "./locale.js";

/** Findings listed in full; beyond this a run over a whole province would pass GitHub's summary and comment limits. */
export const MAX_LISTED_FINDINGS = 200;

const WORDS = {
  vi: {
    facilities: "cơ sở",
    notAssessed: "không đánh giá được",
    asOf: "Ngày đánh giá",
    profile: "bộ tham số",
    policy: "chính sách",
    item: "Mục",
    rule: "Quy tắc",
    severity: "Mức độ",
    findings: "Phát hiện cần xử lý",
    status: "Kết quả",
    location: "Vị trí",
    finding: "Phát hiện",
    errors: "Cơ sở không đánh giá được",
    error: "Lỗi",
    notices: "Lưu ý",
    notice: "Lưu ý",
    more: "phát hiện khác — xem báo cáo đầy đủ",
    packs: "gói tuỳ chọn",
    params: "Tham số và căn cứ",
    param: "Tham số",
    value: "Giá trị",
    basis: "Căn cứ",
    cut: "dòng nữa bị lược để bản tóm tắt dưới 1 MiB — xem báo cáo đầy đủ",
  },
  en: {
    facilities: "facilities",
    notAssessed: "not assessed",
    asOf: "As of",
    profile: "profile",
    policy: "policy",
    item: "Item",
    rule: "Rule",
    severity: "Severity",
    findings: "Findings to act on",
    status: "Status",
    location: "Location",
    finding: "Finding",
    errors: "Facilities not assessed",
    error: "Error",
    notices: "Notices",
    notice: "Notice",
    more: "more findings — see the full report",
    packs: "opt-in packs",
    params: "Parameters and where they come from",
    param: "Parameter",
    value: "Value",
    basis: "Basis",
    cut: "more lines left out to keep the summary under 1 MiB — see the full report",
  },
};

/** Markdown for $GITHUB_STEP_SUMMARY and pull-request comments: a table per directive, then what to fix. */
export function formatMarkdown(report: Report, { lang, sourceUrl }: FormatOptions): string {
  const words = WORDS[lang];
  const counts = report.summary.rules;
  const notAssessed = report.summary.facilitiesWithErrors ? ` (${report.summary.facilitiesWithErrors} ${words.notAssessed})` : "";
  const lines = [
    `## ${report.tool.name} · ${report.summary.facilities} ${words.facilities}${notAssessed} · ${STATUS_ORDER.map((status) => `${statusLabel(status, lang)} ${counts[status]}`).join(" · ")}`,
    "",
    `${words.asOf} ${displayDate(report.asOf, lang)} (${report.timeZone}) · ${words.profile} \`${cell(report.profile.name)}\` · ${report.tool.name} ${report.tool.version} · ${words.policy} \`${report.tool.policySha256.slice(0, 12)}\`${report.packs?.length ? ` · ${words.packs} ${report.packs.map((pack) => `\`${cell(pack)}\``).join(", ")}` : ""}`,
  ];
  for (const directive of directiveRows(report)) {
    lines.push("", `### ${cell(directiveHeading(directive, lang))}`, "");
    lines.push(
      `| ${words.item} | ${words.rule} | ${words.severity} | ${STATUS_ORDER.map((status) => statusLabel(status, lang)).join(" | ")} |`,
    );
    lines.push(`| --- | --- | --- | ${STATUS_ORDER.map(() => "---:").join(" | ")} |`);
    for (const { rule, counts: ruleCounts } of directive.rules) {
      lines.push(
        `| ${cell(itemLabel(rule.directive.item, lang))} | ${cell(rule.title[lang])}<br>\`${rule.id}\` | ${SEVERITY_LABELS[rule.severity][lang]} | ${STATUS_ORDER.map((status) => ruleCounts[status]).join(" | ")} |`,
      );
    }
  }
  lines.push(
    ...findingLines(report, lang, sourceUrl),
    ...errorLines(report.facilities, lang),
    ...noticeLines(report.facilities, lang),
    ...parameterLines(report, lang),
  );
  return linesWithin(lines, MAX_MARKDOWN_BYTES, (omitted) => `… ${omitted} ${words.cut}`);
}

function parameterLines(report: Report, lang: "vi" | "en"): string[] {
  const words = WORDS[lang];
  const rows = parameterRows(report.profile, lang).map(
    (row) => `| \`${cell(row.name)}\` | ${cell(row.value)} | ${cell(row.basis)} |`,
  );
  return [
    "",
    `<details><summary>${words.params}</summary>`,
    "",
    `| ${words.param} | ${words.value} | ${words.basis} |`,
    "| --- | ---: | --- |",
    ...rows,
    "",
    "</details>",
  ];
}

function findingLines(report: Report, lang: "vi" | "en", sourceUrl: FormatOptions["sourceUrl"]): string[] {
  const words = WORDS[lang];
  const rows: string[] = [];
  for (const facility of report.facilities) {
    for (const rule of facility.rules) {
      if (rule.status !== "fail" && rule.status !== "waived") continue;
      for (const finding of rule.findings.filter((entry) => entry.status === rule.status)) {
        const code = `\`${cell(finding.location.file)}:${finding.location.line}\``;
        const where = sourceUrl ? `[${code}](${linkTarget(sourceUrl(finding.location))})` : code;
        const fix = rule.status === "fail" ? `<br>→ ${cell(rule.remediation[lang])}` : "";
        rows.push(
          `| ${statusLabel(finding.status, lang)} | ${SEVERITY_LABELS[rule.severity][lang]} | ${cell(facilityName(facility))}<br>${where} | ${cell(directiveNumber(rule.directive.number, lang))} ${cell(itemLabel(rule.directive.item, lang))} · ${cell(rule.title[lang])} | ${cell(finding.message[lang])}${fix} |`,
        );
      }
    }
  }
  if (rows.length === 0) return [];
  const listed = rows.slice(0, MAX_LISTED_FINDINGS);
  const more = rows.length - listed.length;
  return [
    "",
    `### ${words.findings}`,
    "",
    `| ${words.status} | ${words.severity} | ${words.location} | ${words.rule} | ${words.finding} |`,
    "| --- | --- | --- | --- | --- |",
    ...listed,
    ...(more > 0 ? ["", `… ${more} ${words.more}`] : []),
  ];
}

function errorLines(facilities: FacilityReport[], lang: "vi" | "en"): string[] {
  const words = WORDS[lang];
  const rows = facilities.flatMap((facility) =>
    facility.errors.map(
      (error) =>
        `| \`${cell(error.location.file)}:${error.location.line}:${error.location.column}\` | ${cell(error.message[lang])} |`,
    ),
  );
  if (rows.length === 0) return [];
  return ["", `### ${words.errors}`, "", `| ${words.location} | ${words.error} |`, "| --- | --- |", ...rows];
}

function noticeLines(facilities: FacilityReport[], lang: "vi" | "en"): string[] {
  const words = WORDS[lang];
  const rows = facilities.flatMap((facility) =>
    (facility.notices ?? []).map(
      (notice) =>
        `| \`${cell(notice.location.file)}:${notice.location.line}:${notice.location.column}\` | ${cell(notice.message[lang])} |`,
    ),
  );
  if (rows.length === 0) return [];
  return ["", `### ${words.notices}`, "", `| ${words.location} | ${words.notice} |`, "| --- | --- |", ...rows];
}

/** A link target cannot hold spaces or parentheses unescaped (they would end it). */
function linkTarget(url: string): string {
  return url.replace(/[\s()<>|]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

function statusLabel(status: RuleStatus, lang: "vi" | "en"): string {
  return `${STATUS_LABELS[status].mark} ${STATUS_LABELS[status][lang]}`;
}

function cell(text: string): string {
  return markdownCell(text);
}
