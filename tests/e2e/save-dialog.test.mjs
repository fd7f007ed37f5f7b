// Saving a file asks the system's save dialog where it goes. WebDriver cannot
// reach a native dialog, so debug builds take the person's answer from
// HARBOUR_TEST_SAVE_AS: a folder (the suggested name, accepted there) or
// "cancel". The page never names a path; what is saved goes where the dialog
// said and nowhere else, readable by this user only; a cancelled dialog
// writes nothing and is not an error.

import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveScreenshot } from "./lib/app.mjs";
import { by, click, firstRun, launchPlanApp, typeInto, unlock } from "./lib/plan.mjs";

const chosen = mkdtempSync(join(tmpdir(), "harbour-e2e-chosen-"));
let app;
after(async () => {
  await app?.close();
});

async function makeBackup(session) {
  await click(session, "nav-settings");
  await typeInto(session, "backup-passphrase", "a backup passphrase");
  await click(session, "backup-create");
}

test("a backup and a PDF go where the person chose, 0600, and nowhere else", async () => {
  app = await launchPlanApp({ env: { HARBOUR_TEST_SAVE_AS: chosen } });
  const { session, exportDir } = app;
  await firstRun(session);
  await makeBackup(session);
  const notice = await session.waitFor(by("backup-created"));
  const backup = readdirSync(chosen).find((f) => /^harbour-backup-\d{4}-\d{2}-\d{2}\.harbour$/.test(f));
  assert.ok(backup, `a backup in the chosen folder: ${readdirSync(chosen)}`);
  assert.match(await notice.words(), new RegExp(backup.replace(/\./g, "\\.")));
  assert.equal(statSync(join(chosen, backup)).mode & 0o777, 0o600, "readable by this user only");
  assert.equal(readFileSync(join(chosen, "harbour-recovery-key.txt"), "utf8").split("\n")[0], "Harbour recovery key");
  assert.deepEqual(readdirSync(exportDir), [], "nothing in the default folder");
  await saveScreenshot(session, "save-dialog-backup");

  await click(session, "nav-home");
  await click(session, "open-crisis-view");
  await click(session, "save-pdf");
  await session.waitFor(by("pdf-saved"));
  const pdf = readdirSync(chosen).find((f) => f.endsWith(".pdf"));
  assert.ok(pdf, "the PDF in the chosen folder");
  assert.equal(readFileSync(join(chosen, pdf)).subarray(0, 5).toString(), "%PDF-");
  assert.equal(statSync(join(chosen, pdf)).mode & 0o777, 0o600);
  await app.close();
  app = null;
});

test("a cancelled save dialog writes nothing, says nothing is wrong and keeps what was typed", async () => {
  const first = await launchPlanApp();
  await firstRun(first.session);
  await first.close();
  app = await launchPlanApp({ dataDir: first.dataDir, env: { HARBOUR_TEST_SAVE_AS: "cancel" } });
  const { session, exportDir } = app;
  await unlock(session);
  await makeBackup(session);
  // The button is free again once the command has answered.
  await session.until(async () => (await (await session.find(by("backup-create"))).attribute("disabled")) === null, {
    what: "the backup command answered",
  });
  assert.equal((await session.findAll(by("backup-created"))).length, 0, "no file was saved");
  assert.equal((await session.findAll(".settings .error")).length, 0, "and no error is shown");
  assert.equal(await (await session.find("#backup-passphrase")).property("value"), "a backup passphrase");
  assert.deepEqual(readdirSync(exportDir), [], "nothing written anywhere");
});
