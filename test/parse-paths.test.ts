import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { parseConfig, parseThoroughly } from "../src/load/config.js";
import { parseCommonYaml } from "../src/load/fast-yaml.js";
import { DEFAULT_LIMITS } from "../src/load/limits.js";

/**
 * The fast path (js-yaml events, positions looked up lazily) must give exactly what the thorough path (the yaml
 * library's Documents) gives: the same data and, for every pointer the thorough path records, the same region.
 * Compared on the examples, the bad-input corpus, the fixtures, a generated bench corpus and shapes written here.
 */

const tmp = mkdtempSync(join(tmpdir(), "kcb-parse-paths-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function configFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => [".yaml", ".yml", ".json"].includes(extname(name).toLowerCase()))
    .map((name) => join(folder, name));
}

execFileSync(process.execPath, ["bench/generate.mjs", "--count", "40", "--out", join(tmp, "corpus"), "--seed", "7"]);
const FILES = [
  ...configFiles("examples"),
  ...configFiles("test/corpus/bad"),
  ...configFiles("test/fixtures"),
  ...configFiles(join(tmp, "corpus")),
];

const SHAPES: Record<string, string> = {
  "flow.yaml": 'a: [1, [2, {b: c}], []]\nd: {e: [], f: {}}  # comment\ng: { h: [ "x" , ] }\n',
  "scalars.yaml":
    "a: |\n  line one\n  line two\n\nb: >-\n  folded\n  text\nc: 'it''s'\nd: \"tab\\tnewline\\n\"\ne:\nf: ~\ng: 0x1F\nh: 1e3\ni: .inf\nj: 2024-01-15\nk: \"\"\n",
  "nested.yaml": "- - a\n  - b\n- key: value\n  other:\n    - 1\n    -\n- {x: 1}\n",
  "keys.yaml": '"quoted key": 1\n\'single\': 2\n"a/b~c": 3\nplain key: 4\n',
  "crlf.yaml": "a: 1\r\nb:\r\n  - x\r\n  - y\r\n",
  "comments.yaml": "# head\na:\n  b: 1 # trailing\n  # between\n  c: 2\n\n# tail\n",
  "unicode.yaml": 'tên: Trạm Y tế\nghi chú: "Bệnh viện"\n',
  "compact.json": '{"a":[1,2,{"b":null}],"c":{"d":"e"},"f":[]}',
};

/** Which path decided; fails on any difference between the two. */
function compare(text: string, file: string): "fast" | "thorough" | "refused" {
  let thorough;
  try {
    thorough = parseThoroughly(text, file);
  } catch (error) {
    // Refused by the thorough path: refused the same way, at the same place.
    expect(error).toBeInstanceOf(InputError);
    expect(thrown(() => parseConfig(text, file))).toEqual(thrown(() => parseThoroughly(text, file)));
    return "refused";
  }
  // A file the thorough path accepts is strict JSON if named .json, so parseConfig tries the fast path for it too.
  const fast = parseCommonYaml(text, DEFAULT_LIMITS, () => thorough.positions);
  if (!fast) return "thorough";
  expect(fast.data).toEqual(thorough.data);
  const differences = [...thorough.positions].filter(
    ([pointer, position]) => !isDeepStrictEqual(fast.positions.get(pointer), position),
  );
  expect(
    differences.slice(0, 5).map(([pointer, position]) => ({ pointer, thorough: position, fast: fast.positions.get(pointer) })),
  ).toEqual([]);
  return "fast";
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof InputError ? { location: error.location, text: error.text } : error;
  }
  return undefined;
}

describe("fast and thorough parse paths agree", () => {
  it.each(FILES)(
    "%s",
    (file) => {
      const path = compare(readFileSync(file, "utf8").normalize("NFC"), file);
      // Every valid example and generated facility is an ordinary file: the fast path takes it.
      if (!file.includes("corpus/bad")) expect(path).not.toBe("thorough");
    },
    60_000,
  );

  it.each(Object.entries(SHAPES))("%s", (name, text) => {
    expect(compare(text, name)).toBe("fast");
  });

  it.each([
    ["anchors and aliases", "a: &x 1\nb: *x\n"],
    ["tags", "a: !!str 1\n"],
    ["duplicate keys", "a: 1\na: 2\n"],
    ["non-string keys", "1: a\ntrue: b\n"],
    ["prototype keys", "__proto__: {polluted: true}\n"],
    ["several documents", "a: 1\n---\nb: 2\n"],
    ["directives", "%YAML 1.2\n---\na: 1\n"],
    ["a scalar document", "just text\n"],
    ["syntax errors", "a: [1, 2\n"],
    ["nesting near the limit", `${"[".repeat(64)}${"]".repeat(64)}\n`],
  ])("leaves %s to the thorough path", (_name, text) => {
    expect(parseCommonYaml(text, DEFAULT_LIMITS, () => new Map())).toBeUndefined();
    // …and parseConfig gives what the thorough path gives (data or the same error).
    let expected: unknown;
    try {
      expected = parseThoroughly(text, "x.yaml").data;
    } catch (error) {
      expected = error;
    }
    if (expected instanceof Error) expect(() => parseConfig(text, "x.yaml")).toThrow(expected.message);
    else expect(parseConfig(text, "x.yaml").data).toEqual(expected);
  });
});
