import {
  Composer,
  isCollection,
  Lexer,
  Parser,
  visit,
  YAMLParseError,
  type Document,
  type DocumentOptions,
  type LineCounter,
  type ParseOptions,
  type SchemaOptions,
} from "yaml";
import { InputError, UsageError, type Location } from "../errors.js";
import { readInputFile, tooLarge } from "./read-file.js";

/**
 * Resource limits for untrusted config files. Every limit is checked before the expensive step it protects, so a
 * hostile file is refused in bounded time and memory with a message naming the limit and the option that raises it.
 */
export interface Limits {
  /** Largest config file read, in bytes; checked on the file size before reading (`--max-file-size`). */
  maxFileBytes: number;
  /** Deepest nesting of mappings and sequences; checked on the token stream before building values (`--max-depth`). */
  maxDepth: number;
  /** Alias expansion budget (YAML anchors/aliases), as the yaml library counts it; 0 forbids aliases (`--max-aliases`). */
  maxAliases: number;
  /** Largest linear memory the policy WASM may grow to, in bytes (fails closed as an engine error beyond it). */
  maxPolicyMemoryBytes: number;
  /** Largest CSV or XLSX evidence file, in bytes, on the open file before reading (`--max-evidence-size`). */
  maxEvidenceBytes: number;
  /** Largest raw access log, in bytes: DuckDB streams it, so this bounds time rather than memory. */
  maxAccessLogBytes: number;
  /** Most rows in one CSV or XLSX list (header included); checked while parsing, or on the sheet's cell references. */
  maxRows: number;
  /** Most columns in one CSV or XLSX list. */
  maxColumns: number;
  /** Longest cell, in characters (a CSV record, an access-log line: this times maxColumns). */
  maxCellChars: number;
  /** Most bytes an XLSX may inflate to (all its parts), from the zip's central directory before inflating. */
  maxXlsxInflatedBytes: number;
  /** Highest compression ratio of an XLSX part larger than 1 MiB (real sheets stay under 20; bombs reach 1000). */
  maxXlsxRatio: number;
  /** Most account-day counts an access log may aggregate to (distinct keys); beyond, the log is refused. */
  maxAccessLogKeys: number;
  /** Largest profile or baseline report read, in bytes. */
  maxReportBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxPolicyMemoryBytes: 1024 * 1024 * 1024,
  maxEvidenceBytes: 16 * 1024 * 1024,
  maxAccessLogBytes: 4 * 1024 * 1024 * 1024,
  maxRows: 100_000,
  maxColumns: 256,
  maxCellChars: 10_000,
  maxXlsxInflatedBytes: 100 * 1024 * 1024,
  maxXlsxRatio: 100,
  maxAccessLogKeys: 200_000,
  maxReportBytes: 64 * 1024 * 1024,
};

export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [name, value] of Object.entries(overrides) as [keyof Limits, number | undefined][]) {
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 0) throw new UsageError(`limits.${name}`, notACount(name));
    limits[name] = value;
  }
  return limits;
}

const SIZE = /^(\d+)\s*([kmg]i?b?|b)?$/i;
const UNIT: Record<string, number> = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Parses a size such as 10485760, 512K, 10MB or 1GiB (units are binary: K = 1024). */
export function parseSize(text: string, option: string): number {
  const match = SIZE.exec(text.trim());
  const bytes = match ? Number(match[1]) * UNIT[(match[2] ?? "").charAt(0).toLowerCase()]! : Number.NaN;
  if (!Number.isSafeInteger(bytes)) {
    throw new UsageError(option, {
      vi: `"${text}" không phải kích thước hợp lệ; dùng số byte hoặc kèm đơn vị K, M, G (ví dụ 10M).`,
      en: `"${text}" is not a size; give bytes or a number with K, M or G (e.g. 10M).`,
    });
  }
  return bytes;
}

/** Reads a config file through the one reader (read-file.ts): a regular file within `maxFileBytes`. */
// Async for its callers (a file source reads asynchronously in the browser); the read itself is synchronous.
// eslint-disable-next-line @typescript-eslint/require-await
export async function readWithinLimits(file: string, limits: Limits): Promise<Buffer> {
  return readInputFile(file, limits.maxFileBytes);
}

/** Refuses a file larger than the limit, before a byte of it is read. */
export function checkFileSize(file: string, bytes: number, limits: Limits): void {
  if (bytes > limits.maxFileBytes) throw tooLarge(file, bytes, limits.maxFileBytes, "--max-file-size");
}

/**
 * yaml's parseDocument, in two steps so the depth limit is checked between them: the token stream is built with
 * an explicit stack, the composer that turns it into nodes recurses, and its own stack overflow would otherwise
 * decide the limit, at a depth that varies by machine. Fills `lines` with the line starts.
 */
export function parseWithinLimits(
  text: string,
  file: string,
  limits: Limits,
  lines: LineCounter,
  options: ParseOptions & DocumentOptions & SchemaOptions,
): Document.Parsed {
  checkLexicalNesting(text, file, limits);
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  checkNesting(tokens, file, limits, lines);
  let document: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!document) document = next;
    else {
      document.errors.push(
        new YAMLParseError(next.range.slice(0, 2) as [number, number], "MULTIPLE_DOCS", "Source contains multiple documents"),
      );
      break;
    }
  }
  return document!;
}

/**
 * The same limit, from the lexer (many times faster than the parser) so bombs stop early: brackets, and "- - - …"
 * or "? ? …" indicators on one line. Deeper block nesting needs ever longer indentation, so within the size limit
 * what gets past here is shallow enough for the parser to reach checkNesting quickly.
 */
function checkLexicalNesting(text: string, file: string, limits: Limits): void {
  let flow = 0;
  let indicators = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === "[" || token === "{") flow += 1;
    else if (token === "]" || token === "}") flow -= 1;
    else if (token === "-" || token === "?") indicators += 1;
    else if (token === "\n" || token === "\r\n") indicators = 0;
    if (flow > limits.maxDepth || indicators > limits.maxDepth) {
      const before = text.slice(0, offset);
      throw tooDeep(file, limits, before.split("\n").length, offset - before.lastIndexOf("\n"));
    }
    offset += token.length;
  }
}

/** Refuses nesting deeper than the limit, at the line of the first collection past it. */
function checkNesting(tokens: unknown[], file: string, limits: Limits, lines: LineCounter): void {
  const pending = tokens.map((token) => ({ token, depth: 0 }));
  while (pending.length > 0) {
    const { token, depth } = pending.pop()!;
    if (!token || typeof token !== "object") continue;
    const node = token as { type?: string; offset?: number; value?: unknown; items?: Array<{ key?: unknown; value?: unknown }> };
    if (node.type === "document") pending.push({ token: node.value, depth });
    if (!node.items || !/^(block-map|block-seq|flow-collection)$/.test(node.type ?? "")) continue;
    if (depth + 1 > limits.maxDepth) {
      const { line, col } = lines.linePos(node.offset ?? 0);
      throw tooDeep(file, limits, line, col);
    }
    for (const item of node.items) {
      pending.push({ token: item.key, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
    }
  }
}

export function tooDeep(file: string, limits: Limits, line: number, column: number): InputError {
  return new InputError(
    { file, line, column },
    {
      vi:
        `Cấu hình lồng nhau sâu quá ${limits.maxDepth} cấp tại đây. Tệp cơ sở thật chỉ cần vài cấp: ` +
        "hãy kiểm tra thụt lề và dấu ngoặc, hoặc nâng giới hạn bằng --max-depth.",
      en:
        `The configuration nests deeper than ${limits.maxDepth} levels here. A real facility file needs only a few: ` +
        "check the indentation and brackets, or raise the limit with --max-depth.",
    },
  );
}

/**
 * Refuses an alias that points into its own anchor: it would build a cyclic value that no JSON consumer (the
 * schema validator, the policy input) can handle.
 */
export function checkAliases(document: Document, file: string, lines: LineCounter): void {
  let cyclic: Location | undefined;
  visit(document, {
    Alias(_key, alias, path) {
      const target = alias.resolve(document);
      if (!target || !isCollection(target) || !path.includes(target)) return undefined;
      const { line, col } = lines.linePos(alias.range?.[0] ?? 0);
      cyclic = { file, line, column: col };
      return visit.BREAK;
    },
  });
  if (cyclic) {
    throw new InputError(cyclic, {
      vi: "Bí danh YAML (*tên) trỏ vào chính khối chứa nó, tạo vòng lặp vô hạn. Hãy viết giá trị ra đầy đủ thay cho bí danh.",
      en: "This YAML alias (*name) points into the very block that contains it, making an endless loop. Write the value out instead of aliasing it.",
    });
  }
}

/** The message for a value the yaml library refused to expand (alias bomb or unresolved alias). */
export function aliasError(document: Document, file: string, lines: LineCounter, limits: Limits, reason: string): InputError {
  let offset = 0;
  visit(document, {
    Alias(_key, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  const { line, col } = lines.linePos(offset);
  const unresolved = /unresolved/i.test(reason);
  return new InputError(
    { file, line, column: col },
    unresolved
      ? {
          vi: "Bí danh YAML (*tên) không trỏ tới neo (&tên) nào đã khai báo trước nó. Hãy khai báo neo trước hoặc viết giá trị ra đầy đủ.",
          en: "This YAML alias (*name) refers to no anchor (&name) defined before it. Define the anchor first or write the value out.",
        }
      : {
          vi:
            `Các bí danh YAML (*tên) nhân bản dữ liệu quá giới hạn ${limits.maxAliases} (kiểu tấn công "billion laughs"). ` +
            "Hãy viết giá trị ra đầy đủ, hoặc nâng giới hạn bằng --max-aliases nếu tệp này là đúng.",
          en:
            `YAML aliases (*name) expand the data beyond the limit of ${limits.maxAliases} (a "billion laughs" pattern). ` +
            "Write the values out, or raise the limit with --max-aliases if the file is genuine.",
        },
  );
}

/** Refuses binary content (NUL bytes): a binary file, or UTF-16 text, which the tool does not read. */
export function checkText(text: string, file: string): void {
  const nul = text.indexOf("\u0000");
  if (nul < 0) return;
  throw new InputError(
    { file, line: text.slice(0, nul).split("\n").length, column: 1 },
    {
      vi: "Tệp chứa byte NUL: đây là tệp nhị phân hoặc văn bản UTF-16, không phải cấu hình YAML/JSON UTF-8. Hãy lưu lại với bảng mã UTF-8.",
      en: "The file contains NUL bytes: it is binary or UTF-16 text, not a UTF-8 YAML/JSON configuration. Save it as UTF-8.",
    },
  );
}

function notACount(name: keyof Limits) {
  return { vi: `Giới hạn ${name} phải là số nguyên không âm.`, en: `The limit ${name} must be a non-negative integer.` };
}
