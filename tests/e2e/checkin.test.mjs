// The daily check-in, end to end in the real app:
//
// 1. On the home screen: one tap checks in (a note if the person likes); the
//    latest state and since when, and the last four weeks drawn as shapes with
//    words. Red offers the person's own crisis plan and the ask-for-help
//    signal, and sends nothing by itself.
// 2. As a supporter: Alex (the real `harbour` CLI) shares check-ins with the
//    app; the app shows "Alex’s check-in: red since today", never Alex's note.
//
// Screenshots at phone size in en-GB, Arabic and Easy Read go to
// tests/e2e/artifacts/checkin-*.png.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveScreenshot } from "./lib/app.mjs";
import { admitApp, harbour, harbourJson, joinInvite, pickFile } from "./lib/cli.mjs";
import { axe, by, chooseLanguage, click, firstRun, launchPlanApp, smallTargets, typeInto } from "./lib/plan.mjs";

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const words = async (el) => (await el.text()).replace(/[\u2066-\u2069]/g, "");

async function checkInShot(session, name) {
  await session.setWindowRect(PHONE);
  await new Promise((r) => setTimeout(r, 300));
  await session.execute(`document.querySelector('[data-testid="checkin"]')?.scrollIntoView({ block: "start" })`);
  await saveScreenshot(session, `checkin-${name}`);
}

let app;
before(async () => {
  app = await launchPlanApp();
});
after(async () => {
  await app?.close();
});

test("checking in from the home screen: one tap, the history as shapes and words, red offers the crisis plan", async () => {
  const { session } = app;
  await firstRun(session);
  await session.setWindowRect(PHONE);
  const card = await session.waitFor(by("checkin"));
  assert.equal((await session.findAll(by("checkin-latest"))).length, 0, "no state before the first check-in");

  await typeInto(session, "checkin-note", "Slept badly");
  await click(session, "checkin-amber");
  await session.waitFor(by("checkin-saved"));
  const latest = await session.waitFor(by("checkin-latest"));
  assert.equal(await latest.attribute("data-state"), "amber");
  assert.match(await words(latest), /^My latest check-in: amber, since today$/);
  assert.equal(await (await session.find(by("checkin-note"))).property("value"), "", "the note is cleared once saved");
  assert.equal((await session.findAll(by("checkin-red-offer"))).length, 0, "amber offers nothing more");

  // Four weeks, today drawn as amber, the rest as days with no check-in; the
  // chart says it in words too (for a screen reader, and without colour).
  const chart = await session.waitFor(by("checkin-chart"));
  const states = await session.execute(
    `return [...document.querySelectorAll('[data-testid="checkin-chart"] .day')].map((d) => d.dataset.state)`,
  );
  assert.equal(states.length, 28);
  assert.equal(states.at(-1), "amber");
  assert.equal(states.filter((s) => s === "none").length, 27);
  assert.match((await chart.attribute("aria-label")).replace(/[\u2066-\u2069]/g, ""), /0 green, 1 amber, 0 red, 27 days with no check-in/);

  // Red: the person's own crisis plan and the ask-for-help signal, one tap
  // away; nothing is sent until they tap.
  await click(session, "checkin-red");
  const offer = await session.waitFor(by("checkin-red-offer"));
  assert.match(await words(offer), /Nothing is sent unless you tap/);
  assert.equal((await session.findAll(by("checkin-asked"))).length, 0, "no signal sent by itself");
  await session.until(async () => (await words(await session.find(by("checkin-latest")))) === "My latest check-in: red, since today", {
    what: "the latest state turns red",
  });
  await checkInShot(session, "red-phone");
  assert.deepEqual(await axe(session), [], "axe, phone");
  assert.deepEqual(await smallTargets(session), [], "touch targets, phone");
  await session.setWindowRect(DESKTOP);
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(await axe(session), [], "axe, desktop");
  await saveScreenshot(session, "checkin-red-desktop");

  // The history as a list, newest first, with the person's own words.
  await session.execute(`document.querySelector('[data-testid="checkin"] details').open = true`);
  const recent = await words(await session.waitFor(by("checkin-recent")));
  assert.match(recent, /red[\s\S]*amber — Slept badly/);

  await click(session, "checkin-open-crisis");
  await session.waitFor(by("plan-view"));
  assert.ok(card, "the check-in card was on the home screen");
});

test("the check-in in Arabic and in Easy Read, at phone size", async () => {
  const { session } = app;
  await click(session, "nav-home");
  await chooseLanguage(session, "ar");
  await session.setWindowRect(PHONE);
  const latest = await session.waitFor(by("checkin-latest"));
  assert.match(await words(latest), /أحمر منذ اليوم/);
  assert.equal(await session.execute("return document.documentElement.dir"), "rtl");
  await checkInShot(session, "ar-phone");
  assert.deepEqual(await axe(session), [], "axe in Arabic");
  assert.deepEqual(await smallTargets(session), [], "touch targets in Arabic");

  await chooseLanguage(session, "en-GB");
  await click(session, "easy-read-bar");
  await session.until(async () => session.execute("return document.documentElement.classList.contains('easy-read')"), {
    what: "Easy Read on",
  });
  assert.match(await words(await session.waitFor(by("checkin-red"))), /Red: things are very bad/);
  await checkInShot(session, "easy-read-phone");
  assert.deepEqual(await axe(session), [], "axe in Easy Read");
  await click(session, "easy-read-bar");
});

test("a supporter given check-ins sees the latest state and since when, never the note", async () => {
  const { session, exportDir } = app;
  await chooseLanguage(session, "en-GB");
  const work = mkdtempSync(join(tmpdir(), "harbour-e2e-checkin-"));
  const alex = join(work, "alex");
  harbour(alex, ["init", "--low-memory"]);
  harbour(alex, ["plan", "set", "crisis.when_well", "Quiet, likes tea"]);
  const inv = harbourJson(alex, ["supporters", "invite", "Robin", "--sections", "crisis,checkins", "--from", "Alex"]);

  await session.setWindowRect(DESKTOP);
  await click(session, "nav-shared");
  const code = await joinInvite(session, inv.link);
  await click(session, "supporter-guide-close");
  await admitApp(session, exportDir, alex, "Robin", code);
  harbour(alex, ["checkin", "red", "--note", "NOTE-CANARY"]);
  const toRobin = join(work, "to-robin.harbour");
  harbour(alex, ["sync", "--bundle-out", toRobin]);
  await pickFile(session, toRobin);
  await click(session, "update-file-open");
  await session.waitFor(by("shared-has-changes"));
  await click(session, "shared-open");
  const line = await session.waitFor(by("shared-checkin"));
  assert.equal(await line.attribute("data-state"), "red");
  assert.equal(await words(line), "Alex’s check-in: red since today");
  const page = await session.execute("return document.body.innerText");
  assert.doesNotMatch(page, /NOTE-CANARY/, "the note never leaves Alex's devices");
  await session.setWindowRect(PHONE);
  await new Promise((r) => setTimeout(r, 300));
  await saveScreenshot(session, "checkin-supporter-phone");
  assert.deepEqual(await axe(session), [], "axe on the shared plan");
});
