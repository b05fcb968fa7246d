/**
 * The rules the policy evaluates apart from the others when a config is large (input.part in policies/main/main.rego;
 * see SPLIT_INPUT_BYTES in engine/policy.ts): each emits a finding per health worker. scripts/build-index.mjs writes
 * them into the policy's index (apart and rest), and the engine keeps a config whole when a waiver names one.
 */
export const RULES_APART: readonly string[] = ["byt_6827_2024.health_workers_trained"];
