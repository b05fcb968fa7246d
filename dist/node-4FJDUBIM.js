import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  getSheetData,
  writeXlsxFile
} from "./chunk-G2737HZE.js";
import "./chunk-PLPBC5BI.js";
import "./chunk-EZ77PSFF.js";
export {
  writeXlsxFile as default,
  getSheetData
};
