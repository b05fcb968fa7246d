/**
 * Escaping for each output medium, in one place: the formats call these on the text they assemble and never
 * re-implement them. Every string reaching a format is already secret-free and capped (report/withhold-secrets.ts).
 */

// C0 and C1 controls, DEL, and the line and paragraph separators some terminals and editors honour.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/gu;
const LINE_BREAK = /\r\n|\r|\n/gu;

/**
 * One line of terminal text: line breaks and tabs inside a value become spaces, other control characters (ANSI
 * and OSC escapes start with ESC) become "�", and a line cannot start a GitHub workflow command ("::add-mask::",
 * "::error file=…"), which the runner would obey when the CLI runs in a step.
 */
export function textLine(line: string): string {
  const plain = line.replace(LINE_BREAK, " ").replace(/\t/gu, " ").replace(CONTROL, "\uFFFD");
  return /^\s*::/u.test(plain) ? plain.replace("::", ":\u200B:") : plain;
}

/** Text of many lines, each made safe as by textLine (the format's own "\n" separators are kept). */
export function textLines(lines: string[]): string {
  return `${lines.map(textLine).join("\n")}\n`;
}

/** Escapes text for HTML element content and quoted attribute values alike. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * Text from a config or the catalog, made safe for one Markdown table cell: GitHub renders inline HTML, so markup
 * characters are entities; pipes would split the cell; any line break (a lone CR too, which ends a CommonMark
 * line) would end the row and start a heading or an image; brackets and "!" would make links and images, "@" a
 * mention that notifies someone, and backticks code spans.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/[[\]!\\]/gu, (char) => `\\${char}`)
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/\|/gu, "\\|")
    .replace(/`/gu, "'")
    .replace(/@/gu, "@\u200B")
    .replace(/:\/\//gu, ":/\u200B/")
    .replace(/\s*(?:\r\n|\r|\n)\s*/gu, " ")
    .replace(CONTROL, "\uFFFD");
}

/** GitHub's job summary (and a pull-request comment) takes at most 1 MiB; kcb's Markdown stays below this. */
export const MAX_MARKDOWN_BYTES = 1000 * 1024;

/**
 * The lines joined, cut at the last whole line that fits in maxBytes with the note after it, so a province-wide
 * run still gives a summary GitHub accepts. The head (totals) comes first, so it is always kept.
 */
export function linesWithin(lines: string[], maxBytes: number, note: (omitted: number) => string): string {
  let bytes = 0;
  for (const [index, line] of lines.entries()) {
    bytes += Buffer.byteLength(line) + 1;
    if (bytes > maxBytes - 512) return `${[...lines.slice(0, index), "", note(lines.length - index)].join("\n")}\n`;
  }
  return `${lines.join("\n")}\n`;
}

/**
 * csv-stringify options for every CSV kcb writes: a cell starting with = + - @ tab or CR gets a leading "'" (OWASP's
 * advice against formula injection), and any cell holding a CR or LF is quoted, so a lone CR cannot start a row.
 */
export const CSV_OPTIONS = { record_delimiter: "windows", escape_formulas: true, quoted_match: /[\r\n]/u } as const;
