// The guide for supporters, end to end: the real app joins Alex's invite (made
// by the real `harbour` CLI) and at once explains the supporter's role in plain
// words: Alex's name, what Alex shares, what a supporter is not asked to do,
// what to do if worried (999), and a way to the app's own helplines. The guide
// is reachable again later from "Your role as a supporter" on Alex's plan,
// once the plan has arrived, and never shows entries of the crisis plan's
// supporter list (the app cannot tell which entry, with its tasks, is this
// supporter's).
//
// Screenshots at phone size (360×740) in en-GB, Arabic and Easy Read go to
// tests/e2e/artifacts/supporter-guide-*.png.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveScreenshot } from "./lib/app.mjs";
import { admitApp, harbour, harbourJson, joinInvite, pickFile } from "./lib/cli.mjs";
import { axe, by, chooseLanguage, click, firstRun, launchPlanApp, smallTargets } from "./lib/plan.mjs";

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

const work = mkdtempSync(join(tmpdir(), "harbour-e2e-guide-"));
const alex = join(work, "alex");

const words = async (el) => (await el.text()).replace(/[\u2066-\u2069]/g, "");

/**
 * Screenshots at phone size of the whole guide, a screenful at a time: from
 * its top (`-1`) down to its end (`-2`, `-3`…).
 */
async function guideShot(session, name) {
  await session.setWindowRect(PHONE);
  await new Promise((r) => setTimeout(r, 400));
  await session.execute(`document.querySelector('[data-testid="supporter-guide"]')?.scrollIntoView({ block: "start" })`);
  for (let page = 1; page <= 6; page++) {
    await new Promise((r) => setTimeout(r, 200));
    await saveScreenshot(session, `supporter-guide-${name}-${page}`);
    const more = await session.execute(
      `const r = document.querySelector('[data-testid="supporter-guide"]').getBoundingClientRect();
       if (r.bottom <= window.innerHeight) return false;
       window.scrollBy(0, window.innerHeight - 200);
       return true;`,
    );
    if (!more) break;
  }
}

/** The guide's words, checked for what it must always say. */
async function assertGuide(session, person, where) {
  const guide = await session.waitFor(by("supporter-guide"));
  assert.equal(await guide.attribute("data-person"), person, where);
  const said = await words(guide);
  assert.ok(said.includes(person), `${where}: the guide names ${person}: ${said}`);
  assert.match(said, /999/, `${where}: the guide says to call 999 if life is at risk`);
  assert.doesNotMatch(said, /CANARY/, `${where}: nothing from the plan's supporter list, which it cannot tell is this supporter's`);
  const helplines = await guide.findAll(by("supporter-guide-helplines"));
  assert.equal(helplines.length, 1, `${where}: one way to the helplines`);
  return said;
}

let app;
before(async () => {
  app = await launchPlanApp();
});
after(async () => {
  await app?.close();
});

test("joining shows the guide for supporters, with Alex's name and the helplines; it is there again on Alex's plan", async () => {
  const { session, exportDir } = app;
  await firstRun(session);

  harbour(alex, ["init", "--low-memory"]);
  harbour(alex, ["plan", "set", "crisis.when_well", "Quiet, likes tea and crosswords"]);
  // The CLI adds a supporter by name only; the guide must not pick an entry out of this list.
  harbour(alex, ["plan", "add", "crisis.supporters", "CANARY-SUPPORTER Robin"]);
  const inv = harbourJson(alex, ["supporters", "invite", "Robin", "--sections", "crisis", "--from", "Alex"]);

  await session.setWindowRect(DESKTOP);
  await click(session, "nav-shared");
  const code = await joinInvite(session, inv.link);

  // Right after joining: the guide, in plain words, naming Alex and what Alex shares.
  const said = await assertGuide(session, "Alex", "on joining");
  assert.match(said, /Your role as a supporter/);
  assert.match(said, /Alex shares these parts of their plan with you: Crisis plan\./);
  assert.match(said, /not their doctor/);
  assert.match(said, /do not have to be there all the time/i);
  assert.match(said, /Do not show it or pass it on/);
  assert.match(said, /Look at the plan they shared with you/);
  for (const [size, rect] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
    await session.setWindowRect(rect);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await axe(session), [], `axe on joining, ${size}`);
    assert.deepEqual(await smallTargets(session), [], `touch targets on joining, ${size}`);
  }
  await guideShot(session, "joined-phone");

  // Closing it leaves the code to read to Alex where it was.
  await click(session, "supporter-guide-close");
  await session.until(async () => (await session.findAll(by("supporter-guide"))).length === 0, { what: "the guide closed" });
  assert.equal(await (await session.find(by("joined-code"))).attribute("data-code"), code);
  assert.equal(await session.execute("return document.activeElement?.dataset.testid"), "joined", "focus on what joining said");

  // The helplines are the app's own "Get help now" list.
  await session.setWindowRect(DESKTOP);
  await click(session, "nav-home");
  await click(session, "nav-shared");
  assert.equal((await session.findAll(by("supporter-guide"))).length, 0, "the guide shows once on joining, not on every visit");

  // Alex admits the app by its code and sends the plan.
  await admitApp(session, exportDir, alex, "Robin", code);
  const toRobin = join(work, "to-robin.harbour");
  harbour(alex, ["sync", "--bundle-out", toRobin]);
  await pickFile(session, toRobin);
  await click(session, "update-file-open");
  await session.waitFor(by("shared-has-changes"));

  // Later, on Alex's plan: "Your role as a supporter" opens the same guide.
  await click(session, "shared-open");
  await session.waitFor(by("shared-plan"));
  const opener = await session.waitFor(by("supporter-guide-open"));
  assert.equal(await opener.attribute("aria-expanded"), "false");
  assert.equal((await session.findAll(by("supporter-guide"))).length, 0, "closed until asked for");
  await click(session, "supporter-guide-open");
  await assertGuide(session, "Alex", "on Alex's plan");
  assert.equal(await opener.attribute("aria-expanded"), "true");
  assert.equal(
    await session.execute("return document.activeElement?.id"),
    "supporter-guide-title",
    "focus moves to the guide's heading",
  );
  // The plan itself does hold the supporter list (the guide just does not claim an entry).
  assert.match(await words(await session.find(by("shared-plan"))), /CANARY-SUPPORTER/);
  await guideShot(session, "later-phone");

  // Its helplines button goes to the app's helplines, with their numbers and sources.
  await click(session, "supporter-guide-helplines");
  await session.waitFor(by("helpline"));
  assert.ok((await session.findAll(by("call-link"))).length > 0, "helplines to call");

  // Back on the plan, closing the guide returns focus to its button.
  await click(session, "nav-home");
  await click(session, "nav-shared");
  await click(session, "shared-open");
  await click(session, "supporter-guide-open");
  await session.waitFor(by("supporter-guide"));
  await click(session, "supporter-guide-close");
  await session.until(async () => (await session.execute("return document.activeElement?.dataset.testid")) === "supporter-guide-open", {
    what: "focus back on the guide's button",
  });
});

test("the guide in Arabic, right to left, and in Easy Read, at phone size", async () => {
  const { session } = app;
  await session.setWindowRect(PHONE);

  await chooseLanguage(session, "ar");
  await click(session, "supporter-guide-open");
  const said = await assertGuide(session, "Alex", "in Arabic");
  assert.match(said, /دورك كداعم/);
  assert.equal(await session.execute("return document.documentElement.dir"), "rtl");
  await guideShot(session, "ar-phone");
  assert.deepEqual(await smallTargets(session), [], "touch targets in Arabic, phone");
  await click(session, "supporter-guide-close");

  await chooseLanguage(session, "en-GB");
  await click(session, "easy-read-bar");
  await session.until(async () => session.execute("return document.documentElement.classList.contains('easy-read')"), {
    what: "Easy Read on",
  });
  await click(session, "supporter-guide-open");
  const easy = await assertGuide(session, "Alex", "in Easy Read");
  assert.match(easy, /How you can help/);
  assert.match(easy, /Call 999 now\./);
  const pictures = await (await session.find(by("supporter-guide"))).findAll(by("pictogram"));
  assert.ok(pictures.length >= 4, "a picture beside the guide's heading and each part's heading");
  await guideShot(session, "easy-read-phone");
  assert.deepEqual(await axe(session), [], "axe in Easy Read, phone");
  assert.deepEqual(await smallTargets(session), [], "touch targets in Easy Read, phone");
});
