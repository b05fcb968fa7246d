// JSON pointer tokens (RFC 6901): how every loader names a value, and how findings and errors point at it.

export function escapePointerToken(token: string): string {
  // Nearly every key and index needs no escape, and this runs for every value of a config: test before replacing.
  return token.includes("~") || token.includes("/") ? token.replaceAll("~", "~0").replaceAll("/", "~1") : token;
}

export function unescapePointerToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** The keys and indexes a pointer names, unescaped ("" names the whole document). */
export function pointerTokens(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointerToken);
}

/**
 * A value met in a walk of a config, with how it was reached: the pointer is spelled out only when a finding or
 * an error needs it (a hospital has hundreds of thousands of values and almost never one to report).
 */
export interface WalkedValue {
  value: unknown;
  parent?: WalkedValue;
  /** The key or index in the parent (the root has none). */
  token?: string;
  /** The key, when the parent is an object. */
  key?: string;
}

/** The children of a walked object or list, to be walked. */
export function walkedChildren(walked: WalkedValue): WalkedValue[] {
  const { value } = walked;
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    return items.map((child, index) => ({ value: child, parent: walked, token: String(index) }));
  }
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value as Record<string, unknown>).map(([key, child]) => ({
    value: child,
    parent: walked,
    token: key,
    key,
  }));
}

/** The JSON pointer of a walked value. */
export function walkedPointer(walked: WalkedValue): string {
  let pointer = "";
  for (let at: WalkedValue | undefined = walked; at?.token !== undefined; at = at.parent)
    pointer = `/${escapePointerToken(at.token)}${pointer}`;
  return pointer;
}

/**
 * Calls `visit` with every value at `pattern`, a path from the root in which "*" takes each item of a list, and a
 * function spelling that value's pointer. Call the function during the visit: a hospital has thousands of rows and
 * almost never one to report, so no pointer is built for the others.
 */
export function forEachAt(
  data: unknown,
  pattern: readonly string[],
  visit: (value: unknown, pointer: () => string) => void,
): void {
  const tokens: string[] = [];
  const pointer = () => tokens.map((token) => `/${escapePointerToken(token)}`).join("");
  const walk = (node: unknown, at: number): void => {
    if (at === pattern.length) return visit(node, pointer);
    const step = pattern[at]!;
    if (step === "*") {
      if (!Array.isArray(node)) return;
      const items: unknown[] = node;
      items.forEach((item, index) => {
        tokens.push(String(index));
        walk(item, at + 1);
        tokens.pop();
      });
      return;
    }
    if (typeof node !== "object" || node === null || Array.isArray(node) || !Object.hasOwn(node, step)) return;
    tokens.push(step);
    walk((node as Record<string, unknown>)[step], at + 1);
    tokens.pop();
  };
  walk(data, 0);
}
