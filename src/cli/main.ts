import { writeFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { check } from "../check.js";
import { EngineError, InputError } from "../errors.js";
import { FORMATS, formatReport, type FormatName } from "../format/index.js";
import { exitCode } from "../report/build.js";

const USAGE_ERROR = 2;

export function buildProgram(): Command {
  const program = new Command("kcb")
    .description("Check health-facility configurations against the KCB BHYT data-protection directives (5863/BYT-BH, 5715/BYT-BH, 2748/SYT-NVY, 6827/BYT-KCB).")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });

  program
    .command("check")
    .description("check facility config files (YAML/JSON) or folders of them")
    .argument("<paths...>", "config files or folders")
    .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(FORMATS)).default("text"))
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("--as-of <date>", "evaluation date YYYY-MM-DD (default: today in Asia/Ho_Chi_Minh)")
    .option("-p, --profile <name|file>", "parameter profile: national, thanh-hoa, or a profile file", "national")
    .addOption(new Option("--lang <lang>", "language of messages").choices(["vi", "en"]).default("en"))
    .action(async (paths: string[], options: { format: FormatName; output?: string; asOf?: string; profile: string; lang: "vi" | "en" }) => {
      const report = await check(paths, { asOf: options.asOf, profile: options.profile });
      const text = formatReport(report, options.format, { lang: options.lang });
      if (options.output) writeFileSync(options.output, text);
      else process.stdout.write(text);
      process.exitCode = exitCode(report);
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_ERROR;
    if (error instanceof InputError) {
      const { file, line, column } = error.location;
      process.stderr.write(`kcb: ${file}:${line}:${column}: ${error.text.en}\n     ${error.text.vi}\n`);
      return USAGE_ERROR;
    }
    if (error instanceof EngineError) {
      process.stderr.write(`kcb: policy engine error (nothing was assessed): ${error.message}\n`);
      return USAGE_ERROR;
    }
    throw error;
  }
}
