import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load as loadYaml11, YAML11_SCHEMA } from "js-yaml";
import readExcelFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { check } from "../src/index.js";
import { importableFields, matchHeader } from "../src/load/columns.js";
import { SHEET_TEMPLATES } from "../src/init/templates.js";

function kcb(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/kcb.js", ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("kcb init", { timeout: 60_000 }, () => {
  it.each([
    ["hospital", "38"],
    ["health_centre", undefined],
    ["commune_station", "01"],
  ])("--type %s --province %s: a folder kcb checks at once, with only evidence-based findings", async (type, province) => {
    const dir = join(mkdtempSync(join(tmpdir(), "kcb-init-")), "co-so");
    const run = kcb("init", dir, "--type", type, ...(province ? ["--province", province] : []));
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(dir, "facility.yaml"), "utf8");
    expect(text).toMatch(/^apiVersion: kcb-compliance\/v2$/m);
    expect(text).toContain(`code: "${province ?? "00"}000"`);
    expect(loadYaml11(text, { schema: YAML11_SCHEMA })).toEqual(parse(text));
    const report = await check([join(dir, "facility.yaml")], { asOf: "2026-11-20" });
    const facility = report.facilities[0]!;
    expect(facility.errors).toEqual([]);
    expect(facility.notices).toBeUndefined();
    expect(facility.rules.filter((rule) => rule.status === "fail").length).toBeGreaterThan(10);
    expect(facility.rules.flatMap((rule) => rule.findings).map((f) => f.message.en)).toContain(
      "No regulation or process covers patient confidentiality.",
    );
  });

  it("writes Excel templates whose headers the evidence importer maps to the intended fields, Vietnamese first", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kcb-init-"));
    expect(kcb("init", dir).code).toBe(0);
    for (const template of SHEET_TEMPLATES) {
      const sheets = await readExcelFile(join(dir, template.file));
      expect(sheets.map((sheet) => sheet.sheet)).toEqual([template.sheet, "Hướng dẫn - Guide"]);
      const headers = sheets[0]!.data[0] as string[];
      expect(headers).toEqual(template.columns.map(([header]) => header));
      const { fields, required } = importableFields(template.list)!;
      expect(headers.map((header) => matchHeader(header, fields)?.path.join("."))).toEqual(
        template.columns.map(([, field]) => field),
      );
      for (const name of required)
        expect(
          template.columns.map(([, field]) => field),
          `${template.file} ${name}`,
        ).toContain(name);
      // The guide explains each column in both languages, from the schema.
      expect(sheets[1]!.data.slice(1).map((row) => [row[0], row[1], typeof row[2], typeof row[5]])).toEqual(
        template.columns.map(([h, f]) => [h, f, "string", "string"]),
      );
    }
  });

  it("fills in a template and checks the row from it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kcb-init-"));
    expect(kcb("init", dir, "--province", "38").code).toBe(0);
    const writeExcelFile = (await import("write-excel-file/node")).default;
    const staff = SHEET_TEMPLATES.find((template) => template.file === "staff.xlsx")!;
    const row = {
      "Mã NV": "NV001",
      "Họ và tên": "Lê Văn An",
      "Trạng thái": "Đang làm việc",
      "Ngày vào làm": "15/01/2024",
    } as Record<string, string>;
    const data = [
      staff.columns.map(([header]) => ({ value: header })),
      staff.columns.map(([header]) => (row[header] ? { value: row[header] } : null)),
    ];
    writeFileSync(join(dir, "staff.xlsx"), await writeExcelFile([{ sheet: staff.sheet, data }]).toBuffer());
    const report = await check([join(dir, "facility.yaml")], { asOf: "2026-11-20" });
    expect(report.facilities[0]!.errors).toEqual([]);
    const commitment = report.facilities[0]!.rules.find((rule) => rule.id === "byt_6827_2024.confidentiality_commitment_signed")!;
    expect(commitment.findings[0]).toMatchObject({
      status: "fail",
      target: "staff:NV001",
      location: { file: join(dir, "staff.xlsx"), line: 2 },
    });
  });

  it("refuses to overwrite anything, and writes nothing then", () => {
    const dir = mkdtempSync(join(tmpdir(), "kcb-init-"));
    writeFileSync(join(dir, "trainings.xlsx"), "mine");
    const run = kcb("init", dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Will not overwrite existing files");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, "trainings.xlsx"), "utf8")).toBe("mine");
    expect(() => readFileSync(join(dir, "facility.yaml"))).toThrow();
    expect(kcb("init", dir, "--province", "3a").code).toBe(2);
    expect(kcb("init", dir, "--type", "spa").code).toBe(2);
  });
});
