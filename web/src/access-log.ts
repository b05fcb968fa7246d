import { parse } from "csv-parse/sync";
import { todayInVietnam } from "../../src/dates.js";
import type { InputError } from "../../src/errors.js";
import {
  badLine,
  logColumns,
  logText,
  MAX_REPORTED_BAD_LINES,
  tooManyKeys,
  unsplittableLine,
  type DailyCount,
} from "../../src/load/access-log.js";
import type { EvidencePath } from "../../src/load/evidence-path.js";
import type { Limits } from "../../src/load/limits.js";
import type { FileSource } from "../../src/load/source.js";

/**
 * Raw portal access logs in the page, where DuckDB (native) cannot run: the same header columns, line checks and
 * day rule as src/load/access-log.ts, counted in one pass over the picked file with csv-parse, which the page
 * already carries for CSV evidence. The whole log is in memory, so logs of hundreds of MB are for the CLI.
 */
export async function aggregateAccessLog(
  path: EvidencePath,
  options: { limits: Limits; source: FileSource },
): Promise<{ stats: DailyCount[]; errors: InputError[] }> {
  const { limits } = options;
  // A log's own size limit (limits.maxAccessLogBytes), as the CLI's reader applies to it, not the evidence one.
  const text = logText(
    await options.source.readEvidence(path, { ...limits, maxEvidenceBytes: limits.maxAccessLogBytes }),
    path.display,
  );
  const columns = logColumns(path, text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = (parse as (input: string, options: object) => typeof records)(text, {
      delimiter: columns.delimiter,
      from_line: 2,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      // As CSV evidence (src/load/csv.ts): one record longer than every cell at its longest is refused as it is read.
      max_record_size: limits.maxCellChars * limits.maxColumns,
    });
  } catch (error) {
    return { stats: [], errors: [unsplittableLine(path.display, error)] };
  }
  const counts = new Map<string, DailyCount>();
  const errors: InputError[] = [];
  for (const { record, info } of records) {
    const bad = badLine(record, info.lines, columns, path.display);
    if (bad) {
      if (errors.length < MAX_REPORTED_BAD_LINES) errors.push(bad);
      continue;
    }
    const date = vietnamDay(record[columns.timestampIndex]!.trim());
    const account = record[columns.accountIndex]!.trim();
    const key = `${date}\t${account}`;
    const count = counts.get(key);
    if (count) count.requests += 1;
    else counts.set(key, { date, account, requests: 1, line: columns.headerLine });
    if (counts.size > limits.maxAccessLogKeys) throw tooManyKeys(path.display, limits);
  }
  if (errors.length > 0) return { stats: [], errors };
  const stats = [...counts.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.account < b.account ? -1 : a.account > b.account ? 1 : 0),
  );
  return { stats, errors: [] };
}

/**
 * As DAILY_COUNTS_SQL: a timestamp in Vietnam time (no offset, or +07:00) is its first 10 characters; another
 * offset is converted to the day in Vietnam (JavaScript would read an offset-less one in the browser's zone).
 */
function vietnamDay(timestamp: string): string {
  const offset = /(Z|[+-]\d{2}(:?\d{2})?)$/u.exec(timestamp.slice(10))?.[0];
  if (offset === undefined) return timestamp.slice(0, 10);
  // ±HH, ±HHMM and ±HH:MM all mean the same offset; Date reads only the last form.
  const zone = offset === "Z" ? "Z" : `${offset.slice(0, 3)}:${offset.length > 3 ? offset.slice(-2) : "00"}`;
  if (zone === "+07:00") return timestamp.slice(0, 10);
  return todayInVietnam(new Date(`${timestamp.slice(0, timestamp.length - offset.length).replace(" ", "T")}${zone}`));
}
