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

const rows = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    Uint8Array.from({ length: 1 + ((index * 37) % 500) }, (_, at) => (index + at) % 256),
  );

describe("a batch summary's rows spilled to a temporary file", () => {
  it("gives back every row as it was put, the first ones from memory and the rest from the file", () => {
    const store = new SpillFile();
    const put = rows(SpillFile.IN_MEMORY_ROWS + 300);
    const refs = put.map((bytes) => store.put(bytes));
    expect(refs.slice(0, SpillFile.IN_MEMORY_ROWS).every((ref) => ref instanceof Uint8Array)).toBe(true);
    expect(refs.slice(SpillFile.IN_MEMORY_ROWS).every((ref) => typeof ref === "number")).toBe(true);
    // Read in another order than written, as a summary sorted by outcome reads them.
    for (const index of [...put.keys()].reverse()) expect(store.get(refs[index]!)).toEqual(put[index]);
    store.close();
  });

  it("leaves no file behind: deleted while open, and its folder with it", () => {
    const store = new SpillFile();
    for (const bytes of rows(SpillFile.IN_MEMORY_ROWS + 10)) store.put(bytes);
    expect(readdirSync(folder)).toEqual([]);
    store.close();
    expect(readdirSync(folder)).toEqual([]);
  });

  it("keeps the rows in memory when no file can be made there", () => {
    // A temporary folder that does not exist (root may write anywhere, so a read-only one would not do).
    process.env["TMPDIR"] = join(folder, "missing");
    const store = new SpillFile();
    const put = rows(SpillFile.IN_MEMORY_ROWS + 20);
    const refs = put.map((bytes) => store.put(bytes));
    expect(refs.every((ref) => ref instanceof Uint8Array)).toBe(true);
    refs.forEach((ref, index) => expect(store.get(ref)).toEqual(put[index]));
    store.close();
  });

  it("creates no file for a run of a few files", () => {
    const store = new SpillFile();
    const refs = rows(SpillFile.IN_MEMORY_ROWS).map((bytes) => store.put(bytes));
    expect(refs.every((ref) => ref instanceof Uint8Array)).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
    store.close();
  });
});
