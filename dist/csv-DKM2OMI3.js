import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  delimiterOf,
  parseCsvRows,
  readCsvTable
} from "./chunk-FWDR4O6R.js";
import "./chunk-VHPGSI4Y.js";
import "./chunk-RJMBULXF.js";
import "./chunk-A4REKETX.js";
import "./chunk-EZ77PSFF.js";
export {
  delimiterOf,
  parseCsvRows,
  readCsvTable
};
