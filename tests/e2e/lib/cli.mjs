// The real `harbour` CLI as the other side of an end-to-end test (the person
// sharing with the app, or a supporter), and handing the app the files it
// makes as if the person chose them.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./app.mjs";
import { by, click, ref, typeInto } from "./plan.mjs";

const CLI =
  process.env.HARBOUR_CLI_BIN ??
  join(process.env.CARGO_TARGET_DIR ?? join(repoRoot, "target"), "debug", "harbour");
export const CLI_PASS = "correct horse battery staple";

/** Runs `harbour --vault VAULT ARGS…`; its standard output. */
export function harbour(vault, args) {
  return execFileSync(CLI, ["--vault", vault, ...args], {
    env: { ...process.env, HARBOUR_PASSPHRASE: CLI_PASS },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export const harbourJson = (vault, args) => JSON.parse(harbour(vault, ["--json", ...args]));

/** The newest file in `dir` whose name starts with `prefix`. */
export function newest(dir, prefix) {
  const names = readdirSync(dir).filter((n) => n.startsWith(prefix));
  assert.ok(names.length > 0, `a ${prefix}* file in ${dir}`);
  const paths = names.map((n) => join(dir, n));
  paths.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  return paths[paths.length - 1];
}

/**
 * Gives a file to one of the app's file pickers (by default "Open an update
 * file"), as if the person chose it there.
 */
export async function pickFile(session, path, testid = "update-file-input", name = "update.harbour") {
  const input = await session.waitFor(by(testid));
  await session.execute(
    `const [input, b64, name] = arguments;
     const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
     const dt = new DataTransfer();
     dt.items.add(new File([bytes], name, { type: "application/octet-stream" }));
     input.files = dt.files;
     input.dispatchEvent(new Event("change", { bubbles: true }));
     return true;`,
    [ref(input), readFileSync(path).toString("base64"), name],
  );
}

/** On "Shared with me": joins with invite `link` as a person would (typed, then a tap); the code the app shows. */
export async function joinInvite(session, link) {
  const field = await session.waitFor(by("join-link"));
  await field.clear();
  await field.type(link);
  await click(session, "join-button");
  return (await session.waitFor(by("joined-code"))).attribute("data-code");
}

/**
 * After the app joined an invite from `person` (a `harbour` vault) and shows
 * `code`: the app saves its answer as an update file, and `person` takes it and
 * admits supporter `name` by that code, as the person does once told the code.
 */
export async function admitApp(session, exportDir, person, name, code) {
  await click(session, "update-file-save");
  await session.waitFor(by("update-file-saved"));
  harbour(person, ["sync", "--bundle-in", newest(exportDir, "harbour-update-")]);
  harbour(person, ["supporters", "confirm", name, code]);
}

const RELAY =
  process.env.HARBOUR_RELAY_BIN ??
  join(process.env.CARGO_TARGET_DIR ?? join(repoRoot, "target"), "debug", "harbour-relay");

/** A real relay on a free loopback port, with its own SQLite file in `work`. */
export async function startRelay(work) {
  const child = spawn(RELAY, ["--listen", "127.0.0.1:0", "--database", `sqlite:${join(work, "relay.sqlite")}`], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const deadline = Date.now() + 15_000;
  let m;
  while (!(m = /listening on (127\.0\.0\.1:\d+)/.exec(out))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`harbour-relay did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  let stopped = false;
  return {
    url: `http://${m[1]}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 200));
    },
  };
}

/** On Settings: turns sync on through the relay at `url`, and waits until the app says it synced. */
export async function turnOnSync(session, url) {
  await click(session, "sync-toggle");
  await typeInto(session, "sync-relay-url", url);
  await click(session, "sync-save");
  await session.until(async () => (await (await session.find(by("sync-status"))).attribute("data-state")) === "synced", {
    what: "synced through the relay",
    timeout: 20_000,
  });
}
