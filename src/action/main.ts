import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import * as core from "@actions/core";
import * as glob from "@actions/glob";
import { check } from "../check.js";
import { invalidIsoDate } from "../dates.js";
import { EngineError, InputError } from "../errors.js";
import { FORMATS, formatReport, type FormatName } from "../format/index.js";
import { itemLabel } from "../format/locale.js";
import { SEVERITY_LABELS } from "../format/words.js";
import type { FacilityReport, Report, RuleResult, Severity } from "../report/model.js";

const SEVERITIES: Severity[] = ["critical", "high", "medium", "low"];
const INPUT_PREFIX = "input ";
type FailOn = Severity | "none";
type Lang = "vi" | "en";

interface Inputs {
  paths: string[];
  profile: string;
  asOf?: string;
  lang: Lang;
  failOn: FailOn;
  /** Report files to write, format → path (from `outputs` and `sarif`). */
  reports: Array<{ format: string; path: string }>;
  sarif: string;
}

/** The Action: check the configs, annotate failing lines, write the job summary and reports, fail per fail-on. */
/** Why the job fails, in the language of the run (input `lang`). */
const FAILED_WORDS = {
  blocking: {
    en: (count: number, failOn: FailOn) => `${count} failing rule result(s) at or above severity "${failOn}"`,
    vi: (count: number, failOn: FailOn) => `${count} kết quả quy tắc không đạt ở mức độ "${failOn === "none" ? failOn : SEVERITY_LABELS[failOn].vi}" trở lên`,
  },
  notAssessed: {
    en: (count: number) => `${count} config file(s) could not be assessed`,
    vi: (count: number) => `${count} tệp cấu hình không đánh giá được`,
  },
};

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const report = await check(await expandPaths(inputs.paths), { asOf: inputs.asOf, profile: inputs.profile });
    annotate(report, inputs.failOn, inputs.lang);
    const written = writeReports(report, inputs.reports, inputs.lang);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatReport(report, "markdown", { lang: inputs.lang })).write();
    const blocking = blockingRules(report, inputs.failOn);
    setOutputs(report, blocking, written, inputs.sarif);
    const problems = [
      ...(blocking > 0 ? [FAILED_WORDS.blocking[inputs.lang](blocking, inputs.failOn)] : []),
      ...(report.summary.facilitiesWithErrors > 0 ? [FAILED_WORDS.notAssessed[inputs.lang](report.summary.facilitiesWithErrors)] : []),
    ];
    if (problems.length > 0) core.setFailed(`kcb-compliance: ${problems.join("; ")}.`);
  } catch (error) {
    if (error instanceof InputError) {
      const { file, line, column } = error.location;
      const where = file.startsWith(INPUT_PREFIX) ? file : `${file}:${line}:${column}`;
      core.setFailed(`kcb-compliance: ${where}: ${error.text.en} / ${error.text.vi}`);
    } else if (error instanceof EngineError) {
      core.setFailed(`kcb-compliance: policy engine error (nothing was assessed): ${error.message}`);
    } else {
      core.setFailed(`kcb-compliance: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}

function readInputs(): Inputs {
  const lang = oneOf("lang", core.getInput("lang") || "en", ["vi", "en"]);
  const failOn = oneOf("fail-on", core.getInput("fail-on") || "low", [...SEVERITIES, "none"]);
  const reports = core.getMultilineInput("outputs").map((line) => {
    const match = /^([a-z]+)=(.+)$/.exec(line.trim());
    if (!match) throw inputError("outputs", `"${line}" is not FORMAT=PATH`, `"${line}" không có dạng ĐỊNH_DẠNG=ĐƯỜNG_DẪN`);
    return { format: match[1]!, path: match[2]!.trim() };
  });
  const sarif = core.getInput("sarif");
  // The sarif format is looked up by name, so the input works in any build that registers it in FORMATS.
  if (sarif) reports.push({ format: "sarif", path: sarif });
  for (const { format } of reports) {
    if (!(format in FORMATS)) {
      const known = Object.keys(FORMATS).join(", ");
      throw inputError("outputs", `format "${format}" is not available in this build (formats: ${known})`, `không có định dạng "${format}" (các định dạng: ${known})`);
    }
  }
  return {
    paths: core.getMultilineInput("paths", { required: true }),
    profile: core.getInput("profile") || "national",
    asOf: validDate("as-of", core.getInput("as-of")),
    lang,
    failOn,
    reports,
    sarif,
  };
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
function inputError(input: string, en: string, vi: string): InputError {
  return new InputError({ file: `${INPUT_PREFIX}${input}`, line: 1, column: 1 }, { en, vi });
}

/**
 * Each line of `paths` is a file, a folder (searched for configs) or a glob; lines starting with ! exclude.
 * A line that matches nothing is an error rather than a silent pass.
 */
async function expandPaths(patterns: string[]): Promise<string[]> {
  const excludes = patterns.filter((pattern) => pattern.startsWith("!"));
  const found = new Set<string>();
  for (const pattern of patterns.filter((entry) => !entry.startsWith("!"))) {
    const globber = await glob.create([pattern, ...excludes].join("\n"), { implicitDescendants: false, matchDirectories: true, followSymbolicLinks: false });
    const matches = await globber.glob();
    if (matches.length === 0) throw inputError("paths", `"${pattern}" matches no file or folder`, `"${pattern}" không khớp tệp hay thư mục nào`);
    for (const match of matches) found.add(relative(process.cwd(), match).split(sep).join("/") || ".");
  }
  return [...found].sort();
}

function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

function blocks(rule: RuleResult, failOn: FailOn): boolean {
  return rule.status === "fail" && failOn !== "none" && severityRank(rule.severity) <= severityRank(failOn);
}

function blockingRules(report: Report, failOn: FailOn): number {
  return report.facilities.reduce((sum, facility) => sum + facility.rules.filter((rule) => blocks(rule, failOn)).length, 0);
}

/** Paths in annotations are relative to the repository root, or GitHub cannot place them on the diff. */
function repositoryPath(file: string): string {
  return relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), resolve(file)).split(sep).join("/");
}

/** One annotation per failing (or waived) finding, on its line: errors block the run, warnings are below fail-on. */
function annotate(report: Report, failOn: FailOn, lang: Lang): void {
  for (const facility of report.facilities) {
    annotateErrors(facility, lang);
    for (const rule of facility.rules) {
      if (rule.status !== "fail" && rule.status !== "waived") continue;
      const level = rule.status === "waived" ? core.notice : blocks(rule, failOn) ? core.error : core.warning;
      const title = `${rule.directive.number} ${itemLabel(rule.directive.item, lang)} · ${rule.title[lang]} (${SEVERITY_LABELS[rule.severity][lang]})`;
      for (const finding of rule.findings.filter((entry) => entry.status === rule.status)) {
        const fix = rule.status === "fail" ? `\n→ ${rule.remediation[lang]}` : "";
        level(`${finding.message[lang]}${fix}\n[${rule.id}]`, {
          title,
          file: repositoryPath(finding.location.file),
          startLine: finding.location.line,
          startColumn: finding.location.column,
        });
      }
    }
  }
}

function annotateErrors(facility: FacilityReport, lang: Lang): void {
  for (const error of facility.errors) {
    core.error(error.message[lang], {
      title: "Not assessed by kcb-compliance",
      file: repositoryPath(error.location.file),
      startLine: error.location.line,
      startColumn: error.location.column,
    });
  }
}

function writeReports(report: Report, reports: Inputs["reports"], lang: Lang): Record<string, string> {
  const written: Record<string, string> = {};
  for (const { format, path } of reports) {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileSync(path, formatReport(report, format as FormatName, { lang }));
    written[format] = path;
    core.info(`kcb-compliance: wrote the ${format} report to ${path}`);
  }
  return written;
}

function setOutputs(report: Report, blocking: number, written: Record<string, string>, sarif: string): void {
  const counts = report.summary.rules;
  core.setOutput("fail", counts.fail);
  core.setOutput("waived", counts.waived);
  core.setOutput("pass", counts.pass);
  core.setOutput("not-applicable", counts.not_applicable);
  core.setOutput("facilities", report.summary.facilities);
  core.setOutput("not-assessed", report.summary.facilitiesWithErrors);
  core.setOutput("blocking", blocking);
  core.setOutput("sarif", sarif);
  core.setOutput("reports", JSON.stringify(written));
}
