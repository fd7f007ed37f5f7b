// "My places" in the real app: the person's own entry, kept in the vault, shows in
// Find help among the public places while the plan is open, and not while it is locked.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { saveScreenshot } from "./lib/app.mjs";
import { axe, by, click, firstRun, launchPlanApp, smallTargets, typeInto, unlock } from "./lib/plan.mjs";
import { plain } from "./lib/webdriver.mjs";

let app;
before(async () => {
  app = await launchPlanApp({ env: { HARBOUR_NOW: "2026-11-26T19:00:00Z" } });
});
after(async () => {
  await app?.close();
});

const MUMS = "Mum's house";

async function openFindHelp(session) {
  await click(session, "get-help-now");
  await click(session, "help-find-help");
  await session.waitFor(by("find-place"));
}

async function searchGrantham(session) {
  const input = await session.waitFor(by("find-place"));
  await input.clear();
  await input.type("Grantham");
  await click(session, "find-search");
  await session.until(async () => (await session.findAll(by("service"))).length > 1, { what: "results near Grantham" });
}

/** The result cards, as { id, mine, text, el }. */
async function results(session) {
  const out = [];
  for (const el of await session.findAll(by("service"))) {
    out.push({
      id: await el.attribute("data-service-id"),
      mine: (await el.attribute("data-mine")) === "true",
      text: plain(await el.text()),
      el,
    });
  }
  return out;
}

test("my own place shows among the results marked as mine, with a call link, only while unlocked", async () => {
  const { session } = app;
  await firstRun(session);
  await openFindHelp(session);

  // Add Mum's house in Grantham with a phone number.
  await session.waitFor(by("my-places-empty"));
  await click(session, "my-place-add");
  await typeInto(session, "my-place-name", MUMS);
  await typeInto(session, "my-place-phone", "01476 000111");
  await typeInto(session, "my-place-town", "Grantham");
  await typeInto(session, "my-place-hours", "24/7");
  await click(session, "my-place-save");
  const listed = await session.waitFor(by("my-place"));
  assert.match(plain(await listed.text()), /Mum's house/);
  assert.match(plain(await listed.text()), /Open 24 hours/);
  assert.equal(await (await listed.find(by("my-place-call"))).attribute("href"), "tel:01476000111");

  // A bad phone number is refused with its words, and nothing is added.
  await click(session, "my-place-add");
  await typeInto(session, "my-place-name", "Nowhere");
  await typeInto(session, "my-place-phone", "ring me");
  await click(session, "my-place-save");
  const error = await session.waitFor(by("my-place-error"));
  assert.match(plain(await error.text()), /doesn’t look like a phone number/);
  assert.equal((await session.findAll(by("my-place"))).length, 1);

  await searchGrantham(session);
  const found = await results(session);
  const mine = found.filter((r) => r.mine);
  assert.equal(mine.length, 1, "one of mine among the results");
  assert.ok(found.some((r) => !r.mine), "public places are there too");
  assert.match(mine[0].text, /Mum's house/);
  assert.match(mine[0].text, /Added by you/);
  assert.match(mine[0].text, /In Grantham \(town centre\)/);
  assert.match(mine[0].text, /Open 24 hours/);
  assert.doesNotMatch(mine[0].text, /Last checked/, "no public provenance on my own place");
  assert.equal(await (await mine[0].el.find(by("service-call"))).attribute("href"), "tel:01476000111");
  assert.equal(found.indexOf(mine[0]), 0, "at the town centre, it is nearest");
  assert.deepEqual(await smallTargets(session), [], "touch targets are at least 44 px");
  assert.deepEqual(await axe(session), [], "axe finds nothing on Find help with my places");
  await saveScreenshot(session, "my-places-grantham");

  // Locked: Find help works, without my places.
  await click(session, "nav-lock");
  await session.waitFor(by("unlock-passphrase"));
  await openFindHelp(session);
  await searchGrantham(session);
  const locked = await results(session);
  assert.ok(locked.length > 0);
  assert.ok(locked.every((r) => !r.mine), "nothing of mine while locked");
  assert.doesNotMatch(plain(await session.bodyText()), /Mum's house/);
  assert.equal((await session.findAll(by("my-places"))).length, 0, "no My places part while locked");

  // Unlocked again: it is back.
  await click(session, "nav-home");
  await unlock(session);
  await session.waitFor(by("sections"));
  await openFindHelp(session);
  await searchGrantham(session);
  const back = await results(session);
  assert.equal(back.filter((r) => r.mine).length, 1);
  assert.match(back.find((r) => r.mine).text, /Mum's house/);

  // Change its name: the list and the results follow.
  await click(session, "my-place-edit");
  const name = await session.waitFor(by("my-place-name"));
  await session.execute(`document.querySelector('${by("my-place-name")}').scrollIntoView({ block: "center" });`);
  await name.clear();
  await name.type("Mum and Dad's");
  assert.deepEqual(await axe(session), [], "axe finds nothing on the form");
  assert.deepEqual(await smallTargets(session), [], "the form's targets are at least 44 px");
  await click(session, "my-place-save");
  await session.until(async () => /Mum and Dad's/.test(plain(await (await session.find(by("my-place"))).text())), {
    what: "the new name in My places",
  });
  await session.until(async () => (await results(session)).some((r) => r.mine && /Mum and Dad's/.test(r.text)), {
    what: "the new name among the results",
  });

  // Remove it: gone from the list and the results.
  await click(session, "my-place-remove");
  await click(session, "my-place-remove-yes");
  await session.waitFor(by("my-places-empty"));
  await session.until(async () => (await results(session)).every((r) => !r.mine), { what: "results without mine" });
});
