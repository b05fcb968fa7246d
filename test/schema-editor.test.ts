import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { checkSource } from "../src/index.js";
import { bilingualText } from "../src/schema.js";

const v2 = JSON.parse(readFileSync("schemas/facility.v2.schema.json", "utf8"));
const v1 = JSON.parse(readFileSync("schemas/facility.v1.schema.json", "utf8"));
const renames = JSON.parse(readFileSync("schemas/facility.v1-to-v2.json", "utf8")) as {
  renamedKeys: { v1: string; v2: string }[];
};

type Node = Record<string, unknown>;

/** Every schema object in the tree with its path, skipping data (examples, snippets, enum values). */
function nodes(node: unknown, path = "#"): [string, Node][] {
  if (!node || typeof node !== "object" || Array.isArray(node)) return [];
  const found: [string, Node][] = [[path, node as Node]];
  for (const [key, child] of Object.entries(node)) {
    if (["examples", "defaultSnippets", "enum", "const", "required", "markdownEnumDescriptions"].includes(key)) continue;
    if (key === "properties" || key === "$defs") {
      for (const [name, property] of Object.entries(child as Node)) found.push(...nodes(property, `${path}/${key}/${name}`));
    } else {
      found.push(...nodes(child, `${path}/${key}`));
    }
  }
  return found;
}

function compile(schema: unknown) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  ajv.addVocabulary(["markdownEnumDescriptions", "patternErrorMessage", "defaultSnippets", "x-label"]);
  return ajv.compile(schema as object);
}

/** A snippet body as the editor inserts it with its defaults: `${1:38001}` → 38001, `${3|a,b|}` → a. */
function expand(body: unknown): unknown {
  return JSON.parse(
    JSON.stringify(body)
      .replace(/\$\{\d+:([^}]*)\}/g, "$1")
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, "$1"),
  );
}

describe("the facility schema speaks to editors in Vietnamese and English", () => {
  const properties = nodes(v2).filter(([path]) => /\/properties\/[^/]+$/.test(path));

  it("describes every property in both languages (a Vietnamese paragraph, a blank line, an English one)", () => {
    expect(properties.length).toBeGreaterThan(150);
    for (const [path, node] of nodes(v2)) {
      if (node.description === undefined) continue;
      const text = bilingualText(node.description);
      expect(text, path).toBeDefined();
      expect(text!.vi, path).not.toBe(text!.en);
    }
    const undocumented = properties.filter(([, node]) => typeof node.description !== "string").map(([path]) => path);
    expect(undocumented).toEqual([]);
  });

  it("describes every enum value, and gives every pattern its own message", () => {
    const withEnum = nodes(v2).filter(([, node]) => Array.isArray(node.enum));
    expect(withEnum.length).toBeGreaterThan(12);
    for (const [path, node] of withEnum) {
      const described = node.markdownEnumDescriptions as string[];
      expect(described?.length, path).toBe((node.enum as unknown[]).length);
      for (const text of described) expect(bilingualText(text), path).toBeDefined();
    }
    for (const [path, node] of nodes(v2).filter(([, n]) => typeof n.pattern === "string")) {
      expect(bilingualText(node.patternErrorMessage), path).toBeDefined();
    }
  });

  it("has a stable $id per version, and examples and snippets that are valid v2 files", () => {
    expect(v2.$id).toBe("https://kcb-compliance.dev/schemas/facility.v2.schema.json");
    expect(v1.$id).toBe("https://kcb-compliance.dev/schemas/facility.v1.schema.json");
    const validate = compile(v2);
    for (const example of v2.examples) expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    const root = v2.defaultSnippets[0].body;
    expect(validate(expand(root)), JSON.stringify(validate.errors)).toBe(true);
    for (const [path, node] of nodes(v2).filter(([, n]) => Array.isArray(n.defaultSnippets) && n !== v2)) {
      for (const snippet of node.defaultSnippets as { body: unknown }[]) {
        const item = compile({ ...node, $defs: v2.$defs });
        expect(item(expand(snippet.body)), `${path} ${JSON.stringify(item.errors)}`).toBe(true);
      }
    }
  });

  it("derives v1 from v2 through the rename table: the old key names, deprecated, no v2 snippets", () => {
    expect(v1.deprecated).toBe(true);
    expect(v1.properties.apiVersion.const).toBe("kcb-compliance/v1");
    expect(JSON.stringify(v1)).not.toContain("defaultSnippets");
    for (const { v1: pointer, v2: name } of renames.renamedKeys) {
      const tokens = pointer.split("/").slice(1);
      const old = tokens.pop()!;
      const parentOf = (schema: Node) =>
        tokens.reduce((node: Node, token) => (token === "*" ? node.items : (node.properties as Node)[token]) as Node, schema);
      expect(Object.keys(parentOf(v1).properties as Node), pointer).toContain(old);
      expect(Object.keys(parentOf(v1).properties as Node), pointer).not.toContain(name);
      expect(Object.keys(parentOf(v2).properties as Node), pointer).toContain(name);
    }
  });

  it("puts the schema's pattern messages in kcb's own errors, in both languages", async () => {
    const text =
      'apiVersion: kcb-compliance/v2\nkind: Facility\nfacility: { code: "3801", name: X, type: clinic, bhytContract: false }\n';
    const [error] = (await checkSource(text, "f.yaml", { asOf: "2026-11-20" })).facilities[0]!.errors;
    expect(error!.message).toEqual({
      vi: 'Mã cơ sở KCB gồm đúng 5 chữ số, đặt trong dấu nháy, ví dụ "38001".',
      en: '/facility/code: The KCB facility code is exactly 5 digits, in quotes, e.g. "38001".',
    });
    expect(error!.location).toMatchObject({ line: 3 });
  });
});
