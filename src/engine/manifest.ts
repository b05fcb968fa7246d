import { readPackageText } from "../paths.js";

/** What the policy build recorded about the WASM: its sha256 (checked before loading), the OPA that built it. */
export interface PolicyManifest {
  sha256: string;
  opa: string;
  entrypoints: string[];
}

export function loadManifest(): PolicyManifest {
  return JSON.parse(readPackageText("policy/manifest.json")) as PolicyManifest;
}
