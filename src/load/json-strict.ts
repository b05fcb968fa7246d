import type { LineCounter } from "yaml";
import { InputError } from "../errors.js";

/**
 * A `.json` file must be JSON, not merely YAML: the YAML parser that gives us positions also accepts trailing
 * commas and `//` text, which other JSON tools would then reject (or read differently). JSON.parse decides
 * validity; its message is kept only when it does not quote the file (which could hold a secret).
 */
export function checkStrictJson(text: string, file: string, lines: LineCounter): void {
  if (text.trim() === "") return; // the empty-file message says more
  try {
    JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? unexpectedTokenOffset(text, message));
    const reason = message.includes('"') ? "unexpected character" : message.replace(/ in JSON at position.*$/s, "");
    const { line, col } = lines.linePos(offset);
    throw new InputError(
      { file, line, column: col },
      {
        vi: `Cú pháp JSON không hợp lệ (${reason}). JSON không cho phép dấu phẩy thừa, chú thích hay dấu nháy đơn; hãy sửa dòng này hoặc đổi tệp thành .yaml.`,
        en: `Invalid JSON syntax (${reason}). JSON allows no trailing commas, comments or single quotes; fix this line, or rename the file to .yaml.`,
      },
    );
  }
}

/** V8 names the unexpected character but not its position in some messages; find it outside string literals. */
function unexpectedTokenOffset(text: string, message: string): number {
  const token = /^Unexpected token '(.)'/su.exec(message)?.[1];
  let inString = false;
  for (let at = 0; token && at < text.length; at += 1) {
    const char = text[at];
    if (inString && char === "\\") at += 1;
    else if (char === '"') inString = !inString;
    else if (!inString && char === token) return at;
  }
  return 0;
}
