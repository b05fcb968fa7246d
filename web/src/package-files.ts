import { BINARY, TEXT } from "kcb:package-files";

// Replaces src/paths.ts in the page: the policy, catalog, schemas, profiles and package.json are inlined by
// web/build.mjs (the WASM as base64), so the page reads nothing from anywhere.

export function packagePath(relative: string): string {
  throw new Error(`package file paths do not exist in the browser page (${relative})`);
}

export function readPackageText(relative: string): string {
  const text = TEXT[relative];
  if (text === undefined) throw new Error(`${relative} is not inlined in the browser page (web/build.mjs)`);
  return text;
}

export function readPackageFile(relative: string): Uint8Array {
  const base64 = BINARY[relative];
  if (base64 === undefined) return new TextEncoder().encode(readPackageText(relative));
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}
