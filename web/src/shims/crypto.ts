import { sha1 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { Buffer } from "buffer";

// Node's createHash, for the callers in src/ (the policy's sha256 check, SARIF fingerprints, OSCAL UUIDs): WebCrypto
// only hashes asynchronously, so the page hashes with @noble/hashes, which gives the same digests synchronously.
const ALGORITHMS = { sha256, sha1 };

export function createHash(algorithm: keyof typeof ALGORITHMS) {
  const hash = ALGORITHMS[algorithm].create();
  const digest = {
    update(data: string | Uint8Array, encoding?: "utf8") {
      if (encoding !== undefined && encoding !== "utf8") throw new Error(`createHash: ${encoding} input is not shimmed`);
      hash.update(typeof data === "string" ? utf8ToBytes(data) : data);
      return digest;
    },
    digest(encoding?: "hex") {
      if (encoding === undefined) return Buffer.from(hash.digest());
      if (encoding !== "hex") throw new Error(`createHash: ${String(encoding)} digests are not shimmed`);
      return bytesToHex(hash.digest());
    },
  };
  return digest;
}
