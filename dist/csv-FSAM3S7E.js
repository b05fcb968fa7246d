import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  delimiterOf,
  parseCsvRows,
  readCsvTable
} from "./chunk-HJOSORJR.js";
import "./chunk-VHPGSI4Y.js";
import "./chunk-4L2CSGLI.js";
import "./chunk-7MZ2CTJY.js";
import "./chunk-4AWYVITE.js";
import "./chunk-EZ77PSFF.js";
export {
  delimiterOf,
  parseCsvRows,
  readCsvTable
};
