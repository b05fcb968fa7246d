import { extname } from "node:path";
import { InputError } from "../errors.js";
import { loadConfigFile, parseConfig, type LoadedConfig } from "./config.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { importEvidence } from "./evidence.js";
import { importFeature } from "./optional.js";
import { upgradeConfig, type Notice, type UpgradedConfig } from "./upgrade.js";
import type { FileSource } from "./source.js";

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
  /** Where the config and its evidence are read from; the disk unless given (the browser page gives its picked files). */
  source?: FileSource;
}

function isTypeScript(file: string): boolean {
  return extname(file).toLowerCase() === ".ts";
}

/** ts-morph (and the TypeScript compiler in it) is loaded only for .ts configs: YAML users pay nothing. */
function typeScriptReader(file: string) {
  return importFeature(
    () => import("./typescript.js"),
    { file, line: 1, column: 1 },
    {
      what: { vi: "cấu hình TypeScript", en: "TypeScript configs" },
      needs: "ts-morph",
      packageName: "ts-morph",
      inPage: {
        vi: "Hãy kiểm tra tệp này bằng lệnh kcb (kcb check), hoặc xuất cấu hình ra tệp YAML hay JSON rồi chọn tệp đó.",
        en: "Check this file with the kcb command line (kcb check), or export the config as a YAML or JSON file and pick that.",
      },
    },
  );
}

/** Parses config text held in memory (YAML, JSON, or TypeScript by the extension of `file`). */
export async function parseConfigSource(text: string, file: string, limits: Limits = DEFAULT_LIMITS): Promise<LoadedConfig> {
  return isTypeScript(file)
    ? (await typeScriptReader(file)).parseTypeScriptConfig(text, file, limits)
    : parseConfig(text, file, limits);
}

/**
 * Loads one facility config (YAML, JSON or TypeScript) and the evidence files it names. Returns the config in the
 * v2 shape (a v1 file is upgraded, with a notice) with every `{ from: file }` list replaced by that file's rows,
 * or every input problem found.
 */
export async function loadFacility(file: string, options: LoadOptions = {}): Promise<UpgradedConfig | LoadFailure> {
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
  return new InputError(
    { file, line: 1, column: 1 },
    {
      vi: `Không đọc được tệp này (${name}); tệp quá phức tạp hoặc hỏng. Hãy kiểm tra lại tệp, hoặc báo lỗi kèm tệp cho nhóm phát triển.`,
      en: `This file could not be read (${name}); it is too complex or damaged. Check the file, or report the problem with it attached.`,
    },
  );
}

async function loadFacilityOrThrow(file: string, options: LoadOptions): Promise<UpgradedConfig | LoadFailure> {
  let config: UpgradedConfig;
  try {
    config = upgradeConfig(
      isTypeScript(file)
        ? await (await typeScriptReader(file)).loadTypeScriptConfig(file, options.limits)
        : await loadConfigFile(file, options.limits, options.source),
    );
  } catch (error) {
    if (error instanceof InputError) return { file, errors: [error] };
    throw error;
  }
  const errors = await importEvidence(config, options);
  return errors.length > 0 ? { file, errors, data: config.data, notices: config.notices } : config;
}
