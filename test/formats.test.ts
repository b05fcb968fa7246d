import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogForPacks, check, checkSource, formatReport, loadCatalog, type Report } from "../src/index.js";

/** The rules a run without --pack reports: the default pack (the four letters and the waiver rule). */
const defaultRules = () => catalogForPacks(loadCatalog(), []).rules;

const asOf = "2026-11-20";
const EXAMPLES = ["commune-station", "compliant-hospital", "noncompliant-hospital"];
const exampleFile = (name: string) => `examples/${name}/facility.yaml`;
const noncompliant = exampleFile("noncompliant-hospital");

// The SARIF 2.1.0 schema as Microsoft's SARIF SDK publishes it on npm (draft-04, hence ajv-draft-04). Its
// `language` pattern has a stray "]" that only non-unicode regular expressions accept, hence unicodeRegExp.
const require = createRequire(import.meta.url);
const sarifSchemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(sarifSchemaPath, "utf8")));

const reports: Record<string, Report> = {};
beforeAll(async () => {
  for (const name of EXAMPLES) reports[name] = await check([exampleFile(name)], { asOf });
});

/**
 * The non-compliant example whose too-long waiver of password_rotated_on_time is replaced by a valid one with
 * markup in its reason, so that failure is waived; and optional edits to its text.
 */
function noncompliantSource(edit: (text: string) => string = (text) => text): string {
  const invalid = /^ {2}- rule: syt_2748_2019\.password_rotated_on_time .*\n(?: {4}.*\n)+/m;
  const valid = `  - { rule: syt_2748_2019.password_rotated_on_time, target: "account:bhxh-01", reason: "Hệ thống cũ <HIS> & cổng \\"BHXH\\"", approvedBy: Giám đốc, approvedOn: "2026-11-01", risk: low, expiresOn: "2026-12-31" }\n`;
  const text = readFileSync(noncompliant, "utf8");
  expect(text).toMatch(invalid);
  return edit(text.replace(invalid, valid));
}

describe("sarif", () => {
  it.each(EXAMPLES)("is valid SARIF 2.1.0 for %s", (name) => {
    const sarif = JSON.parse(formatReport(reports[name]!, "sarif", { lang: "en" }));
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    expect(sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(defaultRules().map((rule) => rule.id));
  });

  it("is checked by a schema that does reject broken logs", () => {
    const sarif = JSON.parse(formatReport(reports["noncompliant-hospital"]!, "sarif", { lang: "en" }));
    sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    delete sarif.runs[0].results[1].message;
    expect(validateSarif(sarif)).toBe(false);
  });

  it("describes each rule with its directive, item, Vietnamese clause, remediation and security severity", () => {
    const sarif = JSON.parse(formatReport(reports["noncompliant-hospital"]!, "sarif", { lang: "en" }));
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "syt_2748_2019.password_rotated_on_time");
    expect(rule.shortDescription.text).toBe("Account passwords are changed within the regulation's period");
    expect(rule.help.text).toContain("Định kỳ thay đổi mật khẩu");
    expect(rule.help.text).toContain("Khắc phục:");
    expect(rule.properties.tags).toEqual(expect.arrayContaining(["security", "2748/SYT-NVY", "2748/SYT-NVY item 2"]));
    expect(rule.properties["security-severity"]).toBe("8.0");
  });

  it("puts each failure on its file and line, in the requested language", () => {
    const sarif = JSON.parse(formatReport(reports["noncompliant-hospital"]!, "sarif", { lang: "vi" }));
    const results = sarif.runs[0].results.map(
      (r: {
        ruleId: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      }) =>
        `${r.ruleId}@${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`,
    );
    // The 59 failing findings of test/examples.test.ts, by rule, then target; the waived one is left out.
    expect(results).toEqual([
      `byt_5715_2019.access_baseline_investigated@${noncompliant}:80`,
      `byt_5715_2019.access_baseline_investigated@${noncompliant}:52`,
      `byt_5715_2019.access_baseline_investigated@${noncompliant}:62`,
      `byt_5715_2019.access_ceiling_investigated@${noncompliant}:80`,
      `byt_5715_2019.access_ceiling_investigated@${noncompliant}:52`,
      `byt_5715_2019.access_ceiling_investigated@${noncompliant}:62`,
      `byt_5715_2019.access_stats_reviewed@${noncompliant}:83`,
      `byt_5715_2019.account_leaks_handled@${noncompliant}:87`,
      `byt_5715_2019.account_secrets_not_in_config@${noncompliant}:73`,
      `byt_5715_2019.account_secrets_not_in_config@${noncompliant}:77`,
      `byt_5715_2019.assignment_signer_may_delegate@${noncompliant}:49`,
      `byt_5715_2019.assignment_signer_may_delegate@${noncompliant}:52`,
      `byt_5715_2019.head_directs_security@${noncompliant}:13`,
      `byt_5715_2019.incompatible_roles_separated@${noncompliant}:35`,
      `byt_5715_2019.portal_account_holder_accountable@${noncompliant}:45`,
      `byt_5715_2019.portal_account_holder_accountable@${noncompliant}:52`,
      `byt_5715_2019.portal_account_holder_assigned@${noncompliant}:52`,
      `byt_5715_2019.portal_account_holder_in_post@${noncompliant}:48`,
      `byt_5715_2019.portal_account_role_designated@${noncompliant}:23`,
      `byt_5715_2019.portal_account_role_designated@${noncompliant}:23`,
      `byt_5715_2019.portal_accounts_per_person_limited@${noncompliant}:65`,
      `byt_5715_2019.portal_delegation_reviewed@${noncompliant}:13`,
      `byt_5715_2019.privileged_permissions_approved@${noncompliant}:56`,
      `byt_5715_2019.regulation_assigns_responsibility@${noncompliant}:13`,
      `byt_5863_2021.bhyt_application_reviewed@${noncompliant}:37`,
      `byt_5863_2021.bhyt_applications_inventoried@${noncompliant}:37`,
      `byt_5863_2021.bhyt_applications_inventoried@${noncompliant}:41`,
      `byt_5863_2021.manual_export_authorized@${noncompliant}:126`,
      `byt_5863_2021.manual_export_logged@${noncompliant}:126`,
      `byt_5863_2021.manual_export_protected@${noncompliant}:126`,
      `byt_5863_2021.transfer_approved@${noncompliant}:71`,
      `byt_5863_2021.transfer_authenticated@${noncompliant}:71`,
      `byt_5863_2021.transfer_encrypted@${noncompliant}:71`,
      `byt_6827_2024.account_permissions_within_roles@${noncompliant}:56`,
      `byt_6827_2024.confidentiality_commitment_signed@${noncompliant}:21`,
      `byt_6827_2024.confidentiality_commitment_signed@${noncompliant}:32`,
      `byt_6827_2024.confidentiality_law_disseminated@${noncompliant}:13`,
      `byt_6827_2024.confidentiality_process_regulated@${noncompliant}:13`,
      `byt_6827_2024.fraud_warning_with_media@${noncompliant}:3`,
      `byt_6827_2024.health_workers_trained@${noncompliant}:85`,
      `byt_6827_2024.health_workers_trained@${noncompliant}:32`,
      `byt_6827_2024.patient_data_access_controlled@${noncompliant}:41`,
      `byt_6827_2024.patient_data_access_logged@${noncompliant}:41`,
      `byt_6827_2024.patient_reporting_channel_published@${noncompliant}:3`,
      `byt_6827_2024.periodic_report_submitted@${noncompliant}:3`,
      `byt_6827_2024.personal_data_inspected@${noncompliant}:3`,
      `byt_6827_2024.unit_exports_controlled@${noncompliant}:126`,
      `governance.waivers_governed@${noncompliant}:103`,
      `governance.waivers_governed@${noncompliant}:117`,
      `governance.waivers_governed@${noncompliant}:96`,
      `governance.waivers_governed@${noncompliant}:110`,
      `syt_2748_2019.account_personal_responsibility@${noncompliant}:45`,
      `syt_2748_2019.account_personal_responsibility@${noncompliant}:52`,
      `syt_2748_2019.head_directs_security@${noncompliant}:13`,
      `syt_2748_2019.implements_941_direction@${noncompliant}:13`,
      `syt_2748_2019.password_changed_on_handover@${noncompliant}:58`,
      `syt_2748_2019.password_rotated_on_time@${noncompliant}:51`,
      `syt_2748_2019.regulation_assigns_responsibility@${noncompliant}:13`,
      `syt_2748_2019.regulation_sets_rotation_period@${noncompliant}:19`,
    ]);
    const inPost = sarif.runs[0].results[17];
    expect(inPost.ruleId).toBe("byt_5715_2019.portal_account_holder_in_post");
    expect(inPost.message.text).toContain("Tài khoản bhxh-01 vẫn do Vũ Thị Mai giữ");
    expect(inPost.ruleIndex).toBe(10);
  });

  it("marks the exact region of the value that failed", () => {
    const sarif = JSON.parse(formatReport(reports["noncompliant-hospital"]!, "sarif", { lang: "en" }));
    const rotation = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "syt_2748_2019.password_rotated_on_time");
    // Line 51 is `    passwordChangedOn: "2025-02-01" # FAIL: …`: the member, without the comment.
    expect(rotation.locations[0].physicalLocation.region).toEqual({ startLine: 51, startColumn: 5, endLine: 51, endColumn: 36 });
  });

  it("keeps fingerprints when lines move, and leaves waived failures out", async () => {
    const before = JSON.parse(
      formatReport(await checkSource(noncompliantSource(), noncompliant, { asOf }), "sarif", { lang: "en" }),
    );
    const shifted = await checkSource(
      noncompliantSource((text) => text.replace("accounts:\n", "# a new comment line\naccounts:\n")),
      noncompliant,
      { asOf },
    );
    const after = JSON.parse(formatReport(shifted, "sarif", { lang: "en" }));
    const hashes = (log: typeof before) =>
      log.runs[0].results.map(
        (r: { partialFingerprints: { primaryLocationLineHash: string } }) => r.partialFingerprints.primaryLocationLineHash,
      );
    expect(after.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(
      before.runs[0].results[0].locations[0].physicalLocation.region.startLine + 1,
    );
    expect(hashes(after)).toEqual(hashes(before));
    expect(new Set(hashes(before)).size).toBe(hashes(before).length);
    expect(before.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).not.toContain(
      "syt_2748_2019.password_rotated_on_time",
    );
    // 59 failing findings, less the rotation now waived and the failure of the waiver it replaced.
    expect(before.runs[0].results).toHaveLength(57);
    expect(validateSarif(before), JSON.stringify(validateSarif.errors)).toBe(true);
  });

  it("reports a configuration that could not be assessed", async () => {
    const report = await check(["test/fixtures/malformed.yaml"], { asOf });
    const sarif = JSON.parse(formatReport(report, "sarif", { lang: "en" }));
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: "kcb.not_assessed", level: "error" });
  });
});

describe("junit", () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => ["testsuite", "testcase"].includes(name),
  });
  const parse = (xml: string) => {
    expect(XMLValidator.validate(xml)).toBe(true);
    return parser.parse(xml).testsuites;
  };

  it.each(EXAMPLES)("is well-formed XML with one testcase per rule for %s", (name) => {
    const suites = parse(formatReport(reports[name]!, "junit", { lang: "en" }));
    expect(suites.testsuite).toHaveLength(1);
    expect(suites.testsuite[0].testcase).toHaveLength(defaultRules().length);
    expect(Number(suites.tests)).toBe(defaultRules().length);
  });

  it("fails the failing rules and skips the rules that do not apply", () => {
    const failing = parse(formatReport(reports["noncompliant-hospital"]!, "junit", { lang: "en" }));
    expect(failing.failures).toBe("44");
    const testcase = failing.testsuite[0].testcase.find((t: { name: string }) =>
      t.name.startsWith("syt_2748_2019.password_rotated_on_time"),
    );
    expect(testcase).toMatchObject({ file: noncompliant, line: "51", failure: { type: "high" } });
    expect(testcase.failure["#text"]).toContain(`${noncompliant}:51:5`);
    const station = parse(formatReport(reports["commune-station"]!, "junit", { lang: "en" }));
    expect(Number(station.skipped)).toBeGreaterThan(0);
    expect(station.failures).toBe("0");
  });

  it("escapes markup in names and messages, and skips waived rules", async () => {
    const source = noncompliantSource((text) =>
      text.replace("name: Bệnh viện Đa khoa Đồi Thông (ví dụ)", `name: 'BV <Đồi Thông> & "Co"'`),
    );
    const suites = parse(formatReport(await checkSource(source, noncompliant, { asOf }), "junit", { lang: "vi" }));
    expect(suites.testsuite[0].name).toBe(`38052 BV <Đồi Thông> & "Co"`);
    const waived = suites.testsuite[0].testcase.find((t: { name: string }) =>
      t.name.startsWith("syt_2748_2019.password_rotated_on_time"),
    );
    expect(waived.skipped.message).toContain("Giám đốc");
    // 44 failing rules less the rotation, now waived (waivers_governed still fails on the other three waivers).
    expect(suites.failures).toBe("43");
  });

  it("reports a facility that could not be assessed as an error", async () => {
    const suites = parse(formatReport(await check(["test/fixtures/malformed.yaml"], { asOf }), "junit", { lang: "en" }));
    expect(suites.errors).toBe("1");
    expect(suites.testsuite[0].testcase[0].error.type).toBe("input");
  });
});

describe("oscal", () => {
  const oscalCatalog = JSON.parse(readFileSync("policy/oscal-catalog.json", "utf8")).catalog;
  const objectiveIds = new Set<string>(
    oscalCatalog.groups.flatMap((g: { controls: { parts: { id: string; name: string }[] }[] }) =>
      g.controls.flatMap((c) => c.parts.filter((p) => p.name === "assessment-objective").map((p) => p.id)),
    ),
  );
  const controlIds = new Set<string>(
    oscalCatalog.groups.flatMap((g: { controls: { id: string }[] }) => g.controls.map((c) => c.id)),
  );
  const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("publishes one control per directive item and one objective per catalog rule", () => {
    const catalog = loadCatalog();
    expect(objectiveIds.size).toBe(catalog.rules.length);
    expect(controlIds.size).toBe(new Set(catalog.rules.map((rule) => `${rule.document}:${rule.item}`)).size);
    expect(JSON.stringify(oscalCatalog)).toContain("Định kỳ thay đổi mật khẩu");
  });

  it.each(EXAMPLES)("gives one result whose findings cite catalog objectives and link observations, for %s", (name) => {
    const text = formatReport(reports[name]!, "oscal", { lang: "en" });
    const document = JSON.parse(text)["assessment-results"];
    expect(document.metadata["oscal-version"]).toBe(oscalCatalog.metadata["oscal-version"]);
    expect(document.results).toHaveLength(1);
    const [result] = document.results;
    const observations = new Set(result.observations.map((o: { uuid: string }) => o.uuid));
    expect(result.findings).toHaveLength(defaultRules().length);
    for (const finding of result.findings) {
      expect(objectiveIds).toContain(finding.target["target-id"]);
      expect(["satisfied", "not-satisfied"]).toContain(finding.target.status.state);
      for (const link of finding["related-observations"]) expect(observations).toContain(link["observation-uuid"]);
    }
    for (const selection of result["reviewed-controls"]["control-selections"][0]["include-controls"])
      expect(controlIds).toContain(selection["control-id"]);
    for (const observation of result.observations) {
      expect(observation.methods).toEqual(["TEST"]);
      expect(observation.origins[0].actors[0]).toMatchObject({
        type: "tool",
        "actor-uuid": result["local-definitions"]["assessment-assets"].components[0].uuid,
      });
      expect(observation["relevant-evidence"][0].description).toMatch(/facility\.yaml:\d+:\d+/);
    }
    const uuids = [...text.matchAll(/"(?:uuid)": "([^"]+)"/g)].map((m) => m[1]!);
    expect(uuids.every((uuid) => UUID_V5.test(uuid))).toBe(true);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it("marks failing rules not-satisfied with the observation of each failure", () => {
    const result = JSON.parse(formatReport(reports["noncompliant-hospital"]!, "oscal", { lang: "en" }))["assessment-results"]
      .results[0];
    const failed = result.findings.filter(
      (f: { target: { status: { state: string } } }) => f.target.status.state === "not-satisfied",
    );
    // 44 failing rules, and the waived one: a waiver does not make the objective satisfied.
    expect(failed.map((f: { target: { status: { reason: string } } }) => f.target.status.reason).sort()).toEqual([
      ...Array(44).fill("fail"),
      "other",
    ]);
    const rotation = result.findings.find(
      (f: { target: { "target-id": string } }) => f.target["target-id"] === "syt_2748_2019.item-2_obj.password_rotated_on_time",
    );
    const linked = result.observations.filter((o: { uuid: string }) =>
      rotation["related-observations"].some((l: { "observation-uuid": string }) => l["observation-uuid"] === o.uuid),
    );
    expect(linked.map((o: { description: string }) => o.description)).toContain(
      "The password of account bhxh-01 is 657 days old (regulation: 365 days).",
    );
    expect(linked.find((o: { description: string }) => o.description.includes("657 days"))["relevant-evidence"][0].href).toBe(
      `${noncompliant}#L51`,
    );
  });
});

describe("every format", () => {
  it.each(["sarif", "junit", "oscal"] as const)("%s is byte-identical for the same inputs", async (format) => {
    const again = await check([noncompliant], { asOf });
    expect(formatReport(again, format, { lang: "vi" })).toBe(
      formatReport(reports["noncompliant-hospital"]!, format, { lang: "vi" }),
    );
  });

  it.each(["sarif", "junit", "oscal"] as const)("%s lists facilities in file order whatever the input order", async (format) => {
    const forward = await check(EXAMPLES.map(exampleFile), { asOf });
    const backward = await check([...EXAMPLES].reverse().map(exampleFile), { asOf });
    expect(formatReport(backward, format, { lang: "en" })).toBe(formatReport(forward, format, { lang: "en" }));
  });
});
