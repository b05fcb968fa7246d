import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SpillFile } from "../src/batch/spill.js";

let folder: string;
let previous: string | undefined;

beforeEach(() => {
  // A temporary folder of the test's own, so what the store leaves behind can be listed.
  folder = mkdtempSync(join(tmpdir(), "kcb-spill-test-"));
  previous = process.env["TMPDIR"];
  process.env["TMPDIR"] = folder;
});

afterEach(() => {
  if (previous === undefined) delete process.env["TMPDIR"];
  else process.env["TMPDIR"] = previous;
  rmSync(folder, { recursive: true, force: true });
});

// Packed rows as the summary builder hands them over: JSON text of every length, with Vietnamese in it.
const rows = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    JSON.stringify({ failures: Array.from({ length: (index * 37) % 50 }, (_, at) => `Nhân viên ${index}-${at} chưa tập huấn`) }),
  );

describe("a batch summary's rows spilled to a temporary file", () => {
  it("gives back every row as it was put, the first ones from memory and the rest from the file", () => {
    const store = new SpillFile();
    const put = rows(SpillFile.IN_MEMORY_ROWS + 300);
    const refs = put.map((text) => store.put(text));
    expect(refs.slice(0, SpillFile.IN_MEMORY_ROWS).every((ref) => ref instanceof Uint8Array)).toBe(true);
    expect(refs.slice(SpillFile.IN_MEMORY_ROWS).every((ref) => typeof ref === "number")).toBe(true);
    // Read in another order than written, as a summary sorted by outcome reads them.
    for (const index of [...put.keys()].reverse()) expect(store.get(refs[index]!)).toBe(put[index]);
    store.close();
  });

  it("keeps each row in memory deflated, in a buffer of its own size", () => {
    const store = new SpillFile();
    const put = rows(SpillFile.IN_MEMORY_ROWS);
    const refs = put.map((text) => store.put(text)) as Uint8Array[];
    // A hospital's row (up to 100 findings of two-byte text) packs to a few KB; zlib hands back views of 16 KB buffers.
    refs.forEach((ref, index) => {
      expect(ref.buffer.byteLength).toBe(ref.length);
      expect(ref.length).toBeLessThan(Buffer.byteLength(put[index]!) + 16);
    });
    expect(refs.reduce((sum, ref) => sum + ref.length, 0)).toBeLessThan(
      put.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 4,
    );
    store.close();
  });

  it("leaves no file behind: deleted while open, and its folder with it", () => {
    const store = new SpillFile();
    for (const text of rows(SpillFile.IN_MEMORY_ROWS + 10)) store.put(text);
    expect(readdirSync(folder)).toEqual([]);
    store.close();
    expect(readdirSync(folder)).toEqual([]);
  });

  it("keeps the rows in memory when no file can be made there", () => {
    // A temporary folder that does not exist (root may write anywhere, so a read-only one would not do).
    process.env["TMPDIR"] = join(folder, "missing");
    const store = new SpillFile();
    const put = rows(SpillFile.IN_MEMORY_ROWS + 20);
    const refs = put.map((text) => store.put(text));
    expect(refs.every((ref) => ref instanceof Uint8Array)).toBe(true);
    refs.forEach((ref, index) => expect(store.get(ref)).toBe(put[index]));
    store.close();
  });

  it("creates no file for a run of a few files", () => {
    const store = new SpillFile();
    const refs = rows(SpillFile.IN_MEMORY_ROWS).map((text) => store.put(text));
    expect(refs.every((ref) => ref instanceof Uint8Array)).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
    store.close();
  });
});
