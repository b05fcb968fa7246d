import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  RULE_STATUSES,
  SEVERITIES,
  reaches
} from "./chunk-OJYSJZFW.js";
import {
  deflateSync,
  inflateSync,
  strFromU8,
  strToU8
} from "./chunk-PLPBC5BI.js";

// src/batch/summary.ts
var MAX_FAILURES_KEPT = 100;
var MAX_DELEGATION_ROWS = 100;
var SEVERITY_RANK = Object.fromEntries(SEVERITIES.map((severity, index) => [severity, SEVERITIES.length - index]));
var OUTCOME_ORDER = { not_assessed: 0, fail: 1, pass: 2 };
var noCounts = () => ({ fail: 0, waived: 0, pass: 0, not_applicable: 0 });
var PACK_LEVEL = 1;
var IN_MEMORY = {
  // Raw DEFLATE of the UTF-8 text; fflate returns a buffer of its own, exactly the packed size.
  put: (text) => deflateSync(strToU8(text), { level: PACK_LEVEL }),
  get: (ref) => strFromU8(inflateSync(ref))
};
var SummaryBuilder = class {
  constructor(header, catalog, store = IN_MEMORY) {
    this.header = header;
    this.store = store;
    this.#rules = catalog.rules.map((rule) => {
      const document = catalog.documents[rule.document];
      const directive = {
        id: rule.document,
        number: document?.number ?? rule.document,
        issuer: document?.issuer ?? "",
        date: document?.date ?? ""
      };
      const key = `${rule.document}\0${rule.item}`;
      this.#itemOf.set(rule.id, key);
      const item = this.#items.get(key) ?? { directive, item: rule.item, rules: [], failingFacilities: 0 };
      item.rules.push(rule.id);
      this.#items.set(key, item);
      return {
        id: rule.id,
        title: rule.title,
        severity: rule.severity,
        directive: { ...directive, item: rule.item },
        facilities: noCounts()
      };
    });
    this.#ruleById = new Map(this.#rules.map((rule) => [rule.id, rule]));
    this.#rules.forEach((rule, index) => this.#ruleIndex.set(rule.id, index));
  }
  header;
  store;
  #facilities = [];
  #rules;
  /** Each catalogue rule's place in a row's statuses. */
  #ruleIndex = /* @__PURE__ */ new Map();
  #ruleById;
  #itemOf = /* @__PURE__ */ new Map();
  #items = /* @__PURE__ */ new Map();
  add(report) {
    const counts = noCounts();
    const rules = {};
    const failingItems = /* @__PURE__ */ new Set();
    let worstSeverity;
    const failures = [];
    let failuresOmitted = 0;
    for (const rule of report.rules) {
      counts[rule.status] += 1;
      rules[rule.id] = rule.status;
      const summary = this.#ruleById.get(rule.id);
      if (summary) summary.facilities[rule.status] += 1;
      if (rule.status !== "fail") continue;
      for (const finding of rule.findings) {
        if (finding.status !== "fail") continue;
        if (failures.length < MAX_FAILURES_KEPT)
          failures.push({ rule: rule.id, location: finding.location, message: finding.message });
        else failuresOmitted += 1;
      }
      const item = this.#itemOf.get(rule.id);
      if (item) failingItems.add(item);
      if (!worstSeverity || SEVERITY_RANK[rule.severity] > SEVERITY_RANK[worstSeverity]) worstSeverity = rule.severity;
    }
    for (const item of failingItems) this.#items.get(item).failingFacilities += 1;
    const outcome = report.errors.length > 0 ? "not_assessed" : counts.fail > 0 ? "fail" : "pass";
    const delegation = delegationOf(report);
    this.#facilities.push({
      file: report.file,
      ...report.facility ? { code: report.facility.code, name: report.facility.name } : {},
      outcome,
      counts,
      ...worstSeverity ? { worstSeverity } : {},
      rules: null,
      errorCount: report.errors.length,
      ...report.errors[0] ? { firstError: report.errors[0] } : {},
      failures: this.store.put(
        JSON.stringify({
          failures,
          ...delegation.delegation?.length ? { delegation: delegation.delegation } : {}
        })
      ),
      failuresOmitted,
      ...delegation.delegation ? { delegation: null } : {},
      ...delegation.delegationOmitted ? { delegationOmitted: delegation.delegationOmitted } : {},
      full: unpack,
      status: statusOf,
      statuses: this.#statuses(rules),
      ruleIndex: this.#ruleIndex,
      store: this.store
    });
  }
  /** One letter per catalogue rule (STATUS_LETTER): a row's statuses in a short string, not an object of ~50 keys. */
  #statuses(rules) {
    const letters = Array(this.#rules.length).fill(" ");
    for (const [id, status] of Object.entries(rules)) {
      const index = this.#ruleIndex.get(id);
      if (index !== void 0) letters[index] = STATUS_LETTER[status];
    }
    return letters.join("");
  }
  /** The summary with every facility in full: the library's value, for batches small enough to hold. */
  build(registry) {
    const { facilities, ...rest } = this.rows(registry);
    const { header, totals, after } = splitAtFacilities(rest);
    return { ...header, totals, facilities: facilities.map((facility) => facility.full()), ...after };
  }
  /** The summary with compact facility rows, each unpacked when a format reaches it: what a batch is written from. */
  rows(registry) {
    const facilities = [...this.#facilities].sort(byOutcomeThenCode);
    const expected = registry ? compareWithRegistry(facilities, registry) : void 0;
    const rules = noCounts();
    for (const facility of facilities)
      for (const status of Object.keys(rules)) rules[status] += facility.counts[status];
    const notAssessed = facilities.filter((facility) => facility.outcome === "not_assessed").length;
    return {
      ...this.header,
      totals: {
        facilities: facilities.length,
        assessed: facilities.length - notAssessed,
        notAssessed,
        failing: facilities.filter((facility) => facility.outcome === "fail").length,
        rules
      },
      facilities,
      rules: this.#rules,
      items: [...this.#items.values()],
      ...expected ? { expected } : {}
    };
  }
};
function splitAtFacilities(summary) {
  const { totals, rules, items, expected, ...header } = summary;
  return { header, totals, after: { rules, items, ...expected ? { expected } : {} } };
}
function summaryRows(summary) {
  return {
    ...summary,
    facilities: summary.facilities.map((facility) => ({
      ...facility,
      full: () => facility,
      status: (rule) => facility.rules[rule]
    }))
  };
}
var STATUS_LETTER = { fail: "f", waived: "w", pass: "p", not_applicable: "n" };
var LETTER_STATUS = Object.fromEntries(RULE_STATUSES.map((status) => [STATUS_LETTER[status], status]));
function statusOf(rule) {
  const index = this.ruleIndex.get(rule);
  return index === void 0 ? void 0 : LETTER_STATUS[this.statuses[index]];
}
function unpack() {
  const { full: _full, status: _status, statuses, ruleIndex, store, ...row } = this;
  const packed = JSON.parse(store.get(row.failures));
  const rules = {};
  for (const [id, index] of ruleIndex) {
    const status = LETTER_STATUS[statuses[index]];
    if (status) rules[id] = status;
  }
  return {
    ...row,
    rules,
    failures: packed.failures,
    ...row.delegation === null ? { delegation: packed.delegation ?? [] } : {}
  };
}
function delegationOf(report) {
  if (!report.delegation) return {};
  const omitted = report.delegation.length - MAX_DELEGATION_ROWS;
  return {
    delegation: report.delegation.slice(0, MAX_DELEGATION_ROWS),
    ...omitted > 0 ? { delegationOmitted: omitted } : {}
  };
}
function compareWithRegistry(facilities, registry) {
  const byCode = new Map(registry.entries.map((entry) => [entry.code, entry]));
  const submitted = /* @__PURE__ */ new Set();
  const unknown = [];
  for (const facility of facilities) {
    const entry = facility.code === void 0 ? void 0 : byCode.get(facility.code);
    if (!entry) {
      unknown.push({
        file: facility.file,
        ...facility.code ? { code: facility.code } : {},
        ...facility.name ? { name: facility.name } : {}
      });
      continue;
    }
    submitted.add(entry.code);
    if (entry.district) facility.district = entry.district;
  }
  const missing = registry.entries.filter((entry) => !submitted.has(entry.code));
  return { file: registry.file, listed: registry.entries.length, missing, unknown };
}
function byOutcomeThenCode(a, b) {
  return OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] || (b.worstSeverity ? SEVERITY_RANK[b.worstSeverity] : 0) - (a.worstSeverity ? SEVERITY_RANK[a.worstSeverity] : 0) || compare(a.code ?? "￿", b.code ?? "￿") || compare(a.file, b.file);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function summaryExitCode(summary, failOn = "low") {
  if (summary.totals.notAssessed > 0) return 2;
  return summary.facilities.some((facility) => facility.worstSeverity !== void 0 && reaches(facility.worstSeverity, failOn)) ? 1 : 0;
}

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
  PACK_LEVEL,
  SummaryBuilder,
  summaryRows,
  summaryExitCode,
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
