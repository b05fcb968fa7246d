import { Command, InvalidArgumentError, Option } from "commander";
import { FAIL_ON_LEVELS, type FailOn } from "../../report/fail-on.js";
import { SpillFile } from "../../batch/spill.js";
import type { FindingsKept } from "../../engine/policy.js";
import { summaryExitCode, type SummaryRows } from "../../batch/summary.js";
import { findingsFor, FORMATS, formatReport, STREAMS, type FormatName, type FormatOptions } from "../../format/index.js";
import type { ReportStream } from "../../format/stream.js";
import { SUMMARY_FORMAT_NAMES } from "../../format/summary/names.js";
import { DEFAULT_LIMITS, parseSize, resolveLimits } from "../../load/limits.js";
import { applyBaseline, baselineFacility, loadBaseline, type Baseline } from "../../report/baseline.js";
import { exitCode, SummaryTally } from "../../report/build.js";
import type { Report } from "../../report/model.js";
import { BUNDLED_PROFILES } from "../../profile/load.js";
import {
  checkOutputPaths,
  collectSummaryTarget,
  parseJobs,
  openOutputFile,
  runChecks,
  type OutputSink,
  writeOutputFile,
  writeSummaries,
  type SummaryTarget,
} from "../batch.js";
import { checkAsOf, wantsColor } from "../terminal.js";

interface CheckFlags {
  format: FormatName;
  failOn: FailOn;
  output: OutputTarget[];
  baseline?: string;
  asOf?: string;
  profile: string;
  pack: string[];
  lang: "vi" | "en";
  summary: SummaryTarget[];
  expect?: string;
  jobs?: number;
  progress: boolean;
  quiet: boolean;
  maxFileSize: string;
  maxDepth: string;
  maxAliases: string;
}

/** `--output FORMAT=PATH` writes FORMAT to PATH; a bare `--output PATH` writes `--format` there instead of stdout. */
interface OutputTarget {
  format?: FormatName;
  path: string;
}

function parseOutput(value: string, previous: OutputTarget[]): OutputTarget[] {
  const match = /^([a-z]+)=(.+)$/.exec(value);
  if (!match) return [...previous, { path: value }];
  const [, format, path] = match;
  if (!(format! in FORMATS))
    throw new InvalidArgumentError(`unknown format "${format}"; expected one of ${Object.keys(FORMATS).join(", ")}`);
  return [...previous, { format: format as FormatName, path: path! }];
}

export const checkCommand = new Command("check")
  .description("check facility config files (YAML/JSON/TypeScript), folders or globs of them")
  .argument("<paths...>", "config files, folders or quoted globs")
  .addOption(new Option("-f, --format <format>", "output format on stdout").choices(Object.keys(FORMATS)).default("text"))
  .option(
    "-o, --output <format=path>",
    `also write a format to a file, repeatable (${Object.keys(FORMATS).join(", ")}); a bare path takes --format`,
    parseOutput,
    [],
  )
  .option("--baseline <report.json>", "a previous --format json report: failures it already had do not fail the run")
  .option("--as-of <date>", "evaluation date YYYY-MM-DD (default: today in Asia/Ho_Chi_Minh)")
  .option("-p, --profile <name|file>", "parameter profile: national, thanh-hoa, or a profile file", "national")
  .option(
    "--pack <name>",
    "also check an opt-in rule pack (pdpl-2025, emr-2025; see kcb rules --pack); repeatable",
    collectPack,
    [],
  )
  .addOption(new Option("--lang <lang>", "language of messages").choices(["vi", "en"]).default("en"))
  .option(
    "--summary <format=path>",
    `write the aggregate report (${SUMMARY_FORMAT_NAMES.join(", ")}; path - for stdout); repeatable`,
    collectSummaryTarget,
    [],
  )
  .option(
    "--expect <registry.csv>",
    "the facilities expected (CSV with code and name columns, Vietnamese or English headers): the summary lists who has not submitted and unknown codes",
  )
  .option("-j, --jobs <n>", "worker threads (default: every core when checking many files)", parseJobs)
  .option("--no-progress", "no progress on stderr")
  .addOption(
    new Option(
      "--fail-on <severity>",
      "exit 1 only for a failing rule of this severity or higher (none: never; the Action's fail-on)",
    )
      .choices([...FAIL_ON_LEVELS])
      .default("low"),
  )
  .option("-q, --quiet", "text output: only failing rules and configs that could not be assessed; no progress", false)
  .option("--max-file-size <size>", "refuse config files larger than this (bytes, or K/M/G)", String(DEFAULT_LIMITS.maxFileBytes))
  .option("--max-depth <levels>", "refuse configs nested deeper than this", String(DEFAULT_LIMITS.maxDepth))
  .option("--max-aliases <count>", "YAML alias expansion budget (0 forbids aliases)", String(DEFAULT_LIMITS.maxAliases))
  .action(async (paths: string[], flags: CheckFlags, command: Command) => {
    const limits = {
      maxFileBytes: parseSize(flags.maxFileSize, "--max-file-size"),
      maxDepth: parseSize(flags.maxDepth, "--max-depth"),
      maxAliases: parseSize(flags.maxAliases, "--max-aliases"),
    };
    checkAsOf(flags.asOf, flags.lang);
    const outputs = [
      ...flags.output.map((target) => target.path),
      ...flags.summary.map((target) => target.path).filter((path) => path !== "-"),
    ];
    const profileFile = BUNDLED_PROFILES.includes(flags.profile) ? [] : [flags.profile];
    // The baseline may be overwritten by the new report: it is read in full before anything is written.
    await checkOutputPaths(outputs, paths, profileFile);
    const baseline = flags.baseline === undefined ? undefined : loadBaseline(flags.baseline);
    // With --summary and no per-finding output, findings are folded into the summary and dropped,
    // so memory stays flat however many facilities are checked.
    const keepFindings =
      flags.summary.length === 0 ||
      command.getOptionValueSource("format") === "cli" ||
      flags.output.length > 0 ||
      baseline !== undefined;
    // The registry reader (CSV and Windows-1258 decoding) loads only for --expect: most runs never need it.
    const registry =
      flags.expect === undefined
        ? undefined
        : await (await import("../../load/registry.js")).loadRegistry(flags.expect, resolveLimits(limits));
    // The summary's rows keep their findings in a temporary file until the summaries are written, not in memory.
    const store = new SpillFile();
    try {
      const targets = reportTargets(flags);
      // A summary lists only failed findings; most formats never show a passing one (SHOWS_PASSING_FINDINGS), and a
      // baseline marks only failed ones (report/baseline.ts).
      const findings: FindingsKept = keepFindings ? findingsFor(targets.map((target) => target.format)) : "failed";
      const run = {
        asOf: flags.asOf,
        profile: flags.profile,
        packs: flags.pack,
        jobs: flags.jobs,
        findings,
        progress: flags.progress && !flags.quiet,
        limits,
        registry,
        store,
      };
      // Formats written facility by facility stream: each report goes to its outputs as it comes, then is dropped.
      const streamed = keepFindings && targets.every((target) => STREAMS[target.format] !== undefined);
      let checked: Report | undefined;
      let summary: SummaryRows;
      if (streamed) {
        const written = await streamReports(paths, run, targets, baseline);
        summary = written.summary;
        process.exitCode = written.tally.exitCode(flags.failOn);
      } else {
        ({ summary, report: checked } = await runChecks(paths, run));
      }
      if (checked) {
        const report = baseline ? applyBaseline(checked, baseline) : checked;
        for (const target of targets) writeReport(target, formatReport(report, target.format, target.options));
        process.exitCode = exitCode(report, flags.failOn);
      } else if (!streamed && !flags.summary.some((target) => target.path === "-")) {
        await writeSummaries(summary, [{ format: "text", path: "-" }], { lang: flags.lang });
      }
      await writeSummaries(summary, flags.summary, { lang: flags.lang });
      if (!checked && !streamed) process.exitCode = summaryExitCode(summary, flags.failOn);
    } finally {
      store.close();
    }
  });

export function collectPack(value: string, previous: string[]): string[] {
  return [...previous, value];
}

interface ReportTarget {
  format: FormatName;
  /** A file path, or "-" for stdout. */
  path: string;
  options: FormatOptions;
}

/** Each --output file, then stdout unless a bare --output took --format's place. */
function reportTargets(flags: CheckFlags): ReportTarget[] {
  const options = { lang: flags.lang, root: process.cwd() };
  const files = flags.output.map((target) => ({ format: target.format ?? flags.format, path: target.path, options }));
  if (flags.output.some((target) => target.format === undefined)) return files;
  // Colour and --quiet shape what a person reads on stdout; files keep the whole report, uncoloured.
  const text = flags.format === "text" ? { quiet: flags.quiet, color: wantsColor(process.stdout) } : {};
  return [...files, { format: flags.format, path: "-", options: { ...options, ...text } }];
}

function writeReport(target: ReportTarget, text: string): void {
  if (target.path === "-") process.stdout.write(text);
  else writeOutputFile(target.path, text);
}

/** Runs the checks writing each target's format facility by facility; the summary and exit code are tallied. */
async function streamReports(
  paths: string[],
  run: Parameters<typeof runChecks>[1],
  targets: ReportTarget[],
  baseline: Baseline | undefined,
): Promise<{ summary: SummaryRows; tally: SummaryTally }> {
  const outputs = targets.map((target) => ({ stream: STREAMS[target.format]!(target.options), target }));
  let sinks: OutputSink[] = [];
  const write = (text: (stream: ReportStream) => string) =>
    outputs.forEach((output, index) => {
      const piece = text(output.stream);
      if (piece !== "") sinks[index]!.write(piece);
    });
  const tally = new SummaryTally();
  let baselined = 0;
  try {
    const { summary } = await runChecks(paths, {
      ...run,
      onHeader: (header) => {
        // Files are opened once the inputs are found (none found is an error that must leave no empty report).
        sinks = outputs.map(({ target }) =>
          target.path === "-"
            ? { write: (text: string) => void process.stdout.write(text), close: () => {} }
            : openOutputFile(target.path),
        );
        write((stream) => stream.begin(header));
      },
      onReport: (checked) => {
        let facility = checked;
        if (baseline) {
          const marked = baselineFacility(checked, baseline);
          baselined += marked.baselinedRules;
          facility = marked.facility;
        }
        tally.add(facility);
        write((stream) => stream.facility(facility));
      },
    });
    if (baseline) Object.assign(tally.summary, { baselined });
    write((stream) => stream.end(tally.summary));
    return { summary, tally };
  } finally {
    for (const sink of sinks) sink.close();
  }
}
