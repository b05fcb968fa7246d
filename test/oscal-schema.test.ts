import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { check, formatReport } from "../src/index.js";

// NIST's official OSCAL 1.1.3 assessment-results JSON Schema, vendored with its provenance (fixtures/oscal/README.md).
const SCHEMA = "test/fixtures/oscal/oscal_assessment-results_schema.json";
const PUBLISHED_SHA256 = "d9e34757f0c12aff61f52b821f0b8f83ba0ba75b3a149a202b08ba82f82bc4c3";
const EXAMPLES = [
  "examples/commune-station/facility.yaml",
  "examples/compliant-hospital/facility.yaml",
  "examples/hospital-with-evidence/facility.yaml",
  "examples/noncompliant-hospital/facility.yaml",
  "examples/vendor-ts/facility.config.ts",
  // A config that cannot be assessed: the document then records it as such.
  "test/fixtures/malformed.yaml",
];

describe("OSCAL output against NIST's assessment-results schema", () => {
  const bytes = readFileSync(SCHEMA);
  // As the README says: draft-07, strict off (the NIST schema uses keywords ajv's strict mode rejects), Unicode patterns.
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(bytes.toString("utf8")));

  it("is the release asset, byte for byte", () => {
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(PUBLISHED_SHA256);
  });

  it.each(EXAMPLES)("validates the report of %s with 0 errors, in both languages", async (example) => {
    const report = await check([example], { asOf: "2026-11-20" });
    for (const lang of ["en", "vi"] as const) {
      const document = JSON.parse(formatReport(report, "oscal", { lang }));
      expect(validate(document) ? [] : validate.errors, `${example} (${lang})`).toEqual([]);
    }
  });

  it("rejects a document that breaks the schema (the validator is not vacuous)", async () => {
    const document = JSON.parse(formatReport(await check([EXAMPLES[3]!], { asOf: "2026-11-20" }), "oscal", { lang: "en" }));
    document["assessment-results"].uuid = "not-a-uuid";
    delete document["assessment-results"].metadata.title;
    expect(validate(document)).toBe(false);
    expect(validate.errors!.map((error: { instancePath: string }) => error.instancePath)).toEqual(
      expect.arrayContaining(["/assessment-results/uuid", "/assessment-results/metadata"]),
    );
  });
});
