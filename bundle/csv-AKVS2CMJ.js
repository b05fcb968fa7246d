import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  delimiterOf,
  readCsvTable
} from "./chunk-K4D7KKX5.js";
import "./chunk-VHPGSI4Y.js";
import "./chunk-HQUCWMKJ.js";
import "./chunk-A4REKETX.js";
import "./chunk-GHCOADC3.js";
export {
  delimiterOf,
  readCsvTable
};
