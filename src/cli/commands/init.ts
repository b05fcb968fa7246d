import { Command, Option } from "commander";
import { initFacility } from "../../init/init.js";
import { FACILITY_TYPES, type InitFacilityType } from "../../init/templates.js";

/** British spelling accepted too: the issue and many users write health_centre. */
const TYPE_ALIASES: Record<string, InitFacilityType> = { health_centre: "health_center" };

export const initCommand = new Command("init")
  .description("write a starting facility.yaml (format v2) and Excel templates (staff, trainings, accounts, access reviews)")
  .argument("[dir]", "folder to write into (created if missing)", ".")
  .addOption(
    new Option("--type <type>", "kind of facility")
      .choices([...Object.keys(FACILITY_TYPES), ...Object.keys(TYPE_ALIASES)])
      .default("hospital"),
  )
  .option("--province <NN>", "two-digit province code, e.g. 38 (Thanh Hoá)")
  .action(async (dir: string, flags: { type: string; province?: string }) => {
    const type = TYPE_ALIASES[flags.type] ?? (flags.type as InitFacilityType);
    const written = await initFacility(dir, { type, province: flags.province });
    process.stdout.write(
      `${written.map((file) => `  ${file}`).join("\n")}\n` +
        `Đã tạo. Sửa facility.yaml, điền các tệp Excel, rồi chạy / Created. Edit facility.yaml, fill in the Excel files, then run:\n` +
        `  kcb check ${written[0]}\n`,
    );
  });
