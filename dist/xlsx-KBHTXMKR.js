import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  writeXlsxFile
} from "./chunk-G2737HZE.js";
import {
  OUTCOME,
  STATUS,
  WORDS
} from "./chunk-BRDU4QNJ.js";
import {
  DELEGATION_WORDS,
  SEVERITY_LABELS,
  directiveNumber,
  displayNumber,
  itemLabel,
  summaryRows
} from "./chunk-TN5MCCL6.js";
import {
  RULE_STATUSES
} from "./chunk-OJYSJZFW.js";
import "./chunk-PLPBC5BI.js";
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
var MAX_SHEET_ROWS = 5e4;
function formatSummaryXlsx(summary, options) {
  return summaryXlsx(summaryRows(summary), options);
}
async function summaryXlsx(summary, { lang }) {
  return writeXlsxFile(summarySheets(summary, lang)).toBuffer();
}
function summarySheets(summary, lang, maxRows = MAX_SHEET_ROWS) {
  const words = WORDS[lang];
  const ruleById = new Map(summary.rules.map((rule) => [rule.id, rule]));
  const failures = new CappedRows(maxRows);
  const delegation = new CappedRows(maxRows);
  let anyDelegation = false;
  for (const row of summary.facilities) {
    const facility = row.full();
    for (const failure of facility.failures) failures.push(failureRow(row, failure, ruleById, lang));
    const accounts = facility.delegation ?? [];
    if (accounts.length > 0) anyDelegation = true;
    for (const account of accounts) for (const accountRow of accountRows(row, account, lang)) delegation.push(accountRow);
    if (row.delegationOmitted) delegation.push([...identity(row), `… ${row.delegationOmitted} ${DELEGATION_WORDS[lang].more}`]);
  }
  const sheetFull = (left) => `… ${displayNumber(left, lang)} ${words.sheetFull}`;
  const sheets = [
    facilitiesSheet(summary, lang),
    matrixSheet(summary, lang),
    failuresSheet(
      failures.sheet(failuresHeader(lang), (left) => ["", "", "", "", "", "", "", "", sheetFull(left)]),
      lang
    )
  ];
  if (anyDelegation)
    sheets.push(
      delegationSheet(
        delegation.sheet(delegationHeader(lang), (left) => ["", "", "", sheetFull(left)]),
        lang
      )
    );
  if (summary.expected) sheets.push(...expectedSheets(summary, lang));
  return sheets;
}
var CappedRows = class {
  constructor(maxRows) {
    this.maxRows = maxRows;
  }
  maxRows;
  #kept = [];
  #left = 0;
  push(row) {
    if (this.#kept.length < this.maxRows - 2) this.#kept.push(row);
    else this.#left += 1;
  }
  /** The header, the rows kept and, when some were left out, one row saying how many. */
  sheet(header, note) {
    return [header, ...this.#kept, ...this.#left > 0 ? [note(this.#left)] : []];
  }
};
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
  const cells = Object.fromEntries(
    RULE_STATUSES.map((status) => [status, { value: STATUS[status][lang], backgroundColor: FILL[status] }])
  );
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
      const status = facility.status(rule.id);
      return status ? cells[status] : "";
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
function failuresHeader(lang) {
  const words = WORDS[lang];
  return [
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
}
function failureRow(row, failure, ruleById, lang) {
  const rule = ruleById.get(failure.rule);
  return [
    ...identity(row),
    rule ? directiveNumber(rule.directive.number, lang) : "",
    rule ? itemLabel(rule.directive.item, lang) : "",
    rule ? `${rule.title[lang]} (${rule.id})` : failure.rule,
    rule ? SEVERITY_LABELS[rule.severity][lang] : "",
    describeLocation(failure.location),
    failure.message[lang]
  ];
}
function failuresSheet(data, lang) {
  return {
    sheet: SHEETS[lang].failures,
    data,
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
function delegationHeader(lang) {
  const words = WORDS[lang];
  const delegation = DELEGATION_WORDS[lang];
  return [
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
}
function delegationSheet(data, lang) {
  return {
    sheet: SHEETS[lang].delegation,
    data,
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
function accountRows(facility, row, lang) {
  const delegation = DELEGATION_WORDS[lang];
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
  MAX_SHEET_ROWS,
  formatSummaryXlsx,
  summarySheets,
  summaryXlsx
};
