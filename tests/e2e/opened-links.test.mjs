// harbour:// links open the app where they are used, filled in, and nothing is
// accepted without the person's tap: an invite the app was started with lands
// on "Shared with me" once the plan is unlocked; a device link handed over by
// a second launch lands on "My devices" in the window already open; any other
// argument is ignored. An update file opened from the file manager (a second
// launch with its path, as the desktop entry's %u gives it) is offered by name
// and read only when the person taps to open it.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appBinary, saveScreenshot } from "./lib/app.mjs";
import { admitApp, harbour, harbourJson, joinInvite } from "./lib/cli.mjs";
import { by, click, firstRun, launchPlanApp, unlock } from "./lib/plan.mjs";
import { sleep } from "./lib/webdriver.mjs";

const INVITE = "harbour://invite#v2.e2e-only-not-a-real-invite";
const DEVICE = "harbour://device#v1.e2e-only-not-a-real-device-link";

let app;
before(async () => {
  // A plan made first, as anyone opening an invite would have.
  const first = await launchPlanApp();
  await firstRun(first.session);
  await first.close();
  app = await launchPlanApp({ dataDir: first.dataDir, args: [INVITE] });
});
after(async () => {
  await app?.close();
});

/** The value of a text field, as the page holds it. */
async function value(session, testid) {
  return session.execute(`return document.querySelector('${by(testid)}')?.value ?? null`);
}

/** Whether the element is wholly inside the window, as a person sees it without scrolling. */
function inView(session, testid) {
  return session.execute(
    `const r = document.querySelector(arguments[0]).getBoundingClientRect();
     return r.top >= 0 && r.bottom <= window.innerHeight;`,
    [by(testid)],
  );
}

/** Starts the binary again on the same data folder, as the system does for a link. */
function secondLaunch(arg) {
  const child = spawn(appBinary, [arg], {
    stdio: "ignore",
    env: { ...process.env, HARBOUR_DATA_DIR: app.dataDir },
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code)));
}

test("an invite the app was started with waits for unlock, then is filled in and not joined", async () => {
  const { session } = app;
  await session.waitFor(by("unlock-passphrase"));
  assert.equal(await session.findAll(by("join-link")).then((l) => l.length), 0, "nothing before unlock");
  await unlock(session);
  await session.until(async () => (await value(session, "join-link")) === INVITE, {
    what: "the invite filled in on Shared with me",
  });
  assert.equal((await session.findAll(by("joined"))).length, 0, "joined without a tap");
  assert.equal((await session.findAll(by("join-error"))).length, 0);
  // As a phone shows it, for a person to look at.
  await session.setWindowRect({ width: 360, height: 740 });
  await sleep(800);
  await session.execute(`document.querySelector('${by("join-link")}').scrollIntoView({ block: "center" })`);
  await sleep(300);
  await saveScreenshot(session, "opened-link-invite-phone");

});

test("a device link from a second launch lands in the open window, filled in", async () => {
  const { session } = app;
  assert.equal(await secondLaunch(DEVICE), 0, "the second launch hands over and exits");
  await session.until(async () => (await value(session, "device-join-code")) === DEVICE, {
    what: "the device link filled in on My devices",
  });
  assert.equal((await session.findAll(by("device-joined"))).length, 0, "joined without a tap");
  // At phone size the field is below the fold: the app brings it into view.
  await session.until(() => inView(session, "device-join-code"), { what: "the device link field in view" });
  await saveScreenshot(session, "opened-link-device-phone");
});

test("an argument that is not a Harbour link changes nothing", async () => {
  const { session } = app;
  assert.equal(await secondLaunch("https://example.org/#harbour://invite#x"), 0);
  await sleep(2000);
  assert.equal(await value(session, "device-join-code"), DEVICE);
  assert.equal((await session.findAll(by("join-link"))).length, 0, "still on My devices");
});

test("an update file opened from the file manager is offered by name, and read only on a tap", async () => {
  const { session, exportDir } = app;
  // Alex (the real CLI) shares the crisis plan with the app, and sends an update file.
  const work = mkdtempSync(join(tmpdir(), "harbour-e2e-file-"));
  const alex = join(work, "alex");
  harbour(alex, ["init", "--low-memory"]);
  const inv = harbourJson(alex, ["supporters", "invite", "Robin", "--sections", "crisis", "--from", "Alex"]);
  await session.setWindowRect({ width: 1280, height: 800 });
  await sleep(500);
  await click(session, "nav-home");
  await click(session, "nav-shared");
  const code = await joinInvite(session, inv.link);
  await click(session, "supporter-guide-close");
  await admitApp(session, exportDir, alex, "Robin", code);
  harbour(alex, ["plan", "set", "crisis.when_well", "FILE-CANARY likes the sea"]);
  const downloads = join(work, "My Downloads");
  mkdirSync(downloads);
  const file = join(downloads, "from Alex.harbour");
  harbour(alex, ["sync", "--bundle-out", file]);

  await click(session, "nav-home");
  await session.setWindowRect({ width: 360, height: 740 });
  await sleep(800);
  assert.equal(await secondLaunch(file), 0, "the second launch hands the file over and exits");
  const offer = await session.waitFor(by("opened-file"));
  assert.match(await offer.words(), /You opened the file “from Alex\.harbour” from your files/);
  assert.equal(await session.execute("return document.body.innerText.includes('FILE-CANARY')"), false, "nothing read yet");
  // At phone size the offer is far down "Shared with me": the app brings it into view.
  await session.until(() => inView(session, "opened-file"), { what: "the offer in view" });
  await saveScreenshot(session, "opened-file-phone");
  await click(session, "opened-file-open");
  await session.until(async () => /received/.test(await (await session.waitFor(by("update-file-result"))).words()), {
    what: "the update file opened",
  });
  assert.equal((await session.findAll(by("opened-file"))).length, 0, "offered once");
  await click(session, "shared-open");
  await session.until(async () => (await session.execute("return document.body.innerText")).includes("FILE-CANARY"), {
    what: "Alex's words from the file",
  });
});

test("a backup or any other file opened the same way changes nothing", async () => {
  const { session } = app;
  const work = mkdtempSync(join(tmpdir(), "harbour-e2e-notupdate-"));
  const backup = join(work, "harbour-backup-2026-12-07.harbour");
  writeFileSync(backup, "HARBOUR-BACKUP\n\0 not an update file");
  await click(session, "nav-home");
  assert.equal(await secondLaunch(backup), 0);
  assert.equal(await secondLaunch(join(work, "missing.harbour")), 0);
  await sleep(2000);
  assert.equal((await session.findAll(by("update-files"))).length, 0, "still on the home screen");
  assert.equal((await session.findAll(by("opened-file"))).length, 0, "no offer for a file that is not an update file");
});
