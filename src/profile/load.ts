import { readFileSync } from "node:fs";
import type { ErrorObject } from "ajv";
import { InputError } from "../errors.js";
import { validate as compiledValidator } from "../generated/profile-validator.js";
import { locate, parseConfig, type LoadedConfig } from "../load/config.js";
import { readPackageText } from "../paths.js";

/** The parameters that tune the rules, and where they came from (stated in every report). */
export interface Profile {
  name: string;
  source: string;
  params: Record<string, unknown>;
}

export const BUNDLED_PROFILES = ["national", "thanh-hoa"];

interface ProfileFile {
  name: string;
  extends?: string;
  params: Record<string, unknown>;
}

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Reads a profile file the user named; the browser page passes one that reads the file picked there. */
export type ProfileReader = (file: string) => string;

const readDiskText: ProfileReader = (file) => readFileSync(file, "utf8");

let compiled: { validate: ValidateFunction; paramNames: string[] } | undefined;

function profileSchema() {
  if (!compiled) {
    const schema = JSON.parse(readPackageText("schemas/profile.v1.schema.json"));
    // Compiled ahead of time (scripts/build-validator.mjs), like the facility schema.
    compiled = { validate: compiledValidator as ValidateFunction, paramNames: Object.keys(schema.properties.params.properties).sort() };
  }
  return compiled;
}

/** The parameter names a resolved profile must set: the profile schema's params. */
export function profileParamNames(): string[] {
  return profileSchema().paramNames;
}

/**
 * A bundled profile by name, or a profile file a health department wrote. A profile inherits the parameters it
 * does not set from the one it extends (files extend national unless they say otherwise), and the result must
 * set every parameter the rules read.
 */
export function loadProfile(nameOrFile = "national", read: ProfileReader = readDiskText): Profile {
  const bundled = BUNDLED_PROFILES.includes(nameOrFile);
  const file = bundled ? `profiles/${nameOrFile}.yaml` : nameOrFile;
  const profile = readProfileFile(file, nameOrFile, bundled ? readPackageText : read);
  const base = profile.extends ?? (bundled ? undefined : "national");
  const params = base ? { ...loadProfile(base, read).params, ...profile.params } : profile.params;
  const missing = profileParamNames().filter((name) => params[name] === undefined);
  if (missing.length > 0) {
    throw new InputError(
      { file, line: 1, column: 1 },
      { vi: `Hồ sơ tham số thiếu: ${missing.join(", ")}.`, en: `The profile does not set: ${missing.join(", ")}.` },
    );
  }
  const sorted = Object.fromEntries(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)));
  return { name: profile.name, source: bundled ? `bundled:${nameOrFile}` : nameOrFile, params: sorted };
}

function readProfileFile(file: string, nameOrFile: string, read: ProfileReader): ProfileFile {
  let loaded: LoadedConfig;
  try {
    loaded = parseConfig(read(file).normalize("NFC"), file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      { file, line: 1, column: 1 },
      {
        vi: `Không đọc được hồ sơ tham số "${nameOrFile}"; dùng ${BUNDLED_PROFILES.join(", ")} hoặc đường dẫn tệp YAML.`,
        en: `Cannot read profile "${nameOrFile}" (${(error as NodeJS.ErrnoException).code ?? "unreadable"}); use ${BUNDLED_PROFILES.join(", ")} or a YAML file path.`,
      },
    );
  }
  const { validate } = profileSchema();
  if (!validate(loaded.data)) {
    const first = (validate.errors ?? [])[0] as ErrorObject;
    const pointer = first.keyword === "additionalProperties" ? `${first.instancePath}/${String(first.params.additionalProperty)}` : first.instancePath;
    const detail = (validate.errors ?? []).map((error) => describe(error)).join("; ");
    throw new InputError(locate(loaded, pointer), { vi: `Hồ sơ tham số không hợp lệ: ${detail}`, en: `Invalid profile: ${detail}` });
  }
  return loaded.data as ProfileFile;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || "/";
  if (error.keyword === "additionalProperties") return `${where}: unknown field "${String(error.params.additionalProperty)}"`;
  if (error.keyword === "required") return `${where}: missing "${String(error.params.missingProperty)}"`;
  return `${where}: ${error.message ?? "invalid"}`;
}
