/**
 * Secrets never leave the tool. Any value of the config that looks like a credential (a private key, a connection
 * string with a password, a "password: …" note, a well-known token format) is collected, and every string of the
 * facility's report is scrubbed of it before any format sees the report. Findings keep their file:line, so a
 * reader can still go to the line; only the value is withheld. Detection is deliberately generous: a false
 * positive hides a few characters, a false negative publishes a credential in a CI log.
 */

import { isSecretNamedKey } from "../validate/secrets.js";
import type { FacilityReport, RuleResult } from "./model.js";

/** The mask the secrets rule's own redaction uses too, so a reader sees one marker. */
export const REDACTED = "[redacted]";

const SECRET_PATTERNS: RegExp[] = [
  // PEM private keys, whole block.
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
  // scheme://user:password@host — the password, and below the whole connection string.
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:([^\s@/]+)@[^\s"']*/gi,
  // Key = value notes and ADO/JDBC connection strings: Password=…; pwd: …; mật khẩu: …
  // A value that starts with "/" is a JSON pointer (a waiver's target "secret:/portalPassword"), not a credential.
  /(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret|mật khẩu|mat khau)\s*[:=]\s*("[^"]+"|'[^']+'|(?!\/)[^\s,;]+)/giu,
  // Bearer tokens.
  /\bbearer\s+([A-Za-z0-9._~+/=-]{8,})/gi,
  // Well-known token formats: GitHub, GitLab, AWS access key, Slack, OpenAI-style, JWT.
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|AKIA[0-9A-Z]{16}|xox[abprs]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9_-]{20,}|eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+)/g,
];

const MIN_SECRET_LENGTH = 4;

/** The credential-looking substrings of every string value (and key) in the config, longest first. */
function findSecrets(data: unknown): string[] {
  const secrets = new Set<string>();
  const pending: unknown[] = [data];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node === "string") collect(node, secrets);
    else if (typeof node === "object" && node !== null && !seen.has(node)) {
      seen.add(node);
      for (const [key, value] of Object.entries(node)) {
        collect(key, secrets);
        if (keyLooksLikeValue(key)) secrets.add(key);
        pending.push(value);
      }
    }
  }
  return [...secrets].filter((secret) => secret.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

/**
 * A key named like a secret that is no identifier ("Hunter2!Secret-9f3") is a value typed where a key goes;
 * identifiers such as "password" are field names the rules' own titles use, and stay readable.
 */
function keyLooksLikeValue(key: string): boolean {
  return isSecretNamedKey(key) && !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(key);
}

function collect(text: string, into: Set<string>): void {
  for (const pattern of SECRET_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      into.add(match[0]);
      const value = match[1]?.replace(/^["']|["']$/g, "");
      if (value) into.add(value);
      // A format may print a multi-line value one line at a time.
      for (const line of match[0].split(/\r?\n/)) if (line.trim().length >= 8) into.add(line.trim());
    }
  }
}

/** The rule that finds credentials written into a config; its failing findings point at secret values. */
const SECRETS_RULE = "byt_5715_2019.account_secrets_not_in_config";

/**
 * The facility's report with every secret withheld: the values that look like credentials, and the values the
 * secrets rule located (a secret-named field holds a value of any shape), which another rule's message may quote.
 */
export function withholdSecrets(report: FacilityReport, data: unknown): FacilityReport {
  return redact(report, [...new Set([...findSecrets(data), ...locatedSecrets(report.rules, data)])].sort((a, b) => b.length - a.length));
}

function locatedSecrets(rules: RuleResult[], data: unknown): string[] {
  const rule = rules.find((candidate) => candidate.id === SECRETS_RULE);
  return (rule?.findings ?? [])
    .filter((finding) => finding.status !== "pass")
    .map((finding) => valueAt(data, finding.pointer))
    .filter((value): value is string => typeof value === "string" && value.length > 0);
}

function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A deep copy of `value` with every occurrence of every secret replaced (longest secrets first). */
function redact<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  const scrub = (node: unknown): unknown => {
    if (typeof node === "string") return secrets.reduce((text, secret) => text.replaceAll(secret, REDACTED), node);
    if (Array.isArray(node)) return node.map(scrub);
    if (typeof node === "object" && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, scrub(child)]));
    }
    return node;
  };
  return scrub(value) as T;
}
