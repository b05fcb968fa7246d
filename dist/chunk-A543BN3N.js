import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  pointerTokens
} from "./chunk-65ZUPPDZ.js";

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

// src/schema.ts
var facility;
function facilitySchema() {
  facility ??= JSON.parse(readPackageText("schemas/facility.v2.schema.json"));
  return facility;
}
function bilingualText(text) {
  if (typeof text !== "string") return void 0;
  const [vi, en, ...rest] = text.split("\n\n");
  return vi && en && rest.length === 0 ? { vi, en } : void 0;
}
var NOT_VALUE_LABELS = /* @__PURE__ */ new Set(["dataTransfers.protocol"]);
var labels;
function labelTables() {
  if (labels) return labels;
  const found = { fields: {}, values: {} };
  const walk = (node, path) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((child) => walk(child, path));
    const schema2 = node;
    if (path && Array.isArray(schema2.enum) && Array.isArray(schema2.markdownEnumDescriptions) && !NOT_VALUE_LABELS.has(path)) {
      const described = schema2.markdownEnumDescriptions;
      found.values[path] = Object.fromEntries(
        schema2.enum.map((value, i) => [String(value), lowerFirst(requireBilingual(described[i], path))])
      );
    }
    for (const [key, child] of Object.entries(schema2)) {
      if (key === "examples" || key === "defaultSnippets" || key === "$defs") continue;
      if (key !== "properties") {
        walk(child, path);
        continue;
      }
      for (const [name, property] of Object.entries(child)) {
        const at = path ? `${path}.${name}` : name;
        found.fields[at] = requireBilingual(property["x-label"], at);
        walk(property, at);
      }
    }
  };
  walk(facilitySchema(), "");
  labels = found;
  return found;
}
function fieldLabel(pointer) {
  const path = pointerTokens(pointer).filter((token) => !/^[0-9]+$/.test(token)).join(".");
  return labelTables().fields[path];
}
function requireBilingual(text, path) {
  const label = bilingualText(text);
  if (!label) throw new Error(`schemas/facility.v2.schema.json: ${path} has no bilingual label`);
  return label;
}
function lowerFirst(label) {
  const lower = (text) => new RegExp("^\\p{Lu}\\p{Ll}", "u").test(text) && !text.startsWith("Cổng tiếp nhận dữ liệu") ? text[0].toLocaleLowerCase("vi") + text.slice(1) : text;
  return { vi: lower(label.vi), en: lower(label.en) };
}
function fieldPhraseVi(pointer) {
  const tokens = pointer.split("/").slice(1);
  if (tokens.length === 0 || pointer === "/") return "Tệp cấu hình";
  const isIndex = (token) => token !== void 0 && /^[0-9]+$/.test(token);
  let last = tokens.length - 1;
  while (last >= 0 && !isIndex(tokens[last])) last -= 1;
  const listLabel = last > 0 ? fieldLabel(`/${tokens.slice(0, last).join("/")}`) : void 0;
  const item = listLabel ? `mục ${Number(tokens[last]) + 1} của ${listLabel.vi}` : void 0;
  if (item && last === tokens.length - 1) return capitalize(item);
  const label = fieldLabel(pointer);
  if (!label) return pointer;
  return `${capitalize(label.vi)}${item ? ` (${item})` : ""}`;
}
function capitalize(text) {
  return `${text[0].toLocaleUpperCase("vi")}${text.slice(1)}`;
}

// src/load/upgrade.ts
var FORMAT_CHANGES = JSON.parse(readPackageText("schemas/facility.v1-to-v2.json"));
var API_VERSION_V1 = FORMAT_CHANGES.apiVersion.v1;
var API_VERSION_V2 = FORMAT_CHANGES.apiVersion.v2;
function isFormatV1(data) {
  return isObject(data) && data.apiVersion === API_VERSION_V1;
}
function upgradeConfig(config) {
  if (!isFormatV1(config.data)) return config;
  let data = { ...config.data, apiVersion: API_VERSION_V2 };
  for (const rename of FORMAT_CHANGES.renamedKeys) data = renamedAt(data, tokensOf(rename.v1), rename.v2);
  const source = config.positions;
  const positions = {
    get: (pointer) => source.get(v1Pointer(pointer)),
    set: (pointer, position) => source.set(v1Pointer(pointer), position)
  };
  return { ...config, data, positions, notices: [deprecationNotice(config)] };
}
function v2Pointer(pointer) {
  return renamedAlong(pointer, "v1", "v2");
}
function v1Pointer(pointer) {
  return renamedAlong(pointer, "v2", "v1");
}
var RENAME_PATTERNS = FORMAT_CHANGES.renamedKeys.map((rename) => {
  const v1 = rename.v1.split("/");
  return { v1, v2: [...v1.slice(0, -1), rename.v2] };
});
function renamedAlong(pointer, from, to) {
  const tokens = pointer.split("/");
  for (const pattern of RENAME_PATTERNS) {
    const path = pattern[from];
    if (tokens.length >= path.length && path.every((token, index) => matches(token, tokens[index]))) {
      tokens[path.length - 1] = pattern[to].at(-1);
    }
  }
  return tokens.join("/");
}
function renamedTo(pointer) {
  const renamed = v2Pointer(pointer);
  return renamed === pointer ? void 0 : renamed.slice(renamed.lastIndexOf("/") + 1);
}
function deprecationNotice(config) {
  const renamed = FORMAT_CHANGES.renamedKeys.map(({ v1, v2 }) => `${v1} → ${v2}`).join(", ");
  return {
    location: { file: config.file, ...config.positions.get("/apiVersion") ?? { line: 1, column: 1 } },
    message: {
      vi: `Định dạng ${API_VERSION_V1} đã lỗi thời nhưng vẫn được kiểm tra như ${API_VERSION_V2}. Chạy \`kcb migrate --write ${config.file}\` để chuyển tệp (giữ nguyên chú thích); các khoá đổi tên: ${renamed}.`,
      en: `Format ${API_VERSION_V1} is deprecated but still checked as ${API_VERSION_V2}. Run \`kcb migrate --write ${config.file}\` to convert the file (comments kept); renamed keys: ${renamed}.`
    }
  };
}
function tokensOf(pattern) {
  return pattern.split("/").slice(1);
}
function matches(patternToken, token) {
  return patternToken === "*" ? /^(0|[1-9][0-9]*)$/.test(token) : patternToken === token;
}
function renamedAt(node, tokens, name) {
  const [head, ...rest] = tokens;
  if (head === void 0) return node;
  if (head === "*") {
    if (!Array.isArray(node)) return node;
    const items = node;
    let copy;
    items.forEach((item, index) => {
      const renamed2 = renamedAt(item, rest, name);
      if (renamed2 !== item) (copy ??= [...items])[index] = renamed2;
    });
    return copy ?? node;
  }
  if (!isObject(node) || !Object.hasOwn(node, head)) return node;
  if (rest.length > 0) {
    const child = renamedAt(node[head], rest, name);
    return child === node[head] ? node : { ...node, [head]: child };
  }
  if (Object.hasOwn(node, name)) return node;
  const renamed = {};
  for (const [key, value] of Object.entries(node))
    Object.defineProperty(renamed, key === head ? name : key, { value, writable: true, enumerable: true, configurable: true });
  return renamed;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/load/columns.ts
var VIETNAMESE_HEADERS = {
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
  risk: ["Mức rủi ro"]
};
var V1_NAMES = Object.fromEntries(
  FORMAT_CHANGES.renamedKeys.map(({ v1, v2 }) => {
    const inItem = v1.slice(v1.lastIndexOf("/*/") + 3).split("/");
    return [[...inItem.slice(0, -1), v2].join("."), [inItem.join(".")]];
  })
);
var ACCESS_LOG_HEADERS = {
  timestamp: ["timestamp", "time", "Thời gian", "Thời điểm"],
  account: ["account", "username", "Tài khoản", "Tên đăng nhập"]
};
var IGNORED_HEADERS = ["stt", "tt", "no", "no.", "#"];
function schema() {
  return facilitySchema();
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
  const byName = fields.find(
    (field) => [field.path.join("."), ...V1_NAMES[field.path.join(".")] ?? []].some((name) => normalizeHeader(name) === wanted)
  );
  if (byName) return byName;
  const byLabel = fields.find(
    (field) => (VIETNAMESE_HEADERS[field.path.join(".")] ?? []).some((label) => normalizeHeader(label) === wanted)
  );
  if (byLabel) return byLabel;
  return IGNORED_HEADERS.includes(wanted) ? null : void 0;
}
function headersFor(field) {
  const name = field.path.join(".");
  return [name, ...VIETNAMESE_HEADERS[name] ?? []];
}

export {
  packagePath,
  readPackageFile,
  readPackageText,
  facilitySchema,
  bilingualText,
  labelTables,
  fieldLabel,
  fieldPhraseVi,
  API_VERSION_V1,
  API_VERSION_V2,
  isFormatV1,
  upgradeConfig,
  v2Pointer,
  renamedTo,
  ACCESS_LOG_HEADERS,
  importableFields,
  importableLists,
  normalizeHeader,
  matchHeader,
  headersFor
};
