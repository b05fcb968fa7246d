import readXlsxFile from "read-excel-file/node";
import { InputError } from "../errors.js";
import type { Cell } from "./cells.js";
import type { EvidencePath } from "./evidence-path.js";
import type { Limits } from "./limits.js";
import { checkTableShape, type Table } from "./table.js";
import { boundedXlsx } from "./xlsx-limits.js";

/**
 * Reads one sheet of an .xlsx workbook (the first unless named); row numbers are Excel's. `read` comes through the
 * one bounded reader (FileSource.readEvidence: limits.maxEvidenceBytes); the zip is checked before it is opened.
 */
export async function readXlsxTable(
  path: EvidencePath,
  read: Uint8Array,
  limits: Limits,
  sheetName: string | undefined,
): Promise<Table> {
  const at = { file: path.display, line: 1, column: 1 };
  const bytes = boundedXlsx(read, path.display, limits);
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as {
      sheet: string;
      data: Cell[][];
    }[];
  } catch (error) {
    // The library's message may quote a cell; its first words name the problem.
    const message = (error instanceof Error ? error.message : String(error)).split(/[:\n]/u)[0]!.slice(0, 120);
    throw new InputError(at, {
      vi: `Không đọc được tệp Excel (.xlsx): ${message}`,
      en: `Cannot read the Excel (.xlsx) file: ${message}`,
    });
  }
  const chosen = sheetName === undefined ? sheets[0] : sheets.find((sheet) => sheet.sheet === sheetName);
  if (!chosen) {
    const names = sheets.map((sheet) => `"${sheet.sheet}"`).join(", ");
    throw new InputError(at, {
      vi: `Không có trang tính "${sheetName}"; các trang có: ${names}.`,
      en: `No sheet "${sheetName}"; the sheets are ${names}.`,
    });
  }
  const table = {
    file: path.display,
    sheet: chosen.sheet,
    spreadsheet: true,
    rows: chosen.data
      .map((cells, index) => ({ line: index + 1, cells }))
      .filter((row) => row.cells.some((cell) => cell !== null && cell !== undefined && cell !== "")),
  };
  checkTableShape(table, limits);
  return table;
}
