// Screenshots of the plan's screens (first run, unlock, home, editors, views,
// settings, the neutral screen) at phone and desktop size, into
// tests/e2e/artifacts/plan-*.png, for a person to look at. Not a test: run
// with `make screenshots`.

import { saveScreenshot } from "./lib/app.mjs";
import { by, click, firstRun, launchPlanApp, typeInto, waitSaved } from "./lib/plan.mjs";
import { sleep } from "./lib/webdriver.mjs";

const SIZES = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };

const app = await launchPlanApp();
const { session } = app;
const shot = async (name, size) => {
  await sleep(300);
  await saveScreenshot(session, `plan-${name}-${size}`);
};
try {
  for (const [size, rect] of Object.entries(SIZES)) {
    await session.setWindowRect(rect);
    if (size === "phone") {
      await firstRun(session, {
        onStep: async (step) => {
          if (step === "passphrase" || step === "recovery") await shot(`welcome-${step}`, size);
          if (step === "welcome") await shot("welcome", size);
        },
      });
      await shot("home-empty", size);
      await click(session, "section-toolbox");
      for (const item of ["A walk by the river", "Calling my sister", "Music with headphones"]) {
        await typeInto(session, "add-toolbox.helps", item);
        await click(session, "add-button-toolbox.helps");
        await session.waitFor(`${by("list-toolbox.helps")} ${by("item")}`);
      }
      await click(session, "back-home");
      await click(session, "edit-crisis");
      await click(session, "part-people");
      await typeInto(session, "add-crisis.supporters", "Sam");
      await typeInto(session, "add-crisis.supporters-role", "my sister");
      await typeInto(session, "add-crisis.supporters-contact", "07700 900123");
      await typeInto(session, "add-crisis.supporters-tasks", "Stay with me, call my GP");
      await click(session, "add-button-crisis.supporters");
      await waitSaved(session);
      await click(session, "crisis-parts");
      await click(session, "part-medication");
      await typeInto(session, "add-crisis.allergies", "Penicillin");
      await click(session, "add-button-crisis.allergies");
      await waitSaved(session);
    }
    await click(session, "nav-home");
    await session.waitFor(by("sections"));
    await shot("home", size);
    await click(session, "section-toolbox");
    await session.waitFor(by("item"));
    await shot("editor-toolbox", size);
    await click(session, "nav-home");
    await click(session, "edit-crisis");
    await session.waitFor(by("part-people"));
    await shot("crisis-parts", size);
    await click(session, "part-people");
    await session.waitFor(by("item-name"));
    await shot("crisis-people", size);
    await click(session, "nav-home");
    await click(session, "open-crisis-view");
    await session.waitFor(by("crisis-activate"));
    await shot("view-crisis", size);
    await click(session, "tab-safety");
    await sleep(300);
    await shot("view-safety", size);
    await click(session, "tab-card");
    await session.waitFor(by("crisis-card"));
    await shot("view-card", size);
    await click(session, "nav-settings");
    await session.waitFor(by("settings"));
    await shot("settings", size);
    await click(session, "quick-exit");
    await session.waitFor(by("neutral"));
    await shot("neutral", size);
    await click(session, "neutral-done");
    await session.waitFor(by("unlock"));
    await shot("unlock", size);
    const input = await session.waitFor(by("unlock-passphrase"));
    await input.type("kettle river yellow sock");
    await click(session, "unlock-button");
    await session.waitFor(by("sections"), { timeout: 20_000 });
  }
} finally {
  await app.close();
}
