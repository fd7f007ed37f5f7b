// The recovery key in Settings, end to end in the real app at phone size
// (360×740): a wrong passphrase shows the translated error and no key; the
// right one shows exactly the key from first run; a new key is made only after
// a plain-words confirmation, and then the old key no longer unlocks the plan
// while the new one does. Screenshots of the shown key, in English and Arabic.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { saveScreenshot } from "./lib/app.mjs";
import { PASSPHRASE, axe, by, chooseLanguage, click, firstRun, launchPlanApp, smallTargets, typeInto } from "./lib/plan.mjs";
import { sleep } from "./lib/webdriver.mjs";

const PHONE = { width: 360, height: 740 };

let app;
let firstKey;
let newKey;
before(async () => {
  app = await launchPlanApp();
  await app.session.setWindowRect(PHONE);
});
after(async () => {
  await app?.close();
});

const count = async (session, testid) => (await session.findAll(by(testid))).length;
const fieldValue = (session, testid) => session.execute(`return document.querySelector(arguments[0])?.value ?? null`, [by(testid)]);

/** The error shown in the recovery-key card: its code and its words, which must be translated. */
async function cardError(session) {
  const el = await session.waitFor(by("settings-recovery-error"), { timeout: 20_000 });
  const words = await el.text();
  assert.match(words, /\S/);
  assert.doesNotMatch(words, /error-|_/, "translated, never an id or a code");
  return { code: await el.attribute("data-code"), words };
}

async function typePassphrase(session, passphrase) {
  const input = await session.waitFor(by("recovery-passphrase"));
  await input.clear();
  await input.type(passphrase);
}

test("first run says the key can be seen again in Settings", async () => {
  const { session } = app;
  let lead = "";
  firstKey = await firstRun(session, {
    onStep: async (step) => {
      if (step === "recovery") lead = await (await session.find(".welcome .lead")).text();
    },
  });
  assert.match(firstKey, /\S{8,}/);
  assert.doesNotMatch(lead, /only this once/i, "no longer promises to show it only once");
  assert.match(lead, /Settings/, lead);
});

test("a wrong passphrase shows the translated error and no key", async () => {
  const { session } = app;
  await click(session, "nav-settings");
  await session.waitFor(by("settings-recovery"));
  await typePassphrase(session, "not my passphrase");
  await click(session, "settings-recovery-show");
  const { code } = await cardError(session);
  assert.equal(code, "wrong_passphrase");
  assert.equal(await count(session, "settings-recovery-key"), 0, "no key shown");
  await saveScreenshot(session, "recovery-key-wrong-phone");
});

test("the right passphrase shows exactly the key from first run, then hides it", async () => {
  const { session } = app;
  await typePassphrase(session, PASSPHRASE);
  await click(session, "settings-recovery-show");
  const keyEl = await session.waitFor(by("settings-recovery-key"), { timeout: 20_000 });
  assert.equal((await keyEl.text()).trim(), firstKey);
  assert.equal(await count(session, "settings-recovery-error"), 0, "the earlier error is gone");
  assert.equal(
    await session.execute(`return document.querySelector(arguments[0] + " bdi")?.getAttribute("dir")`, [by("settings-recovery-key")]),
    "ltr",
    "the key reads left to right in every language",
  );
  // The key card as a phone shows it, for a person to look at.
  await sleep(300);
  await saveScreenshot(session, "recovery-key-settings-phone");
  assert.deepEqual(await smallTargets(session), [], "touch targets of at least 44 × 44 px");
  const overflow = await session.execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
  assert.ok(overflow <= 1, `no sideways scrolling on a phone (overflow ${overflow}px)`);
  const violations = await axe(session);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

  await click(session, "settings-recovery-hide");
  await session.waitFor(by("recovery-passphrase"));
  assert.equal(await count(session, "settings-recovery-key"), 0, "hidden again");
  assert.equal(await fieldValue(session, "recovery-passphrase"), "", "the passphrase field is cleared after use");
});

test("a new key is made only after confirming, and is a different key", async () => {
  const { session, exportDir } = app;
  // "Make a new recovery key" asks first; "keep" changes nothing.
  await typePassphrase(session, PASSPHRASE);
  await click(session, "settings-recovery-new");
  const ask = await session.waitFor(by("settings-recovery-confirm"));
  assert.match(await ask.text(), /old key will stop/i, "says in plain words what happens");
  assert.match(await ask.text(), /backup/i, "and that earlier backups keep the old key");
  assert.equal(await count(session, "settings-recovery-key"), 0);
  await sleep(300);
  await saveScreenshot(session, "recovery-key-confirm-phone");
  assert.deepEqual(await smallTargets(session), [], "touch targets of at least 44 × 44 px");
  const violations = await axe(session);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await click(session, "settings-recovery-new-cancel");
  await session.waitFor(by("settings-recovery-new"));
  assert.equal(await count(session, "settings-recovery-confirm"), 0);

  await click(session, "settings-recovery-new");
  await click(session, "settings-recovery-new-confirm");
  const keyEl = await session.waitFor(by("settings-recovery-key"), { timeout: 20_000 });
  newKey = (await keyEl.text()).trim();
  assert.match(newKey, /\S{8,}/);
  assert.notEqual(newKey, firstKey, "a different key");
  await session.waitFor(by("recovery-key-made"));

  // Saved to a file like the first one.
  const before = new Set(readdirSync(exportDir));
  await click(session, "settings-recovery-save");
  await session.waitFor(by("settings-recovery-saved"));
  const added = readdirSync(exportDir).filter((f) => !before.has(f));
  assert.equal(added.length, 1, "one new file");
  assert.ok(readFileSync(join(exportDir, added[0]), "utf8").includes(newKey), "the file holds the new key");
  await saveScreenshot(session, "recovery-key-new-phone");

  await click(session, "settings-recovery-hide");
  await session.waitFor(by("recovery-passphrase"));
  assert.equal(await fieldValue(session, "recovery-passphrase"), "");
});

test("after locking, the old key no longer unlocks the plan; the new one does", async () => {
  const { session } = app;
  await click(session, "nav-lock");
  await session.waitFor(by("unlock"));
  await click(session, "unlock-toggle");
  await typeInto(session, "unlock-recovery-key", firstKey);
  await click(session, "unlock-button");
  const error = await session.waitFor(by("unlock-error"), { timeout: 20_000 });
  assert.equal(await error.attribute("data-code"), "wrong_recovery_key");
  assert.doesNotMatch(await error.text(), /error-|wrong_recovery_key/, "translated, never an id");
  assert.equal(await count(session, "sections"), 0, "still locked");

  const input = await session.waitFor(by("unlock-recovery-key"));
  await input.clear();
  await input.type(newKey);
  await click(session, "unlock-button");
  await session.waitFor(by("sections"), { timeout: 20_000 });
});

test("in Arabic the key still reads left to right, in a right-to-left card", async () => {
  const { session } = app;
  await chooseLanguage(session, "ar");
  await click(session, "nav-settings");
  await session.waitFor(by("settings-recovery"));
  await typePassphrase(session, PASSPHRASE);
  await click(session, "settings-recovery-show");
  const keyEl = await session.waitFor(by("settings-recovery-key"), { timeout: 20_000 });
  assert.equal((await keyEl.text()).trim(), newKey, "the new key is the one kept");
  assert.equal(await session.execute("return document.documentElement.dir"), "rtl");
  const words = await (await session.find(by("settings-recovery"))).text();
  assert.doesNotMatch(words, /settings-recovery|recovery-key-/, "every message translated");
  assert.match(words, /[\u0600-\u06ff]/, "in Arabic");
  await sleep(300);
  await saveScreenshot(session, "recovery-key-settings-phone-ar");
  const overflow = await session.execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
  assert.ok(overflow <= 1, `no sideways scrolling in Arabic (overflow ${overflow}px)`);
  await click(session, "settings-recovery-hide");
  await chooseLanguage(session, "en-GB");
});

test("in Easy Read the card has its picture and simpler words", async () => {
  const { session } = app;
  await click(session, "easy-read-bar");
  await session.until(async () => session.execute("return document.documentElement.classList.contains('easy-read')"), {
    what: "Easy Read on",
  });
  const card = await session.waitFor(by("settings-recovery"));
  await card.find(`h2 ${by("pictogram")}`);
  assert.match(await card.text(), /secret words/, "Easy Read words");
  await session.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: "start" })`, [by("settings-recovery")]);
  await sleep(300);
  await saveScreenshot(session, "recovery-key-easy-read-phone");
  await click(session, "easy-read-bar");
});
