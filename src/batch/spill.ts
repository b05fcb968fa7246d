import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { PACK_LEVEL, type PackRef, type PackStore } from "./summary.js";

/**
 * A batch summary's packed rows in a temporary file instead of the heap (about 3 KB per facility, 40 MB at 13,000),
 * so a batch's memory does not grow with its number of files. The file is private to this process (0600, in a
 * folder of its own) and removed when the run ends: at once on systems that let an open file be deleted, at close()
 * elsewhere. The first IN_MEMORY_ROWS rows stay in memory: a check of a few files creates no file. Where the file
 * cannot be made or written (a full or read-only temporary folder), rows stay in memory as they would without it.
 * Rows are deflated by node:zlib, not by the fflate of the builder's default store (which the web page needs): about
 * four times faster on a hospital's row (0.15 against 0.64 ms for 42 KB of JSON), on the batch's main thread, which
 * the workers need the cores for.
 */
export class SpillFile implements PackStore {
  /** Rows kept in memory before the file is made (a few hundred KB). */
  static readonly IN_MEMORY_ROWS = 256;
  readonly #inMemoryRows: number;
  #rows = 0;
  #fd: number | undefined;
  #folder: string | undefined;
  #failed = false;
  #size = 0;
  /** Where each spilled row starts, then where the last one ends. */
  readonly #offsets: number[] = [0];

  constructor(inMemoryRows = SpillFile.IN_MEMORY_ROWS) {
    this.#inMemoryRows = inMemoryRows;
  }

  put(text: string): PackRef {
    const bytes = deflateRawSync(text, { level: PACK_LEVEL });
    this.#rows += 1;
    if (this.#rows > this.#inMemoryRows && !this.#failed && this.#open()) {
      try {
        writeSync(this.#fd!, bytes, 0, bytes.length, this.#size);
        this.#size += bytes.length;
        this.#offsets.push(this.#size);
        return this.#offsets.length - 2;
      } catch {
        this.#failed = true;
      }
    }
    // A row kept in memory is copied: zlib's result is a view of a 16 KB buffer, whatever its size.
    return new Uint8Array(bytes);
  }

  get(ref: PackRef): string {
    return inflateRawSync(this.#bytes(ref)).toString("utf8");
  }

  #bytes(ref: PackRef): Uint8Array {
    if (typeof ref !== "number") return ref;
    const start = this.#offsets[ref]!;
    const bytes = new Uint8Array(this.#offsets[ref + 1]! - start);
    readSync(this.#fd!, bytes, 0, bytes.length, start);
    return bytes;
  }

  /** Closes and removes the file; rows spilled to it cannot be read after this. */
  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
    this.#removeFolder();
  }

  #open(): boolean {
    if (this.#fd !== undefined) return true;
    try {
      this.#folder = mkdtempSync(join(tmpdir(), "kcb-summary-"));
      const path = join(this.#folder, "rows");
      this.#fd = openSync(path, "wx+", 0o600);
      // Deleted while open, the file lives until this process closes it or ends, however it ends.
      try {
        rmSync(path);
        this.#removeFolder();
      } catch {
        // Windows keeps an open file: it is removed at close().
      }
      return true;
    } catch {
      this.#failed = true;
      this.#removeFolder();
      return false;
    }
  }

  #removeFolder(): void {
    if (this.#folder === undefined) return;
    rmSync(this.#folder, { recursive: true, force: true });
    this.#folder = undefined;
  }
}
