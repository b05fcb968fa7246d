import type { Cell } from "./cells.js";

/** A list read from a CSV file or a spreadsheet sheet: its non-empty rows (header included) with their numbers. */
export interface Table {
  /** Path as reports show it. */
  file: string;
  sheet?: string;
  /** Excel serial day numbers are dates only in spreadsheets; in CSV a bare number is ambiguous. */
  spreadsheet: boolean;
  rows: { line: number; cells: Cell[] }[];
}
