import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

// Debian's chromium, installed by scripts/install-chromium.sh; playwright never downloads a browser here.
export const CHROMIUM = "/usr/bin/chromium";
// The network is closed: without these flags Chromium waits on connections it will never get.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts Chromium with a fresh profile folder (no state leaks between runs); close() also removes the folder. */
export async function launchChromium(
  viewport = { width: 1280, height: 900 },
): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), "kcb-chromium-"));
  const browser = await chromium
    .launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      args: FLAGS,
      headless: true,
      viewport,
      timeout: 60_000,
      acceptDownloads: true,
    })
    .catch((error: Error) => {
      throw new Error(`cannot start ${CHROMIUM} (install it with scripts/install-chromium.sh): ${error.message}`);
    });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
