import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import writeExcelFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { check, checkSource, exitCode } from "../src/index.js";
import { locate, type LoadedConfig } from "../src/load/config.js";
import { loadFacility } from "../src/load/facility.js";

const asOf = "2026-11-20";
const example = "examples/hospital-with-evidence/facility.yaml";

const HEAD = `apiVersion: kcb-compliance/v1
kind: Facility
facility: { code: "38099", name: Bệnh viện thử, type: hospital, bhytContract: true }
`;

/** A config folder in a temporary directory holding facility.yaml and the given evidence files. */
function folderWith(yaml: string, files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), "kcb-evidence-"));
  writeFileSync(join(folder, "facility.yaml"), HEAD + yaml);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

async function errorsOf(folder: string): Promise<string[]> {
  const loaded = await loadFacility(join(folder, "facility.yaml"));
  if (!("errors" in loaded)) throw new Error("expected input errors");
  return loaded.errors.map(
    (error) =>
      `${error.location.file.slice(folder.length + 1)}:${error.location.line}:${error.location.column}${error.location.sheet ? `[${error.location.sheet}]` : ""} ${error.text.en}`,
  );
}

async function loaded(path: string): Promise<LoadedConfig> {
  const result = await loadFacility(path);
  if ("errors" in result) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return result;
}

describe("the hospital whose lists live in an .xlsx, CSV files and a raw access log", { timeout: 30_000 }, () => {
  it("finds the account held by staff who left on its CSV row, through the real WASM policy", async () => {
    const report = await check([example], { asOf });
    expect(exitCode(report)).toBe(1);
    const failures = report.facilities[0]!.rules.flatMap((rule) =>
      rule.findings.filter((f) => f.status === "fail").map((f) => ({ rule: rule.id, ...f.location })),
    );
    expect(failures).toEqual([
      {
        rule: "byt_5715_2019.portal_account_holder_in_post",
        file: "examples/hospital-with-evidence/accounts.csv",
        line: 3,
        column: 4,
      },
    ]);
    // The anomalous day of the raw log is found, and its finding points at the log; October's review investigated it.
    const anomaly = report.facilities[0]!.rules.find(
      (rule) => rule.id === "byt_5715_2019.access_baseline_investigated",
    )!.findings.filter((f) => f.location.file.endsWith("portal-access.csv"));
    expect(anomaly.map((f) => ({ status: f.status, target: f.target, line: f.location.line, en: f.message.en }))).toEqual([
      {
        status: "pass",
        target: "account:bhxh-kt",
        line: 1,
        en: "Account bhxh-kt made 900 requests on 2026-10-12 (over 10 times its median of 25); the review of 2026-10 found and investigated it.",
      },
    ]);
  });

  it("reads the staff sheet below its title rows, with Excel dates and Vietnamese status words", async () => {
    const config = await loaded(example);
    const staff = (config.data as { staff: unknown[] }).staff;
    expect(staff[2]).toEqual({
      id: "nv-103",
      name: "Trịnh Văn Bình",
      department: "Phòng Tài chính kế toán",
      role: "Kế toán viên",
      status: "left",
      joinedOn: "2014-05-20",
      leftOn: "2026-06-30",
      confidentialityCommitment: { signedOn: "2024-01-08" },
    });
    expect(locate(config, "/staff/2")).toEqual({
      file: "examples/hospital-with-evidence/staff.xlsx",
      sheet: "Nhân sự",
      line: 6,
      column: 1,
    });
    expect(locate(config, "/staff/2/status")).toMatchObject({ sheet: "Nhân sự", line: 6, column: 6 });
    expect((config.data as { trainings: unknown[] }).trainings[0]).toMatchObject({
      staffId: "nv-101",
      completedOn: "2026-03-15",
      topics: ["patient_confidentiality"],
    });
  });

  it("aggregates the access log into daily counts per account id, with the anomalous day", async () => {
    const config = await loaded(example);
    const stats = (config.data as { accessStats: { date: string; account: string; requests: number }[] }).accessStats;
    expect(stats).toHaveLength(31 * 3);
    expect(stats.find((s) => s.date === "2026-10-12" && s.account === "bhxh-kt")?.requests).toBe(900);
    expect(stats.find((s) => s.date === "2026-10-11" && s.account === "bhxh-kt")?.requests).toBe(25);
    expect(stats.find((s) => s.date === "2026-10-31" && s.account === "bhxh-gd")).toEqual({
      date: "2026-10-31",
      account: "bhxh-gd",
      requests: 40,
    });
    expect(locate(config, "/accessStats/0")).toMatchObject({ file: "examples/hospital-with-evidence/portal-access.csv" });
  });
});

describe("CSV and XLSX rows", { timeout: 30_000 }, () => {
  it("reports dates that are invalid or ambiguous at file:row:column", async () => {
    const folder = folderWith("trainings: { from: trainings.csv }\n", {
      "trainings.csv":
        "Mã NV;Khoá học;Ngày đào tạo\nnv-1;A;31/02/2026\nnv-2;B;03/04/26\nnv-3;C;04/25/2026\nnv-4;D;45000\nnv-5;E;2026-04-03\n",
    });
    expect(await errorsOf(folder)).toEqual([
      'trainings.csv:2:3 Column "Ngày đào tạo": "31/02/2026" is not a valid date (expected dd/mm/yyyy or YYYY-MM-DD).',
      'trainings.csv:3:3 Column "Ngày đào tạo": "03/04/26" has a two-digit year, which is ambiguous; write all four digits.',
      'trainings.csv:4:3 Column "Ngày đào tạo": "04/25/2026" looks like month/day/year; write day/month/year (dd/mm/yyyy) or YYYY-MM-DD.',
      'trainings.csv:5:3 Column "Ngày đào tạo": the number 45000 in a date column is ambiguous; write the date as dd/mm/yyyy or YYYY-MM-DD.',
    ]);
  });

  it("validates imported rows against the item schema, pointing at the sheet's row and column", async () => {
    const sheet = [
      ["id", "name", "status", "joinedOn"],
      ["a-1", "Nguyễn Văn A", "active", 45292],
      ["a-2", "Trần Thị B", "on_leave", { value: new Date("2020-05-01T00:00:00Z"), format: "dd/mm/yyyy" }],
    ].map((row) => row.map((value) => (typeof value === "object" ? value : { value })));
    const folder = folderWith("staff: { from: people.xlsx, sheet: DS }\n", {
      "people.xlsx": await writeExcelFile([{ sheet: "DS", data: sheet }]).toBuffer(),
    });
    const config = await loaded(join(folder, "facility.yaml"));
    expect((config.data as { staff: unknown[] }).staff[0]).toMatchObject({ joinedOn: "2024-01-01" });
    const report = await check([join(folder, "facility.yaml")], { asOf });
    expect(exitCode(report)).toBe(2);
    expect(report.facilities[0]!.errors.map((e) => e.location)).toEqual([
      { file: join(folder, "people.xlsx"), sheet: "DS", line: 3, column: 3 },
    ]);
    expect(report.facilities[0]!.errors[0]!.message.en).toContain("/staff/1/status: expected one of");
  });

  it("decodes Windows-1258 and refuses TCVN3 font text instead of turning it into mojibake", async () => {
    const text = "Mã NV,Họ và tên,Trạng thái\nnv-1,Nguyễn Văn Đức,active\n";
    const windows1258 = iconv.encode(
      text.normalize("NFD").replace(/([aeouAEOU])([\u0302\u0306\u031B])/gu, (pair) => pair.normalize("NFC")),
      "windows-1258",
    );
    const decoded = await loaded(join(folderWith("staff: { from: staff.csv }\n", { "staff.csv": windows1258 }), "facility.yaml"));
    expect((decoded.data as { staff: { name: string }[] }).staff[0]!.name).toBe("Nguyễn Văn Đức");
    const tcvn3 = Buffer.from("M· NV,Hä vµ tªn,Tr¹ng th¸i\nnv-1,NguyÔn V¨n §øc,active\n", "latin1");
    const [refusal] = await errorsOf(folderWith("staff: { from: staff.csv }\n", { "staff.csv": tcvn3 }));
    expect(refusal).toMatch(/^staff\.csv:1:1 The file is not UTF-8 .* TCVN3 \(ABC\) or VNI/u);
  });

  it("refuses unknown columns and missing required ones at the header", async () => {
    const folder = folderWith("staff: { from: staff.csv }\n", { "staff.csv": "STT,Họ và tên,Ghi chú\n1,Nguyễn Văn A,x\n" });
    const errors = await errorsOf(folder);
    expect(errors[0]).toMatch(/^staff\.csv:1:3 Column "Ghi chú" matches no field/u);
    expect(errors.slice(1)).toEqual([
      'staff.csv:1:1 Missing the required column "id"/"Mã"/"Mã số"/"Mã NV"/"Mã nhân viên".',
      'staff.csv:1:1 Missing the required column "status"/"Trạng thái"/"Tình trạng".',
    ]);
  });

  it("keeps evidence paths inside the config's folder", async () => {
    const outside = mkdtempSync(join(tmpdir(), "kcb-outside-"));
    writeFileSync(join(outside, "staff.csv"), "id,name,status\nx,y,active\n");
    const folder = folderWith(
      `staff: { from: ../x/staff.csv }\ntrainings: { from: ${join(outside, "staff.csv")} }\naccounts: { from: sub/link.csv }\nsystems: { from: folder.csv }\n`,
      {},
    );
    mkdirSync(join(folder, "sub"));
    symlinkSync(join(outside, "staff.csv"), join(folder, "sub", "link.csv"));
    mkdirSync(join(folder, "folder.csv"));
    const errors = await errorsOf(folder);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^facility\.yaml:4:\d+ Evidence file "\.\.\/x\/staff\.csv": must not point outside/u);
    expect(errors[1]).toMatch(/^facility\.yaml:5:\d+ Evidence file ".*": must be a relative path/u);
    // Lists are imported in the format's order: systems before accounts.
    expect(errors[2]).toBe(
      "folder.csv:1:1 This is not a regular file (a device, pipe or folder), so it was not read. Point to the file itself.",
    );
    expect(errors[3]).toMatch(/^facility\.yaml:6:\d+ Evidence file "sub\/link\.csv": is a link that leads outside/u);
  });

  it("refuses {from} in a config checked from memory, where there is no folder to read", async () => {
    const report = await checkSource(`${HEAD}staff: { from: staff.csv }\n`, "mem.yaml", { asOf });
    expect(exitCode(report)).toBe(2);
    expect(report.facilities[0]!.errors[0]!.location).toMatchObject({ file: "mem.yaml", line: 4 });
  });
});

describe("raw access logs", { timeout: 30_000 }, () => {
  it("counts requests per Vietnam day, converting UTC timestamps", async () => {
    const log = [
      "Thời gian,Tài khoản,Đường dẫn",
      "2026-10-11T18:30:00Z,u1,/a",
      "2026-10-12 08:00:00,u1,/b",
      "2026-10-12T23:59:59+07:00,u1,/c",
      "2026-10-12T17:00:00Z,u1,/d",
      "2026-10-12,u2,/e",
    ].join("\n");
    const config = await loaded(
      join(folderWith("accessStats: { from: log.csv, format: access-log }\n", { "log.csv": log }), "facility.yaml"),
    );
    expect((config.data as { accessStats: unknown[] }).accessStats).toEqual([
      { date: "2026-10-12", account: "u1", requests: 3 },
      { date: "2026-10-12", account: "u2", requests: 1 },
      { date: "2026-10-13", account: "u1", requests: 1 },
    ]);
  });

  it("names the lines whose timestamp or account cannot be read", async () => {
    const log = "timestamp,account\n2026-10-12T08:00:00+07:00,u1\n12/10/2026 08:00,u1\n2026-10-12T09:00:00+07:00,\n";
    const errors = await errorsOf(folderWith("accessStats: { from: log.csv, format: access-log }\n", { "log.csv": log }));
    expect(errors).toEqual([
      'log.csv:3:1 "12/10/2026 08:00" is not a valid timestamp (expected ISO 8601, e.g. 2026-10-12T08:30:00+07:00).',
      "log.csv:4:2 The line has no account.",
    ]);
  });
});
