// Writes policy/oscal-catalog.json: the directives as an OSCAL catalog (a control per directive item, an
// assessment objective per rule), generated from policy/catalog.json so that the rule METADATA stays the only
// source. The ids come from the same module the oscal report format uses (needs `npm run build` first).
import { readFileSync } from "node:fs";
import { oscalCatalog } from "../lib/format/oscal-catalog.js";

const read = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), "utf8"));
const catalog = oscalCatalog(read("policy/catalog.json"), read("policy/manifest.json").sha256);
process.stdout.write(`${JSON.stringify(catalog, null, 2)}\n`);
