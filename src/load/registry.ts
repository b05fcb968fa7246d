import { InputError } from "../errors.js";
import { normalizeHeader } from "./columns.js";
import { parseCsvRows } from "./csv.js";
import { decodeEvidenceText } from "./decode.js";
import { DEFAULT_LIMITS, readWithinLimits, type Limits } from "./limits.js";

/** A department's list of the facilities it expects configs from (`--expect registry.csv`). */
export interface Registry {
  file: string;
  entries: RegistryEntry[];
}

export interface RegistryEntry {
  code: string;
  name: string;
  district?: string;
  /** Line of the registry file the entry comes from. */
  line: number;
}

// Headers as departments' own lists write them, Vietnamese or English (compared after normalizeHeader).
const HEADERS = {
  code: ["code", "facility code", "mã", "mã cơ sở", "mã cskcb", "mã kcb", "mã cơ sở kcb", "ma_cskcb", "ma cskcb"],
  name: ["name", "facility name", "tên", "tên cơ sở", "tên cskcb", "ten_cskcb", "tên cơ sở kcb"],
  district: ["district", "huyện", "quận/huyện", "huyện/thị xã", "quận, huyện", "địa bàn"],
} as const;

type Column = keyof typeof HEADERS;

/**
 * Reads the registry: a CSV (comma, semicolon or tab) with a header row naming at least the code and name
 * columns. The file is untrusted: a regular file within the size limit, every problem a located error.
 */
export async function loadRegistry(file: string, limits: Limits = DEFAULT_LIMITS): Promise<Registry> {
  const decoded = decodeEvidenceText(await readWithinLimits(file, limits));
  if ("refused" in decoded) throw new InputError({ file, line: 1, column: 1 }, decoded.refused);
  const records = parseCsvRows(decoded.text, file, limits);
  const [header, ...rows] = records;
  if (!header)
    throw new InputError({ file, line: 1, column: 1 }, { vi: "Danh sách cơ sở trống.", en: "The facility list is empty." });
  const columns = columnsOf(header.cells, file);
  const entries: RegistryEntry[] = [];
  const seen = new Map<string, number>();
  for (const { cells: record, line } of rows) {
    const code = record[columns.code] ?? "";
    const name = record[columns.name] ?? "";
    const district = columns.district === undefined ? "" : (record[columns.district] ?? "");
    const where = { file, line: line, column: columns.code + 1 };
    if (!/^[0-9]{5}$/.test(code)) {
      throw new InputError(where, {
        vi: "Mã cơ sở phải gồm đúng 5 chữ số (mã KCB do BHXH cấp).",
        en: "The facility code must be exactly 5 digits (the KCB code issued by BHXH).",
      });
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      throw new InputError(where, {
        vi: `Mã cơ sở ${code} đã có ở dòng ${earlier}.`,
        en: `Facility code ${code} is already listed on line ${earlier}.`,
      });
    }
    seen.set(code, line);
    entries.push({ code, name, ...(district ? { district } : {}), line: line });
  }
  return { file, entries };
}

function columnsOf(header: string[], file: string): { code: number; name: number; district?: number } {
  const find = (column: Column) =>
    header.findIndex((cell) => (HEADERS[column] as readonly string[]).includes(normalizeHeader(cell)));
  const code = find("code");
  const name = find("name");
  const district = find("district");
  if (code < 0 || name < 0) {
    throw new InputError(
      { file, line: 1, column: 1 },
      {
        vi: `Dòng đầu của danh sách cơ sở phải có cột mã (${HEADERS.code.slice(2, 4).join(", ")}) và cột tên (${HEADERS.name.slice(2, 4).join(", ")}).`,
        en: `The facility list's first line must name a code column (${HEADERS.code.slice(0, 2).join(", ")}) and a name column (${HEADERS.name.slice(0, 2).join(", ")}).`,
      },
    );
  }
  return { code, name, ...(district >= 0 ? { district } : {}) };
}
