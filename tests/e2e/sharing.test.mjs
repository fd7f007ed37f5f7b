// Sharing, end to end: the real app and a second vault driven by the real
// `harbour` CLI (target/debug/harbour), exchanging invite and update files.
//
// 1. The person (the app) writes a plan, invites Sam sharing the crisis plan
//    only (the preview shows exactly that), saves the invite to a file; Sam's
//    CLI joins and answers; the app lists Sam as waiting and shares nothing
//    until the person types the code Sam's app shows (a wrong code is refused,
//    in words, and Sam still has nothing); then Sam reads the crisis plan and
//    not the triggers; Sam replies, and the reply shows in the app; then the
//    person stops sharing, and Sam's copy is removed.
// 2. The app as a supporter: Alex's CLI invites, the app joins by pasting the
//    link and shows its code; Alex's CLI confirms that code, the app opens
//    Alex's update file, reads the crisis plan, accepts its role and replies;
//    Alex's CLI sees the reply.
// 3. Devices: a laptop (the CLI) joins with the app's device code; the app
//    admits it only once the laptop's code is typed.
//
// Screenshots of each sharing screen at phone and desktop size go to
// tests/e2e/artifacts/ (sharing-*.png), the confirmation step in Arabic too.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, saveScreenshot } from "./lib/app.mjs";
import { harbour, harbourJson, newest, pickFile, startRelay, turnOnSync } from "./lib/cli.mjs";
import { axe, by, chooseLanguage, click, firstRun, launchPlanApp, ref, smallTargets, typeInto, waitSaved } from "./lib/plan.mjs";

const SIZES = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };

const work = mkdtempSync(join(tmpdir(), "harbour-e2e-sharing-"));

const text = async (session, css) => (await (await session.waitFor(css)).text()).replace(/[\u2066-\u2069]/g, "");

/** Screenshots at phone and desktop size, scrolled to `testid` if given (else where the screen is). */
async function shots(session, name, testid) {
  for (const [size, rect] of Object.entries(SIZES)) {
    await session.setWindowRect(rect);
    await new Promise((r) => setTimeout(r, 300));
    if (testid) await session.execute(`document.querySelector('[data-testid="${testid}"]')?.scrollIntoView({ block: "start" })`);
    await saveScreenshot(session, `sharing-${name}-${size}`);
  }
}

/** axe-core and the 44 px check on the screen as it is, at phone and desktop size. */
async function assertAccessible(session, where) {
  for (const [size, rect] of Object.entries(SIZES)) {
    await session.setWindowRect(rect);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await axe(session), [], `axe at ${where}, ${size}`);
    assert.deepEqual(await smallTargets(session), [], `touch targets at ${where}, ${size}`);
  }
}

/**
 * Saves an update file from the app and returns its path: waits for the new
 * file itself (the "Saved" notice may still be there from the last save).
 */
async function saveUpdate(session, dir) {
  const count = () => readdirSync(dir).filter((n) => n.startsWith("harbour-update-")).length;
  const before = count();
  await click(session, "update-file-save");
  await session.until(async () => count() > before, { what: "a new update file" });
  await session.waitFor(by("update-file-saved"));
  return newest(dir, "harbour-update-");
}

/** Empties a field the way typing would (Svelte listens for "input"). */
async function clearField(session, el) {
  await session.execute(
    `const el = arguments[0]; el.value = ""; el.dispatchEvent(new Event("input", { bubbles: true })); return true;`,
    [ref(el)],
  );
}

/** The page's text holds `code` ("123 456") nowhere, with its space or without. */
async function assertCodeNotShown(session, code, what) {
  assert.match(code, /^\d{3} \d{3}$/, what);
  const [a, b] = code.split(" ");
  assert.doesNotMatch(await session.bodyText(), new RegExp(`${a}\\s?${b}`), `${what} is nowhere on the page`);
}

/** A code that is not `code` ("123 456" form). */
const wrongCode = (code) => (code === "000 000" ? "111 111" : "000 000");

/** The error code a failed `harbour --json` printed on stderr, or undefined if it printed none. */
function errorCode(e) {
  try {
    return JSON.parse(e.stderr).code;
  } catch {
    return undefined;
  }
}

/**
 * What a supporter's CLI has of `person`'s plan: the JSON of `shared show`
 * (once joined, the shared sections, empty until the plan arrives), or null
 * if `person` shares nothing with this vault (`person_not_found`). Any other
 * failure is thrown.
 */
function sharedShow(vault, person) {
  try {
    return harbourJson(vault, ["shared", "show", person]);
  } catch (e) {
    if (errorCode(e) === "person_not_found") return null;
    throw e;
  }
}

/** The supporter has joined `person` (so `shared show` answers) and has nothing of the plan yet. */
function assertNothingShared(vault, person, why) {
  const shown = sharedShow(vault, person);
  assert.ok(shown, `${why}: ${person} shares with this vault, so \`shared show\` answers`);
  assert.equal(shown.person, person);
  assert.ok(shown.view.sections.length > 0, `${why}: the offered sections are listed: ${JSON.stringify(shown)}`);
  const filled = shown.view.sections.flatMap((s) => s.fields).filter((f) => f.text !== "" || f.items.length > 0);
  assert.deepEqual(filled, [], `${why}: ${JSON.stringify(shown)}`);
  assert.doesNotMatch(JSON.stringify(shown), /Chatty/, why);
}

/** The app's processes: the binary and every process it started (WebKit's web and network processes). */
function appProcesses() {
  const binary = process.env.HARBOUR_APP_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(repoRoot, "target"), "debug", "harbour-app");
  const parents = new Map();
  const roots = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      parents.set(pid, stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0] === binary) roots.push(pid);
    } catch {
      // the process ended while we looked
    }
  }
  const all = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) if (all.has(ppid) && !all.has(pid)) all.add(pid), (grew = true);
  }
  return { roots, all: [...all] };
}

/** Remote addresses of the app's sockets that are connected to anything but this machine. */
function outsideConnections(pids) {
  const inodes = new Set();
  for (const pid of pids) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) inodes.add(m[1]);
      }
    } catch {
      // gone, or not ours to read
    }
  }
  const loopback = (hex) =>
    /^[0-9A-F]{6}7F$/.test(hex) || hex === "00000000000000000000000001000000" || /^0000000000000000FFFF0000[0-9A-F]{6}7F$/.test(hex);
  const found = [];
  for (const table of ["tcp", "tcp6", "udp", "udp6"]) {
    for (const line of readFileSync(`/proc/net/${table}`, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10 || !inodes.has(cols[9])) continue;
      const [addr, port] = cols[2].split(":");
      if (/^0+$/.test(addr) && /^0+$/.test(port)) continue; // not connected
      if (!loopback(addr)) found.push(`${table} ${cols[2]}`);
    }
  }
  return found;
}


let app;
before(async () => {
  app = await launchPlanApp();
});
after(async () => {
  await app?.close();
});

test("the person invites Sam to the crisis plan only; Sam's CLI reads it, replies, and is revoked", async () => {
  const { session, exportDir } = app;
  await firstRun(session);

  // A plan with a crisis part and a trigger that must not reach Sam.
  await click(session, "section-triggers");
  await typeInto(session, "add-triggers.triggers", "CANARY-TRIGGER loud arguments");
  await click(session, "add-button-triggers.triggers");
  await waitSaved(session);
  await click(session, "back-home");
  await click(session, "edit-crisis");
  await click(session, "part-well");
  await typeInto(session, "text-crisis.when_well", "Chatty and likes jokes");
  await waitSaved(session);
  await click(session, "back-home");

  // Invite Sam: the crisis plan is chosen, the preview shows it and nothing else.
  await click(session, "nav-supporters");
  await session.waitFor(by("supporters-empty"));
  await click(session, "invite-start");
  await typeInto(session, "invite-name", "Sam");
  await typeInto(session, "invite-from", "Alex");
  assert.equal(await (await session.find(by("share-crisis"))).property("checked"), true);
  assert.equal(await (await session.find(by("share-triggers"))).property("checked"), false);
  await session.until(async () => (await text(session, by("share-preview"))).includes("Chatty and likes jokes"), {
    what: "the preview of the crisis plan",
  });
  assert.ok(!(await text(session, by("share-preview"))).includes("CANARY"), "the preview leaves the triggers out");
  // Ticking triggers would show them in the preview; untick again.
  await click(session, "share-triggers");
  await session.until(async () => (await text(session, by("share-preview"))).includes("CANARY-TRIGGER"), {
    what: "the preview follows the toggles",
  });
  await click(session, "share-triggers");
  await session.until(async () => !(await text(session, by("share-preview"))).includes("CANARY"), {
    what: "triggers gone from the preview",
  });
  await shots(session, "invite-form", "share-preview");
  await click(session, "invite-create");

  const result = await session.waitFor(by("invite-result"));
  const link = await (await session.find(by("invite-link"))).property("value");
  assert.match(link, /^harbour:\/\/invite#[A-Za-z0-9_-]+$/);
  const qr = await (await session.find(by("invite-qr"))).attribute("src");
  assert.match(qr, /^data:image\/svg\+xml;base64,/);
  assert.equal(
    await session.execute(`return document.querySelector('[data-testid="invite-qr"]').naturalWidth > 0`),
    true,
    "the QR code image renders",
  );
  await click(session, "invite-save");
  await session.waitFor(by("invite-saved"));
  const inviteFile = newest(exportDir, "harbour-invite-");
  assert.equal(readFileSync(inviteFile, "utf8").trim(), link);
  assert.equal((await session.findAll(by("supporter"))).length, 1);
  assert.equal(await (await session.find(by("supporter"))).attribute("data-state"), "invited");
  await shots(session, "invite-ready", "invite-qr");

  // Sam joins with the saved file and answers with an update file; the app
  // then lists Sam as waiting and asks for the code Sam's app shows.
  const sam = join(work, "sam");
  harbour(sam, ["init", "--low-memory"]);
  const joined = harbourJson(sam, ["join", inviteFile]);
  assert.equal(joined.person, "Alex");
  assert.deepEqual(joined.sections, ["crisis"]);
  assert.match(joined.code, /^\d{3} \d{3}$/);
  assert.equal((await session.findAll(by("supporter-code"))).length, 0, "no code before Sam's app answers");
  const answer = join(work, "sam-answer.harbour");
  harbour(sam, ["sync", "--bundle-out", answer]);
  await pickFile(session, answer);
  await click(session, "update-file-open");
  await session.until(async () => (await (await session.find(by("supporter"))).attribute("data-state")) === "waiting", {
    what: "Sam waiting for the code",
  });
  assert.match(await text(session, by("supporter-state")), /waiting for you to type their code/);
  assert.match(await text(session, by("supporter-confirm")), /read you the code their app shows/);
  assert.equal((await session.findAll(by("supporter-code"))).length, 0, "the app never shows the code it asks for");
  await assertCodeNotShown(session, joined.code, "the code Sam's app shows");
  assert.equal((await session.findAll(by("supporter-answers-warning"))).length, 0, "one answer: no warning");
  const codeInput = await session.find(by("confirm-code"));
  assert.equal(await codeInput.attribute("inputmode"), "numeric");
  assert.equal(await codeInput.attribute("autocomplete"), "one-time-code");
  await shots(session, "confirm", "supporter-confirm");

  // A wrong code: refused in words, Sam stays waiting, and nothing reaches Sam.
  await typeInto(session, "confirm-code", wrongCode(joined.code));
  await click(session, "confirm-submit");
  assert.match(await text(session, by("confirm-error")), /That code does not match\. Nothing was shared\./);
  assert.equal(await (await session.find(by("supporter"))).attribute("data-state"), "waiting");
  await shots(session, "confirm-wrong", "supporter-confirm");
  await assertAccessible(session, "supporters: waiting, wrong code");
  await chooseLanguage(session, "ar");
  assert.equal(await session.execute("return document.documentElement.dir"), "rtl");
  await shots(session, "confirm-wrong-ar", "supporter-confirm");
  await chooseLanguage(session, "en-GB");
  const early = await saveUpdate(session, exportDir);
  assert.ok(!readFileSync(early).includes(Buffer.from("Chatty")), "the update file is encrypted");
  harbourJson(sam, ["sync", "--bundle-in", early]);
  // Sam's app knows which sections were offered, and nothing in them.
  assertNothingShared(sam, "Alex", "nothing shared before the code");
  assert.deepEqual(
    harbourJson(sam, ["shared", "list"]).map((p) => p.received),
    [false],
    "Sam has received nothing of Alex's plan",
  );

  // The right code (typed without its space): Sam is admitted.
  const codeField = await session.find(by("confirm-code"));
  await clearField(session, codeField);
  await codeField.type(joined.code.replace(" ", ""));
  await click(session, "confirm-submit");
  await session.waitFor(by("supporter-confirmed"));
  assert.equal(await (await session.find(by("supporter"))).attribute("data-state"), "active");
  assert.equal((await session.findAll(by("supporter-confirm"))).length, 0);
  await shots(session, "confirmed", "supporter");

  // The person saves an update file; Sam reads it: the crisis plan, not the triggers.
  const update = await saveUpdate(session, exportDir);
  assert.ok(!readFileSync(update).includes(Buffer.from("CANARY")), "the update file is encrypted");
  const received = harbourJson(sam, ["sync", "--bundle-in", update]);
  assert.ok(received.bundle_in.accepted >= 1, JSON.stringify(received));
  assert.equal(received.bundle_in.refused.length, 0, JSON.stringify(received));
  const shown = harbour(sam, ["shared", "show", "Alex"]);
  assert.match(shown, /Chatty and likes jokes/);
  assert.doesNotMatch(shown, /CANARY/);

  // Sam replies; the reply arrives in the app from Sam's update file.
  harbour(sam, ["reply", "Alex", "Call me any time"]);
  const toAlex = join(work, "to-alex.harbour");
  harbour(sam, ["sync", "--bundle-out", toAlex]);
  await pickFile(session, toAlex);
  await click(session, "update-file-open");
  await session.until(async () => /received/.test(await text(session, by("update-file-result"))), {
    what: "the update file read",
  });
  await session.until(async () => (await session.findAll(by("supporter-reply"))).length === 1, { what: "Sam's reply" });
  assert.equal(await text(session, by("supporter-reply")), "Call me any time");
  assert.equal(await (await session.find(by("supporter"))).attribute("data-state"), "active");
  assert.match(await text(session, by("supporter-synced")), /Last update from them/);
  assert.equal(await (await session.find(by("supporter-read"))).attribute("data-read"), "not_yet", "Sam's CLI has not marked it read");
  await shots(session, "supporters", "supporters");

  // Stop sharing: the honest words first, then Sam's copy goes with the next update.
  await click(session, "revoke");
  await shots(session, "revoke-confirm");
  await click(session, "revoke-confirm");
  const revoked = await text(session, by("revoke-result"));
  assert.match(revoked, /stopped sharing with Sam/);
  assert.match(revoked, /may stay with them/);
  await session.waitFor(by("supporter-revoked"));
  const last = await saveUpdate(session, exportDir);
  const gone = harbourJson(sam, ["sync", "--bundle-in", last]);
  assert.deepEqual(gone.bundle_in.revoked, ["Alex"]);
  assert.deepEqual(harbourJson(sam, ["shared", "list"]), []);
});

test("the app as a supporter: join by link, read Alex's crisis plan, accept the role and reply", async () => {
  const { session, exportDir } = app;
  const alex = join(work, "alex");
  harbour(alex, ["init", "--low-memory"]);
  harbour(alex, ["plan", "set", "crisis.when_well", "Quiet, likes tea and crosswords"]);
  harbour(alex, ["plan", "add", "triggers.triggers", "CANARY-ALEX-TRIGGER"]);
  const inv = harbourJson(alex, ["supporters", "invite", "Robin", "--sections", "crisis", "--from", "Alex", "--signals"]);

  await session.setWindowRect(SIZES.desktop);
  await click(session, "nav-home");
  await click(session, "nav-shared");
  await session.waitFor(by("shared-empty"));
  // A pasted link with words around it still works.
  await typeInto(session, "join-link", `Here is my invite: ${inv.link} `);
  await click(session, "join-button");
  const code = await (await session.waitFor(by("joined-code"))).attribute("data-code");
  assert.match(code, /^\d{3} \d{3}$/);
  assert.ok((await text(session, by("joined-code"))).includes(code), "the app shows its code, to read to Alex");
  await session.waitFor(by("shared-person"));
  await shots(session, "joined-code", "joined");
  // The code stays on Robin's list until Alex's plan arrives, for when Alex calls later.
  assert.equal(await (await session.find(by("shared-code"))).attribute("data-code"), code);

  // The app's answer goes to Alex, who admits it by typing the code the app shows.
  harbour(alex, ["sync", "--bundle-in", await saveUpdate(session, exportDir)]);
  assert.equal(harbourJson(alex, ["supporters", "list"])[0].joined, false, "not admitted before the code");
  harbour(alex, ["supporters", "confirm", "Robin", code]);
  const answered = harbourJson(alex, ["supporters", "list"]);
  assert.equal(answered[0].joined, true);
  assert.equal(answered[0].confirmation_code, code, "the same confirmation code");

  const toRobin = join(work, "to-robin.harbour");
  harbour(alex, ["sync", "--bundle-out", toRobin]);
  await pickFile(session, toRobin);
  await click(session, "update-file-open");
  await session.until(async () => /received/.test(await text(session, by("update-file-result"))), {
    what: "Alex's update read",
  });
  await session.waitFor(by("shared-has-changes"));
  assert.equal((await session.findAll(by("shared-code"))).length, 0, "no code once the plan is here");
  await shots(session, "shared-list", "shared-with-me");
  await click(session, "shared-open");
  await session.until(async () => (await text(session, by("shared-plan"))).includes("Quiet, likes tea and crosswords"), {
    what: "Alex's crisis plan",
  });
  assert.doesNotMatch(await session.bodyText(), /CANARY/);
  await click(session, "shared-mark-read");
  await session.waitFor(by("shared-nothing-changed"));

  await typeInto(session, "role-availability", "Evenings and weekends");
  await click(session, "role-signals");
  await click(session, "role-accept");
  await session.waitFor(by("role-accepted"));
  await typeInto(session, "reply-text", "I am here for you");
  await click(session, "reply-send");
  await session.waitFor(by("reply-queued"));
  await shots(session, "shared-plan", "shared-with-me");

  // The supporter's update goes back to Alex.
  await click(session, "shared-back");
  const back = await saveUpdate(session, exportDir);
  harbour(alex, ["sync", "--bundle-in", back]);
  const sups = harbourJson(alex, ["supporters", "list"]);
  assert.equal(sups[0].name, "Robin");
  assert.equal(sups[0].joined, true);
  assert.equal(sups[0].role_accepted, true);
  assert.equal(sups[0].availability, "Evenings and weekends");
  assert.deepEqual(sups[0].notes, ["I am here for you"]);
  assert.equal(sups[0].read, "latest", "the app marked Alex's plan as read");

  // An edit by Alex shows as changed since last read.
  harbour(alex, ["plan", "set", "crisis.when_well", "Quiet, likes tea, crosswords and the radio"]);
  harbour(alex, ["sync", "--bundle-out", toRobin]);
  await pickFile(session, toRobin);
  await click(session, "update-file-open");
  await session.waitFor(by("shared-has-changes"));
  await click(session, "shared-open");
  const changed = await text(session, by("shared-changed"));
  assert.match(changed, /What I’m like when I’m well/);

  // Alex asks for help: a calm notice, what it does not do, the crisis plan one tap away.
  const asked = harbourJson(alex, ["ask-for-help"]);
  assert.equal(asked.supporters, 1, "Robin agreed to signals");
  harbour(alex, ["sync", "--bundle-out", toRobin]);
  await click(session, "shared-back");
  await pickFile(session, toRobin);
  await click(session, "update-file-open");
  const signal = await session.waitFor(`${by("shared-person")} ${by("shared-signal")}`);
  assert.equal(await signal.attribute("data-kind"), "ask_for_help");
  const words = (await signal.text()).replace(/[\u2066-\u2069]/g, "");
  assert.match(words, /Alex has asked for help/);
  assert.match(words, /does not call emergency services/);
  await shots(session, "signal", "shared-with-me");
  await click(session, "shared-open-crisis");
  await session.until(async () => (await text(session, by("shared-plan"))).includes("crosswords and the radio"), {
    what: "the crisis plan, one tap from the signal",
  });
  // Reading it marks the signal as seen.
  await click(session, "shared-mark-read");
  await click(session, "shared-back");
  await session.waitFor(by("shared-person"));
  assert.equal((await session.findAll(by("shared-signal"))).length, 0);
});

test("Devices, and no network connection while sync is off", async () => {
  const { session } = app;
  // After all the sharing above, with sync off, the app has connected to nothing outside this machine.
  const procs = appProcesses();
  assert.ok(procs.roots.length >= 1, "the app's process was found");
  assert.deepEqual(outsideConnections(procs.all), [], "no network connection while sync is off");

  await click(session, "nav-home");
  await click(session, "nav-devices");
  await session.waitFor(by("devices"));
  await click(session, "device-link-start");
  const code = await (await session.waitFor(by("device-link-code"))).property("value");
  assert.match(code, /^harbour:\/\/device#/);
  await session.until(async () => (await session.findAll(by("device"))).length >= 1, { what: "this device listed" });

  // A laptop (the CLI) joins with the code and answers; the app admits it
  // only once the person types the code the laptop shows; files go back and
  // forth; the app then lists it with that confirmation code.
  const laptop = join(work, "laptop");
  harbour(laptop, ["init", "--low-memory"]);
  const linked = harbourJson(laptop, ["devices", "join", code, "--name", "laptop"]);
  const fromLaptop = async (file) => {
    harbour(laptop, ["sync", "--bundle-out", file]);
    await pickFile(session, file);
    await click(session, "update-file-open");
    await session.waitFor(by("update-file-result"));
  };
  const toLaptop = async () => harbour(laptop, ["sync", "--bundle-in", await saveUpdate(session, app.exportDir)]);
  await fromLaptop(join(work, "laptop-1.harbour")); // its answer
  await session.until(async () => (await session.findAll(by("device-waiting"))).length === 1, { what: "the laptop, waiting" });
  assert.equal((await session.findAll(by("device-code"))).length, 0, "the app never shows the code it asks for");
  await assertCodeNotShown(session, linked.confirmation_code, "the code the laptop shows");
  await shots(session, "device-confirm", "device-confirm");
  await toLaptop(); // nothing for the laptop yet
  assert.doesNotMatch(harbour(laptop, ["plan", "show"]), /Chatty and likes jokes/, "no plan before the code");
  await typeInto(session, "device-confirm-code", wrongCode(linked.confirmation_code));
  await click(session, "device-confirm-submit");
  assert.match(await text(session, by("device-confirm-error")), /does not match/);
  await chooseLanguage(session, "ar");
  await shots(session, "device-confirm-wrong-ar", "device-confirm");
  await chooseLanguage(session, "en-GB");
  const deviceField = await session.find(by("device-confirm-code"));
  await clearField(session, deviceField);
  await deviceField.type(linked.confirmation_code);
  await click(session, "device-confirm-submit");
  await session.waitFor(by("device-confirmed"));
  assert.equal((await session.findAll(by("device-waiting"))).length, 0);
  await toLaptop(); // the keyring and plan
  assert.match(harbour(laptop, ["plan", "show"]), /Chatty and likes jokes/, "the plan reached the laptop");
  await fromLaptop(join(work, "laptop-2.harbour")); // it says hello in the group
  await toLaptop();
  await session.until(async () => (await session.findAll(by("device-code"))).length === 1, { what: "the laptop, with its code" });
  assert.ok((await text(session, by("device-code"))).includes(linked.confirmation_code), "the same confirmation code");
  await shots(session, "devices", "devices");

  await click(session, "nav-settings");
  const state = await session.waitFor(by("sync-state"));
  assert.equal(await state.attribute("data-enabled"), "false");
  await shots(session, "sync-off", "sync-settings");
});

test("sync through a real relay: the app turns sync on, Kit's CLI receives the plan and its reply comes back", async () => {
  const { session } = app;
  const relay = await startRelay(work);
  try {
    // Invite Kit from the app; Kit's CLI joins.
    await click(session, "nav-home");
    await click(session, "nav-supporters");
    await click(session, "invite-start");
    await typeInto(session, "invite-name", "Kit");
    await typeInto(session, "invite-from", "Alex");
    await click(session, "invite-create");
    await session.waitFor(by("invite-result"));
    const link = await (await session.find(by("invite-link"))).property("value");
    const kit = join(work, "kit");
    harbour(kit, ["init", "--low-memory"]);
    const kitJoined = harbourJson(kit, ["join", link]);
    // Kit's app answers through the relay before the person's sync is on.
    harbour(kit, ["sync", "--relay", relay.url]);

    // Turn sync on: the app syncs at once and says so.
    await click(session, "nav-settings");
  await turnOnSync(session, relay.url);
    await shots(session, "sync-on", "sync-settings");

    // Kit's answer came through the relay: Kit waits for the person to type
    // the code Kit's app shows, and gets nothing before.
    await click(session, "nav-home");
    await click(session, "nav-supporters");
    const kitCard = '[data-testid="supporter"][data-name="Kit"]';
    await session.until(async () => (await (await session.waitFor(kitCard)).attribute("data-state")) === "waiting", {
      what: "Kit waiting for the code",
      timeout: 20_000,
    });
    harbour(kit, ["sync", "--relay", relay.url]);
    assertNothingShared(kit, "Alex", "nothing reaches Kit before the code");
    await (await session.find(`${kitCard} ${by("confirm-code")}`)).type(kitJoined.code);
    await (await session.find(`${kitCard} ${by("confirm-submit")}`)).click();
    await session.waitFor(`${kitCard}[data-state="active"]`);

    // Kit receives the crisis plan through the relay (the app sends it by
    // itself, moments after the code), and replies.
    await session.until(
      async () => {
        harbour(kit, ["sync", "--relay", relay.url]);
        return /Chatty and likes jokes/.test(JSON.stringify(sharedShow(kit, "Alex")));
      },
      { what: "the plan reaching Kit once the code is typed", timeout: 30_000 },
    );
    harbour(kit, ["reply", "Alex", "Got it through the relay"]);
    harbour(kit, ["sync", "--relay", relay.url]);

    // The app picks the reply up by itself: it waits on the relay for news.
    await click(session, "nav-home");
    await click(session, "nav-supporters");
    await session.until(
      async () => {
        for (const el of await session.findAll(by("supporter-reply"))) if ((await el.text()) === "Got it through the relay") return true;
        return false;
      },
      { what: "Kit's reply, arriving by itself through the relay", timeout: 30_000 },
    );
    assert.equal(await (await session.find(by("sync-indicator"))).attribute("data-state"), "synced");

    // An edit in the app goes out by itself within moments.
    await click(session, "nav-home");
    await click(session, "edit-crisis");
    await click(session, "part-well");
    await typeInto(session, "text-crisis.when_well", " Loves tea.");
    await waitSaved(session);
    await session.until(
      async () => {
        harbour(kit, ["sync", "--relay", relay.url]);
        return /Loves tea/.test(harbour(kit, ["shared", "show", "Alex"]));
      },
      { what: "the edit reaching Kit without Sync now", timeout: 30_000 },
    );

    // With the relay gone, the status says so, with the reason, and nothing is lost.
    await relay.stop();
    await click(session, "nav-settings");
    await click(session, "sync-now");
    await session.until(async () => (await (await session.find(by("sync-status"))).attribute("data-state")) === "offline", {
      what: "the offline state",
    });
    const reason = await session.waitFor(by("sync-error"));
    assert.match(await reason.words(), /could not reach the relay/, "an unreachable relay is said as such");
    await shots(session, "sync-error", "sync-settings");
    // The app bar says so on every screen, not only in Settings.
    await click(session, "nav-home");
    assert.equal(await (await session.waitFor(by("sync-indicator"))).attribute("data-state"), "offline");
    await shots(session, "sync-indicator-offline");
  } finally {
    await relay.stop();
  }
});
