import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSource, formatReport } from "../src/index.js";
import { redactText, secretSpans } from "../src/validate/secrets.js";

const asOf = "2026-11-20";
const PASSWORD = "Xk9#portal-pass";
const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIzODAxNyJ9.c2lnbmF0dXJlLXZhbHVl";

const config = `apiVersion: kcb-compliance/v1
kind: Facility
facility: { code: "01001", name: Phòng khám, type: clinic, bhytContract: false }
systems:
  - id: his
    kind: his
    name: HIS
    vendor: "Bearer ${TOKEN}"
accounts:
  - id: a1
    system: his
    password: "${PASSWORD}"
`;

describe("account information must not be disclosed", { timeout: 30_000 }, () => {
  it("has one detector: the policy reads its result and has no pattern of its own", () => {
    const rego = ["policies/lib/secrets.rego", "policies/rules/byt_5715_2019/secrets.rego"]
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    expect(rego).toContain("input.secrets");
    expect(rego).not.toMatch(/regex\./);
  });

  it("lets a secret-named key through the schema to the rule, which points at its line", async () => {
    const report = await checkSource(config, "clinic.yaml", { asOf });
    const facility = report.facilities[0]!;
    expect(facility.errors).toEqual([]);
    const rule = facility.rules.find((r) => r.id === "byt_5715_2019.account_secrets_not_in_config")!;
    expect(rule.status).toBe("fail");
    expect(rule.findings.map((f) => `${f.pointer}@${f.location.line}`).sort()).toEqual([
      "/accounts/0/password@12",
      "/systems/0/vendor@8",
    ]);
  });

  it("never prints the secret value in any format or language", async () => {
    const report = await checkSource(config, "clinic.yaml", { asOf });
    for (const format of ["text", "json"] as const) {
      for (const lang of ["vi", "en"] as const) {
        const output = formatReport(report, format, { lang });
        expect(output).not.toContain(PASSWORD);
        expect(output).not.toContain(TOKEN);
        expect(output).not.toContain(TOKEN.slice(0, 20));
      }
    }
  });

  it("never prints the non-compliant example's secrets from the CLI", () => {
    for (const format of ["text", "json"]) {
      const run = spawnSync(process.execPath, ["bin/kcb.js", "check", "examples", "--as-of", asOf, "--format", format], {
        encoding: "utf8",
      });
      expect(run.stdout + run.stderr).not.toMatch(/Matkhau123|Bhxh@2026/);
      // Located, not quoted: JSON keeps the pointer; the text report gives the line (a pointer is no sentence).
      expect(run.stdout).toContain(
        format === "json" ? "/portalPassword" : "noncompliant-hospital/facility.yaml:77:1  The configuration holds a secret",
      );
    }
  });

  it("masks a secret that another rule's message would quote", async () => {
    const leakyId = `ftps://kcb:${PASSWORD}@10.0.0.5/xml`;
    const source = `apiVersion: kcb-compliance/v1
kind: Facility
facility: { code: "01001", name: Phòng khám, type: clinic, bhytContract: true }
dataTransfers:
  - { id: "${leakyId}", from: his, to: portal, protocol: ftps, tlsMinVersion: "1.0" }
`;
    const report = await checkSource(source, "clinic.yaml", { asOf });
    const transfer = report.facilities[0]!.rules.find((r) => r.id === "byt_5863_2021.transfer_encrypted")!;
    expect(transfer.findings[0]!.message.en).toContain(
      "Channel ftps://kcb:[redacted]@10.0.0.5/xml: FTPS runs over TLS but accepts TLS below 1.2",
    );
    for (const format of ["text", "json"] as const) expect(formatReport(report, format, { lang: "en" })).not.toContain(PASSWORD);
  });

  it("still rejects an unknown key that is not named like a secret", async () => {
    const report = await checkSource(config.replace("password:", "colour:"), "clinic.yaml", { asOf });
    expect(report.facilities[0]!.errors.map((e) => e.message.en)).toEqual([
      '/accounts/0: unknown field "colour" (not in format v2).',
    ]);
  });
});

/**
 * The one detector, phrase by phrase: each positive is a credential (the value is withheld, and the secrets rule
 * fails through the real WASM when it is a facility's name); each negative is prose about credentials, which
 * neither the rule nor the outputs may touch. `secret` is the part that must never be shown.
 */
const POSITIVES: Array<{ text: string; secret: string }> = [
  { text: "matkhau=Hunter2x", secret: "Hunter2x" },
  { text: "mat_khau: hunter-two", secret: "hunter-two" },
  { text: "Mật khẩu: Hunter2Secret", secret: "Hunter2Secret" },
  { text: "mật khẩu: /srv/pw9", secret: "/srv/pw9" },
  { text: 'cfg {"password":"qwerty12"}', secret: "qwerty12" },
  { text: '"Password" = "plainword"', secret: "plainword" },
  { text: "sftp://u:pa/ss@h.example", secret: "pa/ss" },
  { text: "redis://:redispw@cache.local", secret: "redispw" },
  { text: "Authorization: Basic dXNlcjpwYXNzd29yZA==", secret: "dXNlcjpwYXNzd29yZA==" },
  { text: "Phòng khám MK: 884421", secret: "884421" },
  { text: "pw: s3cret!", secret: "s3cret!" },
  { text: "api key: k-7781-x", secret: "k-7781-x" },
  { text: "PIN: 4821", secret: "4821" },
  { text: "Bearer ab12cd", secret: "ab12cd" },
  { text: "slack xoxb-2048-abcdefghij-XYZ", secret: "xoxb-2048-abcdefghij-XYZ" },
  { text: "gitlab glpat-AbCdEfGhIjKlMnOpQrStU", secret: "glpat-AbCdEfGhIjKlMnOpQrStU" },
  { text: "openai sk-proj-abcdefghijklmnopqrstuvwx", secret: "sk-proj-abcdefghijklmnopqrstuvwx" },
  { text: "Server=db;User Id=kcb;Password=S3cr3t;", secret: "S3cr3t" },
  { text: "password: letmein", secret: "letmein" },
  { text: "token=abc_def", secret: "abc_def" },
];

const NEGATIVES = [
  "Quy chế quản lý tài khoản — mật khẩu: độ dài tối thiểu 8 ký tự, đổi 90 ngày một lần",
  "token: USB ký số",
  "Chính sách mật khẩu: mạnh, đổi định kỳ",
  "Bearer tokens are issued by the portal",
  "Password policy: at least 12 characters",
  "secret:/portalPassword",
  "https://portal.example:8443/api",
  "Trạm Y tế xã Mẫu",
  "passwordChangedOn: 2024-01-01",
];

const named = (name: string) => `apiVersion: kcb-compliance/v1
kind: Facility
facility: { code: "01001", name: ${JSON.stringify(name)}, type: clinic, bhytContract: false }
`;

async function secretsRule(name: string) {
  const report = await checkSource(named(name), "clinic.yaml", { asOf });
  return { report, rule: report.facilities[0]!.rules.find((r) => r.id === "byt_5715_2019.account_secrets_not_in_config")! };
}

describe("the one secret detector, rule and outputs alike", { timeout: 30_000 }, () => {
  it.each(POSITIVES)("credential: $text", async ({ text, secret }) => {
    expect(secretSpans(text).length).toBeGreaterThan(0);
    expect(redactText(text, "[redacted]")).not.toContain(secret);
    const { report, rule } = await secretsRule(text);
    expect(rule.status).toBe("fail");
    expect(rule.findings.find((f) => f.status === "fail")!.pointer).toBe("/facility/name");
    for (const format of ["text", "json", "markdown"] as const) {
      for (const lang of ["en", "vi"] as const) expect(formatReport(report, format, { lang })).not.toContain(secret);
    }
  });

  it.each(NEGATIVES)("not a credential: %s", async (text) => {
    expect(secretSpans(text)).toEqual([]);
    const { report, rule } = await secretsRule(text);
    expect(rule.status).toBe("pass");
    expect(report.facilities[0]!.facility?.name).toBe(text);
  });
});
