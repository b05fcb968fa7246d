import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  getSheetData,
  writeXlsxFile
} from "./chunk-ZC4NFSNO.js";
import "./chunk-5AKHR63T.js";
import "./chunk-EZ77PSFF.js";
export {
  writeXlsxFile as default,
  getSheetData
};
