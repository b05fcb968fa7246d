import { fileURLToPath } from "node:url";

/** Absolute path of a file shipped with the package (policy/, schemas/, profiles/), from lib/ or src/. */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}
