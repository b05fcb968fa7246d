// Policies compiled to WASM here, for the benchmarks that compare rules (rules-profile.mjs, policy-ab.mjs): the pinned
// opa with the policy's own capabilities, tests left out, so the costs are those of policy/policy.wasm.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import opaWasm from "@open-policy-agent/opa-wasm";
import { loadProfile } from "../lib/profile/load.js";

const root = new URL("..", import.meta.url).pathname;

/**
 * `sources` (folders of Rego) compiled with `entrypoints` and loaded, with the national profile's parameters as data.
 * `initialPages` of memory are reserved up front, as the engine does for a large config.
 */
export function compiledPolicy(sources, entrypoints, { initialPages = 4096 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), "kcb-policy-wasm-"));
  try {
    const build = spawnSync(
      join(root, ".tools/bin/opa"),
      [
        "build",
        "--target",
        "wasm",
        "--capabilities",
        join(root, "policy/capabilities.json"),
        "--ignore",
        "*_test.rego",
        "--output",
        join(folder, "bundle.tar.gz"),
        ...entrypoints.flatMap((entrypoint) => ["--entrypoint", entrypoint]),
        ...sources,
      ],
      { encoding: "utf8" },
    );
    if (build.status !== 0) throw new Error(`opa build ${sources.join(" ")} failed: ${build.stderr || build.stdout}`);
    spawnSync("tar", ["-xzf", join(folder, "bundle.tar.gz"), "-C", folder, "/policy.wasm"]);
    return loadedPolicy(readFileSync(join(folder, "policy.wasm")), { initialPages });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A compiled policy (the committed policy/policy.wasm, say) loaded with the national profile's parameters as data. */
export function loadedPolicy(wasm, { initialPages = 4096 } = {}) {
  const policy = opaWasm.loadPolicySync(wasm, { initial: initialPages, maximum: 65536 });
  policy.setData({ params: loadProfile("national").params, packs: {} });
  return policy;
}

/** The policy heap the last evaluation left, MiB (the SDK's fields: its heap pointer past the data). */
export function heapMiB(policy) {
  return (policy.wasmInstance.exports.opa_heap_ptr_get() - policy.dataHeapPtr) / 1048576;
}
