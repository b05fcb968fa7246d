import { describe, expect, it } from "vitest";
import { check, exitCode } from "../src/index.js";
import { locate } from "../src/load/config.js";
import { parseTypeScriptConfig } from "../src/load/typescript.js";

const asOf = "2026-11-20";

function refusal(source: string): string {
  try {
    parseTypeScriptConfig(source, "facility.config.ts");
  } catch (error) {
    const { location, text } = error as { location: { line: number; column: number }; text: { en: string } };
    return `${location.line}:${location.column} ${text.en}`;
  }
  throw new Error("expected the config to be refused");
}

describe("facility.config.ts, read statically", { timeout: 30_000 }, () => {
  it("checks the vendor example and points the finding at its .ts line", async () => {
    const report = await check(["examples/vendor-ts/facility.config.ts"], { asOf });
    expect(exitCode(report)).toBe(1);
    const failures = report.facilities[0]!.rules.flatMap((rule) =>
      rule.findings
        .filter((f) => f.status === "fail")
        .map((f) => `${rule.id}@${f.location.file}:${f.location.line}:${f.location.column}`),
    );
    expect(failures).toEqual(["syt_2748_2019.password_rotated_on_time@examples/vendor-ts/facility.config.ts:68:7"]);
  });

  it("reads literals under defineFacility, as const and satisfies, with positions like YAML's", () => {
    const config = parseTypeScriptConfig(
      [
        'import { defineFacility } from "kcb-compliance";',
        'import type { Facility } from "kcb-compliance";',
        "export default defineFacility({",
        '  "kind": `Facility`,',
        "  staff: [",
        "    { id: 'a', n: -1, ok: true, none: null },",
        "  ],",
        "} satisfies Facility as const);",
      ].join("\n"),
      "f.ts",
    );
    expect(config.data).toEqual({ kind: "Facility", staff: [{ id: "a", n: -1, ok: true, none: null }] });
    expect(locate(config, "/staff/0")).toEqual({ file: "f.ts", line: 6, column: 5 });
    expect(locate(config, "/staff/0/ok")).toEqual({ file: "f.ts", line: 6, column: 23 });
  });

  it.each([
    [
      "a function call",
      "export default { a: Date.now() };",
      "1:21 Only literal values (strings, numbers, true/false, null, arrays, objects) are read; a function call would need running code.",
    ],
    [
      "an identifier",
      "export default { a: b };",
      '1:21 Only literal values (strings, numbers, true/false, null, arrays, objects) are read; the name "b" would need running code.',
    ],
    [
      "a spread",
      "export default {\n  ...base,\n};",
      "2:3 Only literal values (strings, numbers, true/false, null, arrays, objects) are read; a spread (...) would need running code.",
    ],
    [
      "a template with an expression",
      "export default { a: `x${1}` };",
      "1:21 Only literal values (strings, numbers, true/false, null, arrays, objects) are read; a template literal with ${…} would need running code.",
    ],
    [
      "an imported value",
      'import staff from "./staff.js";\nexport default { staff };',
      '1:1 Only literal values (strings, numbers, true/false, null, arrays, objects) are read; importing values ("./staff.js") would need running code.',
    ],
    [
      "a statement",
      "const x = 1;\nexport default {};",
      "1:1 Only literal values (strings, numbers, true/false, null, arrays, objects) are read; a VariableStatement statement would need running code.",
    ],
    [
      "a computed key",
      'export default { ["a" + "b"]: 1 };',
      "1:18 Only literal values (strings, numbers, true/false, null, arrays, objects) are read; a computed key would need running code.",
    ],
  ])("refuses %s at its line", (_what, source, expected) => {
    expect(refusal(source)).toBe(expected);
  });

  it("refuses a file without a default export, and bad syntax, at a line", () => {
    expect(refusal("export const a = 1;")).toMatch(/^1:1 Only literal values/u);
    expect(refusal("export default {\n  a: 1,,\n};")).toMatch(/^2:8 Invalid TypeScript syntax/u);
    expect(refusal("// nothing\n")).toMatch(/^1:1 The file must have `export default/u);
  });
});

describe("generated Facility types", { timeout: 60_000 }, () => {
  it("type-check the vendor example through defineFacility, and catch a wrong value", async () => {
    const ts = (await import("typescript")).default;
    const example = "examples/vendor-ts/facility.config.ts";
    const original = ts.sys.readFile(example)!;
    const diagnosticsFor = (text: string): string[] => {
      const options = {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        paths: { "kcb-compliance": ["./src/index.ts"] },
        baseUrl: ".",
      };
      const host = ts.createCompilerHost(options);
      const readFile = host.readFile;
      host.readFile = (name) => (name.endsWith(example) ? text : readFile(name));
      const program = ts.createProgram([example], options, host);
      return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    };
    expect(diagnosticsFor(original)).toEqual([]);
    const wrong = diagnosticsFor(original.replace('status: "active" },', 'status: "actif" },'));
    expect(wrong.join("\n")).toContain('"actif"');
  });
});
