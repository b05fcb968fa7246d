import { createReadStream, existsSync, readSync } from "node:fs";
import { invalidIsoDate } from "../dates.js";
import { InputError, type Bilingual } from "../errors.js";
import { ACCESS_LOG_HEADERS, normalizeHeader } from "./columns.js";
import { delimiterOf } from "./csv.js";
import { decodeEvidenceText } from "./decode.js";
import type { EvidencePath } from "./evidence-path.js";
import type { Limits } from "./limits.js";
import { openInputFile } from "./read-file.js";

/** One account's requests on one day (Vietnam time): the shape the access-statistics rules read. */
export interface DailyCount {
  date: string;
  account: string;
  requests: number;
  /** Line of the log the count points at (the header line: DuckDB's parallel scan does not number lines). */
  line: number;
}

/**
 * The aggregation, as one query so it reads the same on DuckDB or any SQL engine a province may move to
 * (Trino, Spark SQL: replace read_csv with the table). `$log` is the log file, `$ts`/`$account` its columns.
 * The day is the calendar day in Vietnam. A timestamp already in Vietnam time (no offset, or +07:00) gives its
 * first 10 characters directly: no parsing, which keeps the scan near the speed of reading the file. Any other
 * offset (…Z, …+00:00) is parsed and converted, the session time zone being Asia/Ho_Chi_Minh. Lines whose
 * timestamp cannot be read give a NULL or non-date day, and an empty account is NULL; the runner checks every
 * day and account on the result (one row per account-day, so that is cheap: trimming accounts in SQL would
 * cost a function call per line) and reports those lines.
 */
export const DAILY_COUNTS_SQL = `
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

const HEAD_BYTES = 64 * 1024;
export const MAX_REPORTED_BAD_LINES = 10;

/**
 * Streams a raw portal access log (CSV, one line per request, with a header naming the timestamp and account
 * columns) through DuckDB and returns daily counts per account. DuckDB reads the file itself, in parallel and in
 * bounded memory (the result has one row per account-day); see bench/access-log.mjs for the measurement that
 * chose it over a streaming CSV parser in Node. The browser page, which has only the picked bytes, counts them with
 * its own reader (web/src/access-log.ts) under the same limits.
 */
export async function aggregateAccessLog(
  path: EvidencePath,
  options: { progress: boolean; limits: Limits },
): Promise<{ stats: DailyCount[]; errors: InputError[] }> {
  const file = openInputFile(path.real, options.limits.maxAccessLogBytes, "limits.maxAccessLogBytes", path.display);
  try {
    return await aggregateOpenLog(path, file.descriptor, options);
  } finally {
    file.close();
  }
}

/**
 * DuckDB expands `*`, `?` and `[…]` in any path it is given, so a literal name such as `[p]ortal/access.csv`
 * (checked as confined) would read `portal/access.csv`, maybe a link out of the folder. It is given the file
 * descriptor already opened and checked instead (Linux), or the real path when that holds no such character.
 */
function pathForDuckDB(path: EvidencePath, descriptor: number): string {
  const byDescriptor = `/proc/self/fd/${descriptor}`;
  if (existsSync(byDescriptor)) return byDescriptor;
  if (!/[*?[\]{}]/u.test(path.real)) return path.real;
  throw new InputError(
    { file: path.display, line: 1, column: 1 },
    {
      vi: "Tên đường dẫn của nhật ký truy cập có ký tự *, ?, [ ] hoặc { }, mà DuckDB hiểu là mẫu tên; hãy đổi tên tệp hoặc thư mục.",
      en: "The access log's path holds *, ?, [ ] or { }, which DuckDB reads as a pattern; rename the file or folder.",
    },
  );
}

async function aggregateOpenLog(
  path: EvidencePath,
  descriptor: number,
  options: { progress: boolean; limits: Limits },
): Promise<{ stats: DailyCount[]; errors: InputError[] }> {
  const head = readHead(path, descriptor);
  const columns = logColumns(path, head);
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await instance.connect();
  try {
    await connection.run(
      "SET TimeZone = 'Asia/Ho_Chi_Minh'; SET enable_progress_bar = true; SET enable_progress_bar_print = false",
    );
    const values: Record<string, string> = {
      $ts: quoteIdentifier(columns.timestamp),
      $account: quoteIdentifier(columns.account),
      $log: quoteLiteral(pathForDuckDB(path, descriptor)),
      $delim: quoteLiteral(columns.delimiter),
      // One past the limit, so a log over it is known without DuckDB handing over every key.
      $keys: String(options.limits.maxAccessLogKeys + 1),
    };
    const sql = DAILY_COUNTS_SQL.replace(/\$(ts|account|log|delim|keys)\b/gu, (name) => values[name]!);
    const stop = options.progress ? showProgress(() => connection.progress.percentage, path.display) : () => {};
    let rows: Record<string, unknown>[];
    try {
      rows = (await connection.runAndReadAll(sql)).getRowObjects();
    } catch (error) {
      throw new InputError(
        { file: path.display, line: 1, column: 1 },
        logUnreadable(error instanceof Error ? error.message : String(error)),
      );
    } finally {
      stop();
    }
    if (rows.length > options.limits.maxAccessLogKeys) throw tooManyKeys(path.display, options.limits);
    const bad = rows.filter(
      (row) => row.date === null || String(row.account ?? "").trim() === "" || invalidIsoDate(String(row.date)) !== undefined,
    );
    if (bad.length > 0) {
      const located = await locateBadLines(path, descriptor, columns);
      const unreadable = bad.reduce((sum, row) => sum + Number(row.requests), 0);
      // Never let unreadable lines vanish: if the line-by-line pass cannot say which they are, say how many.
      return {
        stats: [],
        errors:
          located.length > 0
            ? located
            : [
                new InputError(
                  { file: path.display, line: 1, column: 1 },
                  {
                    vi: `${unreadable} dòng có thời điểm hoặc tài khoản không đọc được.`,
                    en: `${unreadable} lines have a timestamp or account that cannot be read.`,
                  },
                ),
              ],
      };
    }
    // Accounts that differ only by surrounding spaces are merged by the caller (fromAccessStats keys on the result).
    const stats = rows.map((row) => ({
      date: String(row.date),
      account: String(row.account).trim(),
      requests: Number(row.requests),
      line: columns.headerLine,
    }));
    return { stats, errors: [] };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export interface LogColumns {
  timestamp: string;
  account: string;
  timestampIndex: number;
  accountIndex: number;
  delimiter: string;
  headerLine: number;
}

function readHead(path: EvidencePath, descriptor: number): string {
  {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const bytesRead = readSync(descriptor, buffer, 0, HEAD_BYTES, 0);
    // Cut at the last full line so a multi-byte character split at the boundary is not mistaken for bad UTF-8.
    const end = bytesRead < HEAD_BYTES ? bytesRead : buffer.lastIndexOf(10, bytesRead - 1) + 1;
    return logText(buffer.subarray(0, end), path.display);
  }
}

/** A log with more account-days than limits.maxAccessLogKeys (also the browser page's reader). */
export function tooManyKeys(file: string, limits: Limits): InputError {
  return new InputError(
    { file, line: 1, column: 1 },
    {
      vi: `Nhật ký có hơn ${limits.maxAccessLogKeys} cặp tài khoản–ngày khác nhau (giới hạn maxAccessLogKeys); hãy tách theo tháng hoặc theo hệ thống.`,
      en: `The log has more than ${limits.maxAccessLogKeys} distinct account-days (limit maxAccessLogKeys); split it by month or by system.`,
    },
  );
}

/** A log's text: UTF-8 only (refused otherwise, at line 1), without a byte-order mark. */
export function logText(bytes: Uint8Array, file: string): string {
  const decoded = decodeEvidenceText(bytes);
  if ("refused" in decoded) throw new InputError({ file, line: 1, column: 1 }, decoded.refused);
  if (decoded.encoding !== "utf-8") {
    throw new InputError(
      { file, line: 1, column: 1 },
      { vi: "Nhật ký truy cập phải là văn bản UTF-8.", en: "An access log must be UTF-8 text." },
    );
  }
  return decoded.text.replace(/^\uFEFF/u, "");
}

export function logColumns(path: EvidencePath, head: string): LogColumns {
  const delimiter = delimiterOf(head);
  const header = head
    .slice(0, head.indexOf("\n") === -1 ? undefined : head.indexOf("\n"))
    .replace(/\r$/u, "")
    .split(delimiter)
    .map((cell) => cell.trim().replace(/^"|"$/gu, ""));
  const find = (names: string[]) =>
    header.findIndex((cell) => names.some((name) => normalizeHeader(name) === normalizeHeader(cell)));
  const timestampIndex = find(ACCESS_LOG_HEADERS.timestamp);
  const accountIndex = find(ACCESS_LOG_HEADERS.account);
  if (timestampIndex === -1 || accountIndex === -1) {
    const expected = `${ACCESS_LOG_HEADERS.timestamp.map((h) => `"${h}"`).join("/")} ${ACCESS_LOG_HEADERS.account.map((h) => `"${h}"`).join("/")}`;
    throw new InputError(
      { file: path.display, line: 1, column: 1 },
      {
        vi: `Dòng đầu của nhật ký truy cập phải có cột thời gian và tài khoản (${expected}).`,
        en: `The access log's first line must name the timestamp and account columns (${expected}).`,
      },
    );
  }
  return {
    timestamp: header[timestampIndex]!,
    account: header[accountIndex]!,
    timestampIndex,
    accountIndex,
    delimiter,
    headerLine: 1,
  };
}

/** Only on the error path: finds the first lines DuckDB could not read, so the user can open them. */
async function locateBadLines(path: EvidencePath, descriptor: number, columns: LogColumns): Promise<InputError[]> {
  const { parse } = await import("csv-parse");
  const errors: InputError[] = [];
  const parser = createReadStream("", { fd: descriptor, start: 0, autoClose: false }).pipe(
    parse({ delimiter: columns.delimiter, from_line: 2, relax_column_count: true, info: true, bom: true }),
  );
  try {
    await collectBadLines(parser as AsyncIterable<{ record: string[]; info: { lines: number } }>, path, columns, errors);
  } catch (error) {
    errors.push(unsplittableLine(path.display, error));
  }
  parser.destroy();
  return errors;
}

async function collectBadLines(
  parser: AsyncIterable<{ record: string[]; info: { lines: number } }>,
  path: EvidencePath,
  columns: LogColumns,
  errors: InputError[],
): Promise<void> {
  for await (const { record, info } of parser) {
    const bad = badLine(record, info.lines, columns, path.display);
    if (bad) errors.push(bad);
    if (errors.length >= MAX_REPORTED_BAD_LINES) break;
  }
}

/** A line csv-parse cannot split (a stray quote) is itself a bad line; its message quotes the text, so only the code. */
export function unsplittableLine(file: string, error: unknown): InputError {
  const { lines = 1, code = "CSV_INVALID" } = error as { lines?: number; code?: string };
  return new InputError(
    { file, line: lines, column: 1 },
    {
      vi: `Dòng không đọc được (${code}): kiểm tra dấu nháy kép và dấu phân cách.`,
      en: `The line cannot be read (${code}): check the double quotes and separators.`,
    },
  );
}

/** Why a log line cannot be counted (no account, or a timestamp that is not ISO 8601), or undefined. */
export function badLine(record: string[], line: number, columns: LogColumns, file: string): InputError | undefined {
  const timestamp = record[columns.timestampIndex]?.trim() ?? "";
  const account = record[columns.accountIndex]?.trim() ?? "";
  if (account === "")
    return new InputError(
      { file, line, column: columns.accountIndex + 1 },
      { vi: "Dòng không có tài khoản.", en: "The line has no account." },
    );
  if (isReadableTimestamp(timestamp)) return undefined;
  return new InputError(
    { file, line, column: columns.timestampIndex + 1 },
    {
      vi: `"${timestamp}" không phải thời điểm hợp lệ (cần ISO 8601, ví dụ 2026-10-12T08:30:00+07:00).`,
      en: `"${timestamp}" is not a valid timestamp (expected ISO 8601, e.g. 2026-10-12T08:30:00+07:00).`,
    },
  );
}

function isReadableTimestamp(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/u.test(text) &&
    invalidIsoDate(text.slice(0, 10)) === undefined
  );
}

function logUnreadable(message: string): Bilingual {
  const first = message.split("\n")[0] ?? message;
  return { vi: `Không đọc được nhật ký truy cập: ${first}`, en: `Cannot read the access log: ${first}` };
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A one-line bar on stderr while DuckDB scans; cleared when done. */
function showProgress(percentage: () => number, label: string): () => void {
  const width = 30;
  const draw = () => {
    const done = Math.max(0, Math.min(100, percentage()));
    const filled = Math.round((done / 100) * width);
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done.toFixed(0).padStart(3)} %`);
  };
  const timer = setInterval(draw, 200);
  return () => {
    clearInterval(timer);
    process.stderr.write(`\r${" ".repeat(label.length + width + 10)}\r`);
  };
}
