// Notifications, each turned on by the person in Settings and shown only on
// this device, never with plan text:
//
// 1. A reminder to look over the plan, once a day at most, when a written part
//    has gone the chosen number of days without a review.
// 2. As a supporter: Alex (the real `harbour` CLI) shares the crisis plan with
//    the app through a real relay; when Alex asks for help, the app raises
//    "Alex has asked for help" by itself.
//
// WebDriver cannot see the system's notifications, so the test stands in for
// `window.Notification`, which the notification plugin provides and the app's
// calls go through: it records what the app asks to show. That the window may
// reach the plugin's own commands (its capability) is checked on the real IPC.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveScreenshot } from "./lib/app.mjs";
import { harbour, harbourJson, joinInvite, startRelay, turnOnSync } from "./lib/cli.mjs";
import { by, click, firstRun, launchPlanApp, typeInto, waitSaved } from "./lib/plan.mjs";

const work = mkdtempSync(join(tmpdir(), "harbour-e2e-notify-"));
let app;
let relay;
before(async () => {
  app = await launchPlanApp();
  relay = await startRelay(work);
});
after(async () => {
  await app?.close();
  await relay?.stop();
});

/** Records what the app asks to show instead of reaching the system. */
async function recordNotifications(session) {
  await session.execute(`
    window.__notified = [];
    const Recorder = function (title, options) {
      window.__notified.push({ title, body: (options || {}).body });
    };
    Recorder.permission = "granted";
    Recorder.requestPermission = async () => "granted";
    window.Notification = Recorder;
    return true;`);
}

/** What was shown, without Fluent's invisible isolation marks around names. */
const notified = async (session) =>
  (await session.execute("return window.__notified.map((n) => [n.title, n.body]);")).map((n) =>
    n.map((s) => (s ?? "").replace(/[\u2066-\u2069]/g, "")),
  );

async function choose(session, testid, value) {
  const select = await session.waitFor(by(testid));
  await session.execute(
    `const s = arguments[0]; s.value = arguments[1]; s.dispatchEvent(new Event("change", { bubbles: true }));`,
    [{ "element-6066-11e4-a52e-4f735466cecf": select.id }, value],
  );
}

test("the window may use the notification plugin's commands, and only those it needs", async () => {
  const { session } = app;
  await firstRun(session);
  const answers = await session.execute(`
    const ask = (cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args).then(
      (r) => "ok " + JSON.stringify(r),
      (e) => "refused " + String(e),
    );
    return Promise.all([
      ask("plugin:notification|is_permission_granted", {}),
      ask("plugin:notification|request_permission", {}),
      ask("plugin:notification|notify", { options: { title: "Harbour test" } }),
      ask("plugin:notification|register_action_types", { types: [] }),
    ]);`);
  const [granted, asked, shown, other] = answers;
  assert.match(granted, /^ok /);
  assert.match(asked, /^ok /);
  // No notification service runs under the test's X server: showing may fail, but never as not allowed.
  assert.doesNotMatch(shown, /not allowed/i, shown);
  assert.match(other, /not allowed/i, "a command the app does not use is refused");
});

test("a review reminder, once a day, only when turned on and a written part is due", async () => {
  const { session } = app;
  await recordNotifications(session);
  await click(session, "edit-crisis");
  await click(session, "part-well");
  await typeInto(session, "text-crisis.when_well", "Calm, likes long walks");
  await waitSaved(session);
  await click(session, "nav-settings");
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(await notified(session), [], "nothing while reminders are off");

  await choose(session, "review-reminder", "14");
  await session.until(async () => (await notified(session)).length === 1, { what: "the review reminder" });
  const [[title, body]] = await notified(session);
  assert.equal(title, "Time to look over your plan");
  assert.doesNotMatch(body, /walks/, "no plan text in a notification");
  await choose(session, "review-reminder", "30");
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal((await notified(session)).length, 1, "one reminder a day at most");
  await session.execute(`document.querySelector('[data-testid="settings-notifications"]').scrollIntoView({ block: "start" }); return true;`);
  await saveScreenshot(session, "notifications-settings");
});

test("a supporter is told, by itself, when the person asks for help", async () => {
  const { session } = app;
  await session.execute("window.__notified.length = 0; return true;");
  await click(session, "notify-signals");
  await session.until(async () => session.execute(`return document.querySelector('[data-testid="notify-signals"]').checked`), {
    what: "signals turned on",
  });

  // Sync through the relay.
  await turnOnSync(session, relay.url);

  // Alex shares the crisis plan with signals; the app joins and answers through the relay.
  const alex = join(work, "alex");
  harbour(alex, ["init", "--low-memory"]);
  harbour(alex, ["plan", "set", "crisis.when_well", "Quiet, likes tea"]);
  const inv = harbourJson(alex, ["supporters", "invite", "Robin", "--sections", "crisis", "--signals", "--from", "Alex"]);
  await click(session, "nav-home");
  await click(session, "nav-shared");
  const code = await joinInvite(session, inv.link);
  await click(session, "supporter-guide-close");
  const robin = () => harbourJson(alex, ["supporters", "list"]).find((s) => s.name === "Robin");
  await session.until(
    async () => {
      harbour(alex, ["sync", "--relay", relay.url]);
      return robin().waiting.length > 0;
    },
    { what: "Robin's answer reaching Alex", timeout: 30_000 },
  );
  harbour(alex, ["supporters", "confirm", "Robin", code]);
  harbour(alex, ["sync", "--relay", relay.url]);

  // The plan arrives by itself; Robin agrees to be told of signals.
  await click(session, "nav-home");
  await click(session, "nav-shared");
  const open = await session.waitFor(by("shared-open"), { timeout: 30_000 });
  await open.click();
  await click(session, "role-signals");
  await click(session, "role-accept");
  await session.until(
    async () => {
      harbour(alex, ["sync", "--relay", relay.url]);
      const r = robin();
      return r.role_accepted && r.signals;
    },
    { what: "Robin's yes to signals reaching Alex", timeout: 30_000 },
  );
  assert.deepEqual(await notified(session), [], "nothing before a signal");
  harbour(alex, ["ask-for-help"]);
  harbour(alex, ["sync", "--relay", relay.url]);
  await session.until(async () => (await notified(session)).length > 0, {
    what: "the notification, raised by itself when the signal arrives",
    // The app waits on the relay up to 25 s at a time, and syncs at least every minute.
    timeout: 90_000,
  });
  const [[title, body]] = await notified(session);
  assert.equal(title, "Alex has asked for help");
  assert.match(body, /Open Harbour to read Alex’s crisis plan/);
  assert.doesNotMatch(body, /tea/, "no plan text in a notification");
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal((await notified(session)).length, 1, "told once");
});
