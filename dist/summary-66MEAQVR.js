import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  SUMMARY_FORMATS,
  formatSummary
} from "./chunk-OBMLDLHG.js";
import "./chunk-R75UIYCX.js";
import {
  SUMMARY_FORMAT_NAMES
} from "./chunk-WOXTZDDH.js";
import "./chunk-VDTGPGLT.js";
import "./chunk-22H6PG4T.js";
import "./chunk-A4REKETX.js";
import "./chunk-EZ77PSFF.js";
export {
  SUMMARY_FORMATS,
  SUMMARY_FORMAT_NAMES,
  formatSummary
};
