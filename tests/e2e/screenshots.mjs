// Takes screenshots of the main screens at a phone size and a desktop size,
// into tests/e2e/artifacts/, for a person to look at. Not a test: run with
// `make screenshots` (under Xvfb, like the tests).
//
// Usage: node tests/e2e/screenshots.mjs [--locale ar | --all-locales] [--easy-read] [--ids]
//
// --all-locales takes them in every language in locales/, one after another.
// --ids shows each text's message id in front of it, `[home-title] Your plan`
// (the translator mode, TRANSLATING.md); those pictures get `-ids` in their name.

import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchApp, repoRoot, saveScreenshot, showMessageIds } from "./lib/app.mjs";
import { chooseLanguage, click } from "./lib/plan.mjs";

const SIZES = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };
const args = process.argv.slice(2);
const easyRead = args.includes("--easy-read");
const ids = args.includes("--ids");
const allLocales = args.includes("--all-locales");
const locales = allLocales
  ? readdirSync(join(repoRoot, "locales"))
      .filter((tag) => existsSync(join(repoRoot, "locales", tag, "locale.toml")))
      .sort()
  : [args.includes("--locale") ? args[args.indexOf("--locale") + 1] : undefined];

// The language and Easy Read are the person's preferences: a fresh data
// folder starts with them chosen, as if they had picked them in Settings.
const dataDir = mkdtempSync(join(tmpdir(), "harbour-screenshots-"));
writeFileSync(
  join(dataDir, "preferences.json"),
  JSON.stringify({ locale: locales[0] ?? null, easy_read: easyRead }),
);

const app = await launchApp({ dataDir });
try {
  const { session } = app;
  if (ids) {
    await session.waitFor("main h1, main h2");
    await showMessageIds(session);
  }
  for (const locale of locales) {
    // The next language through the app bar's list, as a person would choose it.
    if (allLocales) await chooseLanguage(session, locale);
    const tag = [locale, easyRead ? "easy-read" : undefined, ids ? "ids" : undefined].filter(Boolean).join("-");
    for (const [sizeName, rect] of Object.entries(SIZES)) {
      await session.setWindowRect(rect);
      await click(session, "nav-home");
      await new Promise((r) => setTimeout(r, 500));
      await saveScreenshot(session, `home-${sizeName}${tag ? `-${tag}` : ""}`);
      await (await session.waitFor('[data-testid="get-help-now"]')).click();
      await session.waitFor('[data-testid="helpline"]');
      await saveScreenshot(session, `help-${sizeName}${tag ? `-${tag}` : ""}`);
    }
  }
} finally {
  await app.close();
}
