import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);

// src/format/summary/names.ts
var SUMMARY_FORMAT_NAMES = ["text", "json", "csv", "csv-rules", "html", "xlsx"];

export {
  SUMMARY_FORMAT_NAMES
};
