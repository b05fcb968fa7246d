import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  delimiterOf,
  parseCsvRows,
  readCsvTable
} from "./chunk-6JXGK452.js";
import "./chunk-VHPGSI4Y.js";
import "./chunk-4KY4FHW4.js";
import "./chunk-YUBUUTID.js";
import "./chunk-4U4GBUYI.js";
import "./chunk-A4REKETX.js";
import "./chunk-GHCOADC3.js";
export {
  delimiterOf,
  parseCsvRows,
  readCsvTable
};
