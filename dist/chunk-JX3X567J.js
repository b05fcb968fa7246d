import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);

// src/format/escape.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/gu;
var LINE_BREAK = /\r\n|\r|\n/gu;
function textLine(line) {
  const plain = line.replace(LINE_BREAK, " ").replace(/\t/gu, " ").replace(CONTROL, "�");
  return /^\s*::/u.test(plain) ? plain.replace("::", ":​:") : plain;
}
function textLines(lines) {
  return `${lines.map(textLine).join("\n")}
`;
}
function markdownCell(text) {
  return text.replace(/[[\]!\\]/gu, (char) => `\\${char}`).replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/\|/gu, "\\|").replace(/`/gu, "'").replace(/@/gu, "@​").replace(/:\/\//gu, ":/​/").replace(/\s*(?:\r\n|\r|\n)\s*/gu, " ").replace(CONTROL, "�");
}
var MAX_MARKDOWN_BYTES = 1e3 * 1024;
function linesWithin(lines, maxBytes, note) {
  let bytes = 0;
  for (const [index, line] of lines.entries()) {
    bytes += Buffer.byteLength(line) + 1;
    if (bytes > maxBytes - 512) return `${[...lines.slice(0, index), "", note(lines.length - index)].join("\n")}
`;
  }
  return `${lines.join("\n")}
`;
}
var CSV_OPTIONS = { record_delimiter: "windows", escape_formulas: true, quoted_match: /[\r\n]/u };

// src/format/summary/names.ts
var SUMMARY_FORMAT_NAMES = ["text", "json", "csv", "csv-rules", "html", "xlsx"];

export {
  textLine,
  textLines,
  markdownCell,
  MAX_MARKDOWN_BYTES,
  linesWithin,
  CSV_OPTIONS,
  SUMMARY_FORMAT_NAMES
};
