import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import readXlsxFile from "read-excel-file/node";
import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { SpillFile } from "../src/batch/spill.js";
import { SummaryBuilder, summaryRows, type BatchSummary, type PackStore } from "../src/batch/summary.js";
import { SUMMARY_CHUNKS, formatSummary, type SummaryTextFormatName } from "../src/format/summary/index.js";
import { formatSummaryXlsx, summarySheets, summaryXlsx } from "../src/format/summary/xlsx.js";
import { loadRegistry } from "../src/load/registry.js";
import { check, loadCatalog } from "../src/index.js";
import { exampleConfigs } from "./helpers/examples.js";

const asOf = "2026-11-20";
const folder = mkdtempSync(join(tmpdir(), "kcb-summary-chunks-"));

/** Every example (failures, and delegation rows from the hospitals with a roles catalogue) and a file that cannot be read. */
async function batch(store?: PackStore) {
  const configs = exampleConfigs();
  const malformed = join(folder, "00-malformed.yaml");
  copyFileSync("test/fixtures/malformed.yaml", malformed);
  const report = await check([...configs, malformed], { asOf });
  const registryFile = join(folder, "registry.csv");
  writeFileSync(registryFile, "code,name,district\n38052,A,Đà Lạt\n38999,B,Bảo Lộc\n");
  const registry = await loadRegistry(registryFile);
  const builder = new SummaryBuilder(report, loadCatalog(), store);
  for (const facility of report.facilities) builder.add(facility);
  return { builder, registry };
}

describe("summaries written in pieces", () => {
  it("give exactly the bytes of the whole-summary function, for every format, in both languages", async () => {
    const { builder, registry } = await batch();
    const summary = builder.build(registry);
    // The batch has what each view shows: failures, an unreadable file, delegation rows and districts.
    expect(summary.facilities.some((facility) => facility.failures.length > 0)).toBe(true);
    expect(summary.facilities.some((facility) => facility.outcome === "not_assessed")).toBe(true);
    expect(summary.facilities.some((facility) => facility.delegation?.length)).toBe(true);
    expect(summary.facilities.some((facility) => facility.district)).toBe(true);
    expect(summary.expected?.missing.length).toBeGreaterThan(0);
    for (const lang of ["vi", "en"] as const)
      for (const format of Object.keys(SUMMARY_CHUNKS) as SummaryTextFormatName[]) {
        const whole = formatSummary(summary, format, { lang });
        const pieces = [...SUMMARY_CHUNKS[format](builder.rows(registry), { lang })];
        expect(pieces.join(""), `${format} ${lang}`).toBe(whole);
        if (format !== "text" && format !== "csv-rules") expect(pieces.length).toBeGreaterThan(summary.facilities.length);
      }
    expect(formatSummary(summary, "json", { lang: "en" })).toBe(`${JSON.stringify(summary, null, 2)}\n`);
  });

  it("give the same bytes with the rows' findings spilled to a temporary file", async () => {
    const { builder, registry } = await batch();
    const spill = new SpillFile(0);
    const spilled = await batch(spill);
    try {
      for (const lang of ["vi", "en"] as const)
        for (const format of Object.keys(SUMMARY_CHUNKS) as SummaryTextFormatName[])
          expect([...SUMMARY_CHUNKS[format](spilled.builder.rows(registry), { lang })].join(""), `${format} ${lang}`).toBe(
            [...SUMMARY_CHUNKS[format](builder.rows(registry), { lang })].join(""),
          );
      // Each row holds where its findings are in the file, not the findings.
      for (const row of spilled.builder.rows(registry).facilities)
        expect(typeof (row as unknown as Record<string, unknown>).failures).toBe("number");
    } finally {
      spill.close();
    }
  });

  it("keep each facility row compact and unpack it to the facility, key order included", async () => {
    const { builder, registry } = await batch();
    const summary = builder.build(registry);
    const rows = builder.rows(registry);
    rows.facilities.forEach((row, index) => {
      const facility = summary.facilities[index]!;
      expect(JSON.stringify(row.full())).toBe(JSON.stringify(facility));
      for (const rule of summary.rules) expect(row.status(rule.id)).toBe(facility.rules[rule.id]);
      // The row holds its findings packed, not as objects.
      expect(Array.isArray((row as unknown as Record<string, unknown>).failures)).toBe(false);
    });
    const none = (facilities: BatchSummary["facilities"]) => ({ ...summary, facilities });
    for (const format of Object.keys(SUMMARY_CHUNKS) as SummaryTextFormatName[])
      expect([...SUMMARY_CHUNKS[format](summaryRows(none([])), { lang: "vi" })].join("")).toBe(
        formatSummary(none([]), format, { lang: "vi" }),
      );
  });

  it("write the same workbook from rows as from the whole summary", async () => {
    const { builder, registry } = await batch();
    for (const lang of ["vi", "en"] as const) {
      const fromRows = (await readXlsxFile(await summaryXlsx(builder.rows(registry), { lang }))) as unknown[];
      const whole = (await readXlsxFile(await formatSummaryXlsx(builder.build(registry), { lang }))) as unknown[];
      expect(fromRows).toEqual(whole);
    }
  });

  it("stop a workbook sheet at its row limit with a row saying how many were left out", async () => {
    const { builder, registry } = await batch();
    const rows = builder.rows(registry);
    const failures = rows.facilities.reduce((sum, row) => sum + row.full().failures.length, 0);
    expect(failures).toBeGreaterThan(10);
    for (const lang of ["vi", "en"] as const) {
      const sheets = summarySheets(rows, lang, 10);
      const sheet = sheets[2]!;
      const read = (await readXlsxFile(await writeXlsxFile(sheets).toBuffer())) as { sheet: string; data: unknown[][] }[];
      const data = read.find((candidate) => candidate.sheet === sheet.sheet)!.data;
      expect(data).toHaveLength(10);
      const note = String(data.at(-1)!.at(-1));
      // 8 findings listed under the header, the rest counted in the last row.
      expect(note).toBe(
        lang === "en"
          ? `… ${failures - 8} more rows not listed here: the sheet is at its row limit; see the HTML or JSON summary`
          : `… ${failures - 8} dòng khác không liệt kê ở đây vì trang tính đã đủ số dòng tối đa; xem bản tổng hợp HTML hoặc JSON`,
      );
    }
  });
});
