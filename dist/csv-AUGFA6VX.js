import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  delimiterOf,
  parseCsvRows,
  readCsvTable
} from "./chunk-B2FYIORE.js";
import "./chunk-VHPGSI4Y.js";
import "./chunk-FTG5CGG3.js";
import "./chunk-IEG3JXJB.js";
import "./chunk-GHCOADC3.js";
export {
  delimiterOf,
  parseCsvRows,
  readCsvTable
};
