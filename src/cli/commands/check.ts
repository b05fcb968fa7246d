import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
import { check } from "../../check.js";
import { FORMATS, formatReport, type FormatName } from "../../format/index.js";
import { DEFAULT_LIMITS, parseSize } from "../../load/limits.js";
import { exitCode } from "../../report/build.js";

interface CheckFlags {
  format: FormatName;
  output?: string;
  asOf?: string;
  profile: string;
  lang: "vi" | "en";
  maxFileSize: string;
  maxDepth: string;
  maxAliases: string;
}

export const checkCommand = new Command("check")
  .description("check facility config files (YAML/JSON) or folders of them")
  .argument("<paths...>", "config files or folders")
  .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(FORMATS)).default("text"))
  .option("-o, --output <file>", "write the report to a file instead of stdout")
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
    const report = await check(paths, { asOf: flags.asOf, profile: flags.profile, limits });
    const text = formatReport(report, flags.format, { lang: flags.lang });
    if (flags.output) writeFileSync(flags.output, text);
    else process.stdout.write(text);
    process.exitCode = exitCode(report);
  });
