// The crisis view one tap from home, with its state; starting and standing
// down the crisis plan; the full plan, the one-page safety plan and the
// wallet-sized crisis card; printing through the web view's print.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { saveScreenshot } from "./lib/app.mjs";
import { by, click, firstRun, launchPlanApp, typeInto, waitSaved } from "./lib/plan.mjs";

let app;
before(async () => {
  app = await launchPlanApp();
  const { session } = app;
  await firstRun(session);
  await click(session, "section-early_warning");
  await typeInto(session, "add-early_warning.signs", "sleeping badly");
  await click(session, "add-button-early_warning.signs");
  await click(session, "back-home");
  await click(session, "section-toolbox");
  await typeInto(session, "add-toolbox.helps", "a walk by the river");
  await click(session, "add-button-toolbox.helps");
  await click(session, "back-home");
  await click(session, "edit-crisis");
  await click(session, "part-people");
  await typeInto(session, "add-crisis.supporters", "Sam");
  await typeInto(session, "add-crisis.supporters-contact", "07700 900123");
  await click(session, "add-button-crisis.supporters");
  await click(session, "crisis-parts");
  await click(session, "part-medication");
  await typeInto(session, "add-crisis.allergies", "penicillin");
  await click(session, "add-button-crisis.allergies");
  await waitSaved(session);
  await click(session, "back-home");
});
after(async () => {
  await app?.close();
});

test("the crisis view is one tap from home and shows its state", async () => {
  const { session } = app;
  const status = await session.waitFor(by("crisis-status"));
  assert.match(await status.words(), /not active/);
  await click(session, "open-crisis-view");
  const view = await session.waitFor(by("plan-view"));
  assert.equal(await view.attribute("data-kind"), "crisis");
  const text = await view.words();
  assert.match(text, /Sam/);
  assert.match(text, /07700 900123/);
  assert.match(text, /penicillin/);
  assert.doesNotMatch(text, /sleeping badly/, "the crisis view holds only the crisis plan");
  await saveScreenshot(session, "view-crisis");
});

test("starting and standing down the crisis plan", async () => {
  const { session } = app;
  await click(session, "crisis-activate");
  const line = await session.waitFor(by("crisis-stand-down"));
  assert.ok(line);
  assert.match(await (await session.find(by("view-crisis-status"))).words(), /Status: active/);
  await click(session, "crisis-stand-down");
  await session.waitFor(by("crisis-activate"));
  assert.match(await (await session.find(by("view-crisis-status"))).words(), /stood down/);
  await click(session, "nav-home");
  await session.until(async () => /stood down/.test(await (await session.waitFor(by("crisis-status"))).words()), {
    what: "home shows the state",
  });
});

test("full plan, safety plan and crisis card, and printing each", async () => {
  const { session } = app;
  await session.execute("window.__printed = []; window.print = () => window.__printed.push(document.documentElement.dataset.print);");
  await click(session, "view-full");
  let view = await session.waitFor(by("plan-view"));
  assert.equal(await view.attribute("data-kind"), "full");
  assert.match(await view.words(), /sleeping badly[\s\S]*Sam/);
  await saveScreenshot(session, "view-full");
  await click(session, "print");

  await click(session, "tab-safety");
  await session.until(async () => (await (await session.waitFor(by("plan-view"))).attribute("data-kind")) === "safety", {
    what: "safety plan",
  });
  view = await session.find(by("plan-view"));
  const safety = await view.words();
  assert.match(safety, /My warning signs[\s\S]*sleeping badly/);
  assert.match(safety, /Things I can do to cope[\s\S]*a walk by the river/);
  assert.match(safety, /People I can ask for help[\s\S]*Sam/);
  await session.execute(
    `const s = arguments[0]; s.value = "phone"; s.dispatchEvent(new Event("change", { bubbles: true }));`,
    [{ "element-6066-11e4-a52e-4f735466cecf": (await session.find(by("print-size"))).id }],
  );
  await saveScreenshot(session, "view-safety");
  await click(session, "print");

  await click(session, "tab-card");
  const card = await session.waitFor(by("crisis-card"));
  assert.match(await card.words(), /Sam[\s\S]*07700 900123/);
  assert.match(await card.words(), /penicillin/);
  await saveScreenshot(session, "view-card");
  await click(session, "print");

  await session.until(async () => (await session.execute("return window.__printed.length")) === 3, { what: "three prints" });
  assert.deepEqual(await session.execute("return window.__printed"), ["a4", "phone", "card"]);
  const sheet = await session.execute(`return document.getElementById("print-page")?.getAttribute("href")`);
  assert.equal(sheet, "print/card.css");
  // The print stylesheet loaded from the app's bundle, with the card's page size.
  const css = await session.until(
    () =>
      session.execute(`
        const sheet = document.getElementById("print-page")?.sheet;
        return sheet ? Array.from(sheet.cssRules, (r) => r.cssText).join("\\n") : "";`),
    { what: "the card print stylesheet" },
  );
  assert.match(css, /85\.6mm 54mm/);
});

test("the advance choice document: the declaration, the person's choices and lines to sign", async () => {
  const { session } = app;
  await click(session, "tab-advance_choice");
  const doc = await session.waitFor(by("advance-choice"));
  const text = await doc.words();
  assert.match(text, /This is my advance choice document/);
  assert.match(text, /Who to involve, and who not to[\s\S]*Sam/, "the people part carries the supporters");
  assert.doesNotMatch(text, /sleeping badly/, "only the crisis plan's choices, not the whole plan");
  assert.doesNotMatch(text, /penicillin/, "allergies belong to the crisis card, not the advance choice document");
  assert.match(text, /My signature[\s\S]*I saw the person who made this document sign it[\s\S]*Witness’s signature/);
  const lines = await session.execute(`return document.querySelectorAll("[data-testid=advance-choice] .signature-line").length`);
  assert.equal(lines, 6, "a name, a signature and a date for the person, then for a witness");
  assert.equal(await (await session.find(by("plan-view"))).attribute("data-kind"), "advance_choice");
  await saveScreenshot(session, "view-advance-choice");
});

test("saving the advance choice document as a PDF file, in the person's language", async () => {
  const { session, exportDir } = app;
  const before = new Set(readdirSync(exportDir));
  await click(session, "save-pdf");
  const saved = await session.waitFor(by("pdf-saved"));
  const added = readdirSync(exportDir).filter((f) => !before.has(f));
  assert.equal(added.length, 1, "one new file");
  assert.match(added[0], /^harbour-advance-choice-\d{4}-\d{2}-\d{2}\.pdf$/);
  assert.match(await saved.words(), new RegExp(`Saved as ${added[0].replace(/\./g, "\\.")}`));
  assert.match(await saved.words(), /not locked with your passphrase/);
  const file = join(exportDir, added[0]);
  assert.equal(readFileSync(file).subarray(0, 5).toString(), "%PDF-");
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  assert.match(text, /This is my advance choice document/);
  assert.match(text, /Sam/);
  await saveScreenshot(session, "view-advance-choice-pdf");
});
