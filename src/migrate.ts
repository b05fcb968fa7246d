import { isDeepStrictEqual } from "node:util";
import { isMap, isScalar, isSeq, parse, parseDocument, Scalar, visit, type Node } from "yaml";
import { escapePointerToken, parseConfig } from "./load/config.js";
import { API_VERSION_V1, API_VERSION_V2, isFormatV1, upgradeConfig, v2Pointer } from "./load/upgrade.js";

/** A config rewritten in format v2, or unchanged when it already was. */
export interface Migration {
  text: string;
  changed: boolean;
}

/** One replacement of the source text: [start, end) becomes `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Rewrites a v1 config (YAML or JSON text) as v2 by editing only what changes — renamed keys, the apiVersion, the
 * schema reference, and plain values a YAML 1.1 parser would read as something else (dates, yes/no, on/off),
 * which become quoted — so comments, order and layout stay as the user wrote them. Throws the file's InputError
 * when it cannot be parsed: a file kcb cannot read is never rewritten.
 */
export function migrateText(text: string, file: string): Migration {
  const parsed = parseConfig(text, file);
  const before = upgradeConfig(parsed);
  const document = parseDocument(text, { schema: "core", uniqueKeys: true, merge: false, keepSourceTokens: true });
  // Keys are renamed only in a v1 file: in any other, `on` is not a v1 key but a mistake validation reports.
  const keys = isFormatV1(parsed.data) ? renamedKeys(document.contents) : [];
  const edits: Edit[] = [
    ...keys,
    ...unsafePlainScalars(document, text, new Set(keys.map((edit) => edit.start))),
    ...versionReferences(text),
  ];
  const migrated = applyEdits(text, edits);
  const after = parseConfig(migrated, file);
  // The rewrite must say exactly what kcb already read (v1 upgraded to v2): anything else is a bug, never output.
  if (!isDeepStrictEqual(after.data, before.data)) throw new Error(`kcb migrate: the rewrite of ${file} changed its data`);
  return { text: migrated, changed: migrated !== text };
}

function renamedKeys(root: Node | null): Edit[] {
  const edits: Edit[] = [];
  const walk = (node: unknown, pointer: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const child = `${pointer}/${escapePointerToken(String(pair.key.value))}`;
        const renamed = v2Pointer(child);
        if (renamed !== child && pair.key.range) edits.push(keyEdit(pair.key, renamed.slice(renamed.lastIndexOf("/") + 1)));
        walk(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, `${pointer}/${index}`));
    }
  };
  walk(root, "");
  return edits;
}

/** The new key in the old key's quoting style (a JSON key keeps its double quotes). */
function keyEdit(key: Scalar, name: string): Edit {
  const [start, end] = key.range!;
  const quote = key.type === Scalar.QUOTE_DOUBLE ? '"' : key.type === Scalar.QUOTE_SINGLE ? "'" : "";
  return { start, end, text: `${quote}${name}${quote}` };
}

/** Plain scalars that YAML 1.2 reads as text but YAML 1.1 (PyYAML, Go yaml.v2) would read as a date, boolean… */
function unsafePlainScalars(document: ReturnType<typeof parseDocument>, text: string, renamed: Set<number>): Edit[] {
  const edits: Edit[] = [];
  visit(document, {
    Scalar(_key, node) {
      if (node.type !== Scalar.PLAIN || typeof node.value !== "string" || !node.range || renamed.has(node.range[0])) return;
      if (typeof parse(text.slice(node.range[0], node.range[1]), { version: "1.1" }) === "string") return;
      edits.push({ start: node.range[0], end: node.range[1], text: JSON.stringify(node.value) });
    },
  });
  return edits;
}

/** The apiVersion value and the v1 schema's file name, wherever they appear (`$schema`, editor modelines). */
function versionReferences(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const [from, to] of [
    [API_VERSION_V1, API_VERSION_V2],
    ["facility.v1.schema.json", "facility.v2.schema.json"],
  ] as const) {
    for (let at = text.indexOf(from); at !== -1; at = text.indexOf(from, at + from.length)) {
      edits.push({ start: at, end: at + from.length, text: to });
    }
  }
  return edits;
}

function applyEdits(text: string, edits: Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}
