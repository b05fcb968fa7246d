import writeXlsxFile, { type Cell, type Row, type Sheet } from "write-excel-file/node";
import {
  summaryRows,
  type BatchSummary,
  type FacilityRow,
  type FailureSummary,
  type RuleSummary,
  type SummaryRows,
} from "../../batch/summary.js";
import { describeLocation } from "../../errors.js";
import { DELEGATION_WORDS } from "../delegation-html.js";
import type { RuleStatus } from "../../report/model.js";
import type { DelegationRow } from "../../report/delegation.js";
import type { FormatOptions } from "../index.js";
import { directiveNumber, displayNumber, itemLabel, type Lang } from "../locale.js";
import { SEVERITY_LABELS } from "../words.js";
import { OUTCOME, STATUS, STATUSES, WORDS } from "./words.js";

const SHEETS = {
  vi: {
    facilities: "Cơ sở",
    matrix: "Ma trận",
    failures: "Phát hiện không đạt",
    delegation: "Phân quyền",
    missing: "Chưa nộp",
    unknown: "Mã lạ",
  },
  en: {
    facilities: "Facilities",
    matrix: "Matrix",
    failures: "Failed findings",
    delegation: "Delegation",
    missing: "Not submitted",
    unknown: "Unknown codes",
  },
};

type XlsxSheet = Sheet<Buffer>;

const FILL = { fail: "#F9D0CC", waived: "#FCE3C4", pass: "#D1F0DC", not_applicable: "#E4E7EC" } as const;

/**
 * Rows of the failed-findings and delegation sheets, the header and the closing note included. write-excel-file
 * builds the workbook in memory (the sheets as cell objects, then their XML and the shared strings as single
 * strings), about 4 KB per finding row: measured with bench/summary-memory.mjs, a process writing a 100,000-row
 * failures sheet peaked at ~480 MiB, a 50,000-row one at ~300 MiB. Past it, the sheet ends with a row counting what
 * it left out; the HTML and JSON summaries keep every facility's findings. (All of them at 13,000 facilities, about
 * 500,000 rows, would also near Excel's hard limit of 1,048,576 rows per sheet, past which a workbook is unreadable.)
 */
export const MAX_SHEET_ROWS = 50_000;

/**
 * The workbook a department opens in Excel: one sheet per view (facilities, facility × rule matrix, failed findings
 * with file:line, the holder × account × permission rows of facilities with a roles catalogue, and with --expect
 * who has not submitted and which codes are unknown). Written by write-excel-file;
 * text cells stay text, so a name starting with "=" is never a formula.
 */
export function formatSummaryXlsx(summary: BatchSummary, options: FormatOptions): Promise<Buffer> {
  return summaryXlsx(summaryRows(summary), options);
}

/** The same workbook from a batch's compact rows (what `kcb check --summary xlsx=` writes). */
export async function summaryXlsx(summary: SummaryRows, { lang }: FormatOptions): Promise<Buffer> {
  return writeXlsxFile(summarySheets(summary, lang)).toBuffer();
}

/** The workbook's sheets, the long ones stopping at maxRows (a parameter so a test can reach it). */
export function summarySheets(summary: SummaryRows, lang: Lang, maxRows = MAX_SHEET_ROWS): XlsxSheet[] {
  const words = WORDS[lang];
  const ruleById = new Map(summary.rules.map((rule) => [rule.id, rule]));
  const failures = new CappedRows(maxRows);
  const delegation = new CappedRows(maxRows);
  let anyDelegation = false;
  // Each facility is unpacked once for both long sheets (from a spilled summary, one read of its file).
  for (const row of summary.facilities) {
    const facility = row.full();
    for (const failure of facility.failures) failures.push(failureRow(row, failure, ruleById, lang));
    const accounts = facility.delegation ?? [];
    if (accounts.length > 0) anyDelegation = true;
    for (const account of accounts) for (const accountRow of accountRows(row, account, lang)) delegation.push(accountRow);
    if (row.delegationOmitted) delegation.push([...identity(row), `… ${row.delegationOmitted} ${DELEGATION_WORDS[lang].more}`]);
  }
  const sheetFull = (left: number) => `… ${displayNumber(left, lang)} ${words.sheetFull}`;
  const sheets: XlsxSheet[] = [
    facilitiesSheet(summary, lang),
    matrixSheet(summary, lang),
    failuresSheet(
      failures.sheet(failuresHeader(lang), (left) => ["", "", "", "", "", "", "", "", sheetFull(left)]),
      lang,
    ),
  ];
  // No delegation sheet when no facility has delegation rows.
  if (anyDelegation)
    sheets.push(
      delegationSheet(
        delegation.sheet(delegationHeader(lang), (left) => ["", "", "", sheetFull(left)]),
        lang,
      ),
    );
  if (summary.expected) sheets.push(...expectedSheets(summary, lang));
  return sheets;
}

/** A long sheet's rows: up to maxRows with its header and closing note, the rest only counted. */
class CappedRows {
  readonly #kept: Row[] = [];
  #left = 0;

  constructor(private readonly maxRows: number) {}

  push(row: Row): void {
    if (this.#kept.length < this.maxRows - 2) this.#kept.push(row);
    else this.#left += 1;
  }

  /** The header, the rows kept and, when some were left out, one row saying how many. */
  sheet(header: Row, note: (left: number) => Row): Row[] {
    return [header, ...this.#kept, ...(this.#left > 0 ? [note(this.#left)] : [])];
  }
}

const bold = (value: string): Cell => ({ value, fontWeight: "bold" });

function identity(facility: FacilityRow): Cell[] {
  return [facility.code ?? "", facility.name ?? "", facility.district ?? ""];
}

function facilitiesSheet(summary: SummaryRows, lang: Lang): XlsxSheet {
  const words = WORDS[lang];
  const header = [
    words.code,
    words.name,
    words.district,
    words.file,
    words.outcome,
    words.worst,
    ...STATUSES.map((status) => STATUS[status][lang]),
    words.error,
  ].map(bold);
  const rows: Row[] = summary.facilities.map((facility) => [
    ...identity(facility),
    facility.file,
    OUTCOME[facility.outcome][lang],
    facility.worstSeverity ? SEVERITY_LABELS[facility.worstSeverity][lang] : "",
    ...STATUSES.map((status) => facility.counts[status]),
    facility.firstError ? `${describeLocation(facility.firstError.location)} ${facility.firstError.message[lang]}` : "",
  ]);
  return {
    sheet: SHEETS[lang].facilities,
    data: [header, ...rows],
    stickyRowsCount: 1,
    columns: [{ width: 10 }, { width: 40 }, { width: 16 }, { width: 40 }, { width: 20 }],
  };
}

function matrixSheet(summary: SummaryRows, lang: Lang): XlsxSheet {
  // One cell object per status, shared by every facility × rule cell (13,000 × 50 at a national batch).
  const cells = Object.fromEntries(
    STATUSES.map((status): [RuleStatus, Cell] => [status, { value: STATUS[status][lang], backgroundColor: FILL[status] }]),
  ) as Record<RuleStatus, Cell>;
  const words = WORDS[lang];
  const header = [
    ...[words.code, words.name, words.district, words.outcome].map(bold),
    ...summary.rules.map((rule) =>
      bold(
        `${directiveNumber(rule.directive.number, lang)} ${itemLabel(rule.directive.item, lang)} · ${rule.title[lang]} (${rule.id})`,
      ),
    ),
  ];
  const rows: Row[] = summary.facilities.map((facility) => [
    ...identity(facility),
    OUTCOME[facility.outcome][lang],
    ...summary.rules.map((rule): Cell => {
      const status = facility.status(rule.id);
      return status ? cells[status] : "";
    }),
  ]);
  return {
    sheet: SHEETS[lang].matrix,
    data: [header, ...rows],
    stickyRowsCount: 1,
    stickyColumnsCount: 2,
    columns: [{ width: 10 }, { width: 40 }, { width: 16 }, { width: 20 }],
  };
}

function failuresHeader(lang: Lang): Row {
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
    words.finding,
  ].map(bold);
}

function failureRow(row: FacilityRow, failure: FailureSummary, ruleById: Map<string, RuleSummary>, lang: Lang): Row {
  const rule = ruleById.get(failure.rule);
  return [
    ...identity(row),
    rule ? directiveNumber(rule.directive.number, lang) : "",
    rule ? itemLabel(rule.directive.item, lang) : "",
    rule ? `${rule.title[lang]} (${rule.id})` : failure.rule,
    rule ? SEVERITY_LABELS[rule.severity][lang] : "",
    describeLocation(failure.location),
    failure.message[lang],
  ];
}

function failuresSheet(data: Row[], lang: Lang): XlsxSheet {
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
      { width: 80 },
    ],
  };
}

function delegationHeader(lang: Lang): Row {
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
    delegation.withinRoles,
  ].map(bold);
}

/** One row per holder × account × permission (an account without permissions: one row), to filter in Excel. */
function delegationSheet(data: Row[], lang: Lang): XlsxSheet {
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
      { width: 14 },
    ],
  };
}

function accountRows(facility: FacilityRow, row: DelegationRow, lang: Lang): Row[] {
  const delegation = DELEGATION_WORDS[lang];
  const account: Cell[] = [
    ...identity(facility),
    row.holder ?? delegation.unassigned,
    row.holderName ?? "",
    row.roles.join(", "),
    row.account,
    row.system,
  ];
  if (row.permissions.length === 0) return [[...account, "", ""]];
  return row.permissions.map((permission): Row => [
    ...account,
    permission.name,
    permission.withinRoles
      ? { value: delegation.yes, backgroundColor: FILL.pass }
      : { value: delegation.no, backgroundColor: FILL.fail },
  ]);
}

function expectedSheets(summary: SummaryRows, lang: Lang): XlsxSheet[] {
  const words = WORDS[lang];
  const { missing, unknown } = summary.expected!;
  return [
    {
      sheet: SHEETS[lang].missing,
      data: [
        [words.code, words.name, words.district].map(bold),
        ...missing.map((entry) => [entry.code, entry.name, entry.district ?? ""]),
      ],
      stickyRowsCount: 1,
      columns: [{ width: 10 }, { width: 40 }, { width: 16 }],
    },
    {
      sheet: SHEETS[lang].unknown,
      data: [
        [words.file, words.code, words.name].map(bold),
        ...unknown.map((entry) => [entry.file, entry.code ?? "", entry.name ?? ""]),
      ],
      stickyRowsCount: 1,
      columns: [{ width: 40 }, { width: 10 }, { width: 40 }],
    },
  ];
}
