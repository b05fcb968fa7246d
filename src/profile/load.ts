import { readFileSync } from "node:fs";
import { CORE_SCHEMA, load } from "js-yaml";
import { InputError } from "../errors.js";
import { packagePath } from "../paths.js";

/** The parameters that tune the rules, and where they came from (stated in every report). */
export interface Profile {
  name: string;
  source: string;
  params: Record<string, unknown>;
}

export const BUNDLED_PROFILES = ["national", "thanh-hoa"];

/** A bundled profile by name, or a profile file a health department wrote. */
export function loadProfile(nameOrFile = "national"): Profile {
  const source = BUNDLED_PROFILES.includes(nameOrFile) ? packagePath(`profiles/${nameOrFile}.yaml`) : nameOrFile;
  let parsed: unknown;
  try {
    parsed = load(readFileSync(source, "utf8"), { schema: CORE_SCHEMA });
  } catch (error) {
    throw new InputError(
      { file: source, line: 1, column: 1 },
      {
        vi: `Không đọc được hồ sơ tham số "${nameOrFile}"; dùng ${BUNDLED_PROFILES.join(", ")} hoặc đường dẫn tệp YAML.`,
        en: `Cannot read profile "${nameOrFile}" (${(error as Error).message.split("\n")[0]}); use ${BUNDLED_PROFILES.join(", ")} or a YAML file path.`,
      },
    );
  }
  const profile = parsed as { name?: unknown; params?: unknown };
  if (typeof profile?.name !== "string" || typeof profile.params !== "object" || profile.params === null) {
    throw new InputError(
      { file: source, line: 1, column: 1 },
      { vi: "Hồ sơ tham số cần có name và params.", en: "A profile needs a name and a params mapping." },
    );
  }
  return { name: profile.name, source: BUNDLED_PROFILES.includes(nameOrFile) ? `bundled:${nameOrFile}` : nameOrFile, params: profile.params as Record<string, unknown> };
}
