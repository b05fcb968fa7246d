import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  invalidIsoDate
} from "./chunk-KCONMGSM.js";
import {
  ACCESS_LOG_HEADERS,
  normalizeHeader
} from "./chunk-A543BN3N.js";
import {
  decodeEvidenceText,
  delimiterOf
} from "./chunk-FWDR4O6R.js";
import "./chunk-VHPGSI4Y.js";
import "./chunk-RJMBULXF.js";
import {
  openInputFile
} from "./chunk-65ZUPPDZ.js";
import {
  InputError
} from "./chunk-A4REKETX.js";
import "./chunk-EZ77PSFF.js";

// src/load/access-log.ts
import { createReadStream, existsSync, readSync } from "node:fs";
var DAILY_COUNTS_SQL = `
SELECT
  CASE
    WHEN strlen($ts) <= 19 OR suffix($ts, '+07:00') THEN left($ts, 10)
    ELSE strftime(CAST(try_cast($ts AS TIMESTAMPTZ) AS DATE), '%Y-%m-%d')
  END AS date,
  $account AS account,
  count(*) AS requests
FROM read_csv($log, header = true, delim = $delim, quote = '"', all_varchar = true)
GROUP BY ALL
ORDER BY date NULLS FIRST, account NULLS FIRST
LIMIT $keys`;
var HEAD_BYTES = 64 * 1024;
var MAX_REPORTED_BAD_LINES = 10;
async function aggregateAccessLog(path, options) {
  const file = openInputFile(path.real, options.limits.maxAccessLogBytes, "limits.maxAccessLogBytes", path.display);
  try {
    return await aggregateOpenLog(path, file.descriptor, options);
  } finally {
    file.close();
  }
}
function pathForDuckDB(path, descriptor) {
  const byDescriptor = `/proc/self/fd/${descriptor}`;
  if (existsSync(byDescriptor)) return byDescriptor;
  if (!/[*?[\]{}]/u.test(path.real)) return path.real;
  throw new InputError(
    { file: path.display, line: 1, column: 1 },
    {
      vi: "Tên đường dẫn của nhật ký truy cập có ký tự *, ?, [ ] hoặc { }, mà DuckDB hiểu là mẫu tên; hãy đổi tên tệp hoặc thư mục.",
      en: "The access log's path holds *, ?, [ ] or { }, which DuckDB reads as a pattern; rename the file or folder."
    }
  );
}
async function aggregateOpenLog(path, descriptor, options) {
  const head = readHead(path, descriptor);
  const columns = logColumns(path, head);
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  try {
    await connection.run(
      "SET TimeZone = 'Asia/Ho_Chi_Minh'; SET enable_progress_bar = true; SET enable_progress_bar_print = false"
    );
    const values = {
      $ts: quoteIdentifier(columns.timestamp),
      $account: quoteIdentifier(columns.account),
      $log: quoteLiteral(pathForDuckDB(path, descriptor)),
      $delim: quoteLiteral(columns.delimiter),
      // One past the limit, so a log over it is known without DuckDB handing over every key.
      $keys: String(options.limits.maxAccessLogKeys + 1)
    };
    const sql = DAILY_COUNTS_SQL.replace(/\$(ts|account|log|delim|keys)\b/gu, (name) => values[name]);
    const stop = options.progress ? showProgress(() => connection.progress.percentage, path.display) : () => {
    };
    let rows;
    try {
      rows = (await connection.runAndReadAll(sql)).getRowObjects();
    } catch (error) {
      throw new InputError(
        { file: path.display, line: 1, column: 1 },
        logUnreadable(error instanceof Error ? error.message : String(error))
      );
    } finally {
      stop();
    }
    if (rows.length > options.limits.maxAccessLogKeys) throw tooManyKeys(path.display, options.limits);
    const bad = rows.filter(
      (row) => row.date === null || String(row.account ?? "").trim() === "" || invalidIsoDate(String(row.date)) !== void 0
    );
    if (bad.length > 0) {
      const located = await locateBadLines(path, descriptor, columns);
      const unreadable = bad.reduce((sum, row) => sum + Number(row.requests), 0);
      return {
        stats: [],
        errors: located.length > 0 ? located : [
          new InputError(
            { file: path.display, line: 1, column: 1 },
            {
              vi: `${unreadable} dòng có thời điểm hoặc tài khoản không đọc được.`,
              en: `${unreadable} lines have a timestamp or account that cannot be read.`
            }
          )
        ]
      };
    }
    const stats = rows.map((row) => ({
      date: String(row.date),
      account: String(row.account).trim(),
      requests: Number(row.requests),
      line: columns.headerLine
    }));
    return { stats, errors: [] };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
function readHead(path, descriptor) {
  {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const bytesRead = readSync(descriptor, buffer, 0, HEAD_BYTES, 0);
    const end = bytesRead < HEAD_BYTES ? bytesRead : buffer.lastIndexOf(10, bytesRead - 1) + 1;
    return logText(buffer.subarray(0, end), path.display);
  }
}
function tooManyKeys(file, limits) {
  return new InputError(
    { file, line: 1, column: 1 },
    {
      vi: `Nhật ký có hơn ${limits.maxAccessLogKeys} cặp tài khoản–ngày khác nhau (giới hạn maxAccessLogKeys); hãy tách theo tháng hoặc theo hệ thống.`,
      en: `The log has more than ${limits.maxAccessLogKeys} distinct account-days (limit maxAccessLogKeys); split it by month or by system.`
    }
  );
}
function logText(bytes, file) {
  const decoded = decodeEvidenceText(bytes);
  if ("refused" in decoded) throw new InputError({ file, line: 1, column: 1 }, decoded.refused);
  if (decoded.encoding !== "utf-8") {
    throw new InputError(
      { file, line: 1, column: 1 },
      { vi: "Nhật ký truy cập phải là văn bản UTF-8.", en: "An access log must be UTF-8 text." }
    );
  }
  return decoded.text.replace(/^\uFEFF/u, "");
}
function logColumns(path, head) {
  const delimiter = delimiterOf(head);
  const header = head.slice(0, head.indexOf("\n") === -1 ? void 0 : head.indexOf("\n")).replace(/\r$/u, "").split(delimiter).map((cell) => cell.trim().replace(/^"|"$/gu, ""));
  const find = (names) => header.findIndex((cell) => names.some((name) => normalizeHeader(name) === normalizeHeader(cell)));
  const timestampIndex = find(ACCESS_LOG_HEADERS.timestamp);
  const accountIndex = find(ACCESS_LOG_HEADERS.account);
  if (timestampIndex === -1 || accountIndex === -1) {
    const expected = `${ACCESS_LOG_HEADERS.timestamp.map((h) => `"${h}"`).join("/")} ${ACCESS_LOG_HEADERS.account.map((h) => `"${h}"`).join("/")}`;
    throw new InputError(
      { file: path.display, line: 1, column: 1 },
      {
        vi: `Dòng đầu của nhật ký truy cập phải có cột thời gian và tài khoản (${expected}).`,
        en: `The access log's first line must name the timestamp and account columns (${expected}).`
      }
    );
  }
  return {
    timestamp: header[timestampIndex],
    account: header[accountIndex],
    timestampIndex,
    accountIndex,
    delimiter,
    headerLine: 1
  };
}
async function locateBadLines(path, descriptor, columns) {
  const { parse } = await import("./lib-W2PYAZXH.js");
  const errors = [];
  const parser = createReadStream("", { fd: descriptor, start: 0, autoClose: false }).pipe(
    parse({ delimiter: columns.delimiter, from_line: 2, relax_column_count: true, info: true, bom: true })
  );
  try {
    await collectBadLines(parser, path, columns, errors);
  } catch (error) {
    errors.push(unsplittableLine(path.display, error));
  }
  parser.destroy();
  return errors;
}
async function collectBadLines(parser, path, columns, errors) {
  for await (const { record, info } of parser) {
    const bad = badLine(record, info.lines, columns, path.display);
    if (bad) errors.push(bad);
    if (errors.length >= MAX_REPORTED_BAD_LINES) break;
  }
}
function unsplittableLine(file, error) {
  const { lines = 1, code = "CSV_INVALID" } = error;
  return new InputError(
    { file, line: lines, column: 1 },
    {
      vi: `Dòng không đọc được (${code}): kiểm tra dấu nháy kép và dấu phân cách.`,
      en: `The line cannot be read (${code}): check the double quotes and separators.`
    }
  );
}
function badLine(record, line, columns, file) {
  const timestamp = record[columns.timestampIndex]?.trim() ?? "";
  const account = record[columns.accountIndex]?.trim() ?? "";
  if (account === "")
    return new InputError(
      { file, line, column: columns.accountIndex + 1 },
      { vi: "Dòng không có tài khoản.", en: "The line has no account." }
    );
  if (isReadableTimestamp(timestamp)) return void 0;
  return new InputError(
    { file, line, column: columns.timestampIndex + 1 },
    {
      vi: `"${timestamp}" không phải thời điểm hợp lệ (cần ISO 8601, ví dụ 2026-10-12T08:30:00+07:00).`,
      en: `"${timestamp}" is not a valid timestamp (expected ISO 8601, e.g. 2026-10-12T08:30:00+07:00).`
    }
  );
}
function isReadableTimestamp(text) {
  return /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/u.test(text) && invalidIsoDate(text.slice(0, 10)) === void 0;
}
function logUnreadable(message) {
  const first = message.split("\n")[0] ?? message;
  return { vi: `Không đọc được nhật ký truy cập: ${first}`, en: `Cannot read the access log: ${first}` };
}
function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}
function quoteLiteral(text) {
  return `'${text.replaceAll("'", "''")}'`;
}
function showProgress(percentage, label) {
  const width = 30;
  const draw = () => {
    const done = Math.max(0, Math.min(100, percentage()));
    const filled = Math.round(done / 100 * width);
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done.toFixed(0).padStart(3)} %`);
  };
  const timer = setInterval(draw, 200);
  return () => {
    clearInterval(timer);
    process.stderr.write(`\r${" ".repeat(label.length + width + 10)}\r`);
  };
}
export {
  DAILY_COUNTS_SQL,
  MAX_REPORTED_BAD_LINES,
  aggregateAccessLog,
  badLine,
  logColumns,
  logText,
  tooManyKeys,
  unsplittableLine
};
