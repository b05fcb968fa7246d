// Turns `opa inspect --annotations` output into policy/catalog.json: the only source of rule titles,
// directive references, clause text, severities and remediation is the METADATA in the Rego files.
import { readFileSync } from "node:fs";
import { metadataProblems } from "./rule-metadata.mjs";

const inspected = JSON.parse(readFileSync(process.argv[2], "utf8"));
// Obligation rules live under data.kcb.rules.<document>; the tool's own waiver rule under data.kcb.governance.
const segments = (path) => path.map((term) => term.value);
const underRules = (path) => path[0] === "data" && path[1] === "kcb" && (path[2] === "rules" || path[2] === "governance");
const documentOf = (path) => (path[2] === "governance" ? "governance" : path[3]);
const nameOf = (path) => (path[2] === "governance" ? path[3] : path[4]);

const documents = {};
const rules = [];
const problems = [];
for (const { annotations, location, path } of inspected.annotations ?? []) {
  const parts = segments(path);
  if (!underRules(parts) || location.file.endsWith("_test.rego")) continue;
  const custom = annotations.custom ?? {};
  if (annotations.scope === "package") {
    documents[documentOf(parts)] = {
      number: custom.document,
      issuer: custom.issuer,
      date: custom.date,
      subject: custom.subject,
      title: annotations.title,
      description: annotations.description?.trim(),
      source: custom.source,
      scope: custom.scope,
      // The four letters and the waiver rule are the default pack; a law's package names its opt-in pack.
      pack: custom.pack ?? "default",
      ...(custom.effective ? { effective: custom.effective } : {}),
    };
  } else if (nameOf(parts) && parts.length === (parts[2] === "governance" ? 4 : 5)) {
    problems.push(...metadataProblems(`${documentOf(parts)}.${nameOf(parts)}`, annotations));
    rules.push({
      id: `${documentOf(parts)}.${nameOf(parts)}`,
      document: documentOf(parts),
      title: { en: annotations.title, vi: custom.title_vi },
      description: annotations.description?.trim(),
      ...(custom.description_vi ? { descriptionVi: custom.description_vi.trim() } : {}),
      item: custom.item,
      clause: custom.clause,
      severity: custom.severity,
      // automated: read from configuration facts; evidence: passes on a recorded act (what, when, who).
      assessment: custom.assessment ?? "automated",
      evidence: custom.evidence ?? [],
      parameters: custom.parameters ?? [],
      waivable: custom.waivable ?? true,
      remediation: custom.remediation,
      source: `${location.file}:${location.row}`,
      // How sure the encoding is: a letter's clause is checked against its text at build (high); a law's rule
      // states it, with how it was verified (sources outside this repository).
      confidence: custom.confidence,
      verification: custom.verification?.trim(),
    });
  }
}
if (problems.length > 0) {
  console.error(`build-catalog: invalid rule METADATA (schemas/rule-metadata.schema.json):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
const missing = rules.filter(
  (rule) =>
    !documents[rule.document] ||
    !rule.title.en ||
    !rule.title.vi ||
    !rule.severity ||
    !rule.descriptionVi ||
    !rule.item ||
    !rule.clause ||
    !rule.remediation?.vi ||
    !rule.remediation?.en,
);
if (missing.length > 0) {
  console.error(`build-catalog: incomplete METADATA for ${missing.map((rule) => rule.id).join(", ")}`);
  process.exit(1);
}
for (const rule of rules) {
  const pack = documents[rule.document]?.pack ?? "default";
  rule.pack = pack;
  if (pack !== "default" && (!["high", "medium", "low"].includes(rule.confidence) || !rule.verification)) {
    console.error(
      `build-catalog: ${rule.id} is in pack ${pack} but its METADATA lacks confidence (high|medium|low) or verification`,
    );
    process.exit(1);
  }
  rule.confidence ??= "high";
  rule.verification ??= "The clause is quoted from the letter's text in docs/directives/ (checked by npm run build:docs).";
}
rules.sort((a, b) => a.id.localeCompare(b.id));
const sortedDocuments = Object.fromEntries(Object.entries(documents).sort(([a], [b]) => a.localeCompare(b)));
process.stdout.write(`${JSON.stringify({ documents: sortedDocuments, rules }, null, 2)}\n`);
