import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event } from "js-yaml";

/**
 * Where a JSON pointer's value is in its source: start line and column, where its value ends (exclusive), and, for
 * items imported from an evidence file (CSV, XLSX, access log), that file and sheet instead of the config.
 */
export interface SourcePosition {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  file?: string;
  sheet?: string;
}

/** What a loader gives the report to locate findings: a Map fits. */
export interface PositionIndex {
  get(pointer: string): SourcePosition | undefined;
  set(pointer: string, position: SourcePosition): unknown;
}

/**
 * Source positions by JSON pointer, read from the parser's event stream only when a finding asks for one:
 * indexing every node of a hospital's config up front cost more than parsing it, and only a few are ever looked up.
 * A member's region runs from its key to the end of its value; an array element's is that of the element.
 * Positions set explicitly (rows imported from evidence files) take precedence.
 */
export class EventPositions implements PositionIndex {
  readonly #imported = new Map<string, SourcePosition>();
  #ends: Int32Array | undefined;
  #lineStarts: number[] | undefined;
  readonly #children = new Map<number, number[]>();

  constructor(
    private readonly source: string,
    private readonly events: Event[],
  ) {}

  set(pointer: string, position: SourcePosition): this {
    this.#imported.set(pointer, position);
    return this;
  }

  get(pointer: string): SourcePosition | undefined {
    const imported = this.#imported.get(pointer);
    if (imported) return imported;
    let node = this.#root();
    if (node < 0) return undefined;
    let at = this.#start(node);
    for (const token of pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointerToken)) {
      const found = this.#member(node, token);
      if (!found) return undefined;
      [at, node] = found;
    }
    const start = this.#position(at);
    const end = this.#position(Math.max(at, this.#end(node)));
    return { ...start, endLine: end.line, endColumn: end.column };
  }

  #root(): number {
    return this.events.findIndex((event) => event.type !== EVENT_ID.DOCUMENT);
  }

  /** [source offset to report, event index of the value] of a mapping member or sequence element. */
  #member(node: number, token: string): [number, number] | undefined {
    const event = this.events[node]!;
    const children = this.#childrenOf(node);
    if (event.type === EVENT_ID.SEQUENCE) {
      const child = /^(0|[1-9][0-9]*)$/.test(token) ? children[Number(token)] : undefined;
      return child === undefined ? undefined : [this.#start(child), child];
    }
    if (event.type !== EVENT_ID.MAPPING) return undefined;
    for (let pair = 0; pair + 1 < children.length; pair += 2) {
      const key = this.events[children[pair]!]!;
      if (key.type === EVENT_ID.SCALAR && getScalarValue(this.source, key) === token) {
        return [this.#start(children[pair]!), children[pair + 1]!];
      }
    }
    return undefined;
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
    const open: number[] = [];
    this.events.forEach((event, index) => {
      if (event.type === EVENT_ID.POP) {
        const start = open.pop();
        if (start !== undefined) ends[start] = index + 1;
        ends[index] = index + 1;
      } else if (event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS) {
        ends[index] = index + 1;
      } else {
        open.push(index);
      }
    });
    this.#ends = ends;
    return ends;
  }

  #start(node: number): number {
    const event = this.events[node]!;
    let start: number;
    if (event.type === EVENT_ID.SCALAR) {
      const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
      start = event.valueStart - (quoted ? 1 : 0);
    } else if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) {
      start = event.start;
    } else if (event.type === EVENT_ID.ALIAS) {
      start = event.anchorStart - 1;
    } else {
      return 0;
    }
    // A node's anchor or tag comes before its content, and is where the node begins.
    for (const prefix of [(event as { anchorStart?: number }).anchorStart, (event as { tagStart?: number }).tagStart]) {
      if (event.type !== EVENT_ID.ALIAS && prefix !== undefined && prefix >= 0) start = Math.min(start, prefix - 1);
    }
    return Math.max(start, 0);
  }

  /**
   * Offset just after a node's last character: a scalar's value (and closing quote), or, for a collection, the end
   * of its last scalar or alias, so a block mapping does not run on over trailing comments.
   */
  #end(node: number): number {
    const ends = this.#subtreeEnds();
    for (let index = ends[node]! - 1; index >= node; index -= 1) {
      const event = this.events[index]!;
      if (event.type === EVENT_ID.SCALAR) {
        const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        return event.valueEnd + (quoted ? 1 : 0);
      }
      if (event.type === EVENT_ID.ALIAS) return event.anchorEnd;
    }
    return this.#start(node);
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

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let at = source.indexOf("\n"); at !== -1; at = source.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

function unescapePointerToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}
