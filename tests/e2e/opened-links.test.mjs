// harbour:// links open the app where they are used, filled in, and nothing is
// accepted without the person's tap: an invite the app was started with lands
// on "Shared with me" once the plan is unlocked; a device link handed over by
// a second launch lands on "My devices" in the window already open; any other
// argument is ignored.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { appBinary, saveScreenshot } from "./lib/app.mjs";
import { by, firstRun, launchPlanApp, unlock } from "./lib/plan.mjs";
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
  await session.until(
    async () =>
      session.execute(
        `const r = document.querySelector(arguments[0]).getBoundingClientRect();
         return r.top >= 0 && r.bottom <= window.innerHeight;`,
        [by("device-join-code")],
      ),
    { what: "the device link field in view" },
  );
  await saveScreenshot(session, "opened-link-device-phone");
});

test("an argument that is not a Harbour link changes nothing", async () => {
  const { session } = app;
  assert.equal(await secondLaunch("https://example.org/#harbour://invite#x"), 0);
  await sleep(2000);
  assert.equal(await value(session, "device-join-code"), DEVICE);
  assert.equal((await session.findAll(by("join-link"))).length, 0, "still on My devices");
});
