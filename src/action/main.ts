import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as core from "@actions/core";
import { SummaryBuilder } from "../batch/summary.js";
import { check } from "../check.js";
import { EngineError, InputError, UsageError, type Location } from "../errors.js";
import { findingsFor, formatReport } from "../format/index.js";
import { formatSummary } from "../format/summary/index.js";
import { SEVERITY_LABELS } from "../format/words.js";
import { applyBaseline, loadBaseline } from "../report/baseline.js";
import { loadCatalog } from "../report/catalog.js";
import type { Report } from "../report/model.js";
import { annotationsOf, capAnnotations, omittedNote, repositoryPath } from "./annotations.js";
import { blockingRules, type FailOn } from "../report/fail-on.js";
import { expandPaths, INPUT_PREFIX, readInputs, readLang, type Inputs, type Lang } from "./inputs.js";
import { capText, REDACTED } from "../report/withhold-secrets.js";
import { redactText } from "../validate/secrets.js";

/** The Action: check the configs, annotate failing lines, write the job summary and reports, fail per fail-on. */
export async function run(): Promise<void> {
  let lang: Lang = "en";
  try {
    lang = readLang();
    const inputs = readInputs();
    const checked = await check(await expandPaths(inputs.paths), {
      asOf: inputs.asOf,
      profile: inputs.profile,
      packs: inputs.packs,
      // Annotations and the job summary show failed and waived findings only, and a baseline marks failed ones: the
      // report files say what else is needed.
      findings: findingsFor(["markdown", ...inputs.reports.map((target) => target.format)]),
    });
    const report = inputs.baseline ? applyBaseline(checked, loadBaseline(inputs.baseline)) : checked;
    const selection = capAnnotations(annotationsOf(report, inputs.failOn, lang));
    for (const { level, message, properties } of selection.shown) core[level](message, properties);
    const written = writeReports(report, inputs);
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addRaw(omittedNote(selection, lang) + formatReport(report, "markdown", { lang, sourceUrl: blobUrl() }))
        .write();
    }
    const blocking = blockingRules(report, inputs.failOn);
    setOutputs(report, blocking, written, inputs.sarif);
    const problem = failure(report, blocking, inputs.failOn, lang);
    if (problem) core.setFailed(`kcb-compliance: ${problem}`);
  } catch (error) {
    core.setFailed(capText(redactText(`kcb-compliance: ${errorMessage(error, lang)}`, REDACTED)));
  }
}

/** The step's one-line failure, in the language of the run; "" when the step passes. */
function failure(report: Report, blocking: number, failOn: FailOn, lang: Lang): string {
  const notAssessed = report.summary.facilitiesWithErrors;
  const parts: string[] = [];
  if (lang === "vi") {
    const level = failOn === "none" ? "" : SEVERITY_LABELS[failOn].vi;
    if (blocking > 0) parts.push(`${blocking} quy tắc không đạt ở mức "${level}" trở lên`);
    if (notAssessed > 0) parts.push(`${notAssessed} tệp cấu hình không đánh giá được`);
  } else {
    if (blocking > 0) parts.push(`${blocking} failing rule result(s) at or above severity "${failOn}"`);
    if (notAssessed > 0) parts.push(`${notAssessed} config file(s) could not be assessed`);
  }
  return parts.length > 0 ? `${parts.join("; ")}.` : "";
}

/** One line for the step log: what the user can fix, never a stack (that goes to the debug log). */
function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof InputError) {
    const { file, line, column } = error.location;
    const where = file.startsWith(INPUT_PREFIX) ? file : `${file}:${line}:${column}`;
    return `${where}: ${error.text[lang]}`;
  }
  if (error instanceof UsageError) return `${error.argument}: ${error.text[lang]}`;
  if (error instanceof EngineError) {
    return lang === "vi"
      ? `lỗi bộ máy chính sách (chưa đánh giá gì): ${error.message}`
      : `policy engine error (nothing was assessed): ${error.message}`;
  }
  if (error instanceof Error && error.stack) core.debug(error.stack);
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  return lang === "vi"
    ? `lỗi nội bộ: ${message} (bật ACTIONS_STEP_DEBUG để xem chi tiết; xin báo lỗi này)`
    : `internal error: ${message} (set ACTIONS_STEP_DEBUG to see the trace; please report it)`;
}

/** Links from the job summary to the checked line, at the commit the workflow runs on. */
function blobUrl(): ((location: Location) => string) | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = process.env;
  if (!server || !repository || !sha) return undefined;
  const base = `${server}/${repository}/blob/${sha}/`;
  return (location) => `${base}${repositoryPath(location.file).split("/").map(encodeURIComponent).join("/")}#L${location.line}`;
}

function writeReports(report: Report, inputs: Inputs): Record<string, string> {
  const written: Record<string, string> = {};
  const options = { lang: inputs.lang, root: process.cwd() };
  for (const { format, path } of inputs.reports) {
    writeFile(path, formatReport(report, format, options));
    written[format] = path;
  }
  if (inputs.summaries.length > 0) {
    const { tool, asOf, timeZone, profile } = report;
    const builder = new SummaryBuilder({ tool, asOf, timeZone, profile }, loadCatalog());
    for (const facility of report.facilities) builder.add(facility);
    const summary = builder.build();
    for (const { format, path } of inputs.summaries) {
      writeFile(path, formatSummary(summary, format, options));
      written[`summary-${format}`] = path;
    }
  }
  return written;
}

function writeFile(path: string, text: string): void {
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown";
    throw new InputError(
      { file: path, line: 1, column: 1 },
      { en: `Cannot write the report (${code}).`, vi: `Không ghi được báo cáo (${code}).` },
    );
  }
  core.info(`kcb-compliance: wrote ${path}`);
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
