// Derives schemas/facility.v1.schema.json from schemas/facility.v2.schema.json (the one hand-edited facility
// schema) through the rename table schemas/facility.v1-to-v2.json, so a field added to v2 reaches v1 too and the
// two never drift. v1 files stay readable (the loader upgrades them); new files use v2.
// Run: node scripts/build-schemas.mjs (part of npm run generate; check-generated.sh compares the output).
import { readFileSync, writeFileSync } from "node:fs";

const root = new URL("../", import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), "utf8"));
const v2 = read("schemas/facility.v2.schema.json");
const renames = read("schemas/facility.v1-to-v2.json");

const v1 = withoutSnippets(structuredClone(v2));
for (const { v1: pointer, v2: name } of renames.renamedKeys) {
  const tokens = pointer.split("/").slice(1);
  const oldName = tokens.pop();
  const parent = tokens.reduce((node, token) => (token === "*" ? node.items : node.properties[token]), v1);
  parent.properties = Object.fromEntries(
    Object.entries(parent.properties).map(([key, value]) => [key === name ? oldName : key, value]),
  );
  parent.required = parent.required?.map((key) => (key === name ? oldName : key));
}
v1.$id = v2.$id.replace("facility.v2.schema.json", "facility.v1.schema.json");
v1.title = v2.title.replace(/v2$/, "v1");
v1.deprecated = true;
v1.properties.apiVersion = {
  const: renames.apiVersion.v1,
  description:
    `Định dạng v1 đã lỗi thời: chạy \`kcb migrate --write TỆP\` để chuyển sang ${renames.apiVersion.v2}.\n\n` +
    `Format v1 is deprecated: run \`kcb migrate --write FILE\` to move to ${renames.apiVersion.v2}.`,
};
writeFileSync(new URL("schemas/facility.v1.schema.json", root), `${JSON.stringify(v1, null, 2)}\n`);

/** Snippets and whole-file examples are written in v2 names: v1 is for reading old files, not starting new ones. */
function withoutSnippets(node) {
  if (Array.isArray(node)) return node.map(withoutSnippets);
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== "defaultSnippets" && !(key === "examples" && node === v2))
      .map(([key, value]) => [key, withoutSnippets(value)]),
  );
}
