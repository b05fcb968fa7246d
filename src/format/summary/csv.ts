import { stringify } from "csv-stringify/sync";
import type { SummaryRows } from "../../batch/summary.js";
import { CSV_OPTIONS } from "../escape.js";
import type { FormatOptions } from "../index.js";
import { directiveNumber, itemLabel } from "../locale.js";
import { SEVERITY_LABELS } from "../words.js";
import { OUTCOME, STATUS, STATUSES, WORDS } from "./words.js";

// Excel only reads a CSV as UTF-8 (and so shows Vietnamese intact) when the file starts with a byte order mark.
const BOM = "\uFEFF";

/**
 * One row per facility, with a column per rule, for filtering in a spreadsheet. RFC 4180 quoting, CRLF. Each
 * record is stringified alone (the records of a CSV are independent), so the file is written a facility at a time.
 */
export function* summaryCsvChunks(summary: SummaryRows, { lang }: FormatOptions): Iterable<string> {
  const words = WORDS[lang];
  const header = [
    words.code,
    words.name,
    words.district,
    words.file,
    words.outcome,
    words.worst,
    ...STATUSES.map((status) => STATUS[status][lang]),
    ...summary.rules.map((rule) => rule.id),
    words.error,
  ];
  yield BOM + stringify([header], CSV_OPTIONS);
  for (const facility of summary.facilities)
    yield stringify(
      [
        [
          facility.code ?? "",
          facility.name ?? "",
          facility.district ?? "",
          facility.file,
          OUTCOME[facility.outcome][lang],
          facility.worstSeverity ? SEVERITY_LABELS[facility.worstSeverity][lang] : "",
          ...STATUSES.map((status) => facility.counts[status]),
          ...summary.rules.map((rule) => {
            const status = facility.status(rule.id);
            return status ? STATUS[status][lang] : "";
          }),
          facility.firstError
            ? `${facility.firstError.location.file}:${facility.firstError.location.line}:${facility.firstError.location.column} ${facility.firstError.message[lang]}`
            : "",
        ],
      ],
      CSV_OPTIONS,
    );
}

/** One row per rule: how many facilities fail, are waived, pass or are out of scope (a few dozen rows: one piece). */
export function* summaryRulesCsvChunks(summary: SummaryRows, { lang }: FormatOptions): Iterable<string> {
  const words = WORDS[lang];
  const header = [
    words.rule,
    words.directive,
    words.item,
    words.severity,
    words.title_,
    ...STATUSES.map((status) => STATUS[status][lang]),
  ];
  const rows = summary.rules.map((rule) => [
    rule.id,
    directiveNumber(rule.directive.number, lang),
    itemLabel(rule.directive.item, lang),
    SEVERITY_LABELS[rule.severity][lang],
    rule.title[lang],
    ...STATUSES.map((status) => rule.facilities[status]),
  ]);
  yield BOM + stringify([header, ...rows], CSV_OPTIONS);
}
