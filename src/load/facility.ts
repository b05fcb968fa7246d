import { extname } from "node:path";
import { InputError } from "../errors.js";
import { loadConfigFile, type LoadedConfig } from "./config.js";
import type { Limits } from "./limits.js";
import { importEvidence } from "./evidence.js";
import { importFeature } from "./optional.js";
import type { FileSource } from "./source.js";

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
  /** Where the config and its evidence are read from; the disk unless given (the browser page gives its picked files). */
  source?: FileSource;
}

/**
 * Loads one facility config (YAML, JSON or TypeScript) and the evidence files it names. Returns the config with
 * every `{ from: file }` list replaced by that file's rows, or every input problem found.
 */
export async function loadFacility(file: string, options: LoadOptions = {}): Promise<LoadedConfig | LoadFailure> {
  let config: LoadedConfig;
  try {
    config = extname(file).toLowerCase() === ".ts"
      // ts-morph (and the TypeScript compiler in it) is loaded only for .ts configs: YAML users pay nothing.
      ? await (await importFeature(() => import("./typescript.js"), { file, line: 1, column: 1 }, {
        vi: "cấu hình TypeScript (cần ts-morph)",
        en: "TypeScript configs (they need ts-morph)",
      })).loadTypeScriptConfig(file, options.limits)
      : await loadConfigFile(file, options.limits, options.source);
  } catch (error) {
    if (error instanceof InputError) return { file, errors: [error] };
    throw error;
  }
  const errors = await importEvidence(config, options);
  return errors.length > 0 ? { file, errors, data: config.data } : config;
}
