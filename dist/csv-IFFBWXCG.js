import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  delimiterOf,
  readCsvTable
} from "./chunk-ELCQCBON.js";
import "./chunk-VHPGSI4Y.js";
import "./chunk-HQUCWMKJ.js";
import "./chunk-A4REKETX.js";
import "./chunk-EZ77PSFF.js";
export {
  delimiterOf,
  readCsvTable
};
