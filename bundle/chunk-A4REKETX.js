import { createRequire as kcbCreateRequire } from "node:module";
const require = kcbCreateRequire(import.meta.url);

// src/errors.ts
function describeLocation(location) {
  const at = `${location.file}:${location.line}:${location.column}`;
  return location.sheet === void 0 ? at : `${at} (sheet "${location.sheet}")`;
}
var InputError = class extends Error {
  location;
  text;
  constructor(location, text) {
    super(`${describeLocation(location)}: ${text.en}`);
    this.name = "InputError";
    this.location = location;
    this.text = text;
  }
};
var UsageError = class extends Error {
  text;
  /** The option or parameter at fault, e.g. "--as-of" or "asOf". */
  argument;
  constructor(argument, text) {
    super(`${argument}: ${text.en}`);
    this.name = "UsageError";
    this.argument = argument;
    this.text = text;
  }
};
var EngineError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "EngineError";
  }
};
function describeThrown(thrown) {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === "string") return thrown;
  try {
    return JSON.stringify(thrown);
  } catch {
    return String(thrown);
  }
}

export {
  describeLocation,
  InputError,
  UsageError,
  EngineError,
  describeThrown
};
