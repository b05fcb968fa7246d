import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);

// src/format/locale.ts
var isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
function displayDate(iso, lang) {
  const match = isoDate.exec(iso);
  return lang === "vi" && match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
var NUMBER = { vi: new Intl.NumberFormat("vi-VN"), en: new Intl.NumberFormat("en-US") };
function displayNumber(value, lang) {
  return NUMBER[lang].format(value);
}
function itemLabel(item, lang) {
  const paragraph = /^¶\s*(.+)$/.exec(item);
  if (paragraph) return lang === "vi" ? `đoạn ${paragraph[1]}` : `paragraph ${paragraph[1]}`;
  if (item === "waivers") return "";
  if (!/^\d/.test(item)) return item;
  return lang === "vi" ? `mục ${item}` : `item ${item}`;
}
function directiveNumber(number, lang) {
  const [vi, en, ...rest] = number.split(" / ");
  return vi && en && rest.length === 0 && !/\d/.test(number) ? lang === "vi" ? vi : en : number;
}
function directiveHeading(directive, lang) {
  const detail = [directive.issuer, displayDate(directive.date, lang)].filter((part) => part !== "").join(", ");
  const number = directiveNumber(directive.number, lang);
  return detail === "" ? number : `${number} (${detail})`;
}

// src/format/words.ts
var STATUS_LABELS = {
  fail: { mark: "✗", vi: "Không đạt", en: "Fail" },
  waived: { mark: "~", vi: "Miễn trừ", en: "Waived" },
  pass: { mark: "✓", vi: "Đạt", en: "Pass" },
  not_applicable: { mark: "–", vi: "Không áp dụng", en: "N/A" }
};
var SEVERITY_LABELS = {
  critical: { vi: "nghiêm trọng", en: "critical" },
  high: { vi: "cao", en: "high" },
  medium: { vi: "trung bình", en: "medium" },
  low: { vi: "thấp", en: "low" }
};
function directiveRows(report) {
  const directives = /* @__PURE__ */ new Map();
  for (const facility of report.facilities) {
    for (const rule of facility.rules) {
      let directive = directives.get(rule.directive.id);
      if (!directive) {
        directive = { ...rule.directive, rules: [], counts: zeroCounts() };
        directives.set(rule.directive.id, directive);
      }
      let row = directive.rules.find((entry) => entry.rule.id === rule.id);
      if (!row) {
        row = { rule, counts: zeroCounts() };
        directive.rules.push(row);
      }
      row.counts[rule.status] += 1;
      directive.counts[rule.status] += 1;
    }
  }
  return [...directives.values()];
}
function zeroCounts() {
  return { fail: 0, waived: 0, pass: 0, not_applicable: 0 };
}
function facilityName(facility) {
  return facility.facility ? `${facility.facility.code} ${facility.facility.name}` : facility.file;
}

export {
  displayDate,
  displayNumber,
  itemLabel,
  directiveNumber,
  directiveHeading,
  STATUS_LABELS,
  SEVERITY_LABELS,
  directiveRows,
  facilityName
};
