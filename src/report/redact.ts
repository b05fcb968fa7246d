import type { RuleResult } from "./model.js";

/** The rule that finds credentials written into a config; its findings point at every secret value. */
export const SECRETS_RULE = "byt_5715_2019.account_secrets_not_in_config";
const MASK = "[redacted]";

/**
 * Secrets are reported, never echoed: the secrets rule never prints a value, but another rule's message may
 * quote a field (an id, a name) that holds one. Every secret value the secrets rule located is masked in every
 * target, message and waiver of the facility's report.
 */
export function redactSecrets(rules: RuleResult[], data: unknown): RuleResult[] {
  const secrets = secretValues(rules, data);
  if (secrets.length === 0) return rules;
  const mask = (text: string) => secrets.reduce((masked, secret) => masked.replaceAll(secret, MASK), text);
  return rules.map((rule) => ({
    ...rule,
    findings: rule.findings.map((finding) => ({
      ...finding,
      target: mask(finding.target),
      message: { vi: mask(finding.message.vi), en: mask(finding.message.en) },
      ...(finding.waiver ? { waiver: JSON.parse(mask(JSON.stringify(finding.waiver))) as Record<string, unknown> } : {}),
    })),
  }));
}

function secretValues(rules: RuleResult[], data: unknown): string[] {
  const rule = rules.find((candidate) => candidate.id === SECRETS_RULE);
  const values = (rule?.findings ?? [])
    .filter((finding) => finding.status !== "pass")
    .map((finding) => valueAt(data, finding.pointer))
    .filter((value): value is string => typeof value === "string" && value.length > 0);
  // Longest first, so a secret that contains another is masked whole.
  return [...new Set(values)].sort((a, b) => b.length - a.length);
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
