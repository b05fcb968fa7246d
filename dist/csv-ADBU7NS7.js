import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  delimiterOf,
  readCsvTable
} from "./chunk-NMHVXTFS.js";
import "./chunk-VHPGSI4Y.js";
import "./chunk-IEG3JXJB.js";
import "./chunk-GHCOADC3.js";
export {
  delimiterOf,
  readCsvTable
};
