import { describe, expect, it } from "vitest";
import { catalogHeaders, withCatalogText, withoutCatalogText } from "../src/batch/catalog-text.js";
import { check, catalogForPacks, loadCatalog } from "../src/index.js";

const headers = catalogHeaders(catalogForPacks(loadCatalog(), []));

describe("facility reports across threads without their catalog text", () => {
  it("come back byte for byte as the worker built them", async () => {
    const [facility] = (await check(["examples/noncompliant-hospital/facility.yaml"], { asOf: "2026-11-20" })).facilities;
    const sent = withoutCatalogText(facility!, headers);
    expect(sent.rules.every((rule) => !("title" in rule) && !("clause" in rule))).toBe(true);
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(facility).length / 2);
    expect(JSON.stringify(withCatalogText(structuredClone(sent), headers))).toBe(JSON.stringify(facility));
  });

  it("keep a rule whole when its text is not the catalog's (a value withheld from it)", async () => {
    const [facility] = (await check(["examples/commune-station/facility.yaml"], { asOf: "2026-11-20" })).facilities;
    const [first, ...rest] = facility!.rules;
    const withheld = { ...facility!, rules: [{ ...first!, title: { vi: "[redacted]", en: first!.title.en } }, ...rest] };
    const sent = withoutCatalogText(withheld, headers);
    expect(sent.rules[0]).toEqual(withheld.rules[0]);
    expect("title" in sent.rules[1]!).toBe(false);
    expect(JSON.stringify(withCatalogText(sent, headers))).toBe(JSON.stringify(withheld));
  });
});
