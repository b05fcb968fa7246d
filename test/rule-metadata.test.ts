import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a build script (plain ESM, no declarations)
import { metadataProblems } from "../scripts/rule-metadata.mjs";

const valid = {
  title: "Every portal account has a named holder",
  description: "A finding per account without a holder.",
  custom: {
    title_vi: "Mỗi tài khoản có người giữ",
    description_vi: "Mỗi tài khoản chưa có người giữ là một phát hiện.",
    item: "đoạn 3",
    clause: "Tuyệt đối không được để lộ thông tin tài khoản.",
    severity: "high",
    assessment: "automated",
    evidence: ["accounts", "governance.regulations"],
    parameters: ["passwordRotationMaxDays"],
    remediation: { vi: "Giao tài khoản cho một người.", en: "Assign the account to one person." },
  },
};
const withCustom = (custom: Record<string, unknown>) => ({ ...valid, custom: { ...valid.custom, ...custom } });

describe("rule METADATA checked at build (scripts/rule-metadata.mjs)", () => {
  it("accepts a complete block", () => {
    expect(metadataProblems("doc.rule", valid)).toEqual([]);
  });

  it.each([
    [
      "a misspelt severity",
      { severity: "hihg" },
      /severity must be equal to one of the allowed values \(critical, high, medium, low\)/,
    ],
    ["an unknown assessment", { assessment: "manual" }, /assessment must be equal to one of the allowed values/],
    ["a misspelt custom key", { severty: "high" }, /must NOT have additional properties \(severty\)/],
    [
      "a parameter the profile lacks",
      { parameters: ["passwordRotationDays"] },
      /parameter "passwordRotationDays" is not a profile parameter/,
    ],
    [
      "an evidence field the format lacks",
      { evidence: ["governance.regulation"] },
      /evidence "governance.regulation" is not a field of the facility format/,
    ],
  ])("rejects %s", (_what, custom, message) => {
    const problems = metadataProblems("doc.rule", withCustom(custom));
    expect(problems.join("\n")).toMatch(message);
    expect(problems.every((problem: string) => problem.startsWith("doc.rule: "))).toBe(true);
  });

  it("rejects a block without remediation in both languages", () => {
    const problems = metadataProblems("doc.rule", withCustom({ remediation: { vi: "Giao tài khoản cho một người." } }));
    expect(problems.join("\n")).toMatch(/remediation must have required property 'en'/);
  });

  it("finds no problem in the shipped rules", () => {
    const inspected = JSON.parse(
      execFileSync(".tools/bin/opa", ["inspect", "--annotations", "--format", "json", "policies"], {
        encoding: "utf8",
        maxBuffer: 1e8,
      }),
    ) as {
      annotations: Array<{
        annotations: { scope: string; custom?: unknown };
        path: Array<{ value: string }>;
        location: { file: string };
      }>;
    };
    const rules = inspected.annotations.filter(
      ({ annotations, path, location }) =>
        annotations.scope !== "package" &&
        !location.file.endsWith("_test.rego") &&
        ["rules", "governance"].includes(path[2]?.value ?? ""),
    );
    expect(rules.length).toBeGreaterThan(30);
    for (const { annotations, path } of rules)
      expect(
        metadataProblems(
          path
            .slice(3)
            .map((p) => p.value)
            .join("."),
          annotations,
        ),
      ).toEqual([]);
  });
});
