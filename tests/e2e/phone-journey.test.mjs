// The whole journey at phone size (360×740), as a person on a phone takes it:
// first run, a check-in, writing the plan, the crisis plan and its card,
// finding help, the helplines, inviting a supporter, settings, locking and
// unlocking. On every screen: every control at least 44×44 px, nothing
// cut off sideways, no accessibility violation; no control that only
// appears on hover; and wherever something is typed, the on-screen keyboard
// (the viewport shrinking from below) never hides the field being typed.
//
// Screenshots of each step go to tests/e2e/artifacts/phone-journey-*.png.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { saveScreenshot } from "./lib/app.mjs";
import { axe, by, click, firstRun, launchPlanApp, smallTargets, typeInto, unlock } from "./lib/plan.mjs";

const PHONE = { width: 360, height: 740 };
/** The same phone with its keyboard open: about 300 px of the screen gone. */
const WITH_KEYBOARD = { width: 360, height: 440 };

let app;
const failures = [];

before(async () => {
  app = await launchPlanApp();
  await app.session.setWindowRect(PHONE);
});
after(async () => {
  await app?.close();
});

async function check(where) {
  const { session } = app;
  await new Promise((r) => setTimeout(r, 250));
  const small = await smallTargets(session);
  if (small.length) failures.push(`${where}: small touch targets ${small.join(", ")}`);
  const overflow = await session.execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
  if (overflow > 1) failures.push(`${where}: ${overflow}px sideways scrolling`);
  const violations = await axe(session);
  if (violations.length) failures.push(`${where}: axe ${violations.map((v) => v.id).join(", ")}`);
  await saveScreenshot(session, `phone-journey-${where.replace(/[^a-z0-9]+/gi, "-")}`);
}

/** Focuses the field, opens the "keyboard" and checks the field is still fully in view. */
async function typeWithKeyboard(testid, text, where) {
  const { session } = app;
  const el = await session.waitFor(by(testid));
  await el.click();
  // Where a thumb reaches it: low on the screen, just above the keyboard to come.
  await session.execute(
    `const r = document.querySelector('${by(testid)}').getBoundingClientRect();
     window.scrollBy(0, r.bottom - (window.innerHeight - 24));`,
  );
  await session.setWindowRect(WITH_KEYBOARD);
  await new Promise((r) => setTimeout(r, 400));
  const box = await session.execute(
    `const r = document.querySelector('${by(testid)}').getBoundingClientRect();
     return { top: r.top, bottom: r.bottom, height: window.innerHeight, focused: document.activeElement?.dataset.testid };`,
  );
  if (box.focused !== testid) failures.push(`${where}: ${testid} lost focus when the keyboard opened`);
  if (box.top < 0 || box.bottom > box.height + 1) {
    failures.push(`${where}: the keyboard hides ${testid} (top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)}, view ${box.height})`);
  }
  await el.type(text);
  await saveScreenshot(session, `phone-journey-keyboard-${where.replace(/[^a-z0-9]+/gi, "-")}`);
  await session.setWindowRect(PHONE);
  await new Promise((r) => setTimeout(r, 200));
}

test("the whole journey on a phone", async () => {
  const { session } = app;

  // No control appears only on hover (a finger cannot hover).
  const hoverOnly = await session.execute(`
    const found = [];
    for (const sheet of document.styleSheets) {
      let rules = [];
      try { rules = [...sheet.cssRules]; } catch { continue; }
      for (const rule of rules) {
        if (!rule.selectorText || !rule.selectorText.includes(":hover")) continue;
        for (const prop of ["display", "visibility", "opacity", "pointer-events", "max-height"]) {
          if (rule.style.getPropertyValue(prop)) found.push(rule.selectorText + " { " + prop + " }");
        }
      }
    }
    return found;`);
  assert.deepEqual(hoverOnly, [], "nothing is revealed only on hover");

  // First run, every step.
  await firstRun(session, { onStep: (step) => check(`first run ${step}`) });

  // Home: a check-in with a few words.
  await session.waitFor(by("checkin"));
  await check("home");
  await typeWithKeyboard("checkin-note", "Tired but OK", "check-in note");
  await click(session, "checkin-green");
  await session.waitFor(by("checkin-saved"));
  await check("home after check-in");

  // Writing the plan: the toolbox.
  await click(session, "section-toolbox");
  await session.waitFor(by("add-toolbox.helps"));
  await check("toolbox");
  await typeWithKeyboard("add-toolbox.helps", "A walk by the river", "toolbox");
  await click(session, "add-button-toolbox.helps");
  await session.until(async () => (await session.findAll(by("item"))).length > 0, { what: "the item added" });

  // The crisis plan: who to call.
  await click(session, "nav-home");
  await click(session, "edit-crisis");
  await click(session, "part-people");
  await session.waitFor(by("add-crisis.supporters"));
  await check("crisis plan people");
  await typeWithKeyboard("add-crisis.supporters", "Sam", "crisis supporters");
  await click(session, "add-button-crisis.supporters");

  // Reading it: the crisis view.
  await click(session, "nav-home");
  await click(session, "open-crisis-view");
  await session.waitFor(by("plan-view"));
  await check("crisis view");

  // Getting help: the helplines, then services near a town.
  await click(session, "get-help-now");
  await session.waitFor(by("helpline"));
  await check("get help now");
  await click(session, "help-find-help");
  await session.waitFor(by("find-place"));
  await typeWithKeyboard("find-place", "Manchester", "find help");
  await click(session, "find-search");
  await session.waitFor(by("service"), { timeout: 20_000 });
  await check("find help results");

  // Inviting a supporter.
  await click(session, "nav-home");
  await click(session, "nav-supporters");
  await click(session, "invite-start");
  await typeWithKeyboard("invite-name", "Sam", "invite name");
  await typeWithKeyboard("invite-from", "Alex", "invite from");
  await check("invite form");
  await click(session, "invite-create");
  await session.waitFor(by("invite-link"), { timeout: 20_000 });
  await check("invite made");

  // Settings, then lock and unlock.
  await click(session, "nav-settings");
  await session.waitFor(by("text-size"));
  await check("settings");
  await click(session, "nav-lock");
  await session.waitFor(by("unlock-passphrase"));
  await check("locked");
  await unlock(session);
  await session.waitFor(by("sections"));
  await check("unlocked again");

  assert.deepEqual(failures, [], failures.join("\n"));
});
