/**
 * Keys named like a credential. The schema rejects unknown keys, but a key such as `password:` must reach the
 * policy rule byt_5715_2019.account_secrets_not_in_config, which reports it (without its value) as a
 * disclosure. The same pattern is `secret_key_pattern` in policies/lib/secrets.rego; test/secrets.test.ts
 * checks the two agree.
 */
export const SECRET_KEY_PATTERN = "(passw|pwd|secret|token|api_?key|private_?key|access_?key|credential|connection_?string|mat_?khau)";

const secretKey = new RegExp(SECRET_KEY_PATTERN, "i");

export function isSecretNamedKey(key: string): boolean {
  return secretKey.test(key);
}
