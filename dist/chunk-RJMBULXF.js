import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-A4REKETX.js";

// src/load/table.ts
function checkTableShape(table, limits) {
  const at = (line, column) => ({
    file: table.file,
    ...table.sheet === void 0 ? {} : { sheet: table.sheet },
    line,
    column
  });
  if (table.rows.length > limits.maxRows) throw tooManyRows(at(table.rows[limits.maxRows].line, 1), limits);
  for (const row of table.rows) {
    if (row.cells.length > limits.maxColumns) throw tooManyColumns(at(row.line, limits.maxColumns + 1), limits);
    const long = row.cells.findIndex((cell) => typeof cell === "string" && cell.length > limits.maxCellChars);
    if (long >= 0) {
      throw new InputError(at(row.line, long + 1), {
        vi: `Ô dài quá ${limits.maxCellChars} ký tự (giới hạn maxCellChars); danh sách minh chứng chỉ cần tên, mã và ngày.`,
        en: `The cell is longer than ${limits.maxCellChars} characters (limit maxCellChars); an evidence list needs only names, ids and dates.`
      });
    }
  }
}
function tooManyRows(where, limits) {
  return new InputError(where, {
    vi: `Danh sách có hơn ${limits.maxRows} dòng (giới hạn maxRows); hãy tách tệp hoặc kiểm tra các dòng trống ở cuối trang tính.`,
    en: `The list has more than ${limits.maxRows} rows (limit maxRows); split the file, or check for stray rows at the end of the sheet.`
  });
}
function tooManyColumns(where, limits) {
  return new InputError(where, {
    vi: `Danh sách có hơn ${limits.maxColumns} cột (giới hạn maxColumns); hãy xoá các cột không dùng.`,
    en: `The list has more than ${limits.maxColumns} columns (limit maxColumns); remove the unused columns.`
  });
}

export {
  checkTableShape,
  tooManyRows,
  tooManyColumns
};
