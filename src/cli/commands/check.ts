import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
import { check } from "../../check.js";
import { FORMATS, formatReport, type FormatName } from "../../format/index.js";
import { exitCode } from "../../report/build.js";

interface CheckFlags {
  format: FormatName;
  output?: string;
  asOf?: string;
  profile: string;
  lang: "vi" | "en";
}

export const checkCommand = new Command("check")
  .description("check facility config files (YAML/JSON/TypeScript) or folders of them")
  .argument("<paths...>", "config files or folders")
  .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(FORMATS)).default("text"))
  .option("-o, --output <file>", "write the report to a file instead of stdout")
  .option("--as-of <date>", "evaluation date YYYY-MM-DD (default: today in Asia/Ho_Chi_Minh)")
  .option("-p, --profile <name|file>", "parameter profile: national, thanh-hoa, or a profile file", "national")
  .addOption(new Option("--lang <lang>", "language of messages").choices(["vi", "en"]).default("en"))
  .action(async (paths: string[], flags: CheckFlags) => {
    const report = await check(paths, { asOf: flags.asOf, profile: flags.profile, progress: process.stderr.isTTY });
    const text = formatReport(report, flags.format, { lang: flags.lang });
    if (flags.output) writeFileSync(flags.output, text);
    else process.stdout.write(text);
    process.exitCode = exitCode(report);
  });
