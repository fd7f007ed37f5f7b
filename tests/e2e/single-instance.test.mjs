// One Harbour per data folder: a second launch on the same folder hands over
// to the window already open and exits at once, so two processes never hold
// the same vault. A launch on another folder is another person's Harbour and
// runs on its own (the control that shows the first check can fail).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appBinary, launchApp } from "./lib/app.mjs";
import { sleep } from "./lib/webdriver.mjs";

let app;
before(async () => {
  app = await launchApp();
  await app.session.until(async () => (await app.session.bodyText()).trim().length > 0, {
    what: "the first window to show something",
  });
});
after(async () => {
  await app?.close();
});

/** Starts the app binary on `dataDir`; resolves { code, running } after at most `waitMs`. */
function launchSecond(dataDir, waitMs) {
  const child = spawn(appBinary, [], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, HARBOUR_DATA_DIR: dataDir },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const result = Promise.race([exited, sleep(waitMs).then(() => null)]);
  return { child, result, output: () => output };
}

test("a second launch on the same data folder exits at once and the first window stays", async () => {
  const second = launchSecond(app.dataDir, 20_000);
  const exit = await second.result;
  if (exit === null) second.child.kill("SIGKILL");
  assert.notEqual(exit, null, `the second launch was still running after 20 s:\n${second.output()}`);
  assert.equal(exit.code, 0, `the second launch exits cleanly:\n${second.output()}`);
  // The first one still answers.
  assert.equal(await app.session.execute("return 1 + 1"), 2);
  assert.ok((await app.session.bodyText()).trim().length > 0);
});

test("a launch on another data folder is its own Harbour and keeps running", async () => {
  const other = mkdtempSync(join(tmpdir(), "harbour-e2e-other-"));
  const second = launchSecond(other, 4_000);
  const exit = await second.result;
  second.child.kill("SIGKILL");
  assert.equal(exit, null, `a launch on another folder must not hand over:\n${second.output()}`);
});
