/**
 * The one secret detector. It decides what the rule byt_5715_2019.account_secrets_not_in_config reports (the
 * runner hands the policy its findings as `input.secrets`) and what the withholding pass removes from every
 * string of a report (report/withhold-secrets.ts), so the rule and the outputs cannot disagree.
 *
 * A value is a credential by its shape (a private key, a token format, a URL with a password) or by a label in
 * front of it ("mật khẩu: …", "password=…", `"pw": "…"`). A labelled value must look like one: quoted, holding a
 * digit or a symbol, or standing alone at the end of its line; "mật khẩu: độ dài tối thiểu 8 ký tự" and
 * "token: USB ký số" are sentences about credentials, not credentials.
 */

import { walkedChildren, walkedPointer, type WalkedValue } from "../load/pointer.js";

/** Keys named like a credential; the schema lets them through so the rule can report them (without the value). */
export const SECRET_KEY_PATTERN =
  "(passw|pwd|secret|token|api_?key|private_?key|access_?key|credential|connection_?string|mat_?khau)";

const secretKey = new RegExp(SECRET_KEY_PATTERN, "i");

/** Fields of the facility format whose names look secret but hold dates and periods. */
const KNOWN_FIELDS = new Set(["passwordChangedOn", "passwordRotationDays"]);

export function isSecretNamedKey(key: string): boolean {
  return secretKey.test(key);
}

export interface SecretKind {
  en: string;
  vi: string;
}

// Labels written in front of a credential, in English and Vietnamese (with and without tone marks).
const LABEL = String.raw`pass(?:word|wd|phrase)?|pwd|pw|mk|pin|secret|token|api[ _-]?key|access[ _-]?key|client[ _-]?secret|m[aậ]t[ _]?kh[aẩ]u`;
// A labelled value: quoted, or one word that holds a digit or symbol, or one word alone at the end of its line.
// Sentence punctuation (. , : ; ! ? brackets) does not count as a symbol, so "mật khẩu: mạnh." is prose.
const VALUE = String.raw`"[^"\r\n]+"|'[^'\r\n]+'|[^\s,;"']*[\p{N}#$%&*+/<=>@^_|~\\-][^\s,;"']*|[^\s,;"']+(?=[ \t]*(?:$|[\r\n;]))`;

interface Shape {
  kind: SecretKind;
  /** Global, Unicode; group `value`, when present, is what is withheld (else the whole match). */
  pattern: RegExp;
}

const SHAPES: Shape[] = [
  {
    kind: { en: "private key", vi: "khoá bí mật" },
    pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/gu,
  },
  // scheme://user:password@host, the user maybe empty (redis://:pw@h) and the password maybe holding "/".
  {
    kind: { en: "URL with a password", vi: "URL có mật khẩu" },
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:(?<value>[^\s@]+)@[^\s"'<>]+/giu,
  },
  {
    kind: { en: "authorization header", vi: "tiêu đề xác thực" },
    pattern: /\bauthorization\s*[:=]\s*["']?(?:basic|bearer|digest|token)\s+(?<value>[A-Za-z0-9._~+/=-]{4,})/giu,
  },
  {
    kind: { en: "bearer token", vi: "mã bearer" },
    pattern: /\bbearer\s+(?<value>[A-Za-z0-9._~+/=-]*[0-9._~+/=-][A-Za-z0-9._~+/=-]*|[A-Za-z0-9._~+/=-]{20,})/giu,
  },
  { kind: { en: "JSON Web Token", vi: "mã JWT" }, pattern: /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+/gu },
  {
    kind: { en: "cloud access key", vi: "khoá truy cập đám mây" },
    pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|\bAIza[0-9A-Za-z_-]{35}/gu,
  },
  {
    kind: { en: "service token", vi: "mã dịch vụ" },
    pattern:
      /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abeprs]-[A-Za-z0-9-]{10,}|sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,})/gu,
  },
  {
    kind: { en: "credential note", vi: "ghi chú có mật khẩu hoặc khoá" },
    // A label not inside a longer word, maybe quoted as a JSON or TOML key, then ":" or "=", then the value.
    // "secret:/pointer" is a waiver's target (a JSON pointer), not a credential.
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}_])["']?(?:${LABEL})["']?[ \t]*[:=](?!\/)[ \t]*(?<value>${VALUE})`, "giu"),
  },
];

export const SECRET_NAMED_FIELD: SecretKind = { en: "secret-named field", vi: "trường mang tên bí mật" };

/** A credential found in a text: its kind and the characters to withhold. */
export interface SecretSpan {
  kind: SecretKind;
  start: number;
  end: number;
}

// Something every shape needs (a URL's "://", a label before its ":" or "=", a token's prefix); most strings (names,
// ids, dates, times, messages) have none of it and are not scanned further.
const MAYBE_SECRET = new RegExp(
  String.raw`:\/\/|authorization|(?:${LABEL})["']?[ \t]*[:=]|-----BEGIN|bearer|eyJ|AKIA|ASIA|AIza|gh[pousr]_|github_pat_|glpat-|xox[abeprs]-|sk-`,
  "iu",
);

/** Every credential in a text, in order of position. */
export function secretSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!MAYBE_SECRET.test(text)) return spans;
  for (const { kind, pattern } of SHAPES) {
    for (const match of text.matchAll(pattern)) {
      const value = match.groups?.value;
      const start = value === undefined ? match.index : match.index + match[0].lastIndexOf(value);
      spans.push({ kind, start, end: start + (value ?? match[0]).length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The text with every credential replaced by the marker (overlapping spans merged). */
export function redactText(text: string, marker: string): string {
  let out = "";
  let at = 0;
  for (const { start, end } of secretSpans(text)) {
    if (end <= at) continue;
    out += text.slice(at, Math.max(at, start)) + (start >= at ? marker : "");
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** One secret for the rule: where it is in the config and what kind it is (never the value). */
export interface ConfigSecret {
  pointer: string;
  kind: string;
  kindVi: string;
}

/**
 * The secrets of a config, for the policy's input: values under a secret-named key, and strings (or keys) holding
 * a credential. Iterative, so a deep config cannot overflow the stack here. A node's pointer is spelled out only
 * when something is found under it: a hospital has hundreds of thousands of values and almost never a secret.
 */
export function findConfigSecrets(data: unknown): ConfigSecret[] {
  const found = new Map<string, ConfigSecret>();
  const add = (node: WalkedValue, kind: SecretKind) => {
    const pointer = walkedPointer(node);
    found.set(`${pointer}\u0000${kind.en}`, { pointer, kind: kind.en, kindVi: kind.vi });
  };
  const pending: WalkedValue[] = [{ value: data }];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const { value, key } = node;
    if (key !== undefined) {
      const { named, spans } = keyVerdict(key);
      if (named && value !== null && value !== "") {
        add(node, SECRET_NAMED_FIELD);
        continue;
      }
      for (const span of spans) add(node, span.kind);
    }
    if (typeof value === "string") for (const span of secretSpans(value)) add(node, span.kind);
    else for (const child of walkedChildren(node)) pending.push(child);
  }
  return [...found.values()].sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : a.kind < b.kind ? -1 : 1));
}

// The same few hundred keys repeat in every record of a config: each is judged once per process.
const keyVerdicts = new Map<string, { named: boolean; spans: SecretSpan[] }>();
const MAX_KEY_VERDICTS = 10_000;

function keyVerdict(key: string): { named: boolean; spans: SecretSpan[] } {
  let verdict = keyVerdicts.get(key);
  if (verdict === undefined) {
    verdict = { named: isSecretNamedKey(key) && !KNOWN_FIELDS.has(key), spans: secretSpans(key) };
    if (keyVerdicts.size >= MAX_KEY_VERDICTS) keyVerdicts.clear();
    keyVerdicts.set(key, verdict);
  }
  return verdict;
}
