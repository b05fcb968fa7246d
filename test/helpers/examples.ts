import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The facility config of each bundled example: the facility.yaml, .json or .config.ts in each folder of examples/. */
export function exampleConfigs(): string[] {
  return readdirSync("examples", { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "workflows")
    .map((entry) =>
      join(
        "examples",
        entry.name,
        readdirSync(join("examples", entry.name)).find((file) => /^facility\.(ya?ml|json|config\.ts)$/.test(file))!,
      ),
    );
}
