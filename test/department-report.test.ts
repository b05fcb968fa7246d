import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { MAX_DELEGATION_ROWS, SummaryBuilder, type BatchSummary } from "../src/batch/summary.js";
import { formatSummary } from "../src/format/summary/index.js";
import { formatSummaryXlsx } from "../src/format/summary/xlsx.js";
import { DEFAULT_LIMITS } from "../src/load/limits.js";
import { loadRegistry } from "../src/load/registry.js";
import { check, formatReport, InputError, loadCatalog, type Report } from "../src/index.js";
import { main } from "../src/cli/main.js";
import { exampleConfigs } from "./helpers/examples.js";

const asOf = "2026-11-20";
const folder = mkdtempSync(join(tmpdir(), "kcb-department-"));
const EXAMPLE_CONFIGS = exampleConfigs();

function write(name: string, text: string): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

function summarize(report: Report, registry?: Awaited<ReturnType<typeof loadRegistry>>): BatchSummary {
  const builder = new SummaryBuilder(report, loadCatalog());
  for (const facility of report.facilities) builder.add(facility);
  return builder.build(registry);
}

describe("--expect registry", () => {
  it("reads Vietnamese or English headers, semicolons or commas, and the district when given", async () => {
    const vi = await loadRegistry(
      write("vi.csv", "\uFEFFMã cơ sở;Tên cơ sở;Huyện\n38052;BVĐK Đồi Thông;Đông Sơn\n38999;Trạm Y tế xã Mới;Nga Sơn\n"),
    );
    expect(vi.entries).toEqual([
      { code: "38052", name: "BVĐK Đồi Thông", district: "Đông Sơn", line: 2 },
      { code: "38999", name: "Trạm Y tế xã Mới", district: "Nga Sơn", line: 3 },
    ]);
    const en = await loadRegistry(write("en.csv", "name,code\nA,38061\n"));
    expect(en.entries).toEqual([{ code: "38061", name: "A", line: 2 }]);
  });

  it("refuses a bad list with a located error, never a crash", async () => {
    const refusal = async (file: string) =>
      loadRegistry(file).then(
        () => undefined,
        (error: unknown) => error as InputError,
      );
    const noColumns = await refusal(write("no-columns.csv", "id,title\n38052,A\n"));
    expect(noColumns).toBeInstanceOf(InputError);
    expect(noColumns!.location.line).toBe(1);
    const badCode = await refusal(write("bad-code.csv", "code,name\n38052,A\n3805,B\n"));
    expect(badCode!.location).toMatchObject({ line: 3, column: 1 });
    expect(badCode!.text.vi).toContain("5 chữ số");
    const duplicate = await refusal(write("duplicate.csv", "code,name\n38052,A\n38052,B\n"));
    expect(duplicate!.text.en).toContain("line 2");
    expect((await refusal(folder))!.text.en).toContain("not a regular file");
    const big = await loadRegistry(write("big.csv", `code,name\n${"38052,A\n".repeat(10)}`), {
      ...DEFAULT_LIMITS,
      maxFileBytes: 20,
    }).catch((error: unknown) => error as InputError);
    expect(big).toBeInstanceOf(InputError);
  });

  it("lists who has not submitted and files whose code is not in the list", async () => {
    const report = await check(EXAMPLE_CONFIGS, { asOf });
    const registry = await loadRegistry(
      write(
        "registry.csv",
        "Mã cơ sở,Tên cơ sở,Huyện\n38052,BVĐK Đồi Thông,Đông Sơn\n38061,BVĐK Hà Trung,Hà Trung\n38999,Trạm Y tế xã Mới,Nga Sơn\n",
      ),
    );
    const summary = summarize(report, registry);
    expect(summary.expected!.missing.map((entry) => entry.code)).toEqual(["38999"]);
    // 38017: the compliant hospital and the two pack examples (the same fictional hospital), each file listed.
    expect(summary.expected!.unknown.map((entry) => entry.code).sort()).toEqual(["01905", "38017", "38017", "38017", "38115"]);
    expect(summary.facilities.find((facility) => facility.code === "38052")!.district).toBe("Đông Sơn");
    const text = formatSummary(summary, "text", { lang: "vi" });
    expect(text).toContain("Cơ sở chưa nộp cấu hình (1):\n  38999 Trạm Y tế xã Mới · Nga Sơn");
  });

  it("is an option of kcb check: a bad registry is exit 2 before anything is checked", async () => {
    const exit = await main([
      "check",
      "examples/compliant-hospital/facility.yaml",
      "--expect",
      join(folder, "missing.csv"),
      "--summary",
      "text=-",
    ]);
    expect(exit).toBe(2);
  });
});

describe("totals and the Excel workbook", () => {
  it("counts facilities and rule results apart", async () => {
    const report = await check(["examples/noncompliant-hospital/facility.yaml"], { asOf });
    const fails = report.summary.rules.fail;
    expect(formatReport(report, "text", { lang: "vi" })).toContain(
      `Tổng hợp: 1 cơ sở · 1 cơ sở không đạt · ${fails} quy tắc không đạt ·`,
    );
    expect(formatSummary(summarize(report), "text", { lang: "vi" })).toContain(
      `1 cơ sở: 1 cơ sở không đạt · 0 không đánh giá được · ${fails} quy tắc không đạt`,
    );
    expect(formatReport(report, "text", { lang: "en" })).toContain(
      `Summary: 1 facilities · 1 facilities failing · ${fails} rule results failing ·`,
    );
  });

  it("writes one sheet per view, with each failed finding's file:line", async () => {
    const report = await check(EXAMPLE_CONFIGS, { asOf });
    const registry = await loadRegistry(write("registry2.csv", "code,name\n38052,A\n38999,B\n"));
    const workbook = await formatSummaryXlsx(summarize(report, registry), { lang: "vi" });
    const sheets = (await readXlsxFile(workbook)) as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      "Cơ sở",
      "Ma trận",
      "Phát hiện không đạt",
      "Phân quyền",
      "Chưa nộp",
      "Mã lạ",
    ]);
    const [facilities, matrix, failures, delegation, missing] = sheets;
    expect(facilities!.data).toHaveLength(EXAMPLE_CONFIGS.length + 1);
    expect(matrix!.data[0]).toHaveLength(4 + loadCatalog().rules.length);
    expect(failures!.data).toContainEqual(expect.arrayContaining(["38052", "examples/noncompliant-hospital/facility.yaml:51:5"]));
    expect(missing!.data).toEqual([
      ["Mã cơ sở", "Tên cơ sở", "Huyện"],
      ["38999", "B", null],
    ]);
    // One row per holder × account × permission, of the two hospitals with a roles catalogue; the
    // non-compliant one's admin permission is beyond its holder's roles.
    const name = "Bệnh viện Đa khoa Đồi Thông (ví dụ)";
    expect(delegation!.data[0]).toEqual([
      "Mã cơ sở",
      "Tên cơ sở",
      "Huyện",
      "Người giữ",
      "Họ và tên",
      "Vai trò",
      "Tài khoản",
      "Hệ thống",
      "Quyền",
      "Trong vai trò",
    ]);
    expect(delegation!.data.filter((row) => row[0] === "38052")).toEqual([
      ["38052", name, null, "nv-011", "Vũ Thị Mai", "claims_submitter", "bhxh-01", "portal", null, null],
      ["38052", name, null, "nv-010", "Đỗ Minh Tuấn", "accountant, claims_submitter", "bhxh-02", "portal", "submit_claims", "có"],
      ["38052", name, null, "nv-010", "Đỗ Minh Tuấn", "accountant, claims_submitter", "bhxh-02", "portal", "admin", "không"],
      ["38052", name, null, "nv-010", "Đỗ Minh Tuấn", "accountant, claims_submitter", "bhxh-03", "portal", "submit_claims", "có"],
    ]);
    expect(new Set(delegation!.data.slice(1).map((row) => row[0]))).toEqual(new Set(["38052", "38017"]));
  });

  it("keeps at most MAX_DELEGATION_ROWS accounts per facility in the summary, and says how many it left out", async () => {
    const report = await check(["examples/noncompliant-hospital/facility.yaml"], { asOf });
    const row = report.facilities[0]!.delegation![0]!;
    const many = { ...report.facilities[0]!, delegation: Array.from({ length: MAX_DELEGATION_ROWS + 7 }, () => row) };
    const summary = summarize({ ...report, facilities: [many] });
    expect(summary.facilities[0]!.delegation).toHaveLength(MAX_DELEGATION_ROWS);
    expect(summary.facilities[0]!.delegationOmitted).toBe(7);
    const html = formatSummary(summary, "html", { lang: "en" });
    expect(html).toContain(`<summary>Delegation: holder × account × permission · ${MAX_DELEGATION_ROWS + 7} accounts</summary>`);
    expect(html).toContain("<p>… 7 more accounts not shown</p>");
    const sheets = (await readXlsxFile(await formatSummaryXlsx(summary, { lang: "en" }))) as {
      sheet: string;
      data: unknown[][];
    }[];
    expect(
      sheets
        .find((sheet) => sheet.sheet === "Delegation")!
        .data.at(-1)!
        .slice(0, 4),
    ).toEqual(["38052", "Bệnh viện Đa khoa Đồi Thông (ví dụ)", null, "… 7 more accounts not shown"]);
  });
});

describe("Vietnamese output", () => {
  it("has no English severity words, no ¶ and no ISO dates, for every example", async () => {
    const report = await check(EXAMPLE_CONFIGS, { asOf });
    const summary = summarize(report);
    for (const text of [formatReport(report, "text", { lang: "vi" }), formatSummary(summary, "text", { lang: "vi" })]) {
      expect(text).not.toMatch(/\b(critical|high|medium|low)\b/);
      expect(text).not.toContain("¶");
      expect(text).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b/);
      expect(text).not.toMatch(/hồ sơ (national|thanh-hoa)|Cổng BHXH/);
    }
    const text = formatReport(report, "text", { lang: "vi" });
    expect(text).toContain("ngày đánh giá 20/11/2026");
    expect(text).toContain("1.250.000 lượt truy cập ngày 14/10/2026");
    expect(text).toContain("tháng 10/2026");
    expect(text).toContain("[đoạn 4]");
    expect(text).toContain("[mục 2]");
    // The tool's own waiver rule is no letter: its own heading, no date.
    expect(text).toContain("\n  Quản lý miễn trừ\n");
    expect(text).not.toContain("Waiver governance");
    // English keeps ISO dates.
    expect(formatReport(report, "text", { lang: "en" })).toContain("as of 2026-11-20");
  });

  it("explains a rule in Vietnamese", async () => {
    let out = "";
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk: string) => ((out += chunk), true);
    try {
      await main(["explain", "byt_5715_2019.access_ceiling_investigated", "--lang", "vi"]);
    } finally {
      process.stdout.write = write;
    }
    expect(out).toContain("5715/BYT-BH (Bộ Y tế, 27/09/2019), đoạn 4");
    expect(out).toContain("mức độ: nghiêm trọng");
    expect(out).toContain("accessDailyCeiling = 100.000");
    expect(out).toContain("Đánh dấu mọi ngày một tài khoản");
    expect(out).not.toMatch(/\b(critical|Every day)\b/);
  });

  // One tone-mark convention: the new style (hoà, khoá, thuỷ, uỷ) that most of the catalogue already used.
  // Verbatim quotes of the letters (clauses) keep the letters' own spelling; input parsers accept both styles.
  it("writes tone marks in the new style throughout the message catalogue", () => {
    const oldStyle = /(?:[òóỏõọ][ae]|[ùúủũụ]y)(?!\p{L})/u;
    const catalog = loadCatalog();
    const texts: Array<[string, string]> = catalog.rules.flatMap((rule) => [
      [`${rule.id} title`, rule.title.vi],
      [`${rule.id} description`, rule.descriptionVi ?? ""],
      [`${rule.id} remediation`, rule.remediation.vi],
    ]);
    const sources = [...listFiles("src"), ...listFiles("policies")].filter(
      (file) => !file.startsWith("src/load/") && !file.includes("generated") && !file.endsWith("_test.rego"),
    );
    for (const file of sources) {
      const lines = readFileSync(file, "utf8").split("\n");
      let clause = false;
      for (const [index, line] of lines.entries()) {
        const key = /^#\s{3}(\w+):/.exec(line);
        if (key) clause = key[1] === "clause";
        else if (!line.startsWith("#")) clause = false;
        if (!clause) texts.push([`${file}:${index + 1}`, line]);
      }
    }
    const offenders = texts
      .filter(([, text]) => oldStyle.test(text.normalize("NFC")))
      .map(([where, text]) => `${where}: ${text.trim()}`);
    expect(offenders).toEqual([]);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return /\.(ts|rego)$/.test(entry.name) ? [path] : [];
  });
}
