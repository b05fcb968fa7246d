#!/usr/bin/env node
// Writes a reproducible synthetic corpus of facility configs, shaped like what a provincial health department
// receives: many small commune stations, some clinics and health centres, district hospitals with hundreds of
// staff and provincial hospitals with thousands of staff, training records and a year of daily portal statistics.
// Usage: node bench/generate.mjs --count 13000 --out /tmp/kcb-corpus [--seed 1] [--as-of 2026-11-20]
// bench/scale.mjs imports it for one facility of chosen size: reseed(), then facility() with a kind of its own.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? "").href;
const { values } = parseArgs({
  args: isMain ? process.argv.slice(2) : [],
  options: {
    count: { type: "string", default: "1000" },
    out: { type: "string", default: "bench/corpus" },
    seed: { type: "string", default: "1" },
    "as-of": { type: "string", default: "2026-11-20" },
  },
});
const count = Number(values.count);
const asOfDay = dayNumber(values["as-of"]);

// mulberry32: small, seeded, and the same sequence on every machine.
let state = Number(values.seed) >>> 0;
export function reseed(seed) {
  state = seed >>> 0;
}
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (low, high) => low + Math.floor(random() * (high - low + 1));
const pick = (items) => items[Math.floor(random() * items.length)];
const chance = (p) => random() < p;

function dayNumber(iso) {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86400000);
}
function isoDay(day) {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

const PROVINCES = [
  "01",
  "02",
  "04",
  "06",
  "08",
  "10",
  "11",
  "12",
  "14",
  "15",
  "17",
  "19",
  "20",
  "22",
  "24",
  "25",
  "26",
  "27",
  "30",
  "31",
  "33",
  "34",
  "35",
  "36",
  "37",
  "38",
  "40",
  "42",
  "44",
  "45",
  "46",
  "48",
  "49",
  "51",
  "52",
  "54",
  "56",
  "58",
  "60",
  "62",
  "64",
  "66",
  "67",
  "68",
  "70",
  "72",
  "74",
  "75",
  "77",
  "79",
  "80",
  "82",
  "83",
  "84",
  "86",
  "87",
  "89",
  "91",
  "92",
  "93",
  "94",
  "95",
  "96",
];
const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Thu", "Minh", "Ngọc", "Quang", "Thanh", "Xuân"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Giang",
  "Hà",
  "Hạnh",
  "Hùng",
  "Lan",
  "Linh",
  "Mai",
  "Nam",
  "Phúc",
  "Quân",
  "Sơn",
  "Thảo",
  "Trang",
  "Tuấn",
  "Yến",
  "Hằng",
];
const DEPARTMENTS = [
  "Khoa Nội",
  "Khoa Ngoại",
  "Khoa Sản",
  "Khoa Nhi",
  "Khoa Cấp cứu",
  "Khoa Dược",
  "Khoa Xét nghiệm",
  "Khoa Chẩn đoán hình ảnh",
  "Phòng Kế hoạch tổng hợp",
  "Phòng Công nghệ thông tin",
  "Phòng Tài chính kế toán",
  "Phòng Tổ chức cán bộ",
];
const ROLES = ["Bác sĩ", "Điều dưỡng", "Kỹ thuật viên", "Dược sĩ", "Hộ sinh", "Chuyên viên", "Kế toán", "Kỹ sư CNTT"];
const PLACES = [
  "Sông Mây",
  "An Bình",
  "Đồi Thông",
  "Hòa Lạc",
  "Tân Phú",
  "Yên Định",
  "Quảng Xương",
  "Hậu Lộc",
  "Nga Sơn",
  "Thọ Xuân",
];
const personName = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;

// Shares of a provincial corpus: 2 % provincial hospitals, 6 % district hospitals, 10 % health centres and clinics.
export const KINDS = [
  { share: 0.02, type: "hospital", label: "Bệnh viện Đa khoa tỉnh", staff: [1000, 3500], portalAccounts: [6, 12] },
  { share: 0.06, type: "hospital", label: "Bệnh viện Đa khoa huyện", staff: [150, 600], portalAccounts: [3, 6] },
  { share: 0.1, type: "health_center", label: "Trung tâm Y tế", staff: [30, 120], portalAccounts: [2, 3] },
  { share: 0.82, type: "commune_station", label: "Trạm Y tế xã", staff: [4, 12], portalAccounts: [1, 1] },
];
function kindAt(u) {
  let total = 0;
  for (const kind of KINDS) if (u < (total += kind.share)) return kind;
  return KINDS.at(-1);
}

/** One facility of `kind` (its staff and portalAccounts ranges), with `days` of daily portal statistics. */
export function facility(code, kind, days = 365) {
  const short = kind.type === "commune_station" ? "tyt" : kind.type === "hospital" ? "bv" : "ttyt";
  const staffCount = between(...kind.staff);
  const staff = Array.from({ length: staffCount }, (_, n) => staffMember(`${short}-${String(n + 1).padStart(4, "0")}`));
  const head = staff[0];
  head.status = "active";
  const rotation = chance(0.9) ? 90 : 180;
  const accounts = Array.from({ length: between(...kind.portalAccounts) }, (_, n) =>
    portalAccount(code, short, n, staff, head.name),
  );
  const config = {
    apiVersion: "kcb-compliance/v1",
    kind: "Facility",
    facility: {
      code,
      name: `${kind.label} ${pick(PLACES)} ${code}`,
      province: code.slice(0, 2),
      type: kind.type,
      bhytContract: true,
      head: { name: head.name, title: kind.type === "commune_station" ? "Trạm trưởng" : "Giám đốc" },
    },
    governance: {
      regulations: [
        {
          id: "qc-cntt",
          number: `${between(1, 300)}/QĐ-${short.toUpperCase()}`,
          issuedOn: isoDay(asOfDay - between(100, 2000)),
          covers: ["account_responsibility", "password_rotation", "access_review", "patient_confidentiality"],
          passwordRotationDays: rotation,
        },
      ],
    },
    staff,
    trainings: trainings(staff),
    systems: [{ id: "portal", kind: "bhxh_portal", name: "Cổng tiếp nhận dữ liệu Hệ thống thông tin giám định BHYT" }],
    accounts,
    accessStats: kind.type === "commune_station" ? [] : accessStats(accounts, days),
  };
  if (kind.type !== "commune_station") {
    config.systems.push({
      id: "his",
      kind: "his",
      name: "HIS",
      controls: { rbac: true, auditLog: chance(0.8), encryptionAtRest: chance(0.6), mfa: chance(0.3) },
    });
  }
  if (chance(0.03)) {
    config.waivers = [
      {
        rule: "syt_2748_2019.password_rotated_on_time",
        target: accounts[0].id,
        reason: "Đang chuyển đổi hệ thống",
        approvedBy: head.name,
        expiresOn: isoDay(asOfDay + 60),
      },
    ];
  }
  return config;
}

function staffMember(id) {
  const status = chance(0.9) ? "active" : chance(0.6) ? "left" : "transferred";
  const joined = asOfDay - between(200, 9000);
  const member = { id, name: personName(), department: pick(DEPARTMENTS), role: pick(ROLES), status, joinedOn: isoDay(joined) };
  if (status !== "active") member.leftOn = isoDay(asOfDay - between(1, 190));
  if (chance(0.85)) member.confidentialityCommitment = { signedOn: isoDay(asOfDay - between(10, 700)) };
  return member;
}

function trainings(staff) {
  const records = [];
  for (const member of staff) {
    if (chance(0.2)) continue;
    records.push({
      staffId: member.id,
      course: "Bảo mật thông tin người bệnh",
      completedOn: isoDay(asOfDay - between(5, 700)),
      topics: ["patient_confidentiality"],
    });
    if (chance(0.4))
      records.push({
        staffId: member.id,
        course: "An toàn thông tin",
        completedOn: isoDay(asOfDay - between(5, 700)),
        topics: ["it_operations"],
      });
  }
  return records;
}

function portalAccount(code, short, n, staff, signer) {
  const active = staff.filter((member) => member.status === "active");
  const gone = staff.filter((member) => member.status !== "active");
  const holder = chance(0.06) && gone.length > 0 ? pick(gone) : pick(active);
  const assignedOn = asOfDay - between(30, 1500);
  const account = {
    id: `bhxh-${String(n + 1).padStart(2, "0")}`,
    system: "portal",
    username: `${code}_${short}${n + 1}`,
    holder: holder.id,
  };
  if (!chance(0.05))
    account.assignment = { decision: `${between(1, 400)}/QĐ-${short.toUpperCase()}`, on: isoDay(assignedOn), by: signer };
  account.permissions = ["submit_claims", "view_feedback"];
  account.status = "active";
  const lastChange = chance(0.85) ? asOfDay - between(1, 85) : asOfDay - between(95, 700);
  account.passwordChangedOn = isoDay(Math.max(lastChange, assignedOn - (chance(0.05) ? 20 : 0)));
  if (chance(0.4) && gone.length > 0) {
    const previous = pick(gone);
    account.holderHistory = [
      { holder: previous.id, from: isoDay(assignedOn - between(300, 2000)), to: isoDay(assignedOn - 1) },
      { holder: holder.id, from: isoDay(assignedOn) },
    ];
  }
  return account;
}

function accessStats(accounts, days) {
  const stats = [];
  for (let day = asOfDay - days; day < asOfDay; day += 1) {
    for (const account of accounts) stats.push({ date: isoDay(day), account: account.id, requests: between(0, 400) });
  }
  return stats;
}

// YAML as facilities write it: block style, flow style for the long tables of small records.
const FLOW = new Set([
  "trainings",
  "accessStats",
  "holderHistory",
  "topics",
  "covers",
  "permissions",
  "confidentialityCommitment",
  "assignment",
  "controls",
]);
const PLAIN = /^[\p{L}][\p{L}\p{N} ./()_-]*$/u;
function scalar(value) {
  if (typeof value !== "string") return String(value);
  return PLAIN.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value) ? value : JSON.stringify(value);
}
function flow(value) {
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  if (value && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${flow(v)}`)
      .join(", ")} }`;
  return scalar(value);
}
function block(value, indent, key) {
  const pad = " ".repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return " []";
    if (FLOW.has(key) && value.every((item) => typeof item !== "object")) return ` ${flow(value)}`;
    return (
      "\n" +
      value
        .map((item) => {
          if (item === null || typeof item !== "object" || FLOW.has(key)) return `${pad}- ${flow(item)}`;
          return `${pad}- ${block(item, indent + 2).trimStart()}`;
        })
        .join("\n")
    );
  }
  if (value && typeof value === "object") {
    const lines = Object.entries(value).map(([k, v]) => {
      if (v && typeof v === "object")
        return FLOW.has(k) && !Array.isArray(v)
          ? `${pad}${k}: ${flow(v)}`
          : `${pad}${k}:${block(v, indent + (Array.isArray(v) ? 2 : 2), k)}`;
      return `${pad}${k}: ${scalar(v)}`;
    });
    return (indent === 0 ? "" : "\n") + lines.join("\n");
  }
  return ` ${scalar(value)}`;
}
export const toYaml = (config) => `# Synthetic facility (bench/generate.mjs)\n${block(config, 0)}\n`;

if (isMain) writeCorpus();

function writeCorpus() {
  rmSync(values.out, { recursive: true, force: true });
  let bytes = 0;
  const perProvince = new Map();
  for (let n = 0; n < count; n += 1) {
    const province = PROVINCES[n % PROVINCES.length];
    const serial = (perProvince.get(province) ?? 0) + 1;
    perProvince.set(province, serial);
    const code = `${province}${String(serial).padStart(3, "0")}`;
    const config = facility(code, kindAt(random()));
    const folder = join(values.out, province);
    if (serial === 1) mkdirSync(folder, { recursive: true });
    // One in ten facilities exports JSON from its management software instead of writing YAML.
    const json = chance(0.1);
    const text = json ? `${JSON.stringify(config, null, 2)}\n` : toYaml(config);
    writeFileSync(join(folder, `${code}.${json ? "json" : "yaml"}`), text);
    bytes += Buffer.byteLength(text);
  }
  process.stderr.write(`generate: ${count} facilities, ${(bytes / 1048576).toFixed(1)} MiB in ${values.out}\n`);
}
