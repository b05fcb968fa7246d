import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSource, exitCode, FORMATS, loadCatalog, type Report } from "../src/index.js";
import { REDACTED } from "../src/report/withhold-secrets.js";

/**
 * No output format ever contains a secret that sits in a config, wherever it was pasted, while findings keep
 * pointing at their lines. The test runs over every format in FORMATS and both languages, so a format added later
 * is covered without touching this file.
 */

const asOf = "2026-11-20";
const PEM = [
  "-----BEGIN RSA PRIVATE KEY-----",
  "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
  "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK",
  "-----END RSA PRIVATE KEY-----",
].join("\n");

/** What a person might paste into a config: the secret value, and how it reads in free text. */
const SECRETS: Array<{ kind: string; value: string; inText: string }> = [
  { kind: "password note", value: "Hunter2!Secret-9f3", inText: "password: Hunter2!Secret-9f3" },
  { kind: "Vietnamese password note", value: "MatKhau@2026xyz", inText: "mật khẩu: MatKhau@2026xyz" },
  { kind: "URL connection string", value: "S3cr3tPassw0rd", inText: "postgres://bhyt_user:S3cr3tPassw0rd@10.0.0.5:5432/his" },
  { kind: "ADO connection string", value: "Pa55word!Sql", inText: "Server=his-db;User Id=sa;Password=Pa55word!Sql;" },
  {
    kind: "GitHub token",
    value: "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    inText: "token ghp_16C7e42F292c6912E7710c838347Ae178B4a",
  },
  { kind: "AWS access key", value: "AKIAIOSFODNN7EXAMPLE", inText: "key AKIAIOSFODNN7EXAMPLE" },
  { kind: "API key", value: "k-8d7f6e5d4c3b2a19", inText: "api_key=k-8d7f6e5d4c3b2a19" },
  {
    kind: "JWT",
    value: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJieGhoIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    inText: "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJieGhoIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk",
  },
  { kind: "private key", value: PEM, inText: PEM },
];

// A frozen copy of the non-compliant example, so changes to examples/ do not move the lines this test edits.
const example = readFileSync("test/fixtures/secrets-base.yaml", "utf8");
// A waiver, so that formats which print a waiver's reason have one to print.
const WAIVER =
  'waivers:\n  - { rule: byt_5715_2019.portal_account_holder_in_post, target: "account:bhxh-01", reason: "Chờ bàn giao", approvedBy: Hoàng Văn Sơn, approvedOn: "2026-11-01", expiresOn: "2027-01-01" }\n';
const clean = `${example}${WAIVER}`;

/** Every free-text field of the example that some output may echo, each kept on its own line. */
const FREE_TEXT: Array<[string, (secret: string) => string]> = [
  ["  name: Bệnh viện Đa khoa Đồi Thông (ví dụ)", (s) => `  name: ${quote(`Bệnh viện Đa khoa Đồi Thông ${s}`)}`],
  ["    name: Hoàng Văn Sơn", (s) => `    name: ${quote(`Hoàng Văn Sơn ${s}`)}`],
  ["    name: Vũ Thị Mai", (s) => `    name: ${quote(`Vũ Thị Mai ${s}`)}`],
  ["    department: Phòng Kế hoạch tổng hợp", (s) => `    department: ${quote(s)}`],
  ["    name: HIS", (s) => `    name: ${quote(`HIS ${s}`)}`],
  [
    '    assignment: { decision: 33/QĐ-BV, decidedOn: "2020-01-06" }',
    (s) => `    assignment: { decision: 33/QĐ-BV, decidedOn: "2020-01-06", by: ${quote(s)} }`,
  ],
  ['    username: "38052_kt"', (s) => `    username: ${quote(`38052_kt ${s}`)}`],
  ['reason: "Chờ bàn giao"', (s) => `reason: ${quote(`Chờ bàn giao, ${s}`)}`],
];

function quote(text: string): string {
  return JSON.stringify(text); // a JSON string is a YAML double-quoted scalar: newlines stay on one line
}

function withSecret(inText: string): string {
  return FREE_TEXT.reduce((text, [line, replace]) => {
    expect(text).toContain(line);
    return text.replace(line, replace(inText));
  }, clean);
}

/** Every rendering of a report: each registered format, in each language. */
function renderings(report: Report): Array<[string, string]> {
  return Object.entries(FORMATS).flatMap(([name, format]) =>
    (["en", "vi"] as const).map((lang): [string, string] => [`${name}/${lang}`, format(report, { lang })]),
  );
}

/** The secret itself and, for multi-line secrets, each substantial line of it. */
function fragments(value: string): string[] {
  return [value, ...value.split("\n").filter((line) => line.length >= 16 && !line.startsWith("-----"))];
}

/** Rules that look for secrets themselves (added later); they are expected to differ once a secret is pasted. */
const isSecretRule = (id: string) => /secret|credential/i.test(id);

function where(report: Report) {
  return report.facilities.flatMap((facility) =>
    facility.rules
      .filter((rule) => !isSecretRule(rule.id))
      .flatMap((rule) =>
        rule.findings.map(
          (finding) => `${rule.id} ${finding.status} ${finding.target} ${finding.location.line}:${finding.location.column}`,
        ),
      ),
  );
}

const baseline = await checkSource(clean, "facility.yaml", { asOf });

describe(`no secret in a config reaches any output format (${Object.keys(FORMATS).join(", ")})`, () => {
  it("the baseline has failing findings whose messages quote free text", () => {
    expect(exitCode(baseline)).toBe(1);
    expect(JSON.stringify(baseline.facilities[0]!.rules)).toContain("Vũ Thị Mai");
  });

  it.each(SECRETS)("$kind pasted into every free-text field", async ({ value, inText }) => {
    const text = withSecret(inText);
    const report = await checkSource(text, "facility.yaml", { asOf });
    expect(exitCode(report)).toBe(exitCode(baseline));
    // Same findings at the same lines: only the value is withheld.
    expect(where(report)).toEqual(where(baseline));
    // The value sat where outputs quote free text: it was withheld there, not merely never shown.
    expect(renderings(report).some(([, output]) => output.includes(REDACTED))).toBe(true);
    for (const [name, output] of renderings(report)) {
      for (const fragment of fragments(value))
        expect(output, `${name} echoes the ${fragment.length}-character secret`).not.toContain(fragment);
    }
    // Once a rule that detects secrets is in the catalog, it must point at the lines that hold them.
    const secretLines = text
      .split("\n")
      .flatMap((line, index) => (line.includes(JSON.stringify(inText).slice(1, 20)) ? [index + 1] : []));
    expect(secretLines.length).toBe(FREE_TEXT.length);
    for (const rule of loadCatalog().rules.filter((candidate) => isSecretRule(candidate.id))) {
      const findings = report.facilities[0]!.rules.find((result) => result.id === rule.id)!.findings;
      expect(
        findings.some((finding) => finding.status === "fail" && secretLines.includes(finding.location.line)),
        rule.id,
      ).toBe(true);
    }
  });
});

describe("error messages never quote a value that could be a secret", () => {
  const secret = "Hunter2!Secret-9f3";
  const base =
    'apiVersion: kcb-compliance/v1\nkind: Facility\nfacility:\n  code: "01905"\n  name: Trạm\n  type: commune_station\n  bhytContract: false\n';
  const cases: Array<[string, string, number]> = [
    ["unknown field holding it", `${base}  remark: "${secret}"\n`, 8],
    ["wrong type", base.replace("bhytContract: false", `bhytContract: "${secret}"`), 7],
    ["not in the enum", base.replace("type: commune_station", `type: "${secret}"`), 6],
    ["not matching the pattern", base.replace('code: "01905"', `code: "${secret}"`), 4],
    ["not a date", `${base}staff:\n  - { id: s1, name: A, status: active, joinedOn: "${secret}" }\n`, 9],
    [
      "dangling reference",
      `${base}staff:\n  - { id: s1, name: A, status: active }\ntrainings:\n  - { staffId: "${secret}", course: X, completedOn: "2025-01-01" }\n`,
      11,
    ],
    [
      "duplicate id",
      `${base}staff:\n  - { id: "${secret}", name: A, status: active }\n  - { id: "${secret}", name: B, status: active }\n`,
      10,
    ],
    ["YAML syntax error on its line", base.replace("name: Trạm", `name: |${secret}`), 5],
    ["unknown YAML tag", base.replace("name: Trạm", `name: !${secret} x`), 5],
    ["JSON syntax error", `{\n  "apiVersion": "kcb-compliance/v1",\n  "kind": '${secret}'\n}\n`, 3],
  ];

  it.each(cases)("%s: exit 2 at line %i, value withheld in every format", async (_name, text, line) => {
    const file = text.startsWith("{") ? "facility.json" : "facility.yaml";
    const report = await checkSource(text, file, { asOf });
    expect(exitCode(report)).toBe(2);
    expect(report.facilities[0]!.errors.map((error) => error.location.line)).toContain(line);
    for (const [name, output] of renderings(report)) expect(output, name).not.toContain(secret);
  });

  it("a field named by a secret-looking key is left to the secret rule, which fails it at its line without the value", async () => {
    const report = await checkSource(`${base}  "${secret}": 1\n`, "facility.yaml", { asOf });
    expect(exitCode(report)).toBe(1);
    const rule = report.facilities[0]!.rules.find((result) => result.id === "byt_5715_2019.account_secrets_not_in_config")!;
    expect(rule.findings.filter((finding) => finding.status === "fail").map((finding) => finding.location.line)).toEqual([8]);
    for (const [name, output] of renderings(report)) expect(output, name).not.toContain(secret);
  });
});
