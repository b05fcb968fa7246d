import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainRule } from "../src/catalog/render.js";
import { check, loadCatalog, type Report } from "../src/index.js";
import { loadProfile, resolvedParams } from "../src/profile/load.js";
import { fieldLabel, labelTables } from "../src/schema.js";

const asOf = "2026-11-20";
const PACKS = ["pdpl-2025", "emr-2025"];

// What a config key looks like when it leaks into a sentence: a camelCase word, a JSON pointer, a field path
// with a dot or brackets, a snake_case enum value, or a bare key in parentheses ("(roles)").
const { fields, values } = labelTables();
const fieldNames = new Set(Object.keys(fields).flatMap((path) => path.split(".")));
const enumValues = new Set(Object.values(values).flatMap((byValue) => Object.keys(byValue).filter((v) => v.includes("_"))));

/** The config keys a sentence shows, each as it appears. Rule ids (byt_5715_2019.x) are identifiers, not keys. */
function leakedKeys(sentence: string): string[] {
  const text = sentence.replace(/\b(?:byt|syt|pdpl|emr)_\d{4}(?:_\d{4})?\.\w+|\bgovernance\.waivers_governed\b/g, "");
  return (
    [
      ...text.matchAll(/\b[a-z]+[A-Z][A-Za-z]*\b/g),
      ...text.matchAll(/(?:^|[\s(:])(\/[A-Za-z][\w/~-]*)/g),
      ...text.matchAll(/\b[a-z]+(?:\[\])?\.[a-z][A-Za-z.]*\b/g),
      ...text.matchAll(/\b[a-z]+_[a-z_]+\b/g),
      ...text.matchAll(/\(([a-z]+)\)/g),
    ]
      .map((match) => match[1] ?? match[0])
      // Not keys: abbreviations, file names and the web sites a pack rule's verification cites.
      .filter((token) => !/^(?:e\.g|i\.e|[\w.]+\.(?:yaml|json|ts|csv|xlsx|vn|com))$/.test(token))
      .filter((token) => !/^\([a-z]+\)$/.test(token) || fieldNames.has(token.slice(1, -1)))
      .filter((token) => !/^[a-z]+$/.test(token) || fieldNames.has(token))
      .filter((token) => !/^[a-z]+_[a-z_]+$/.test(token) || enumValues.has(token))
  );
}

/** Every sentence a report shows: each finding's message and each rule's remediation, in both languages. */
function sentences(report: Report): Array<[string, string]> {
  return report.facilities.flatMap((facility) =>
    facility.rules.flatMap((rule) => [
      ...(["vi", "en"] as const).map((lang): [string, string] => [`${rule.id} remediation ${lang}`, rule.remediation[lang]]),
      ...rule.findings.flatMap((finding) =>
        (["vi", "en"] as const).map((lang): [string, string] => [
          `${facility.file} ${rule.id} ${finding.pointer} ${lang}`,
          finding.message[lang],
        ]),
      ),
    ]),
  );
}

function offenders(texts: Array<[string, string]>): string[] {
  return texts.flatMap(([where, text]) => leakedKeys(text).map((key) => `${where}: ${key} in «${text}»`));
}

describe("field names in sentences are labels, never config keys (the pointer stays in the location)", () => {
  it("labels every field of the facility schema and every enum value, in Vietnamese and English", () => {
    expect(Object.keys(fields).length).toBeGreaterThan(180);
    for (const [path, label] of Object.entries(fields)) {
      expect(label.vi, path).toMatch(/\S/);
      expect(label.en, path).toMatch(/\S/);
      expect(label.vi, path).not.toMatch(/[a-z][A-Z]/);
    }
    expect(fieldLabel("/accounts/3/passwordChangedOn")).toEqual({
      vi: "ngày đổi mật khẩu gần nhất",
      en: "date of the last password change",
    });
    expect(values["applicationReviews.result"]!.issues_found!.vi).toBe("phát hiện lỗi, chưa khắc phục");
    // The portal keeps its capital inside a sentence: it is a name.
    expect(values["systems.kind"]!.bhxh_portal!.vi).toMatch(/^Cổng tiếp nhận dữ liệu/);
    // The policy's copy holds the labels its rules name, generated from the same schema (scripts/build-labels.mjs).
    const rego = readFileSync("policies/lib/labels.rego", "utf8");
    expect(rego).toContain('"dataTransfers.tlsMinVersion": {');
    expect(rego).toContain(`"vi": "${fields["dataTransfers.tlsMinVersion"]!.vi}"`);
  });

  it("shows no config key in any message or remediation of the examples, through the compiled policy", async () => {
    const letters = await check(["examples"], { asOf });
    const packs = await check(["examples/packs-gaps/facility.yaml", "examples/packs-compliant/facility.yaml"], {
      asOf,
      packs: PACKS,
    });
    const texts = [...sentences(letters), ...sentences(packs)];
    // The non-compliant hospital's failures are where keys used to leak: make sure they are all read.
    expect(texts.filter(([where]) => where.includes("noncompliant-hospital")).length).toBeGreaterThan(100);
    expect(offenders(texts)).toEqual([]);
  });

  it("names the fields a finding lacks by their labels, and keeps the pointer in the finding", async () => {
    const report = await check(["examples/noncompliant-hospital/facility.yaml"], { asOf });
    const rules = report.facilities[0]!.rules;
    const unit = rules.find((rule) => rule.id === "byt_6827_2024.unit_exports_controlled")!.findings[0]!;
    expect(unit.message.vi).toContain(
      "còn thiếu: mã hoá hoặc mật khẩu bảo vệ tệp, người được phép trích xuất, người phê duyệt trích xuất, " +
        "ngày phê duyệt trích xuất, nhật ký trích xuất.",
    );
    expect(unit.message.en).toContain("lacks: encryption or password on the file, staff allowed to export,");
    expect(unit.pointer).toBe("/manualExports/0");
    const waivers = rules.find((rule) => rule.id === "governance.waivers_governed")!.findings;
    const secret = waivers.find((finding) => finding.target.includes("secret:/portalPassword"))!;
    expect(secret.message.vi).toContain("cho thông tin bí mật trong cấu hình không hợp lệ");
    expect(secret.message.en).not.toContain("/portalPassword");
    expect(secret.location.line).toBeGreaterThan(1);
    const tls = rules.find((rule) => rule.id === "byt_5863_2021.transfer_encrypted")!.findings[0]!;
    expect(tls.message.vi).toContain("(phiên bản TLS thấp nhất: 1.0)");
  });

  it("names the place of an input error in Vietnamese by its label; English keeps the pointer", async () => {
    const report = await check(["test/fixtures/schema-errors.yaml"], { asOf });
    const errors = report.facilities[0]!.errors;
    expect(errors.length).toBeGreaterThan(3);
    for (const error of errors) {
      expect(error.message.vi).not.toMatch(/(?:^|\s)\/[a-z]|\b(?:boolean|string|integer|object|array)\b/);
      expect(error.message.en).toMatch(/^\//);
    }
    const vi = errors.map((error) => error.message.vi);
    expect(vi).toContain('Thông tin cơ sở: thiếu trường bắt buộc "code" (mã cơ sở KCB).');
    expect(vi).toContain("Hợp đồng KCB BHYT: cần giá trị đúng/sai (true hoặc false).");
    expect(vi.some((text) => text.startsWith("Ngày đổi mật khẩu gần nhất (mục 1 của danh sách tài khoản): "))).toBe(true);
  });

  it("explains every rule with no config key in what it checks, what it reads or how to fix it", () => {
    const catalog = loadCatalog();
    const params = resolvedParams(loadProfile("national"));
    const texts: Array<[string, string]> = catalog.rules.flatMap((rule) =>
      (["vi", "en"] as const).flatMap((lang): Array<[string, string]> => {
        const lines = explainRule(catalog, rule, params, lang).split("\n");
        // The clause is the letter's own sentence, and the parameter lines name what a profile sets.
        const parameters = lines.findIndex((line) => /^(Tham số|Parameters):$/.test(line));
        const fix = lines.findIndex((line) => /^(Cách khắc phục|How to fix):$/.test(line));
        const shown = lines.filter(
          (line, i) =>
            !line.startsWith("  «") && (parameters < 0 || i <= parameters || i > fix - 1) && !/^\S+\.\w+ — /.test(line),
        );
        return shown.map((line): [string, string] => [`${rule.id} ${lang}`, line]);
      }),
    );
    expect(offenders(texts)).toEqual([]);
    const explained = explainRule(
      catalog,
      catalog.rules.find((r) => r.id === "byt_5715_2019.access_stats_reviewed")!,
      params,
      "vi",
    );
    expect(explained).toContain("Dữ liệu đọc: các lần rà soát số liệu truy cập");
    expect(explained).toContain("Độ tin cậy: cao — Câu trích nguyên văn");
    expect(explained).toContain("gói mặc định");
    expect(explained).not.toMatch(/\b(high|default|The clause)\b/);
  });
});
