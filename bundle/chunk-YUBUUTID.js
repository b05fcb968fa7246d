import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);
import {
  readInputFile
} from "./chunk-4U4GBUYI.js";
import {
  InputError
} from "./chunk-A4REKETX.js";

// src/load/evidence-path.ts
import { realpath } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize, relative, sep } from "node:path";
async function confineEvidencePath(configFile, from, where) {
  const refuse = (vi, en) => {
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
  let real;
  let realFolder;
  try {
    [real, realFolder] = await Promise.all([realpath(display), realpath(folder)]);
  } catch (error) {
    const code = error.code ?? "unknown";
    return refuse(`không mở được (${code}).`, `cannot be read (${code}).`);
  }
  const inside = relative(realFolder, real);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    refuse("là liên kết trỏ ra ngoài thư mục của tệp cấu hình.", "is a link that leads outside the config's folder.");
  }
  return { display, real };
}
function readEvidenceBytes(path, limits) {
  return readInputFile(path.real, limits.maxEvidenceBytes, "limits.maxEvidenceBytes", path.display);
}

export {
  confineEvidencePath,
  readEvidenceBytes
};
