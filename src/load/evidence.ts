import { extname } from "node:path";
import { InputError, type Bilingual, type Location } from "../errors.js";
import type { DailyCount } from "./access-log.js";
import { convertCell } from "./cells.js";
import { headersFor, importableFields, importableLists, matchHeader, type Field, type ListFields } from "./columns.js";
import { escapePointerToken, locate, type LoadedConfig, type SourcePosition } from "./config.js";
import { confineEvidencePath, type EvidencePath } from "./evidence-path.js";
import type { Table } from "./table.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { importFeature } from "./optional.js";
import { DISK_SOURCE, type FileSource } from "./source.js";

/** A list given as `{ from: file }` instead of inline items (schemas/facility.v2.schema.json#/$defs/evidenceImport). */
export interface EvidenceImport {
  from: string;
  sheet?: string;
  columns?: Record<string, string | null>;
  format?: "rows" | "access-log";
}

interface Imported {
  items: unknown[];
  positions: Map<string, SourcePosition>;
}

/**
 * Replaces every list given as `{ from: file }` with the rows of that file, and points each imported item and
 * field at its file:row:column (and sheet), so schema errors and findings land on the spreadsheet row.
 * Returns every problem found (all rows, all files), or none.
 */
export async function importEvidence(
  config: LoadedConfig,
  options: { progress?: boolean; limits?: Limits; source?: FileSource } = {},
): Promise<InputError[]> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const source = options.source ?? DISK_SOURCE;
  const errors: InputError[] = [];
  for (const { pointer, parent, key, request } of evidenceImports(config)) {
    const where = locate(config, `${pointer}/from`);
    try {
      const path = await confineEvidencePath(config.file, request.from, where, source);
      const imported = await importList(
        pointer,
        request,
        path,
        where,
        { progress: options.progress ?? false, limits, source },
        errors,
        config.data,
      );
      if (!imported) continue;
      parent[key] = imported.items;
      for (const [itemPointer, position] of imported.positions) config.positions.set(itemPointer, position);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  return errors;
}

/** Imports left in a config that was not read from disk (checkSource): they cannot be resolved, so refuse them. */
export function unresolvedImports(config: LoadedConfig): InputError[] {
  return evidenceImports(config).map(
    ({ pointer }) =>
      new InputError(locate(config, `${pointer}/from`), {
        vi: "Danh sách lấy từ tệp (from) chỉ đọc được khi kiểm tra một tệp cấu hình trên đĩa.",
        en: "A list imported from a file (from) can only be read when checking a config file on disk.",
      }),
  );
}

function evidenceImports(config: LoadedConfig) {
  const found: { pointer: string; parent: Record<string, unknown>; key: string; request: EvidenceImport }[] = [];
  for (const pointer of importableLists()) {
    const tokens = pointer.split("/").slice(1);
    const key = tokens.pop()!;
    let parent: unknown = config.data;
    for (const token of tokens) parent = isObject(parent) ? parent[token] : undefined;
    if (!isObject(parent)) continue;
    const value = parent[key];
    // Anything else that is not a list is left to the schema validator to report.
    if (isObject(value) && typeof value.from === "string")
      found.push({ pointer, parent, key, request: value as unknown as EvidenceImport });
  }
  return found;
}

async function importList(
  pointer: string,
  request: EvidenceImport,
  path: EvidencePath,
  where: Location,
  options: { progress: boolean; limits: Limits; source: FileSource },
  errors: InputError[],
  data: unknown,
): Promise<Imported | undefined> {
  const extension = extname(path.display).toLowerCase();
  if (request.format === "access-log") {
    if (pointer !== "/accessStats")
      throw new InputError(where, {
        vi: "format: access-log chỉ dùng cho accessStats.",
        en: "format: access-log is only for accessStats.",
      });
    const { aggregateAccessLog } = await importFeature(() => import("./access-log.js"), where, {
      what: { vi: "nhật ký truy cập thô", en: "raw access logs" },
      needs: "DuckDB",
      packageName: "@duckdb/node-api",
      inPage: {
        vi: "Hãy kiểm tra tệp này bằng lệnh kcb (kcb check).",
        en: "Check this file with the kcb command line (kcb check).",
      },
    });
    const { stats, errors: logErrors } = await aggregateAccessLog(path, options);
    errors.push(...logErrors);
    return logErrors.length > 0 ? undefined : fromAccessStats(pointer, path.display, stats, accountIdsByUsername(data));
  }
  if (request.sheet !== undefined && extension !== ".xlsx") {
    throw new InputError(where, { vi: "sheet chỉ dùng cho tệp .xlsx.", en: "sheet applies to .xlsx files only." });
  }
  if (extension === ".log") {
    throw new InputError(where, {
      vi: "Tệp .log chỉ đọc được với format: access-log.",
      en: "A .log file is read only with format: access-log.",
    });
  }
  // Readers are imported when a config names such a file, so configs without evidence start as fast as before.
  const bytes = await options.source.readEvidence(path, options.limits);
  const table =
    extension === ".xlsx"
      ? await (await import("./xlsx.js")).readXlsxTable(path, bytes, options.limits, request.sheet)
      : (await import("./csv.js")).readCsvTable(path, bytes, options.limits);
  const list = importableFields(pointer);
  if (!list) throw new Error(`no item schema for ${pointer}`);
  return fromTable(pointer, table, list, request.columns ?? {}, errors);
}

function fromTable(
  pointer: string,
  table: Table,
  list: ListFields,
  extra: Record<string, string | null>,
  errors: InputError[],
): Imported | undefined {
  const at = (line: number, column: number): Location => ({
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    line,
    column,
  });
  const fail = (line: number, column: number, text: Bilingual) => errors.push(new InputError(at(line, column), text));
  const before = errors.length;
  // Title rows above the table are common in Vietnamese spreadsheets: the header is the first row naming a field.
  const headerIndex = table.rows.findIndex((row) =>
    row.cells.some((cell) => typeof cell === "string" && matchHeader(cell, list.fields, extra)),
  );
  const header = table.rows[headerIndex];
  if (!header) {
    fail(1, 1, {
      vi: "Không tìm thấy dòng tiêu đề có tên cột đã biết (xem README).",
      en: "No header row with a known column name (see the README).",
    });
    return undefined;
  }
  const columns = header.cells.map((cell, index): Field | null => {
    const name = cell === null || cell === undefined ? "" : String(cell);
    const field = name.trim() === "" ? null : matchHeader(name, list.fields, extra);
    if (field === undefined) {
      const known = list.fields
        .map((f) =>
          headersFor(f)
            .map((h) => `"${h}"`)
            .join("/"),
        )
        .join(", ");
      fail(header.line, index + 1, {
        vi: `Cột "${name}" không khớp trường nào; các cột nhận được: ${known}.`,
        en: `Column "${name}" matches no field; accepted columns: ${known}.`,
      });
      return null;
    }
    return field;
  });
  const mapped = columns.filter((field): field is Field => field !== null).map((field) => field.path.join("."));
  mapped
    .filter((name, index) => mapped.indexOf(name) !== index)
    .forEach((name) =>
      fail(header.line, 1, { vi: `Hai cột cùng ứng với trường "${name}".`, en: `Two columns map to the field "${name}".` }),
    );
  for (const name of list.required.filter((required) => !columns.some((field) => field?.path[0] === required))) {
    const accepted = headersFor({ path: [name], kind: "string" })
      .map((h) => `"${h}"`)
      .join("/");
    fail(header.line, 1, { vi: `Thiếu cột bắt buộc ${accepted}.`, en: `Missing the required column ${accepted}.` });
  }
  if (errors.length > before) return undefined;
  const items: unknown[] = [];
  const positions = new Map<string, SourcePosition>();
  const position = (line: number, column: number): SourcePosition => ({
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    line,
    column,
  });
  for (const row of table.rows.slice(headerIndex + 1)) {
    const item: Record<string, unknown> = {};
    const itemPointer = `${pointer}/${items.length}`;
    positions.set(itemPointer, position(row.line, 1));
    columns.forEach((field, index) => {
      if (!field) return;
      const converted = convertCell(row.cells[index], field.kind, table.spreadsheet);
      if ("empty" in converted) return;
      if ("error" in converted) {
        fail(row.line, index + 1, {
          vi: `Cột "${String(header.cells[index])}": ${converted.error.vi}.`,
          en: `Column "${String(header.cells[index])}": ${converted.error.en}.`,
        });
        return;
      }
      setPath(item, field.path, converted.value);
      field.path.forEach((_, depth) => {
        const fieldPointer = `${itemPointer}/${field.path
          .slice(0, depth + 1)
          .map(escapePointerToken)
          .join("/")}`;
        if (!positions.has(fieldPointer)) positions.set(fieldPointer, position(row.line, index + 1));
      });
    });
    items.push(item);
  }
  return errors.length > before ? undefined : { items, positions };
}

/**
 * Portal logs name the login (username); the rules read account ids. A log value that is some account's
 * username becomes that account's id (accounts are imported before accessStats); others are kept as they are.
 */
function fromAccessStats(pointer: string, file: string, stats: DailyCount[], idOf: Map<string, string>): Imported {
  const merged = new Map<string, DailyCount>();
  for (const count of stats) {
    const account = idOf.get(count.account) ?? count.account;
    const key = `${count.date}\t${account}`;
    const existing = merged.get(key);
    if (existing) existing.requests += count.requests;
    else merged.set(key, { ...count, account });
  }
  const positions = new Map<string, SourcePosition>();
  const items = [...merged.values()].map(({ date, account, requests, line }, index) => {
    positions.set(`${pointer}/${index}`, { file, line, column: 1 });
    return { date, account, requests };
  });
  return { items, positions };
}

function accountIdsByUsername(data: unknown): Map<string, string> {
  const accounts = isObject(data) && Array.isArray(data.accounts) ? data.accounts : [];
  return new Map(
    accounts
      .filter(isObject)
      .flatMap((account) =>
        typeof account.username === "string" && typeof account.id === "string"
          ? [[account.username, account.id] as [string, string]]
          : [],
      ),
  );
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const token of path.slice(0, -1)) {
    if (!isObject(node[token])) node[token] = {};
    node = node[token] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
