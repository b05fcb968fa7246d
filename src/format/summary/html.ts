import type { BatchSummary, FacilitySummary } from "../../batch/summary.js";
import type { FormatOptions } from "../index.js";
import { OUTCOME, STATUS, STATUSES, WORDS } from "./words.js";

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right}.fail{color:#b00020;font-weight:600}.not_assessed{color:#8a4b00;font-weight:600}
.pass{color:#1b5e20}.critical,.high{color:#b00020}.medium{color:#8a4b00}small{color:#666}`;

/** One self-contained page (no scripts, no external files): totals, then by item, by rule and by facility. */
export function formatSummaryHtml(summary: BatchSummary, { lang }: FormatOptions): string {
  const words = WORDS[lang];
  const { totals } = summary;
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escapeHtml(`${words.title} · ${summary.asOf}`)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(words.title)}</h1>
<p>${escapeHtml(`${summary.tool.name} ${summary.tool.version} · ${words.asOf} ${summary.asOf} (${summary.timeZone}) · ${words.profile} ${summary.profile.name}`)}</p>
<p><strong>${totals.facilities}</strong> ${escapeHtml(words.facilities)}: ${totals.assessed} ${escapeHtml(words.assessed)},
<span class="fail">${totals.failing} ${escapeHtml(words.failing)}</span>,
<span class="not_assessed">${totals.notAssessed} ${escapeHtml(words.notAssessed)}</span></p>
<h2>${escapeHtml(words.byItem)}</h2>
${table(
  [words.directive, words.item, words.rules, words.failingFacilities],
  summary.items.map((item) => [
    cell(`${item.directive.number} (${item.directive.issuer}, ${item.directive.date})`),
    cell(item.item),
    cell(item.rules.join(", ")),
    number(item.failingFacilities),
  ]),
)}
<h2>${escapeHtml(words.byRule)}</h2>
${table(
  [words.rule, words.directive, words.severity, ...STATUSES.map((status) => STATUS[status][lang])],
  summary.rules.map((rule) => [
    `<td>${escapeHtml(rule.title[lang])}<br><small>${escapeHtml(rule.id)}</small></td>`,
    cell(`${rule.directive.number} ${words.item} ${rule.directive.item}`),
    cell(rule.severity, rule.severity),
    ...STATUSES.map((status) => number(rule.facilities[status])),
  ]),
)}
<h2>${escapeHtml(words.byFacility)}</h2>
${table(
  [words.code, words.name, words.outcome, words.worst, ...STATUSES.map((status) => STATUS[status][lang]), words.error],
  summary.facilities.map((facility) => facilityRow(facility, lang)),
)}
</body>
</html>
`;
}

function facilityRow(facility: FacilitySummary, lang: "vi" | "en"): string[] {
  const error = facility.firstError;
  return [
    cell(facility.code ?? ""),
    `<td>${escapeHtml(facility.name ?? "")}<br><small>${escapeHtml(facility.file)}</small></td>`,
    cell(OUTCOME[facility.outcome][lang], facility.outcome),
    cell(facility.worstSeverity ?? "", facility.worstSeverity),
    ...STATUSES.map((status) => number(facility.counts[status])),
    cell(error ? `${error.location.file}:${error.location.line}:${error.location.column} ${error.message[lang]}` : ""),
  ];
}

function table(headers: string[], rows: string[][]): string {
  const head = `<tr>${headers.map((header) => `<th>${escapeHtml(header)}</th>`).join("")}</tr>`;
  return `<table>\n${head}\n${rows.map((row) => `<tr>${row.join("")}</tr>`).join("\n")}\n</table>`;
}

function cell(text: string, className?: string): string {
  return className ? `<td class="${escapeHtml(className)}">${escapeHtml(text)}</td>` : `<td>${escapeHtml(text)}</td>`;
}

function number(value: number): string {
  return `<td class="n">${value}</td>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
