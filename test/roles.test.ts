import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import writeExcelFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { formatReport } from "../src/format/index.js";
import { check } from "../src/index.js";
import { locate } from "../src/load/config.js";
import { loadFacility } from "../src/load/facility.js";

const asOf = "2026-11-20";

const FACILITY = `apiVersion: kcb-compliance/v2
kind: Facility
facility: { code: "38099", name: Bệnh viện thử, type: hospital, bhytContract: true, head: { name: Lê Văn Minh, title: Giám đốc } }
roles: { from: roles.xlsx }
staff: { from: staff.csv }
systems:
  - { id: portal, kind: bhxh_portal, name: Cổng BHXH }
  - { id: his, kind: his, name: HIS }
accounts:
  - id: bhxh-gd
    system: portal
    holder: nv-1
    assignment: { decision: 1/QĐ-BV, decidedOn: "2026-01-05", by: Lê Văn Minh }
    permissions: [submit_claims, user_management]
  - id: his-kt
    system: his
    holder: nv-2
    permissions: [view_billing]
`;

// A role list as HIS software exports it: one row per role and system, the role id repeated.
const ROLE_ROWS = [
  ["STT", "Mã", "Tên vai trò", "Tên tiếng Anh", "Hệ thống", "Quyền", "Khoa/phòng", "Được phép ủy quyền"],
  [
    1,
    "claims_submitter",
    "Giám định BHYT",
    "Claims officer",
    "portal",
    "submit_claims, view_feedback",
    "Phòng Kế hoạch tổng hợp",
    "Không",
  ],
  [2, "claims_submitter", "Giám định BHYT", "Claims officer", "his", "view_claims", "Phòng Kế hoạch tổng hợp", "Không"],
  [3, "accountant", "Kế toán viện phí", "Billing accountant", "his", "view_billing", "Phòng Tài chính kế toán", "Không"],
  [
    4,
    "portal_admin",
    "Quản trị tài khoản Cổng",
    "Portal administrator",
    "portal",
    "user_management",
    "Phòng Công nghệ thông tin",
    "Có",
  ],
];

// The user–role list: staff with the ids of their roles.
const STAFF_CSV = `Mã NV,Họ và tên,Khoa/phòng,Trạng thái,Mã vai trò
nv-1,Nguyễn Thị Lan,Phòng Kế hoạch tổng hợp,active,claims_submitter
nv-2,Đỗ Minh Tuấn,Phòng Tài chính kế toán,active,"accountant, portal_admin"
nv-3,Bùi Quang Huy,Phòng Công nghệ thông tin,active,"portal_admin; claims_submitter; nurse"
`;

async function folder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "kcb-roles-"));
  writeFileSync(join(dir, "facility.yaml"), FACILITY);
  writeFileSync(join(dir, "staff.csv"), STAFF_CSV);
  const data = ROLE_ROWS.map((row) => row.map((value) => ({ value })));
  writeFileSync(join(dir, "roles.xlsx"), await writeExcelFile([{ sheet: "Vai trò", data }]).toBuffer());
  return dir;
}

describe("roles and user–role lists imported from XLSX and CSV, judged through the real WASM policy", { timeout: 30_000 }, () => {
  it("reads the role rows of an .xlsx written by a real writer, each at its sheet row", async () => {
    const dir = await folder();
    const config = await loadFacility(join(dir, "facility.yaml"));
    if ("errors" in config) throw new Error(config.errors.map((error) => error.text.en).join("\n"));
    const roles = (config.data as { roles: unknown[] }).roles;
    expect(roles[3]).toEqual({
      id: "portal_admin",
      name: { vi: "Quản trị tài khoản Cổng", en: "Portal administrator" },
      system: "portal",
      permissions: ["user_management"],
      departments: ["Phòng Công nghệ thông tin"],
      mayDelegate: true,
    });
    expect(locate(config, "/roles/3")).toMatchObject({ file: join(dir, "roles.xlsx"), sheet: "Vai trò", line: 5 });
    expect((config.data as { staff: { roles: string[] }[] }).staff[2]!.roles).toEqual([
      "portal_admin",
      "claims_submitter",
      "nurse",
    ]);
  });

  it("finds each permission, role and pair beyond the roles at its file:line", async () => {
    const dir = await folder();
    const report = await check([join(dir, "facility.yaml")], { asOf });
    expect(report.facilities[0]!.errors).toEqual([]);
    const fails = (id: string) =>
      report.facilities[0]!.rules.find((rule) => rule.id === id)!
        .findings.filter((finding) => finding.status === "fail")
        .map((finding) => ({
          target: finding.target,
          file: finding.location.file.slice(dir.length + 1),
          line: finding.location.line,
        }));
    // user_management on bhxh-gd: nv-1's role grants only submit_claims and view_feedback on the portal.
    expect(fails("byt_6827_2024.account_permissions_within_roles")).toEqual([
      { target: "account:bhxh-gd", file: "facility.yaml", line: 14 },
      { target: "staff:nv-3", file: "staff.csv", line: 4 },
    ]);
    expect(fails("byt_5715_2019.privileged_permissions_approved")).toEqual([
      { target: "account:bhxh-gd", file: "facility.yaml", line: 14 },
    ]);
    expect(fails("byt_5715_2019.incompatible_roles_separated")).toEqual([{ target: "staff:nv-3", file: "staff.csv", line: 4 }]);
    expect(fails("byt_5715_2019.portal_account_role_designated")).toEqual([]);
    expect(fails("byt_5715_2019.assignment_signer_may_delegate")).toEqual([]);
  });

  it("shows the holder × account × permission table in the report, the permission beyond the roles marked", async () => {
    const dir = await folder();
    const report = await check([join(dir, "facility.yaml")], { asOf });
    expect(report.facilities[0]!.delegation).toEqual([
      {
        account: "bhxh-gd",
        system: "portal",
        holder: "nv-1",
        holderName: "Nguyễn Thị Lan",
        roles: ["claims_submitter"],
        permissions: [
          { name: "submit_claims", withinRoles: true },
          { name: "user_management", withinRoles: false },
        ],
      },
      {
        account: "his-kt",
        system: "his",
        holder: "nv-2",
        holderName: "Đỗ Minh Tuấn",
        roles: ["accountant", "portal_admin"],
        permissions: [{ name: "view_billing", withinRoles: true }],
      },
    ]);
    const html = formatReport(report, "html", { lang: "en" });
    expect(html).toContain("<caption>Delegation: holder × account × permission</caption>");
    expect(html).toContain('<code>user_management</code> <span class="badge s-fail">beyond the roles</span>');
    // A facility without a roles catalogue has no table.
    const plain = await check(["examples/commune-station/facility.yaml"], { asOf });
    expect(plain.facilities[0]!.delegation).toBeUndefined();
    expect(formatReport(plain, "html", { lang: "en" })).not.toContain('class="delegation"');
  });
});
