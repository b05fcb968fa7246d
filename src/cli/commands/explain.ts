import { Command, Option } from "commander";
import { explainRule } from "../../catalog/render.js";
import { UsageError } from "../../errors.js";
import { loadProfile, resolvedParams } from "../../profile/load.js";
import { loadCatalog } from "../../report/catalog.js";

export const explainCommand = new Command("explain")
  .description("print a rule's directive sentence, what it checks, its parameters and how to fix it")
  .argument("<rule>", "rule id, e.g. syt_2748_2019.password_rotated_on_time (see kcb rules)")
  .option("-p, --profile <name|file>", "parameter profile whose values to show", "national")
  .addOption(new Option("--lang <lang>", "language").choices(["vi", "en"]).default("en"))
  .action((id: string, flags: { profile: string; lang: "vi" | "en" }) => {
    const catalog = loadCatalog();
    const rule = catalog.rules.find((candidate) => candidate.id === id);
    if (!rule) {
      const near = catalog.rules.filter((candidate) => candidate.id.includes(id.split(".").pop() ?? id)).map((r) => r.id);
      const suggestion = near.length > 0 ? ` (${near.join(", ")}?)` : "";
      throw new UsageError("explain", {
        vi: `Không có quy tắc "${id}"${suggestion}; xem kcb rules.`,
        en: `No rule "${id}"${suggestion}; see kcb rules.`,
      });
    }
    process.stdout.write(explainRule(catalog, rule, resolvedParams(loadProfile(flags.profile)), flags.lang));
  });
