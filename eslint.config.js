// Lint for the TypeScript (src/ and test/), after typescript-eslint's type-checked configs. Formatting is
// Prettier's job (.prettierrc.json); these rules catch mistakes: floating promises, unsafe `any`, import
// cycles (a runtime cycle once made every batch worker load the CLI's check module), and value imports
// used only as types.
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["lib/", "dist/", "web/", "node_modules/", "src/generated/", "test/corpus/", "test/fixtures/", "coverage/", ".tools/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ["src/**/*.ts", "test/**/*.ts"],
    languageOptions: { parserOptions: { project: "./tsconfig.test.json", tsconfigRootDir: import.meta.dirname } },
    plugins: { "import-x": importX },
    // Imports name the compiled ".js"; the TypeScript resolver maps them to the sources. import-x follows (parses)
    // only files with one of its extensions, by default .js/.mjs/.cjs: without ".ts" every resolved source was
    // skipped and no-cycle saw no cycle at all (test/eslint-cycle.test.ts keeps it honest).
    settings: {
      "import-x/extensions": [".ts", ".js", ".mjs", ".cjs"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.test.json" })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Config and evidence values are untrusted JSON typed `unknown`; String(value) in a message is the intent.
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true, allowNullish: true }],
    },
  },
  {
    // Escaping control characters for each output medium (and testing it) is matching them on purpose.
    files: ["src/format/escape.ts", "test/**/*.ts"],
    rules: { "no-control-regex": "off" },
  },
  {
    // Tests poke at untyped JSON (reports, SARIF, parsed workbooks) on purpose.
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      // vi.mock factories type the mocked module with import() and throw whatever a case needs; async test
      // callbacks and expression statements are vitest idioms.
      "@typescript-eslint/consistent-type-imports": ["error", { disallowTypeAnnotations: false }],
      "@typescript-eslint/only-throw-error": "off",
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-unused-expressions": "off",
      "@typescript-eslint/unbound-method": "off",
      "no-useless-assignment": "off",
    },
  },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
);
