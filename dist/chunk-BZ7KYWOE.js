import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);

// src/dates.ts
var TIME_ZONE = "Asia/Ho_Chi_Minh";
var isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
function todayInVietnam(now = /* @__PURE__ */ new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
function invalidIsoDate(text) {
  const match = isoDate.exec(text);
  if (!match) {
    return { vi: `"${text}" không phải ngày dạng YYYY-MM-DD`, en: `"${text}" is not a date in YYYY-MM-DD form` };
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { vi: `ngày "${text}" không tồn tại`, en: `"${text}" is not a calendar date` };
  }
  return void 0;
}

// src/paths.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var ROOT = true ? "./" : "../";
function packagePath(relative) {
  return fileURLToPath(new URL(`${ROOT}${relative}`, import.meta.url));
}
function readPackageFile(relative) {
  return readFileSync(packagePath(relative));
}
function readPackageText(relative) {
  return readFileSync(packagePath(relative), "utf8");
}

// src/load/columns.ts
var VIETNAMESE_HEADERS = {
  // "Mã NV" is the staff id in a staff list and staffId in a training list (which has no id field).
  id: ["Mã", "Mã số", "Mã NV", "Mã nhân viên"],
  name: ["Họ và tên", "Họ tên", "Tên"],
  department: ["Khoa/phòng", "Khoa phòng", "Khoa", "Phòng ban", "Đơn vị"],
  role: ["Chức danh", "Chức vụ", "Vai trò"],
  healthWorker: ["Nhân viên y tế", "Là nhân viên y tế"],
  status: ["Trạng thái", "Tình trạng"],
  joinedOn: ["Ngày vào làm", "Ngày tuyển dụng"],
  leftOn: ["Ngày nghỉ việc", "Ngày thôi việc", "Ngày chuyển đi"],
  "confidentialityCommitment.signedOn": ["Ngày ký cam kết", "Ngày ký cam kết bảo mật"],
  "confidentialityCommitment.evidence": ["Bản cam kết", "Minh chứng cam kết"],
  staffId: ["Mã nhân viên", "Mã NV"],
  course: ["Khoá học", "Khóa học", "Tên lớp", "Nội dung đào tạo"],
  completedOn: ["Ngày đào tạo", "Ngày hoàn thành"],
  topics: ["Chủ đề"],
  system: ["Hệ thống"],
  kind: ["Loại"],
  vendor: ["Nhà cung cấp"],
  username: ["Tên đăng nhập"],
  holder: ["Người giữ", "Người được giao", "Mã người giữ"],
  "assignment.decision": ["Quyết định giao", "Số quyết định giao"],
  "assignment.on": ["Ngày giao", "Ngày quyết định giao"],
  "assignment.by": ["Người ký quyết định", "Người ký giao"],
  "assignment.acknowledgedOn": ["Ngày ký nhận", "Ngày nhận trách nhiệm"],
  permissions: ["Quyền"],
  passwordChangedOn: ["Ngày đổi mật khẩu"],
  date: ["Ngày"],
  account: ["Tài khoản"],
  requests: ["Số lượt truy cập", "Lượt truy cập", "Số yêu cầu"],
  period: ["Kỳ", "Kỳ rà soát"],
  reviewedOn: ["Ngày rà soát"],
  reviewer: ["Người rà soát"],
  outcome: ["Kết quả"],
  result: ["Kết quả"],
  actions: ["Biện pháp", "Xử lý"],
  on: ["Ngày"],
  scope: ["Phạm vi"],
  reportedTo: ["Báo cáo cho", "Nơi nhận báo cáo"],
  reportNumber: ["Số báo cáo"],
  topic: ["Chủ đề", "Nội dung"],
  audience: ["Đối tượng"],
  evidence: ["Minh chứng"],
  number: ["Số", "Số hiệu"],
  title: ["Tiêu đề", "Trích yếu"],
  issuedOn: ["Ngày ban hành"],
  issuedBy: ["Người ký", "Người ban hành"],
  rule: ["Quy tắc"],
  target: ["Đối tượng áp dụng"],
  reason: ["Lý do"],
  approvedBy: ["Người phê duyệt"],
  approvedOn: ["Ngày phê duyệt"],
  expiresOn: ["Ngày hết hạn"],
  risk: ["Mức rủi ro"]
};
var ACCESS_LOG_HEADERS = {
  timestamp: ["timestamp", "time", "Thời gian", "Thời điểm"],
  account: ["account", "username", "Tài khoản", "Tên đăng nhập"]
};
var IGNORED_HEADERS = ["stt", "tt", "no", "no.", "#"];
var schemaRoot;
function schema() {
  schemaRoot ??= JSON.parse(readPackageText("schemas/facility.v1.schema.json"));
  return schemaRoot;
}
function importableFields(listPointer) {
  let node = schema();
  for (const token of listPointer.split("/").slice(1)) node = node?.properties?.[token];
  const item = node?.items;
  if (!item?.properties) return void 0;
  return { fields: fieldsOf(item, []), required: item.required ?? [] };
}
function importableLists() {
  const lists = [];
  const visit = (node, pointer, depth) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      if (child.then?.$ref === "#/$defs/evidenceImport") lists.push(`${pointer}/${name}`);
      else if (depth < 1 && child.properties) visit(child, `${pointer}/${name}`, depth + 1);
    }
  };
  visit(schema(), "", 0);
  return lists;
}
function fieldsOf(node, prefix) {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const path = [...prefix, name];
    if (child.$ref === "#/$defs/date") return [{ path, kind: "date" }];
    if (child.type === "object" && child.properties) return fieldsOf(child, path);
    if (child.type === "array") return child.items?.type === "object" ? [] : [{ path, kind: "list" }];
    if (child.type === "integer") return [{ path, kind: "integer" }];
    if (child.type === "boolean") return [{ path, kind: "boolean" }];
    return [{ path, kind: "string" }];
  });
}
function normalizeHeader(header) {
  return header.normalize("NFC").trim().replace(/[\s*:]+$/u, "").replace(/\s+/gu, " ").toLowerCase();
}
function matchHeader(header, fields, extra = {}) {
  const wanted = normalizeHeader(header);
  for (const [label, target] of Object.entries(extra)) {
    if (normalizeHeader(label) !== wanted) continue;
    return target === null ? null : fields.find((field) => field.path.join(".") === target);
  }
  const byName = fields.find((field) => normalizeHeader(field.path.join(".")) === wanted);
  if (byName) return byName;
  const byLabel = fields.find((field) => (VIETNAMESE_HEADERS[field.path.join(".")] ?? []).some((label) => normalizeHeader(label) === wanted));
  if (byLabel) return byLabel;
  return IGNORED_HEADERS.includes(wanted) ? null : void 0;
}
function headersFor(field) {
  const name = field.path.join(".");
  return [name, ...VIETNAMESE_HEADERS[name] ?? []];
}

export {
  TIME_ZONE,
  todayInVietnam,
  invalidIsoDate,
  packagePath,
  readPackageFile,
  readPackageText,
  ACCESS_LOG_HEADERS,
  importableFields,
  importableLists,
  normalizeHeader,
  matchHeader,
  headersFor
};
