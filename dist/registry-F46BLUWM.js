import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  normalizeHeader
} from "./chunk-A543BN3N.js";
import {
  decodeEvidenceText,
  parseCsvRows
} from "./chunk-FWDR4O6R.js";
import "./chunk-VHPGSI4Y.js";
import "./chunk-RJMBULXF.js";
import {
  DEFAULT_LIMITS,
  readWithinLimits
} from "./chunk-XOWPIW4Q.js";
import "./chunk-65ZUPPDZ.js";
import {
  InputError
} from "./chunk-A4REKETX.js";
import "./chunk-EZ77PSFF.js";

// src/load/registry.ts
var HEADERS = {
  code: ["code", "facility code", "mã", "mã cơ sở", "mã cskcb", "mã kcb", "mã cơ sở kcb", "ma_cskcb", "ma cskcb"],
  name: ["name", "facility name", "tên", "tên cơ sở", "tên cskcb", "ten_cskcb", "tên cơ sở kcb"],
  district: ["district", "huyện", "quận/huyện", "huyện/thị xã", "quận, huyện", "địa bàn"]
};
async function loadRegistry(file, limits = DEFAULT_LIMITS) {
  const decoded = decodeEvidenceText(await readWithinLimits(file, limits));
  if ("refused" in decoded) throw new InputError({ file, line: 1, column: 1 }, decoded.refused);
  const records = parseCsvRows(decoded.text, file, limits);
  const [header, ...rows] = records;
  if (!header)
    throw new InputError({ file, line: 1, column: 1 }, { vi: "Danh sách cơ sở trống.", en: "The facility list is empty." });
  const columns = columnsOf(header.cells, file);
  const entries = [];
  const seen = /* @__PURE__ */ new Map();
  for (const { cells: record, line } of rows) {
    const code = record[columns.code] ?? "";
    const name = record[columns.name] ?? "";
    const district = columns.district === void 0 ? "" : record[columns.district] ?? "";
    const where = { file, line, column: columns.code + 1 };
    if (!/^[0-9]{5}$/.test(code)) {
      throw new InputError(where, {
        vi: "Mã cơ sở phải gồm đúng 5 chữ số (mã KCB do BHXH cấp).",
        en: "The facility code must be exactly 5 digits (the KCB code issued by BHXH)."
      });
    }
    const earlier = seen.get(code);
    if (earlier !== void 0) {
      throw new InputError(where, {
        vi: `Mã cơ sở ${code} đã có ở dòng ${earlier}.`,
        en: `Facility code ${code} is already listed on line ${earlier}.`
      });
    }
    seen.set(code, line);
    entries.push({ code, name, ...district ? { district } : {}, line });
  }
  return { file, entries };
}
function columnsOf(header, file) {
  const find = (column) => header.findIndex((cell) => HEADERS[column].includes(normalizeHeader(cell)));
  const code = find("code");
  const name = find("name");
  const district = find("district");
  if (code < 0 || name < 0) {
    throw new InputError(
      { file, line: 1, column: 1 },
      {
        vi: `Dòng đầu của danh sách cơ sở phải có cột mã (${HEADERS.code.slice(2, 4).join(", ")}) và cột tên (${HEADERS.name.slice(2, 4).join(", ")}).`,
        en: `The facility list's first line must name a code column (${HEADERS.code.slice(0, 2).join(", ")}) and a name column (${HEADERS.name.slice(0, 2).join(", ")}).`
      }
    );
  }
  return { code, name, ...district >= 0 ? { district } : {} };
}
export {
  loadRegistry
};
