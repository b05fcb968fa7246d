import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function kcb(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/kcb.js", ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("kcb check (the built CLI)", { timeout: 30_000 }, () => {
  it("exits 0 on the compliant example", () => {
    const run = kcb("check", "examples/compliant-hospital/facility.yaml", "--as-of", "2026-11-20");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 facilities failing · 0 rule results failing · 0 waived · 45 passing");
  });

  it("exits 1 with file:line findings on the non-compliant example, in Vietnamese on request", () => {
    const run = kcb("check", "examples/noncompliant-hospital/facility.yaml", "--as-of", "2026-11-20", "--lang", "vi");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("examples/noncompliant-hospital/facility.yaml:48:5  Tài khoản bhxh-01 vẫn do Vũ Thị Mai giữ");
    expect(run.stdout).toContain("KHÔNG ĐẠT");
  });

  it("--fail-on sets the lowest failing severity that exits 1, as the Action's fail-on does", () => {
    // hospital-with-evidence fails one rule, of severity high.
    const file = "examples/hospital-with-evidence/facility.yaml";
    const exit = (failOn: string) => kcb("check", file, "--as-of", "2026-11-20", "--fail-on", failOn).code;
    expect([exit("low"), exit("high"), exit("critical"), exit("none")]).toEqual([1, 1, 0, 0]);
    expect(kcb("check", file, "--as-of", "2026-11-20").code).toBe(1);
    const summary = (failOn: string) =>
      kcb("check", file, "--as-of", "2026-11-20", "--summary", "json=-", "--fail-on", failOn).code;
    expect([summary("high"), summary("critical")]).toEqual([1, 0]);
    expect(kcb("check", file, "--fail-on", "hihg").code).toBe(2);
  });

  it("exits 2 with a clear message and no stack trace on a malformed file", () => {
    const run = kcb("check", "test/fixtures/malformed.yaml", "--as-of", "2026-11-20");
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("test/fixtures/malformed.yaml:6:1");
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /);
  });

  it("exits 2 on usage errors", () => {
    expect(kcb("check", "examples", "--format", "nope").code).toBe(2);
    expect(kcb("check", "no/such/file.yaml").code).toBe(2);
    expect(kcb("check", "examples", "--as-of", "25/11/2026").stderr).toContain("YYYY-MM-DD");
  }, 30_000);

  it("writes JSON that parses and names the profile and date", () => {
    const run = kcb("check", "examples", "--as-of", "2026-11-20", "--format", "json");
    const report = JSON.parse(run.stdout);
    expect(report.facilities).toHaveLength(7);
    expect(report.asOf).toBe("2026-11-20");
    expect(run.code).toBe(1);
    // The examples folder includes a .xlsx, an access log (DuckDB) and a .ts config: slower on a loaded machine.
  }, 30_000);
});
