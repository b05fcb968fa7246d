import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  delimiterOf,
  parseCsvRows,
  readCsvTable
} from "./chunk-N6TKLTXT.js";
import "./chunk-VHPGSI4Y.js";
import "./chunk-RJMBULXF.js";
import "./chunk-A4REKETX.js";
import "./chunk-GHCOADC3.js";
export {
  delimiterOf,
  parseCsvRows,
  readCsvTable
};
