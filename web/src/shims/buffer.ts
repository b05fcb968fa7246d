// Buffer for the code that uses Node's global (the config size check, iconv-lite's Windows-1258 decoder).
export { Buffer } from "buffer";
