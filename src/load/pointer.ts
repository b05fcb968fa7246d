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
