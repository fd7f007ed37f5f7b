// Takes screenshots of the main screens at a phone size and a desktop size,
// into tests/e2e/artifacts/, for a person to look at. Not a test: run with
// `make screenshots` (under Xvfb, like the tests).
//
// Usage: node tests/e2e/screenshots.mjs [--locale ar] [--easy-read]

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchApp, saveScreenshot } from "./lib/app.mjs";
import { click } from "./lib/plan.mjs";

const SIZES = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };
const args = process.argv.slice(2);
const locale = args.includes("--locale") ? args[args.indexOf("--locale") + 1] : undefined;
const easyRead = args.includes("--easy-read");
const tag = [locale, easyRead ? "easy-read" : undefined].filter(Boolean).join("-");

// The language and Easy Read are the person's preferences: a fresh data
// folder starts with them chosen, as if they had picked them in Settings.
const dataDir = mkdtempSync(join(tmpdir(), "harbour-screenshots-"));
writeFileSync(
  join(dataDir, "preferences.json"),
  JSON.stringify({ locale: locale ?? null, easy_read: easyRead }),
);

const app = await launchApp({ dataDir });
try {
  const { session } = app;
  for (const [sizeName, rect] of Object.entries(SIZES)) {
    await session.setWindowRect(rect);
    await click(session, "nav-home");
    await new Promise((r) => setTimeout(r, 500));
    await saveScreenshot(session, `home-${sizeName}${tag ? `-${tag}` : ""}`);
    await (await session.waitFor('[data-testid="get-help-now"]')).click();
    await session.waitFor('[data-testid="helpline"]');
    await saveScreenshot(session, `help-${sizeName}${tag ? `-${tag}` : ""}`);
  }
} finally {
  await app.close();
}
