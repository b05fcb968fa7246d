import type { ErrorObject } from "ajv";
import { validate as compiledValidator } from "../generated/profile-validator.js";
import { BUNDLED_PROFILE_JSON } from "../generated/profiles.js";
import { InputError } from "../errors.js";
import { locate, parseConfig, type LoadedConfig } from "../load/config.js";
import { DEFAULT_LIMITS } from "../load/limits.js";
import { readInputFile, tooLarge, UnreadableFileError } from "../load/read-file.js";
import { readPackageText } from "../paths.js";
import type { Basis, ResolvedParam } from "./basis.js";

/** The parameters that tune the rules, and where they came from (stated in every report). */
export interface Profile {
  name: string;
  source: string;
  /** The values the rules read (data.params). */
  params: Record<string, unknown>;
  /** Where each value comes from: a letter, a law, the department's decision, or the tool's default. */
  bases: Record<string, Basis>;
  /** Opt-in rule packs the profile enables on top of the default pack. */
  packs: string[];
}

export const BUNDLED_PROFILES = ["national", "thanh-hoa"];

interface ProfileFile {
  name: string;
  extends?: string;
  packs?: string[];
  params: Record<string, number | ResolvedParam>;
}

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

// Compiled ahead of time (scripts/build-validator.mjs, ajv standalone), like the facility schema: compiling it
// here cost a quarter of a second on every run.
const validate = compiledValidator as ValidateFunction;
let paramNames: string[] | undefined;

/** Reads a profile file the user named; the browser page passes one that reads the file picked there. */
export type ProfileReader = (file: string) => Uint8Array;

/** The bounded reader every file a user names goes through (regular files only, at most limits.maxReportBytes). */
const readDiskFile: ProfileReader = (file) => readInputFile(file, DEFAULT_LIMITS.maxReportBytes, "limits.maxReportBytes");

/** The parameter names a resolved profile must set: the profile schema's params. */
export function profileParamNames(): string[] {
  // Read once: every profile load and report header asks.
  paramNames ??= Object.keys(
    (JSON.parse(readPackageText("schemas/profile.v1.schema.json")) as { properties: { params: { properties: object } } })
      .properties.params.properties,
  ).sort();
  return paramNames;
}

/**
 * A bundled profile by name, or a profile file a health department wrote. A profile inherits the parameters it
 * does not set from the one it extends (files extend national unless they say otherwise), and the result must
 * set every parameter the rules read.
 */
export function loadProfile(nameOrFile = "national", read: ProfileReader = readDiskFile): Profile {
  const bundled = BUNDLED_PROFILES.includes(nameOrFile);
  const file = bundled ? `profiles/${nameOrFile}.yaml` : nameOrFile;
  // A bundled profile was read and validated when kcb was built (scripts/build-profiles.mjs), like its code.
  const profile = bundled
    ? (JSON.parse(BUNDLED_PROFILE_JSON[nameOrFile]!) as ProfileFile)
    : readProfileFile(file, nameOrFile, read);
  const baseName = profile.extends ?? (bundled ? undefined : "national");
  const base = baseName ? loadProfile(baseName, read) : undefined;
  const own = resolveOwn(profile, base);
  const params: Record<string, unknown> = {
    ...base?.params,
    ...Object.fromEntries(Object.entries(own).map(([name, param]) => [name, param.value])),
  };
  const bases: Record<string, Basis> = {
    ...base?.bases,
    ...Object.fromEntries(Object.entries(own).map(([name, param]) => [name, param.basis])),
  };
  const missing = profileParamNames().filter((name) => params[name] === undefined);
  if (missing.length > 0) {
    throw new InputError(
      { file, line: 1, column: 1 },
      { vi: `Bộ tham số thiếu: ${missing.join(", ")}.`, en: `The profile does not set: ${missing.join(", ")}.` },
    );
  }
  return {
    name: profile.name,
    source: bundled ? `bundled:${nameOrFile}` : nameOrFile,
    params: sortedByName(params),
    bases: sortedByName(bases),
    packs: profile.packs ?? base?.packs ?? [],
  };
}

/**
 * The file's own parameters with their basis. A bare number (today's profile files) keeps the inherited basis
 * when it repeats the inherited value; a different bare number is the profile's own, with no stated basis.
 */
function resolveOwn(profile: ProfileFile, base: Profile | undefined): Record<string, ResolvedParam> {
  return Object.fromEntries(
    Object.entries(profile.params).map(([name, given]): [string, ResolvedParam] => {
      if (typeof given === "object") return [name, given];
      const inherited = base?.bases[name];
      const basis: Basis = inherited && base?.params[name] === given ? inherited : { kind: "unstated", profile: profile.name };
      return [name, { value: given, basis }];
    }),
  );
}

/**
 * By name, in code-point order: the names are the profile schema's, lower camel case in ASCII, which localeCompare
 * would put in the same order (test/profile.test.ts checks), without loading ICU's collation data on every run.
 */
function sortedByName<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The resolved parameters as `kcb profile --format json` prints them: each value with its basis. */
export function resolvedParams(profile: Profile): Record<string, ResolvedParam> {
  return Object.fromEntries(
    Object.entries(profile.params).map(([name, value]) => [name, { value: value as number, basis: profile.bases[name]! }]),
  );
}

function readProfileFile(file: string, nameOrFile: string, read: ProfileReader): ProfileFile {
  let loaded: LoadedConfig;
  try {
    const bytes = read(file);
    if (bytes.byteLength > DEFAULT_LIMITS.maxReportBytes)
      throw tooLarge(file, bytes.byteLength, DEFAULT_LIMITS.maxReportBytes, "limits.maxReportBytes");
    loaded = parseConfig(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).normalize("NFC"), file, {
      ...DEFAULT_LIMITS,
      maxFileBytes: DEFAULT_LIMITS.maxReportBytes,
    });
  } catch (error) {
    if (error instanceof InputError && !(error instanceof UnreadableFileError)) throw error;
    throw new InputError(
      { file, line: 1, column: 1 },
      {
        vi: `Không đọc được bộ tham số "${nameOrFile}"; dùng ${BUNDLED_PROFILES.join(", ")} hoặc đường dẫn tệp YAML.`,
        en: `Cannot read profile "${nameOrFile}" (${(error as NodeJS.ErrnoException).code ?? "unreadable"}); use ${BUNDLED_PROFILES.join(", ")} or a YAML file path.`,
      },
    );
  }
  if (!validate(loaded.data)) {
    const first = (validate.errors ?? [])[0] as ErrorObject;
    const pointer =
      first.keyword === "additionalProperties"
        ? `${first.instancePath}/${String(first.params.additionalProperty)}`
        : first.instancePath;
    const detail = (validate.errors ?? []).map((error) => describe(error)).join("; ");
    throw new InputError(locate(loaded, pointer), { vi: `Bộ tham số không hợp lệ: ${detail}`, en: `Invalid profile: ${detail}` });
  }
  return loaded.data as ProfileFile;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || "/";
  if (error.keyword === "additionalProperties") return `${where}: unknown field "${String(error.params.additionalProperty)}"`;
  if (error.keyword === "required") return `${where}: missing "${String(error.params.missingProperty)}"`;
  return `${where}: ${error.message ?? "invalid"}`;
}
