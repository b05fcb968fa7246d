import type { Bilingual, Location } from "../errors.js";
import { readPackageText } from "../paths.js";
import type { LoadedConfig, PositionIndex } from "./config.js";

/** One key renamed from format v1 to v2: `v1` is its pointer in v1 (`*` = any list item), `v2` its new name. */
export interface RenamedKey {
  v1: string;
  v2: string;
  vi: string;
  en: string;
}

/** The table behind the upgrade, `kcb migrate`, the derived v1 schema and the docs (schemas/facility.v1-to-v2.json). */
export interface FormatChanges {
  apiVersion: { v1: string; v2: string };
  renamedKeys: RenamedKey[];
}

export const FORMAT_CHANGES = JSON.parse(readPackageText("schemas/facility.v1-to-v2.json")) as FormatChanges;
export const API_VERSION_V1 = FORMAT_CHANGES.apiVersion.v1;
export const API_VERSION_V2 = FORMAT_CHANGES.apiVersion.v2;

/** A note about the input that is not a finding (e.g. a deprecated format), one per file. */
export interface Notice {
  location: Location;
  message: Bilingual;
}

/** A config in a format kcb still reads but will not forever: it carries the notice that says so. */
export interface UpgradedConfig extends LoadedConfig {
  notices?: Notice[];
}

export function isFormatV1(data: unknown): boolean {
  return isObject(data) && data.apiVersion === API_VERSION_V1;
}

/**
 * A v1 config in the v2 shape: keys renamed, and the file:line map keyed by the new pointers, so that findings
 * still point at the user's v1 lines. Any other config is returned as it is (validation judges its apiVersion).
 */
export function upgradeConfig(config: LoadedConfig): UpgradedConfig {
  if (!isFormatV1(config.data)) return config;
  let data: unknown = { ...(config.data as Record<string, unknown>), apiVersion: API_VERSION_V2 };
  for (const rename of FORMAT_CHANGES.renamedKeys) data = renamedAt(data, tokensOf(rename.v1), rename.v2);
  // Positions stay keyed by the file's own (v1) pointers and are computed when asked: translate on the way in.
  const source = config.positions;
  const positions: PositionIndex = {
    get: (pointer) => source.get(v1Pointer(pointer)),
    set: (pointer, position) => source.set(v1Pointer(pointer), position),
  };
  return { ...config, data, positions, notices: [deprecationNotice(config)] };
}

/** The v2 pointer of a v1 pointer (unchanged when no key on its path was renamed). */
export function v2Pointer(pointer: string): string {
  return renamedAlong(pointer, "v1", "v2");
}

/** The v1 pointer of a v2 pointer: where a finding on an upgraded config is in the v1 file. */
export function v1Pointer(pointer: string): string {
  return renamedAlong(pointer, "v2", "v1");
}

// Each renamed key's pointer pattern in both versions, split once: every finding of a v1 file is located through
// v1Pointer, so a large batch of v1 files calls it hundreds of thousands of times.
const RENAME_PATTERNS = FORMAT_CHANGES.renamedKeys.map((rename) => {
  const v1 = rename.v1.split("/");
  return { v1, v2: [...v1.slice(0, -1), rename.v2] };
});

/** The pointer with each key renamed between versions where its path matches the `from` version's pattern. */
function renamedAlong(pointer: string, from: "v1" | "v2", to: "v1" | "v2"): string {
  const tokens = pointer.split("/");
  for (const pattern of RENAME_PATTERNS) {
    const path = pattern[from];
    if (tokens.length >= path.length && path.every((token, index) => matches(token, tokens[index]!))) {
      tokens[path.length - 1] = pattern[to].at(-1)!;
    }
  }
  return tokens.join("/");
}

/** The v2 name of a key a v2 file still spells the v1 way at `pointer` (for a hint), if any. */
export function renamedTo(pointer: string): string | undefined {
  const renamed = v2Pointer(pointer);
  return renamed === pointer ? undefined : renamed.slice(renamed.lastIndexOf("/") + 1);
}

function deprecationNotice(config: LoadedConfig): Notice {
  const renamed = FORMAT_CHANGES.renamedKeys.map(({ v1, v2 }) => `${v1} → ${v2}`).join(", ");
  return {
    location: { file: config.file, ...(config.positions.get("/apiVersion") ?? { line: 1, column: 1 }) },
    message: {
      vi: `Định dạng ${API_VERSION_V1} đã lỗi thời nhưng vẫn được kiểm tra như ${API_VERSION_V2}. Chạy \`kcb migrate --write ${config.file}\` để chuyển tệp (giữ nguyên chú thích); các khoá đổi tên: ${renamed}.`,
      en: `Format ${API_VERSION_V1} is deprecated but still checked as ${API_VERSION_V2}. Run \`kcb migrate --write ${config.file}\` to convert the file (comments kept); renamed keys: ${renamed}.`,
    },
  };
}

function tokensOf(pattern: string): string[] {
  return pattern.split("/").slice(1);
}

function matches(patternToken: string, token: string): boolean {
  return patternToken === "*" ? /^(0|[1-9][0-9]*)$/.test(token) : patternToken === token;
}

/**
 * `node` with `tokens`' last key renamed to `name` in every object the pattern reaches, keeping the key order. Only
 * the objects and lists on a renamed path are copied (a v1 hospital is megabytes; the rest is shared, not cloned);
 * `node` itself is never changed, and is returned as it is when nothing on its paths is renamed.
 */
function renamedAt(node: unknown, tokens: string[], name: string): unknown {
  const [head, ...rest] = tokens;
  if (head === undefined) return node;
  if (head === "*") {
    if (!Array.isArray(node)) return node;
    const items: unknown[] = node;
    let copy: unknown[] | undefined;
    items.forEach((item, index) => {
      const renamed = renamedAt(item, rest, name);
      if (renamed !== item) (copy ??= [...items])[index] = renamed;
    });
    return copy ?? node;
  }
  if (!isObject(node) || !Object.hasOwn(node, head)) return node;
  if (rest.length > 0) {
    const child = renamedAt(node[head], rest, name);
    // Spread defines properties (a key named __proto__ stays a plain key); `head` is a v1 key name from the table.
    return child === node[head] ? node : { ...node, [head]: child };
  }
  if (Object.hasOwn(node, name)) return node; // both spellings: left for validation to reject the v1 one
  const renamed: Record<string, unknown> = {};
  // defineProperty, not assignment: a key named __proto__ stays a plain key.
  for (const [key, value] of Object.entries(node))
    Object.defineProperty(renamed, key === head ? name : key, { value, writable: true, enumerable: true, configurable: true });
  return renamed;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
