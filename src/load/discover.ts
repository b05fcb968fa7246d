import { readdir, stat } from "node:fs/promises";
import { extname, isAbsolute, join } from "node:path";
import { InputError } from "../errors.js";
import { CONFIG_EXTENSIONS } from "./config.js";

const GLOB = /[*?[\]{}]/;

/** Expands files, folders (recursively) and globs (for shells that do not) into the list of config files to check. */
export async function discoverConfigFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info && GLOB.test(path)) {
      const { glob } = await import("tinyglobby");
      const matches = (await glob(path, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(path) })).sort();
      files.push(...matches.filter((file) => CONFIG_EXTENSIONS.includes(extname(file).toLowerCase())));
      if (matches.length > 0) continue;
    }
    if (!info) {
      throw new InputError({ file: path, line: 1, column: 1 }, { vi: "Không tìm thấy tệp hoặc thư mục.", en: "No such file or folder." });
    }
    if (info.isDirectory()) files.push(...(await configFilesUnder(path)));
    else files.push(path);
  }
  return [...new Set(files)];
}

async function configFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && (CONFIG_EXTENSIONS.includes(extname(entry.name).toLowerCase()) || isTypeScriptConfig(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** In folders, only TypeScript files named as configs are taken (not every .ts file a vendor's repo holds). */
export function isTypeScriptConfig(name: string): boolean {
  return name === "facility.config.ts" || name.endsWith(".facility.ts");
}
