import { describe, expect, it } from "vitest";
import type { PlanView, PlanViewSection, SharedStatus } from "./bindings";
import { newSignals, reviewDue, signalTitleId } from "./notices";

function shared(person: string, signals: { kind: string; at: string }[]): SharedStatus {
  return {
    person,
    sections: ["crisis"],
    has_plan: true,
    updated_at: null,
    changed: false,
    signals,
    role_accepted: true,
    code: null,
  } as unknown as SharedStatus;
}

function section(id: string, written: boolean, lastReviewed: string | null): PlanViewSection {
  return {
    id,
    last_reviewed: lastReviewed,
    fields: [{ id: `${id}.x`, kind: "text", item_keys: [], text: written ? "something" : "", items: [], takes_photos: false }],
  } as unknown as PlanViewSection;
}

const plan = (...sections: PlanViewSection[]): PlanView =>
  ({ kind: "full", valid_as_of: null, crisis_state: { status: "inactive", by: null, at: null }, sections }) as unknown as PlanView;

describe("signals to tell of", () => {
  it("each unseen signal once, oldest first, whoever sent it", () => {
    const list = [
      shared("Alex", [
        { kind: "ask_for_help", at: "2026-12-07T10:05:00Z" },
        { kind: "crisis_plan_activated", at: "2026-12-07T10:00:00Z" },
      ]),
      shared("Sam", []),
      shared("Jo", [{ kind: "ask_for_help", at: "2026-12-07T09:00:00Z" }]),
    ];
    const first = newSignals(list, new Set());
    expect(first.map((s) => [s.person, s.kind])).toEqual([
      ["Alex", "crisis_plan_activated"],
      ["Alex", "ask_for_help"],
      ["Jo", "ask_for_help"],
    ]);
    const told = new Set(first.map((s) => s.key));
    expect(newSignals(list, told)).toEqual([]);
    // The same kind again later is a new signal.
    list[2] = shared("Jo", [
      { kind: "ask_for_help", at: "2026-12-07T11:00:00Z" },
      { kind: "ask_for_help", at: "2026-12-07T09:00:00Z" },
    ]);
    expect(newSignals(list, told).map((s) => s.person)).toEqual(["Jo"]);
  });

  it("calm titles for the two kinds, a general one for anything else", () => {
    expect(signalTitleId("ask_for_help")).toBe("notify-signal-ask_for_help");
    expect(signalTitleId("crisis_plan_activated")).toBe("notify-signal-crisis_plan_activated");
    expect(signalTitleId("<script>")).toBe("notify-signal-other");
  });
});

describe("review reminders", () => {
  const today = "2026-12-07";
  it("due when a written section has gone the interval without a review, or never had one", () => {
    expect(reviewDue(plan(section("crisis", true, "2026-11-23")), 14, today, null)).toBe(true);
    expect(reviewDue(plan(section("crisis", true, "2026-11-24")), 14, today, null)).toBe(false);
    expect(reviewDue(plan(section("crisis", true, null)), 90, today, null)).toBe(true);
  });

  it("never when off, already reminded today, or nothing is written", () => {
    expect(reviewDue(plan(section("crisis", true, null)), 0, today, null)).toBe(false);
    expect(reviewDue(plan(section("crisis", true, null)), 14, today, today)).toBe(false);
    expect(reviewDue(plan(section("crisis", true, null)), 14, today, "2026-12-06")).toBe(true);
    expect(reviewDue(plan(section("crisis", false, null), section("toolbox", false, "2020-01-01")), 14, today, null)).toBe(false);
  });
});
