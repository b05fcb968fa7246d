import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { check } from "../../check.js";
import { InputError } from "../../errors.js";
import { FORMATS, formatReport, type FormatName } from "../../format/index.js";
import { DEFAULT_LIMITS, parseSize } from "../../load/limits.js";
import { applyBaseline, loadBaseline } from "../../report/baseline.js";
import { exitCode } from "../../report/build.js";

interface CheckFlags {
  format: FormatName;
  output?: OutputTarget[];
  baseline?: string;
  asOf?: string;
  profile: string;
  lang: "vi" | "en";
  maxFileSize: string;
  maxDepth: string;
  maxAliases: string;
}

/** `--output FORMAT=PATH` writes FORMAT to PATH; a bare `--output PATH` writes `--format` there instead of stdout. */
interface OutputTarget {
  format?: FormatName;
  path: string;
}

function parseOutput(value: string, previous: OutputTarget[] = []): OutputTarget[] {
  const match = /^([a-z]+)=(.+)$/.exec(value);
  if (!match) return [...previous, { path: value }];
  const [, format, path] = match;
  if (!(format! in FORMATS)) throw new InvalidArgumentError(`unknown format "${format}"; expected one of ${Object.keys(FORMATS).join(", ")}`);
  return [...previous, { format: format as FormatName, path: path! }];
}

export const checkCommand = new Command("check")
  .description("check facility config files (YAML/JSON/TypeScript) or folders of them")
  .argument("<paths...>", "config files or folders")
  .addOption(new Option("-f, --format <format>", "output format on stdout").choices(Object.keys(FORMATS)).default("text"))
  .option("-o, --output <format=path>", `also write a format to a file, repeatable (${Object.keys(FORMATS).join(", ")}); a bare path takes --format`, parseOutput)
  .option("--baseline <report.json>", "a previous --format json report: failures it already had do not fail the run")
  .option("--as-of <date>", "evaluation date YYYY-MM-DD (default: today in Asia/Ho_Chi_Minh)")
  .option("-p, --profile <name|file>", "parameter profile: national, thanh-hoa, or a profile file", "national")
  .addOption(new Option("--lang <lang>", "language of messages").choices(["vi", "en"]).default("en"))
  .option("--max-file-size <size>", "refuse config files larger than this (bytes, or K/M/G)", String(DEFAULT_LIMITS.maxFileBytes))
  .option("--max-depth <levels>", "refuse configs nested deeper than this", String(DEFAULT_LIMITS.maxDepth))
  .option("--max-aliases <count>", "YAML alias expansion budget (0 forbids aliases)", String(DEFAULT_LIMITS.maxAliases))
  .action(async (paths: string[], flags: CheckFlags) => {
    const limits = {
      maxFileBytes: parseSize(flags.maxFileSize, "--max-file-size"),
      maxDepth: parseSize(flags.maxDepth, "--max-depth"),
      maxAliases: parseSize(flags.maxAliases, "--max-aliases"),
    };
    const baseline = flags.baseline === undefined ? undefined : loadBaseline(flags.baseline);
    const checked = await check(paths, { asOf: flags.asOf, profile: flags.profile, progress: process.stderr.isTTY, limits });
    const report = baseline ? applyBaseline(checked, baseline) : checked;
    const options = { lang: flags.lang };
    const outputs = flags.output ?? [];
    for (const target of outputs) writeReport(target.path, formatReport(report, target.format ?? flags.format, options));
    if (!outputs.some((target) => target.format === undefined)) process.stdout.write(formatReport(report, flags.format, options));
    process.exitCode = exitCode(report);
  });

function writeReport(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown";
    throw new InputError({ file: path, line: 1, column: 1 }, { en: `Cannot write the report (${code}).`, vi: `Không ghi được báo cáo (${code}).` });
  }
}
