// Unlocking keeps Argon2id at its full cost, which on a slow phone takes
// seconds. The window must not freeze meanwhile: on the worst day a person who
// has just typed their passphrase can still tap "Get help now" and call
// someone. A debug-only hook (HARBOUR_TEST_UNLOCK_DELAY_MS) makes the unlock
// hold the session for 4 s, as a slow key derivation does; the test uses the
// window throughout and measures the longest pause of the page's timers.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { saveScreenshot } from "./lib/app.mjs";
import { PASSPHRASE, by, click, firstRun, launchPlanApp } from "./lib/plan.mjs";

const DELAY_MS = 4000;

let app;
before(async () => {
  const first = await launchPlanApp();
  await firstRun(first.session);
  await first.close();
  app = await launchPlanApp({ dataDir: first.dataDir, env: { HARBOUR_TEST_UNLOCK_DELAY_MS: String(DELAY_MS) } });
});
after(async () => {
  await app?.close();
});

test("while a slow unlock runs, the window answers and Get help now lists who to call", async () => {
  const { session } = app;
  const input = await session.waitFor(by("unlock-passphrase"));
  await input.type(PASSPHRASE);
  // The page's own clock: the longest gap between ticks of a 50 ms timer.
  await session.execute(`
    window.__ticks = { last: performance.now(), longest: 0 };
    window.__tick = setInterval(() => {
      const now = performance.now();
      window.__ticks.longest = Math.max(window.__ticks.longest, now - window.__ticks.last);
      window.__ticks.last = now;
    }, 50);
    return true;`);
  const started = Date.now();
  await click(session, "unlock-button");
  await session.waitFor(by("unlock-working"));

  await click(session, "get-help-now");
  const samaritans = await session.until(
    async () => {
      for (const card of await session.findAll(by("helpline"))) {
        if ((await (await card.find("h2")).text()) === "Samaritans") return card;
      }
      return null;
    },
    { what: "the helplines, while unlocking" },
  );
  assert.equal(await (await samaritans.find(by("call-link"))).attribute("href"), "tel:116123");
  const helpShownAfter = Date.now() - started;
  assert.ok(helpShownAfter < DELAY_MS, `the helplines showed after ${helpShownAfter} ms, before the unlock ended`);
  await saveScreenshot(session, "unlock-responsive-help");

  // The unlock finishes behind the help screen, which stays where the person is.
  await session.until(async () => (await session.findAll(by("nav-lock"))).length > 0, {
    what: "the plan unlocked",
    timeout: DELAY_MS + 15_000,
  });
  assert.ok(Date.now() - started >= DELAY_MS, "the unlock took the delay it was given");
  assert.ok((await session.findAll(by("helpline"))).length > 0, "still on Get help now");
  const longest = await session.execute("clearInterval(window.__tick); return window.__ticks.longest;");
  assert.ok(longest < 1000, `the page's timers paused for ${Math.round(longest)} ms at most`);
});
