import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_LISTED_FINDINGS } from "../src/format/markdown.js";
import { check, checkSource, formatReport } from "../src/index.js";

const asOf = "2026-11-20";

describe("markdown format", () => {
  it("gives a table per directive with counts over the facilities, then each failure at its line", async () => {
    const report = await check(["examples"], { asOf });
    const markdown = formatReport(report, "markdown", { lang: "en" });
    // 7 examples × 42 rules: the non-compliant hospital fails 34 and waives 1; hospital-with-evidence and vendor-ts
    // fail 1 each; not applicable: 1 + 1 (compliant, non-compliant) + 9 (commune station) + 2 + 2, and 1 each for
    // the two pack examples (checked here without --pack, so against the letters only); and the six role rules
    // in the five examples without a roles catalogue (the two hospitals have one: they pass or fail there).
    expect(markdown).toContain("### 5715/BYT-BH (Bộ Y tế, 2019-09-27)");
    expect(markdown).toContain("### 2748/SYT-NVY (Sở Y tế Thanh Hoá, 2019-10-07)");
    expect(markdown).toMatch(
      /\| item 2 \| Account passwords are changed within the regulation's period<br>`syt_2748_2019.password_rotated_on_time` \| high \| 2 \| 0 \| 4 \| 1 \|/,
    );
    expect(markdown).toContain(
      "`examples/noncompliant-hospital/facility.yaml:51` | 2748/SYT-NVY item 2 · Account passwords are changed within the regulation's period | The password of account bhxh-01 is 657 days old",
    );
    // The tool's own waiver rule is no letter: its own heading (in the report's language), no issuer, no date.
    expect(markdown).toContain("### Waiver governance\n");
    // 59 failing findings of the non-compliant hospital, one each of hospital-with-evidence and vendor-ts.
    expect(markdown.match(/^\| ✗ Fail \|/gm)).toHaveLength(61);
    expect(markdown.match(/^\| ~ Waived \|/gm)).toHaveLength(1);
    expect(formatReport(report, "markdown", { lang: "en" })).toBe(markdown);
  });

  it("speaks Vietnamese for facility staff", async () => {
    const report = await check(["examples/noncompliant-hospital/facility.yaml"], { asOf });
    const markdown = formatReport(report, "markdown", { lang: "vi" });
    expect(markdown).toContain("### Phát hiện cần xử lý");
    expect(markdown).toContain("Mật khẩu tài khoản bhxh-01 đã 657 ngày chưa đổi");
  });

  it("keeps config text from breaking the table or injecting HTML", async () => {
    // The name of a holder who left is quoted in a finding (a dangling holder id is an input error, not quoted).
    const source = readFileSync("examples/noncompliant-hospital/facility.yaml", "utf8").replace(
      "name: Vũ Thị Mai\n",
      'name: "a|b<img src=x>"\n',
    );
    const markdown = formatReport(await checkSource(source, "x.yaml", { asOf }), "markdown", { lang: "en" });
    expect(markdown).not.toContain("<img");
    expect(markdown).toContain("a\\|b&lt;img src=x&gt;");
  });

  it("lists files that could not be assessed", async () => {
    const markdown = formatReport(await checkSource("facility: [", "broken.yaml", { asOf }), "markdown", { lang: "en" });
    expect(markdown).toContain("### Facilities not assessed");
    expect(markdown).toMatch(/\| `broken\.yaml:1:\d+` \| /);
  });

  it("lists at most MAX_LISTED_FINDINGS findings so a province-wide run stays within GitHub's limits", async () => {
    const one = await check(["examples/noncompliant-hospital/facility.yaml"], { asOf });
    const many = { ...one, facilities: Array.from({ length: 50 }, () => one.facilities[0]!) };
    const markdown = formatReport(many, "markdown", { lang: "en" });
    // Each copy lists 59 failing findings and 1 waived one; the cap counts both.
    expect(markdown.match(/^\| (✗ Fail|~ Waived) \|/gm)).toHaveLength(MAX_LISTED_FINDINGS);
    expect(markdown).toContain(`… ${50 * 60 - MAX_LISTED_FINDINGS} more findings — see the full report`);
  });
});
