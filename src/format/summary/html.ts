import type { FacilityRow, FacilitySummary, RuleSummary, SummaryRows } from "../../batch/summary.js";
import { describeLocation } from "../../errors.js";
import type { RuleStatus } from "../../report/model.js";
import type { FormatOptions } from "../index.js";
import { delegationDetails } from "../delegation-html.js";
import { esc } from "../escape.js";
import { directiveNumber, displayDate, displayNumber, itemLabel, type Lang } from "../locale.js";
import { SEVERITY_LABELS, SEVERITY_ORDER, STATUS_LABELS } from "../words.js";
import { OUTCOME, WORDS } from "./words.js";

// Everything is inline and the CSP forbids any fetch, so the page opens offline and never calls out.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root{--fail:#b42318;--waived:#b54708;--pass:#067647;--na:#667085;--error:#6941c6;--line:#d0d5dd;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#101828}
body{margin:0 auto;max-width:90rem;padding:1.5rem;line-height:1.45}h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}h3{font-size:1rem;margin:1rem 0 .35rem}
.meta{color:#475467;margin:0}.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.card{border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem;min-width:7rem}.card b{display:block;font-size:1.6rem}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;position:sticky;top:0;background:#fff;padding:.5rem 0;z-index:2}
.filters label{display:flex;flex-direction:column;font-size:.85rem}.filters input,.filters select{font:inherit;padding:.2rem}
.scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;font-size:.85rem}
th,td{border:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#f2f4f7}
th[data-sort]{cursor:pointer}th[data-sort]::after{content:" ↕";color:#98a2b3}
th.rule{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:500;max-height:14rem;overflow:hidden;text-overflow:ellipsis}
table.matrix td:first-child{min-width:12rem}
td.c{text-align:center;padding:0}td.c a{display:block;padding:.25rem .35rem;color:#fff;text-decoration:none;font-weight:700}
.s-fail{background:var(--fail)}.s-waived{background:var(--waived)}.s-pass{background:var(--pass)}.s-not_applicable{background:var(--na)}.s-error{background:var(--error)}
.o-fail{color:var(--fail);font-weight:600}.o-not_assessed{color:var(--error);font-weight:600}.o-pass{color:var(--pass)}
ul{padding-left:1.25rem}code{font-size:.85em;background:#f2f4f7;padding:0 .2rem;border-radius:.2rem;overflow-wrap:anywhere}
section.facility{border:1px solid var(--line);border-radius:.5rem;padding:.25rem .75rem;margin:.5rem 0;overflow-wrap:anywhere}ul,p{overflow-wrap:anywhere}
.badge{display:inline-block;border-radius:.25rem;padding:0 .4rem;color:#fff;font-size:.8rem;font-weight:600;white-space:nowrap}
details.delegation{margin:.25rem 0 .5rem}details.delegation summary{cursor:pointer;font-weight:600}
.legend span{display:inline-block;margin-right:.75rem}.legend i{display:inline-block;width:1em;height:1em;vertical-align:middle;margin-right:.25rem}
[hidden]{display:none!important}
@media (max-width:600px){body{padding:.75rem}.filters{position:static}
table.matrix,table.matrix tbody,table.matrix tr,table.matrix td{display:block}table.matrix thead{display:none}
table.matrix tr{border:1px solid var(--line);border-radius:.5rem;margin:.5rem 0;padding:.35rem .5rem}
table.matrix td{border:0;padding:.1rem 0}table.matrix td:first-child{min-width:0}table.matrix td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
table.matrix td.c{display:inline-block;margin:.1rem;border-radius:.25rem}table.matrix td.c::before{content:none}
table.matrix td.c a::before{content:attr(data-short) " ";font-weight:400}
table.delegation,table.delegation tbody,table.delegation tr,table.delegation td{display:block}table.delegation thead{display:none}
table.delegation tr{border:1px solid var(--line);border-radius:.5rem;margin:.35rem 0;padding:.25rem .5rem}
table.delegation td{border:0;padding:.1rem 0}table.delegation td::before{content:attr(data-label) ": ";font-weight:600}}
`;

// Filters: a letter and a severity hide rule columns (and the per-clause lists); an outcome and the search hide
// facility rows (and their detail sections). Column headers sort the rows. Data sits in data-* attributes.
const SCRIPT = `
(function(){
  var q=function(s){return Array.prototype.slice.call(document.querySelectorAll(s));};
  var f={letter:document.getElementById('f-letter'),severity:document.getElementById('f-severity'),outcome:document.getElementById('f-outcome'),search:document.getElementById('f-search')};
  function apply(){
    var letter=f.letter.value,severity=f.severity.value,outcome=f.outcome.value,text=f.search.value.trim().toLowerCase();
    q('[data-col]').forEach(function(c){c.hidden=(letter&&c.dataset.directive!==letter)||(severity&&c.dataset.severity!==severity);});
    q('th[data-group]').forEach(function(g){var n=q('thead th[data-col][data-directive="'+g.dataset.group+'"]:not([hidden])').length;g.hidden=n===0;g.colSpan=Math.max(n,1);});
    var shown=0;
    q('tr[data-facility]').forEach(function(r){
      var visible=(!outcome||r.dataset.outcome===outcome)&&(!text||r.dataset.search.indexOf(text)>=0);
      r.hidden=!visible;if(visible)shown++;
      var d=document.getElementById(r.dataset.facility);if(d)d.hidden=!visible;
    });
    q('section.clause').forEach(function(s){s.hidden=(letter&&s.dataset.directive!==letter)||(severity&&s.dataset.severity!==severity);});
    document.getElementById('shown').textContent=String(shown);
  }
  var order={};
  function sort(key){
    var body=document.querySelector('table.matrix tbody');var rows=q('table.matrix tbody tr');
    order[key]=order[key]===1?-1:1;var dir=order[key];
    rows.sort(function(a,b){var x=a.dataset[key],y=b.dataset[key];var nx=Number(x),ny=Number(y);
      var c=(x!==''&&y!==''&&!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,document.documentElement.lang);return c*dir;});
    rows.forEach(function(r){body.appendChild(r);});
  }
  q('th[data-sort]').forEach(function(th){th.addEventListener('click',function(){sort(th.dataset.sort);});});
  [f.letter,f.severity,f.outcome].forEach(function(s){s.addEventListener('change',apply);});
  f.search.addEventListener('input',apply);
  apply();
})();
`;

const MARK: Record<RuleStatus | "error", string> = { fail: "✗", waived: "~", pass: "✓", not_applicable: "–", error: "!" };
const OUTCOME_RANK = { not_assessed: 0, fail: 1, pass: 2 } as const;

/**
 * The department's page, self-contained (no network): totals, who has not submitted, a facility × clause matrix
 * with filters and sorting, then per clause the failing facilities, then each facility's failed findings. Written
 * a matrix row, a list item and a facility's section at a time.
 */
export function* summaryHtmlChunks(summary: SummaryRows, { lang }: FormatOptions): Iterable<string> {
  const words = WORDS[lang];
  const title = `${words.title} · ${displayDate(summary.asOf, lang)}`;
  yield `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(words.title)}</h1>
<p class="meta">${esc(`${words.asOf} ${displayDate(summary.asOf, lang)} (${summary.timeZone}) · ${words.profile} ${summary.profile.name} · ${summary.tool.name} ${summary.tool.version}`)}</p>
${totals(summary, lang)}
${expected(summary, lang)}
<h2 id="matrix">${esc(words.matrix)}</h2>
${filters(summary, lang)}
${legend(lang)}
<div class="scroll">`;
  yield* matrix(summary, lang);
  yield `</div>
<h2>${esc(words.byClause)}</h2>
`;
  yield* byClause(summary, lang);
  yield `
<h2>${esc(words.details)}</h2>
`;
  const ruleById = new Map(summary.rules.map((rule) => [rule.id, rule]));
  let separator = "";
  for (const [index, row] of summary.facilities.entries()) {
    yield separator + details(row.full(), index, ruleById, lang);
    separator = "\n";
  }
  yield `
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function totals(summary: SummaryRows, lang: Lang): string {
  const words = WORDS[lang];
  const { totals } = summary;
  const n = (value: number) => displayNumber(value, lang);
  const cards = [
    card(n(totals.facilities), words.facilities, "facilities"),
    card(n(totals.failing), words.failing, "failing"),
    card(n(totals.notAssessed), words.notAssessed, "not-assessed"),
    card(n(totals.rules.fail), words.failingRules, "failing-rules"),
    ...(summary.expected
      ? [
          card(n(summary.expected.missing.length), words.missing, "missing"),
          card(n(summary.expected.unknown.length), words.unknown, "unknown"),
        ]
      : []),
  ];
  return `<section class="cards" id="totals">${cards.join("")}</section>`;
}

function card(value: string, label: string, name: string): string {
  return `<div class="card" data-card="${name}"><b>${esc(value)}</b>${esc(label)}</div>`;
}

function expected(summary: SummaryRows, lang: Lang): string {
  if (!summary.expected) return "";
  const words = WORDS[lang];
  const { missing, unknown, file, listed } = summary.expected;
  const list = (items: string[]) =>
    items.length === 0 ? `<p>${esc(words.none)}</p>` : `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
  return `<p class="meta">${esc(`${words.registry}: ${file} · ${displayNumber(listed, lang)} ${words.listed}`)}</p>
<h2 id="missing">${esc(words.missing)} (${displayNumber(missing.length, lang)})</h2>
${list(missing.map((entry) => `<b>${esc(entry.code)}</b> ${esc(entry.name)}${entry.district ? ` · ${esc(entry.district)}` : ""}`))}
<h2 id="unknown">${esc(words.unknown)} (${displayNumber(unknown.length, lang)})</h2>
${list(unknown.map((entry) => `<code>${esc(entry.file)}</code> ${esc(entry.code ?? words.noCode)} ${esc(entry.name ?? "")}`))}`;
}

function filters(summary: SummaryRows, lang: Lang): string {
  const words = WORDS[lang];
  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  const letters = directives(summary).map((directive) => option(directive.id, directiveNumber(directive.number, lang)));
  const severities = SEVERITY_ORDER.map((severity) => option(severity, SEVERITY_LABELS[severity][lang]));
  const outcomes = (Object.keys(OUTCOME) as Array<keyof typeof OUTCOME>).map((outcome) =>
    option(outcome, OUTCOME[outcome][lang]),
  );
  const select = (id: string, label: string, options: string[]) =>
    `<label>${esc(label)}<select id="${id}">${option("", words.all)}${options.join("")}</select></label>`;
  return `<form class="filters" id="filters" onsubmit="return false">
${select("f-letter", words.directive, letters)}
${select("f-severity", words.severity, severities)}
${select("f-outcome", words.outcome, outcomes)}
<label>${esc(words.search)}<input id="f-search" type="search"></label>
<span><b id="shown">${summary.facilities.length}</b> ${esc(words.shown)}</span>
</form>`;
}

function legend(lang: Lang): string {
  const statuses = (Object.keys(STATUS_LABELS) as RuleStatus[]).map(
    (status) => `<span><i class="s-${status}"></i>${MARK[status]} ${esc(STATUS_LABELS[status][lang])}</span>`,
  );
  return `<p class="legend">${statuses.join("")}<span><i class="s-error"></i>${MARK.error} ${esc(WORDS[lang].notAssessed)}</span></p>`;
}

interface DirectiveGroup {
  id: string;
  number: string;
  rules: RuleSummary[];
}

function directives(summary: SummaryRows): DirectiveGroup[] {
  const groups = new Map<string, DirectiveGroup>();
  for (const rule of summary.rules) {
    const group = groups.get(rule.directive.id) ?? { id: rule.directive.id, number: rule.directive.number, rules: [] };
    group.rules.push(rule);
    groups.set(rule.directive.id, group);
  }
  return [...groups.values()];
}

/** "5715/BYT-BH đoạn 4": what a rule column is called where there is no room for its title. */
function shortName(rule: RuleSummary, lang: Lang): string {
  return `${directiveNumber(rule.directive.number, lang)} ${itemLabel(rule.directive.item, lang)}`.trimEnd();
}

function ruleAttributes(rule: RuleSummary): string {
  return `data-col data-directive="${esc(rule.directive.id)}" data-severity="${rule.severity}" data-rule="${esc(rule.id)}"`;
}

function* matrix(summary: SummaryRows, lang: Lang): Iterable<string> {
  const words = WORDS[lang];
  const groups = directives(summary);
  const facilityHeads = [
    ["name", words.name],
    ["code", words.code],
    ["district", words.district],
    ["rank", words.outcome],
    ["fails", words.failCount],
  ];
  const head1 = `<tr>${facilityHeads.map(([key, label]) => `<th rowspan="2" data-sort="${key}">${esc(label!)}</th>`).join("")}${groups
    .map(
      (group) =>
        `<th colspan="${group.rules.length}" data-group="${esc(group.id)}">${esc(directiveNumber(group.number, lang))}</th>`,
    )
    .join("")}</tr>`;
  const head2 = `<tr>${summary.rules
    .map(
      (rule) =>
        `<th class="rule" ${ruleAttributes(rule)} title="${esc(`${rule.id} — ${rule.title[lang]}`)}">${esc(itemLabel(rule.directive.item, lang))} · ${esc(rule.title[lang])}</th>`,
    )
    .join("")}</tr>`;
  yield `<table class="matrix"><thead>${head1}\n${head2}</thead>\n<tbody>\n`;
  let separator = "";
  for (const [index, facility] of summary.facilities.entries()) {
    yield separator + matrixRow(facility, index, summary.rules, lang);
    separator = "\n";
  }
  yield "\n</tbody></table>";
}

function matrixRow(facility: FacilityRow, index: number, rules: RuleSummary[], lang: Lang): string {
  const words = WORDS[lang];
  const id = facilityAnchor(index);
  const name = facility.name ?? facility.file;
  const search = [facility.name, facility.code, facility.district, facility.file].filter(Boolean).join(" ").toLowerCase();
  const cells = rules.map((rule) => {
    const status = facility.outcome === "not_assessed" ? "error" : facility.status(rule.id);
    if (!status) return `<td class="c" ${ruleAttributes(rule)}></td>`;
    const label = status === "error" ? words.notAssessed : STATUS_LABELS[status][lang];
    const tip = `${name} — ${shortName(rule, lang)} — ${rule.title[lang]}: ${label}`;
    return `<td class="c s-${status}" ${ruleAttributes(rule)}><a href="#${id}" title="${esc(tip)}" data-short="${esc(itemLabel(rule.directive.item, lang))}">${MARK[status]}</a></td>`;
  });
  const data = `data-facility="${id}" data-outcome="${facility.outcome}" data-search="${esc(search)}" data-name="${esc(name)}" data-code="${esc(facility.code ?? "")}" data-district="${esc(facility.district ?? "")}" data-rank="${OUTCOME_RANK[facility.outcome]}" data-fails="${facility.counts.fail}"`;
  return `<tr ${data}><td data-label="${esc(words.name)}"><a href="#${id}">${esc(name)}</a></td><td data-label="${esc(words.code)}">${esc(facility.code ?? "")}</td><td data-label="${esc(words.district)}">${esc(facility.district ?? "")}</td><td data-label="${esc(words.outcome)}" class="o-${facility.outcome}">${esc(OUTCOME[facility.outcome][lang])}</td><td data-label="${esc(words.failCount)}">${facility.counts.fail}</td>${cells.join("")}</tr>`;
}

function facilityAnchor(index: number): string {
  return `f-${index + 1}`;
}

/** Per rule that fails somewhere: the clause, then the facilities failing it, each linking to its details. */
function* byClause(summary: SummaryRows, lang: Lang): Iterable<string> {
  const words = WORDS[lang];
  const failing = summary.rules.filter((rule) => rule.facilities.fail > 0);
  if (failing.length === 0) yield `<p>${esc(words.noFailures)}</p>`;
  for (const [ruleIndex, rule] of failing.entries()) {
    yield `${ruleIndex > 0 ? "\n" : ""}<section class="clause" data-directive="${esc(rule.directive.id)}" data-severity="${rule.severity}" data-rule="${esc(rule.id)}">
<h3>${esc(shortName(rule, lang))} · ${esc(rule.title[lang])} <small>(${esc(SEVERITY_LABELS[rule.severity][lang])} · ${displayNumber(rule.facilities.fail, lang)} ${esc(words.facilities)})</small></h3>
<ul>`;
    for (const [index, facility] of summary.facilities.entries())
      if (facility.status(rule.id) === "fail")
        yield `<li><a href="#${facilityAnchor(index)}">${esc(facility.code ?? "")} ${esc(facility.name ?? facility.file)}</a>${facility.district ? ` · ${esc(facility.district)}` : ""}</li>`;
    yield "</ul></section>";
  }
}

function details(facility: FacilitySummary, index: number, ruleById: Map<string, RuleSummary>, lang: Lang): string {
  const words = WORDS[lang];
  const heading = `<h3>${esc(facility.code ?? "")} ${esc(facility.name ?? facility.file)} <span class="o-${facility.outcome}">${esc(OUTCOME[facility.outcome][lang])}</span></h3>
<p class="meta"><code>${esc(facility.file)}</code>${facility.district ? ` · ${esc(facility.district)}` : ""} · <a href="#matrix">${esc(words.back)}</a></p>`;
  let body: string;
  if (facility.firstError) {
    const more = facility.errorCount > 1 ? ` (+${facility.errorCount - 1})` : "";
    body = `<p class="o-not_assessed">${esc(words.error)}: <code>${esc(describeLocation(facility.firstError.location))}</code> ${esc(facility.firstError.message[lang])}${more}</p>`;
  } else if (facility.failures.length === 0) {
    body = `<p>${esc(words.noFailures)}</p>`;
  } else {
    const items = facility.failures.map((failure) => {
      const rule = ruleById.get(failure.rule);
      const where = rule ? `${shortName(rule, lang)} · ${rule.title[lang]}` : failure.rule;
      return `<li><b>${esc(where)}</b><br><code>${esc(describeLocation(failure.location))}</code> ${esc(failure.message[lang])}</li>`;
    });
    const more =
      facility.failuresOmitted > 0 ? `<p>… ${displayNumber(facility.failuresOmitted, lang)} ${esc(words.more)}</p>` : "";
    body = `<ul>${items.join("")}</ul>${more}`;
  }
  return `<section class="facility" id="${facilityAnchor(index)}">${heading}${delegationDetails(facility, lang)}${body}</section>`;
}
