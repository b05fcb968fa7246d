import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  writeXlsxFile
} from "./chunk-ZC4NFSNO.js";
import {
  OUTCOME,
  STATUS,
  WORDS
} from "./chunk-R75UIYCX.js";
import {
  DELEGATION_WORDS,
  SEVERITY_LABELS,
  directiveNumber,
  itemLabel
} from "./chunk-VDTGPGLT.js";
import {
  RULE_STATUSES
} from "./chunk-22H6PG4T.js";
import "./chunk-5AKHR63T.js";
import {
  describeLocation
} from "./chunk-A4REKETX.js";
import "./chunk-EZ77PSFF.js";

// src/format/summary/xlsx.ts
var SHEETS = {
  vi: {
    facilities: "Cơ sở",
    matrix: "Ma trận",
    failures: "Phát hiện không đạt",
    delegation: "Phân quyền",
    missing: "Chưa nộp",
    unknown: "Mã lạ"
  },
  en: {
    facilities: "Facilities",
    matrix: "Matrix",
    failures: "Failed findings",
    delegation: "Delegation",
    missing: "Not submitted",
    unknown: "Unknown codes"
  }
};
var FILL = { fail: "#F9D0CC", waived: "#FCE3C4", pass: "#D1F0DC", not_applicable: "#E4E7EC" };
async function formatSummaryXlsx(summary, { lang }) {
  const sheets = [facilitiesSheet(summary, lang), matrixSheet(summary, lang), failuresSheet(summary, lang)];
  if (summary.facilities.some((facility) => facility.delegation?.length)) sheets.push(delegationSheet(summary, lang));
  if (summary.expected) sheets.push(...expectedSheets(summary, lang));
  return writeXlsxFile(sheets).toBuffer();
}
var bold = (value) => ({ value, fontWeight: "bold" });
function identity(facility) {
  return [facility.code ?? "", facility.name ?? "", facility.district ?? ""];
}
function facilitiesSheet(summary, lang) {
  const words = WORDS[lang];
  const header = [
    words.code,
    words.name,
    words.district,
    words.file,
    words.outcome,
    words.worst,
    ...RULE_STATUSES.map((status) => STATUS[status][lang]),
    words.error
  ].map(bold);
  const rows = summary.facilities.map((facility) => [
    ...identity(facility),
    facility.file,
    OUTCOME[facility.outcome][lang],
    facility.worstSeverity ? SEVERITY_LABELS[facility.worstSeverity][lang] : "",
    ...RULE_STATUSES.map((status) => facility.counts[status]),
    facility.firstError ? `${describeLocation(facility.firstError.location)} ${facility.firstError.message[lang]}` : ""
  ]);
  return {
    sheet: SHEETS[lang].facilities,
    data: [header, ...rows],
    stickyRowsCount: 1,
    columns: [{ width: 10 }, { width: 40 }, { width: 16 }, { width: 40 }, { width: 20 }]
  };
}
function matrixSheet(summary, lang) {
  const words = WORDS[lang];
  const header = [
    ...[words.code, words.name, words.district, words.outcome].map(bold),
    ...summary.rules.map(
      (rule) => bold(
        `${directiveNumber(rule.directive.number, lang)} ${itemLabel(rule.directive.item, lang)} · ${rule.title[lang]} (${rule.id})`
      )
    )
  ];
  const rows = summary.facilities.map((facility) => [
    ...identity(facility),
    OUTCOME[facility.outcome][lang],
    ...summary.rules.map((rule) => {
      const status = facility.rules[rule.id];
      return status ? { value: STATUS[status][lang], backgroundColor: FILL[status] } : "";
    })
  ]);
  return {
    sheet: SHEETS[lang].matrix,
    data: [header, ...rows],
    stickyRowsCount: 1,
    stickyColumnsCount: 2,
    columns: [{ width: 10 }, { width: 40 }, { width: 16 }, { width: 20 }]
  };
}
function failuresSheet(summary, lang) {
  const words = WORDS[lang];
  const ruleById = new Map(summary.rules.map((rule) => [rule.id, rule]));
  const header = [
    words.code,
    words.name,
    words.district,
    words.directive,
    words.item,
    words.rule,
    words.severity,
    words.location,
    words.finding
  ].map(bold);
  const rows = summary.facilities.flatMap(
    (facility) => facility.failures.map((failure) => {
      const rule = ruleById.get(failure.rule);
      return [
        ...identity(facility),
        rule ? directiveNumber(rule.directive.number, lang) : "",
        rule ? itemLabel(rule.directive.item, lang) : "",
        rule ? `${rule.title[lang]} (${rule.id})` : failure.rule,
        rule ? SEVERITY_LABELS[rule.severity][lang] : "",
        describeLocation(failure.location),
        failure.message[lang]
      ];
    })
  );
  return {
    sheet: SHEETS[lang].failures,
    data: [header, ...rows],
    stickyRowsCount: 1,
    columns: [
      { width: 10 },
      { width: 32 },
      { width: 14 },
      { width: 14 },
      { width: 10 },
      { width: 40 },
      { width: 12 },
      { width: 44 },
      { width: 80 }
    ]
  };
}
function delegationSheet(summary, lang) {
  const words = WORDS[lang];
  const delegation = DELEGATION_WORDS[lang];
  const header = [
    words.code,
    words.name,
    words.district,
    delegation.holder,
    delegation.holderName,
    delegation.roles,
    delegation.account,
    delegation.system,
    delegation.permission,
    delegation.withinRoles
  ].map(bold);
  const omitted = (facility) => facility.delegationOmitted ? [[...identity(facility), `… ${facility.delegationOmitted} ${delegation.more}`]] : [];
  const rows = summary.facilities.flatMap((facility) => [
    ...(facility.delegation ?? []).flatMap((row) => {
      const account = [
        ...identity(facility),
        row.holder ?? delegation.unassigned,
        row.holderName ?? "",
        row.roles.join(", "),
        row.account,
        row.system
      ];
      if (row.permissions.length === 0) return [[...account, "", ""]];
      return row.permissions.map((permission) => [
        ...account,
        permission.name,
        permission.withinRoles ? { value: delegation.yes, backgroundColor: FILL.pass } : { value: delegation.no, backgroundColor: FILL.fail }
      ]);
    }),
    ...omitted(facility)
  ]);
  return {
    sheet: SHEETS[lang].delegation,
    data: [header, ...rows],
    stickyRowsCount: 1,
    columns: [
      { width: 10 },
      { width: 32 },
      { width: 14 },
      { width: 12 },
      { width: 24 },
      { width: 28 },
      { width: 14 },
      { width: 12 },
      { width: 22 },
      { width: 14 }
    ]
  };
}
function expectedSheets(summary, lang) {
  const words = WORDS[lang];
  const { missing, unknown } = summary.expected;
  return [
    {
      sheet: SHEETS[lang].missing,
      data: [
        [words.code, words.name, words.district].map(bold),
        ...missing.map((entry) => [entry.code, entry.name, entry.district ?? ""])
      ],
      stickyRowsCount: 1,
      columns: [{ width: 10 }, { width: 40 }, { width: 16 }]
    },
    {
      sheet: SHEETS[lang].unknown,
      data: [
        [words.file, words.code, words.name].map(bold),
        ...unknown.map((entry) => [entry.file, entry.code ?? "", entry.name ?? ""])
      ],
      stickyRowsCount: 1,
      columns: [{ width: 40 }, { width: 10 }, { width: 40 }]
    }
  ];
}
export {
  formatSummaryXlsx
};
