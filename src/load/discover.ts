import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, isAbsolute, join, relative } from "node:path";
import { InputError, UsageError } from "../errors.js";
import { CONFIG_EXTENSIONS } from "./config.js";
import { unreadable } from "./read-file.js";

const GLOB = /[*?[\]{}]/;

/** The configs found, and the entries that could not be taken, each as that path's error (the batch goes on). */
export interface Discovered {
  files: string[];
  refused: InputError[];
}

/**
 * Expands files, folders (recursively) and globs (for shells that do not) into the config files to check, and what
 * was refused: a folder that cannot be listed (ENAMETOOLONG past the OS
 * path limit, EACCES), and a symbolic link found inside a folder or by a glob that leads out of it (the folder, or
 * the working directory for a glob). Links are never followed while searching, so a link loop is not a facility
 * counted many times; a file reached by two paths is checked once.
 */
export async function discoverInputs(paths: string[]): Promise<Discovered> {
  const found: Discovered = { files: [], refused: [] };
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info && GLOB.test(path)) {
      const { glob } = await import("tinyglobby");
      const matches = (
        await glob(path, { onlyFiles: true, expandDirectories: false, followSymbolicLinks: false, absolute: isAbsolute(path) })
      ).sort();
      await addConfined(matches.filter(isConfigFileName), process.cwd(), found);
      if (matches.length > 0) continue;
    }
    if (!info) {
      throw new UsageError(path, { vi: "Không tìm thấy tệp hoặc thư mục.", en: "No such file or folder." });
    }
    if (info.isDirectory()) await addConfined(await configFilesUnder(path, found.refused), path, found);
    else found.files.push(path);
  }
  return { files: await uniqueByRealPath(found.files), refused: found.refused };
}

async function addConfined(files: string[], root: string, into: Discovered): Promise<void> {
  const realRoot = await realpath(root).catch(() => root);
  for (const file of files) {
    const link = await lstat(file).then(
      (info) => info.isSymbolicLink(),
      () => false,
    );
    const real = link ? await realpath(file).catch(() => undefined) : file;
    const inside = real === undefined ? "" : relative(realRoot, real);
    if (!link || (inside !== "" && !inside.startsWith("..") && !isAbsolute(inside))) {
      into.files.push(file);
      continue;
    }
    into.refused.push(
      new InputError(
        { file, line: 1, column: 1 },
        {
          vi: "Liên kết này trỏ ra ngoài thư mục đang kiểm tra (hoặc không trỏ tới đâu) nên không được đọc; hãy chỉ thẳng đến tệp nếu cần kiểm tra nó.",
          en: "This link leads outside the folder being checked (or nowhere), so it was not read; name the file itself to check it.",
        },
      ),
    );
  }
}

/** Config files under a folder, walked without following links; a folder that cannot be listed is refused. */
async function configFilesUnder(folder: string, refused: InputError[]): Promise<string[]> {
  const files: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      refused.push(unreadable(current, error));
      continue;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && isConfigFileName(entry.name)) files.push(path);
    }
  }
  return files.sort();
}

/** Whether a file found in a folder is a config: YAML/JSON, or TypeScript named as a config. */
export function isConfigFileName(path: string): boolean {
  return CONFIG_EXTENSIONS.includes(extname(path).toLowerCase()) || isTypeScriptConfig(basename(path));
}

/** In folders, only TypeScript files named as configs are taken (not every .ts file a vendor's repo holds). */
export function isTypeScriptConfig(name: string): boolean {
  return name === "facility.config.ts" || name.endsWith(".facility.ts");
}

async function uniqueByRealPath(files: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const file of files) {
    const key = await realpath(file).catch(() => file);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(file);
  }
  return unique;
}
