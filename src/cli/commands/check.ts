import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
import { summaryExitCode } from "../../batch/summary.js";
import { FORMATS, formatReport, type FormatName } from "../../format/index.js";
import { SUMMARY_FORMAT_NAMES } from "../../format/summary/names.js";
import { collectSummaryTarget, parseJobs, runChecks, writeSummaries, type SummaryTarget } from "../batch.js";

interface CheckFlags {
  format: FormatName;
  output?: string;
  asOf?: string;
  profile: string;
  lang: "vi" | "en";
  summary: SummaryTarget[];
  jobs?: number;
  progress: boolean;
}

export const checkCommand = new Command("check")
  .description("check facility config files (YAML/JSON) or folders of them")
  .argument("<paths...>", "config files or folders")
  .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(FORMATS)).default("text"))
  .option("-o, --output <file>", "write the report to a file instead of stdout")
  .option("--as-of <date>", "evaluation date YYYY-MM-DD (default: today in Asia/Ho_Chi_Minh)")
  .option("-p, --profile <name|file>", "parameter profile: national, thanh-hoa, or a profile file", "national")
  .addOption(new Option("--lang <lang>", "language of messages").choices(["vi", "en"]).default("en"))
  .option("--summary <format=path>", `write the aggregate report (${SUMMARY_FORMAT_NAMES.join(", ")}; path - for stdout); repeatable`, collectSummaryTarget, [])
  .option("-j, --jobs <n>", "worker threads (default: every core when checking many files)", parseJobs)
  .option("--no-progress", "no progress on stderr")
  .action(async (paths: string[], flags: CheckFlags, command: Command) => {
    // With --summary and no explicit per-finding output, findings are folded into the summary and dropped,
    // so memory stays flat however many facilities are checked.
    const keepFindings = flags.summary.length === 0 || command.getOptionValueSource("format") === "cli" || flags.output !== undefined;
    const { summary, report } = await runChecks(paths, { asOf: flags.asOf, profile: flags.profile, jobs: flags.jobs, keepFindings, progress: flags.progress });
    if (report) {
      const text = formatReport(report, flags.format, { lang: flags.lang });
      if (flags.output) writeFileSync(flags.output, text);
      else process.stdout.write(text);
    } else if (!flags.summary.some((target) => target.path === "-")) {
      await writeSummaries(summary, [{ format: "text", path: "-" }], { lang: flags.lang });
    }
    await writeSummaries(summary, flags.summary, { lang: flags.lang });
    process.exitCode = summaryExitCode(summary);
  });
