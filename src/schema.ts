import { readPackageText } from "./paths.js";
import { pointerTokens } from "./load/pointer.js";

let facility: unknown;

/**
 * The facility format's JSON Schema (v2), read once. Its descriptions and messages are bilingual: a Vietnamese
 * paragraph, a blank line, an English one (what editors show).
 */
export function facilitySchema(): unknown {
  facility ??= JSON.parse(readPackageText("schemas/facility.v2.schema.json"));
  return facility;
}

/** A bilingual schema text split into its languages, or undefined when it is not "vi\n\nen". */
export function bilingualText(text: unknown): { vi: string; en: string } | undefined {
  if (typeof text !== "string") return undefined;
  const [vi, en, ...rest] = text.split("\n\n");
  return vi && en && rest.length === 0 ? { vi, en } : undefined;
}

export type Label = { vi: string; en: string };

/** The label tables: each field by dotted path (no list indices), each enum value by field path and value. */
export interface Labels {
  fields: Record<string, Label>;
  values: Record<string, Record<string, Label>>;
}

// Enum descriptions that explain how a value is judged rather than name it: messages name these themselves.
const NOT_VALUE_LABELS = new Set(["dataTransfers.protocol"]);
let labels: Labels | undefined;

/**
 * The words a sentence uses for a config field (the schema's `x-label`) or an enum value (its
 * `markdownEnumDescriptions`, first letter lowered), in Vietnamese and English. The key and its JSON pointer
 * belong in a finding's location, not in its sentence. The policy gets the same table as policies/lib/labels.rego
 * (scripts/build-labels.mjs).
 */
export function labelTables(): Labels {
  if (labels) return labels;
  const found: Labels = { fields: {}, values: {} };
  const walk = (node: unknown, path: string): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((child) => walk(child, path));
    const schema = node as Record<string, unknown>;
    if (path && Array.isArray(schema.enum) && Array.isArray(schema.markdownEnumDescriptions) && !NOT_VALUE_LABELS.has(path)) {
      const described = schema.markdownEnumDescriptions as unknown[];
      found.values[path] = Object.fromEntries(
        (schema.enum as unknown[]).map((value, i) => [String(value), lowerFirst(requireBilingual(described[i], path))]),
      );
    }
    for (const [key, child] of Object.entries(schema)) {
      if (key === "examples" || key === "defaultSnippets" || key === "$defs") continue;
      if (key !== "properties") {
        walk(child, path);
        continue;
      }
      for (const [name, property] of Object.entries(child as Record<string, { "x-label"?: unknown }>)) {
        const at = path ? `${path}.${name}` : name;
        found.fields[at] = requireBilingual(property["x-label"], at);
        walk(property, at);
      }
    }
  };
  walk(facilitySchema(), "");
  labels = found;
  return found;
}

/** The label of the field a JSON pointer names (indices dropped), or undefined when the schema has none. */
export function fieldLabel(pointer: string): Label | undefined {
  const path = pointerTokens(pointer)
    .filter((token) => !/^[0-9]+$/.test(token))
    .join(".");
  return labelTables().fields[path];
}

function requireBilingual(text: unknown, path: string): Label {
  const label = bilingualText(text);
  if (!label) throw new Error(`schemas/facility.v2.schema.json: ${path} has no bilingual label`);
  return label;
}

/**
 * "Giữ bí mật…" → "giữ bí mật…" inside a sentence; "TLS 1.2", "HIS" and the portal's name ("Cổng tiếp nhận dữ
 * liệu", a proper name) keep their capitals.
 */
function lowerFirst(label: Label): Label {
  const lower = (text: string) =>
    /^\p{Lu}\p{Ll}/u.test(text) && !text.startsWith("Cổng tiếp nhận dữ liệu")
      ? text[0]!.toLocaleLowerCase("vi") + text.slice(1)
      : text;
  return { vi: lower(label.vi), en: lower(label.en) };
}

/**
 * Where a value is, in words, for a Vietnamese sentence: "Ngày đổi mật khẩu gần nhất (mục 1 của danh sách tài
 * khoản)" for /accounts/0/passwordChangedOn, "Mục 2 của danh sách nhân viên" for /staff/1. A place the schema
 * does not label is named by its pointer.
 */
export function fieldPhraseVi(pointer: string): string {
  const tokens = pointer.split("/").slice(1);
  if (tokens.length === 0 || pointer === "/") return "Tệp cấu hình";
  const isIndex = (token: string | undefined) => token !== undefined && /^[0-9]+$/.test(token);
  let last = tokens.length - 1;
  while (last >= 0 && !isIndex(tokens[last])) last -= 1;
  const listLabel = last > 0 ? fieldLabel(`/${tokens.slice(0, last).join("/")}`) : undefined;
  const item = listLabel ? `mục ${Number(tokens[last]) + 1} của ${listLabel.vi}` : undefined;
  if (item && last === tokens.length - 1) return capitalize(item);
  const label = fieldLabel(pointer);
  if (!label) return pointer;
  return `${capitalize(label.vi)}${item ? ` (${item})` : ""}`;
}

function capitalize(text: string): string {
  return `${text[0]!.toLocaleUpperCase("vi")}${text.slice(1)}`;
}
