// The walking skeleton's promise: from the first screen, one tap reaches
// "Get help now", which lists Samaritans with a working call link.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchApp, saveScreenshot } from "./lib/app.mjs";

let app;
before(async () => {
  app = await launchApp();
});
after(async () => {
  await app?.close();
});

test("Get help now is one tap from the first screen and lists Samaritans with a call link", async () => {
  const { session } = app;
  const button = await session.waitFor('[data-testid="get-help-now"]');
  await button.click();

  const samaritans = await session.until(
    async () => {
      for (const card of await session.findAll('[data-testid="helpline"]')) {
        if ((await (await card.find("h2")).text()) === "Samaritans") return card;
      }
      return null;
    },
    { what: "the Samaritans card" },
  );
  const call = await samaritans.find('[data-testid="call-link"]');
  assert.equal(await call.attribute("href"), "tel:116123");
  assert.match(await call.text(), /116 123/);
  assert.match(await samaritans.words(), /Last checked \d{1,2} \w+ \d{4}/);
  await saveScreenshot(session, "get-help-now");
});

test("the helplines follow the chosen country", async () => {
  const { session } = app;
  const select = await session.waitFor('[data-testid="help-country"]');
  await session.execute(
    `const s = arguments[0]; s.value = "IE"; s.dispatchEvent(new Event("change", { bubbles: true }));`,
    [{ "element-6066-11e4-a52e-4f735466cecf": select.id }],
  );
  await session.until(
    async () => (await session.bodyText()).includes("Pieta"),
    { what: "Irish helplines" },
  );
  const text = await session.bodyText();
  assert.ok(!text.includes("Childline"), "GB-only lines are gone");
});
