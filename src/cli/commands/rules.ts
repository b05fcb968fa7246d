import { Command, Option } from "commander";
import { renderCatalog, type CatalogFormat } from "../../catalog/render.js";
import { loadCatalog } from "../../report/catalog.js";

export const rulesCommand = new Command("rules")
  .description("list every rule: id, directive, item, severity, automated or evidence-based")
  .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "md"]).default("text"))
  .addOption(new Option("--lang <lang>", "language of titles").choices(["vi", "en"]).default("en"))
  .action((flags: { format: CatalogFormat; lang: "vi" | "en" }) => {
    process.stdout.write(renderCatalog(loadCatalog(), flags.format, flags.lang));
  });
