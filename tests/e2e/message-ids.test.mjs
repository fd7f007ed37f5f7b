// The translators' message-id overlay (TRANSLATING.md): with the page reloaded
// as `?message-ids`, every translated text starts with its id, `[welcome-title]
// Welcome to Harbour`, at the start of the text in English and in Arabic (right
// to left); without it (as for everyone else) no id is on screen. Screenshots at
// phone size go to tests/e2e/artifacts/message-ids-*.png for a person to look at.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchApp, repoRoot, saveScreenshot, showMessageIds } from "./lib/app.mjs";
import { by, chooseLanguage } from "./lib/plan.mjs";

const PHONE = { width: 360, height: 740 };
const ftl = (tag) => readFileSync(join(repoRoot, "locales", tag, "harbour.ftl"), "utf8");
/** A one-line message's text in a locale's harbour.ftl. */
const message = (tag, id) => new RegExp(`^${id} = (.+)$`, "m").exec(ftl(tag))[1].trim();
/** Every message id the app has. */
const ALL_IDS = [...ftl("en-GB").matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]);

let app;
before(async () => {
  app = await launchApp();
  await app.session.setWindowRect(PHONE);
  await app.session.waitFor(by("welcome-welcome"));
});
after(async () => {
  await app?.close();
});

const heading = async (session) => (await session.waitFor("main h1")).words();

/** Every `[id]` of a real message on screen: visible text, labels, placeholders, the window's title. */
async function idsOnScreen(session) {
  const shown = await session.execute(`
    const out = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll("[placeholder], [aria-label], [title], img[alt]")) {
      for (const a of ["placeholder", "aria-label", "title", "alt"]) out.push(el.getAttribute(a) ?? "");
    }
    return out.join("\\n").replace(/[\\u2066-\\u2069]/g, "");
  `);
  return ALL_IDS.filter((id) => shown.includes(`[${id}]`));
}

/** Where the title's id tag and its text are drawn, and the heading's own edges. */
function titleBoxes(session) {
  return session.execute(`
    const h1 = document.querySelector("main h1");
    const tag = "[welcome-title]";
    const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode()) && !node.data.includes(tag));
    if (!node) return null;
    const at = node.data.indexOf(tag);
    const box = (from, to) => {
      const r = document.createRange();
      r.setStart(node, from);
      r.setEnd(node, to);
      const b = r.getClientRects()[0];
      return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
    };
    // After the tag: the closing isolation mark and a space, then the text.
    const textFrom = at + tag.length + 2;
    const cs = getComputedStyle(h1);
    const r = h1.getBoundingClientRect();
    return {
      tag: box(at, at + tag.length),
      text: box(textFrom, node.data.length),
      start: cs.direction === "rtl" ? r.right - parseFloat(cs.paddingRight) : r.left + parseFloat(cs.paddingLeft),
      dir: cs.direction,
    };
  `);
}

/** The tag comes first in reading order and starts at the heading's start edge. */
async function assertTagBeforeText(session, where) {
  const b = await titleBoxes(session);
  assert.ok(b, `${where}: the title's id is drawn`);
  const sameLine = b.text.top < b.tag.bottom - 1;
  if (b.dir === "rtl") {
    assert.ok(Math.abs(b.tag.right - b.start) <= 2, `${where}: the id starts the heading on the right: ${JSON.stringify(b)}`);
    if (sameLine) assert.ok(b.tag.left >= b.text.right - 1, `${where}: the text follows on the id's left: ${JSON.stringify(b)}`);
  } else {
    assert.ok(Math.abs(b.tag.left - b.start) <= 2, `${where}: the id starts the heading on the left: ${JSON.stringify(b)}`);
    if (sameLine) assert.ok(b.tag.right <= b.text.left + 1, `${where}: the text follows on the id's right: ${JSON.stringify(b)}`);
  }
}

test("off, as for everyone: no message id on screen", async () => {
  const { session } = app;
  assert.equal(await heading(session), message("en-GB", "welcome-title"));
  assert.deepEqual(await idsOnScreen(session), []);
});

test("on: each text shows its id in front of it", async () => {
  const { session } = app;
  await showMessageIds(session);
  await session.waitFor(by("welcome-welcome"));
  assert.equal(await heading(session), `[welcome-title] ${message("en-GB", "welcome-title")}`);
  const help = await (await session.waitFor(by("get-help-now"))).words();
  assert.equal(help.trim(), `[nav-get-help-now] ${message("en-GB", "nav-get-help-now")}`);
  const shown = await idsOnScreen(session);
  for (const id of ["welcome-title", "welcome-lead", "nav-get-help-now"]) assert.ok(shown.includes(id), `[${id}] is on screen`);
  await assertTagBeforeText(session, "en-GB");
  await saveScreenshot(session, "message-ids-en-GB-welcome");
});

test("on in Arabic: the ids stay readable at the start of the right-to-left text", async () => {
  const { session } = app;
  await chooseLanguage(session, "ar");
  assert.equal(await session.execute("return document.documentElement.dir"), "rtl");
  assert.equal(await heading(session), `[welcome-title] ${message("ar", "welcome-title")}`);
  // The id is isolated left to right, so its brackets and hyphens do not turn around.
  const raw = await session.execute(`return document.querySelector("main h1").textContent`);
  assert.ok(raw.includes("\u2066[welcome-title]\u2069"), `the id is isolated: ${JSON.stringify(raw)}`);
  await assertTagBeforeText(session, "ar");
  await saveScreenshot(session, "message-ids-ar-welcome");
});

test("off again in Arabic: no message id on screen", async () => {
  const { session } = app;
  await showMessageIds(session, false);
  await session.until(async () => (await session.execute("return document.documentElement.dir")) === "rtl", {
    what: "the app in Arabic after the reload",
  });
  assert.equal(await heading(session), message("ar", "welcome-title"));
  assert.deepEqual(await idsOnScreen(session), []);
});
