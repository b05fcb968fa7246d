// Validates the METADATA of every obligation rule at build time: the block's shape and enums against
// schemas/rule-metadata.schema.json, `parameters` against the profile's parameters and `evidence` against the
// facility format's fields. A rule whose METADATA is wrong must fail the build, not reach users (a misspelt
// severity would make the Action block on everything and the Markdown/HTML formats throw).
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const json = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), "utf8"));
const validateShape = new Ajv2020({ allErrors: true, strict: true }).compile(json("schemas/rule-metadata.schema.json"));
const profileParameters = new Set(Object.keys(json("schemas/profile.v1.schema.json").properties.params.properties));
const facilitySchema = json("schemas/facility.v2.schema.json");

/** The sub-schemas a value at `schema` may take (following $ref and the combinators). */
function alternatives(schema) {
  if (schema?.$ref?.startsWith("#/"))
    return alternatives(
      schema.$ref
        .slice(2)
        .split("/")
        .reduce((node, key) => node[key], facilitySchema),
    );
  const branches = [...(schema?.oneOf ?? []), ...(schema?.anyOf ?? []), ...(schema?.allOf ?? [])];
  return [schema, ...branches.flatMap(alternatives)];
}

/** Whether a dotted field path (`governance.regulations`) names a field of the facility format. */
function isFormatField(path) {
  let nodes = [facilitySchema];
  for (const key of path.split(".")) {
    const items = nodes.flatMap(alternatives).flatMap((node) => (node?.items ? alternatives(node.items) : [node]));
    nodes = items.map((node) => node?.properties?.[key]).filter(Boolean);
    if (nodes.length === 0) return false;
  }
  return true;
}

/** Every problem with one rule's annotations, as `rule: message` lines. */
export function metadataProblems(id, annotations) {
  const problems = [];
  if (!validateShape(annotations)) {
    for (const error of validateShape.errors)
      problems.push(
        `${id}: METADATA${error.instancePath.replaceAll("/", ".")} ${error.message}${error.params?.allowedValues ? ` (${error.params.allowedValues.join(", ")})` : ""}${error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : ""}`,
      );
  }
  for (const name of annotations.custom?.parameters ?? []) {
    if (!profileParameters.has(name))
      problems.push(`${id}: parameter "${name}" is not a profile parameter (schemas/profile.v1.schema.json)`);
  }
  for (const field of annotations.custom?.evidence ?? []) {
    if (!field.startsWith("*") && !isFormatField(field))
      problems.push(`${id}: evidence "${field}" is not a field of the facility format (schemas/facility.v2.schema.json)`);
  }
  return problems;
}
