// Writes docs/rules.md (the catalog, from the rules' METADATA via policy/catalog.json) and docs/coverage.md
// (every sentence-level obligation of each letter → its rules), and fails when the mapping is incomplete:
// a quoted sentence or a rule's clause that is not in the letter's text, a rule whose clause matches no
// inventoried sentence, or a sentence with neither a rule nor a stated reason. Needs `npm run build` (lib/).
// Also writes docs/coverage-<pack>.md for each opt-in pack (article → rules or the reason there is none, from
// docs/packs/<pack>.yaml), fails when a bundled profile's basis quotes a letter sentence the letter lacks, and
// writes docs/format-v2.md (what changed from facility format v1, from schemas/facility.v1-to-v2.json).
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { catalogMarkdown } from "../lib/catalog/render.js";
import { BUNDLED_PROFILES, loadProfile, resolvedParams } from "../lib/profile/load.js";

const catalog = JSON.parse(readFileSync("policy/catalog.json", "utf8"));
const inventory = parse(readFileSync("docs/directives/obligations.yaml", "utf8"));
const problems = [];

const normalize = (text) => text.normalize("NFC").replaceAll("**", "").replace(/\s+/g, " ").trim();
function sourceText(document) {
  const ignored = new Set(document.ignore ?? []);
  const lines = readFileSync(`docs/directives/${document.source}`, "utf8").split("\n");
  return normalize(lines.filter((line) => !ignored.has(line.trim())).join("\n"));
}

const isLetter = (id) => id !== "governance" && catalog.documents[id]?.pack === "default";
for (const id of Object.keys(catalog.documents)) {
  if (isLetter(id) && !inventory.documents[id]) problems.push(`${id}: not inventoried in docs/directives/obligations.yaml`);
}

const matrix = [];
for (const [id, document] of Object.entries(inventory.documents)) {
  const meta = catalog.documents[id];
  if (!meta) problems.push(`${id}: no rule package documents it`);
  const text = sourceText(document);
  const rules = catalog.rules.filter((rule) => rule.document === id);
  for (const rule of rules) {
    if (!text.includes(normalize(rule.clause)))
      problems.push(`${rule.id}: its clause is not quoted exactly from ${document.source}`);
  }
  const rows = document.obligations.map((obligation, index) => {
    const sentence = normalize(obligation.text);
    if (!text.includes(sentence))
      problems.push(`${id} #${index + 1}: not found in ${document.source}: "${sentence.slice(0, 60)}…"`);
    const mapped = rules.filter((rule) => sentence.includes(normalize(rule.clause)) || normalize(rule.clause).includes(sentence));
    if (mapped.length === 0 && !obligation.reason)
      problems.push(`${id} #${index + 1}: no rule and no reason: "${sentence.slice(0, 60)}…"`);
    return { item: obligation.item, sentence, rules: mapped.map((rule) => rule.id), reason: obligation.reason?.trim() };
  });
  for (const rule of rules) {
    if (!rows.some((row) => row.rules.includes(rule.id)))
      problems.push(`${rule.id}: its clause matches no sentence in obligations.yaml`);
  }
  matrix.push({ id, meta, note: document.note?.trim(), source: document.source, rows });
}
// A parameter's basis that quotes a letter must quote it exactly: never credit a letter with words it lacks.
const letterText = Object.fromEntries(
  Object.entries(inventory.documents).map(([id, document]) => [catalog.documents[id]?.number, sourceText(document)]),
);
for (const name of BUNDLED_PROFILES) {
  for (const [param, { basis }] of Object.entries(resolvedParams(loadProfile(name)))) {
    if (!basis.quote) continue;
    const text = letterText[basis.letter];
    if (!text) problems.push(`profiles/${name}.yaml ${param}: basis names ${basis.letter}, which is not an inventoried letter`);
    else if (!text.includes(normalize(basis.quote)))
      problems.push(`profiles/${name}.yaml ${param}: its quote is not in ${basis.letter}: "${basis.quote.slice(0, 60)}…"`);
  }
}

// Each opt-in pack: every article inventoried in docs/packs/<pack>.yaml maps to rules (by the rule's item) or
// states why it has none, and every rule of the pack maps to an article.
const packs = [...new Set(Object.values(catalog.documents).map((document) => document.pack))]
  .filter((pack) => pack !== "default")
  .sort();
const packMatrices = packs.map((pack) => {
  const packInventory = parse(readFileSync(`docs/packs/${pack}.yaml`, "utf8"));
  const rules = catalog.rules.filter((rule) => rule.pack === pack);
  const rows = packInventory.articles.map((article, index) => {
    const mapped = rules.filter((rule) => rule.item === article.article);
    if (mapped.length === 0 && !article.reason)
      problems.push(`${pack} #${index + 1} (${article.article}): no rule and no reason`);
    return { ...article, rules: mapped };
  });
  for (const rule of rules) {
    if (!rows.some((row) => row.rules.includes(rule)))
      problems.push(`${rule.id}: its item "${rule.item}" matches no article in docs/packs/${pack}.yaml`);
  }
  return {
    pack,
    inventory: packInventory,
    rows,
    documents: Object.values(catalog.documents).filter((document) => document.pack === pack),
  };
});

if (problems.length > 0) {
  console.error(`build-docs: the coverage matrix is incomplete:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}

const cell = (text) => text.replaceAll("|", "\\|");
const out = [
  "# Coverage matrix",
  "",
  "<!-- Generated by scripts/build-docs.mjs from docs/directives/obligations.yaml and policy/catalog.json. Do not edit. -->",
  "",
  'Every sentence of the four letters (split at ";" where one sentence holds several obligations), quoted from the',
  "texts in [directives/](directives/), and the rules that encode it. A sentence without a rule says why. The build",
  "fails if a quote or a rule's clause is not in the letter, or a rule's clause matches no sentence here.",
];
for (const { meta, note, source, rows } of matrix) {
  const mapped = rows.filter((row) => row.rules.length > 0).length;
  out.push(
    "",
    `## ${meta.number} — ${meta.issuer}, ${meta.date}`,
    "",
    `Source: [${source}](directives/${source}). ${rows.length} sentences, ${mapped} mapped to rules.`,
  );
  if (note) out.push("", note);
  out.push("", "| Item | Sentence | Rules | Note |", "| --- | --- | --- | --- |");
  for (const row of rows) {
    const rules =
      row.rules.length > 0 ? row.rules.map((rule) => `[\`${rule}\`](rules.md#${rule.replace(".", "")})`).join("<br>") : "—";
    out.push(`| ${cell(row.item)} | ${cell(row.sentence)} | ${rules} | ${cell(row.reason ?? "")} |`);
  }
}
writeFileSync("docs/coverage.md", `${out.join("\n")}\n`);
for (const { pack, inventory: packInventory, rows, documents } of packMatrices) {
  const lines = [
    `# Coverage matrix — pack ${pack}`,
    "",
    "<!-- Generated by scripts/build-docs.mjs from docs/packs/" + pack + ".yaml and policy/catalog.json. Do not edit. -->",
    "",
    ...documents.map(
      (document) =>
        `**${document.number}** — ${document.issuer}, ${document.date}; in force from ${document.effective}. Source read: <${document.source}>.`,
    ),
    "",
    packInventory.note.trim(),
    "",
    `Enable with \`kcb check --pack ${pack}\` or \`packs: [${pack}]\` in a profile. Before the instrument is in force every rule of the pack is not applicable.`,
    "",
    "| Article | Obligation | Rules (confidence) | Note |",
    "| --- | --- | --- | --- |",
    ...rows.map((row) => {
      const rules =
        row.rules.length > 0
          ? row.rules.map((rule) => `[\`${rule.id}\`](rules.md#${rule.id.replace(".", "")}) (${rule.confidence})`).join("<br>")
          : "—";
      return `| ${cell(row.article)} | ${cell(row.obligation.trim())} | ${rules} | ${cell(row.reason?.trim() ?? "")} |`;
    }),
  ];
  writeFileSync(`docs/coverage-${pack}.md`, `${lines.join("\n")}\n`);
}
writeFileSync("docs/rules.md", catalogMarkdown(catalog, resolvedParams(loadProfile("national"))));
writeFileSync("docs/format-v2.md", formatChanges(JSON.parse(readFileSync("schemas/facility.v1-to-v2.json", "utf8"))));

function formatChanges({ apiVersion, renamedKeys }) {
  return [
    "# Facility format v2: what changed from v1 / Định dạng v2: thay đổi so với v1",
    "",
    "<!-- Generated by scripts/build-docs.mjs from schemas/facility.v1-to-v2.json. Do not edit. -->",
    "",
    "YAML 1.1 parsers (PyYAML, Go's yaml.v2, Ruby) read the v1 key `on` as the boolean `true`, so a v1 file saved by",
    "one of them no longer checks. v2 renames every such key to a name that says what the date is; codes, dates and",
    "ids stay strings and are written in quotes. Nothing else changed: the rules, their results and the lines they",
    "point at are the same.",
    "",
    "Các trình đọc YAML 1.1 (PyYAML, yaml.v2 của Go, Ruby) hiểu khoá `on` của v1 là giá trị `true`, nên tệp v1 được",
    "chúng lưu lại sẽ không kiểm tra được nữa. v2 đổi tên các khoá đó thành tên nói rõ đó là ngày gì; mã, ngày và số",
    "hiệu vẫn là chuỗi và được đặt trong dấu nháy. Ngoài ra không có gì thay đổi.",
    "",
    `| v1 (${apiVersion.v1}) | v2 (${apiVersion.v2}) | Nghĩa | Meaning |`,
    "| --- | --- | --- | --- |",
    `| \`apiVersion: ${apiVersion.v1}\` | \`apiVersion: ${apiVersion.v2}\` | Phiên bản định dạng | Format version |`,
    ...renamedKeys.map(({ v1, v2, vi, en }) => `| \`${v1}\` | \`${v1.replace(/[^/]+$/, v2)}\` | ${vi} | ${en} |`),
    "",
    "`*` is any list item. / `*` là một mục bất kỳ của danh sách.",
    "",
    "kcb still reads v1 files (with one notice per file) and checks them exactly as v2. To convert, keeping comments",
    "and layout: / kcb vẫn đọc tệp v1 (kèm một lưu ý cho mỗi tệp). Để chuyển đổi, giữ nguyên chú thích:",
    "",
    "```sh",
    "kcb migrate facility.yaml           # print the v2 file / in ra tệp v2",
    "kcb migrate --write configs/*.yaml  # rewrite in place / ghi đè tại chỗ",
    "```",
    "",
    "Spreadsheet columns headed with a v1 name (`on`, `assignment.on`) still fill the renamed field.",
    "/ Cột bảng tính mang tên trường v1 (`on`, `assignment.on`) vẫn được nhận cho trường đã đổi tên.",
    "",
  ].join("\n");
}
console.error(
  `build-docs: docs/rules.md (${catalog.rules.length} rules), docs/coverage.md (${matrix.reduce((n, d) => n + d.rows.length, 0)} sentences)`,
);
