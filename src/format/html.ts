import { parameterRows } from "../profile/basis.js";
import type { FacilityReport, Finding, Report, RuleResult } from "../report/model.js";
import { delegationTable } from "./delegation-html.js";
import { esc } from "./escape.js";
import type { FormatOptions } from "./index.js";
import { directiveHeading, directiveNumber, displayDate, itemLabel } from "./locale.js";
import { directiveRows, facilityName, SEVERITY_LABELS, SEVERITY_ORDER, STATUS_LABELS, STATUS_ORDER } from "./words.js";

const WORDS = {
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
    basis: "Căn cứ",
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
    basis: "Basis",
  },
};

// Everything is inline and the CSP forbids any fetch, so the page opens offline and never calls out.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const STYLE = `
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

// Filters hide rule blocks and matrix rows whose status or severity is unticked; the data is in data-* attributes.
const SCRIPT = `
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

/** One self-contained HTML page: summary, a clause matrix per directive, every rule result with its findings. */
export function formatHtml(report: Report, { lang }: FormatOptions): string {
  const words = WORDS[lang];
  const counts = report.summary.rules;
  const cards = [
    card(words.facilities, report.summary.facilities, ""),
    ...(report.summary.facilitiesWithErrors
      ? [card(words.notAssessed, report.summary.facilitiesWithErrors, "not-assessed")]
      : []),
    ...STATUS_ORDER.map((status) => card(`${STATUS_LABELS[status].mark} ${STATUS_LABELS[status][lang]}`, counts[status], status)),
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

function parameters(report: Report, lang: "vi" | "en"): string {
  const words = WORDS[lang];
  const rows = parameterRows(report.profile, lang).map(
    (row) => `<tr><td><code>${esc(row.name)}</code></td><td class="num">${esc(row.value)}</td><td>${esc(row.basis)}</td></tr>`,
  );
  return `<details id="parameters"><summary>${words.params}</summary><table><thead><tr><th>${words.param}</th><th>${words.value}</th><th>${words.basis}</th></tr></thead><tbody>${rows.join("")}</tbody></table></details>`;
}

function card(label: string, value: number, status: string): string {
  return `<div class="card" data-card="${esc(status)}"><b>${value}</b>${esc(label)}</div>`;
}

function filters(lang: "vi" | "en"): string {
  const words = WORDS[lang];
  const box = (filter: string, value: string, label: string) =>
    `<label><input type="checkbox" data-filter="${filter}" value="${value}" checked> ${esc(label)}</label>`;
  return `<div class="filters" id="filters">
<fieldset><legend>${words.filters}: ${words.status}</legend>${STATUS_ORDER.map((status) => box("status", status, STATUS_LABELS[status][lang])).join("")}</fieldset>
<fieldset><legend>${words.filters}: ${words.severity}</legend>${SEVERITY_ORDER.map((severity) => box("severity", severity, SEVERITY_LABELS[severity][lang])).join("")}</fieldset>
<span><b id="shown">0</b> ${words.shown}</span>
</div>`;
}

function matrix(report: Report, lang: "vi" | "en"): string {
  const words = WORDS[lang];
  return directiveRows(report)
    .map((directive) => {
      const rows = directive.rules.map(({ rule, counts }) => {
        const numbers = STATUS_ORDER.map(
          (status) =>
            `<td class="n${counts[status] ? "" : " zero"}" data-count="${status}" data-label="${esc(STATUS_LABELS[status][lang])}">${counts[status]}</td>`,
        ).join("");
        return `<tr data-severity="${rule.severity}" data-rule="${esc(rule.id)}"><td>${esc(itemLabel(rule.directive.item, lang))}</td><td>${esc(rule.title[lang])}<br><code>${esc(rule.id)}</code></td><td class="sev">${esc(SEVERITY_LABELS[rule.severity][lang])}</td><td lang="vi">${esc(rule.clause)}</td>${numbers}</tr>`;
      });
      const heads = STATUS_ORDER.map(
        (status) => `<th>${STATUS_LABELS[status].mark} ${esc(STATUS_LABELS[status][lang])}</th>`,
      ).join("");
      return `<section class="directive" data-directive="${esc(directive.id)}"><h3>${esc(directiveHeading(directive, lang))}</h3>
<table class="matrix"><thead><tr><th>${words.item}</th><th>${words.rule}</th><th>${words.severity}</th><th>${words.clause}</th>${heads}</tr></thead>
<tbody>${rows.join("\n")}</tbody></table></section>`;
    })
    .join("\n");
}

function facilitySection(facility: FacilityReport, lang: "vi" | "en"): string {
  const words = WORDS[lang];
  const notices = (facility.notices ?? []).map(
    (notice) =>
      `<p class="notice"><code>${esc(notice.location.file)}:${notice.location.line}:${notice.location.column}</code> ${esc(notice.message[lang])}</p>`,
  );
  const heading = `<h3>${esc(facilityName(facility))} <small><code>${esc(facility.file)}</code></small></h3>${notices.join("")}`;
  if (facility.errors.length > 0) {
    const errors = facility.errors.map(
      (error) =>
        `<li><code>${esc(error.location.file)}:${error.location.line}:${error.location.column}</code> ${esc(error.message[lang])}</li>`,
    );
    return `<section class="facility not-assessed">${heading}<p class="error"><b>${words.notAssessed}</b></p><ul>${errors.join("")}</ul></section>`;
  }
  return `<section class="facility assessed">${heading}${delegationTable(facility, lang)}${facility.rules.map((rule) => ruleArticle(rule, lang)).join("\n")}</section>`;
}

function ruleArticle(rule: RuleResult, lang: "vi" | "en"): string {
  const words = WORDS[lang];
  const fix = rule.status === "fail" ? `<p class="fix"><b>${words.remediation}:</b> ${esc(rule.remediation[lang])}</p>` : "";
  return `<article class="r-${rule.status}" data-status="${rule.status}" data-severity="${rule.severity}" data-rule="${esc(rule.id)}">
<header>${badge(rule.status, lang)}<span class="sev">${esc(SEVERITY_LABELS[rule.severity][lang])}</span><b>${esc(rule.title[lang])}</b><span>${esc(directiveNumber(rule.directive.number, lang))} · ${esc(itemLabel(rule.directive.item, lang))}</span><code>${esc(rule.id)}</code></header>
<blockquote lang="vi">${esc(rule.clause)}</blockquote>
<ul class="findings">${rule.findings.map((finding) => findingItem(finding, lang)).join("")}</ul>${fix}
</article>`;
}

function findingItem(finding: Finding, lang: "vi" | "en"): string {
  const words = WORDS[lang];
  const where = `${finding.location.file}:${finding.location.line}:${finding.location.column}`;
  const waiver = finding.waiver
    ? ` <i>${words.waivedBy} ${esc(String(finding.waiver.approvedBy))} ${words.until} ${esc(displayDate(String(finding.waiver.expiresOn), lang))}: ${esc(String(finding.waiver.reason))}</i>`
    : "";
  return `<li data-finding-status="${finding.status}">${badge(finding.status, lang)} <code class="where">${esc(where)}</code> ${esc(finding.message[lang])}${waiver}</li>`;
}

function badge(status: Finding["status"], lang: "vi" | "en"): string {
  return `<span class="badge s-${status}">${STATUS_LABELS[status].mark} ${esc(STATUS_LABELS[status][lang])}</span>`;
}
