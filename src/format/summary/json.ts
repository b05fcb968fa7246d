import type { SummaryRows } from "../../batch/summary.js";

/**
 * The aggregate itself, as stable, indented JSON: `JSON.stringify(summary, null, 2)` written a facility at a time.
 * The keys before and after the facilities are stringified as objects and cut open where the array goes; each
 * facility is stringified alone and indented to its depth (JSON strings hold no raw line breaks, so indenting
 * every line is exact).
 */
export function* summaryJsonChunks(summary: SummaryRows): Iterable<string> {
  const { facilities, totals, rules, items, expected, ...header } = summary;
  const before = JSON.stringify({ ...header, totals }, null, 2);
  const after = JSON.stringify({ rules, items, ...(expected ? { expected } : {}) }, null, 2);
  // `{ …\n}` less its closing brace, the array, then `{\n …}` less its opening brace.
  yield `${before.slice(0, -2)},\n  "facilities": ${facilities.length === 0 ? "[]" : "["}`;
  let separator = "\n    ";
  for (const row of facilities) {
    yield separator + JSON.stringify(row.full(), null, 2).replace(/\n/g, "\n    ");
    separator = ",\n    ";
  }
  yield `${facilities.length === 0 ? "" : "\n  ]"},\n${after.slice(2)}\n`;
}
