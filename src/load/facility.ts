import { extname } from "node:path";
import { InputError } from "../errors.js";
import { loadConfigFile, type LoadedConfig } from "./config.js";
import type { Limits } from "./limits.js";
import { importEvidence } from "./evidence.js";
import { importFeature } from "./optional.js";

/** A config that could not be assessed: every input problem found, and the data when it parsed. */
export interface LoadFailure {
  file: string;
  errors: InputError[];
  data?: unknown;
}

export interface LoadOptions {
  /** Show a progress bar on stderr while large evidence (access logs) is read. */
  progress?: boolean;
  /** Resource limits for the config file itself (see limits.ts). */
  limits?: Limits;
}

/**
 * Loads one facility config (YAML, JSON or TypeScript) and the evidence files it names. Returns the config with
 * every `{ from: file }` list replaced by that file's rows, or every input problem found.
 */
export async function loadFacility(file: string, options: LoadOptions = {}): Promise<LoadedConfig | LoadFailure> {
  try {
    return await loadFacilityOrThrow(file, options);
  } catch (error) {
    return { file, errors: [unexpectedFailure(file, error)] };
  }
}

/**
 * Whatever escapes a loader — a parser's stack overflow on a nesting no limit foresaw, a library's own error — is
 * this file's error, so one hostile file never ends a batch of hundreds. Only the error's name is shown: its
 * message may quote the file.
 */
export function unexpectedFailure(file: string, error: unknown): InputError {
  const name = error instanceof Error ? error.name : typeof error;
  return new InputError({ file, line: 1, column: 1 }, {
    vi: `Không đọc được tệp này (${name}); tệp quá phức tạp hoặc hỏng. Hãy kiểm tra lại tệp, hoặc báo lỗi kèm tệp cho nhóm phát triển.`,
    en: `This file could not be read (${name}); it is too complex or damaged. Check the file, or report the problem with it attached.`,
  });
}

async function loadFacilityOrThrow(file: string, options: LoadOptions): Promise<LoadedConfig | LoadFailure> {
  let config: LoadedConfig;
  try {
    config = extname(file).toLowerCase() === ".ts"
      // ts-morph (and the TypeScript compiler in it) is loaded only for .ts configs: YAML users pay nothing.
      ? await (await importFeature(() => import("./typescript.js"), { file, line: 1, column: 1 }, {
        vi: "cấu hình TypeScript (cần ts-morph)",
        en: "TypeScript configs (they need ts-morph)",
      })).loadTypeScriptConfig(file, options.limits)
      : await loadConfigFile(file, options.limits);
  } catch (error) {
    if (error instanceof InputError) return { file, errors: [error] };
    throw error;
  }
  const errors = await importEvidence(config, options);
  return errors.length > 0 ? { file, errors, data: config.data } : config;
}
