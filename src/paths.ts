import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Set to true by esbuild in the bundle (scripts/build-action.mjs: the Action and the CLI), which carries its own
// copies of these files beside dist/index.js; the library, in lib/ or src/, finds them one folder up.
declare const KCB_BUNDLE: boolean | undefined;
const ROOT = typeof KCB_BUNDLE !== "undefined" && KCB_BUNDLE ? "./" : "../";

/** Absolute path of a file shipped with the package (policy/, schemas/, profiles/, package.json). */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(`${ROOT}${relative}`, import.meta.url));
}

// The browser page (web/build.mjs) replaces this module with one that holds these files inline: the code that
// reads the policy, catalog, schemas and profiles goes through the two functions below and runs unchanged there.

/** The bytes of a file shipped with the package. */
export function readPackageFile(relative: string): Uint8Array {
  return readFileSync(packagePath(relative));
}

/** The text of a file shipped with the package (UTF-8). */
export function readPackageText(relative: string): string {
  return readFileSync(packagePath(relative), "utf8");
}
