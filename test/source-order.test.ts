import { describe, expect, it } from "vitest";
import type { RawFinding } from "../src/engine/policy.js";
import { inSourceOrder } from "../src/report/build.js";

/** Findings are ordered by their strings' UTF-8 bytes, as OPA orders strings, whatever the script or plane. */
describe("inSourceOrder", () => {
  const units = ["a", "Z", "~", "/", "0", "é", "ệ", "ß", "\u0301", "\uE000", "\uFFFD", "😀", "𝒳"];
  const pointers = Array.from({ length: 2000 }, (_, i) =>
    Array.from({ length: 1 + ((i * 7) % 4) }, (_, k) => units[(i * 31 + k * 17 + (i >> 3)) % units.length]).join(""),
  );
  const finding = (pointer: string, target = "t", en = ""): RawFinding => ({
    status: "pass",
    target,
    pointer,
    message: { en, vi: "" },
  });

  it("orders pointers by UTF-8 bytes, astral characters after U+E000–U+FFFF", () => {
    const expected = [...pointers].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(inSourceOrder(pointers.map((pointer) => finding(pointer))).map((found) => found.pointer)).toEqual(expected);
  });

  it("breaks ties by target, then by message", () => {
    const ordered = inSourceOrder([finding("/a", "y"), finding("/a", "x", "b"), finding("/a", "x", "a")]);
    expect(ordered.map((found) => [found.target, found.message.en])).toEqual([
      ["x", "a"],
      ["x", "b"],
      ["y", ""],
    ]);
  });
});
