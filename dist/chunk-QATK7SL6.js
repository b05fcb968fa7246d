import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  SEVERITY_LABELS,
  STATUS_LABELS,
  directiveHeading,
  directiveNumber,
  directiveRows,
  displayDate,
  facilityName,
  itemLabel
} from "./chunk-MVV7WIMH.js";
import {
  RULE_STATUSES,
  SEVERITIES
} from "./chunk-22H6PG4T.js";

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

// src/format/summary/names.ts
var SUMMARY_FORMAT_NAMES = ["text", "json", "csv", "csv-rules", "html", "xlsx"];

// src/profile/basis.ts
var WORDS = {
  en: {
    default: "tool default",
    law: "law",
    confidence: "confidence",
    decision: "decision",
    unstated: "set by profile",
    noBasis: "without a stated basis",
    letter: "letter"
  },
  vi: {
    default: "mặc định của công cụ",
    law: "văn bản pháp luật",
    confidence: "độ tin cậy",
    decision: "quyết định",
    unstated: "do bộ tham số",
    noBasis: "đặt, không nêu căn cứ",
    letter: "công văn"
  }
};
var CONFIDENCE = {
  high: { en: "high", vi: "cao" },
  medium: { en: "medium", vi: "trung bình" },
  low: { en: "low", vi: "thấp" }
};
function describeBasis(basis, lang) {
  const words = WORDS[lang];
  switch (basis.kind) {
    case "letter":
      return `${words.letter} ${basis.letter}${basis.item ? ` ${basis.item}` : ""}: «${basis.quote}»`;
    case "law":
      return `${words.law}: ${basis.instrument}, ${basis.article} (${words.confidence} ${CONFIDENCE[basis.confidence][lang]})${basis.note ? ` — ${basis.note[lang]}` : ""}`;
    case "decision":
      return `${words.decision} ${basis.number}${basis.issuer ? `, ${basis.issuer}` : ""}${basis.date ? `, ${displayDate(basis.date, lang)}` : ""}${basis.note ? ` — ${basis.note[lang]}` : ""}`;
    case "default":
      return `${words.default}: ${basis.reason[lang]}`;
    case "unstated":
      return `${words.unstated} ${basis.profile} ${words.noBasis}`;
  }
}
function parameterRows(profile, lang) {
  return Object.entries(profile.params).map(([name, value]) => {
    const basis = profile.bases?.[name];
    return { name, value: String(value), basis: basis ? describeBasis(basis, lang) : "" };
  });
}

// src/format/delegation-html.ts
var WORDS2 = {
  vi: {
    title: "Ủy quyền, phân quyền: người giữ × tài khoản × quyền",
    holder: "Người giữ",
    roles: "Vai trò",
    account: "Tài khoản",
    permissions: "Quyền",
    beyond: "ngoài vai trò",
    none: "—",
    unassigned: "chưa giao"
  },
  en: {
    title: "Delegation: holder × account × permission",
    holder: "Holder",
    roles: "Roles",
    account: "Account",
    permissions: "Permissions",
    beyond: "beyond the roles",
    none: "—",
    unassigned: "unassigned"
  }
};
function delegationTable(facility, lang) {
  if (!facility.delegation?.length) return "";
  const words = WORDS2[lang];
  const rows = facility.delegation.map((row) => {
    const holder = row.holder ? `${esc(row.holderName ?? row.holder)} <code>${esc(row.holder)}</code>` : `<i>${words.unassigned}</i>`;
    const roles = row.roles.length > 0 ? row.roles.map((role) => `<code>${esc(role)}</code>`).join(" ") : words.none;
    const permissions = row.permissions.length > 0 ? row.permissions.map(
      (permission) => permission.withinRoles ? `<code>${esc(permission.name)}</code>` : `<code>${esc(permission.name)}</code> <span class="badge s-fail">${words.beyond}</span>`
    ).join(" ") : words.none;
    return `<tr><td>${holder}</td><td>${roles}</td><td><code>${esc(row.account)}</code> (${esc(row.system)})</td><td>${permissions}</td></tr>`;
  });
  return `<div class="delegation-scroll" style="overflow-x:auto;max-width:100%"><table class="delegation"><caption>${words.title}</caption><thead><tr><th>${words.holder}</th><th>${words.roles}</th><th>${words.account}</th><th>${words.permissions}</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

// src/format/html.ts
var WORDS3 = {
  vi: {
    title: "Báo cáo tuân thủ",
    asOf: "Ngày đánh giá",
    profile: "Bộ tham số",
    policy: "Chính sách",
    facilities: "Cơ sở",
    notAssessed: "Không đánh giá được",
    matrix: "Ma trận điều khoản",
    item: "Mục",
    rule: "Quy tắc",
    severity: "Mức độ",
    clause: "Điều khoản",
    results: "Kết quả theo cơ sở",
    filters: "Lọc",
    status: "Kết quả",
    remediation: "Khắc phục",
    waivedBy: "Miễn trừ bởi",
    until: "đến",
    shown: "quy tắc đang hiển thị",
    error: "Lỗi",
    packs: "Gói tuỳ chọn",
    params: "Tham số và căn cứ",
    param: "Tham số",
    value: "Giá trị",
    basis: "Căn cứ"
  },
  en: {
    title: "Compliance report",
    asOf: "As of",
    profile: "Profile",
    policy: "Policy",
    facilities: "Facilities",
    notAssessed: "Not assessed",
    matrix: "Clause matrix",
    item: "Item",
    rule: "Rule",
    severity: "Severity",
    clause: "Clause (Vietnamese)",
    results: "Results by facility",
    filters: "Filter",
    status: "Status",
    remediation: "Remediation",
    waivedBy: "Waived by",
    until: "until",
    shown: "rules shown",
    error: "Error",
    packs: "Opt-in packs",
    params: "Parameters and where they come from",
    param: "Parameter",
    value: "Value",
    basis: "Basis"
  }
};
var CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
var STYLE = `
:root{--fail:#b42318;--waived:#b54708;--pass:#067647;--na:#475467;--line:#d0d5dd;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#101828}
body{margin:0 auto;max-width:72rem;padding:1.5rem;line-height:1.45}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}h3{font-size:1rem;margin:1.25rem 0 .5rem}
.meta{color:#475467;margin:0}.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.card{border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem;min-width:7rem}.card b{display:block;font-size:1.6rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f4f7}td.n{text-align:right;font-variant-numeric:tabular-nums}td.zero{color:#98a2b3}
.badge{display:inline-block;border-radius:.25rem;padding:0 .4rem;color:#fff;font-size:.8rem;font-weight:600;white-space:nowrap}
.s-fail{background:var(--fail)}.s-waived{background:var(--waived)}.s-pass{background:var(--pass)}.s-not_applicable{background:var(--na)}
.sev{font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:#344054}
fieldset{border:1px solid var(--line);border-radius:.5rem;display:inline-block;margin:0 .75rem .75rem 0}label{margin-right:.75rem;white-space:nowrap}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;z-index:1}
article{border:1px solid var(--line);border-left-width:4px;border-radius:.25rem;margin:.5rem 0;padding:.5rem .75rem}
article.r-fail{border-left-color:var(--fail)}article.r-waived{border-left-color:var(--waived)}article.r-pass{border-left-color:var(--pass)}article.r-not_applicable{border-left-color:var(--na)}
article header{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline}code{font-size:.85em;background:#f2f4f7;padding:0 .2rem;border-radius:.2rem}
blockquote{margin:.4rem 0;padding:.2rem .75rem;border-left:3px solid var(--line);color:#344054;font-style:italic}
ul.findings{margin:.25rem 0;padding-left:1.25rem}article,h3{overflow-wrap:anywhere}.fix{margin:.25rem 0}.error{color:var(--fail)}.notice{border-left:3px solid currentColor;padding-left:.5rem}
[hidden]{display:none!important}
@media (max-width:600px){body{padding:.75rem}
table.matrix,table.matrix tbody,table.matrix tr,table.matrix td{display:block;width:auto}table.matrix thead{display:none}
table.matrix tr{border:1px solid var(--line);border-radius:.5rem;margin:.5rem 0;padding:.25rem .5rem}
table.matrix td{border:0;padding:.15rem 0}table.matrix td.n{display:inline-block;margin-right:.75rem;text-align:left}
table.matrix td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
fieldset{display:block;margin-right:0}.filters{position:static}}
`;
var SCRIPT = `
(function(){
  var boxes=document.querySelectorAll('input[data-filter]');
  function apply(){
    var on={status:{},severity:{}};
    boxes.forEach(function(b){on[b.dataset.filter][b.value]=b.checked;});
    var shown=0;
    document.querySelectorAll('article[data-status]').forEach(function(a){
      var visible=on.status[a.dataset.status]&&on.severity[a.dataset.severity];
      a.hidden=!visible;if(visible)shown++;
    });
    document.querySelectorAll('tr[data-severity]').forEach(function(r){r.hidden=!on.severity[r.dataset.severity];});
    // A directive or facility with nothing left to show is hidden whole, so a filtered page lists only what matters.
    document.querySelectorAll('section.directive').forEach(function(d){d.hidden=!d.querySelector('tr[data-severity]:not([hidden])');});
    document.querySelectorAll('section.facility.assessed').forEach(function(f){f.hidden=!f.querySelector('article:not([hidden])');});
    document.getElementById('shown').textContent=String(shown);
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  apply();
})();
`;
function formatHtml(report, { lang }) {
  const words = WORDS3[lang];
  const counts = report.summary.rules;
  const cards = [
    card(words.facilities, report.summary.facilities, ""),
    ...report.summary.facilitiesWithErrors ? [card(words.notAssessed, report.summary.facilitiesWithErrors, "not-assessed")] : [],
    ...RULE_STATUSES.map((status) => card(`${STATUS_LABELS[status].mark} ${STATUS_LABELS[status][lang]}`, counts[status], status))
  ];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${report.tool.name} — ${words.title} — ${displayDate(report.asOf, lang)}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(report.tool.name)} — ${words.title}</h1>
<p class="meta">${words.asOf} <b>${esc(displayDate(report.asOf, lang))}</b> (${esc(report.timeZone)}) · ${words.profile} <code>${esc(report.profile.name)}</code> · ${esc(report.tool.name)} ${esc(report.tool.version)} · OPA ${esc(report.tool.opa)} · ${words.policy} <code title="${esc(report.tool.policySha256)}">${esc(report.tool.policySha256.slice(0, 12))}</code>${report.packs?.length ? ` · ${words.packs} ${report.packs.map((pack) => `<code>${esc(pack)}</code>`).join(", ")}` : ""}</p>
${parameters(report, lang)}
<section class="cards" id="summary">${cards.join("")}</section>
${filters(lang)}
<h2>${words.matrix}</h2>
${matrix(report, lang)}
<h2>${words.results}</h2>
${report.facilities.map((facility) => facilitySection(facility, lang)).join("\n")}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
function parameters(report, lang) {
  const words = WORDS3[lang];
  const rows = parameterRows(report.profile, lang).map(
    (row) => `<tr><td><code>${esc(row.name)}</code></td><td class="num">${esc(row.value)}</td><td>${esc(row.basis)}</td></tr>`
  );
  return `<details id="parameters"><summary>${words.params}</summary><table><thead><tr><th>${words.param}</th><th>${words.value}</th><th>${words.basis}</th></tr></thead><tbody>${rows.join("")}</tbody></table></details>`;
}
function card(label, value, status) {
  return `<div class="card" data-card="${esc(status)}"><b>${value}</b>${esc(label)}</div>`;
}
function filters(lang) {
  const words = WORDS3[lang];
  const box = (filter, value, label) => `<label><input type="checkbox" data-filter="${filter}" value="${value}" checked> ${esc(label)}</label>`;
  return `<div class="filters" id="filters">
<fieldset><legend>${words.filters}: ${words.status}</legend>${RULE_STATUSES.map((status) => box("status", status, STATUS_LABELS[status][lang])).join("")}</fieldset>
<fieldset><legend>${words.filters}: ${words.severity}</legend>${SEVERITIES.map((severity) => box("severity", severity, SEVERITY_LABELS[severity][lang])).join("")}</fieldset>
<span><b id="shown">0</b> ${words.shown}</span>
</div>`;
}
function matrix(report, lang) {
  const words = WORDS3[lang];
  return directiveRows(report).map((directive) => {
    const rows = directive.rules.map(({ rule, counts }) => {
      const numbers = RULE_STATUSES.map(
        (status) => `<td class="n${counts[status] ? "" : " zero"}" data-count="${status}" data-label="${esc(STATUS_LABELS[status][lang])}">${counts[status]}</td>`
      ).join("");
      return `<tr data-severity="${rule.severity}" data-rule="${esc(rule.id)}"><td>${esc(itemLabel(rule.directive.item, lang))}</td><td>${esc(rule.title[lang])}<br><code>${esc(rule.id)}</code></td><td class="sev">${esc(SEVERITY_LABELS[rule.severity][lang])}</td><td lang="vi">${esc(rule.clause)}</td>${numbers}</tr>`;
    });
    const heads = RULE_STATUSES.map(
      (status) => `<th>${STATUS_LABELS[status].mark} ${esc(STATUS_LABELS[status][lang])}</th>`
    ).join("");
    return `<section class="directive" data-directive="${esc(directive.id)}"><h3>${esc(directiveHeading(directive, lang))}</h3>
<table class="matrix"><thead><tr><th>${words.item}</th><th>${words.rule}</th><th>${words.severity}</th><th>${words.clause}</th>${heads}</tr></thead>
<tbody>${rows.join("\n")}</tbody></table></section>`;
  }).join("\n");
}
function facilitySection(facility, lang) {
  const words = WORDS3[lang];
  const notices = (facility.notices ?? []).map(
    (notice) => `<p class="notice"><code>${esc(notice.location.file)}:${notice.location.line}:${notice.location.column}</code> ${esc(notice.message[lang])}</p>`
  );
  const heading = `<h3>${esc(facilityName(facility))} <small><code>${esc(facility.file)}</code></small></h3>${notices.join("")}`;
  if (facility.errors.length > 0) {
    const errors = facility.errors.map(
      (error) => `<li><code>${esc(error.location.file)}:${error.location.line}:${error.location.column}</code> ${esc(error.message[lang])}</li>`
    );
    return `<section class="facility not-assessed">${heading}<p class="error"><b>${words.notAssessed}</b></p><ul>${errors.join("")}</ul></section>`;
  }
  return `<section class="facility assessed">${heading}${delegationTable(facility, lang)}${facility.rules.map((rule) => ruleArticle(rule, lang)).join("\n")}</section>`;
}
function ruleArticle(rule, lang) {
  const words = WORDS3[lang];
  const fix = rule.status === "fail" ? `<p class="fix"><b>${words.remediation}:</b> ${esc(rule.remediation[lang])}</p>` : "";
  return `<article class="r-${rule.status}" data-status="${rule.status}" data-severity="${rule.severity}" data-rule="${esc(rule.id)}">
<header>${badge(rule.status, lang)}<span class="sev">${esc(SEVERITY_LABELS[rule.severity][lang])}</span><b>${esc(rule.title[lang])}</b><span>${esc(directiveNumber(rule.directive.number, lang))} · ${esc(itemLabel(rule.directive.item, lang))}</span><code>${esc(rule.id)}</code></header>
<blockquote lang="vi">${esc(rule.clause)}</blockquote>
<ul class="findings">${rule.findings.map((finding) => findingItem(finding, lang)).join("")}</ul>${fix}
</article>`;
}
function findingItem(finding, lang) {
  const words = WORDS3[lang];
  const where = `${finding.location.file}:${finding.location.line}:${finding.location.column}`;
  const waiver = finding.waiver ? ` <i>${words.waivedBy} ${esc(String(finding.waiver.approvedBy))} ${words.until} ${esc(displayDate(String(finding.waiver.expiresOn), lang))}: ${esc(String(finding.waiver.reason))}</i>` : "";
  return `<li data-finding-status="${finding.status}">${badge(finding.status, lang)} <code class="where">${esc(where)}</code> ${esc(finding.message[lang])}${waiver}</li>`;
}
function badge(status, lang) {
  return `<span class="badge s-${status}">${STATUS_LABELS[status].mark} ${esc(STATUS_LABELS[status][lang])}</span>`;
}
function esc(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export {
  CONFIDENCE,
  describeBasis,
  parameterRows,
  formatHtml,
  esc,
  textLine,
  textLines,
  markdownCell,
  MAX_MARKDOWN_BYTES,
  linesWithin,
  CSV_OPTIONS,
  SUMMARY_FORMAT_NAMES
};
