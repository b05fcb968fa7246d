// Prints the OPA capabilities the runner supports: the builtins @open-policy-agent/opa-wasm declares,
// minus those it implements in JavaScript (sprintf, yaml.*, ...), whose behaviour differs from OPA's.
// Building with this file makes a rule that needs any other builtin fail at build time, not in production.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
// The SDK exports only its entry point; its capabilities.json sits at the package root, beside src/.
const sdkRoot = join(dirname(require.resolve("@open-policy-agent/opa-wasm")), "..");
const sdkCapabilities = JSON.parse(readFileSync(join(sdkRoot, "capabilities.json"), "utf8"));
const hostBuiltins = new Set(Object.keys(require(join(sdkRoot, "src/builtins/index.js"))));
// time.diff is declared by the SDK but implemented by neither the WASM nor the SDK.
for (const name of ["time.diff"]) hostBuiltins.add(name);

const builtins = sdkCapabilities.builtins
  .filter((builtin) => !hostBuiltins.has(builtin.name))
  .sort((a, b) => a.name.localeCompare(b.name));
process.stdout.write(
  `${JSON.stringify({ builtins, wasm_abi_versions: sdkCapabilities.wasm_abi_versions, features: ["rego_v1"] }, null, 2)}\n`,
);
