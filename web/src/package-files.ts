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

/** Decoded once per page or worker: the policy's 360 KB would otherwise be decoded again for every check. */
const decoded = new Map<string, Uint8Array>();

export function readPackageFile(relative: string): Uint8Array {
  const base64 = BINARY[relative];
  if (base64 === undefined) return new TextEncoder().encode(readPackageText(relative));
  let bytes = decoded.get(relative);
  if (!bytes) {
    const binary = atob(base64);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    decoded.set(relative, bytes);
  }
  return bytes;
}
