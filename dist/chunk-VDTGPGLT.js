import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);

// src/format/locale.ts
var isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
function displayDate(iso, lang) {
  const match = isoDate.exec(iso);
  return lang === "vi" && match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
var LOCALE = { vi: "vi-VN", en: "en-US" };
var THOUSANDS = { vi: ".", en: "," };
var numberFormats = {};
function displayNumber(value, lang) {
  if (Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0))
    return String(value).replace(/\B(?=(\d{3})+$)/g, THOUSANDS[lang]);
  return (numberFormats[lang] ??= new Intl.NumberFormat(LOCALE[lang])).format(value);
}
function itemLabel(item, lang) {
  const paragraph = /^¶\s*(.+)$/.exec(item);
  if (paragraph) return lang === "vi" ? `đoạn ${paragraph[1]}` : `paragraph ${paragraph[1]}`;
  if (item === "waivers") return "";
  if (!/^\d/.test(item)) return item;
  return lang === "vi" ? `mục ${item}` : `item ${item}`;
}
function directiveNumber(number, lang) {
  const [vi, en, ...rest] = number.split(" / ");
  return vi && en && rest.length === 0 && !/\d/.test(number) ? lang === "vi" ? vi : en : number;
}
function directiveHeading(directive, lang) {
  const detail = [directive.issuer, displayDate(directive.date, lang)].filter((part) => part !== "").join(", ");
  const number = directiveNumber(directive.number, lang);
  return detail === "" ? number : `${number} (${detail})`;
}

// src/format/escape.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/gu;
var LINE_BREAK = /\r\n|\r|\n/gu;
function textLine(line) {
  const plain = line.replace(LINE_BREAK, " ").replace(/\t/gu, " ").replace(CONTROL, "�");
  return /^\s*::/u.test(plain) ? plain.replace("::", ":​:") : plain;
}
function textLines(lines) {
  return `${lines.map(textLine).join("\n")}
`;
}
function esc(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function markdownCell(text) {
  return text.replace(/[[\]!\\]/gu, (char) => `\\${char}`).replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/\|/gu, "\\|").replace(/`/gu, "'").replace(/@/gu, "@​").replace(/:\/\//gu, ":/​/").replace(/\s*(?:\r\n|\r|\n)\s*/gu, " ").replace(CONTROL, "�");
}
var MAX_MARKDOWN_BYTES = 1e3 * 1024;
function linesWithin(lines, maxBytes, note) {
  let bytes = 0;
  for (const [index, line] of lines.entries()) {
    bytes += Buffer.byteLength(line) + 1;
    if (bytes > maxBytes - 512) return `${[...lines.slice(0, index), "", note(lines.length - index)].join("\n")}
`;
  }
  return `${lines.join("\n")}
`;
}
var CSV_OPTIONS = { record_delimiter: "windows", escape_formulas: true, quoted_match: /[\r\n]/u };

// src/format/delegation-html.ts
var DELEGATION_WORDS = {
  vi: {
    title: "Ủy quyền, phân quyền: người giữ × tài khoản × quyền",
    holder: "Người giữ",
    holderName: "Họ và tên",
    roles: "Vai trò",
    account: "Tài khoản",
    system: "Hệ thống",
    permissions: "Quyền",
    permission: "Quyền",
    withinRoles: "Trong vai trò",
    yes: "có",
    no: "không",
    accounts: "tài khoản",
    beyond: "ngoài vai trò",
    none: "—",
    unassigned: "chưa giao",
    more: "tài khoản khác không hiển thị"
  },
  en: {
    title: "Delegation: holder × account × permission",
    holder: "Holder",
    holderName: "Name",
    roles: "Roles",
    account: "Account",
    system: "System",
    permissions: "Permissions",
    permission: "Permission",
    withinRoles: "Within the roles",
    yes: "yes",
    no: "no",
    accounts: "accounts",
    beyond: "beyond the roles",
    none: "—",
    unassigned: "unassigned",
    more: "more accounts not shown"
  }
};
function delegationTable(facility, lang, { caption = true } = {}) {
  if (!facility.delegation?.length) return "";
  const words = DELEGATION_WORDS[lang];
  const rows = facility.delegation.map((row) => {
    const holder = row.holder ? `${esc(row.holderName ?? row.holder)} <code>${esc(row.holder)}</code>` : `<i>${words.unassigned}</i>`;
    const roles = row.roles.length > 0 ? row.roles.map((role) => `<code>${esc(role)}</code>`).join(" ") : words.none;
    const permissions = row.permissions.length > 0 ? row.permissions.map(
      (permission) => permission.withinRoles ? `<code>${esc(permission.name)}</code>` : `<code>${esc(permission.name)}</code> <span class="badge s-fail">${words.beyond}</span>`
    ).join(" ") : words.none;
    return `<tr><td data-label="${words.holder}">${holder}</td><td data-label="${words.roles}">${roles}</td><td data-label="${words.account}"><code>${esc(row.account)}</code> (${esc(row.system)})</td><td data-label="${words.permissions}">${permissions}</td></tr>`;
  });
  return `<div class="delegation-scroll" style="overflow-x:auto;max-width:100%"><table class="delegation">${caption ? `<caption>${words.title}</caption>` : ""}<thead><tr><th>${words.holder}</th><th>${words.roles}</th><th>${words.account}</th><th>${words.permissions}</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}
function delegationDetails(facility, lang) {
  if (!facility.delegation?.length) return "";
  const words = DELEGATION_WORDS[lang];
  const beyond = facility.delegation.flatMap((row) => row.permissions).filter((permission) => !permission.withinRoles).length;
  const omitted = facility.delegationOmitted ?? 0;
  const accounts = facility.delegation.length + omitted;
  const counts = `${displayNumber(accounts, lang)} ${words.accounts}${beyond > 0 ? ` · <span class="badge s-fail">${displayNumber(beyond, lang)} ${words.beyond}</span>` : ""}`;
  const more = omitted > 0 ? `<p>… ${displayNumber(omitted, lang)} ${words.more}</p>` : "";
  return `<details class="delegation"><summary>${words.title} · ${counts}</summary>${delegationTable(facility, lang, { caption: false })}${more}</details>`;
}

// src/format/words.ts
var STATUS_LABELS = {
  fail: { mark: "✗", vi: "Không đạt", en: "Fail" },
  waived: { mark: "~", vi: "Miễn trừ", en: "Waived" },
  pass: { mark: "✓", vi: "Đạt", en: "Pass" },
  not_applicable: { mark: "–", vi: "Không áp dụng", en: "N/A" }
};
var SEVERITY_LABELS = {
  critical: { vi: "nghiêm trọng", en: "critical" },
  high: { vi: "cao", en: "high" },
  medium: { vi: "trung bình", en: "medium" },
  low: { vi: "thấp", en: "low" }
};
function directiveRows(report) {
  const directives = /* @__PURE__ */ new Map();
  for (const facility of report.facilities) {
    for (const rule of facility.rules) {
      let directive = directives.get(rule.directive.id);
      if (!directive) {
        directive = { ...rule.directive, rules: [], counts: zeroCounts() };
        directives.set(rule.directive.id, directive);
      }
      let row = directive.rules.find((entry) => entry.rule.id === rule.id);
      if (!row) {
        row = { rule, counts: zeroCounts() };
        directive.rules.push(row);
      }
      row.counts[rule.status] += 1;
      directive.counts[rule.status] += 1;
    }
  }
  return [...directives.values()];
}
function zeroCounts() {
  return { fail: 0, waived: 0, pass: 0, not_applicable: 0 };
}
function facilityName(facility) {
  return facility.facility ? `${facility.facility.code} ${facility.facility.name}` : facility.file;
}

export {
  displayDate,
  displayNumber,
  itemLabel,
  directiveNumber,
  directiveHeading,
  textLine,
  textLines,
  esc,
  markdownCell,
  MAX_MARKDOWN_BYTES,
  linesWithin,
  CSV_OPTIONS,
  DELEGATION_WORDS,
  delegationTable,
  delegationDetails,
  STATUS_LABELS,
  SEVERITY_LABELS,
  directiveRows,
  facilityName
};
