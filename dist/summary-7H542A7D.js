import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  SUMMARY_CHUNKS,
  formatSummary
} from "./chunk-BK56ZPKZ.js";
import "./chunk-BRDU4QNJ.js";
import {
  SUMMARY_FORMAT_NAMES
} from "./chunk-WOXTZDDH.js";
import "./chunk-TN5MCCL6.js";
import "./chunk-OJYSJZFW.js";
import "./chunk-PLPBC5BI.js";
import "./chunk-A4REKETX.js";
import "./chunk-EZ77PSFF.js";
export {
  SUMMARY_CHUNKS,
  SUMMARY_FORMAT_NAMES,
  formatSummary
};
