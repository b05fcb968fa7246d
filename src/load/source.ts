import { readEvidenceBytes, resolveOnDisk, type EvidencePath } from "./evidence-path.js";
import { readWithinLimits, type Limits } from "./limits.js";

/**
 * Where a facility's files are read from. The CLI, the Action and the library read the disk (DISK_SOURCE); the
 * browser page reads the files the user picked (web/src/picked-files.ts). Either way the same path rules confine
 * evidence to the config's folder (evidence-path.ts) and the same limits apply before a byte is parsed.
 */
export interface FileSource {
  /** A config file's bytes; a located InputError for anything but a regular file within limits.maxFileBytes. */
  readConfig(file: string, limits: Limits): Promise<Uint8Array>;
  /**
   * Where `display` (already confined to `folder` by its text) really is; `refuse` throws the located error for
   * a missing file or a link that leads out of the folder.
   */
  resolveEvidence(display: string, folder: string, refuse: (vi: string, en: string) => never): Promise<string>;
  /**
   * An evidence file's bytes, at the location resolveEvidence found: a regular file within
   * limits.maxEvidenceBytes, else its located InputError.
   */
  readEvidence(path: EvidencePath, limits: Limits): Promise<Uint8Array>;
}

export const DISK_SOURCE: FileSource = {
  // readInputFile (under readWithinLimits) already turns any failure into the file's located InputError.
  readConfig: readWithinLimits,
  resolveEvidence: resolveOnDisk,
  readEvidence: (path, limits) => Promise.resolve(readEvidenceBytes(path, limits)),
};
