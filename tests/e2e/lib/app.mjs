// Starts tauri-driver and opens a session on the real Harbour binary.
//
// The binary is HARBOUR_APP_BIN, else target/debug/harbour-app (built by
// `make app-debug`). Each test gets a fresh, empty data directory through
// HARBOUR_DATA_DIR so runs never see each other's vaults.

import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Session, sleep } from "./webdriver.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../../..");
export const appBinary =
  process.env.HARBOUR_APP_BIN ??
  join(process.env.CARGO_TARGET_DIR ?? join(repoRoot, "target"), "debug", "harbour-app");

let nextPort = 4444 + (process.pid % 200) * 2;

/**
 * Launches the app; returns { session, dataDir, close }.
 * `env` adds environment variables for the app (for example HARBOUR_NOW);
 * `args` are its command-line arguments (a harbour:// link, say).
 */
export async function launchApp({ env = {}, dataDir, args = [] } = {}) {
  const port = nextPort;
  const nativePort = nextPort + 1;
  nextPort += 2;
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), "harbour-e2e-"));
  const driver = spawn(
    "tauri-driver",
    ["--port", String(port), "--native-port", String(nativePort)],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, HARBOUR_DATA_DIR: dir, ...env },
    },
  );
  let driverLog = "";
  driver.stdout.on("data", (d) => (driverLog += d));
  driver.stderr.on("data", (d) => (driverLog += d));

  const base = `http://127.0.0.1:${port}`;
  await waitForDriver(base, () => driverLog);
  const session = await Session.create(base, {
    alwaysMatch: { "tauri:options": { application: appBinary, args } },
  });
  const close = async () => {
    // A session that does not end within 15 s must not hang the whole run:
    // stop the driver and any app still running on this data directory, and
    // say so (an app that will not quit is a bug to look at, not to hide).
    const ended = await Promise.race([
      session.delete().then(
        () => true,
        () => false,
      ),
      sleep(15_000).then(() => false),
    ]);
    driver.kill("SIGTERM");
    await sleep(200);
    const left = killAppsUsing(dir);
    if (!ended) console.warn(`the app did not quit within 15 s; stopped ${left} process(es) by force`);
    // The next launch on this folder must not find this one still going: it
    // would hand its arguments over to it (single instance) and exit.
    const deadline = Date.now() + 10_000;
    while (appsUsing(dir).length > 0 && Date.now() < deadline) await sleep(100);
    await sleep(300);
  };
  return { session, dataDir: dir, close, driverLog: () => driverLog };
}

async function waitForDriver(base, log) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`tauri-driver did not start:\n${log()}`);
}

/** Saves a screenshot under tests/e2e/artifacts/ for a person to look at. */
export async function saveScreenshot(session, name) {
  const dir = join(repoRoot, "tests/e2e/artifacts");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.png`), await session.screenshot());
}

/**
 * Translator mode (TRANSLATING.md): reloads the app's page with `?message-ids`,
 * so every translated text shows its message id, `[home-title] Your plan`;
 * `on = false` reloads it without. An open plan stays open.
 */
export async function showMessageIds(session, on = true) {
  const url = new URL(await session.cmd("GET", "/url"));
  if (on) url.searchParams.set("message-ids", "1");
  else url.searchParams.delete("message-ids");
  await session.cmd("POST", "/url", { url: url.href });
  await session.until(
    () => session.execute("return document.readyState === 'complete' && !!document.querySelector('main h1, main h2')"),
    { what: `the app reloaded ${on ? "with" : "without"} message ids` },
  );
}

/** The live processes whose environment has HARBOUR_DATA_DIR=dir. */
function appsUsing(dir) {
  const marker = `HARBOUR_DATA_DIR=${dir}\0`;
  return readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)
    .filter((pid) => {
      try {
        // A zombie's environment reads as empty: it is gone.
        return readFileSync(`/proc/${pid}/environ`, "latin1").includes(marker);
      } catch {
        return false; // gone already, or not ours to read
      }
    })
    .map(Number);
}

/** SIGKILLs every process whose environment has HARBOUR_DATA_DIR=dir; returns how many. */
function killAppsUsing(dir) {
  let killed = 0;
  for (const pid of appsUsing(dir)) {
    try {
      process.kill(pid, "SIGKILL");
      killed++;
    } catch {
      // Gone already.
    }
  }
  return killed;
}
