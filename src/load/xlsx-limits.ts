import { unzipSync, zipSync, type Unzipped } from "fflate";
import { InputError, type Bilingual } from "../errors.js";
import type { Limits } from "./limits.js";
import { tooManyColumns, tooManyRows } from "./table.js";

const MIB = 1024 * 1024;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/u;
// Row and cell references, and row elements without one (read-excel-file then counts them in order).
const REFERENCE = /<(?:\w+:)?(c|row)\b[^>]*?\br="([A-Z]*)(\d*)"|<(?:\w+:)?(row)\b/gu;

/**
 * An .xlsx is a zip of XML parts, and read-excel-file inflates them and builds a dense rows × columns array. So
 * before it sees a byte: the zip's central directory is read (fflate, nothing inflated) and the declared sizes
 * and ratios are checked; the parts are then inflated by fflate into buffers of exactly the declared size (a part
 * that lies about its size is cut there, never grown), every sheet's cell references are checked against the row
 * and column limits, and read-excel-file is handed a stored (uncompressed) zip of exactly those checked bytes.
 */
export function boundedXlsx(bytes: Uint8Array, file: string, limits: Limits): Uint8Array {
  const refuse = (text: Bilingual): never => {
    throw new InputError({ file, line: 1, column: 1 }, text);
  };
  let inflated = 0;
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, {
      filter: ({ name, size, originalSize }) => {
        inflated += originalSize;
        if (inflated > limits.maxXlsxInflatedBytes) {
          refuse({
            vi: `Tệp Excel giải nén ra hơn ${limits.maxXlsxInflatedBytes / MIB} MiB (giới hạn maxXlsxInflatedBytes), nên không được mở.`,
            en: `The Excel file inflates to more than ${limits.maxXlsxInflatedBytes / MIB} MiB (limit maxXlsxInflatedBytes), so it was not opened.`,
          });
        }
        if (originalSize > MIB && originalSize > Math.max(size, 1) * limits.maxXlsxRatio) {
          refuse({
            vi: `Phần "${name.slice(0, 80)}" của tệp Excel nén hơn ${limits.maxXlsxRatio} lần (giới hạn maxXlsxRatio): dấu hiệu bom nén, nên không được mở.`,
            en: `The part "${name.slice(0, 80)}" of the Excel file is compressed more than ${limits.maxXlsxRatio} times (limit maxXlsxRatio), the mark of a zip bomb, so it was not opened.`,
          });
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    return refuse({
      vi: "Không đọc được tệp Excel (.xlsx): tệp nén hỏng.",
      en: "Cannot read the Excel (.xlsx) file: the zip is damaged.",
    });
  }
  for (const [name, content] of Object.entries(parts)) {
    if (WORKSHEET.test(name)) checkSheetExtent(content, file, limits);
  }
  return zipSync(parts, { level: 0 });
}

/** The furthest row and column a sheet's cells reach, checked before read-excel-file allocates them. */
function checkSheetExtent(xml: Uint8Array, file: string, limits: Limits): void {
  const text = new TextDecoder().decode(xml);
  let rows = 0;
  let counted = 0;
  let columns = 0;
  for (const match of text.matchAll(REFERENCE)) {
    const [, tag, letters = "", digits = ""] = match;
    if (match[4] || (tag === "row" && digits === "")) counted += 1;
    else if (digits !== "") rows = Math.max(rows, digits.length > 9 ? Number.MAX_SAFE_INTEGER : Number(digits));
    if (tag === "c") columns = Math.max(columns, columnNumber(letters));
    const last = Math.max(rows, counted);
    const where = { file, line: Math.min(last, limits.maxRows + 1), column: 1 };
    if (last > limits.maxRows) throw tooManyRows(where, limits);
    if (columns > limits.maxColumns) throw tooManyColumns({ ...where, column: limits.maxColumns + 1 }, limits);
  }
}

/** A column's number from its letters (A = 1, Z = 26, AA = 27); stops growing past any limit worth checking. */
function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) {
    number = number * 26 + (letter.charCodeAt(0) - 64);
    if (number > 1e9) return number;
  }
  return number;
}
