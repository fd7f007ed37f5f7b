// The plan, end to end in the real app: first run (welcome, passphrase,
// recovery key saved to a file), writing in three sections (a text, a list
// with reorder and remove, a supporter in the crisis plan), locking in the
// middle of typing, a wrong passphrase, unlocking, and everything still there.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { saveScreenshot } from "./lib/app.mjs";
import { PASSPHRASE, by, click, firstRun, launchPlanApp, typeInto, unlock, waitSaved } from "./lib/plan.mjs";

let app;
before(async () => {
  app = await launchPlanApp();
});
after(async () => {
  await app?.close();
});

const texts = async (session, css) => Promise.all((await session.findAll(css)).map((e) => e.property("value")));

test("first run: welcome, passphrase, recovery key saved to a file", async () => {
  const { session, exportDir } = app;
  const welcome = await session.waitFor(by("welcome-welcome"));
  const intro = await welcome.words();
  assert.match(intro, /no account and no tracking/i, "says what Harbour does not do before asking anything");
  const key = await firstRun(app.session);
  assert.match(key, /\S{8,}/);
  const files = readdirSync(exportDir);
  assert.equal(files.length, 1, "the recovery key file was written");
  const saved = readFileSync(join(exportDir, files[0]), "utf8");
  assert.ok(saved.includes(key), "the file holds the key shown");
  await saveScreenshot(session, "plan-home-empty");
});

test("write in three sections, with autosave", async () => {
  const { session } = app;
  // 1. Wellness toolbox: a list, reordered and with one item removed.
  await click(session, "section-toolbox");
  await session.waitFor(by("editor-toolbox"));
  for (const item of ["a walk by the river", "calling my sister", "loud music"]) {
    await typeInto(session, "add-toolbox.helps", item);
    await click(session, "add-button-toolbox.helps");
    await session.until(async () => (await texts(session, `${by("list-toolbox.helps")} ${by("item-text")}`)).includes(item), {
      what: `item ${item}`,
    });
  }
  const list = await session.find(by("list-toolbox.helps"));
  const rows = await list.findAll(by("item"));
  await (await rows[1].find(by("move-up"))).click();
  await (await rows[2].find(by("remove"))).click();
  await waitSaved(session);
  assert.deepEqual(await texts(session, `${by("list-toolbox.helps")} ${by("item-text")}`), [
    "calling my sister",
    "a walk by the river",
  ]);
  await click(session, "mark-reviewed");
  await waitSaved(session);

  // 2. Daily plan: a text field.
  await click(session, "back-home");
  await click(session, "section-daily");
  await typeInto(session, "text-daily.when_well", "Chatty, cooking, sleeping eight hours.");
  await waitSaved(session);
  assert.match(await (await session.find(by("save-status"))).words(), /Saved/, "a visible Saved state");

  // 3. Crisis plan, people: a supporter with name, role and contact.
  await click(session, "back-home");
  await click(session, "edit-crisis");
  await click(session, "part-people");
  await typeInto(session, "add-crisis.supporters", "Sam");
  await typeInto(session, "add-crisis.supporters-role", "my sister");
  await typeInto(session, "add-crisis.supporters-contact", "07700 900123");
  await click(session, "add-button-crisis.supporters");
  await session.until(async () => (await texts(session, by("item-name"))).includes("Sam"), { what: "supporter" });
  await waitSaved(session);
  await saveScreenshot(session, "plan-editor-crisis-people");

  // Home shows what is filled in and the review date.
  await click(session, "back-home");
  const toolbox = await session.waitFor(by("section-toolbox"));
  await session.until(async () => /1 of 2 filled in/.test(await toolbox.words()), { what: "toolbox filled count" });
  assert.match(await toolbox.words(), /Last reviewed/);
  assert.match(await (await session.find(by("section-crisis"))).words(), /1 of 26 filled in/);
});

test("locking in the middle of typing loses nothing; a wrong passphrase says so calmly", async () => {
  const { session } = app;
  await click(session, "section-after_crisis");
  const box = await typeInto(session, "text-after_crisis.learning", "Ask for help earlier.");
  assert.ok(box);
  // Lock straight away, before the typing pause has passed.
  await click(session, "nav-lock");
  await session.waitFor(by("unlock"));
  assert.ok(!(await session.bodyText()).includes("sister"), "nothing of the plan is left on screen");

  await unlock(session, "not my passphrase");
  const error = await session.waitFor(by("unlock-error"), { timeout: 20_000 });
  assert.equal(await error.attribute("data-code"), "wrong_passphrase");
  assert.match(await error.text(), /\S/);
  assert.doesNotMatch(await error.text(), /error-|wrong_passphrase/, "translated, never an id");

  await unlock(session, PASSPHRASE);
  await session.waitFor(by("sections"), { timeout: 20_000 });
});

test("after unlocking, everything written is there", async () => {
  const { session } = app;
  await click(session, "section-toolbox");
  await session.waitFor(by("list-toolbox.helps"));
  await session.until(async () => (await texts(session, `${by("list-toolbox.helps")} ${by("item-text")}`)).length === 2, {
    what: "toolbox items",
  });
  assert.deepEqual(await texts(session, `${by("list-toolbox.helps")} ${by("item-text")}`), [
    "calling my sister",
    "a walk by the river",
  ]);
  await click(session, "next");
  const daily = await session.waitFor(by("text-daily.when_well"));
  assert.equal(await daily.property("value"), "Chatty, cooking, sleeping eight hours.");

  await click(session, "back-home");
  await click(session, "section-after_crisis");
  const learning = await session.waitFor(by("text-after_crisis.learning"));
  assert.equal(await learning.property("value"), "Ask for help earlier.", "typed just before locking, still saved");

  await click(session, "back-home");
  await click(session, "edit-crisis");
  await click(session, "part-people");
  await session.waitFor(by("item-name"));
  assert.deepEqual(await texts(session, by("item-name")), ["Sam"]);
  assert.deepEqual(await texts(session, by("item-contact")), ["07700 900123"]);
});

test("the plan survives quitting the app", async () => {
  const dataDir = app.dataDir;
  await app.close();
  app = await launchPlanApp({ dataDir });
  const { session } = app;
  await unlock(session);
  await click(session, "section-daily");
  const daily = await session.waitFor(by("text-daily.when_well"));
  assert.equal(await daily.property("value"), "Chatty, cooking, sleeping eight hours.");
});
