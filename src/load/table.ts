import { InputError, type Location } from "../errors.js";
import type { Cell } from "./cells.js";
import type { Limits } from "./limits.js";

/** A list read from a CSV file or a spreadsheet sheet: its non-empty rows (header included) with their numbers. */
export interface Table {
  /** Path as reports show it. */
  file: string;
  sheet?: string;
  /** Excel serial day numbers are dates only in spreadsheets; in CSV a bare number is ambiguous. */
  spreadsheet: boolean;
  rows: { line: number; cells: Cell[] }[];
}

/**
 * Refuses a table past the row, column or cell-length limits, at the first row or cell past it. The readers
 * check what they can before building the rows (file size, an XLSX sheet's cell references, csv-parse's record
 * size); this is the same promise on what they built, for both formats.
 */
export function checkTableShape(table: Table, limits: Limits): void {
  const at = (line: number, column: number): Location => ({
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    line,
    column,
  });
  if (table.rows.length > limits.maxRows) throw tooManyRows(at(table.rows[limits.maxRows]!.line, 1), limits);
  for (const row of table.rows) {
    if (row.cells.length > limits.maxColumns) throw tooManyColumns(at(row.line, limits.maxColumns + 1), limits);
    const long = row.cells.findIndex((cell) => typeof cell === "string" && cell.length > limits.maxCellChars);
    if (long >= 0) {
      throw new InputError(at(row.line, long + 1), {
        vi: `Ô dài quá ${limits.maxCellChars} ký tự (giới hạn maxCellChars); danh sách minh chứng chỉ cần tên, mã và ngày.`,
        en: `The cell is longer than ${limits.maxCellChars} characters (limit maxCellChars); an evidence list needs only names, ids and dates.`,
      });
    }
  }
}

export function tooManyRows(where: Location, limits: Limits): InputError {
  return new InputError(where, {
    vi: `Danh sách có hơn ${limits.maxRows} dòng (giới hạn maxRows); hãy tách tệp hoặc kiểm tra các dòng trống ở cuối trang tính.`,
    en: `The list has more than ${limits.maxRows} rows (limit maxRows); split the file, or check for stray rows at the end of the sheet.`,
  });
}

export function tooManyColumns(where: Location, limits: Limits): InputError {
  return new InputError(where, {
    vi: `Danh sách có hơn ${limits.maxColumns} cột (giới hạn maxColumns); hãy xoá các cột không dùng.`,
    en: `The list has more than ${limits.maxColumns} columns (limit maxColumns); remove the unused columns.`,
  });
}
