import { fileURLToPath } from "node:url";

// Set to true by esbuild in the Action bundle (scripts/build-action.mjs), which carries its own copies of these
// files beside dist/index.js; the library, in lib/ or src/, finds them one folder up.
declare const KCB_BUNDLE: boolean | undefined;
const ROOT = typeof KCB_BUNDLE !== "undefined" && KCB_BUNDLE ? "./" : "../";

/** Absolute path of a file shipped with the package (policy/, schemas/, profiles/, package.json). */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(`${ROOT}${relative}`, import.meta.url));
}
