// Quick exit from three different screens: the visible button, Escape twice,
// and Ctrl+Shift+Q. Each time a plain "Notes" page shows at once, nothing of
// the plan stays on screen, what was being typed is saved, and the only way
// back is the unlock screen.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { saveScreenshot } from "./lib/app.mjs";
import { KEYS, by, click, firstRun, launchPlanApp, typeInto, unlock } from "./lib/plan.mjs";

let app;
before(async () => {
  app = await launchPlanApp();
  await firstRun(app.session);
});
after(async () => {
  await app?.close();
});

async function assertNeutral(session, secret) {
  await session.waitFor(by("neutral"), { timeout: 3_000 });
  const text = await session.bodyText();
  assert.ok(!text.includes("Harbour"), "no sign of Harbour on the neutral screen");
  assert.ok(!text.includes(secret), "nothing of the plan on screen");
  assert.equal(await session.execute("return document.title"), "Notes");
  assert.equal((await session.findAll(by("quick-exit"))).length, 0);
  // The way back leads to the unlock screen, not to the plan.
  await click(session, "neutral-done");
  await session.waitFor(by("unlock"));
  assert.ok(!(await session.bodyText()).includes(secret));
}

test("the Quick exit button on the home screen", async () => {
  const { session } = app;
  await session.waitFor(by("sections"));
  await click(session, "quick-exit");
  await saveScreenshot(session, "quick-exit-neutral");
  await assertNeutral(session, "My crisis plan");
  await unlock(session);
  await session.waitFor(by("sections"), { timeout: 20_000 });
});

test("Escape twice in the middle of typing in the editor; the text is saved", async () => {
  const { session } = app;
  await click(session, "section-reasons");
  const input = await typeInto(session, "add-reasons.reasons", "my cat Pickle");
  await click(session, "add-button-reasons.reasons");
  await session.waitFor(by("item-text"));
  const box = await session.waitFor(by("item-text"));
  await box.type(" and her kittens");
  assert.ok(input);
  await box.type(KEYS.escape + KEYS.escape);
  await assertNeutral(session, "Pickle");
  await unlock(session);
  await session.waitFor(by("sections"), { timeout: 20_000 });
  await click(session, "section-reasons");
  await session.until(async () => (await (await session.waitFor(by("item-text"))).property("value")) === "my cat Pickle and her kittens", {
    what: "the text typed before quick exit",
  });
});

test("Ctrl+Shift+Q from the crisis view", async () => {
  const { session } = app;
  await click(session, "nav-home");
  await click(session, "open-crisis-view");
  await session.waitFor(by("view-crisis-status"));
  await session.waitFor(by("print"));
  const tab = await session.waitFor(by("tab-crisis"));
  await tab.type(KEYS.control + KEYS.shift + "q" + KEYS.nul);
  await assertNeutral(session, "Crisis view");
});

test("quick exit on the Get help now screen while locked is still discreet", async () => {
  const { session } = app;
  await click(session, "get-help-now");
  await session.waitFor(by("helpline"));
  await click(session, "quick-exit");
  await assertNeutral(session, "Samaritans");
});
