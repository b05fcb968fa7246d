import { invalidIsoDate } from "../dates.js";
import type { Bilingual } from "../errors.js";
import type { FieldKind } from "./columns.js";

/** A cell as the CSV or XLSX reader gives it. XLSX date cells arrive as Date, numbers as number. */
export type Cell = string | number | boolean | Date | null | undefined;

export type Converted = { value: unknown } | { error: Bilingual } | { empty: true };

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;
const SHORT_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/u;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$/u;
// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for (serials from 61 on).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

const TRUE_WORDS = ["true", "yes", "có", "x", "1", "đúng"];
const FALSE_WORDS = ["false", "no", "không", "0", "sai"];

/** Vietnamese status words in spreadsheets, mapped to the format's enum values. */
const STATUS_WORDS: Record<string, string> = {
  "đang làm việc": "active",
  "đang công tác": "active",
  "nghỉ việc": "left",
  "đã nghỉ việc": "left",
  "đã nghỉ": "left",
  "chuyển công tác": "transferred",
  "đã chuyển công tác": "transferred",
  "hoạt động": "active",
  "đang hoạt động": "active",
  "đã khoá": "disabled",
  "đã khóa": "disabled",
  "vô hiệu hoá": "disabled",
  "vô hiệu hóa": "disabled",
};

/** Reads one cell into the value its field expects. `fromSpreadsheet` allows Excel serial day numbers. */
export function convertCell(cell: Cell, kind: FieldKind, fromSpreadsheet: boolean): Converted {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return { empty: true };
  switch (kind) {
    case "date":
      return convertDate(cell, fromSpreadsheet);
    case "integer":
      return convertInteger(cell);
    case "boolean":
      return convertBoolean(cell);
    case "list":
      return {
        value: text(cell)
          .split(/[;,]/u)
          .map((part) => part.trim())
          .filter((part) => part !== ""),
      };
    case "string": {
      const value = text(cell);
      return { value: STATUS_WORDS[value.toLowerCase()] ?? value };
    }
  }
}

function text(cell: Exclude<Cell, null | undefined>): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).normalize("NFC").trim();
}

function convertDate(cell: Exclude<Cell, null | undefined>, fromSpreadsheet: boolean): Converted {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? invalid(String(cell)) : { value: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === "number") {
    if (!fromSpreadsheet || !Number.isInteger(cell) || cell < 61 || cell > 2_958_465) {
      return {
        error: {
          vi: `số ${cell} ở cột ngày không rõ là ngày nào; hãy ghi ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD`,
          en: `the number ${cell} in a date column is ambiguous; write the date as dd/mm/yyyy or YYYY-MM-DD`,
        },
      };
    }
    return { value: new Date(EXCEL_EPOCH_MS + cell * MS_PER_DAY).toISOString().slice(0, 10) };
  }
  const value = text(cell);
  if (/^\d+$/u.test(value)) return convertDate(Number(value), fromSpreadsheet);
  const iso = ISO_DATE_TIME.exec(value);
  if (iso) return checked(iso[1]!, value);
  const dayMonthYear = DAY_MONTH_YEAR.exec(value);
  if (dayMonthYear) {
    const [, day, month, year] = dayMonthYear;
    if (Number(month) > 12 && Number(day) <= 12) {
      return {
        error: {
          vi: `"${value}" có vẻ là tháng/ngày/năm; hãy ghi ngày/tháng/năm (dd/mm/yyyy) hoặc YYYY-MM-DD`,
          en: `"${value}" looks like month/day/year; write day/month/year (dd/mm/yyyy) or YYYY-MM-DD`,
        },
      };
    }
    return checked(`${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`, value);
  }
  if (SHORT_YEAR.test(value)) {
    return {
      error: {
        vi: `"${value}" có năm hai chữ số, không rõ thế kỷ; hãy ghi đủ bốn chữ số`,
        en: `"${value}" has a two-digit year, which is ambiguous; write all four digits`,
      },
    };
  }
  return invalid(value);
}

function checked(iso: string, original: string): Converted {
  return invalidIsoDate(iso) ? invalid(original) : { value: iso };
}

function invalid(value: string): Converted {
  return {
    error: {
      vi: `"${value}" không phải ngày hợp lệ (cần dd/mm/yyyy hoặc YYYY-MM-DD)`,
      en: `"${value}" is not a valid date (expected dd/mm/yyyy or YYYY-MM-DD)`,
    },
  };
}

function convertInteger(cell: Exclude<Cell, null | undefined>): Converted {
  const value = typeof cell === "number" ? cell : Number(text(cell).replace(/[\s.,](?=\d{3}\b)/gu, ""));
  if (Number.isSafeInteger(value)) return { value };
  return { error: { vi: `"${text(cell)}" không phải số nguyên`, en: `"${text(cell)}" is not a whole number` } };
}

function convertBoolean(cell: Exclude<Cell, null | undefined>): Converted {
  if (typeof cell === "boolean") return { value: cell };
  const value = text(cell).toLowerCase();
  if (TRUE_WORDS.includes(value)) return { value: true };
  if (FALSE_WORDS.includes(value)) return { value: false };
  return { error: { vi: `"${text(cell)}" không phải có/không`, en: `"${text(cell)}" is not yes/no` } };
}
