import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  MAX_MARKDOWN_BYTES,
  SEVERITY_LABELS,
  STATUS_LABELS,
  delegationTable,
  directiveHeading,
  directiveNumber,
  directiveRows,
  displayDate,
  displayNumber,
  esc,
  facilityName,
  itemLabel,
  linesWithin,
  markdownCell,
  textLines
} from "./chunk-TN5MCCL6.js";
import {
  catalogForPacks,
  catalogHeaders,
  loadCatalog,
  loadFacility,
  reportHeader,
  startAssessor,
  withCatalogText
} from "./chunk-V4RTBKGJ.js";
import {
  RULE_STATUSES,
  SEVERITIES
} from "./chunk-OJYSJZFW.js";
import {
  packagePath
} from "./chunk-A543BN3N.js";
import {
  CONFIG_EXTENSIONS
} from "./chunk-FTLTMWMS.js";
import {
  DEFAULT_LIMITS,
  resolveLimits
} from "./chunk-XOWPIW4Q.js";
import {
  readInputFile,
  unreadable
} from "./chunk-65ZUPPDZ.js";
import {
  EngineError,
  InputError,
  UsageError,
  describeLocation
} from "./chunk-A4REKETX.js";

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

// src/format/html.ts
var WORDS2 = {
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
  const words = WORDS2[lang];
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
  const words = WORDS2[lang];
  const rows = parameterRows(report.profile, lang).map(
    (row) => `<tr><td><code>${esc(row.name)}</code></td><td class="num">${esc(row.value)}</td><td>${esc(row.basis)}</td></tr>`
  );
  return `<details id="parameters"><summary>${words.params}</summary><table><thead><tr><th>${words.param}</th><th>${words.value}</th><th>${words.basis}</th></tr></thead><tbody>${rows.join("")}</tbody></table></details>`;
}
function card(label, value, status) {
  return `<div class="card" data-card="${esc(status)}"><b>${value}</b>${esc(label)}</div>`;
}
function filters(lang) {
  const words = WORDS2[lang];
  const box = (filter, value, label) => `<label><input type="checkbox" data-filter="${filter}" value="${value}" checked> ${esc(label)}</label>`;
  return `<div class="filters" id="filters">
<fieldset><legend>${words.filters}: ${words.status}</legend>${RULE_STATUSES.map((status) => box("status", status, STATUS_LABELS[status][lang])).join("")}</fieldset>
<fieldset><legend>${words.filters}: ${words.severity}</legend>${SEVERITIES.map((severity) => box("severity", severity, SEVERITY_LABELS[severity][lang])).join("")}</fieldset>
<span><b id="shown">0</b> ${words.shown}</span>
</div>`;
}
function matrix(report, lang) {
  const words = WORDS2[lang];
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
  const words = WORDS2[lang];
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
  const words = WORDS2[lang];
  const fix = rule.status === "fail" ? `<p class="fix"><b>${words.remediation}:</b> ${esc(rule.remediation[lang])}</p>` : "";
  return `<article class="r-${rule.status}" data-status="${rule.status}" data-severity="${rule.severity}" data-rule="${esc(rule.id)}">
<header>${badge(rule.status, lang)}<span class="sev">${esc(SEVERITY_LABELS[rule.severity][lang])}</span><b>${esc(rule.title[lang])}</b><span>${esc(directiveNumber(rule.directive.number, lang))} · ${esc(itemLabel(rule.directive.item, lang))}</span><code>${esc(rule.id)}</code></header>
<blockquote lang="vi">${esc(rule.clause)}</blockquote>
<ul class="findings">${rule.findings.map((finding2) => findingItem(finding2, lang)).join("")}</ul>${fix}
</article>`;
}
function findingItem(finding2, lang) {
  const words = WORDS2[lang];
  const where = `${finding2.location.file}:${finding2.location.line}:${finding2.location.column}`;
  const waiver = finding2.waiver ? ` <i>${words.waivedBy} ${esc(String(finding2.waiver.approvedBy))} ${words.until} ${esc(displayDate(String(finding2.waiver.expiresOn), lang))}: ${esc(String(finding2.waiver.reason))}</i>` : "";
  return `<li data-finding-status="${finding2.status}">${badge(finding2.status, lang)} <code class="where">${esc(where)}</code> ${esc(finding2.message[lang])}${waiver}</li>`;
}
function badge(status, lang) {
  return `<span class="badge s-${status}">${STATUS_LABELS[status].mark} ${esc(STATUS_LABELS[status][lang])}</span>`;
}

// src/format/stream.ts
function streamWhole(report, stream) {
  const { facilities, summary, ...header } = report;
  return [stream.begin(header), ...facilities.map((facility) => stream.facility(facility)), stream.end(summary)].join("");
}

// src/format/json.ts
function formatJson(report) {
  return streamWhole(report, jsonStream());
}
function jsonStream() {
  let count = 0;
  const nested = (value, indent) => JSON.stringify(value, null, 2).replace(/\n/g, `
${indent}`);
  return {
    // The header's members as JSON.stringify writes them, then the opening of the facilities array.
    begin: (header) => `${JSON.stringify(header, null, 2).replace(/\n\}$/, "")},
  "facilities": [`,
    facility: (facility) => `${count++ === 0 ? "" : ","}
    ${nested(facility, "    ")}`,
    end: (summary) => `${count === 0 ? "" : "\n  "}],
  "summary": ${nested(summary, "  ")}
}
`
  };
}

// src/format/junit.ts
function formatJunit(report, { lang }) {
  const facilities = [...report.facilities].sort((a, b) => compare(a.file, b.file));
  const suites = facilities.map((facility) => suite(facility, lang));
  const total = totals(suites.map((s) => s.counts));
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="${attr(`${report.tool.name} ${report.tool.version}`)}" ${countAttrs(total)}>`,
    ...suites.flatMap((s) => s.lines),
    `</testsuites>`
  ];
  return `${lines.join("\n")}
`;
}
function suite(facility, lang) {
  const name = facility.facility ? `${facility.facility.code} ${facility.facility.name}` : facility.file;
  const classname = facility.facility?.code ?? facility.file;
  const counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const body = [];
  if (facility.errors.length > 0) {
    counts.tests = 1;
    counts.errors = 1;
    const first = facility.errors[0];
    const details = facility.errors.map((e) => `${e.location.file}:${e.location.line}:${e.location.column} ${e.message[lang]}`).join("\n");
    body.push(
      `    <testcase classname="${attr(classname)}" name="not assessed" file="${attr(first.location.file)}" line="${first.location.line}">`,
      `      <error type="${first.kind}" message="${attr(first.message[lang])}">${text(details)}</error>`,
      `    </testcase>`
    );
  }
  for (const rule of [...facility.rules].sort((a, b) => compare(a.id, b.id))) {
    counts.tests += 1;
    body.push(...testcase(rule, classname, counts, lang));
  }
  const lines = [
    `  <testsuite name="${attr(name)}" ${countAttrs(counts)} file="${attr(facility.file)}">`,
    ...body,
    `  </testsuite>`
  ];
  return { counts, lines };
}
function testcase(rule, classname, counts, lang) {
  const failures = rule.findings.filter((f) => f.status === "fail");
  const anchor = failures[0] ?? rule.findings[0];
  const where = anchor ? ` file="${attr(anchor.location.file)}" line="${anchor.location.line}"` : "";
  const open = `    <testcase classname="${attr(classname)}" name="${attr(`${rule.id}: ${rule.title[lang]}`)}"${where}>`;
  const reference = `${rule.directive.number}, item ${rule.directive.item}`;
  if (rule.status === "fail" && !rule.baselined) {
    counts.failures += 1;
    const details = [
      ...failures.filter((f) => !f.baselined).map((f) => findingLine(f, lang)),
      "",
      `${reference}: ${rule.clause}`,
      `→ ${rule.remediation[lang]}`
    ];
    const message = `${rule.severity}: ${failures.find((f) => !f.baselined)?.message[lang] ?? rule.title[lang]}`;
    return [
      open,
      `      <failure type="${attr(rule.severity)}" message="${attr(message)}">${text(details.join("\n"))}</failure>`,
      `    </testcase>`
    ];
  }
  if (rule.status === "pass") return [open.replace(/>$/, " />")];
  counts.skipped += 1;
  return [open, `      <skipped message="${attr(skipReason(rule, lang))}" />`, `    </testcase>`];
}
function skipReason(rule, lang) {
  if (rule.status === "fail")
    return `baselined: ${rule.findings.filter((f) => f.status === "fail").map((f) => f.message[lang]).join(" ")}`;
  if (rule.status === "waived") {
    const waived = rule.findings.filter((f) => f.status === "waived");
    return `waived: ${waived.map((f) => `${f.message[lang]} (${String(f.waiver?.approvedBy ?? "")}, ${String(f.waiver?.expiresOn ?? "")})`).join(" ")}`;
  }
  return `not applicable: ${rule.findings.map((f) => f.message[lang]).join(" ")}`;
}
function findingLine(finding2, lang) {
  return `${finding2.location.file}:${finding2.location.line}:${finding2.location.column} ${finding2.message[lang]}`;
}
function totals(all) {
  return all.reduce(
    (sum, c) => ({
      tests: sum.tests + c.tests,
      failures: sum.failures + c.failures,
      errors: sum.errors + c.errors,
      skipped: sum.skipped + c.skipped
    }),
    {
      tests: 0,
      failures: 0,
      errors: 0,
      skipped: 0
    }
  );
}
function countAttrs(c) {
  return `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}"`;
}
var INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
function text(value) {
  return value.replace(INVALID_XML, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function attr(value) {
  return text(value).replaceAll('"', "&quot;").replaceAll("'", "&apos;").replaceAll("\n", "&#10;").replaceAll("\r", "&#13;").replaceAll("	", "&#9;");
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/format/oscal.ts
import { createHash as createHash2 } from "node:crypto";

// src/format/oscal-catalog.ts
import { createHash } from "node:crypto";
var OSCAL_VERSION = "1.1.3";
var KCB_NS = "urn:kcb-compliance:oscal";
var NAMESPACE = uuidV5("urn:kcb-compliance", "6ba7b811-9dad-11d1-80b4-00c04fd430c8");
function uuidV5(name, namespace = NAMESPACE) {
  const bytes = createHash("sha1").update(Buffer.from(namespace.replaceAll("-", ""), "hex")).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = bytes[6] & 15 | 80;
  bytes[8] = bytes[8] & 63 | 128;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function controlId(documentId, item) {
  const slug = item.replaceAll("¶", "para").normalize("NFD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${documentId}.item-${slug || "0"}`;
}
function objectiveId(documentId, item, ruleId) {
  return `${controlId(documentId, item)}_obj.${ruleId.slice(ruleId.indexOf(".") + 1)}`;
}
function catalogUuid(policySha256) {
  return uuidV5(`catalog:${policySha256}`);
}
function vietnamDateTime(date) {
  return `${date}T00:00:00+07:00`;
}

// src/format/oscal.ts
function formatOscal(report, { lang }) {
  const facilities = [...report.facilities].sort((a, b) => compare2(a.file, b.file));
  const runId = createHash2("sha256").update(JSON.stringify({ ...report, facilities })).digest("hex");
  const id = (name) => uuidV5(`${runId}:${name}`);
  const at = vietnamDateTime(report.asOf);
  const toolUuid = id("tool");
  const catalogResource = id("catalog-resource");
  const planResource = id("plan-resource");
  const observations = [];
  const findings = [];
  for (const facility of facilities) {
    const subject = { "subject-uuid": id(`facility:${facility.file}`), type: "component" };
    const origins = [{ actors: [{ type: "tool", "actor-uuid": toolUuid }] }];
    for (const [index, error] of facility.errors.entries()) {
      observations.push({
        uuid: id(`error:${facility.file}:${index}`),
        title: "Not assessed",
        description: error.message[lang],
        props: [{ name: "kcb-status", ns: KCB_NS, value: "not_assessed" }],
        methods: ["TEST"],
        types: ["finding"],
        origins,
        subjects: [subject],
        "relevant-evidence": [evidence(error.location)],
        collected: at
      });
    }
    for (const rule of [...facility.rules].sort((a, b) => compare2(a.id, b.id))) {
      const observationIds = sortedFindings(rule).map((finding2, index) => {
        const uuid = id(`observation:${facility.file}:${rule.id}:${finding2.target}:${finding2.pointer}:${index}`);
        observations.push(observation(uuid, rule, finding2, { origins, subject, at, lang }));
        return uuid;
      });
      findings.push(finding(id(`finding:${facility.file}:${rule.id}`), facility, rule, observationIds, lang));
    }
  }
  const controlIds = [
    ...new Set(facilities.flatMap((f) => f.rules.map((rule) => controlId(rule.directive.id, rule.directive.item))))
  ].sort();
  const result2 = {
    uuid: id("result"),
    title: `kcb check as of ${report.asOf}`,
    description: `${report.tool.name} ${report.tool.version} (OPA ${report.tool.opa}, policy sha256 ${report.tool.policySha256}), profile ${report.profile.name}, ${facilities.length} configuration file(s).`,
    start: at,
    end: at,
    props: [
      { name: "evaluation-date", ns: KCB_NS, value: report.asOf },
      { name: "time-zone", ns: KCB_NS, value: report.timeZone },
      { name: "profile", ns: KCB_NS, value: report.profile.name }
    ],
    "local-definitions": {
      ...facilities.length > 0 ? { components: facilities.map((facility) => facilityComponent(id(`facility:${facility.file}`), facility)) } : {},
      "assessment-assets": {
        components: [
          {
            uuid: toolUuid,
            type: "software",
            title: `${report.tool.name} ${report.tool.version}`,
            description: `Rego rules compiled to WebAssembly by OPA ${report.tool.opa} (policy sha256 ${report.tool.policySha256}).`,
            status: { state: "operational" }
          }
        ],
        "assessment-platforms": [
          { uuid: id("platform"), title: report.tool.name, "uses-components": [{ "component-uuid": toolUuid }] }
        ]
      }
    },
    "reviewed-controls": {
      "control-selections": [
        controlIds.length > 0 ? { "include-controls": controlIds.map((controlId2) => ({ "control-id": controlId2 })) } : { "include-all": {} }
      ]
    },
    ...observations.length > 0 ? { observations } : {},
    ...findings.length > 0 ? { findings } : {}
  };
  const document = {
    "assessment-results": {
      uuid: id("assessment-results"),
      metadata: {
        title: `KCB BHYT data-protection assessment results (${report.asOf})`,
        "last-modified": at,
        version: report.tool.version,
        "oscal-version": OSCAL_VERSION
      },
      "import-ap": { href: `#${planResource}` },
      results: [result2],
      "back-matter": {
        resources: [
          {
            uuid: catalogResource,
            title: "KCB BHYT directives catalog",
            description: `OSCAL catalog ${catalogUuid(report.tool.policySha256)} shipped with ${report.tool.name} as policy/oscal-catalog.json; the control and objective ids cited here are defined there.`,
            props: [{ name: "catalog-uuid", ns: KCB_NS, value: catalogUuid(report.tool.policySha256) }],
            rlinks: [{ href: "policy/oscal-catalog.json", "media-type": "application/json" }]
          },
          {
            uuid: planResource,
            title: "Assessment plan",
            description: `No separate plan: every rule of the policy (sha256 ${report.tool.policySha256}) is evaluated against every configuration with profile ${report.profile.name} (${report.profile.source}).`
          }
        ]
      }
    }
  };
  return `${JSON.stringify(document, null, 2)}
`;
}
function observation(uuid, rule, finding2, { origins, subject, at, lang }) {
  return {
    uuid,
    title: `${rule.id}: ${finding2.target}`,
    description: finding2.message[lang],
    props: [
      { name: "kcb-status", ns: KCB_NS, value: finding2.status },
      { name: "target", ns: KCB_NS, value: finding2.target },
      ...finding2.baselined ? [{ name: "baselined", ns: KCB_NS, value: "true" }] : []
    ],
    methods: ["TEST"],
    types: ["finding"],
    origins,
    subjects: [subject],
    "relevant-evidence": [evidence(finding2.location, finding2.pointer)],
    collected: at,
    ...finding2.waiver ? { remarks: `Waived: ${JSON.stringify(finding2.waiver)}` } : {}
  };
}
function finding(uuid, facility, rule, observationIds, lang) {
  const satisfied = rule.status === "pass" || rule.status === "not_applicable";
  const name = facility.facility ? `${facility.facility.code} ${facility.facility.name}` : facility.file;
  return {
    uuid,
    title: `${rule.title[lang]} — ${name}`,
    description: `${directiveHeading(rule.directive, "en")}, ${itemLabel(rule.directive.item, "en")}: ${rule.clause}`,
    props: [
      { name: "rule-id", ns: KCB_NS, value: rule.id },
      { name: "kcb-status", ns: KCB_NS, value: rule.status },
      { name: "severity", ns: KCB_NS, value: rule.severity },
      ...rule.baselined ? [{ name: "baselined", ns: KCB_NS, value: "true" }] : []
    ],
    target: {
      type: "objective-id",
      "target-id": objectiveId(rule.directive.id, rule.directive.item, rule.id),
      status: {
        state: satisfied ? "satisfied" : "not-satisfied",
        reason: rule.status === "pass" ? "pass" : rule.status === "fail" ? "fail" : "other"
      }
    },
    ...observationIds.length > 0 ? { "related-observations": observationIds.map((id) => ({ "observation-uuid": id })) } : {},
    ...rule.status === "fail" ? { remarks: rule.remediation[lang] } : {}
  };
}
function facilityComponent(uuid, facility) {
  return {
    uuid,
    type: "this-system",
    title: facility.facility ? `${facility.facility.code} ${facility.facility.name}` : facility.file,
    description: `Facility configuration ${facility.file}.`,
    ...facility.facility ? { props: [{ name: "facility-code", ns: KCB_NS, value: facility.facility.code }] } : {},
    status: { state: "operational" }
  };
}
function evidence(location, pointer) {
  return {
    href: `${location.file.replaceAll("\\", "/").split("/").map(encodeURIComponent).join("/")}#L${location.line}`,
    description: `${location.file}:${location.line}:${location.column}${pointer === void 0 ? "" : ` (JSON pointer ${pointer || "/"})`}`
  };
}
function sortedFindings(rule) {
  return [...rule.findings].sort((a, b) => compare2(a.target, b.target) || compare2(a.pointer, b.pointer));
}
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/format/sarif.ts
import { createHash as createHash3 } from "node:crypto";
import { posix } from "node:path";
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = "https://www.npmjs.com/package/kcb-compliance";
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
var NOT_ASSESSED_ID = "kcb.not_assessed";
function formatSarif(report, { lang, root }) {
  const uri = (file) => fileUri(file, root);
  const rules = ruleHeaders(report);
  const descriptors = rules.map((rule) => descriptor(rule));
  const hasErrors = report.facilities.some((facility) => facility.errors.length > 0);
  if (hasErrors) descriptors.push(notAssessedDescriptor());
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const results = [];
  const seen = /* @__PURE__ */ new Map();
  for (const facility of [...report.facilities].sort((a, b) => compare3(a.file, b.file))) {
    for (const error of facility.errors) {
      results.push(
        result(
          NOT_ASSESSED_ID,
          index,
          "error",
          error.message[lang],
          error.location,
          fingerprint(seen, NOT_ASSESSED_ID, facility.file, error.message.en),
          uri
        )
      );
    }
    for (const rule of facility.rules) {
      for (const finding2 of reportable(rule)) {
        results.push(
          result(
            rule.id,
            index,
            LEVEL[rule.severity],
            findingText(finding2, lang),
            finding2.location,
            fingerprint(seen, rule.id, facility.file, finding2.target),
            uri
          )
        );
      }
    }
  }
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: descriptors
          }
        },
        results,
        ...invocations(report, uri)
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function ruleHeaders(report) {
  const byId = /* @__PURE__ */ new Map();
  for (const facility of report.facilities) for (const rule of facility.rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return [...byId.values()].sort((a, b) => compare3(a.id, b.id));
}
function reportable(rule) {
  return rule.findings.filter((finding2) => finding2.status === "fail").sort((a, b) => compare3(a.target, b.target) || compare3(a.pointer, b.pointer));
}
function descriptor(rule) {
  const { directive } = rule;
  const reference = `${directiveHeading(directive, "en")}, ${itemLabel(directive.item, "en")}`;
  const helpText = [
    `${reference}:`,
    `“${rule.clause}”`,
    "",
    `Khắc phục: ${rule.remediation.vi}`,
    `Remediation: ${rule.remediation.en}`
  ].join("\n");
  const helpMarkdown = [
    `**${reference}**`,
    "",
    `> ${rule.clause}`,
    "",
    `**Khắc phục:** ${rule.remediation.vi}`,
    "",
    `**Remediation:** ${rule.remediation.en}`
  ].join("\n");
  return {
    id: rule.id,
    name: rule.id.slice(rule.id.indexOf(".") + 1),
    shortDescription: { text: rule.title.en },
    fullDescription: { text: `${rule.title.en} — ${rule.title.vi}. ${reference}.` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    help: { text: helpText, markdown: helpMarkdown },
    properties: {
      tags: ["security", "compliance", directive.number, `${directive.number} item ${directive.item}`],
      precision: "very-high",
      "security-severity": SECURITY_SEVERITY[rule.severity]
    }
  };
}
function notAssessedDescriptor() {
  return {
    id: NOT_ASSESSED_ID,
    name: "not_assessed",
    shortDescription: { text: "The configuration could not be assessed" },
    fullDescription: {
      text: "The file could not be read, parsed or validated against the facility schema, so no rule was evaluated."
    },
    defaultConfiguration: { level: "error" },
    help: { text: "Sửa tệp cấu hình theo thông báo lỗi rồi chạy lại.\nFix the configuration as the message says and run again." },
    properties: { tags: ["compliance"], precision: "very-high" }
  };
}
function result(ruleId, index, level, text2, location, hash, uri) {
  return {
    ruleId,
    ruleIndex: index.get(ruleId) ?? 0,
    level,
    message: { text: text2 },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(location.file) },
          region: region(location)
        }
      }
    ],
    partialFingerprints: { primaryLocationLineHash: hash }
  };
}
function invocations(report, uri) {
  const notifications = report.facilities.flatMap(
    (facility) => (facility.notices ?? []).map((notice) => ({
      level: "note",
      message: { text: notice.message.en },
      locations: [
        { physicalLocation: { artifactLocation: { uri: uri(notice.location.file) }, region: region(notice.location) } }
      ]
    }))
  );
  return notifications.length === 0 ? {} : { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] };
}
function region(location) {
  const startLine = Math.max(1, location.line);
  const startColumn = Math.max(1, location.column);
  if (location.endLine === void 0 || location.endColumn === void 0) return { startLine, startColumn, endLine: startLine };
  return { startLine, startColumn, endLine: Math.max(startLine, location.endLine), endColumn: Math.max(1, location.endColumn) };
}
function findingText(finding2, lang) {
  return finding2.baselined ? `${finding2.message[lang]} (baselined)` : finding2.message[lang];
}
function fingerprint(seen, ruleId, file, content) {
  const hash = createHash3("sha256").update(`${ruleId}\0${file}\0${content}`).digest("hex").slice(0, 16);
  const count = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, count);
  return `${hash}:${count}`;
}
function fileUri(file, root) {
  const slashed = (path2) => path2.replaceAll("\\", "/");
  const isAbsolute2 = (path2) => path2.startsWith("/") || /^[A-Za-z]:\//.test(path2);
  const path = slashed(file);
  const base = root === void 0 ? void 0 : slashed(root);
  const absolute = isAbsolute2(path) ? posix.normalize(path) : base !== void 0 && isAbsolute2(base) ? posix.join(base, path) : void 0;
  if (absolute === void 0) return encodePath(posix.normalize(path).replace(/^(\.\/)+/, ""));
  if (base !== void 0) {
    const relative2 = posix.relative(posix.normalize(base), absolute);
    if (relative2 !== "" && !relative2.startsWith("../") && relative2 !== ".." && !isAbsolute2(relative2)) return encodePath(relative2);
  }
  const encoded = encodePath(absolute);
  return /^[A-Za-z]:\//.test(absolute) ? `file:///${encoded.replace("%3A", ":")}` : `file://${encoded}`;
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function compare3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/format/markdown.ts
var MAX_LISTED_FINDINGS = 200;
var WORDS3 = {
  vi: {
    facilities: "cơ sở",
    notAssessed: "không đánh giá được",
    asOf: "Ngày đánh giá",
    profile: "bộ tham số",
    policy: "chính sách",
    item: "Mục",
    rule: "Quy tắc",
    severity: "Mức độ",
    findings: "Phát hiện cần xử lý",
    status: "Kết quả",
    location: "Vị trí",
    finding: "Phát hiện",
    errors: "Cơ sở không đánh giá được",
    error: "Lỗi",
    notices: "Lưu ý",
    notice: "Lưu ý",
    more: "phát hiện khác — xem báo cáo đầy đủ",
    packs: "gói tuỳ chọn",
    params: "Tham số và căn cứ",
    param: "Tham số",
    value: "Giá trị",
    basis: "Căn cứ",
    cut: "dòng nữa bị lược để bản tóm tắt dưới 1 MiB — xem báo cáo đầy đủ"
  },
  en: {
    facilities: "facilities",
    notAssessed: "not assessed",
    asOf: "As of",
    profile: "profile",
    policy: "policy",
    item: "Item",
    rule: "Rule",
    severity: "Severity",
    findings: "Findings to act on",
    status: "Status",
    location: "Location",
    finding: "Finding",
    errors: "Facilities not assessed",
    error: "Error",
    notices: "Notices",
    notice: "Notice",
    more: "more findings — see the full report",
    packs: "opt-in packs",
    params: "Parameters and where they come from",
    param: "Parameter",
    value: "Value",
    basis: "Basis",
    cut: "more lines left out to keep the summary under 1 MiB — see the full report"
  }
};
function formatMarkdown(report, { lang, sourceUrl }) {
  const words = WORDS3[lang];
  const counts = report.summary.rules;
  const notAssessed = report.summary.facilitiesWithErrors ? ` (${report.summary.facilitiesWithErrors} ${words.notAssessed})` : "";
  const lines = [
    `## ${report.tool.name} · ${report.summary.facilities} ${words.facilities}${notAssessed} · ${RULE_STATUSES.map((status) => `${statusLabel(status, lang)} ${counts[status]}`).join(" · ")}`,
    "",
    `${words.asOf} ${displayDate(report.asOf, lang)} (${report.timeZone}) · ${words.profile} \`${cell(report.profile.name)}\` · ${report.tool.name} ${report.tool.version} · ${words.policy} \`${report.tool.policySha256.slice(0, 12)}\`${report.packs?.length ? ` · ${words.packs} ${report.packs.map((pack) => `\`${cell(pack)}\``).join(", ")}` : ""}`
  ];
  for (const directive of directiveRows(report)) {
    lines.push("", `### ${cell(directiveHeading(directive, lang))}`, "");
    lines.push(
      `| ${words.item} | ${words.rule} | ${words.severity} | ${RULE_STATUSES.map((status) => statusLabel(status, lang)).join(" | ")} |`
    );
    lines.push(`| --- | --- | --- | ${RULE_STATUSES.map(() => "---:").join(" | ")} |`);
    for (const { rule, counts: ruleCounts } of directive.rules) {
      lines.push(
        `| ${cell(itemLabel(rule.directive.item, lang))} | ${cell(rule.title[lang])}<br>\`${rule.id}\` | ${SEVERITY_LABELS[rule.severity][lang]} | ${RULE_STATUSES.map((status) => ruleCounts[status]).join(" | ")} |`
      );
    }
  }
  lines.push(
    ...findingLines(report, lang, sourceUrl),
    ...errorLines(report.facilities, lang),
    ...noticeLines(report.facilities, lang),
    ...parameterLines(report, lang)
  );
  return linesWithin(lines, MAX_MARKDOWN_BYTES, (omitted) => `… ${omitted} ${words.cut}`);
}
function parameterLines(report, lang) {
  const words = WORDS3[lang];
  const rows = parameterRows(report.profile, lang).map(
    (row) => `| \`${cell(row.name)}\` | ${cell(row.value)} | ${cell(row.basis)} |`
  );
  return [
    "",
    `<details><summary>${words.params}</summary>`,
    "",
    `| ${words.param} | ${words.value} | ${words.basis} |`,
    "| --- | ---: | --- |",
    ...rows,
    "",
    "</details>"
  ];
}
function findingLines(report, lang, sourceUrl) {
  const words = WORDS3[lang];
  const rows = [];
  for (const facility of report.facilities) {
    for (const rule of facility.rules) {
      if (rule.status !== "fail" && rule.status !== "waived") continue;
      for (const finding2 of rule.findings.filter((entry) => entry.status === rule.status)) {
        const code = `\`${cell(finding2.location.file)}:${finding2.location.line}\``;
        const where = sourceUrl ? `[${code}](${linkTarget(sourceUrl(finding2.location))})` : code;
        const fix = rule.status === "fail" ? `<br>→ ${cell(rule.remediation[lang])}` : "";
        rows.push(
          `| ${statusLabel(finding2.status, lang)} | ${SEVERITY_LABELS[rule.severity][lang]} | ${cell(facilityName(facility))}<br>${where} | ${cell(directiveNumber(rule.directive.number, lang))} ${cell(itemLabel(rule.directive.item, lang))} · ${cell(rule.title[lang])} | ${cell(finding2.message[lang])}${fix} |`
        );
      }
    }
  }
  if (rows.length === 0) return [];
  const listed = rows.slice(0, MAX_LISTED_FINDINGS);
  const more = rows.length - listed.length;
  return [
    "",
    `### ${words.findings}`,
    "",
    `| ${words.status} | ${words.severity} | ${words.location} | ${words.rule} | ${words.finding} |`,
    "| --- | --- | --- | --- | --- |",
    ...listed,
    ...more > 0 ? ["", `… ${more} ${words.more}`] : []
  ];
}
function errorLines(facilities, lang) {
  const words = WORDS3[lang];
  const rows = facilities.flatMap(
    (facility) => facility.errors.map(
      (error) => `| \`${cell(error.location.file)}:${error.location.line}:${error.location.column}\` | ${cell(error.message[lang])} |`
    )
  );
  if (rows.length === 0) return [];
  return ["", `### ${words.errors}`, "", `| ${words.location} | ${words.error} |`, "| --- | --- |", ...rows];
}
function noticeLines(facilities, lang) {
  const words = WORDS3[lang];
  const rows = facilities.flatMap(
    (facility) => (facility.notices ?? []).map(
      (notice) => `| \`${cell(notice.location.file)}:${notice.location.line}:${notice.location.column}\` | ${cell(notice.message[lang])} |`
    )
  );
  if (rows.length === 0) return [];
  return ["", `### ${words.notices}`, "", `| ${words.location} | ${words.notice} |`, "| --- | --- |", ...rows];
}
function linkTarget(url) {
  return url.replace(/[\s()<>|]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function statusLabel(status, lang) {
  return `${STATUS_LABELS[status].mark} ${STATUS_LABELS[status][lang]}`;
}
function cell(text2) {
  return markdownCell(text2);
}

// src/format/text.ts
import { styleText } from "node:util";
var STATUS_STYLES = {
  fail: ["bold", "red"],
  waived: "yellow",
  pass: "green",
  not_applicable: "dim"
};
var LABELS = {
  fail: { mark: "✗", vi: "KHÔNG ĐẠT", en: "FAIL" },
  waived: { mark: "~", vi: "MIỄN TRỪ", en: "WAIVED" },
  pass: { mark: "✓", vi: "ĐẠT", en: "PASS" },
  not_applicable: { mark: "-", vi: "KHÔNG ÁP DỤNG", en: "N/A" }
};
var RULE_COUNTS = {
  fail: { vi: "quy tắc không đạt", en: "rule results failing" },
  waived: { vi: "miễn trừ", en: "waived" },
  pass: { vi: "đạt", en: "passing" },
  not_applicable: { vi: "không áp dụng", en: "not applicable" }
};
var WORDS4 = {
  vi: {
    asOf: "ngày đánh giá",
    profile: "bộ tham số",
    notAssessed: "không đánh giá được",
    error: "LỖI",
    notice: "LƯU Ý",
    summary: "Tổng hợp",
    facilities: "cơ sở",
    failing: "cơ sở không đạt",
    waivedBy: "miễn trừ bởi",
    until: "đến",
    baselined: "đã có trong báo cáo mốc"
  },
  en: {
    asOf: "as of",
    profile: "profile",
    notAssessed: "not assessed",
    error: "ERROR",
    notice: "NOTICE",
    summary: "Summary",
    facilities: "facilities",
    failing: "facilities failing",
    waivedBy: "waived by",
    until: "until",
    baselined: "baselined"
  }
};
function formatText(report, options) {
  return streamWhole(report, textStream(options));
}
function textStream({ lang, quiet = false, color = false }) {
  const words = WORDS4[lang];
  let failing = 0;
  const painted = (build) => {
    const styles = [];
    const paint = color ? (style, text2) => `${MARK_OPEN}${styles.push(style) - 1}${MARK_TEXT}${text2}${MARK_CLOSE}` : (_style, text2) => text2;
    const lines = build(paint);
    if (lines.length === 0) return "";
    const safe = textLines(lines);
    const paintMarked = (all, index, text2) => styles[Number(index)] ? styleText(styles[Number(index)], text2, { validateStream: false }) : all;
    return color ? safe.replace(PAINTED, paintMarked) : safe;
  };
  return {
    begin: (header) => painted(() => [
      `${header.tool.name} ${header.tool.version} · ${words.asOf} ${displayDate(header.asOf, lang)} (${header.timeZone}) · ${words.profile} ${header.profile.name}`
    ]),
    facility: (facility) => {
      if (facility.errors.length === 0 && facility.rules.some((rule) => rule.status === "fail")) failing += 1;
      return painted((paint) => {
        const shown = facilityLines(facility, lang, quiet, paint);
        return shown.length > 0 ? ["", ...shown] : [];
      });
    },
    end: (summary) => painted(() => ["", totalsLine(summary, failing, lang)])
  };
}
var MARK_OPEN = "";
var MARK_TEXT = "";
var MARK_CLOSE = "";
var PAINTED = /\uE000(\d+)\uE001([^\uE000-\uE002]*)\uE002/gu;
function totalsLine(summary, failing, lang) {
  const words = WORDS4[lang];
  const parts = [
    `${displayNumber(summary.facilities, lang)} ${words.facilities}`,
    `${displayNumber(failing, lang)} ${words.failing}`,
    ...summary.facilitiesWithErrors ? [`${displayNumber(summary.facilitiesWithErrors, lang)} ${words.notAssessed}`] : [],
    ...Object.keys(RULE_COUNTS).map(
      (status) => `${displayNumber(summary.rules[status], lang)} ${RULE_COUNTS[status][lang]}`
    )
  ];
  const baselined = summary.baselined ? ` (${displayNumber(summary.baselined, lang)} ${words.baselined})` : "";
  return `${words.summary}: ${parts.join(" · ")}${baselined}`;
}
function facilityLines(facility, lang, quiet, paint) {
  const words = WORDS4[lang];
  const name = facility.facility ? ` — ${facility.facility.code} ${facility.facility.name}` : "";
  const notices = (facility.notices ?? []).map(
    (notice) => `  ! ${words.notice}  ${describeLocation(notice.location)}  ${notice.message[lang]}`
  );
  if (facility.errors.length > 0) {
    return [
      `${paint("bold", facility.file)}${name} — ${words.notAssessed}`,
      ...notices,
      ...facility.errors.map(
        (error) => `  ${paint(["bold", "red"], `✗ ${words.error}`)}  ${describeLocation(error.location)}  ${error.message[lang]}`
      )
    ];
  }
  const rules = quiet ? facility.rules.filter((rule) => rule.status === "fail") : facility.rules;
  if (rules.length === 0 && quiet && notices.length === 0) return [];
  const lines = [`${paint("bold", facility.file)}${name}`, ...notices];
  let directive = "";
  for (const rule of rules) {
    if (rule.directive.id !== directive) {
      directive = rule.directive.id;
      lines.push(`  ${directiveHeading(rule.directive, lang)}`);
    }
    lines.push(...ruleLines(rule, lang, paint));
  }
  return lines;
}
function ruleLines(rule, lang, paint) {
  const words = WORDS4[lang];
  const label = LABELS[rule.status];
  const severity = SEVERITY_LABELS[rule.severity][lang];
  const lines = [
    `    ${paint(STATUS_STYLES[rule.status], `${label.mark} ${label[lang].padEnd(13)}`)} ${severity.padEnd(12)} ${rule.id}  ${rule.title[lang]}${bracketed(itemLabel(rule.directive.item, lang))}`
  ];
  const shown = rule.findings.filter((finding2) => finding2.status === rule.status && rule.status !== "pass");
  for (const finding2 of shown) {
    const where = describeLocation(finding2.location);
    const known = finding2.baselined ? ` (${words.baselined})` : "";
    lines.push(`        ${where}  ${finding2.message[lang]}${known}`);
    if (finding2.waiver) {
      const until = displayDate(String(finding2.waiver.expiresOn), lang);
      lines.push(
        `          ${words.waivedBy} ${String(finding2.waiver.approvedBy)} ${words.until} ${until}: ${String(finding2.waiver.reason)}`
      );
    }
  }
  if (rule.status === "fail") lines.push(`        → ${rule.remediation[lang]}`);
  return lines;
}
function bracketed(label) {
  return label ? ` [${label}]` : "";
}

// src/format/index.ts
var FORMATS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  oscal: formatOscal,
  markdown: formatMarkdown,
  html: formatHtml
};
function formatReport(report, format, options) {
  return FORMATS[format](report, options);
}
var SHOWS_PASSING_FINDINGS = {
  text: false,
  json: true,
  sarif: false,
  junit: true,
  oscal: true,
  markdown: false,
  html: true
};
function findingsFor(formats) {
  return formats.some((format) => SHOWS_PASSING_FINDINGS[format]) ? "all" : "not_passed";
}
var STREAMS = {
  text: textStream,
  json: jsonStream
};

// src/report/baseline.ts
function baselineKey(facility, ruleId, target) {
  return JSON.stringify([ruleId, facility.facility?.code ?? `file:${facility.file}`, target]);
}
function baselineFromReport(previous) {
  const keys = /* @__PURE__ */ new Set();
  for (const facility of previous.facilities) {
    for (const rule of facility.rules) {
      for (const finding2 of rule.findings) {
        if (finding2.status === "fail") keys.add(baselineKey(facility, rule.id, finding2.target));
      }
    }
  }
  return keys;
}
function loadBaseline(file) {
  const fail = (en, vi) => {
    throw new InputError({ file, line: 1, column: 1 }, { en, vi });
  };
  const text2 = readInputFile(file, DEFAULT_LIMITS.maxReportBytes, "limits.maxReportBytes").toString("utf8");
  let parsed;
  try {
    parsed = JSON.parse(text2);
  } catch (error) {
    const at = /position \d+/u.exec(error.message)?.[0] ?? "";
    fail(`The baseline is not JSON (${at}).`, `Báo cáo mốc không phải JSON (${at}).`);
  }
  if (!isReport(parsed)) {
    fail(
      "The baseline is not a kcb report: expected the output of `kcb check --format json`.",
      "Báo cáo mốc không đúng định dạng: cần kết quả của `kcb check --format json`."
    );
  }
  return baselineFromReport(parsed);
}
function isReport(value) {
  const facilities = value?.facilities;
  if (!Array.isArray(facilities)) return false;
  return facilities.every((facility) => {
    if (typeof facility?.file !== "string" || !Array.isArray(facility.rules)) return false;
    return facility.rules.every(
      (rule) => typeof rule?.id === "string" && Array.isArray(rule.findings) && rule.findings.every(
        (finding2) => typeof finding2?.status === "string" && typeof finding2.target === "string"
      )
    );
  });
}
function applyBaseline(report, baseline) {
  let baselinedRules = 0;
  const facilities = report.facilities.map((facility) => {
    const marked = baselineFacility(facility, baseline);
    baselinedRules += marked.baselinedRules;
    return marked.facility;
  });
  return { ...report, facilities, summary: { ...report.summary, baselined: baselinedRules } };
}
function baselineFacility(facility, baseline) {
  let baselinedRules = 0;
  const rules = facility.rules.map((rule) => {
    const findings = rule.findings.map(
      (finding2) => finding2.status === "fail" && baseline.has(baselineKey(facility, rule.id, finding2.target)) ? { ...finding2, baselined: true } : finding2
    );
    const failures = findings.filter((finding2) => finding2.status === "fail");
    const onlyKnown = rule.status === "fail" && failures.length > 0 && failures.every((finding2) => finding2.baselined);
    if (onlyKnown) baselinedRules += 1;
    return { ...rule, findings, ...onlyKnown ? { baselined: true } : {} };
  });
  return { facility: { ...facility, rules }, baselinedRules };
}

// src/load/discover.ts
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, isAbsolute, join, relative } from "node:path";
var GLOB = /[*?[\]{}]/;
async function discoverInputs(paths) {
  const found = { files: [], refused: [] };
  for (const path of paths) {
    const info = await stat(path).catch(() => void 0);
    if (!info && GLOB.test(path)) {
      const { glob } = await import("./dist-ZSIAGS7I.js");
      const matches = (await glob(path, { onlyFiles: true, expandDirectories: false, followSymbolicLinks: false, absolute: isAbsolute(path) })).sort();
      await addConfined(matches.filter(isConfigFileName), process.cwd(), found);
      if (matches.length > 0) continue;
    }
    if (!info) {
      throw new UsageError(path, { vi: "Không tìm thấy tệp hoặc thư mục.", en: "No such file or folder." });
    }
    if (info.isDirectory()) await addConfined(await configFilesUnder(path, found.refused), path, found);
    else found.files.push(path);
  }
  return { files: await uniqueByRealPath(found.files), refused: found.refused };
}
async function addConfined(files, root, into) {
  const realRoot = await realpath(root).catch(() => root);
  for (const file of files) {
    const link = await lstat(file).then(
      (info) => info.isSymbolicLink(),
      () => false
    );
    const real = link ? await realpath(file).catch(() => void 0) : file;
    const inside = real === void 0 ? "" : relative(realRoot, real);
    if (!link || inside !== "" && !inside.startsWith("..") && !isAbsolute(inside)) {
      into.files.push(file);
      continue;
    }
    into.refused.push(
      new InputError(
        { file, line: 1, column: 1 },
        {
          vi: "Liên kết này trỏ ra ngoài thư mục đang kiểm tra (hoặc không trỏ tới đâu) nên không được đọc; hãy chỉ thẳng đến tệp nếu cần kiểm tra nó.",
          en: "This link leads outside the folder being checked (or nowhere), so it was not read; name the file itself to check it."
        }
      )
    );
  }
}
async function configFilesUnder(folder, refused) {
  const files = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop();
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      refused.push(unreadable(current, error));
      continue;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && isConfigFileName(entry.name)) files.push(path);
    }
  }
  return files.sort();
}
function isConfigFileName(path) {
  return CONFIG_EXTENSIONS.includes(extname(path).toLowerCase()) || isTypeScriptConfig(basename(path));
}
function isTypeScriptConfig(name) {
  return name === "facility.config.ts" || name.endsWith(".facility.ts");
}
async function uniqueByRealPath(files) {
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const file of files) {
    const key = await realpath(file).catch(() => file);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(file);
  }
  return unique;
}

// src/batch/run.ts
import { availableParallelism } from "node:os";

// src/batch/pool.ts
import { statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";

// src/batch/schedule.ts
var Schedule = class {
  #sizes;
  #limits;
  /** The first file never sent or set aside. */
  #cursor = 0;
  /** Large files set aside while the budget was full, in file order: they go first once it has room. */
  #waiting = [];
  /** The large files sent and not yet reported (a few at most). */
  #inFlight = /* @__PURE__ */ new Set();
  constructor(sizes, limits) {
    this.#sizes = sizes;
    this.#limits = limits;
  }
  /** Whether every file has been handed out. */
  get finished() {
    return this.#cursor >= this.#sizes.length && this.#waiting.length === 0;
  }
  /** The next chunk's file indices, or none when nothing may be sent until a report arrives. */
  next(nextToDeliver) {
    const chunk = [];
    while (chunk.length < this.#limits.chunk && this.#waiting.length > 0 && this.#fits(this.#waiting[0]))
      chunk.push(this.#send(this.#waiting.shift()));
    while (chunk.length < this.#limits.chunk && this.#cursor < this.#sizes.length && this.#cursor - nextToDeliver < this.#limits.ahead) {
      const index = this.#cursor;
      this.#cursor += 1;
      if (this.#waiting.length === 0 && this.#fits(index)) chunk.push(this.#send(index));
      else if (this.#isLarge(index)) this.#waiting.push(index);
      else chunk.push(index);
    }
    return chunk;
  }
  /** A file's report arrived: a large file's bytes leave the budget. */
  reported(index) {
    this.#inFlight.delete(index);
  }
  #isLarge(index) {
    return this.#sizes[index] >= this.#limits.largeBytes;
  }
  #fits(index) {
    if (!this.#isLarge(index) || this.#inFlight.size === 0) return true;
    let bytes = this.#sizes[index];
    for (const sent of this.#inFlight) bytes += this.#sizes[sent];
    return bytes <= this.#limits.largeBudget;
  }
  #send(index) {
    if (this.#isLarge(index)) this.#inFlight.add(index);
    return index;
  }
};

// src/batch/pool.ts
var LIMITS = { chunk: 4, ahead: 64, largeBytes: 256 * 1024, largeBudget: 2 * 1024 * 1024 };
var YOUNG_GENERATION_MB = 16;
function assessInWorkers(files, settings, jobs, onFacility) {
  const script = packagePath("lib/batch/worker.js");
  const workers = [];
  const waiting = /* @__PURE__ */ new Map();
  const parked = [];
  const schedule = new Schedule(
    files.map((file) => statSync(file, { throwIfNoEntry: false })?.size ?? 0),
    LIMITS
  );
  let nextToDeliver = 0;
  const headers = catalogHeaders(catalogForPacks(loadCatalog(), settings.header.packs ?? []));
  return new Promise((resolve, reject) => {
    const finish = (error) => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const trySend = (worker) => {
      const chunk = schedule.next(nextToDeliver);
      if (chunk.length > 0)
        worker.postMessage({ type: "files", files: chunk.map((index) => ({ index, file: files[index] })) });
      return chunk.length > 0;
    };
    const sendChunk = (worker) => {
      if (!schedule.finished && !trySend(worker)) parked.push(worker);
    };
    const deliver = (index, facility) => {
      schedule.reported(index);
      waiting.set(index, facility);
      for (let ready = waiting.get(nextToDeliver); ready; ready = waiting.get(nextToDeliver)) {
        waiting.delete(nextToDeliver);
        try {
          onFacility(ready, nextToDeliver);
        } catch (error) {
          return finish(error);
        }
        nextToDeliver += 1;
      }
      while (parked.length > 0 && trySend(parked[0])) parked.shift();
      if (nextToDeliver === files.length) finish();
    };
    setFlagsFromString("--expose-gc");
    for (let n = 0; n < jobs; n += 1) {
      const worker = new Worker(script, {
        workerData: settings,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
      });
      let started = false;
      worker.on("message", (message) => {
        if (message.type === "facility") return deliver(message.index, withCatalogText(message.facility, headers));
        if (message.type === "fatal") return finish(new EngineError(message.message));
        if (!started) sendChunk(worker);
        started = true;
        sendChunk(worker);
      });
      worker.on("error", (error) => finish(error));
      worker.on("exit", (code) => {
        if (code !== 0 && nextToDeliver < files.length) finish(new Error(`a check worker stopped (exit code ${code})`));
      });
      workers.push(worker);
    }
  });
}

// src/batch/run.ts
var WORKER_THRESHOLD = 24;
async function checkEach(paths, options) {
  const header = reportHeader(options);
  const limits = resolveLimits(options.limits);
  const { files, refused } = await discoverInputs(paths);
  if (files.length + refused.length === 0) {
    throw new UsageError(paths.join(" "), {
      vi: "Không tìm thấy tệp cấu hình nào (.yaml, .yml, .json).",
      en: "No config files found (.yaml, .yml, .json)."
    });
  }
  await options.onStart?.(files.length + refused.length, header);
  const jobs = Math.min(options.jobs ?? (files.length >= WORKER_THRESHOLD ? availableParallelism() : 1), files.length);
  const findings = options.findings ?? "all";
  const assess = refused.length > 0 || jobs <= 1 ? startAssessor(header, limits, { findings }) : void 0;
  refused.forEach((error, index) => options.onFacility(assess({ file: error.location.file, errors: [error] }), index));
  const onFacility = (facility, index) => options.onFacility(facility, refused.length + index);
  if (jobs > 1) {
    await assessInWorkers(files, { header, limits, findings }, jobs, onFacility);
  } else if (assess) {
    const progress = (options.progress ?? false) && process.stderr.isTTY === true;
    for (const [index, file] of files.entries()) onFacility(assess(await loadFacility(file, { progress, limits })), index);
  }
  return header;
}

export {
  discoverInputs,
  isConfigFileName,
  WORKER_THRESHOLD,
  checkEach,
  CONFIDENCE,
  describeBasis,
  FORMATS,
  formatReport,
  findingsFor,
  STREAMS,
  loadBaseline,
  applyBaseline,
  baselineFacility
};
