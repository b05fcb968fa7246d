import { extname } from "node:path";
import { InputError } from "../errors.js";
import { loadConfigFile, parseConfig, type LoadedConfig } from "./config.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
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

function isTypeScript(file: string): boolean {
  return extname(file).toLowerCase() === ".ts";
}

/** ts-morph (and the TypeScript compiler in it) is loaded only for .ts configs: YAML users pay nothing. */
function typeScriptReader(file: string) {
  return importFeature(() => import("./typescript.js"), { file, line: 1, column: 1 }, {
    vi: "cấu hình TypeScript (cần ts-morph)",
    en: "TypeScript configs (they need ts-morph)",
  }, "ts-morph");
}

/** Parses config text held in memory (YAML, JSON, or TypeScript by the extension of `file`). */
export async function parseConfigSource(text: string, file: string, limits: Limits = DEFAULT_LIMITS): Promise<LoadedConfig> {
  return isTypeScript(file) ? (await typeScriptReader(file)).parseTypeScriptConfig(text, file, limits) : parseConfig(text, file, limits);
}

/**
 * Loads one facility config (YAML, JSON or TypeScript) and the evidence files it names. Returns the config in the
 * v2 shape (a v1 file is upgraded, with a notice) with every `{ from: file }` list replaced by that file's rows,
 * or every input problem found.
 */
export async function loadFacility(file: string, options: LoadOptions = {}): Promise<UpgradedConfig | LoadFailure> {
  let config: UpgradedConfig;
  try {
    config = upgradeConfig(
      isTypeScript(file) ? await (await typeScriptReader(file)).loadTypeScriptConfig(file, options.limits) : await loadConfigFile(file, options.limits),
    );
  } catch (error) {
    if (error instanceof InputError) return { file, errors: [error] };
    throw error;
  }
  const errors = await importEvidence(config, options);
  return errors.length > 0 ? { file, errors, data: config.data, notices: config.notices } : config;
}
