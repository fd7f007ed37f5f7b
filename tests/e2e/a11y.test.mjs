// Accessibility in the real app: axe-core (injected through WebDriver) finds
// no violations on any screen, at desktop and phone sizes and at 200% text;
// every button and field is at least 44 × 44 px; the keyboard reaches
// everything with a visible focus ring.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { saveScreenshot } from "./lib/app.mjs";
import { PASSPHRASE, axe, by, click, firstRun, launchPlanApp, pressKeys, smallTargets, typeInto, unlock } from "./lib/plan.mjs";
import { sleep } from "./lib/webdriver.mjs";

const SECTIONS = ["toolbox", "daily", "triggers", "early_warning", "breaking_down", "crisis", "after_crisis", "reasons"];
const CRISIS_PARTS = ["well", "take_over", "people", "medication", "treatments", "home", "places", "help", "surroundings", "money", "ending", "advance_choice"];

let app;
const failures = [];
before(async () => {
  app = await launchPlanApp();
});
after(async () => {
  await app?.close();
});

async function check(name) {
  const { session } = app;
  await sleep(150);
  const violations = await axe(session);
  const small = await smallTargets(session);
  if (violations.length > 0) failures.push({ screen: name, violations });
  if (small.length > 0) failures.push({ screen: name, smallTargets: small });
  return violations;
}

function report() {
  const text = JSON.stringify(failures, null, 2);
  failures.length = 0;
  return text;
}

test("first run screens", async () => {
  const { session } = app;
  await session.setWindowRect({ width: 1280, height: 800 });
  await firstRun(session, { onStep: (step) => check(`welcome: ${step}`) });
  assert.equal(failures.length, 0, report());
});

test("home, every section editor and every crisis-plan part", async () => {
  const { session } = app;
  await check("home");
  for (const id of SECTIONS) {
    await click(session, "nav-home");
    await click(session, `section-${id}`);
    await session.waitFor(by(`editor-${id}`));
    await check(`editor: ${id}`);
  }
  // A list with items and a structured list with items.
  await click(session, "nav-home");
  await click(session, "edit-crisis");
  for (const part of CRISIS_PARTS) {
    await click(session, `part-${part}`);
    await session.waitFor(by("crisis-parts"));
    if (part === "people") {
      await typeInto(session, "add-crisis.supporters", "Sam");
      await typeInto(session, "add-crisis.supporters-contact", "07700 900123");
      await click(session, "add-button-crisis.supporters");
      await session.waitFor(by("item-name"));
      await click(session, "remove");
      await session.waitFor(by("undo"));
    }
    await check(`crisis part: ${part}`);
    await click(session, "crisis-parts");
  }
  assert.equal(failures.length, 0, report());
});

test("views, settings, Get help now", async () => {
  const { session } = app;
  await click(session, "nav-home");
  for (const view of ["full", "safety", "card"]) {
    await click(session, "nav-home");
    await click(session, `view-${view}`);
    await session.waitFor(by("print"));
    await check(`view: ${view}`);
  }
  await click(session, "nav-home");
  await click(session, "open-crisis-view");
  await session.waitFor(by("crisis-activate"));
  await check("view: crisis");
  await click(session, "nav-settings");
  await session.waitFor(by("settings"));
  await check("settings");
  await click(session, "get-help-now");
  await session.waitFor(by("helpline"));
  await check("get help now");
  await click(session, "help-find-help");
  await typeInto(session, "find-place", "Grantham");
  await click(session, "find-search");
  await session.waitFor(by("service"));
  await check("find help: results");
  assert.equal(failures.length, 0, report());
});

test("sharing: people I share with (invite form, invite with QR code), shared with me, devices", async () => {
  const { session } = app;
  await click(session, "nav-home");
  await click(session, "nav-supporters");
  await session.waitFor(by("supporters"));
  await check("supporters: none yet");
  await click(session, "invite-start");
  await session.waitFor(by("invite-form"));
  await typeInto(session, "invite-name", "Sam");
  await session.waitFor(by("share-preview"));
  await check("supporters: invite form with preview");
  await click(session, "invite-create");
  await session.waitFor(by("invite-qr"));
  await check("supporters: invite ready");
  await click(session, "invite-done");
  await session.waitFor(by("supporter"));
  await check("supporters: one invited");
  await click(session, "nav-home");
  await click(session, "nav-shared");
  await session.waitFor(by("shared-with-me"));
  await check("shared with me");
  await click(session, "nav-home");
  await click(session, "nav-devices");
  await session.waitFor(by("devices"));
  await check("devices");
  assert.equal(failures.length, 0, report());
});

test("unlock (with an error, and with the recovery key) and the neutral screen", async () => {
  const { session } = app;
  await click(session, "quick-exit");
  await session.waitFor(by("neutral"));
  await check("neutral");
  await click(session, "neutral-done");
  await session.waitFor(by("unlock"));
  await check("unlock");
  await unlock(session, "wrong wrong wrong");
  await session.waitFor(by("unlock-error"), { timeout: 20_000 });
  await check("unlock: wrong passphrase");
  await click(session, "unlock-toggle");
  await session.waitFor(by("unlock-recovery-key"));
  await check("unlock: recovery key");
  await click(session, "unlock-toggle");
  await unlock(session, PASSPHRASE);
  await session.waitFor(by("sections"), { timeout: 20_000 });
  assert.equal(failures.length, 0, report());
});

test("phone size and 200% text", async () => {
  const { session } = app;
  await session.setWindowRect({ width: 360, height: 740 });
  await click(session, "nav-home");
  await session.waitFor(by("sections"));
  await check("phone: home");
  await click(session, "edit-crisis");
  await click(session, "part-people");
  await session.waitFor(by("crisis-parts"));
  await check("phone: crisis people");

  await click(session, "nav-settings");
  const size = await session.waitFor(by("text-size"));
  await session.execute(
    `const s = arguments[0]; s.value = "200"; s.dispatchEvent(new Event("change", { bubbles: true }));`,
    [{ "element-6066-11e4-a52e-4f735466cecf": size.id }],
  );
  await session.until(async () => (await session.execute("return document.documentElement.dataset.textSize")) === "200", {
    what: "200% text",
  });
  await check("phone 200%: settings");
  await click(session, "nav-home");
  await session.waitFor(by("sections"));
  const overflow = await session.execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
  assert.ok(overflow <= 1, `no sideways scrolling at 200% on a phone (overflow ${overflow}px)`);
  await check("phone 200%: home");
  await saveScreenshot(session, "a11y-phone-200-home");
  await click(session, "section-toolbox");
  await session.waitFor(by("editor-toolbox"));
  await check("phone 200%: editor");
  await saveScreenshot(session, "a11y-phone-200-editor");
  await session.setWindowRect({ width: 1280, height: 800 });
  assert.equal(failures.length, 0, report());
});

test("the keyboard reaches the quick exit and shows where focus is", async () => {
  const { session } = app;
  await click(session, "nav-home");
  await session.waitFor(by("sections"));
  // Tab from the top of the page: skip link, brand, Get help now, Settings, Lock, Quick exit.
  const seen = [];
  await session.execute("document.activeElement?.blur(); window.scrollTo(0, 0);");
  for (let i = 0; i < 8; i++) {
    await pressKeys(session, ["\uE004"]);
    const info = await session.execute(`
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { id: el.dataset.testid || el.className, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };`);
    seen.push(info.id);
    if (info.id !== "skip-link") assert.ok(info.outline !== "none" && info.width >= 2, `visible focus on ${info.id}`);
  }
  assert.ok(seen.includes("quick-exit"), `quick exit reachable by Tab: ${seen.join(", ")}`);
  assert.ok(seen.includes("get-help-now"), "Get help now reachable by Tab");
});
