import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

// `npm run lint` is what catches an import cycle (import-x/no-cycle). That rule reported nothing for months while
// src/ held a cycle: import-x skipped every resolved .ts file (its default extensions are .js/.mjs/.cjs). This lints
// a two-file cycle with the project's own eslint.config.js, so a configuration that goes blind again fails here.
const FIXTURES = "test/fixtures/import-cycle";

describe("npm run lint detects an import cycle", { timeout: 60_000 }, () => {
  it("reports import-x/no-cycle on both files of a cycle written with NodeNext .js specifiers", async () => {
    const eslint = new ESLint({
      cwd: process.cwd(),
      // The fixtures sit outside the lint scope and the type-checked project: lint them anyway, without types.
      ignore: false,
      overrideConfig: [{ files: [`${FIXTURES}/**`], ...tseslint.configs.disableTypeChecked }],
    });
    const results = await eslint.lintFiles([`${FIXTURES}/a.ts`, `${FIXTURES}/b.ts`]);
    const cycles = results.map((result) => ({
      file: result.filePath.slice(result.filePath.lastIndexOf("/") + 1),
      rules: result.messages.map((message) => message.ruleId),
      fatal: result.messages.filter((message) => message.fatal).map((message) => message.message),
    }));
    expect(cycles).toEqual([
      { file: "a.ts", rules: ["import-x/no-cycle"], fatal: [] },
      { file: "b.ts", rules: ["import-x/no-cycle"], fatal: [] },
    ]);
  });
});
