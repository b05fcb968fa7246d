import { facilitySchema } from "../schema.js";
import { FORMAT_CHANGES } from "./upgrade.js";

/** How a cell is read into a field, derived from the field's JSON schema. */
export type FieldKind = "string" | "date" | "integer" | "boolean" | "list";

/** A field an evidence column can fill: `path` is the English field name, dotted for nested objects. */
export interface Field {
  path: string[];
  kind: FieldKind;
}

interface SchemaNode {
  type?: string | string[];
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
  then?: SchemaNode;
}

/** What a CSV/XLSX column may fill for one list. */
export interface ListFields {
  fields: Field[];
  /** Top-level fields every item must have. */
  required: string[];
}

/**
 * Vietnamese headers facilities use, by English field name. A header matches a field when it is the field's
 * name (`completedOn`, `assignment.decision`, case-insensitive) or one of these labels. The labels are
 * documented in the README; a config may add its own with `columns: { "Header": "field" }`.
 */
const VIETNAMESE_HEADERS: Record<string, string[]> = {
  // "Mã NV" is the staff id in a staff list and staffId in a training list (which has no id field).
  id: ["Mã", "Mã số", "Mã NV", "Mã nhân viên"],
  name: ["Họ và tên", "Họ tên", "Tên"],
  department: ["Khoa/phòng", "Khoa phòng", "Khoa", "Phòng ban", "Đơn vị"],
  role: ["Chức danh", "Chức vụ", "Vai trò"],
  // staff[].roles (ids in the roles catalogue); a role list's own id column is "Mã" or "id".
  roles: ["Mã vai trò", "Các vai trò"],
  "name.vi": ["Tên vai trò", "Tên tiếng Việt"],
  "name.en": ["Tên tiếng Anh"],
  departments: ["Khoa/phòng", "Khoa phòng", "Các khoa/phòng"],
  mayDelegate: ["Được phép ủy quyền", "Được ký giao tài khoản"],
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
  "assignment.decidedOn": ["Ngày giao", "Ngày quyết định giao"],
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
  heldOn: ["Ngày", "Ngày tổ chức"],
  implementedOn: ["Ngày", "Ngày triển khai"],
  inspectedOn: ["Ngày", "Ngày kiểm tra"],
  publishedOn: ["Ngày", "Ngày đăng"],
  detectedOn: ["Ngày", "Ngày phát hiện"],
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
  risk: ["Mức rủi ro"],
};

/**
 * A column headed with a field's v1 name (`on`, `assignment.on`) still fills the renamed v2 field: the field
 * path inside a list item, from the rename table, by v2 dotted name.
 */
const V1_NAMES: Record<string, string[]> = Object.fromEntries(
  FORMAT_CHANGES.renamedKeys.map(({ v1, v2 }) => {
    const inItem = v1.slice(v1.lastIndexOf("/*/") + 3).split("/");
    return [[...inItem.slice(0, -1), v2].join("."), [inItem.join(".")]];
  }),
);

/** Headers of a raw portal access log (one line per request). */
export const ACCESS_LOG_HEADERS: Record<"timestamp" | "account", string[]> = {
  timestamp: ["timestamp", "time", "Thời gian", "Thời điểm"],
  account: ["account", "username", "Tài khoản", "Tên đăng nhập"],
};

/** Row-number columns spreadsheets carry that map to no field. */
const IGNORED_HEADERS = ["stt", "tt", "no", "no.", "#"];

function schema(): SchemaNode {
  return facilitySchema() as SchemaNode;
}

/** The fields a CSV/XLSX column can fill for the list at `listPointer` (e.g. /staff), from the schema. */
export function importableFields(listPointer: string): ListFields | undefined {
  let node: SchemaNode | undefined = schema();
  for (const token of listPointer.split("/").slice(1)) node = node?.properties?.[token];
  const item = node?.items;
  if (!item?.properties) return undefined;
  return { fields: fieldsOf(item, []), required: item.required ?? [] };
}

/** Pointers of the lists that may be given as `{ from: file }` (whose schema is `if object then evidenceImport`). */
export function importableLists(): string[] {
  const lists: string[] = [];
  const visit = (node: SchemaNode, pointer: string, depth: number): void => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      if (child.then?.$ref === "#/$defs/evidenceImport") lists.push(`${pointer}/${name}`);
      else if (depth < 1 && child.properties) visit(child, `${pointer}/${name}`, depth + 1);
    }
  };
  visit(schema(), "", 0);
  return lists;
}

function fieldsOf(node: SchemaNode, prefix: string[]): Field[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]): Field[] => {
    const path = [...prefix, name];
    if (child.$ref === "#/$defs/date") return [{ path, kind: "date" }];
    if (child.type === "object" && child.properties) return fieldsOf(child, path);
    if (child.type === "array") return child.items?.type === "object" ? [] : [{ path, kind: "list" }];
    if (child.type === "integer") return [{ path, kind: "integer" }];
    if (child.type === "boolean") return [{ path, kind: "boolean" }];
    return [{ path, kind: "string" }];
  });
}

export function normalizeHeader(header: string): string {
  return header
    .normalize("NFC")
    .trim()
    .replace(/[\s*:]+$/u, "")
    .replace(/\s+/gu, " ")
    .toLowerCase();
}

/**
 * Matches a header to a field. `extra` are the config's own mappings (header → field name, or null to ignore
 * the column). Returns null for a column to ignore, undefined for an unknown header.
 */
export function matchHeader(
  header: string,
  fields: Field[],
  extra: Record<string, string | null> = {},
): Field | null | undefined {
  const wanted = normalizeHeader(header);
  for (const [label, target] of Object.entries(extra)) {
    if (normalizeHeader(label) !== wanted) continue;
    return target === null ? null : fields.find((field) => field.path.join(".") === target);
  }
  const byName = fields.find((field) =>
    [field.path.join("."), ...(V1_NAMES[field.path.join(".")] ?? [])].some((name) => normalizeHeader(name) === wanted),
  );
  if (byName) return byName;
  const byLabel = fields.find((field) =>
    (VIETNAMESE_HEADERS[field.path.join(".")] ?? []).some((label) => normalizeHeader(label) === wanted),
  );
  if (byLabel) return byLabel;
  return IGNORED_HEADERS.includes(wanted) ? null : undefined;
}

/** The headers accepted for a field, for error messages and docs. */
export function headersFor(field: Field): string[] {
  const name = field.path.join(".");
  return [name, ...(VIETNAMESE_HEADERS[name] ?? [])];
}
