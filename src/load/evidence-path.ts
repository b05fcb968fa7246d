import { realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize, relative, sep } from "node:path";
import { InputError, type Location } from "../errors.js";
import type { Limits } from "./limits.js";
import { readInputFile } from "./read-file.js";
import type { FileSource } from "./source.js";

/** An evidence file named by a config, once it is known to stay inside the config's folder. */
export interface EvidencePath {
  /** Path as reports show it: the config's folder as the user gave it, joined with `from`. */
  display: string;
  /** Real path on disk (symlinks resolved). */
  real: string;
}

/**
 * Confines `from` to the config's folder: no absolute paths, no `..` escapes, and no symlink (anywhere on the
 * way) that leads out. Evidence outside the folder would let a config read any file the checker can read.
 */
export async function confineEvidencePath(
  configFile: string,
  from: string,
  where: Location,
  source: FileSource,
): Promise<EvidencePath> {
  const refuse = (vi: string, en: string): never => {
    throw new InputError(where, { vi: `Tệp minh chứng "${from}": ${vi}`, en: `Evidence file "${from}": ${en}` });
  };
  if (isAbsolute(from) || /^[a-zA-Z]:|^[\\/]/.test(from)) {
    refuse("cần đường dẫn tương đối trong thư mục của tệp cấu hình.", "must be a relative path inside the config's folder.");
  }
  const normalized = normalize(from.replaceAll("\\", "/"));
  if (normalized === ".." || normalized.startsWith(`..${sep}`)) {
    refuse("không được trỏ ra ngoài thư mục của tệp cấu hình.", "must not point outside the config's folder.");
  }
  const folder = dirname(configFile);
  const display = join(folder, normalized);
  return { display, real: await source.resolveEvidence(display, folder, refuse) };
}

/** On disk, symlinks are resolved, and one anywhere on the way that leads out of the folder is refused. */
export async function resolveOnDisk(display: string, folder: string, refuse: (vi: string, en: string) => never): Promise<string> {
  let real: string;
  let realFolder: string;
  try {
    [real, realFolder] = await Promise.all([realpath(display), realpath(folder)]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown";
    return refuse(`không mở được (${code}).`, `cannot be read (${code}).`);
  }
  const inside = relative(realFolder, real);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    refuse("là liên kết trỏ ra ngoài thư mục của tệp cấu hình.", "is a link that leads outside the config's folder.");
  }
  return real;
}

/** The bytes of a CSV or XLSX evidence file, through the one reader (regular file, within maxEvidenceBytes). */
export function readEvidenceBytes(path: EvidencePath, limits: Limits): Buffer {
  return readInputFile(path.real, limits.maxEvidenceBytes, "limits.maxEvidenceBytes", path.display);
}
