import { extname } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, type Node } from "yaml";
import { InputError, type Location } from "../errors.js";
import { parseCommonYaml } from "./fast-yaml.js";
import { checkStrictJson } from "./json-strict.js";
import { aliasError, checkAliases, checkFileSize, checkText, DEFAULT_LIMITS, parseWithinLimits, type Limits } from "./limits.js";
import { DISK_SOURCE, type FileSource } from "./source.js";
import { escapePointerToken } from "./pointer.js";
import type { PositionIndex, SourcePosition } from "./positions.js";

export type { PositionIndex, SourcePosition };

/** A facility configuration as parsed, with the source position of every value for file:line findings. */
export interface LoadedConfig {
  file: string;
  data: unknown;
  /**
   * JSON pointer → source region of the member (key to end of value) or of the array element. Items imported
   * from an evidence file (CSV, XLSX, access log) carry that file, and sheet, instead of the config's.
   */
  positions: PositionIndex;
}

export const CONFIG_EXTENSIONS = [".yaml", ".yml", ".json"];

export async function loadConfigFile(
  file: string,
  limits: Limits = DEFAULT_LIMITS,
  source: FileSource = DISK_SOURCE,
): Promise<LoadedConfig> {
  if (!CONFIG_EXTENSIONS.includes(extname(file).toLowerCase())) {
    throw new InputError(
      { file, line: 1, column: 1 },
      {
        vi: `Không đọc được loại tệp này; cần tệp ${CONFIG_EXTENSIONS.join(", ")}.`,
        en: `Unsupported file type; expected one of ${CONFIG_EXTENSIONS.join(", ")}.`,
      },
    );
  }
  return parseConfig(decodeUtf8(await source.readConfig(file, limits), file), file, limits);
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes).normalize("NFC");
  } catch {
    throw new InputError(
      { file, line: 1, column: 1 },
      { vi: "Tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8.", en: "The file is not UTF-8 text; save it as UTF-8." },
    );
  }
}

/**
 * Parses YAML or JSON (JSON is read as YAML 1.2, which keeps the positions and rejects duplicate keys).
 * The core schema keeps dates such as 2024-01-15 as strings. An ordinary file takes the fast path (fast-yaml.ts);
 * anything else, and every file with an error, the thorough one, which decides what is refused and how.
 */
export function parseConfig(text: string, file: string, limits: Limits = DEFAULT_LIMITS): LoadedConfig {
  checkFileSize(file, Buffer.byteLength(text), limits);
  checkText(text, file);
  const thorough = () => parseThoroughly(text, file, limits).positions;
  const common = extname(file).toLowerCase() !== ".json" || isJson(text) ? parseCommonYaml(text, limits, thorough) : undefined;
  return common ? { file, ...common } : parseThoroughly(text, file, limits);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The yaml library's Document, with every limit checked and a position recorded for every node. */
export function parseThoroughly(
  text: string,
  file: string,
  limits: Limits = DEFAULT_LIMITS,
): LoadedConfig & { positions: Map<string, SourcePosition> } {
  checkFileSize(file, Buffer.byteLength(text), limits);
  checkText(text, file);
  const lineCounter = new LineCounter();
  const document = parseWithinLimits(text, file, limits, lineCounter, {
    schema: "core",
    uniqueKeys: true,
    prettyErrors: false,
    merge: false,
  });
  if (extname(file).toLowerCase() === ".json") checkStrictJson(text, file, lineCounter);
  // An unknown tag (!!js/function, !!python/object…) is only a warning to yaml; here it is an error, never a string.
  const firstError = document.errors[0] ?? document.warnings.find((warning) => warning.code === "TAG_RESOLVE_FAILED");
  if (firstError) {
    const [offset] = firstError.pos;
    throw new InputError(at(file, lineCounter, offset), {
      vi: `Cú pháp YAML/JSON không hợp lệ: ${SYNTAX_VI[firstError.code] ?? "lỗi cú pháp"} (thông báo gốc của thư viện yaml: ${syntaxReason(firstError.message)}). Hãy sửa dòng này (thụt lề, dấu ngoặc, dấu hai chấm, dấu nháy); trình soạn thảo có lược đồ sẽ chỉ ra lỗi.`,
      en: `Invalid YAML/JSON syntax: ${syntaxReason(firstError.message)}. Fix this line (indentation, brackets, colons, quotes); an editor with the schema points at the mistake.`,
    });
  }
  if (document.contents === null || (isScalar(document.contents) && document.contents.value === null)) {
    throw new InputError(
      { file, line: 1, column: 1 },
      {
        vi: "Tệp cấu hình rỗng. Hãy bắt đầu từ một tệp mẫu trong examples/ (apiVersion, kind, facility…).",
        en: "The configuration file is empty. Start from an example in examples/ (apiVersion, kind, facility…).",
      },
    );
  }
  const positions = new Map<string, SourcePosition>();
  recordPositions(document.contents, "", { text, lines: lineCounter }, positions);
  checkAliases(document, file, lineCounter);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: limits.maxAliases });
  } catch (error) {
    if (error instanceof ReferenceError) throw aliasError(document, file, lineCounter, limits, error.message);
    throw error;
  }
  return { file, data, positions };
}

/** yaml's first message line without what follows a colon, which can quote the file's text (maybe a secret). */
/** The yaml library's error codes in Vietnamese; its own (English) message is kept after it, for searching. */
const SYNTAX_VI: Partial<Record<string, string>> = {
  BAD_INDENT: "thụt lề sai",
  TAB_AS_INDENT: "dùng phím Tab để thụt lề (YAML chỉ nhận dấu cách)",
  DUPLICATE_KEY: "một khoá xuất hiện hai lần trong cùng một khối",
  MISSING_CHAR: "thiếu ký tự đóng (dấu nháy, ngoặc vuông hoặc ngoặc nhọn)",
  UNEXPECTED_TOKEN: "gặp ký tự không đúng chỗ",
  BLOCK_AS_IMPLICIT_KEY: "một khối được dùng làm khoá",
  MULTILINE_IMPLICIT_KEY: "khoá trải trên nhiều dòng",
  BAD_SCALAR_START: "giá trị bắt đầu bằng ký tự không hợp lệ",
  BAD_DQ_ESCAPE: "chuỗi trong dấu nháy kép có ký tự thoát sai",
  BLOCK_IN_FLOW: "khối nằm trong ngoặc",
  MULTIPLE_DOCS: "tệp chứa nhiều tài liệu YAML (dấu ---)",
  MULTIPLE_ANCHORS: "một nút có nhiều neo (&)",
  MULTIPLE_TAGS: "một nút có nhiều thẻ (!)",
  TAG_RESOLVE_FAILED: "thẻ kiểu dữ liệu (!!…) không được chấp nhận",
  BAD_ALIAS: "bí danh (*) không hợp lệ",
  KEY_OVER_1024_CHARS: "khoá dài quá 1024 ký tự",
  NON_STRING_KEY: "khoá không phải chuỗi",
};

function syntaxReason(message: string): string {
  return message
    .split("\n")[0]!
    .split(": ")[0]!
    .replace(/\s*at line \d+, column \d+$/, "");
}

interface Source {
  text: string;
  lines: LineCounter;
}

function recordPositions(node: Node | null | undefined, pointer: string, source: Source, out: Map<string, SourcePosition>): void {
  if (!node) return;
  if (!out.has(pointer) && node.range) out.set(pointer, span(source, node.range[0], contentEnd(node, source.text)));
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = `${pointer}/${escapePointerToken(key)}`;
      if (isScalar(pair.key) && pair.key.range) {
        out.set(child, span(source, pair.key.range[0], contentEnd((pair.value as Node | null) ?? pair.key, source.text)));
      }
      recordPositions(pair.value as Node | null, child, source, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => recordPositions(item as Node, `${pointer}/${index}`, source, out));
  }
}

/**
 * Offset just after a node's last character. A block collection's own range runs on over the trailing newline
 * and comments, so it ends where its last value ends instead.
 */
function contentEnd(node: Node, text: string): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last = node.items.at(-1)!;
    const inner = isMap(node)
      ? ((last as { value: Node | null; key: Node }).value ?? (last as { key: Node }).key)
      : (last as Node | null);
    if (inner && typeof inner === "object" && "range" in inner) return contentEnd(inner, text);
  }
  let end = node.range?.[1] ?? 0;
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  return end;
}

function span(source: Source, start: number, end: number): SourcePosition {
  const from = position(source.lines, start);
  const to = position(source.lines, Math.max(start, end));
  return { ...from, endLine: to.line, endColumn: to.column };
}

function position(lines: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function at(file: string, lines: LineCounter, offset: number): Location {
  return { file, ...position(lines, offset) };
}

export { escapePointerToken } from "./pointer.js";

/** The source location of a pointer, or of its nearest ancestor that exists in the file. */
export function locate(config: LoadedConfig, pointer: string): Location {
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf("/"))) {
    const position = config.positions.get(current);
    if (position) return { file: config.file, ...position };
    if (current === "") return { file: config.file, line: 1, column: 1 };
  }
}
