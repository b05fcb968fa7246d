// node:util in the page: only src/format/text.ts imports it, for terminal colours, which the page never asks for.
export function styleText(_style: unknown, text: string): string {
  return text;
}
