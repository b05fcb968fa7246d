import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  readInputFile,
  tooLarge
} from "./chunk-65ZUPPDZ.js";
import {
  InputError,
  UsageError
} from "./chunk-A4REKETX.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-EZ77PSFF.js";

// kcb-yaml-on-first-use:yaml
var require_yaml = __commonJS({
  "kcb-yaml-on-first-use:yaml"(exports) {
    var yaml;
    var load = () => yaml ??= __require("./yaml.cjs");
    for (const name of ["Composer", "Document", "Schema", "YAMLError", "YAMLParseError", "YAMLWarning", "Alias", "isAlias", "isCollection", "isDocument", "isMap", "isNode", "isPair", "isScalar", "isSeq", "Pair", "Scalar", "YAMLMap", "YAMLSeq", "CST", "Lexer", "LineCounter", "Parser", "parse", "parseAllDocuments", "parseDocument", "stringify", "visit", "visitAsync"])
      Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });
  }
});

// src/load/limits.ts
var import_yaml = __toESM(require_yaml(), 1);
var DEFAULT_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxPolicyMemoryBytes: 1024 * 1024 * 1024,
  maxEvidenceBytes: 16 * 1024 * 1024,
  maxAccessLogBytes: 4 * 1024 * 1024 * 1024,
  maxRows: 1e5,
  maxColumns: 256,
  maxCellChars: 1e4,
  maxXlsxInflatedBytes: 100 * 1024 * 1024,
  maxXlsxRatio: 100,
  maxAccessLogKeys: 2e5,
  maxReportBytes: 64 * 1024 * 1024
};
function resolveLimits(overrides = {}) {
  const limits = { ...DEFAULT_LIMITS };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === void 0) continue;
    if (!Number.isSafeInteger(value) || value < 0) throw new UsageError(`limits.${name}`, notACount(name));
    limits[name] = value;
  }
  return limits;
}
var SIZE = /^(\d+)\s*([kmg]i?b?|b)?$/i;
var UNIT = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function parseSize(text, option) {
  const match = SIZE.exec(text.trim());
  const bytes = match ? Number(match[1]) * UNIT[(match[2] ?? "").charAt(0).toLowerCase()] : Number.NaN;
  if (!Number.isSafeInteger(bytes)) {
    throw new UsageError(option, {
      vi: `"${text}" không phải kích thước hợp lệ; dùng số byte hoặc kèm đơn vị K, M, G (ví dụ 10M).`,
      en: `"${text}" is not a size; give bytes or a number with K, M or G (e.g. 10M).`
    });
  }
  return bytes;
}
async function readWithinLimits(file, limits) {
  return readInputFile(file, limits.maxFileBytes);
}
function checkFileSize(file, bytes, limits) {
  if (bytes > limits.maxFileBytes) throw tooLarge(file, bytes, limits.maxFileBytes, "--max-file-size");
}
function parseWithinLimits(text, file, limits, lines, options) {
  checkLexicalNesting(text, file, limits);
  const tokens = [...new import_yaml.Parser(lines.addNewLine).parse(text)];
  checkNesting(tokens, file, limits, lines);
  let document;
  for (const next of new import_yaml.Composer(options).compose(tokens, true, text.length)) {
    if (!document) document = next;
    else {
      document.errors.push(
        new import_yaml.YAMLParseError(next.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents")
      );
      break;
    }
  }
  return document;
}
function checkLexicalNesting(text, file, limits) {
  let flow = 0;
  let indicators = 0;
  let offset = 0;
  for (const token of new import_yaml.Lexer().lex(text)) {
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
function checkNesting(tokens, file, limits, lines) {
  const pending = tokens.map((token) => ({ token, depth: 0 }));
  while (pending.length > 0) {
    const { token, depth } = pending.pop();
    if (!token || typeof token !== "object") continue;
    const node = token;
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
function tooDeep(file, limits, line, column) {
  return new InputError(
    { file, line, column },
    {
      vi: `Cấu hình lồng nhau sâu quá ${limits.maxDepth} cấp tại đây. Tệp cơ sở thật chỉ cần vài cấp: hãy kiểm tra thụt lề và dấu ngoặc, hoặc nâng giới hạn bằng --max-depth.`,
      en: `The configuration nests deeper than ${limits.maxDepth} levels here. A real facility file needs only a few: check the indentation and brackets, or raise the limit with --max-depth.`
    }
  );
}
function checkAliases(document, file, lines) {
  let cyclic;
  (0, import_yaml.visit)(document, {
    Alias(_key, alias, path) {
      const target = alias.resolve(document);
      if (!target || !(0, import_yaml.isCollection)(target) || !path.includes(target)) return void 0;
      const { line, col } = lines.linePos(alias.range?.[0] ?? 0);
      cyclic = { file, line, column: col };
      return import_yaml.visit.BREAK;
    }
  });
  if (cyclic) {
    throw new InputError(cyclic, {
      vi: "Bí danh YAML (*tên) trỏ vào chính khối chứa nó, tạo vòng lặp vô hạn. Hãy viết giá trị ra đầy đủ thay cho bí danh.",
      en: "This YAML alias (*name) points into the very block that contains it, making an endless loop. Write the value out instead of aliasing it."
    });
  }
}
function aliasError(document, file, lines, limits, reason) {
  let offset = 0;
  (0, import_yaml.visit)(document, {
    Alias(_key, alias) {
      offset = alias.range?.[0] ?? 0;
      return import_yaml.visit.BREAK;
    }
  });
  const { line, col } = lines.linePos(offset);
  const unresolved = /unresolved/i.test(reason);
  return new InputError(
    { file, line, column: col },
    unresolved ? {
      vi: "Bí danh YAML (*tên) không trỏ tới neo (&tên) nào đã khai báo trước nó. Hãy khai báo neo trước hoặc viết giá trị ra đầy đủ.",
      en: "This YAML alias (*name) refers to no anchor (&name) defined before it. Define the anchor first or write the value out."
    } : {
      vi: `Các bí danh YAML (*tên) nhân bản dữ liệu quá giới hạn ${limits.maxAliases} (kiểu tấn công "billion laughs"). Hãy viết giá trị ra đầy đủ, hoặc nâng giới hạn bằng --max-aliases nếu tệp này là đúng.`,
      en: `YAML aliases (*name) expand the data beyond the limit of ${limits.maxAliases} (a "billion laughs" pattern). Write the values out, or raise the limit with --max-aliases if the file is genuine.`
    }
  );
}
function checkText(text, file) {
  const nul = text.indexOf("\0");
  if (nul < 0) return;
  throw new InputError(
    { file, line: text.slice(0, nul).split("\n").length, column: 1 },
    {
      vi: "Tệp chứa byte NUL: đây là tệp nhị phân hoặc văn bản UTF-16, không phải cấu hình YAML/JSON UTF-8. Hãy lưu lại với bảng mã UTF-8.",
      en: "The file contains NUL bytes: it is binary or UTF-16 text, not a UTF-8 YAML/JSON configuration. Save it as UTF-8."
    }
  );
}
function notACount(name) {
  return { vi: `Giới hạn ${name} phải là số nguyên không âm.`, en: `The limit ${name} must be a non-negative integer.` };
}

export {
  require_yaml,
  DEFAULT_LIMITS,
  resolveLimits,
  parseSize,
  readWithinLimits,
  checkFileSize,
  parseWithinLimits,
  tooDeep,
  checkAliases,
  aliasError,
  checkText
};
