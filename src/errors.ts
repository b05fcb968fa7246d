/** A problem the user can fix in their input. Printed without a stack; exit code 2. */
export interface Location {
  file: string;
  /** For an imported spreadsheet row: line is the row number and column the column number in this sheet. */
  sheet?: string;
  line: number;
  column: number;
  /** End of the source region (the column after its last character), when the location is a config value. */
  endLine?: number;
  endColumn?: number;
}

/** `file:line:column`, with the sheet after it for spreadsheet rows (the path stays clickable in terminals). */
export function describeLocation(location: Location): string {
  const at = `${location.file}:${location.line}:${location.column}`;
  return location.sheet === undefined ? at : `${at} (sheet "${location.sheet}")`;
}

export interface Bilingual {
  vi: string;
  en: string;
}

export class InputError extends Error {
  readonly location: Location;
  readonly text: Bilingual;
  constructor(location: Location, text: Bilingual) {
    super(`${describeLocation(location)}: ${text.en}`);
    this.name = "InputError";
    this.location = location;
    this.text = text;
  }
}

/**
 * A wrong argument to the library or the CLI (an option value, an unknown rule id): misuse of the API, thrown,
 * and printed by the CLI without a file location, since there is none. Problems in a config are in the report.
 */
export class UsageError extends Error {
  readonly text: Bilingual;
  /** The option or parameter at fault, e.g. "--as-of" or "asOf". */
  readonly argument: string;
  constructor(argument: string, text: Bilingual) {
    super(`${argument}: ${text.en}`);
    this.name = "UsageError";
    this.argument = argument;
    this.text = text;
  }
}

/** The policy engine could not produce a result: never reported as a pass (fail closed). */
export class EngineError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "EngineError";
  }
}

/** The SDK throws strings and plain objects; turn whatever it threw into readable text. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === "string") return thrown;
  try {
    return JSON.stringify(thrown);
  } catch {
    return String(thrown);
  }
}
