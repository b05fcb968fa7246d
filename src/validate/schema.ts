import type { ErrorObject } from "ajv";
import { InputError, type Bilingual } from "../errors.js";
import { locate, type LoadedConfig } from "../load/config.js";
import { renamedTo } from "../load/upgrade.js";
import { validate as compiledValidator } from "../generated/facility-validator.js";
import { bilingualText, facilitySchema, fieldLabel, fieldPhraseVi } from "../schema.js";
import { isSecretNamedKey } from "./secrets.js";

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

// The schema is compiled ahead of time (scripts/build-validator.mjs, ajv standalone): compiling it at run time
// cost more than the rest of a single-config check.
const validate = compiledValidator as ValidateFunction;

/** Every way the config breaks the facility schema, each at its file:line. Empty when valid. */
export function validateConfig(config: LoadedConfig): InputError[] {
  if (validate(config.data)) return [];
  // A list given as `{ from }` is checked by `if: object, then: evidenceImport`; the `then` errors say what is
  // wrong, the `if` error adds only "must match then schema". Secret-named keys go through to the secret rule.
  return (validate.errors ?? [])
    .filter((error) => error.keyword !== "if" && !secretKeyLetThrough(error))
    .map((error) => {
      const pointer =
        error.keyword === "additionalProperties"
          ? `${error.instancePath}/${String(error.params.additionalProperty)}`
          : error.instancePath;
      return new InputError(locate(config, pointer), describe(error));
    });
}

/** An unknown key named like a credential is left to the policy, which reports the disclosure. */
function secretKeyLetThrough(error: ErrorObject): boolean {
  return error.keyword === "additionalProperties" && isSecretNamedKey(String(error.params.additionalProperty));
}

// Vietnamese sentences name the place by its label ("Ngày đổi mật khẩu gần nhất (mục 1 của danh sách tài khoản)");
// the line and column say where it is. English keeps the JSON pointer, which the hostile-input corpus pins.
function describe(error: ErrorObject): Bilingual {
  const where = error.instancePath || "/";
  const at = fieldPhraseVi(where);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return {
        vi: `${at}: thiếu trường bắt buộc "${String(params.missingProperty)}"${missingLabel(where, params.missingProperty)}.`,
        en: `${where}: missing required field "${String(params.missingProperty)}".`,
      };
    case "additionalProperties":
      return unknownField(where, params.additionalProperty);
    case "type":
      // A code, date or id written without quotes reads as a number (or, in YAML 1.1, a boolean or date).
      return params.type === "string"
        ? {
            vi: `${at}: cần chuỗi ký tự; hãy đặt giá trị trong dấu nháy, ví dụ "01905", "2026-01-15".`,
            en: `${where}: expected string; put the value in quotes, e.g. "01905", "2026-01-15".`,
          }
        : {
            vi: `${at}: cần ${TYPE_VI[String(params.type)] ?? String(params.type)}.`,
            en: `${where}: expected ${String(params.type)}.`,
          };
    case "enum":
      return {
        vi: `${at}: cần một trong ${JSON.stringify(params.allowedValues)}.`,
        en: `${where}: expected one of ${JSON.stringify(params.allowedValues)}.`,
      };
    case "const":
      return {
        vi: `${at}: phải là ${JSON.stringify(params.allowedValue)}.`,
        en: `${where}: must be ${JSON.stringify(params.allowedValue)}.`,
      };
    case "format":
    case "pattern":
      return (
        schemaMessage(error.schemaPath, where) ??
        (params.format === "date" || String(params.pattern ?? "").includes("[0-9]{4}-[0-9]{2}-[0-9]{2}")
          ? { vi: `${at}: cần ngày có thật dạng YYYY-MM-DD.`, en: `${where}: expected a real date in YYYY-MM-DD form.` }
          : {
              vi: `${at}: không đúng dạng ${String(params.pattern ?? params.format)}.`,
              en: `${where}: does not match ${String(params.pattern ?? params.format)}.`,
            })
      );
    case "minLength":
    case "maxLength":
    case "minimum":
    case "maximum":
    case "minItems":
    case "maxItems":
      return { vi: `${at}: ${LIMIT_VI[error.keyword]} ${String(params.limit)}.`, en: `${where}: ${error.message ?? "invalid"}.` };
    default:
      return { vi: `${at}: giá trị không hợp lệ.`, en: `${where}: ${error.message ?? "invalid"}.` };
  }
}

/** The bounds ajv reports, in Vietnamese ("${at}: cần ít nhất 1 ký tự."). */
const LIMIT_VI: Record<string, string> = {
  minLength: "cần ít nhất số ký tự là",
  maxLength: "không được dài quá số ký tự là",
  minimum: "không được nhỏ hơn",
  maximum: "không được lớn hơn",
  minItems: "cần ít nhất số mục là",
  maxItems: "không được nhiều hơn số mục là",
};

/** " (mã cơ sở KCB)": the label of a missing field, which the file must add under its key. */
function missingLabel(where: string, name: unknown): string {
  const label = typeof name === "string" ? fieldLabel(`${where === "/" ? "" : where}/${name}`) : undefined;
  return label ? ` (${label.vi})` : "";
}

/** JSON Schema types in Vietnamese words (what a facility's IT staff would call them). */
const TYPE_VI: Record<string, string> = {
  boolean: "giá trị đúng/sai (true hoặc false)",
  integer: "số nguyên",
  number: "số",
  array: "danh sách",
  object: "nhóm trường (dạng tên: giá trị)",
  null: "giá trị rỗng",
};

/** An unknown field; one that v2 renamed (a v1 key in a v2 file) says its new name. */
function unknownField(where: string, name: unknown): Bilingual {
  const renamed = typeof name === "string" ? renamedTo(`${where === "/" ? "" : where}/${name}`) : undefined;
  const text = {
    vi: `${fieldPhraseVi(where)}: trường ${fieldName(name)} không có trong định dạng v2.`,
    en: `${where}: unknown field ${fieldName(name)} (not in format v2).`,
  };
  return renamed === undefined
    ? text
    : {
        vi: `${text.vi} Định dạng v2 đổi tên trường này thành "${renamed}".`,
        en: `${text.en} Format v2 renamed it "${renamed}".`,
      };
}

/**
 * The schema's own message for a failed pattern or format (`patternErrorMessage`: a Vietnamese paragraph, a blank
 * line, an English one — what editors show too), or undefined.
 */
function schemaMessage(schemaPath: string, where: string): Bilingual | undefined {
  const tokens = schemaPath.replace(/^#\//, "").split("/").slice(0, -1);
  const node = tokens.reduce<unknown>(
    (current, token) => (current as Record<string, unknown> | undefined)?.[token],
    facilitySchema(),
  );
  const message = bilingualText((node as { patternErrorMessage?: unknown } | undefined)?.patternErrorMessage);
  if (!message) return undefined;
  // The schema's Vietnamese message often names the field itself ("Mã cơ sở KCB gồm…"): say it once.
  const place = fieldPhraseVi(where);
  const named = message.vi.toLocaleLowerCase("vi").startsWith(place.split(" (")[0]!.toLocaleLowerCase("vi"));
  return { vi: named ? message.vi : `${place}: ${message.vi}`, en: `${where}: ${message.en}` };
}

/** An unknown field's name, quoted only when it reads like a field name: a pasted value is never echoed. */
function fieldName(name: unknown): string {
  return typeof name === "string" && /^[A-Za-z_$][A-Za-z0-9_$-]{0,40}$/.test(name) ? `"${name}"` : "(name withheld)";
}
