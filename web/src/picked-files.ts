import { normalize } from "node:path";
import { InputError } from "../../src/errors.js";
import type { EvidencePath } from "../../src/load/evidence-path.js";
import { checkFileSize } from "../../src/load/limits.js";
import { tooLarge } from "../../src/load/read-file.js";
import type { FileSource } from "../../src/load/source.js";

/** A file the user picked (or dropped), named by its path inside what was picked: "folder/facility.yaml". */
export interface PickedFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * The page's FileSource: the picked files stand for the disk. `{ from }` paths were already confined to the
 * config's folder by the same rules as the CLI (src/load/evidence-path.ts); here they are looked up among the
 * picked files, so a config can read nothing the user did not pick.
 */
export function pickedFileSource(files: PickedFile[]): FileSource {
  const byPath = new Map(files.map((file) => [normalize(file.path), file.bytes]));
  return {
    async readConfig(file, limits) {
      const bytes = byPath.get(normalize(file));
      if (!bytes) throw new InputError({ file, line: 1, column: 1 }, notPicked);
      checkFileSize(file, bytes.byteLength, limits);
      return bytes;
    },
    async resolveEvidence(display, _folder, refuse) {
      const path = normalize(display);
      return byPath.has(path) ? path : refuse(notPicked.vi, notPicked.en);
    },
    async readEvidence(path: EvidencePath, limits) {
      const bytes = byPath.get(path.real)!;
      if (bytes.byteLength > limits.maxEvidenceBytes)
        throw tooLarge(path.display, bytes.byteLength, limits.maxEvidenceBytes, "limits.maxEvidenceBytes");
      return bytes;
    },
  };
}

const notPicked = {
  vi: "không có trong các tệp đã chọn; hãy chọn cả tệp này, hoặc chọn cả thư mục của tệp cấu hình.",
  en: "is not among the picked files; pick it too, or pick the config's whole folder.",
};
