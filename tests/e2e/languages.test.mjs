// Never a message id on screen, in Arabic (right to left) and in Easy Read:
// the language is switched through the app bar's language list and Easy Read
// with the app bar's switch, then every screen is visited and its text read back.
// Screenshots of home and "Get help now" in both are saved for a person to
// look at (tests/e2e/artifacts/).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { saveScreenshot } from "./lib/app.mjs";
import { by, chooseLanguage, click, firstRun, launchPlanApp, ref } from "./lib/plan.mjs";

/** What a Fluent id looks like: `help-title`, `find-kind-crisis_cafe`. */
const ID = /^[a-z]+(-[a-z_]+)+$/;

let app;
before(async () => {
  app = await launchPlanApp();
  await firstRun(app.session);
});
after(async () => {
  await app?.close();
});

/** Every visible line of text and every label-like attribute on screen. */
async function shownText(session) {
  return session.execute(`
    const out = document.body.innerText.split("\\n").map((l) => l.trim()).filter(Boolean);
    for (const el of document.querySelectorAll("[placeholder], [aria-label], [title], img[alt]")) {
      for (const a of ["placeholder", "aria-label", "title", "alt"]) {
        const v = el.getAttribute(a);
        if (v) out.push(v.trim());
      }
    }
    out.push(document.title);
    return out;
  `);
}

async function assertNoIds(session, where) {
  await session.waitFor("main h1");
  const ids = (await shownText(session)).filter((line) => ID.test(line));
  assert.deepEqual(ids, [], `message ids on screen at ${where}`);
}

/** Visits every screen from home, checking each; returns how many it saw. */
async function visitEveryScreen(session, label) {
  let seen = 0;
  const home = async () => {
    await click(session, "nav-home");
    await session.waitFor(by("sections"));
  };
  await home();
  await assertNoIds(session, `${label}: home`);
  seen++;
  const sections = await session.execute(
    `return [...document.querySelectorAll('[data-testid="sections"] [data-testid^="section-"]')].map((b) => b.dataset.testid)`,
  );
  assert.ok(sections.length > 0, "the plan lists its sections");
  for (const testid of sections) {
    await click(session, testid);
    await session.waitFor("main h1");
    await assertNoIds(session, `${label}: ${testid}`);
    seen++;
    await home();
  }
  for (const testid of ["view-full", "view-safety", "view-card", "open-crisis-view"]) {
    await click(session, testid);
    await session.waitFor("main h1");
    await assertNoIds(session, `${label}: ${testid}`);
    if (testid === "open-crisis-view") await saveScreenshot(session, `languages-${label}-crisis-view`);
    seen++;
    await home();
  }
  // Every part of the crisis plan's editor.
  await click(session, "edit-crisis");
  await session.waitFor('[data-testid^="part-"]');
  const parts = await session.execute(
    `return [...document.querySelectorAll('[data-testid^="part-"]')].map((b) => b.dataset.testid)`,
  );
  assert.ok(parts.length > 5, "the crisis plan lists its parts");
  for (const testid of parts) {
    await click(session, testid);
    await session.waitFor("main h1");
    await assertNoIds(session, `${label}: crisis ${testid}`);
    seen++;
    await click(session, "crisis-parts");
  }
  await home();
  for (const [testid, ready] of [
    ["get-help-now", "help-title"],
    ["home-find-help", "find-title"],
    ["nav-settings", "settings-title"],
    ["nav-supporters", "supporters-title"],
    ["nav-shared", "shared-title"],
    ["nav-devices", "devices-title"],
  ]) {
    await click(session, testid);
    await session.waitFor(`#${ready}, main h1`);
    await assertNoIds(session, `${label}: ${testid}`);
    seen++;
    await home();
  }
  return seen;
}

test("in Arabic every screen is right to left and shows no message id", async () => {
  const { session } = app;
  await chooseLanguage(session, "ar");
  assert.equal(await session.execute("return document.documentElement.dir"), "rtl");
  assert.match(await session.bodyText(), /[\u0600-\u06FF]/, "Arabic text is shown");
  const seen = await visitEveryScreen(session, "ar");
  assert.ok(seen >= 5, `visited ${seen} screens`);
  await click(session, "nav-home");
  await session.waitFor(by("sections"));
  await saveScreenshot(session, "languages-ar-home");
  await click(session, "get-help-now");
  await session.waitFor(by("helpline"));
  await saveScreenshot(session, "languages-ar-get-help-now");
});

test("in Easy Read every screen shows no message id, with pictograms", async () => {
  const { session } = app;
  await chooseLanguage(session, "en-GB");
  assert.equal(await session.execute("return document.documentElement.dir"), "ltr");
  await click(session, "easy-read-bar");
  await session.until(async () => session.execute("return document.documentElement.classList.contains('easy-read')"), {
    what: "Easy Read on",
  });
  const seen = await visitEveryScreen(session, "easy-read");
  assert.ok(seen >= 5, `visited ${seen} screens`);
  await click(session, "nav-home");
  await session.waitFor(by("pictogram"));
  await saveScreenshot(session, "languages-easy-read-home");
  await click(session, "get-help-now");
  await session.waitFor(by("helpline"));
  assert.ok((await session.findAll(by("pictogram"))).length > 0, "a pictogram beside the heading");
  await saveScreenshot(session, "languages-easy-read-get-help-now");
});

test("Easy Read in Arabic: pictures on the right, no ids", async () => {
  const { session } = app;
  await chooseLanguage(session, "ar");
  await click(session, "nav-home");
  const picture = await session.waitFor(by("pictogram"));
  const [pic, heading] = await session.execute(
    `const img = arguments[0]; const h = img.closest("h1, h2");
     return [img.getBoundingClientRect().right, h.getBoundingClientRect().right];`,
    [ref(picture)],
  );
  assert.ok(Math.abs(pic - heading) < 2, "in right-to-left the picture sits at the heading's start (right)");
  await assertNoIds(session, "ar easy read: home");
  await saveScreenshot(session, "languages-ar-easy-read-home");
});
