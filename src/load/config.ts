import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { constructFromEvents, CORE_SCHEMA, parseEvents, YAMLException, type Event } from "js-yaml";
import { InputError, type Location } from "../errors.js";
import { EventPositions, type PositionIndex, type SourcePosition } from "./positions.js";

export type { SourcePosition };

/** A facility configuration as parsed, with the source position of every value for file:line findings. */
export interface LoadedConfig {
  file: string;
  data: unknown;
  /** JSON pointer → source region of the member (key to end of value) or of the array element. */
  positions: PositionIndex;
}

/** Aliases let a small file expand into a huge input; real configs need few, if any. */
const MAX_ALIASES = 100;

export const CONFIG_EXTENSIONS = [".yaml", ".yml", ".json"];

export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  if (!CONFIG_EXTENSIONS.includes(extname(file).toLowerCase())) {
    throw new InputError(
      { file, line: 1, column: 1 },
      {
        vi: `Không đọc được loại tệp này; cần tệp ${CONFIG_EXTENSIONS.join(", ")}.`,
        en: `Unsupported file type; expected one of ${CONFIG_EXTENSIONS.join(", ")}.`,
      },
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown";
    throw new InputError({ file, line: 1, column: 1 }, { vi: `Không mở được tệp (${code}).`, en: `Cannot read the file (${code}).` });
  }
  return parseConfig(decodeUtf8(bytes, file), file);
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes).normalize("NFC");
  } catch {
    throw new InputError(
      { file, line: 1, column: 1 },
      { vi: "Tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8.", en: "The file is not UTF-8 text; save it as UTF-8." },
    );
  }
}

/**
 * Parses YAML or JSON (JSON is read as YAML 1.2, which rejects duplicate keys). The core schema keeps dates such as
 * 2024-01-15 as strings. js-yaml's event stream is kept so that positions can be looked up when a finding needs one.
 */
export function parseConfig(text: string, file: string): LoadedConfig {
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, { filename: file });
    documents = constructFromEvents(events, { source: text, filename: file, schema: CORE_SCHEMA, maxAliases: MAX_ALIASES });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const location = { file, line: (error.mark?.line ?? 0) + 1, column: (error.mark?.column ?? 0) + 1 };
    throw new InputError(location, { vi: `Cú pháp YAML/JSON không hợp lệ: ${error.reason}`, en: `Invalid YAML/JSON syntax: ${error.reason}` });
  }
  if (documents.length > 1) {
    throw new InputError({ file, line: 1, column: 1 }, { vi: "Tệp chứa nhiều tài liệu YAML; mỗi tệp một cơ sở.", en: "The file holds several YAML documents; write one facility per file." });
  }
  const data = documents[0];
  if (data === undefined || data === null) {
    throw new InputError({ file, line: 1, column: 1 }, { vi: "Tệp cấu hình rỗng.", en: "The configuration file is empty." });
  }
  return { file, data, positions: new EventPositions(text, events) };
}

export function escapePointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** The source location of a pointer, or of its nearest ancestor that exists in the file. */
export function locate(config: LoadedConfig, pointer: string): Location {
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf("/"))) {
    const position = config.positions.get(current);
    if (position) return { file: config.file, ...position };
    if (current === "") return { file: config.file, line: 1, column: 1 };
  }
}
