import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-A4REKETX.js";

// src/load/pointer.ts
function escapePointerToken(token) {
  return token.includes("~") || token.includes("/") ? token.replaceAll("~", "~0").replaceAll("/", "~1") : token;
}
function unescapePointerToken(token) {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}
function pointerTokens(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointerToken);
}
function walkedChildren(walked) {
  const { value } = walked;
  if (Array.isArray(value)) {
    const items = value;
    return items.map((child, index) => ({ value: child, parent: walked, token: String(index) }));
  }
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).map(([key, child]) => ({
    value: child,
    parent: walked,
    token: key,
    key
  }));
}
function walkedPointer(walked) {
  let pointer = "";
  for (let at = walked; at?.token !== void 0; at = at.parent)
    pointer = `/${escapePointerToken(at.token)}${pointer}`;
  return pointer;
}
function forEachAt(data, pattern, visit) {
  const tokens = [];
  const pointer = () => tokens.map((token) => `/${escapePointerToken(token)}`).join("");
  const walk = (node, at) => {
    if (at === pattern.length) return visit(node, pointer);
    const step = pattern[at];
    if (step === "*") {
      if (!Array.isArray(node)) return;
      const items = node;
      items.forEach((item, index) => {
        tokens.push(String(index));
        walk(item, at + 1);
        tokens.pop();
      });
      return;
    }
    if (typeof node !== "object" || node === null || Array.isArray(node) || !Object.hasOwn(node, step)) return;
    tokens.push(step);
    walk(node[step], at + 1);
    tokens.pop();
  };
  walk(data, 0);
}

// src/load/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function readInputFile(file, maxBytes, limitOption = "--max-file-size", shownAs = file) {
  return withRegularFile(file, maxBytes, limitOption, shownAs, (descriptor, size) => {
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      read = readSync(descriptor, buffer, length, buffer.length - length, length);
    }
    if (length > maxBytes) throw tooLarge(shownAs, length, maxBytes, limitOption);
    return buffer.subarray(0, length);
  });
}
function openInputFile(file, maxBytes, limitOption, shownAs = file) {
  const descriptor = openChecked(file, maxBytes, limitOption, shownAs);
  return { descriptor, size: fstatSync(descriptor).size, close: () => closeSync(descriptor) };
}
function withRegularFile(file, maxBytes, limitOption, shownAs, use) {
  const descriptor = openChecked(file, maxBytes, limitOption, shownAs);
  try {
    return use(descriptor, fstatSync(descriptor).size);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(shownAs, error);
  } finally {
    closeSync(descriptor);
  }
}
function openChecked(file, maxBytes, limitOption, shownAs) {
  let descriptor;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(shownAs, error);
  }
  try {
    const info = fstatSync(descriptor);
    if (!info.isFile()) throw new InputError({ file: shownAs, line: 1, column: 1 }, NOT_REGULAR);
    if (info.size > maxBytes) throw tooLarge(shownAs, info.size, maxBytes, limitOption);
    return descriptor;
  } catch (error) {
    closeSync(descriptor);
    throw error instanceof InputError ? error : unreadable(shownAs, error);
  }
}
var NOT_REGULAR = {
  vi: "Đây không phải tệp thường (thiết bị, ống dẫn hay thư mục) nên không được đọc. Hãy chỉ đến chính tệp cần đọc.",
  en: "This is not a regular file (a device, pipe or folder), so it was not read. Point to the file itself."
};
var UnreadableFileError = class extends InputError {
  constructor(file, code) {
    super({ file, line: 1, column: 1 }, { vi: `Không mở được tệp (${code}).`, en: `Cannot read the file (${code}).` });
    this.code = code;
  }
  code;
};
function unreadable(file, error) {
  return new UnreadableFileError(file, error.code ?? "unknown");
}
function tooLarge(file, bytes, maxBytes, limitOption) {
  return new InputError(
    { file, line: 1, column: 1 },
    {
      vi: `Tệp lớn ${mebibytes(bytes)} MiB, vượt giới hạn ${mebibytes(maxBytes)} MiB nên không được đọc. Hãy tách thành nhiều tệp nhỏ hơn, hoặc nâng giới hạn bằng ${limitOption} nếu tệp này là đúng.`,
      en: `The file is ${mebibytes(bytes)} MiB, over the ${mebibytes(maxBytes)} MiB limit, so it was not read. Split it into smaller files, or raise the limit with ${limitOption} if the file is genuine.`
    }
  );
}
function mebibytes(bytes) {
  return (bytes / 1024 / 1024).toFixed(1);
}

export {
  escapePointerToken,
  pointerTokens,
  walkedChildren,
  walkedPointer,
  forEachAt,
  readInputFile,
  openInputFile,
  UnreadableFileError,
  unreadable,
  tooLarge
};
