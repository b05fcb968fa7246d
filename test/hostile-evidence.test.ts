import { spawnSync, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import writeExcelFile from "write-excel-file/node";
import { afterAll, describe, expect, it } from "vitest";
import { check, exitCode, FORMATS } from "../src/index.js";
import { SUMMARY_CHUNKS } from "../src/format/summary/index.js";
import { MAX_MARKDOWN_BYTES } from "../src/format/escape.js";
import { MAX_SHOWN_CHARS } from "../src/report/withhold-secrets.js";
import { DEFAULT_LIMITS } from "../src/load/limits.js";

/**
 * The hostile classes of issue 18, as inputs generated here (large or binary ones cannot be committed usefully):
 * each must give that file's located error, in bounded time and memory, without echoing a secret, and a batch
 * holding it must still complete with its summaries.
 */

const asOf = "2026-11-20";
const tmp = mkdtempSync(join(tmpdir(), "kcb-hostile-"));
// rm copes with the folder nested past the OS path limit below; Node's rmSync does not.
afterAll(() => execFileSync("rm", ["-rf", tmp]));
const STACK_FRAME = /\n\s+at \S/;
const SECRET = "Hunter2Secret";

const HEAD = `apiVersion: kcb-compliance/v1
kind: Facility
facility: { code: "38099", name: Bệnh viện thử, type: hospital, bhytContract: true }
`;

let folders = 0;
function facility(yaml: string, files: Record<string, string | Uint8Array> = {}): string {
  const folder = join(tmp, `f${(folders += 1)}`);
  mkdirSync(folder);
  writeFileSync(join(folder, "facility.yaml"), HEAD + yaml);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, ".."), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return join(folder, "facility.yaml");
}

async function errorsOf(file: string, limits = {}) {
  const report = await check([file], { asOf, limits });
  expect(exitCode(report)).toBe(2);
  return report.facilities[0]!.errors.map((error) => ({
    file: error.location.file,
    line: error.location.line,
    en: error.message.en,
    vi: error.message.vi,
  }));
}

function kcb(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/kcb.js", ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A minimal workbook whose one sheet XML is given: what a hostile tool (not Excel) can write. */
function workbook(sheetXml: string, level: 0 | 9 = 9): Uint8Array {
  const text = (s: string) => new TextEncoder().encode(s);
  return zipSync(
    {
      "[Content_Types].xml": text(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      "_rels/.rels": text(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      "xl/workbook.xml": text(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      "xl/_rels/workbook.xml.rels": text(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": text(
        `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`,
      ),
    },
    { level },
  );
}

const inlineCell = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

describe("XLSX: bounded before read-excel-file inflates or allocates", { timeout: 60_000 }, () => {
  it.each([
    ["a far column (ZZZZZZZZ2)", "ZZZZZZZZ2", 2, "more than 256 columns"],
    ["Excel's last cell (XFD1048576)", "XFD1048576", 100_001, "more than 100000 rows"],
    ["a huge row number", "A99999999999", 100_001, "more than 100000 rows"],
  ])("refuses %s by its cell reference", async (_name, ref, line, message) => {
    const sheet = `<row r="1">${inlineCell("A1", "Họ và tên")}${inlineCell("B1", "Mã")}</row><row r="2">${inlineCell(ref, "x")}</row>`;
    const errors = await errorsOf(facility("staff: { from: staff.xlsx }\n", { "staff.xlsx": workbook(sheet) }));
    expect(errors).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/staff\.xlsx$/), line, en: expect.stringContaining(message) }),
    ]);
  });

  it("refuses a zip bomb from its central directory, before inflating it", async () => {
    const rows = "<row><c/></row>".repeat(400_000); // 6 MB of XML that compresses about 500 times
    const bomb = workbook(rows);
    expect(bomb.length).toBeLessThan(100_000);
    const started = process.hrtime.bigint();
    const errors = await errorsOf(facility("staff: { from: staff.xlsx }\n", { "staff.xlsx": bomb }));
    expect(errors[0]!.en).toMatch(/compressed more than 100 times \(limit maxXlsxRatio\)/);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(5_000);
  });

  it("refuses a workbook that inflates past the limit, and one with more rows than the limit", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<row r="${i + 1}">${inlineCell(`A${i + 1}`, "Họ và tên")}</row>`).join("");
    const file = facility("staff: { from: staff.xlsx }\n", { "staff.xlsx": workbook(rows, 0) });
    expect((await errorsOf(file, { maxXlsxInflatedBytes: 1000 }))[0]!.en).toMatch(
      /inflates to more than .* \(limit maxXlsxInflatedBytes\)/,
    );
    expect((await errorsOf(file, { maxRows: 10 }))[0]).toMatchObject({
      line: 11,
      en: expect.stringContaining("more than 10 rows"),
    });
  });

  it("refuses a cell longer than the limit at its row and column", async () => {
    const bytes = await writeExcelFile([
      [{ value: "Họ và tên" }, { value: "Mã" }],
      [{ value: "x".repeat(DEFAULT_LIMITS.maxCellChars + 1) }, { value: "nv-1" }],
    ]).toBuffer();
    const errors = await errorsOf(facility("staff: { from: staff.xlsx }\n", { "staff.xlsx": bytes }));
    expect(errors).toEqual([
      expect.objectContaining({ line: 2, en: expect.stringContaining(`longer than ${DEFAULT_LIMITS.maxCellChars} characters`) }),
    ]);
  });
});

describe("CSV and access logs: the one reader's limits, and no echo", { timeout: 60_000 }, () => {
  it("refuses a FIFO given as a CSV list or as an access log instead of blocking", async () => {
    const csv = facility("staff: { from: staff.csv }\n");
    execFileSync("mkfifo", [join(csv, "..", "staff.csv")]);
    const log = facility("accessStats: { from: log.csv, format: access-log }\n");
    execFileSync("mkfifo", [join(log, "..", "log.csv")]);
    for (const file of [csv, log]) expect((await errorsOf(file))[0]!.en).toMatch(/^This is not a regular file/);
  });

  it("refuses an evidence file over its size limit before reading it, and a single line past the record limit", async () => {
    const big = facility("staff: { from: staff.csv }\n", { "staff.csv": `Họ và tên,Mã\n${"a,b\n".repeat(300)}` });
    expect((await errorsOf(big, { maxEvidenceBytes: 1000 }))[0]!.en).toMatch(/over the 0\.0 MiB limit.*limits\.maxEvidenceBytes/);
    const longLine = facility("staff: { from: staff.csv }\n", { "staff.csv": `Họ và tên,Mã\n${"x".repeat(3_000_000)},nv-1\n` });
    expect((await errorsOf(longLine))[0]).toMatchObject({
      line: 2,
      en: expect.stringContaining("Invalid CSV (CSV_MAX_RECORD_SIZE)"),
    });
    const rows = facility("staff: { from: staff.csv }\n", { "staff.csv": `Họ và tên,Mã\n${"a,b\n".repeat(30)}` });
    expect((await errorsOf(rows, { maxRows: 20 }))[0]).toMatchObject({
      line: 21,
      en: expect.stringContaining("more than 20 rows"),
    });
  });

  it("never echoes a secret from an evidence cell, a header or a quoted-value error, in any format", async () => {
    const cell = facility("trainings: { from: trainings.csv }\n", {
      "trainings.csv": `Mã nhân viên,Ngày đào tạo\nnv-1,mật khẩu: ${SECRET}\n`,
    });
    const header = facility("staff: { from: staff.csv }\n", { "staff.csv": `Họ và tên,password=${SECRET}\nA,b\n` });
    const quote = facility("staff: { from: staff.csv }\n", { "staff.csv": `Họ và tên,Mã\n"pw: ${SECRET}"x,1\n` });
    const log = facility("accessStats: { from: log.csv, format: access-log }\n", {
      "log.csv": `timestamp,account\npassword=${SECRET},a\n`,
    });
    const report = await check([cell, header, quote, log], { asOf });
    expect(report.facilities.map((f) => f.errors.length > 0)).toEqual([true, true, true, true]);
    for (const [name, format] of Object.entries(FORMATS)) {
      for (const lang of ["en", "vi"] as const) expect(format(report, { lang }), name).not.toContain(SECRET);
    }
    const run = kcb(
      "check",
      cell,
      header,
      quote,
      log,
      "--as-of",
      asOf,
      "--summary",
      `csv=${join(tmp, "s.csv")}`,
      "--summary",
      "text=-",
    );
    expect(run.code).toBe(2);
    expect(`${run.stdout}${run.stderr}${readFileSync(join(tmp, "s.csv"), "utf8")}`).not.toContain(SECRET);
  });

  it("reads a log named like a glob as that very file, never the files the pattern would match", async () => {
    const file = facility('accessStats: { from: "[p]ortal/access.csv", format: access-log }\n', {
      "[p]ortal/access.csv": "timestamp,account\n2026-10-01T08:00:00+07:00,real\n",
      "portal/access.csv": "timestamp,account\n2026-10-01T08:00:00+07:00,decoy\n2026-10-01T09:00:00+07:00,decoy\n",
    });
    const report = await check([file], { asOf });
    const text = FORMATS.json(report);
    expect(text).not.toContain("decoy");
  });

  it("refuses a log with more distinct account-days than the limit, and keeps a stray quote a located error", async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `2026-10-01T08:00:00+07:00,acc-${i}`).join("\n");
    const many = facility("accessStats: { from: log.csv, format: access-log }\n", { "log.csv": `timestamp,account\n${lines}\n` });
    expect((await errorsOf(many, { maxAccessLogKeys: 10 }))[0]!.en).toMatch(
      /more than 10 distinct account-days \(limit maxAccessLogKeys\)/,
    );
    const quoted = facility("accessStats: { from: log.csv, format: access-log }\n", {
      "log.csv": 'timestamp,account\n2026-10-01T08:00:00+07:00,a\nnot-a-time,"b\n',
    });
    const errors = await errorsOf(quoted);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.file).toMatch(/log\.csv$/);
  });
});

describe("the batch always completes, with its summaries", { timeout: 120_000 }, () => {
  it("turns a TS type nest, an as-chain, a __proto__ key and a path past the OS limit into those files' errors", async () => {
    const folder = join(tmp, "batch");
    mkdirSync(folder);
    writeFileSync(join(folder, "types.facility.ts"), `export default {} as ${"A<".repeat(20_000)}B${">".repeat(20_000)};\n`);
    writeFileSync(join(folder, "chain.facility.ts"), `export default {}${" as A".repeat(20_000)};\n`);
    writeFileSync(
      join(folder, "proto.facility.ts"),
      `export default { apiVersion: "kcb-compliance/v1", kind: "Facility", facility: { code: "38099", name: "B", type: "hospital", bhytContract: false }, "__proto__": { polluted: true } };\n`,
    );
    let deep = join(folder, "deep");
    // Build past PATH_MAX (4096) by relative steps; the OS refuses the full path.
    mkdirSync(deep);
    const segment = "d".repeat(200);
    const parts = [];
    for (let i = 0; i < 25; i += 1) parts.push(segment);
    execFileSync("bash", [
      "-c",
      `cd "${deep}" && for i in $(seq 25); do mkdir ${segment} && cd ${segment}; done && printf 'apiVersion: x\\n' > facility.yaml`,
    ]);
    deep = join(deep, ...parts);
    const summary = join(tmp, "new", "folder", "summary.json");
    const run = kcb("check", folder, "--as-of", asOf, "--summary", `json=${summary}`, "--summary", "text=-");
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.code).toBe(2);
    const written = JSON.parse(readFileSync(summary, "utf8")) as {
      facilities: Array<{ file: string; outcome: string; firstError?: { location: { line: number }; message: { en: string } } }>;
    };
    const byName = (name: string) => written.facilities.find((f) => f.file.includes(name))!;
    expect(byName("types").firstError!.message.en).toMatch(/deeper than 64 levels/);
    expect(byName("chain").firstError!.message.en).toMatch(/deeper than 64 levels/);
    expect(byName("proto").firstError!.message.en).toMatch(/__proto__/);
    expect(written.facilities.some((f) => f.firstError?.message.en.includes("ENAMETOOLONG"))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("does not follow links out of the folder, and counts a facility reached through a link loop once", async () => {
    const folder = join(tmp, "links");
    mkdirSync(join(folder, "site"), { recursive: true });
    writeFileSync(join(folder, "site", "facility.yaml"), readFileSync("examples/commune-station/facility.yaml"));
    symlinkSync("..", join(folder, "site", "loop"));
    const outside = join(tmp, "outside.yaml");
    writeFileSync(outside, readFileSync("examples/commune-station/facility.yaml"));
    symlinkSync(outside, join(folder, "site", "escape.yaml"));
    const inFolder = await check([folder], { asOf });
    expect(inFolder.facilities.map((f) => [f.file.slice(folder.length), f.errors[0]?.message.en.slice(0, 30) ?? "ok"])).toEqual([
      ["/site/escape.yaml", "This link leads outside the fo"],
      ["/site/facility.yaml", "ok"],
    ]);
    // A glob does not follow links at all (tinyglobby's followSymbolicLinks: false): the loop and the link are not matched.
    const globbed = await check([`${folder}/**/*.yaml`], { asOf });
    expect(globbed.facilities.map((f) => f.file.slice(folder.length))).toEqual(["/site/facility.yaml"]);
  });

  it("refuses an output path that is an input or is given twice, and says why a summary cannot be written", () => {
    const example = "examples/commune-station/facility.yaml";
    const before = readFileSync(example, "utf8");
    const over = kcb("check", example, "--as-of", asOf, "--output", `json=${example}`);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain("is one of the inputs");
    expect(readFileSync(example, "utf8")).toBe(before);
    const twice = kcb(
      "check",
      example,
      "--as-of",
      asOf,
      "--output",
      `json=${join(tmp, "r.json")}`,
      "--summary",
      `json=${join(tmp, "r.json")}`,
    );
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("given twice");
    writeFileSync(join(tmp, "a-file"), "");
    const blocked = kcb("check", example, "--as-of", asOf, "--summary", `csv=${join(tmp, "a-file", "s.csv")}`);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/Cannot write the output file \((ENOTDIR|EEXIST)\)/);
    expect(blocked.stderr).not.toMatch(STACK_FRAME);
  });

  it("refuses a profile or baseline that is not a regular file or is too large, instead of reading it", () => {
    const example = "examples/commune-station/facility.yaml";
    for (const option of ["--profile", "--baseline"]) {
      const run = kcb("check", example, "--as-of", asOf, option, "/dev/zero");
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/not a regular file/);
    }
  });
});

describe("outputs: escaped for their medium, capped, within GitHub's limits", { timeout: 120_000 }, () => {
  const example = readFileSync("examples/noncompliant-hospital/facility.yaml", "utf8");
  const named = (name: string) => {
    const file = facility("");
    writeFileSync(file, example.replace("  name: Bệnh viện Đa khoa Đồi Thông (ví dụ)\n", `  name: ${JSON.stringify(name)}\n`));
    return file;
  };

  it("text: no control character and no line that starts a workflow command", async () => {
    const report = await check(
      [named("Viện\n::add-mask::x\r::error file=a.yaml::forged\u001b]8;;https://evil\u0007 \u001b[31mred")],
      { asOf },
    );
    const text = FORMATS.text(report, { lang: "en" });
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(text.split("\n").filter((line) => /^\s*::/u.test(line))).toEqual([]);
  });

  it("Markdown: a lone CR, links, images and mentions from a config stay text in one cell", async () => {
    const report = await check([named("Viện\r# Heading ![x](https://evil/p.png) [click](https://evil) @octocat")], { asOf });
    const markdown = FORMATS.markdown(report, { lang: "en" });
    expect(markdown).not.toContain("\r");
    expect(markdown).not.toContain("](https://evil");
    expect(markdown).not.toContain("@octocat");
    expect(markdown.split("\n").some((line) => line.startsWith("# Heading"))).toBe(false);
  });

  it("CSV summary: formulas are prefixed with ' and a lone CR is quoted", async () => {
    const files = ['=HYPERLINK("https://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "a\rb"].map((name) => named(name));
    const { runChecks } = await import("../src/cli/batch.js");
    const { summary } = await runChecks(files, { asOf, findings: "failed", progress: false });
    // What `--summary csv=PATH` writes: the pieces, a facility at a time.
    const csv = [...SUMMARY_CHUNKS.csv(summary, { lang: "en" })].join("");
    for (const formula of ["=HYPERLINK", "+1+1", "-2+3", "@SUM", "\tx"]) {
      expect(csv).toContain(`'${formula}`);
      expect(csv).not.toMatch(new RegExp(`(^|,)${formula.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}`, "mu"));
    }
    expect(csv).toContain('"a\rb"');
  });

  it(`caps every value at ${MAX_SHOWN_CHARS} characters and keeps the Markdown under GitHub's 1 MiB`, async () => {
    const file = named("N".repeat(2_000_000));
    const report = await check([file], { asOf });
    expect(report.facilities[0]!.facility!.name.length).toBeLessThanOrEqual(MAX_SHOWN_CHARS + 20);
    for (const [name, format] of Object.entries(FORMATS))
      expect(format(report, { lang: "vi" }).length, name).toBeLessThan(5_000_000);
    const many = { ...report, facilities: Array.from({ length: 400 }, () => report.facilities[0]!) };
    expect(Buffer.byteLength(FORMATS.markdown(many, { lang: "en" }))).toBeLessThanOrEqual(MAX_MARKDOWN_BYTES);
    expect(existsSync(file)).toBe(true);
  });
});
