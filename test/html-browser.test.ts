import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SummaryBuilder } from "../src/batch/summary.js";
import { formatSummary } from "../src/format/summary/index.js";
import { loadRegistry } from "../src/load/registry.js";
import { check, checkSource, formatReport, loadCatalog, type Report } from "../src/index.js";
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
  return page
    .locator("article[data-status]:visible")
    .evaluateAll((articles) =>
      articles.map((a) => `${(a as HTMLElement).dataset.status}/${(a as HTMLElement).dataset.severity}`),
    );
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
    const failing = page
      .locator("section.facility")
      .filter({ hasText: "38052" })
      .locator('article[data-rule="syt_2748_2019.password_rotated_on_time"][data-status="fail"]');
    await expect(failing.locator("code.where").first().textContent()).resolves.toBe(
      "examples/noncompliant-hospital/facility.yaml:51:5",
    );
    await expect(failing.locator("blockquote").textContent()).resolves.toContain("mật khẩu");
    await expect(failing.locator(".fix").textContent()).resolves.toContain("Đổi mật khẩu các tài khoản quá hạn");
    await page.screenshot({ path: join(SCREENSHOTS, "examples-all.png"), fullPage: true });

    for (const status of ["pass", "not_applicable", "waived"])
      await page.locator(`input[data-filter="status"][value="${status}"]`).uncheck();
    expect(new Set(await visibleRules(page))).toEqual(new Set(["fail/critical", "fail/high", "fail/medium", "fail/low"]));
    await expect(page.locator("#shown").textContent()).resolves.toBe(String(report.summary.rules.fail));

    // Leave only low: the catalog's one low rule (fraud warnings, 6827/BYT-KCB), which only 38052 fails.
    for (const severity of ["critical", "high", "medium"])
      await page.locator(`input[data-filter="severity"][value="${severity}"]`).uncheck();
    expect(await visibleRules(page)).toEqual(["fail/low"]);
    await expect(page.locator('table.matrix tr[data-severity="high"]:visible').count()).resolves.toBe(0);
    await expect(page.locator('table.matrix tr[data-severity="low"]:visible').count()).resolves.toBe(1);
    // Only the directive and the facility that still have something to show stay on the page.
    await expect(
      page
        .locator("section.directive:visible")
        .evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.directive)),
    ).resolves.toEqual(["byt_6827_2024"]);
    await expect(page.locator("section.facility:visible h3").allTextContents()).resolves.toEqual([
      expect.stringContaining("38052"),
    ]);
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
    const { page, requests } = await open(await checkSource(source, "hostile.yaml", { asOf }), "hostile", "en");

    await expect(page.locator("section.facility h3").first().textContent()).resolves.toContain("<script>window.pwned=2</script>");
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(page.locator("section.facility img, section.facility script").count()).resolves.toBe(0);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it("lays the report out without horizontal scrolling on a 412 px phone (cards instead of wide tables)", async () => {
    const report = await check(["examples"], { asOf });
    const { page } = await open(report, "examples-phone");
    await page.setViewportSize({ width: 412, height: 900 });
    expect(await horizontalOverflow(page)).toBe(0);
    // Each clause row is a card: the table's header row is gone, the cells stack.
    await expect(page.locator("table.matrix thead").first().isVisible()).resolves.toBe(false);
    const card = await page.locator("table.matrix tbody tr").first().boundingBox();
    expect(card!.width).toBeLessThanOrEqual(412);
    await page.screenshot({ path: join(SCREENSHOTS, "examples-phone.png"), fullPage: false });
    await page.close();
  }, 60_000);
});

/** How far the page is wider than the viewport (0: nothing to scroll sideways). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe("department summary in a real browser (Debian chromium)", () => {
  async function openSummary(width: number): Promise<{ page: Page; requests: string[] }> {
    const report = await check(["examples"], { asOf });
    const registryFile = join(SCREENSHOTS, "registry.csv");
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(
      registryFile,
      "Mã cơ sở,Tên cơ sở,Huyện\n38052,BVĐK Đồi Thông,Đông Sơn\n38061,BVĐK Hà Trung,Hà Trung\n38999,Trạm Y tế xã Mới,Nga Sơn\n",
    );
    const builder = new SummaryBuilder(report, loadCatalog());
    for (const facility of report.facilities) builder.add(facility);
    const file = join(SCREENSHOTS, `summary-${width}.html`);
    writeFileSync(file, formatSummary(builder.build(await loadRegistry(registryFile)), "html", { lang: "vi" }));
    const page = await browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    page.on("request", (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url, { waitUntil: "load" });
    return { page, requests };
  }

  const rows = (page: Page) =>
    page.locator("table.matrix tbody tr:visible").evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.code));

  it("shows who fails what at 1280 px: a facility × clause matrix that filters, searches and sorts", async () => {
    const { page, requests } = await openSummary(1280);
    await expect(page.locator('[data-card="failing"] b').textContent()).resolves.toBe("3");
    await expect(page.locator('[data-card="missing"] b').textContent()).resolves.toBe("1");
    await expect(page.locator("#missing + ul").textContent()).resolves.toContain("38999 Trạm Y tế xã Mới · Nga Sơn");
    // The five letter examples and the two pack examples (checked here without --pack: they pass the letters).
    expect(await rows(page)).toHaveLength(7);
    // The district comes from the registry; every cell links to that facility's findings.
    const hospital = page.locator('table.matrix tr[data-code="38052"]');
    await expect(hospital.locator("td").nth(2).textContent()).resolves.toBe("Đông Sơn");
    const cell = hospital.locator('td[data-rule="syt_2748_2019.password_rotated_on_time"]');
    await expect(cell.getAttribute("class")).resolves.toContain("s-fail");
    await cell.locator("a").click();
    const target = await page.evaluate(() => location.hash);
    await expect(page.locator(`${target} h3`).textContent()).resolves.toContain("38052");
    await expect(page.locator(target).textContent()).resolves.toContain("examples/noncompliant-hospital/facility.yaml:51:5");
    // Its delegation, folded under one line: three accounts, one permission beyond its holder's roles.
    const delegation = page.locator(`${target} details.delegation`);
    await expect(delegation.locator("summary").textContent()).resolves.toBe(
      "Ủy quyền, phân quyền: người giữ × tài khoản × quyền · 3 tài khoản · 1 ngoài vai trò",
    );
    await expect(delegation.locator("table.delegation").isVisible()).resolves.toBe(false);
    await delegation.locator("summary").click();
    await expect(delegation.locator("table.delegation tbody tr").count()).resolves.toBe(3);
    await expect(delegation.locator("tbody tr").nth(1).textContent()).resolves.toMatch(
      /^Đỗ Minh Tuấn nv-010accountant claims_submitterbhxh-02 \(portal\)submit_claims admin ngoài vai trò$/,
    );
    // Only the two hospitals with a roles catalogue have one.
    await expect(page.locator("details.delegation").count()).resolves.toBe(2);

    await page.selectOption("#f-outcome", "pass");
    expect(await rows(page)).toEqual(["01905", "38017", "38017", "38017"]);
    await page.selectOption("#f-outcome", "");
    await page.fill("#f-search", "hà trung");
    expect(await rows(page)).toEqual(["38061"]);
    await expect(page.locator("#shown").textContent()).resolves.toBe("1");
    await page.fill("#f-search", "");

    // A letter and a severity keep only that letter's columns and clause lists.
    await page.selectOption("#f-letter", "byt_6827_2024");
    await page.selectOption("#f-severity", "low");
    const columns = await page
      .locator("thead th[data-col]:visible")
      .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.rule));
    expect(columns).toEqual(["byt_6827_2024.fraud_warning_with_media"]);
    await expect(page.locator("section.clause:visible").count()).resolves.toBe(1);
    await page.selectOption("#f-letter", "");
    await page.selectOption("#f-severity", "");

    // Sorting by the number of failed rules, twice: ascending then descending.
    await page.locator('th[data-sort="fails"]').click();
    expect((await rows(page)).at(-1)).toBe("38052");
    await page.locator('th[data-sort="fails"]').click();
    expect((await rows(page))[0]).toBe("38052");
    await page.screenshot({ path: join(SCREENSHOTS, "summary-1280.png"), fullPage: false });
    expect(requests).toEqual([]);
    await page.close();
  }, 90_000);

  it("reads on a 412 px phone: facility cards, no horizontal scrolling, filters still work", async () => {
    const { page } = await openSummary(412);
    expect(await horizontalOverflow(page)).toBe(0);
    await expect(page.locator("table.matrix thead").isVisible()).resolves.toBe(false);
    const card = await page.locator('table.matrix tr[data-code="38052"]').boundingBox();
    expect(card!.width).toBeLessThanOrEqual(412);
    await page.fill("#f-search", "38115");
    expect(await rows(page)).toEqual(["38115"]);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, "summary-412.png"), fullPage: false });
    // The delegation tables, opened, show each account as a card (no header row): no sideways scrolling.
    await page.fill("#f-search", "");
    for (const summary of await page.locator("details.delegation summary").all()) await summary.click();
    const table = page.locator('section.facility:has(h3:text("38052")) table.delegation');
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(table.locator("thead").isVisible()).resolves.toBe(false);
    expect((await table.locator("tbody tr").first().boundingBox())!.width).toBeLessThanOrEqual(412);
    expect(await horizontalOverflow(page)).toBe(0);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "summary-412-delegation.png"), fullPage: false });
    await page.close();
  }, 90_000);
});
