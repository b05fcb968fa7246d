import iconv from "iconv-lite";
import type { Bilingual } from "../errors.js";

/** Text of an evidence file, or why it was refused. */
export type Decoded = { text: string; encoding: "utf-8" | "utf-16le" | "windows-1258" } | { refused: Bilingual };

// Tone and vowel marks Vietnamese uses; in NFD every Vietnamese letter is a base letter followed by these only.
const VIETNAMESE_MARKS = /^[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B]*$/u;
const VIETNAMESE_BASES = /^[aeiouyAEIOUY]$/u;
// Punctuation a spreadsheet export may hold besides letters (NBSP, dashes, quotes, ellipsis, °, ×, ·, «», €).
const ALLOWED_SYMBOLS = new Set([..."\u00A0–—‘’“”…°×·«»€"]);

/**
 * Decodes an evidence file. UTF-8 (with or without BOM) and UTF-16LE with BOM are read as they are. Anything
 * else is tried as Windows-1258 and kept only if every non-ASCII character it yields is a Vietnamese letter:
 * the TCVN3 (ABC) and VNI font encodings reuse the same bytes for different letters, and reading them as
 * Windows-1258 gives symbols and Western letters (¸, ®, ä, Ð…) in the middle of words. Those files are refused
 * rather than turned into mojibake, since a wrong name would silently break matching against staff records.
 */
export function decodeEvidenceText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)).normalize("NFC"), encoding: "utf-16le" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).normalize("NFC"), encoding: "utf-8" };
  } catch {
    // Not UTF-8: a legacy encoding.
  }
  const text = iconv.decode(Buffer.from(bytes), "windows-1258").normalize("NFC");
  const stray = firstNonVietnamese(text);
  if (stray === undefined) return { text, encoding: "windows-1258" };
  return {
    refused: {
      vi: `Tệp không phải UTF-8 và không đọc được như Windows-1258 (gặp ký tự "${stray}"); có lẽ được gõ bằng phông TCVN3 (ABC) hoặc VNI. Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) và lưu dạng CSV UTF-8.`,
      en: `The file is not UTF-8 and does not read as Windows-1258 (found "${stray}"); it is probably typed in a TCVN3 (ABC) or VNI font encoding. Convert it to Unicode (e.g. with Unikey's converter) and save it as CSV UTF-8.`,
    },
  };
}

function firstNonVietnamese(text: string): string | undefined {
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80 || ALLOWED_SYMBOLS.has(char) || isVietnameseLetter(char)) continue;
    return char;
  }
  return undefined;
}

function isVietnameseLetter(char: string): boolean {
  if (char === "đ" || char === "Đ") return true;
  const [base = "", ...marks] = char.normalize("NFD");
  return VIETNAMESE_BASES.test(base) && marks.length > 0 && VIETNAMESE_MARKS.test(marks.join(""));
}
