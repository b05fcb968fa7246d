// Modules web/build.mjs makes at build time.
declare module "kcb:package-files" {
  export const TEXT: Record<string, string>;
  export const BINARY: Record<string, string>;
}
declare module "kcb:worker-source" {
  const source: string;
  export default source;
}
