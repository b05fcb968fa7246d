import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  delimiterOf,
  readCsvTable
} from "./chunk-O5QFXEJU.js";
import "./chunk-VHPGSI4Y.js";
import "./chunk-5NTETM6U.js";
import "./chunk-L5XHOOKQ.js";
import "./chunk-TXKJRYJR.js";
import "./chunk-GHCOADC3.js";
export {
  delimiterOf,
  readCsvTable
};
