import { pointerTokens } from "./pointer.js";
import { COLLECTION_STYLE, EVENT_ID, getScalarValue, SCALAR_STYLE, type Event } from "js-yaml";

/**
 * Where a JSON pointer's value is in its source: start line and column, where its value ends, and, for items
 * imported from an evidence file (CSV, XLSX, access log), that file and sheet instead of the config.
 */
export interface SourcePosition {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  file?: string;
  sheet?: string;
}

/** What a loader gives the report to locate findings and errors: a Map fits. */
export interface PositionIndex {
  get(pointer: string): SourcePosition | undefined;
  set(pointer: string, position: SourcePosition): unknown;
}

/**
 * Source positions by JSON pointer, read from js-yaml's event stream only when a finding or an error asks for one:
 * indexing every node of a hospital's config up front cost more than parsing it, and few are ever looked up.
 * The regions are those the yaml library's nodes give (see recordPositions in config.ts): a member runs from its
 * key to the end of its value, an array element is the element, and a value ends at its last character (a block
 * collection at the end of its last value, a flow collection at its closing bracket). Positions set explicitly
 * (rows imported from evidence files) take precedence.
 */
export class EventPositions implements PositionIndex {
  readonly #imported = new Map<string, SourcePosition>();
  #ends: Int32Array | undefined;
  /** For each POP event, the index of the collection it closes. */
  #opens: Int32Array | undefined;
  #lineStarts: number[] | undefined;
  readonly #children = new Map<number, number[]>();
  /** The keys of large mappings, each to its key event (see #keyOf). */
  readonly #keys = new Map<number, Map<string, number>>();
  #root: number | undefined;
  /** Where the member or element #member last found starts in the source. */
  #memberStart = -1;
  #thorough: ReadonlyMap<string, SourcePosition> | undefined;

  constructor(
    private readonly source: string,
    private readonly events: Event[],
    /** Every position, from the yaml library's nodes: for the rare value the events do not place. */
    private readonly thorough: () => ReadonlyMap<string, SourcePosition>,
  ) {}

  set(pointer: string, position: SourcePosition): this {
    this.#imported.set(pointer, position);
    return this;
  }

  get(pointer: string): SourcePosition | undefined {
    const imported = this.#imported.get(pointer);
    if (imported) return imported;
    let node = (this.#root ??= this.events.findIndex((event) => event.type !== EVENT_ID.DOCUMENT));
    if (node < 0) return undefined;
    let at = this.#start(node);
    for (const token of pointerTokens(pointer)) {
      const child = this.#member(node, token);
      if (child < 0) return undefined;
      at = this.#memberStart;
      node = child;
    }
    const end = this.#end(node);
    // An empty value (`key:` or `-` with nothing after it) has no offset in the events: ask the thorough path.
    if (at < 0 || end < 0) return this.#thoroughPositions().get(pointer);
    const start = this.#position(at);
    const last = this.#position(Math.max(at, end));
    return { line: start.line, column: start.column, endLine: last.line, endColumn: last.column };
  }

  #thoroughPositions(): ReadonlyMap<string, SourcePosition> {
    try {
      this.#thorough ??= this.thorough();
    } catch {
      // The yaml library refuses what js-yaml read: the finding is located at the nearest ancestor the events place.
      this.#thorough = new Map();
    }
    return this.#thorough;
  }

  /**
   * The event index of a member's value or an element (-1 when there is none), with the source offset where the
   * member or element starts left in #memberStart: a finding's pointer is looked up once, so nothing is allocated
   * per step.
   */
  #member(node: number, token: string): number {
    const event = this.events[node]!;
    if (event.type === EVENT_ID.SEQUENCE) {
      const index = arrayIndex(token);
      const child = index < 0 ? undefined : this.#childrenOf(node)[index];
      if (child === undefined) return -1;
      this.#memberStart = this.#start(child);
      return child;
    }
    if (event.type !== EVENT_ID.MAPPING) return -1;
    const key = this.#keyOf(node, token);
    if (key < 0) return -1;
    this.#memberStart = this.#start(key);
    return this.#ends![key]!;
  }

  /**
   * The event index of a mapping's key equal to `token` (-1 when none). Most mappings are a health worker's or a
   * row's handful of keys, looked up once: their keys are compared where they are. The few large ones (the top
   * level, a keyed table) are decoded once into a Map, since a large config's findings look them up thousands of
   * times. The last of equal keys wins, as in the data (the fast path refuses duplicates, so there is at most one).
   */
  #keyOf(node: number, token: string): number {
    const keys = this.#keys.get(node);
    if (keys) return keys.get(token) ?? -1;
    let found = -1;
    let pairs = 0;
    this.#eachKey(node, (key, name) => {
      if (name === token) found = key;
      pairs += 1;
    });
    if (pairs > SMALL_MAPPING) {
      const index = new Map<string, number>();
      this.#eachKey(node, (key, name) => index.set(name, key));
      this.#keys.set(node, index);
    }
    return found;
  }

  /** Each key of a mapping, in order: its event index and its decoded text. */
  #eachKey(node: number, visit: (key: number, name: string) => void): void {
    const ends = this.#subtreeEnds();
    for (let key = node + 1; this.events[key]!.type !== EVENT_ID.POP; key = ends[ends[key]!]!) {
      const event = this.events[key]!;
      if (event.type === EVENT_ID.SCALAR) visit(key, getScalarValue(this.source, event));
    }
  }

  #childrenOf(node: number): number[] {
    let children = this.#children.get(node);
    if (!children) {
      const ends = this.#subtreeEnds();
      children = [];
      for (let child = node + 1; this.events[child]!.type !== EVENT_ID.POP; child = ends[child]!) children.push(child);
      this.#children.set(node, children);
    }
    return children;
  }

  /** For each event, the index just past its subtree (one pass over the stream, done on the first lookup). */
  #subtreeEnds(): Int32Array {
    if (this.#ends) return this.#ends;
    const ends = new Int32Array(this.events.length);
    const opens = new Int32Array(this.events.length);
    const open: number[] = [];
    this.events.forEach((event, index) => {
      if (event.type === EVENT_ID.POP) {
        const start = open.pop();
        if (start !== undefined) ends[start] = index + 1;
        ends[index] = index + 1;
        opens[index] = start ?? -1;
      } else if (event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS) {
        ends[index] = index + 1;
      } else {
        open.push(index);
      }
    });
    this.#ends = ends;
    this.#opens = opens;
    return ends;
  }

  #start(node: number): number {
    const event = this.events[node]!;
    if (event.type === EVENT_ID.SCALAR) return event.valueStart < 0 ? -1 : event.valueStart - (isQuoted(event) ? 1 : 0);
    if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) return event.start;
    return 0;
  }

  /**
   * Offset just after a value's last character, trailing white space left out: a scalar's text (and closing quote);
   * a flow collection's closing bracket; a block collection's last value.
   */
  #end(node: number): number {
    const ends = this.#subtreeEnds();
    const event = this.events[node]!;
    if (event.type === EVENT_ID.SCALAR)
      return event.valueStart < 0 ? -1 : this.#trimmed(event.valueEnd + (isQuoted(event) ? 1 : 0));
    if (event.type !== EVENT_ID.SEQUENCE && event.type !== EVENT_ID.MAPPING) return this.#start(node);
    if (event.style !== COLLECTION_STYLE.FLOW) {
      // The last child is what closes just before this collection's own POP: a scalar, or a collection's POP.
      const last = ends[node]! - 2;
      if (last === node) return this.#start(node);
      return this.#end(this.events[last]!.type === EVENT_ID.POP ? this.#opens![last]! : last);
    }
    // A flow collection ends at its closing bracket: past the end of its last leaf, skip one bracket for each
    // collection that closes there (the leaf's own, if it is an empty collection, up to this one).
    let leaf = ends[node]! - 2;
    while (leaf > node && this.events[leaf]!.type === EVENT_ID.POP) leaf -= 1;
    const leafEvent = this.events[leaf]!;
    let offset = leafEvent.type === EVENT_ID.SCALAR ? this.#end(leaf) : this.#start(leaf) + 1;
    if (offset < 0) return -1;
    for (let closing = ends[node]! - 1 - leaf; closing > 0; offset += 1) {
      offset = this.#skipSeparators(offset);
      const char = this.source[offset];
      if (char === "]" || char === "}") closing -= 1;
      else if (offset >= this.source.length) break;
    }
    return offset;
  }

  /** Past white space, commas and comments inside a flow collection. */
  #skipSeparators(offset: number): number {
    while (offset < this.source.length) {
      const char = this.source[offset]!;
      if (char === "#") offset = this.source.indexOf("\n", offset) < 0 ? this.source.length : this.source.indexOf("\n", offset);
      else if (char === "," || /\s/.test(char)) offset += 1;
      else break;
    }
    return offset;
  }

  #trimmed(end: number): number {
    while (end > 0 && /\s/.test(this.source[end - 1]!)) end -= 1;
    return end;
  }

  #position(offset: number): { line: number; column: number } {
    const starts = (this.#lineStarts ??= lineStarts(this.source));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }
}

/** Mappings up to this many pairs are searched where they are rather than indexed (see #keyOf). */
const SMALL_MAPPING = 16;

/** The index an array token names (RFC 6901: no sign, no leading zero), or -1. */
function arrayIndex(token: string): number {
  if (token.length === 0 || token.length > 15 || (token.length > 1 && token.charCodeAt(0) === 48)) return -1;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
  }
  return Number(token);
}

function isQuoted(event: { style: number }): boolean {
  return event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let at = source.indexOf("\n"); at !== -1; at = source.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
