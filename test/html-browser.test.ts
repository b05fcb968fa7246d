import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check, checkSource, formatReport, type Report } from "../src/index.js";
import { launchChromium } from "./helpers/chromium.js";

const SCREENSHOTS = resolve("test-output");
const asOf = "2026-11-20";

let browser: BrowserContext;
let closeBrowser: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
}, 90_000);

afterAll(async () => {
  await closeBrowser?.();
});

/** Opens the report as a local file and records every request the page makes besides loading itself. */
async function open(report: Report, name: string, lang: "vi" | "en" = "vi"): Promise<{ page: Page; requests: string[] }> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.html`);
  writeFileSync(file, formatReport(report, "html", { lang }));
  const page = await browser.newPage();
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  page.on("request", (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, requests };
}

async function visibleRules(page: Page): Promise<string[]> {
  return page.locator("article[data-status]:visible").evaluateAll((articles) => articles.map((a) => `${(a as HTMLElement).dataset.status}/${(a as HTMLElement).dataset.severity}`));
}

describe("html report in a real browser (Debian chromium)", () => {
  it("renders the examples offline, and the status and severity filters work", async () => {
    const report = await check(["examples"], { asOf });
    const { page, requests } = await open(report, "examples");

    await expect(page.locator("h1").textContent()).resolves.toContain("Báo cáo tuân thủ");
    await expect(page.locator('[data-card="fail"] b').textContent()).resolves.toBe(String(report.summary.rules.fail));
    const ruleResults = report.facilities.reduce((sum, facility) => sum + facility.rules.length, 0);
    expect(await visibleRules(page)).toHaveLength(ruleResults);
    await expect(page.locator("#shown").textContent()).resolves.toBe(String(ruleResults));
    // Each finding shows its file:line, the Vietnamese clause and the remediation.
    // The non-compliant hospital's (38052) block of the rule: vendor-ts fails it too.
    const failing = page.locator("section.facility").filter({ hasText: "38052" }).locator('article[data-rule="syt_2748_2019.password_rotated_on_time"][data-status="fail"]');
    await expect(failing.locator("code.where").first().textContent()).resolves.toBe("examples/noncompliant-hospital/facility.yaml:48:5");
    await expect(failing.locator("blockquote").textContent()).resolves.toContain("mật khẩu");
    await expect(failing.locator(".fix").textContent()).resolves.toContain("Đổi mật khẩu các tài khoản quá hạn");
    await page.screenshot({ path: join(SCREENSHOTS, "examples-all.png"), fullPage: true });

    for (const status of ["pass", "not_applicable", "waived"]) await page.locator(`input[data-filter="status"][value="${status}"]`).uncheck();
    expect(new Set(await visibleRules(page))).toEqual(new Set(["fail/critical", "fail/high", "fail/medium", "fail/low"]));
    await expect(page.locator("#shown").textContent()).resolves.toBe(String(report.summary.rules.fail));

    // Leave only low: the catalog's one low rule (fraud warnings, 6827/BYT-KCB), which only 38052 fails.
    for (const severity of ["critical", "high", "medium"]) await page.locator(`input[data-filter="severity"][value="${severity}"]`).uncheck();
    expect(await visibleRules(page)).toEqual(["fail/low"]);
    await expect(page.locator('table.matrix tr[data-severity="high"]:visible').count()).resolves.toBe(0);
    await expect(page.locator('table.matrix tr[data-severity="low"]:visible').count()).resolves.toBe(1);
    // Only the directive and the facility that still have something to show stay on the page.
    await expect(page.locator("section.directive:visible").evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.directive))).resolves.toEqual(["byt_6827_2024"]);
    await expect(page.locator("section.facility:visible h3").allTextContents()).resolves.toEqual([expect.stringContaining("38052")]);
    await page.screenshot({ path: join(SCREENSHOTS, "examples-filtered.png"), fullPage: true });

    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it("shows markup from a config as text and runs none of it", async () => {
    const source = readFileSync("examples/noncompliant-hospital/facility.yaml", "utf8").replace(
      /name: "?Bệnh viện Đa khoa Đồi Thông \(ví dụ\)"?/,
      `name: "<img src=https://example.invalid/x.png onerror=window.pwned=1><script>window.pwned=2</script>"`,
    );
    expect(source).toContain("<script>");
    const { page, requests } = await open(checkSource(source, "hostile.yaml", { asOf }), "hostile", "en");

    await expect(page.locator("section.facility h3").first().textContent()).resolves.toContain("<script>window.pwned=2</script>");
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.locator("section.facility img, section.facility script").count()).resolves.toBe(0);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);
});
