import { describe, expect, it } from "vitest";
import type { CheckIn } from "./bindings";
import { chartDays, localDay, sinceWhen } from "./checkIns";

const at = (y: number, m: number, d: number, h = 9): string => new Date(y, m - 1, d, h).toISOString();
const c = (id: string, state: CheckIn["state"], when: string, note = ""): CheckIn => ({ id, state, at: when, note });

describe("the check-in chart", () => {
  it("shows four weeks, oldest first, each day with its last check-in", () => {
    const today = new Date(2026, 11, 7, 18);
    const days = chartDays(
      [
        c("a", "green", at(2026, 12, 7, 8)),
        c("b", "red", at(2026, 12, 7, 17), "rough evening"),
        c("c", "amber", at(2026, 11, 30)),
        c("old", "red", at(2026, 11, 1)),
      ],
      today,
    );
    expect(days).toHaveLength(28);
    expect(days[0]!.day).toBe("2026-11-10");
    expect(days[27]).toEqual({ day: "2026-12-07", state: "red", note: "rough evening" });
    expect(days.find((d) => d.day === "2026-11-30")!.state).toBe("amber");
    expect(days.filter((d) => d.state !== null)).toHaveLength(2);
  });

  it("counts days across a change of month and year", () => {
    const days = chartDays([], new Date(2027, 0, 2, 10), 5);
    expect(days.map((d) => d.day)).toEqual(["2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
    expect(localDay(new Date(2027, 0, 2, 23, 59))).toBe("2027-01-02");
  });
});

describe("since when", () => {
  const now = new Date(2026, 11, 7, 18);
  it("says today, a weekday this week, or a date before that", () => {
    expect(sinceWhen(at(2026, 12, 7, 8), now, "en-GB")).toEqual({ kind: "today" });
    expect(sinceWhen(at(2026, 12, 1), now, "en-GB")).toEqual({ kind: "day", text: "Tuesday" });
    expect(sinceWhen(at(2026, 11, 20), now, "en-GB")).toEqual({ kind: "day", text: "20 November" });
  });
  it("shows a malformed time as it is rather than failing", () => {
    expect(sinceWhen("not a time", now, "en-GB")).toEqual({ kind: "day", text: "not a time" });
  });
});
