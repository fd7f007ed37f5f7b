// The pseudo-locales at phone size (360×740): en-XA (en-GB accented and about
// 40 % longer, in `[!! … !!]`) on the first run and every main screen, with no
// text cut off; then ar-XB, which must turn the page right to left and mirror
// it. Screenshots go to tests/e2e/artifacts/pseudo-*.png for a person to look at.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveScreenshot } from "./lib/app.mjs";
import { by, chooseLanguage, click, firstRun, launchPlanApp } from "./lib/plan.mjs";

const PHONE = { width: 360, height: 740 };

let app;
before(async () => {
  // Chosen before the first run, as if picked on the welcome screen.
  const dataDir = mkdtempSync(join(tmpdir(), "harbour-e2e-pseudo-"));
  writeFileSync(join(dataDir, "preferences.json"), JSON.stringify({ locale: "en-XA", easy_read: false }));
  app = await launchPlanApp({ dataDir });
  await app.session.setWindowRect(PHONE);
});
after(async () => {
  await app?.close();
});

/**
 * Visible text cut off on screen: an element with its own text whose content
 * is wider (or, with overflow hidden, taller) than its box, text that runs
 * past the window's edges, or a page that scrolls sideways. Text inside an
 * element that scrolls by design (overflow auto/scroll) and screen-reader-only
 * text are left out.
 */
async function clipped(session) {
  return session.execute(`
    const out = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw + 1) {
      out.push("the page scrolls sideways by " + (document.documentElement.scrollWidth - vw) + "px");
    }
    const scrolls = (v) => v === "auto" || v === "scroll";
    const name = (el) =>
      el.tagName.toLowerCase() + (el.dataset.testid ? '[data-testid="' + el.dataset.testid + '"]' : el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
    for (const el of document.querySelectorAll("body *")) {
      if (el.getClientRects().length === 0 || el.closest(".visually-hidden, .skip-link, script, style, option")) continue;
      const control = /^(SELECT|INPUT|TEXTAREA)$/.test(el.tagName);
      const own = control
        ? (el.value ?? "")
        : [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
      if (!own && !control) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === "hidden") continue;
      let scroller = false;
      for (let a = el; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (scrolls(s.overflowX) || scrolls(s.overflowY)) scroller = true;
      }
      if (scroller) continue;
      const what = name(el) + ' "' + own.slice(0, 40) + '"';
      // A control's own text scrolls inside it by design; only its box must stay on screen.
      if (!control && cs.display !== "inline" && !scrolls(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) {
        out.push(what + ": " + el.scrollWidth + "px of text in " + el.clientWidth + "px");
      }
      if (!control && (cs.overflowY === "hidden" || cs.overflowY === "clip") && el.scrollHeight > el.clientHeight + 1) {
        out.push(what + ": " + el.scrollHeight + "px high in " + el.clientHeight + "px");
      }
      for (const r of el.getClientRects()) {
        if (r.width > 0 && (r.right > vw + 1 || r.left < -1)) {
          out.push(what + ": runs past the window (" + Math.round(r.left) + " to " + Math.round(r.right) + " of " + vw + ")");
          break;
        }
      }
    }
    return out;
  `);
}

/** English letters in visible text: a message that is not in the pseudo-locale. */
async function plainEnglish(session) {
  return session.execute(`
    return document.querySelector("main").innerText.split("\\n").map((l) => l.trim())
      .filter((l) => /[A-Za-z]{3,}/.test(l.replace(/[\\u2066-\\u2069]/g, "")))
      .slice(0, 10);
  `);
}

const problems = [];
async function check(session, where, { pseudoText = true } = {}) {
  await session.waitFor("main h1, main h2");
  await new Promise((r) => setTimeout(r, 300));
  for (const p of await clipped(session)) problems.push(`${where}: ${p}`);
  if (pseudoText) {
    const body = await session.bodyText();
    assert.match(body, /\[!! /, `${where}: the pseudo-locale's text is shown`);
  }
  await saveScreenshot(session, `pseudo-${where}`);
}

test("en-XA: the first run and every main screen, nothing cut off at phone size", async () => {
  const { session } = app;
  // The saved choice is applied once the app has read its preferences.
  await session.until(async () => (await session.execute("return document.documentElement.lang")) === "en-XA", {
    what: "the app in en-XA",
  });
  assert.equal(await session.execute("return document.documentElement.dir"), "ltr");
  await firstRun(session, { onStep: (step) => check(session, `en-XA-welcome-${step}`) });

  // The language list offers the pseudo-locales last, in their own labelled group.
  const list = await session.execute(`
    const s = document.querySelector('[data-testid="language-bar"]');
    const group = s.querySelector("optgroup");
    return { last: [...s.options].slice(-2).map((o) => o.value), group: group?.label ?? "", inGroup: [...(group?.children ?? [])].map((o) => o.value) };
  `);
  assert.deepEqual(list.last, ["en-XA", "ar-XB"]);
  assert.deepEqual(list.inGroup, ["en-XA", "ar-XB"]);
  assert.match(list.group, /\[!! /, "the group's label is a message (here in the pseudo-locale)");

  const home = async () => {
    await click(session, "nav-home");
    await session.waitFor(by("sections"));
  };
  await home();
  await check(session, "en-XA-home");
  const untranslated = await plainEnglish(session);
  assert.deepEqual(untranslated, [], "every line on home comes from the locale files");

  for (const [testid, ready, name] of [
    ["get-help-now", by("helpline"), "help"],
    ["home-find-help", "#find-title, main h1", "find-help"],
    ["nav-settings", "#settings-title, main h1", "settings"],
    ["nav-supporters", "#supporters-title, main h1", "supporters"],
    ["nav-shared", "#shared-title, main h1", "shared"],
    ["nav-devices", "#devices-title, main h1", "devices"],
    ["section-toolbox", by("editor-toolbox"), "editor"],
    ["view-card", "main h1", "crisis-card"],
    ["view-safety", "main h1", "safety-plan"],
  ]) {
    await click(session, testid);
    await session.waitFor(ready);
    await check(session, `en-XA-${name}`);
    await home();
  }
  await click(session, "edit-crisis");
  await session.waitFor('[data-testid^="part-"]');
  await check(session, "en-XA-crisis-parts");
  await click(session, "part-people");
  await session.waitFor(by("crisis-parts"));
  await check(session, "en-XA-crisis-people");
  await home();
  assert.deepEqual(problems, [], `text cut off in en-XA at 360×740:\n${problems.join("\n")}`);
});

test("ar-XB: right to left, mirrored, nothing cut off", async () => {
  const { session } = app;
  problems.length = 0;
  await click(session, "nav-home");
  await session.waitFor(by("sections"));
  const edge = () =>
    session.execute(`
      const r = document.querySelector('[data-testid="get-help-now"]').getBoundingClientRect();
      return { left: r.left, right: r.right, vw: document.documentElement.clientWidth };
    `);
  const ltr = await edge();
  await chooseLanguage(session, "ar-XB");
  assert.equal(await session.execute("return document.documentElement.dir"), "rtl");
  const title = await session.execute(`return document.querySelector("main h1, main h2").textContent`);
  assert.ok(title.includes("\u200F[!! "), `the text is marked right to left: ${JSON.stringify(title)}`);
  // The same words, so the mirrored app bar puts the button at the mirrored place.
  const rtl = await edge();
  assert.ok(
    Math.abs(rtl.left - (ltr.vw - ltr.right)) <= 8,
    `"Get help now" mirrors: left to right at ${ltr.left}-${ltr.right}, right to left at ${rtl.left}-${rtl.right} of ${rtl.vw}`,
  );
  await check(session, "ar-XB-home");
  await click(session, "get-help-now");
  await session.waitFor(by("helpline"));
  await check(session, "ar-XB-help");
  await click(session, "nav-settings");
  await session.waitFor("#settings-title, main h1");
  await check(session, "ar-XB-settings");
  assert.deepEqual(problems, [], `text cut off in ar-XB at 360×740:\n${problems.join("\n")}`);
  await chooseLanguage(session, "en-GB");
});
