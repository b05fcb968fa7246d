import { InputError } from "../errors.js";
import { locate, type LoadedConfig } from "../load/config.js";
import { forEachAt } from "../load/pointer.js";
import { fieldPhraseVi } from "../schema.js";

/**
 * Referential integrity of a schema-valid config: every id a record refers to exists, and ids are unique.
 * A dangling reference means the file cannot be assessed as written (which staff member holds this account?),
 * so it is an input error at the referring line, not a guess.
 */

interface Entity {
  /** Collection holding the entities, as a path from the root. */
  path: string[];
  what: { vi: string; en: string };
}

interface Reference {
  /** Records holding the reference: a path from the root where "*" walks an array. */
  from: string[];
  field: string;
  to: keyof typeof ENTITIES;
}

const ENTITIES = {
  staff: { path: ["staff"], what: { vi: "nhân viên", en: "staff member (staff)" } },
  systems: { path: ["systems"], what: { vi: "hệ thống", en: "system (systems)" } },
  accounts: { path: ["accounts"], what: { vi: "tài khoản", en: "account (accounts)" } },
  pharmacies: {
    path: ["facility", "pharmacies"],
    what: { vi: "nhà thuốc", en: "pharmacy (facility.pharmacies)" },
  },
  regulations: {
    path: ["governance", "regulations"],
    what: { vi: "quy chế", en: "regulation (governance.regulations)" },
  },
  dataTransfers: { path: ["dataTransfers"], what: { vi: "kênh trích chuyển dữ liệu", en: "data transfer (dataTransfers)" } },
} satisfies Record<string, Entity>;

const REFERENCES: Reference[] = [
  { from: ["accounts", "*"], field: "holder", to: "staff" },
  { from: ["accounts", "*"], field: "system", to: "systems" },
  { from: ["accounts", "*", "holderHistory", "*"], field: "holder", to: "staff" },
  { from: ["trainings", "*"], field: "staffId", to: "staff" },
  { from: ["accessStats", "*"], field: "account", to: "accounts" },
  { from: ["applicationReviews", "*"], field: "system", to: "systems" },
  { from: ["facility", "pharmacies", "*", "systems"], field: "*", to: "systems" },
];

/**
 * Every dangling reference and duplicate id, each at its file:line. (A waiver naming no rule is left to the policy,
 * whose waiver governance reports it as a finding.) Messages name the field, never its value: a mistyped value
 * could be anything, a pasted password included.
 */
export function validateReferences(config: LoadedConfig): InputError[] {
  const errors = Object.entries(ENTITIES).flatMap(([, entity]) => duplicateIds(config, entity));
  const ids = Object.fromEntries(Object.entries(ENTITIES).map(([name, entity]) => [name, idsOf(config.data, entity)]));
  for (const reference of REFERENCES) {
    forEachAt(config.data, [...reference.from, reference.field], (value, pointerOf) => {
      if (typeof value !== "string" || ids[reference.to]!.has(value)) return;
      const what = ENTITIES[reference.to].what;
      const pointer = pointerOf();
      errors.push(
        new InputError(locate(config, pointer), {
          vi: `${fieldPhraseVi(pointer)}: giá trị này không khớp mã của ${what.vi} nào trong tệp. Hãy sửa mã cho đúng, hoặc thêm ${what.vi} đó vào tệp.`,
          en: `${pointer}: this value matches the id of no ${what.en} in this file. Correct the id, or add that ${what.en} to the file.`,
        }),
      );
    });
  }
  return errors.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}

function duplicateIds(config: LoadedConfig, entity: Entity): InputError[] {
  const seen = new Map<string, string>();
  const errors: InputError[] = [];
  records(config.data, entity.path).forEach((record, index) => {
    const id = (record as { id?: unknown } | null)?.id;
    const pointer = `/${entity.path.join("/")}/${index}/id`;
    if (typeof id !== "string") return;
    const first = seen.get(id);
    if (first === undefined) return void seen.set(id, pointer);
    errors.push(
      new InputError(locate(config, pointer), {
        vi: `${fieldPhraseVi(pointer)}: mã này đã dùng cho ${entity.what.vi} ở ${fieldPhraseVi(first.replace(/\/id$/, "")).toLocaleLowerCase("vi")}; mỗi mã phải duy nhất. Hãy đổi mã, hoặc gộp hai bản ghi.`,
        en: `${pointer}: this id is already used by the ${entity.what.en} at ${first}; ids must be unique. Rename it, or merge the two records.`,
      }),
    );
  });
  return errors;
}

function idsOf(data: unknown, entity: Entity): Set<string> {
  return new Set(
    records(data, entity.path)
      .map((record) => (record as { id?: unknown } | null)?.id)
      .filter((id): id is string => typeof id === "string"),
  );
}

function records(data: unknown, path: string[]): unknown[] {
  const found = path.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), data);
  return Array.isArray(found) ? found : [];
}

function isObject(node: unknown): node is Record<string, unknown> {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}
