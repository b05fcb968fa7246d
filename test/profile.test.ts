import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, InputError } from "../src/index.js";
import { BUNDLED_PROFILE_JSON } from "../src/generated/profiles.js";
import { parseConfig } from "../src/load/config.js";
import { BUNDLED_PROFILES, loadProfile, profileParamNames } from "../src/profile/load.js";

const dir = mkdtempSync(join(tmpdir(), "kcb-profile-"));

function profileFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("parameter profiles", () => {
  it("bundles national with every parameter the rules read", () => {
    const profile = loadProfile("national");
    expect(Object.keys(profile.params).sort()).toEqual(profileParamNames());
    expect(profile.params).toMatchObject({ accessDailyCeiling: 100000, accessBaselineFactor: 10, waiverMaxDays: 180 });
  });

  it("bundles each profile as its YAML file reads (parsed when kcb is built)", () => {
    expect(Object.keys(BUNDLED_PROFILE_JSON)).toEqual(BUNDLED_PROFILES);
    for (const name of BUNDLED_PROFILES) {
      const file = `profiles/${name}.yaml`;
      expect(BUNDLED_PROFILE_JSON[name]).toBe(
        JSON.stringify(parseConfig(readFileSync(file, "utf8").normalize("NFC"), file).data),
      );
    }
  });

  it("lists parameters in the order localeCompare gives, without asking ICU for it", () => {
    const names = profileParamNames();
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
    expect(Object.keys(loadProfile("thanh-hoa").params)).toEqual(names);
  });

  it("lets thanh-hoa inherit national and override a few values", () => {
    const profile = loadProfile("thanh-hoa");
    expect(profile).toMatchObject({ name: "thanh-hoa", source: "bundled:thanh-hoa" });
    expect(profile.params).toMatchObject({ accessReviewMaxDays: 35, waiverMaxDays: 90, passwordRotationMaxDays: 90 });
  });

  it("reads a health department's file that only sets what it changes", async () => {
    const file = profileFile("so-y-te.yaml", "name: so-y-te-x\nparams:\n  accessDailyCeiling: 50000\n");
    const report = await check(["examples/compliant-hospital/facility.yaml"], { asOf: "2026-11-20", profile: file });
    expect(report.profile).toMatchObject({ name: "so-y-te-x", source: file });
    expect(report.profile.params).toMatchObject({ accessDailyCeiling: 50000, trainingValidityDays: 365 });
  });

  it("rejects an unknown parameter at its line", () => {
    const file = profileFile("typo.yaml", "name: typo\nparams:\n  accessDailyCeilling: 5\n");
    expect(() => loadProfile(file)).toThrow(InputError);
    try {
      loadProfile(file);
    } catch (error) {
      expect((error as InputError).location).toMatchObject({ file, line: 3 });
      expect((error as InputError).text.en).toContain('unknown field "accessDailyCeilling"');
    }
  });

  it("rejects a value of the wrong type", () => {
    const file = profileFile("bad.yaml", "name: bad\nparams:\n  waiverMaxDays: soon\n");
    expect(() => loadProfile(file)).toThrow(/Invalid profile: \/params\/waiverMaxDays: must be integer/);
  });

  it("rejects a missing file with the names of the bundled profiles", () => {
    expect(() => loadProfile("no/such/profile.yaml")).toThrow(/national, thanh-hoa/);
  });
});
