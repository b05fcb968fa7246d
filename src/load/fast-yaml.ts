import {
  boolCoreTag,
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ID,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  NOT_RESOLVED,
  nullCoreTag,
  parseEvents,
  SCALAR_STYLE,
  type Event,
} from "js-yaml";
import type { Limits } from "./limits.js";
import { EventPositions, type SourcePosition } from "./positions.js";

/** Plain scalars that the core schema reads as something other than a string. */
const NOT_STRINGS = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];

/**
 * The common case, parsed about ten times faster than with yaml's Documents: js-yaml's flat event stream (its
 * parser bounds the nesting), values built from it with the YAML 1.2 core schema, and positions looked up from it
 * only when a finding or an error asks for one (positions.ts).
 *
 * It decides only what it can decide alone: one document of mappings, sequences and untagged scalars with string
 * keys. Anything else — any error, anchors and aliases, tags, directives, several documents, keys the schema does
 * not read as strings or that would touch a prototype, nesting near the limit — returns undefined, and the yaml
 * library's thorough path decides, with its exact messages and limits. So a file is refused, and located, exactly
 * as before; test/parse-paths.test.ts checks that both paths give the same data and positions.
 */
export function parseCommonYaml(
  text: string,
  limits: Limits,
  thorough: () => ReadonlyMap<string, SourcePosition>,
): { data: object; positions: EventPositions } | undefined {
  let events: Event[];
  let documents: unknown[];
  try {
    // js-yaml counts every node, scalars too, so this is stricter than the limit: files near it take the thorough path.
    events = parseEvents(text, { maxDepth: limits.maxDepth });
    if (!isCommonCase(events, text)) return undefined;
    documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  const [data] = documents;
  if (documents.length !== 1 || data === null || typeof data !== "object") return undefined;
  return { data, positions: new EventPositions(text, events, thorough) };
}

/** One pass over the events: what the fast path leaves to the thorough one (see above). */
function isCommonCase(events: Event[], text: string): boolean {
  // For each open collection: whether it is a mapping, and how many nodes it holds so far (keys and values).
  const open: Array<{ mapping: boolean; count: number }> = [];
  let documents = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      open.pop();
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) {
      documents += 1;
      if (documents > 1 || event.directives.length > 0) return false;
      open.push({ mapping: false, count: 0 });
      continue;
    }
    if (event.type === EVENT_ID.ALIAS || event.anchorStart >= 0 || event.tagStart >= 0) return false;
    const parent = open.at(-1);
    if (parent?.mapping && parent.count % 2 === 0 && !isStringKey(event, text)) return false;
    if (parent) parent.count += 1;
    if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING)
      open.push({ mapping: event.type === EVENT_ID.MAPPING, count: 0 });
  }
  return documents === 1;
}

function isStringKey(event: Event, text: string): boolean {
  if (event.type !== EVENT_ID.SCALAR || event.valueStart < 0) return false;
  const key = getScalarValue(text, event);
  if (key === "__proto__") return false;
  return event.style !== SCALAR_STYLE.PLAIN || NOT_STRINGS.every((tag) => tag.resolve(key, false, tag.tagName) === NOT_RESOLVED);
}
