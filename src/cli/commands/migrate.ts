import { writeFileSync } from "node:fs";
import { extname } from "node:path";
import { Command } from "commander";
import { InputError } from "../../errors.js";
import { CONFIG_EXTENSIONS } from "../../load/config.js";
import { DEFAULT_LIMITS, readWithinLimits } from "../../load/limits.js";
import { migrateText } from "../../migrate.js";

export const migrateCommand = new Command("migrate")
  .description("rewrite facility configs from format v1 to v2 (comments and layout kept); prints to stdout unless --write")
  .argument("<files...>", "facility config files (.yaml, .yml, .json)")
  .option("-w, --write", "rewrite the files in place (only files that parse; unchanged files are left alone)", false)
  .action(async (files: string[], flags: { write: boolean }) => {
    // Every file is read and converted before any is written: one unreadable file leaves them all untouched.
    const migrations = [];
    for (const file of files) {
      const text = await readText(file);
      migrations.push({ file, ...migrateText(text, file) });
    }
    for (const { file, text, changed } of migrations) {
      if (!flags.write) {
        process.stdout.write(files.length > 1 ? `# kcb migrate: ${file}\n${text}` : text);
      } else if (changed) {
        writeFileSync(file, text);
        process.stderr.write(`kcb migrate: ${file}: rewritten as format v2 / đã chuyển sang định dạng v2\n`);
      } else {
        process.stderr.write(`kcb migrate: ${file}: already format v2 / đã là định dạng v2\n`);
      }
    }
  });

async function readText(file: string): Promise<string> {
  if (!CONFIG_EXTENSIONS.includes(extname(file).toLowerCase())) {
    throw new InputError(
      { file, line: 1, column: 1 },
      {
        vi: `kcb migrate chỉ đọc tệp ${CONFIG_EXTENSIONS.join(", ")}; với cấu hình TypeScript, hãy đổi tên các khoá theo docs/format-v2.md (kiểu dữ liệu sẽ chỉ chỗ cần sửa).`,
        en: `kcb migrate reads ${CONFIG_EXTENSIONS.join(", ")} files; in a TypeScript config rename the keys listed in docs/format-v2.md (the types show where).`,
      },
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await readWithinLimits(file, DEFAULT_LIMITS));
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "not UTF-8";
    throw new InputError(
      { file, line: 1, column: 1 },
      { vi: `Không đọc được tệp (${code}).`, en: `Cannot read the file (${code}).` },
    );
  }
}
