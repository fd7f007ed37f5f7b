import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import { SHAREABLE_SECTIONS, type BundleInResult, type DeviceDto, type SyncStatus } from "./bindings";
import {
  answeredByOthers,
  cleanConfirmCode,
  cleanInviteLink,
  formatStamp,
  orderedSections,
  plausibleRelayUrl,
  signalMessageId,
  nudgeSync,
  startAutoSync,
  supporterReadId,
  supporterStateId,
  syncStateId,
  svgDataUrl,
  updateFileSummary,
  waitingDevices,
} from "./sharingApi";

const reference = readFileSync(join(__dirname, "../../../locales/en-GB/harbour.ftl"), "utf8");
const defined = new Set(new FluentResource(reference).body.map((m) => m.id));

function result(partial: Partial<BundleInResult>): BundleInResult {
  return { accepted: 0, duplicates: 0, not_for_me: 0, refused: [], revoked: [], signals: [], answered: [], devices_answered: 0, ...partial };
}

describe("sharing helpers", () => {
  it("keeps the chosen sections in the plan's order, once each, known ones only", () => {
    expect(orderedSections(["reasons", "crisis", "crisis", "nope", "toolbox"])).toEqual(["crisis", "toolbox", "reasons"]);
    expect(orderedSections([])).toEqual([]);
  });

  it("finds the invite link in pasted text", () => {
    expect(cleanInviteLink("  harbour://invite#AbC-_12\n")).toBe("harbour://invite#AbC-_12");
    expect(cleanInviteLink("Here it is: “harbour://invite#xyz” thanks")).toBe("harbour://invite#xyz");
    expect(cleanInviteLink("harbour://device#xyz")).toBeNull();
    expect(cleanInviteLink("https://example.org/#x")).toBeNull();
    expect(cleanInviteLink("")).toBeNull();
  });

  it("reads a typed confirmation code in any of the digits people use, and nothing else", () => {
    expect(cleanConfirmCode("123456")).toBe("123 456");
    expect(cleanConfirmCode(" 123 456 ")).toBe("123 456");
    expect(cleanConfirmCode("123-456")).toBe("123 456");
    expect(cleanConfirmCode("12 34 56")).toBe("123 456");
    // Arabic-Indic (ar), Extended Arabic-Indic (ur), Bengali (bn), Gurmukhi (pa), full-width.
    expect(cleanConfirmCode("١٢٣٤٥٦")).toBe("123 456");
    expect(cleanConfirmCode("۱۲۳ ۴۵۶")).toBe("123 456");
    expect(cleanConfirmCode("০৯৮৭৬৫")).toBe("098 765");
    expect(cleanConfirmCode("੧੨੩੪੫੬")).toBe("123 456");
    expect(cleanConfirmCode("１２３４５６")).toBe("123 456");
    // Direction marks that come along when copying from right-to-left text.
    expect(cleanConfirmCode("\u2066123 456\u2069")).toBe("123 456");
    expect(cleanConfirmCode("\u200f123\u200e456")).toBe("123 456");
    expect(cleanConfirmCode("12345")).toBeNull();
    expect(cleanConfirmCode("1234567")).toBeNull();
    expect(cleanConfirmCode("12a456")).toBeNull();
    expect(cleanConfirmCode("")).toBeNull();
  });

  it("warns when more than one app answered an invite", () => {
    expect(answeredByOthers({ answers: 0 })).toBe(false);
    expect(answeredByOthers({ answers: 1 })).toBe(false);
    expect(answeredByOthers({ answers: 2 })).toBe(true);
  });

  it("finds the new devices waiting for their code", () => {
    const device = (id: string, waiting: boolean): DeviceDto => ({ id, name: "", this_device: false, confirmation_code: null, waiting });
    expect(waitingDevices([device("a", false), device("b", true), device("c", true)]).map((d) => d.id)).toEqual(["b", "c"]);
    expect(waitingDevices([])).toEqual([]);
  });

  it("makes a data: URL of an SVG, even with non-ASCII text in it", () => {
    const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><title>café</title></svg>');
    expect(url.startsWith("data:image/svg+xml;base64,")).toBe(true);
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(url.split(",")[1] ?? ""), (c) => c.charCodeAt(0)));
    expect(decoded).toContain("café");
  });

  it("accepts https relays and plain http only on this machine", () => {
    expect(plausibleRelayUrl(" https://relay.example.org ")).toBe("https://relay.example.org");
    expect(plausibleRelayUrl("http://127.0.0.1:8787")).toBe("http://127.0.0.1:8787");
    expect(plausibleRelayUrl("http://relay.example.org")).toBeNull();
    expect(plausibleRelayUrl("ftp://relay.example.org")).toBeNull();
    expect(plausibleRelayUrl("https://a b")).toBeNull();
    expect(plausibleRelayUrl("")).toBeNull();
  });

  it("says how an update file went", () => {
    expect(updateFileSummary(result({ accepted: 3 }))).toEqual({ id: "sync-file-in-done", args: { accepted: 3 } });
    expect(updateFileSummary(result({ duplicates: 2 })).id).toBe("sync-file-in-nothing-new");
    expect(updateFileSummary(result({ not_for_me: 2 })).id).toBe("sync-file-in-not-for-me");
    expect(
      updateFileSummary(result({ accepted: 1, refused: [{ code: "message_unauthentic", message: "x" }] })),
    ).toEqual({ id: "sync-file-in-some-refused", args: { accepted: 1, refused: 1 } });
  });

  it("formats a stamp in the reader's language and leaves other text alone", () => {
    expect(formatStamp("2026-11-23T21:05:00Z", "en-GB", "UTC")).toBe("23 November 2026 at 21:05");
    expect(formatStamp("not a date", "en-GB")).toBe("not a date");
  });

  it("every id the helpers build exists in en-GB", () => {
    const ids = [
      ...(["invited", "expired", "waiting", "active"] as const).map(supporterStateId),
      "confirm-code-format",
      ...["code_mismatch", "code_ambiguous", "vault_busy"].map((code) => `error-${code}`),
      ...(["not_yet", "earlier", "latest"] as const).map(supporterReadId),
      "supporters-state-revoked",
      ...["crisis_plan_activated", "ask_for_help", "something_new"].map(signalMessageId),
      ...[result({ accepted: 1 }), result({ duplicates: 1 }), result({}), result({ refused: [{ code: "internal", message: "" }] })].map(
        (r) => updateFileSummary(r).id,
      ),
      ...SHAREABLE_SECTIONS.map((s) => `section-${s}-title`),
    ];
    expect(ids.filter((id) => !defined.has(id))).toEqual([]);
  });
});

describe("auto sync", () => {
  const status = (enabled: boolean, state: SyncStatus["state"] = enabled ? "waiting" : "off"): SyncStatus => ({
    settings: { enabled, relay_url: enabled ? "https://relay.example.org" : "" },
    relay_available: true,
    state,
    last_relay_sync: null,
    last_error: null,
    unsent: 0,
    last_file_out: null,
    last_file_in: null,
    last_news: null,
  });

  it("never syncs while sync is off, but still reports the state", async () => {
    let calls = 0;
    const seen: string[] = [];
    const stop = startAutoSync(
      { syncStatus: async () => status(false), syncNow: async () => (calls++, status(false)) },
      5,
      (s) => seen.push(s.state),
    );
    await new Promise((r) => setTimeout(r, 40));
    stop();
    expect(calls).toBe(0);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s === "off")).toBe(true);
  });

  it("syncs by itself while on, keeps going after a failure, and stops when told", async () => {
    let calls = 0;
    const seen: string[] = [];
    const stop = startAutoSync(
      {
        syncStatus: async () => status(true),
        syncNow: async () => {
          calls++;
          if (calls === 1) throw { code: "relay_unreachable", message: "offline" };
          return status(true, "synced");
        },
      },
      5,
      (s) => seen.push(s.state),
    );
    await new Promise((r) => setTimeout(r, 60));
    stop();
    const after = calls;
    await new Promise((r) => setTimeout(r, 30));
    expect(after).toBeGreaterThanOrEqual(2);
    expect(calls).toBe(after);
    expect(seen).toContain("synced");
  });

  it("after a good sync it waits on the relay, and news brings the next sync at once", async () => {
    let syncs = 0;
    let waits = 0;
    const stop = startAutoSync(
      {
        syncStatus: async () => status(true),
        syncNow: async () => (syncs++, status(true, "synced")),
        syncWait: async () => {
          waits++;
          await new Promise((r) => setTimeout(r, 5));
          return true;
        },
      },
      60_000, // the timed pause never comes in this test: only news drives it
    );
    await new Promise((r) => setTimeout(r, 80));
    stop();
    expect(syncs).toBeGreaterThanOrEqual(3);
    expect(waits).toBeGreaterThanOrEqual(2);
  });

  it("a saved edit syncs soon, even while waiting on the relay", async () => {
    let syncs = 0;
    let release: () => void = () => {};
    const stop = startAutoSync(
      {
        syncStatus: async () => status(true),
        syncNow: async () => (syncs++, status(true, "synced")),
        syncWait: () => new Promise<boolean>((r) => (release = () => r(false))),
      },
      60_000,
      undefined,
      5,
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(syncs).toBe(1);
    nudgeSync();
    await new Promise((r) => setTimeout(r, 40));
    expect(syncs).toBe(2);
    stop();
    release();
  });

  it("names every sync state in en-GB", () => {
    const ids = (["off", "waiting", "synced", "offline", "error"] as const).map(syncStateId);
    expect(ids.filter((id) => !defined.has(id))).toEqual([]);
  });
});
