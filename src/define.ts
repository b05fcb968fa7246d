import type { Facility } from "./generated/facility.js";

/**
 * Returns its argument. It exists so that `export default defineFacility({ ... })` in a facility.config.ts gets
 * the format's types (generated from the JSON schema) in the editor; kcb never runs it, it reads the literal.
 */
export function defineFacility(config: Facility): Facility {
  return config;
}
