import { parse } from "csv-parse/sync";
import { InputError } from "../errors.js";
import { decodeEvidenceText } from "./decode.js";
import { readEvidenceBytes, type EvidencePath } from "./evidence-path.js";
import type { Table } from "./table.js";

const DELIMITERS = [",", ";", "\t"];

/** Reads a CSV list (comma, semicolon or tab separated, as spreadsheet exports vary) with its line numbers. */
export async function readCsvTable(path: EvidencePath): Promise<Table> {
  const decoded = decodeEvidenceText(await readEvidenceBytes(path));
  if ("refused" in decoded) throw new InputError({ file: path.display, line: 1, column: 1 }, decoded.refused);
  return { file: path.display, spreadsheet: false, rows: parseCsvRows(decoded.text, path.display) };
}

/** Rows of CSV text (after a byte order mark, if any) with the line each starts on; bad CSV is a located error. */
export function parseCsvRows(text: string, file: string): Array<{ line: number; cells: string[] }> {
  const body = text.replace(/^\uFEFF/u, "");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = (parse as (input: string, options: object) => typeof records)(body, { delimiter: delimiterOf(body), info: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const { lines = 1, message = String(error) } = error as { lines?: number; message?: string };
    throw new InputError({ file, line: lines, column: 1 }, { vi: `CSV không hợp lệ: ${message}`, en: `Invalid CSV: ${message}` });
  }
  return records.map(({ record, info }) => ({ line: info.lines, cells: record }));
}

/** The separator used most on the header line. */
export function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const counts = DELIMITERS.map((delimiter) => firstLine.split(delimiter).length);
  return DELIMITERS[counts.indexOf(Math.max(...counts))]!;
}
