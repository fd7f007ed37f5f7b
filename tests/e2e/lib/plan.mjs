// Helpers for end-to-end tests of the plan: first run, unlock, typing, the
// accessibility checks (axe-core injected into the real web view) and a
// touch-target check.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchApp, saveScreenshot } from "./app.mjs";
import { sleep } from "./webdriver.mjs";

export const PASSPHRASE = "kettle river yellow sock";
export const KEYS = { escape: "\uE00C", control: "\uE009", shift: "\uE008", enter: "\uE007", nul: "\uE000" };
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/**
 * The app with cheap (but legal) key derivation and its own folder for saved files: the
 * save dialog, which WebDriver cannot reach, answers with the suggested name in that folder
 * (HARBOUR_TEST_SAVE_AS, debug builds only).
 */
export async function launchPlanApp({ env = {}, dataDir, args = [] } = {}) {
  const exportDir = mkdtempSync(join(tmpdir(), "harbour-e2e-export-"));
  const app = await launchApp({
    dataDir,
    args,
    env: { HARBOUR_TEST_FAST_KDF: "1", HARBOUR_EXPORT_DIR: exportDir, HARBOUR_TEST_SAVE_AS: exportDir, ...env },
  });
  return { ...app, exportDir };
}

export const by = (testid) => `[data-testid="${testid}"]`;

export async function click(session, testid) {
  await session.waitFor(by(testid));
  // On a phone the brand (home) button is hidden and "My plan", Settings, Lock
  // and the language sit behind the Menu button: go there as a person would.
  const hidden = (id) => session.execute(`return document.querySelector('${by(id)}')?.getClientRects().length === 0;`);
  if (testid === "nav-home" && (await hidden("nav-home"))) testid = "menu-home";
  const folded = await session.execute(
    `const el = document.querySelector('${by(testid)}'); return !!el?.closest("#bar-more") && el.getClientRects().length === 0;`,
  );
  if (folded) await (await session.find(by("menu-toggle"))).click();
  const el = await session.waitFor(by(testid));
  try {
    await el.click();
  } catch (e) {
    // Keep what the screen looked like, for the person reading the failure.
    await saveScreenshot(session, `failed-click-${testid}`).catch(() => {});
    throw new Error(`click on ${testid} failed: ${e.message}`);
  }
  return el;
}

export async function typeInto(session, testid, text) {
  const el = await session.waitFor(by(testid));
  await el.type(text);
  return el;
}

export function ref(el) {
  return { [ELEMENT]: el.id };
}

/** Switches the app's language through the app bar's list, as a person would. */
export async function chooseLanguage(session, tag) {
  const select = await session.waitFor(by("language-bar"));
  await session.execute(
    `const s = arguments[0]; s.value = arguments[1]; s.dispatchEvent(new Event("change", { bubbles: true }));`,
    [ref(select), tag],
  );
  await session.until(async () => (await session.execute("return document.documentElement.lang")) === tag, {
    what: `the app in ${tag}`,
  });
}

/** First run from the welcome screen to the unlocked home; returns the recovery key. */
export async function firstRun(session, { passphrase = PASSPHRASE, onStep } = {}) {
  await session.waitFor(by("welcome-welcome"));
  await onStep?.("welcome");
  await click(session, "welcome-start");
  await session.waitFor(by("welcome-language"));
  await onStep?.("language");
  await click(session, "welcome-next");
  await session.waitFor(by("welcome-passphrase"));
  await typeInto(session, "new-passphrase", passphrase);
  await typeInto(session, "confirm-passphrase", passphrase);
  await onStep?.("passphrase");
  await click(session, "create-vault");
  const keyEl = await session.waitFor(by("recovery-key"), { timeout: 30_000 });
  const recoveryKey = (await keyEl.text()).trim();
  await onStep?.("recovery");
  await click(session, "recovery-save");
  await session.waitFor(by("recovery-saved"));
  await click(session, "recovery-confirm");
  await click(session, "recovery-continue");
  await session.waitFor(by("sections"));
  return recoveryKey;
}

export async function unlock(session, passphrase = PASSPHRASE) {
  const input = await session.waitFor(by("unlock-passphrase"));
  await input.clear();
  await input.type(passphrase);
  await click(session, "unlock-button");
}

/** Waits until every queued edit is stored ("Saved"). */
export async function waitSaved(session) {
  await session.until(
    async () => (await session.execute(`return document.querySelector('[data-testid="save-status"]')?.dataset.state ?? "none"`)) === "saved",
    { what: "Saved", timeout: 15_000 },
  );
}

const require = createRequire(import.meta.url);
let axeSource;

/** Runs axe-core on the current screen; returns its violations (rule id, nodes). */
export async function axe(session) {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  const loaded = await session.execute("return typeof window.axe === 'object'");
  if (!loaded) await session.execute(`${axeSource}\nreturn true;`);
  await sleep(100);
  const json = await session.executeAsync(`
    const done = arguments[arguments.length - 1];
    window.axe.run(document, { resultTypes: ["violations"] }).then(
      (r) => done(JSON.stringify(r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
      })))),
      (e) => done(JSON.stringify([{ id: "axe-error", help: String(e), nodes: [] }])),
    );`);
  return JSON.parse(json);
}

/** Interactive elements shown on screen that are smaller than 44 × 44 CSS px. */
export async function smallTargets(session) {
  return session.execute(`
    const small = [];
    for (const el of document.querySelectorAll("button, a[href], input, select, textarea, summary")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || el.closest(".visually-hidden")) continue;
      let box = r;
      // A checkbox's target is its whole label.
      if (el.type === "checkbox" || el.type === "radio") box = (el.closest("label") ?? el).getBoundingClientRect();
      // Links inside running text are exempt (WCAG 2.5.8 "inline").
      if (el.tagName === "A" && getComputedStyle(el).display === "inline") continue;
      if (box.height < 43.5 || box.width < 43.5) small.push((el.dataset.testid || el.id || el.tagName) + " " + Math.round(box.width) + "x" + Math.round(box.height));
    }
    return small;`);
}

/** Presses keys on whatever has focus (W3C actions), e.g. pressKeys(s, [KEYS.escape]). */
export async function pressKeys(session, keys) {
  const actions = [];
  for (const key of keys) actions.push({ type: "keyDown", value: key }, { type: "keyUp", value: key });
  await session.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  await session.cmd("DELETE", "/actions").catch(() => {});
}
