import { Buffer } from "buffer";

// Buffer for the code that uses Node's global (the config size check, iconv-lite's Windows-1258 decoder).
// The buffer package counts a string's UTF-8 bytes by building an array of them, a tenth of a second for a 1 MB
// config's size check (src/load/config.ts); TextEncoder counts the same bytes natively.
const encoder = new TextEncoder();
const countBytes = Buffer.byteLength;
Buffer.byteLength = ((value: Parameters<typeof countBytes>[0], encoding?: BufferEncoding) =>
  typeof value === "string" && (encoding === undefined || encoding === "utf8" || encoding === "utf-8")
    ? encoder.encode(value).byteLength
    : countBytes(value, encoding)) as typeof Buffer.byteLength;

export { Buffer };
