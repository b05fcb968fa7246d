import { extname } from "node:path";
import { InputError } from "../errors.js";
import { loadConfigFile, type LoadedConfig } from "./config.js";
import type { Limits } from "./limits.js";
import { importEvidence } from "./evidence.js";
import { importFeature } from "./optional.js";
import { upgradeConfig, type Notice, type UpgradedConfig } from "./upgrade.js";

/** A config that could not be assessed: every input problem found, and the data when it parsed. */
export interface LoadFailure {
  file: string;
  errors: InputError[];
  data?: unknown;
  /** Notes that are not errors, e.g. that the file uses the deprecated format v1. */
  notices?: Notice[];
}

export interface LoadOptions {
  /** Show a progress bar on stderr while large evidence (access logs) is read. */
  progress?: boolean;
  /** Resource limits for the config file itself (see limits.ts). */
  limits?: Limits;
}

/**
 * Loads one facility config (YAML, JSON or TypeScript) and the evidence files it names. Returns the config in the
 * v2 shape (a v1 file is upgraded, with a notice) with every `{ from: file }` list replaced by that file's rows,
 * or every input problem found.
 */
export async function loadFacility(file: string, options: LoadOptions = {}): Promise<UpgradedConfig | LoadFailure> {
  let config: UpgradedConfig;
  try {
    config = extname(file).toLowerCase() === ".ts"
      // ts-morph (and the TypeScript compiler in it) is loaded only for .ts configs: YAML users pay nothing.
      ? await (await importFeature(() => import("./typescript.js"), { file, line: 1, column: 1 }, {
        vi: "cấu hình TypeScript (cần ts-morph)",
        en: "TypeScript configs (they need ts-morph)",
      })).loadTypeScriptConfig(file, options.limits)
      : await loadConfigFile(file, options.limits);
    config = upgradeConfig(config);
  } catch (error) {
    if (error instanceof InputError) return { file, errors: [error] };
    throw error;
  }
  const errors = await importEvidence(config, options);
  return errors.length > 0 ? { file, errors, data: config.data, notices: config.notices } : config;
}
