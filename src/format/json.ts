import type { Report } from "../report/model.js";
import { streamWhole, type ReportStream } from "./stream.js";

/** The report model itself, as stable, indented JSON (the machine-readable contract). */
export function formatJson(report: Report): string {
  return streamWhole(report, jsonStream());
}

/**
 * The same JSON written facility by facility: each member is JSON.stringify'd with two-space indentation and
 * shifted to its depth (a JSON text has no raw line break inside a string, so every "\n" is a line of structure).
 */
export function jsonStream(): ReportStream {
  let count = 0;
  const nested = (value: unknown, indent: string) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
  return {
    // The header's members as JSON.stringify writes them, then the opening of the facilities array.
    begin: (header) => `${JSON.stringify(header, null, 2).replace(/\n\}$/, "")},\n  "facilities": [`,
    facility: (facility) => `${count++ === 0 ? "" : ","}\n    ${nested(facility, "    ")}`,
    end: (summary) => `${count === 0 ? "" : "\n  "}],\n  "summary": ${nested(summary, "  ")}\n}\n`,
  };
}
