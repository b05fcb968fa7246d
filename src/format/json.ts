import type { Report } from "../report/model.js";

/** The report model itself, as stable, indented JSON (the machine-readable contract). */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
