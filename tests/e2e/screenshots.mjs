// Takes screenshots of the main screens at a phone size and a desktop size,
// into tests/e2e/artifacts/, for a person to look at. Not a test: run with
// `make screenshots` (under Xvfb, like the tests).
//
// Usage: node tests/e2e/screenshots.mjs [--locale ar] [--easy-read]

import { launchApp, saveScreenshot } from "./lib/app.mjs";
import { click } from "./lib/plan.mjs";

const SIZES = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };
const args = process.argv.slice(2);
const locale = args.includes("--locale") ? args[args.indexOf("--locale") + 1] : undefined;
const easyRead = args.includes("--easy-read");
const tag = [locale, easyRead ? "easy-read" : undefined].filter(Boolean).join("-");

const env = {};
if (locale) env.HARBOUR_LOCALE = locale;
if (easyRead) env.HARBOUR_EASY_READ = "1";

const app = await launchApp({ env });
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
