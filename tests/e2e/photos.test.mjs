// Photos on reasons for living, end to end in the real app: a picture chosen
// for a reason is shown on it (resized by the app), a file that is not a
// picture is refused with a translated error and changes nothing, and the
// photo can be taken off again. Screenshots at phone size go to
// tests/e2e/artifacts/photos-*.png.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, saveScreenshot } from "./lib/app.mjs";
import { pickFile } from "./lib/cli.mjs";
import { axe, by, chooseLanguage, click, firstRun, launchPlanApp, smallTargets, typeInto } from "./lib/plan.mjs";

const PHONE = { width: 360, height: 740 };
const work = mkdtempSync(join(tmpdir(), "harbour-e2e-photos-"));
const PICTURE = join(repoRoot, "src-tauri", "icons", "icon.png");

let app;
before(async () => {
  app = await launchPlanApp();
});
after(async () => {
  await app?.close();
});

const photos = (session) => session.findAll(by("item-photo"));

test("a photo on a reason: shown, refused when not a picture, taken off again", async () => {
  const { session } = app;
  await firstRun(session);
  await session.setWindowRect(PHONE);
  await click(session, "section-reasons");
  await typeInto(session, "add-reasons.reasons", "My niece's laugh");
  await click(session, "add-button-reasons.reasons");
  await session.waitFor(by("photo-input"));
  assert.equal((await photos(session)).length, 0);

  await pickFile(session, PICTURE, "photo-input", "niece.png");
  const img = await session.waitFor(by("item-photo"), { timeout: 20_000 });
  assert.equal(await img.attribute("alt"), "My niece's laugh", "the reason's words describe the photo");
  assert.match(await img.attribute("src"), /^data:image\/jpeg;base64,/, "kept as a JPEG the app made");
  await session.until(async () => (await session.execute("return document.querySelector('[data-testid=item-photo]').naturalWidth")) > 0, {
    what: "the photo drawn",
  });
  await saveScreenshot(session, "photos-reason-phone");
  assert.deepEqual(await axe(session), [], "axe with a photo");
  assert.deepEqual(await smallTargets(session), [], "touch targets with a photo");

  // Not a picture: a clear, translated error, and the photo stays as it was.
  const text = join(work, "diary.png");
  writeFileSync(text, "Dear diary, this is not a picture at all.");
  await pickFile(session, text, "photo-input", "diary.png");
  const error = await session.waitFor(by("photo-error"));
  assert.equal(await error.attribute("data-code"), "photo_invalid");
  assert.match(await error.text(), /not a photo Harbour can use/);
  assert.equal((await photos(session)).length, 1, "the photo it had is kept");

  // In Welsh, the same refusal in Welsh.
  await chooseLanguage(session, "cy");
  await pickFile(session, text, "photo-input", "diary.png");
  await session.until(async () => /llun/.test(await (await session.waitFor(by("photo-error"))).text()), {
    what: "the error in Welsh",
  });
  await chooseLanguage(session, "en-GB");

  // Taken off again.
  await click(session, "photo-remove");
  await session.until(async () => (await photos(session)).length === 0, { what: "the photo taken off" });
});
