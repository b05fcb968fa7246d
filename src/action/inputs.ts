import { lstatSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
import * as core from "@actions/core";
import * as glob from "@actions/glob";
import { invalidIsoDate } from "../dates.js";
import { InputError } from "../errors.js";
import { FORMATS, type FormatName } from "../format/index.js";
import { SUMMARY_FORMAT_NAMES, type SummaryTextFormatName } from "../format/summary/names.js";

/** The Action writes the text-based summaries; the Excel workbook is the CLI's (`--summary xlsx=FILE`). */
const ACTION_SUMMARY_FORMATS = SUMMARY_FORMAT_NAMES.filter((name): name is SummaryTextFormatName => name !== "xlsx");
import { isConfigFileName } from "../load/discover.js";
import { FAIL_ON_LEVELS, type FailOn } from "../report/fail-on.js";

export const LANGS = ["vi", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const INPUT_PREFIX = "input ";

export interface Inputs {
  paths: string[];
  profile: string;
  /** Opt-in rule packs (e.g. pdpl-2025), one per line or comma-separated. */
  packs: string[];
  asOf?: string;
  lang: Lang;
  failOn: FailOn;
  /** Report files to write (from `outputs` and `sarif`). */
  reports: Array<{ format: FormatName; path: string }>;
  /** Aggregate (batch summary) files to write, from `summary`. */
  summaries: Array<{ format: SummaryTextFormatName; path: string }>;
  sarif: string;
  baseline?: string;
}

/** The language is read first and alone, so that every later error can be said in it. */
export function readLang(): Lang {
  return oneOf("lang", core.getInput("lang") || "en", LANGS);
}

export function readInputs(): Inputs {
  const lang = readLang();
  const failOn = oneOf("fail-on", core.getInput("fail-on") || "low", FAIL_ON_LEVELS);
  const reports = formatTargets("outputs", Object.keys(FORMATS) as FormatName[]);
  const sarif = core.getInput("sarif");
  // The sarif format is looked up by name, so the input works in any build that registers it in FORMATS.
  if (sarif) reports.push({ format: formatIn("sarif", "sarif", Object.keys(FORMATS) as FormatName[]), path: sarif });
  const paths = core.getMultilineInput("paths").filter((line) => !line.startsWith("#"));
  if (paths.length === 0)
    throw inputError(
      "paths",
      "is required: config files, folders or globs, one per line",
      "bắt buộc: tệp cấu hình, thư mục hoặc mẫu glob, mỗi dòng một mục",
    );
  return {
    paths,
    profile: core.getInput("profile") || "national",
    packs: core
      .getMultilineInput("packs")
      .flatMap((line) => line.split(","))
      .map((pack) => pack.trim())
      .filter(Boolean),
    asOf: validDate("as-of", core.getInput("as-of")),
    lang,
    failOn,
    reports,
    summaries: formatTargets("summary", ACTION_SUMMARY_FORMATS),
    sarif,
    baseline: core.getInput("baseline") || undefined,
  };
}

/** Lines of FORMAT=PATH, each FORMAT one of `known`. */
function formatTargets<T extends string>(input: string, known: readonly T[]): Array<{ format: T; path: string }> {
  return core.getMultilineInput(input).map((line) => {
    const match = /^([a-z-]+)=(.+)$/.exec(line.trim());
    if (!match) throw inputError(input, `"${line}" is not FORMAT=PATH`, `"${line}" không có dạng ĐỊNH_DẠNG=ĐƯỜNG_DẪN`);
    return { format: formatIn(input, match[1]!, known), path: match[2]!.trim() };
  });
}

function formatIn<T extends string>(input: string, format: string, known: readonly T[]): T {
  if ((known as readonly string[]).includes(format)) return format as T;
  const list = known.join(", ");
  throw inputError(
    input,
    `format "${format}" is not available in this build (formats: ${list})`,
    `không có định dạng "${format}" (các định dạng: ${list})`,
  );
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw inputError(name, `"${value}" is not one of ${allowed.join(", ")}`, `"${value}" không thuộc ${allowed.join(", ")}`);
}

function validDate(name: string, value: string): string | undefined {
  if (!value) return undefined;
  const invalid = invalidIsoDate(value);
  if (invalid) throw inputError(name, invalid.en, invalid.vi);
  return value;
}

/** A wrong Action input: named as `input NAME`, since it has no file or line of its own. */
export function inputError(input: string, en: string, vi: string): InputError {
  return new InputError({ file: `${INPUT_PREFIX}${input}`, line: 1, column: 1 }, { en, vi });
}

const GLOB_OPTIONS = { followSymbolicLinks: false } as const;

/**
 * Each line of `paths` is a file, a folder (searched for configs) or a glob; lines starting with ! exclude, also
 * inside the folders the other lines name. A line that matches nothing is an error rather than a silent pass.
 */
export async function expandPaths(patterns: string[]): Promise<string[]> {
  const excludes = patterns.filter((pattern) => pattern.startsWith("!"));
  const found = new Set<string>();
  for (const pattern of patterns.filter((entry) => !entry.startsWith("!"))) {
    const top = await glob.create([pattern, ...excludes].join("\n"), {
      ...GLOB_OPTIONS,
      implicitDescendants: false,
      matchDirectories: true,
    });
    const matches = await top.glob();
    if (matches.length === 0)
      throw inputError("paths", `"${pattern}" matches no file or folder`, `"${pattern}" không khớp tệp hay thư mục nào`);
    for (const match of matches) {
      if (leadsOutOfWorkspace(match)) {
        core.warning(`kcb-compliance: ${workspacePath(match)} is a link that leads outside the workspace; it was not read.`);
        continue;
      }
      if (!statSync(match).isDirectory()) {
        found.add(workspacePath(match));
        continue;
      }
      // The folder's files, with the excludes applied to each of them (a folder alone would be expanded later,
      // past the excludes).
      const inside = await glob.create([escapeGlob(match), ...excludes].join("\n"), {
        ...GLOB_OPTIONS,
        implicitDescendants: true,
        matchDirectories: false,
      });
      for (const file of await inside.glob()) if (isConfigFileName(file)) found.add(workspacePath(file));
    }
  }
  if (found.size === 0) throw inputError("paths", "every config file is excluded", "mọi tệp cấu hình đều bị loại trừ");
  return [...found].sort();
}

/** A matched link whose target is outside the workspace: a pull request could point it at any file of the runner. */
function leadsOutOfWorkspace(match: string): boolean {
  if (!lstatSync(match).isSymbolicLink()) return false;
  const workspace = realpathSync(process.env.GITHUB_WORKSPACE ?? process.cwd());
  let target: string;
  try {
    target = realpathSync(match);
  } catch {
    return true;
  }
  const inside = relative(workspace, target);
  return inside === "" || inside.startsWith("..") || isAbsolute(inside);
}

function workspacePath(path: string): string {
  return relative(process.cwd(), path).split(sep).join("/") || ".";
}

/** A folder found by the first search, given back to @actions/glob as a literal path. */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]]/g, "[$&]");
}
