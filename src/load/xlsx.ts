import readXlsxFile from "read-excel-file/node";
import { InputError } from "../errors.js";
import type { Cell } from "./cells.js";
import type { EvidencePath } from "./evidence-path.js";
import type { Table } from "./table.js";

/** Reads one sheet of an .xlsx workbook (the first unless named); row numbers are Excel's. */
export async function readXlsxTable(path: EvidencePath, bytes: Uint8Array, sheetName: string | undefined): Promise<Table> {
  const at = { file: path.display, line: 1, column: 1 };
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(at, { vi: `Không đọc được tệp Excel (.xlsx): ${message}`, en: `Cannot read the Excel (.xlsx) file: ${message}` });
  }
  const chosen = sheetName === undefined ? sheets[0] : sheets.find((sheet) => sheet.sheet === sheetName);
  if (!chosen) {
    const names = sheets.map((sheet) => `"${sheet.sheet}"`).join(", ");
    throw new InputError(at, { vi: `Không có trang tính "${sheetName}"; các trang có: ${names}.`, en: `No sheet "${sheetName}"; the sheets are ${names}.` });
  }
  return {
    file: path.display,
    sheet: chosen.sheet,
    spreadsheet: true,
    rows: chosen.data
      .map((cells, index) => ({ line: index + 1, cells }))
      .filter((row) => row.cells.some((cell) => cell !== null && cell !== undefined && cell !== "")),
  };
}
