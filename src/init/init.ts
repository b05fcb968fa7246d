import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors.js";
import { bilingualText, facilitySchema } from "../schema.js";
import { facilityYaml, SHEET_TEMPLATES, type InitFacilityType, type SheetTemplate } from "./templates.js";

export interface InitOptions {
  type?: InitFacilityType;
  /** Two-digit province code; the facility code placeholder starts with it. */
  province?: string;
}

/**
 * Writes a starting facility folder: facility.yaml (format v2) and the Excel templates it imports. Writes nothing
 * when any of the files exists. Returns the paths written.
 */
export async function initFacility(dir: string, options: InitOptions = {}): Promise<string[]> {
  if (options.province !== undefined && !/^[0-9]{2}$/.test(options.province)) {
    throw new InputError(
      { file: "--province", line: 1, column: 1 },
      {
        vi: `Mã tỉnh gồm đúng 2 chữ số, ví dụ 38 (nhận được "${options.province.slice(0, 20)}").`,
        en: `The province code is exactly 2 digits, e.g. 38 (got "${options.province.slice(0, 20)}").`,
      },
    );
  }
  const files = [
    {
      path: join(dir, "facility.yaml"),
      bytes: () => Promise.resolve(facilityYaml(options.type ?? "hospital", options.province)),
    },
    ...SHEET_TEMPLATES.map((template) => ({ path: join(dir, template.file), bytes: () => workbook(template) })),
  ];
  const existing = files.filter((file) => existsSync(file.path)).map((file) => file.path);
  if (existing.length > 0) {
    throw new InputError(
      { file: existing[0]!, line: 1, column: 1 },
      {
        vi: `Không ghi đè tệp đã có: ${existing.join(", ")}. Hãy chọn thư mục khác hoặc chuyển các tệp này đi.`,
        en: `Will not overwrite existing files: ${existing.join(", ")}. Choose another folder or move them away.`,
      },
    );
  }
  const contents = await Promise.all(files.map(async (file) => ({ path: file.path, bytes: await file.bytes() })));
  mkdirSync(dir, { recursive: true });
  // "wx": a file that appeared since the check above is still never overwritten.
  for (const file of contents) writeFileSync(file.path, file.bytes, { flag: "wx" });
  return contents.map((file) => file.path);
}

/** A template workbook: the header row on the first sheet (what kcb reads), a guide to the columns on the second. */
async function workbook(template: SheetTemplate): Promise<Buffer> {
  // Loaded only here: checking never needs an xlsx writer.
  const { default: writeExcelFile } = await import("write-excel-file/node");
  const bold = (value: string) => ({ value, fontWeight: "bold" as const });
  const guide = [
    ["Cột", "Trường", "Mô tả", "Column", "Field", "Description"].map(bold),
    ...template.columns.map(([header, field]) => {
      const [vi, en] = describeField(template.list, field);
      return [header, field, vi, header, field, en].map((value) => ({ value }));
    }),
  ];
  return writeExcelFile([
    {
      sheet: template.sheet,
      data: [template.columns.map(([header]) => bold(header))],
      columns: template.columns.map(() => ({ width: 22 })),
    },
    { sheet: "Hướng dẫn - Guide", data: guide, columns: [18, 30, 60, 18, 30, 60].map((width) => ({ width })) },
  ]).toBuffer();
}

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: string[];
}

/** A field's description from the v2 schema (Vietnamese, English), with its allowed values when it has some. */
function describeField(list: string, field: string): [string, string] {
  let node: SchemaNode | undefined = facilitySchema() as SchemaNode;
  for (const token of list.split("/").slice(1)) node = node?.properties?.[token];
  node = node?.items;
  for (const token of field.split(".")) node = node?.properties?.[token];
  const { vi, en } = bilingualText(node?.description) ?? { vi: "", en: "" };
  const values = node?.enum ?? node?.items?.enum;
  const allowed = values ? ` (${values.join(", ")})` : "";
  return [vi + allowed, en + allowed];
}
