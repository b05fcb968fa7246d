import { parse } from "csv-parse/sync";
import { InputError } from "../errors.js";
import { decodeEvidenceText } from "./decode.js";
import type { EvidencePath } from "./evidence-path.js";
import type { Limits } from "./limits.js";
import { checkTableShape, type Table } from "./table.js";

const DELIMITERS = [",", ";", "\t"];

/** Reads a CSV list (comma, semicolon or tab separated, as spreadsheet exports vary) with its line numbers. */
/** `bytes` come through the one bounded reader (FileSource.readEvidence: limits.maxEvidenceBytes). */
export function readCsvTable(path: EvidencePath, bytes: Uint8Array, limits: Limits): Table {
  const decoded = decodeEvidenceText(bytes);
  if ("refused" in decoded) throw new InputError({ file: path.display, line: 1, column: 1 }, decoded.refused);
  const table = { file: path.display, spreadsheet: false, rows: parseCsvRows(decoded.text, path.display, limits) };
  checkTableShape(table, limits);
  return table;
}

/** Rows of CSV text (after a byte order mark, if any) with the line each starts on; bad CSV is a located error. */
export function parseCsvRows(text: string, file: string, limits: Limits): Array<{ line: number; cells: string[] }> {
  const body = text.replace(/^\uFEFF/u, "");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = (parse as (input: string, options: object) => typeof records)(body, {
      delimiter: delimiterOf(body),
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      // One record longer than every cell at its longest is refused as it is read, and parsing stops one row past the limit.
      max_record_size: limits.maxCellChars * limits.maxColumns,
      to: limits.maxRows + 1,
    });
  } catch (error) {
    // csv-parse's message quotes the offending text, which may be a secret: only its code and line are shown.
    const { lines = 1, code = "CSV_INVALID" } = error as { lines?: number; code?: string };
    throw new InputError(
      { file, line: lines, column: 1 },
      {
        vi: `CSV không hợp lệ (${code}): kiểm tra dấu nháy kép và dấu phân cách trên dòng này.`,
        en: `Invalid CSV (${code}): check the double quotes and separators on this line.`,
      },
    );
  }
  return records.map(({ record, info }) => ({ line: info.lines, cells: record }));
}

/** The separator used most on the header line. */
export function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const counts = DELIMITERS.map((delimiter) => firstLine.split(delimiter).length);
  return DELIMITERS[counts.indexOf(Math.max(...counts))]!;
}
