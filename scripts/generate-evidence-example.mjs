// Generates the evidence files of examples/hospital-with-evidence from the data below, so the binary .xlsx
// and the access log are reproducible: `node scripts/generate-evidence-example.mjs` (check-generated runs it).
import { writeFileSync } from "node:fs";
import { unzipSync, zipSync } from "fflate";
import writeExcelFile from "write-excel-file/node";

const folder = new URL("../examples/hospital-with-evidence/", import.meta.url);

// Staff list as an HR office keeps it: a title row, a blank row, Vietnamese headers, real Excel dates.
const date = (iso) => new Date(`${iso}T00:00:00Z`);
const header = [
  "STT",
  "Mã NV",
  "Họ và tên",
  "Khoa/phòng",
  "Chức danh",
  "Trạng thái",
  "Ngày vào làm",
  "Ngày nghỉ việc",
  "Ngày ký cam kết",
];
const staff = [
  [
    "nv-101",
    "Lê Thị Hồng",
    "Phòng Kế hoạch tổng hợp",
    "Chuyên viên giám định BHYT",
    "Đang làm việc",
    date("2016-03-01"),
    null,
    date("2025-01-10"),
  ],
  [
    "nv-102",
    "Nguyễn Đức Anh",
    "Phòng Công nghệ thông tin",
    "Kỹ sư CNTT",
    "Đang làm việc",
    date("2019-07-15"),
    null,
    date("2025-01-10"),
  ],
  [
    "nv-103",
    "Trịnh Văn Bình",
    "Phòng Tài chính kế toán",
    "Kế toán viên",
    "Đã nghỉ việc",
    date("2014-05-20"),
    date("2026-06-30"),
    date("2024-01-08"),
  ],
  ["nv-104", "Mai Thị Thu", "Khoa Dược", "Dược sĩ", "Đang làm việc", date("2020-10-01"), null, date("2025-01-10")],
];
const cell = (value) => (value === null ? null : { value, ...(value instanceof Date ? { format: "dd/mm/yyyy" } : {}) });
const rows = [
  [
    { value: "BỆNH VIỆN ĐA KHOA HUYỆN HÀ TRUNG (VÍ DỤ) — DANH SÁCH NHÂN SỰ", columnSpan: header.length },
    ...Array(header.length - 1).fill(null),
  ],
  Array(header.length).fill(null),
  header.map((value) => ({ value, fontWeight: "bold" })),
  ...staff.map((row, index) => [{ value: index + 1 }, ...row.map(cell)]),
];
const workbook = await writeExcelFile([{ sheet: "Nhân sự", data: rows }]).toBuffer();
// The zip entries carry the time of writing; re-pack them with a fixed time so the bytes are reproducible.
writeFileSync(new URL("staff.xlsx", folder), zipSync(unzipSync(workbook), { mtime: "2026-01-01T00:00:00Z", level: 6 }));

// Portal access log: one line per request over October 2026, three accounts with a steady baseline, and one
// day (2026-10-12) on which 38061_kt made far more requests than usual.
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const usual = { "38061_gd": 40, "38061_kt": 25, "38061_it": 10 };
const lines = ["timestamp,account,ip,method,path,status"];
for (let day = 1; day <= 31; day += 1) {
  for (const [account, baseline] of Object.entries(usual)) {
    const requests = account === "38061_kt" && day === 12 ? 900 : baseline;
    for (let i = 0; i < requests; i += 1) {
      const second = 7 * 3600 + Math.floor(random() * 11 * 3600);
      const time = `${String(Math.floor(second / 3600)).padStart(2, "0")}:${String(Math.floor(second / 60) % 60).padStart(2, "0")}:${String(second % 60).padStart(2, "0")}`;
      lines.push(
        `2026-10-${String(day).padStart(2, "0")}T${time}+07:00,${account},10.38.61.${(i % 200) + 10},POST,/api/egw/guiHoSoXML4210,200`,
      );
    }
  }
}
writeFileSync(new URL("portal-access.csv", folder), `${lines.join("\n")}\n`);
