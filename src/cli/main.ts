import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { packagePath } from "../paths.js";
import { EngineError, InputError, UsageError } from "../errors.js";
import { textLine } from "../format/escape.js";
import { capText, REDACTED } from "../report/withhold-secrets.js";
import { redactText } from "../validate/secrets.js";
import { checkCommand } from "./commands/check.js";
import { explainCommand } from "./commands/explain.js";
import { initCommand } from "./commands/init.js";
import { migrateCommand } from "./commands/migrate.js";
import { profileCommand } from "./commands/profile.js";
import { rulesCommand } from "./commands/rules.js";

const USAGE_ERROR = 2;

/** The `kcb` program; each subcommand lives in its own file under commands/. */
export function buildProgram(): Command {
  return new Command("kcb")
    .description(
      "Check health-facility configurations against the KCB BHYT data-protection directives " +
        "(5863/BYT-BH, 5715/BYT-BH, 2748/SYT-NVY, 6827/BYT-KCB).",
    )
    .version(packageVersion(), "-V, --version", "print the version of kcb-compliance")
    .exitOverride()
    .addCommand(checkCommand.exitOverride())
    .addCommand(rulesCommand.exitOverride())
    .addCommand(explainCommand.exitOverride())
    .addCommand(migrateCommand.exitOverride())
    .addCommand(initCommand.exitOverride())
    .addCommand(profileCommand.exitOverride());
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { version: string }).version;
}

/** Runs the CLI and returns its exit code; user-caused errors are printed without a stack. */
export async function main(argv: string[]): Promise<number> {
  try {
    process.exitCode = undefined;
    await buildProgram().parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_ERROR;
    if (error instanceof UsageError) {
      process.stderr.write(`kcb: ${error.argument}: ${error.text.en}\n     ${error.text.vi}\n`);
      return USAGE_ERROR;
    }
    if (error instanceof InputError) {
      const { file, line, column } = error.location;
      const shown = (text: string) => textLine(capText(redactText(text, REDACTED)));
      process.stderr.write(`kcb: ${shown(`${file}:${line}:${column}: ${error.text.en}`)}\n     ${shown(error.text.vi)}\n`);
      return USAGE_ERROR;
    }
    if (error instanceof EngineError) {
      process.stderr.write(`kcb: policy engine error (nothing was assessed): ${error.message}\n`);
      return USAGE_ERROR;
    }
    throw error;
  }
}
