import { Command, Option } from "commander";
import { renderCatalog, type CatalogFormat } from "../../catalog/render.js";
import { assertKnownPacks, catalogForPacks, loadCatalog } from "../../report/catalog.js";
import { loadProfile, resolvedParams } from "../../profile/load.js";
import { collectPack } from "./check.js";

export const rulesCommand = new Command("rules")
  .description("list every rule: id, directive, item, severity, automated or evidence-based, pack and confidence")
  .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "md"]).default("text"))
  .addOption(new Option("--lang <lang>", "language of titles").choices(["vi", "en"]).default("en"))
  .option("--pack <name>", "also list an opt-in rule pack (pdpl-2025, emr-2025); repeatable", collectPack, [])
  .action((flags: { format: CatalogFormat; lang: "vi" | "en"; pack: string[] }) => {
    const catalog = loadCatalog();
    assertKnownPacks(catalog, flags.pack);
    // The Markdown shows each parameter with its national value and basis, as docs/rules.md does.
    process.stdout.write(
      renderCatalog(catalogForPacks(catalog, flags.pack), flags.format, flags.lang, resolvedParams(loadProfile("national"))),
    );
  });
