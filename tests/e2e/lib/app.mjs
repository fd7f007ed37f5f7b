// Starts tauri-driver and opens a session on the real Harbour binary.
//
// The binary is HARBOUR_APP_BIN, else target/debug/harbour-app (built by
// `make app-debug`). Each test gets a fresh, empty data directory through
// HARBOUR_DATA_DIR so runs never see each other's vaults.

import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Session, sleep } from "./webdriver.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../../..");
const appBinary =
  process.env.HARBOUR_APP_BIN ??
  join(process.env.CARGO_TARGET_DIR ?? join(repoRoot, "target"), "debug", "harbour-app");

let nextPort = 4444 + (process.pid % 200) * 2;

/**
 * Launches the app; returns { session, dataDir, close }.
 * `env` adds environment variables for the app (for example HARBOUR_NOW).
 */
export async function launchApp({ env = {}, dataDir } = {}) {
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
    alwaysMatch: { "tauri:options": { application: appBinary } },
  });
  const close = async () => {
    await session.delete();
    driver.kill("SIGTERM");
    await sleep(200);
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
