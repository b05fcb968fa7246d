import { parse } from "csv-parse/sync";
import { InputError } from "../errors.js";
import { decodeEvidenceText } from "./decode.js";
import type { EvidencePath } from "./evidence-path.js";
import type { Table } from "./table.js";

const DELIMITERS = [",", ";", "\t"];

/** Reads a CSV list (comma, semicolon or tab separated, as spreadsheet exports vary) with its line numbers. */
export function readCsvTable(path: EvidencePath, bytes: Uint8Array): Table {
  const decoded = decodeEvidenceText(bytes);
  if ("refused" in decoded) throw new InputError({ file: path.display, line: 1, column: 1 }, decoded.refused);
  const text = decoded.text.replace(/^\uFEFF/u, "");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = (parse as (input: string, options: object) => typeof records)(text, { delimiter: delimiterOf(text), info: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const { lines = 1, message = String(error) } = error as { lines?: number; message?: string };
    throw new InputError({ file: path.display, line: lines, column: 1 }, { vi: `CSV không hợp lệ: ${message}`, en: `Invalid CSV: ${message}` });
  }
  return { file: path.display, spreadsheet: false, rows: records.map(({ record, info }) => ({ line: info.lines, cells: record })) };
}

/** The separator used most on the header line. */
export function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const counts = DELIMITERS.map((delimiter) => firstLine.split(delimiter).length);
  return DELIMITERS[counts.indexOf(Math.max(...counts))]!;
}
