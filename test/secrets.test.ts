import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSource, formatReport } from "../src/index.js";
import { SECRET_KEY_PATTERN } from "../src/validate/secrets.js";

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
  it("uses the same secret-key pattern in the validator and the policy", () => {
    const rego = readFileSync("policies/lib/secrets.rego", "utf8");
    const match = /secret_key_pattern := `\(\?i\)(.*)`/.exec(rego);
    expect(match?.[1]).toBe(SECRET_KEY_PATTERN);
  });

  it("lets a secret-named key through the schema to the rule, which points at its line", async () => {
    const report = await checkSource(config, "clinic.yaml", { asOf });
    const facility = report.facilities[0]!;
    expect(facility.errors).toEqual([]);
    const rule = facility.rules.find((r) => r.id === "byt_5715_2019.account_secrets_not_in_config")!;
    expect(rule.status).toBe("fail");
    expect(rule.findings.map((f) => `${f.pointer}@${f.location.line}`).sort()).toEqual(["/accounts/0/password@12", "/systems/0/vendor@8"]);
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
      const run = spawnSync(process.execPath, ["bin/kcb.js", "check", "examples", "--as-of", asOf, "--format", format], { encoding: "utf8" });
      expect(run.stdout + run.stderr).not.toMatch(/Matkhau123|Bhxh@2026/);
      expect(run.stdout).toContain("/portalPassword");
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
    expect(transfer.findings[0]!.message.en).toContain("Channel [redacted]: FTPS runs over TLS but accepts TLS below 1.2");
    for (const format of ["text", "json"] as const) expect(formatReport(report, format, { lang: "en" })).not.toContain(PASSWORD);
  });

  it("still rejects an unknown key that is not named like a secret", async () => {
    const report = await checkSource(config.replace("password:", "colour:"), "clinic.yaml", { asOf });
    expect(report.facilities[0]!.errors.map((e) => e.message.en)).toEqual(['/accounts/0: unknown field "colour" (not in format v2).']);
  });
});
