// Finding an open crisis café by typing a town, in the real app, offline.
//
// "Open now" is made deterministic with HARBOUR_NOW (test-only; read once by the core at
// start): Thursday 26 November 2026, 19:00 UK time, when Grantham's Night Light Café
// (Tuesday to Friday, 18:00-21:00) is open.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchApp, saveScreenshot } from "./lib/app.mjs";
import { plain } from "./lib/webdriver.mjs";

/** Visible text without Fluent's bidi isolation marks. */

let app;
before(async () => {
  app = await launchApp({ env: { HARBOUR_NOW: "2026-11-26T19:00:00Z" } });
});
after(async () => {
  await app?.close();
});

test("typing a town finds an open crisis café with its status in words, and Get help now shows it", async () => {
  const { session } = app;
  await (await session.waitFor('[data-testid="get-help-now"]')).click();
  await (await session.waitFor('[data-testid="help-find-help"]')).click();

  const input = await session.waitFor('[data-testid="find-place"]');
  await input.type("Grantham");
  await (await session.find('[data-testid="find-open-now"]')).click();
  await (await session.find('[data-testid="find-search"]')).click();

  const cafe = await session.until(
    async () => {
      for (const card of await session.findAll('[data-testid="service"]')) {
        if ((await card.attribute("data-service-id")) === "night-light-cafe-grantham") return card;
      }
      return null;
    },
    { what: "Grantham's Night Light Café" },
  );
  const text = plain(await cafe.text());
  assert.match(text, /Crisis café/);
  assert.match(text, /Open until 21:00/);
  assert.match(text, /In Grantham \(town centre\)/, "a place known only by its town reads as in that town");
  assert.match(text, /Last checked 23 November 2026/);
  const directions = await cafe.find('[data-testid="service-directions"]');
  assert.match(await directions.attribute("href"), /^https:\/\/www\.openstreetmap\.org\//);
  assert.match(plain(await session.bodyText()), /Near Grantham/);
  await saveScreenshot(session, "find-help-grantham");

  // Back on "Get help now", after the helplines: what is open now near Grantham.
  await (await session.find('[data-testid="get-help-now"]')).click();
  const nearby = await session.waitFor('[data-testid="help-nearby"]');
  await session.until(async () => /Night Light Caf/.test(plain(await nearby.text())), {
    what: "the café under Get help now",
  });
  assert.match(plain(await nearby.text()), /Open now near Grantham/);
  await saveScreenshot(session, "get-help-now-nearby");
});
